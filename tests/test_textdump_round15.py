"""Text-dump rules from the eighteenth held-out set (court reports, reviews, results,
listicles, warnings, appeals and transcripts from eleven more countries): a switcher's
entries of any name under a known one, bylines with a handle, a role, a paper or in lower
case, dates after a dateline's city, a paper's name or a mark, share-price strips, sign-up
consent lines, a list of prices under its sentence, a listicle's numbered headings and a
related list that ends where a box or a blank line begins."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsbot.parsing.dates import parse_bare_date_line
from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc


def test_switcher_entries_under_a_known_language_are_languages_too() -> None:
    article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Vosa Vakaviti\n  • Patwa", LEAD))
    assert article.languages_offered == ["English", "Vosa Vakaviti", "Patwa"]
    assert article.paragraphs == [LEAD]


def test_bylines_with_a_handle_a_role_a_paper_or_in_lower_case() -> None:
    cases = {
        "By: Joanna Dela Cruz - Reporter / @jdelacruz": ["Joanna Dela Cruz"],
        "By Kirsty Lennox, Court Reporter": ["Kirsty Lennox"],
        "by Zeynep Aksoy": ["Zeynep Aksoy"],
        "Reviewed by Mona Fathy": ["Mona Fathy"],
        "Text and photos: Noa Ben-David": ["Noa Ben-David"],
        "By Staff Reporter": [],
    }
    for byline, authors in cases.items():
        article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Filipino", byline, LEAD))
        assert article.authors == authors, byline
        assert article.paragraphs == [LEAD], byline
    for byline in ("Tamara Blake/Mirror Writer", "Rina Sitompul (The Nusantara Herald)"):
        article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Patwa", byline, LEAD))
        assert article.authors == [byline.split("/")[0].split(" (")[0]], byline


def test_a_name_with_a_paper_in_brackets_far_from_the_top_is_no_byline() -> None:
    box = "Sanda Gala (The Moonstone)\n\nOpens: Friday\n\nWhere: Colombo"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert article.authors == []
    assert [w.title for w in article.widgets] == ["Sanda Gala (The Moonstone)"]


def test_dates_after_a_datelines_city_a_papers_name_or_a_mark() -> None:
    assert parse_bare_date_line("ISTANBUL Mar 05, 2025 - 11:43 am GMT+3") == datetime(
        2025, 3, 5, 11, 43, tzinfo=timezone(timedelta(hours=3))
    )
    assert parse_bare_date_line("The Manila Ledger / 11:45 AM October 21, 2025") == datetime(
        2025, 10, 21, 11, 45
    )
    assert parse_bare_date_line("Jakarta ● Tue, March 18, 2025") == datetime(2025, 3, 18)
    assert parse_bare_date_line("UPDATED Nov 26, 2026, 02:05 PM") is None  # a label, no city


def test_share_price_strip_sign_up_consent_and_social_counts_are_not_body() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE, "SINARP (5123)  RM2.41  +0.05 (+2.12%)", LEAD,
            "1.2K Likes 214 Comments 389 Shares", SECOND,
            "Want to join the conversation? Please or to comment on this article.",
            "By providing an email address. I agree to the Terms of Use.", "Read Next",
        )
    )
    assert article.paragraphs == [LEAD, SECOND]


def test_a_list_of_prices_under_its_sentence_is_body() -> None:
    prices = "Jerk pork (1lb) – $1,800\nJerk chicken (quarter) – $950\nRoast breadfruit – $400"
    article = parse_text_dump(_doc(HEADLINE, LEAD, "What we ordered for two, and what it cost:",
                                   prices, SECOND))
    assert article.widgets == []
    assert article.paragraphs[2:5] == prices.split("\n")


def test_a_listicles_numbered_titles_head_their_items() -> None:
    items = [
        ("7. Sabich Ha'Tavor, Florentin", SECOND),
        ("6. Beit Sabich, Levinsky", THIRD),
        ("5. Sabich Stadium, Ramat Gan", "Open until late, with a queue that moves fast."),
    ]
    blocks = [text for pair in items for text in pair]
    article = parse_text_dump(_doc(HEADLINE, LEAD, *blocks))
    assert article.headings == [title for title, _ in items]


def test_a_numbered_list_of_lines_stays_body() -> None:
    steps = "1. Breathing that is fast or noisy\n2. Refusing feeds\n3. Unusual sleepiness"
    article = parse_text_dump(_doc(HEADLINE, LEAD, "Watch for any of these signs:", steps, SECOND))
    assert article.headings == []


def test_a_related_list_ends_at_a_boxs_title_and_a_tight_one_at_a_blank_line() -> None:
    box = "THE BOOK\n\nTitle: The Orchard\n\nAuthor: Defne Altan\n\nPages: 312"
    boxed = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, "MORE FROM INTERVIEWS", box))
    assert [w.title for w in boxed.widgets] == ["THE BOOK"]
    related = "RELATED STORIES\nChefs push for jerk to get protected status\nJerk festival returns"
    tight = parse_text_dump(_doc(HEADLINE, LEAD, related, "The sides", SECOND, THIRD))
    assert tight.headings == ["The sides"]
    assert tight.paragraphs == [LEAD, SECOND, THIRD]

"""Text-dump rules from the sixteenth held-out set, copied from ten countries' news sites:
switchers in any language, bylines written several ways, readers' comments, related links
set in the text, share and sign-up chrome, a list of figures hanging from its sentence,
dates with a bar or a bracketed offset, and a numeric date that reads either way."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsbot.parsing.dates import parse_news_date
from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc


def test_a_switcher_in_any_language_is_recorded_not_kept_in_the_body() -> None:
    article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Bangla", LEAD, SECOND))
    assert article.languages_offered == ["English", "Bangla"]
    assert article.paragraphs == [LEAD, SECOND]


def test_a_bulleted_item_named_like_a_language_stays_body_alone() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, "• Embu", SECOND))
    assert article.languages_offered == []
    assert "Embu" in article.paragraphs


def test_a_byline_with_its_date_after_a_bar() -> None:
    byline = "By Wanjiru Kamau and Brian Otieno | March 7, 2025 2:22 pm"
    article = parse_text_dump(_doc(HEADLINE, byline, LEAD, SECOND))
    assert article.authors == ["Wanjiru Kamau", "Brian Otieno"]
    assert article.published == datetime(2025, 3, 7, 14, 22)
    assert article.paragraphs == [LEAD, SECOND]


def test_written_by_and_text_label_bylines_and_the_photographer_is_no_author() -> None:
    written = parse_text_dump(_doc(HEADLINE, "Written by Meera Iyer", LEAD, SECOND))
    assert written.authors == ["Meera Iyer"]
    labelled = parse_text_dump(
        _doc(HEADLINE, "Text: Dilani Perera\nPhotos: Nuwan Dissanayake", LEAD, SECOND)
    )
    assert labelled.authors == ["Dilani Perera"]
    assert labelled.paragraphs == [LEAD, SECOND]


def test_a_name_and_role_or_a_name_and_place_under_the_switcher_is_the_byline() -> None:
    with_role = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Irish\nCiarán Ó Murchú, Transport Correspondent", LEAD)
    )
    assert with_role.authors == ["Ciarán Ó Murchú"]
    assert with_role.paragraphs == [LEAD]
    with_place = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Bangla", "Rafiqul Islam | Chandpur", LEAD)
    )
    assert with_place.authors == ["Rafiqul Islam"]
    assert with_place.paragraphs == [LEAD]


COMMENTS = (
    "Comments (2)\n\nKiprono Langat\nMarch 7, 2025 at 3:41 pm\n\n"
    "Brokers always say this. When prices were high farmers still got little.\n\nReply\n\n"
    "Hassan Abdi\nMarch 8, 2025 at 8:17 am\n\n"
    "Tea farmers in Kisii have been uprooting bushes for avocado.\n\nReply"
)


def test_readers_comments_are_neither_body_nor_dates() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, SECOND, "Updated: March 8, 2025, 9:05 AM", COMMENTS)
    )
    assert article.paragraphs == [LEAD, SECOND]
    assert article.updated == datetime(2025, 3, 8, 9, 5)


def test_related_links_set_in_the_text_are_not_body() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE, LEAD,
            "Read: Punjab bans construction work for two weeks to curb smog",
            SECOND,
            "Also Read | Kochi Metro's extension: work on viaduct to begin next month",
            THIRD,
        )
    )
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_a_related_list_stops_at_a_caption_printed_twice() -> None:
    caption = "Cyclists on the canal greenway at Cabra. Photograph: Conor Healy/Collins Photos"
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "Read More", "MetroLink: what happens next for the metro?",
             f"{caption}\n{caption}", "What the line will look like", SECOND, THIRD)
    )
    assert [c.credit for c in article.captions] == ["Conor Healy/Collins Photos"]
    assert article.headings == ["What the line will look like"]
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_share_listen_sign_up_and_appeal_chrome_is_not_body() -> None:
    share = (
        "Share this:\nClick to share on X (Opens in new window)\nX\nFacebook\nWhatsApp\n"
        "Like this:\nLike Loading..."
    )
    article = parse_text_dump(
        _doc(
            HEADLINE, "Listen | 5 minutes", LEAD,
            "Follow the Indus Courier channel on WhatsApp",
            "Get our weekly newsletter: the best of Swiss news every Friday", "Sign up",
            SECOND,
            "Independent journalism costs money. Support Malta Gazette for a coffee.",
            "Support Us", share, "(With inputs from PTI)",
        )
    )
    assert article.paragraphs == [LEAD, SECOND]


PRICES = (
    "In Dhaka, traders said supply had thinned in the days before the ban. Prices per kilo were:\n"
    "1.5kg and above: Tk 2,600-2,800\n1kg to 1.5kg: Tk 2,200-2,400\nUnder 500g: Tk 900-1,100"
)


def test_figures_hanging_from_the_sentence_above_them_are_body() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, PRICES, SECOND))
    assert article.widgets == []
    assert article.paragraphs == [LEAD, *PRICES.split("\n"), SECOND]


def test_a_box_under_a_blank_line_is_still_a_box() -> None:
    box = "Fixtures\n\nFriday: Abahani v Mohammedan\n\nSaturday: Kings v Fortis"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert [w.title for w in article.widgets] == ["Fixtures"]


def test_dates_with_a_bar_before_the_time_or_a_bracketed_offset() -> None:
    assert parse_news_date("16 March 2025 | 6:45 am") == datetime(2025, 3, 16, 6, 45)
    assert parse_news_date("July 28, 2025 09:15 am (GMT+5:30)") == datetime(
        2025, 7, 28, 9, 15, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    article = parse_text_dump(_doc(HEADLINE, "Published: 16 March 2025 | 6:45 am", LEAD))
    assert article.published == datetime(2025, 3, 16, 6, 45)


def test_a_place_before_the_date_line_and_a_day_first_date_the_update_settles() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, "Kochi | Updated: Sep 3, 2025 08:05 PM", LEAD, SECOND,
             "First published on: 03-09-2025 at 06:10")
    )
    assert article.updated == datetime(2025, 9, 3, 20, 5)
    assert article.published == datetime(2025, 9, 3, 6, 10)
    assert article.paragraphs == [LEAD, SECOND]


def test_a_numeric_date_the_update_does_not_contradict_keeps_its_reading() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, "Published: 03-09-2025 06:10", "Updated: March 10, 2025 08:05 PM", LEAD)
    )
    assert article.published == datetime(2025, 3, 9, 6, 10)

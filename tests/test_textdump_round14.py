"""Text-dump rules from the seventeenth held-out set (live blogs, match reports, obituaries,
columns, explainers and galleries from eight more countries): switchers naming a language in
several words, a story's genre over its headline, bylines with the paper's name, a role or a
list of credits, bracketed and "Name/Agency" credits, an author's bio under the story, live
entries' time stamps, box labels in capitals and dates without a year or with a reading
time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsbot.parsing.dates import parse_bare_date_line, parse_news_date
from newsbot.parsing.textdump import parse_text_dump
from newsbot.parsing.widgets import decode_widget
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc


def test_a_language_named_in_several_words_or_a_script_is_a_switcher_entry() -> None:
    article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Tiếng Việt\n  • 简体中文", LEAD))
    assert article.languages_offered == ["English", "Tiếng Việt", "简体中文"]
    assert article.paragraphs == [LEAD]


def test_the_genre_over_the_headline_is_not_the_title() -> None:
    article = parse_text_dump(_doc("OPINION", HEADLINE, LEAD, SECOND))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


def test_a_byline_with_the_paper_or_the_role_on_the_next_line() -> None:
    byline = "By Liz Moreno and Dan Whitcomb\nChamplain Ledger"
    paper = parse_text_dump(_doc(HEADLINE, byline, LEAD))
    assert paper.authors == ["Liz Moreno", "Dan Whitcomb"]
    role = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Melayu", "Ng Wei Ling\nSenior Correspondent", LEAD)
    )
    assert role.authors == ["Ng Wei Ling"]
    special = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Français", "Anne Lavoie\nSpecial to The Standard", LEAD)
    )
    assert special.authors == ["Anne Lavoie"]
    assert special.paragraphs == [LEAD]


def test_a_byline_for_a_paper_and_a_line_of_credits() -> None:
    column = parse_text_dump(_doc(HEADLINE, "Anne-Marie Tremblay · for the Chronicle", LEAD))
    assert column.authors == ["Anne-Marie Tremblay"]
    credits = parse_text_dump(
        _doc(HEADLINE, "Reporting by Karen Lo; photos by Kelvin Yip", LEAD, SECOND)
    )
    assert credits.authors == ["Karen Lo"]
    reversed_order = parse_text_dump(
        _doc(HEADLINE, "Photography by Edmond So, text by Carmen Leung", LEAD)
    )
    assert reversed_order.authors == ["Carmen Leung"]
    assert reversed_order.paragraphs == [LEAD]


def test_bracketed_and_photographer_and_agency_credits() -> None:
    caption = "The emergency department at the hospital, where waits averaged 20 hours."
    pair = f"{caption} (Radio-Canada)"
    article = parse_text_dump(_doc(HEADLINE, LEAD, f"{pair}\n{pair}", SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Radio-Canada")]
    slash = "Patients wait at a walk-in clinic in January. (Mélanie Roy/The Canadian Press)"
    top = parse_text_dump(_doc(f"{slash}\n{slash}", HEADLINE, LEAD))
    assert top.title == HEADLINE
    assert top.captions[0].credit == "Mélanie Roy/The Canadian Press"


def test_the_authors_bio_under_the_story_is_not_body_even_above_the_boxes() -> None:
    bio = "Anne Lavoie teaches urban planning at Dalhousie University."
    box = "Lady Superior\n\nWhere: Halifax\n\nWhen: May to October"
    article = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Français", "Anne Lavoie\nSpecial to The Standard",
             LEAD, SECOND, bio, box)
    )
    assert article.paragraphs == [LEAD, SECOND]


def test_a_live_entrys_time_stamp_over_its_title_is_not_text() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "4.12pm", "Talks to resume on Friday", SECOND,
             "7.48am", "Morning peak: how bad is it?", THIRD)
    )
    assert article.headings == ["Talks to resume on Friday", "Morning peak: how bad is it?"]
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_a_time_right_over_a_paragraph_still_heads_its_entry() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, "5.40pm", SECOND, "4.05pm", THIRD))
    assert article.headings == ["5.40pm", "4.05pm"]


def test_a_box_label_in_capitals_with_a_colon_is_the_box_title() -> None:
    box = "THE FILM: Tai Hang After Dark\n\nDirector: Cheung Lok-yi\n\nRunning time: 96 minutes"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert [w.title for w in article.widgets] == ["THE FILM: Tai Hang After Dark"]
    assert decode_widget(article.widgets[0]).fields == {
        "Director": "Cheung Lok-yi", "Running time": "96 minutes"
    }


def test_times_of_day_in_a_value_do_not_make_it_sentences() -> None:
    box = "Sugar on snow\n\nWhere: Bristol\n\nWhen: Saturdays, 10 a.m. to 3 p.m.\n\nCost: $8"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert [w.title for w in article.widgets] == ["Sugar on snow"]
    assert article.paragraphs == [LEAD, SECOND]


def test_dates_without_a_year_with_a_reading_time_or_an_australian_zone() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, "Posted: Feb 28, 2025 4:00 AM EST | Last Updated: March 1", LEAD)
    )
    assert article.updated == datetime(2025, 3, 1)
    assert parse_bare_date_line("25 Oct, 2025 10:42 PM · 4 min read") == datetime(
        2025, 10, 25, 22, 42
    )
    assert parse_news_date("Thursday 20 March 2025, 5:58am AEDT") == datetime(
        2025, 3, 20, 5, 58, tzinfo=timezone(timedelta(hours=11))
    )


def test_chrome_of_galleries_columns_obituaries_and_local_news() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE, "Open this photo in gallery:", "Log in, register or subscribe to save.",
            "Normal text size\nLarger text size", "Refresh this page for the latest.", LEAD,
            "View gallery (6 photos)", SECOND,
            "This column is an opinion. For more information, see the FAQ.",
            "If you would like to contribute an obituary, email obits@example.com.",
            "Have you got a friend or relative who has died recently? Tell us about them.",
            "Tags: culture, festivals", "Report a technical issue", "Advertise with The Post",
        )
    )
    assert article.paragraphs == [LEAD, SECOND]


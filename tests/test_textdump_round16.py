"""Text-dump rules from sets seventeen and eighteen worked on again: a table of the article's
own figures is body text, one paragraph a row with its cells apart; "Photo by X" and "Photo / X"
credit X; an embedded social post, a section label over a reading time and a match's
scoreboard strip are page chrome; a match report's scoring lines are body; an item's line of
facts closes its section like a finished list."""

from __future__ import annotations

from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

TABLE = (
    "Candidate\tParty\tVotes\t%\n"
    "Mwansa Chileshe\tUPND\t9,412\t52.6\n"
    "Bwalya  Kasonde\tPF\t6,105\t34.1\n"
    "Natasha Zulu\tSocialist Party\t1,588\t8.9"
)


def test_a_table_of_the_articles_figures_is_body_one_paragraph_a_row() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, "How Kabwata voted", TABLE, SECOND))
    assert article.widgets == []
    assert article.headings == ["How Kabwata voted"]
    assert article.paragraphs[1:5] == [
        "Candidate\tParty\tVotes\t%",
        "Mwansa Chileshe\tUPND\t9,412\t52.6",
        "Bwalya Kasonde\tPF\t6,105\t34.1",  # the spaces inside a cell made even, the tabs kept
        "Natasha Zulu\tSocialist Party\t1,588\t8.9",
    ]
    assert article.paragraphs[-1] == SECOND


def test_a_tables_source_line_is_its_note_in_the_body() -> None:
    table = f"{TABLE}\nSource: Electoral Commission of Zambia"
    article = parse_text_dump(_doc(HEADLINE, LEAD, "The results:", table, SECOND))
    assert article.widgets == []
    assert article.headings == []
    assert "Source: Electoral Commission of Zambia" in article.paragraphs


def test_two_tab_separated_lines_are_no_table_but_still_body() -> None:
    pair = "Dubai\t18.72m\nAbu Dhabi\t5.29m"
    article = parse_text_dump(_doc(HEADLINE, LEAD, pair, SECOND))
    assert article.widgets == []
    assert article.paragraphs[0] == LEAD and article.paragraphs[-1] == SECOND


def test_photo_by_and_photo_slash_credit_the_name_after_the_label() -> None:
    cases = {
        "Damion Grant tends the pit on a Saturday. - Photo by Andre Morgan": "Andre Morgan",
        "Elif Karabulut at her office in Istanbul. (Photo by Ozan Köse)": "Ozan Köse",
        "Otago fans watch the closing minutes. Photo / Getty Images": "Getty Images",
        "A nurse prepares a vaccine in Sharjah. Photos by Ryan Lim/AFP": "Ryan Lim/AFP",
    }
    for line, credit in cases.items():
        article = parse_text_dump(_doc(line + "\n" + line, HEADLINE, LEAD, SECOND))
        assert [c.credit for c in article.captions] == [credit], line
        assert article.paragraphs == [LEAD, SECOND], line


def test_an_embedded_social_post_is_not_body() -> None:
    post = (
        "Fiji Meteorological Service\n3h · \n"
        "TROPICAL CYCLONE MIKA NOW A CATEGORY 2 SYSTEM. STAY TUNED FOR FURTHER UPDATES.\n"
        "1.2K Likes   214 Comments   389 Shares"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, post, THIRD))
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    assert article.headings == []


def test_a_post_age_alone_does_not_take_the_lines_around_it() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, "Market update\n3h ·", SECOND, THIRD))
    assert "Market update" in article.paragraphs + article.headings


def test_a_section_label_over_the_reading_time_is_chrome() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Bahasa Indonesia", "Science\n5 min read", LEAD, SECOND)
    )
    assert article.headings == []
    assert article.paragraphs == [LEAD, SECOND]


def test_a_heading_set_tight_over_an_advert_inside_the_story_stays() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, "The sides\nAdvertisement", THIRD))
    assert article.headings == ["The sides"]


def test_a_match_reports_scoring_lines_are_body_not_a_box() -> None:
    scoring = [
        "Canterbury 31 (Tane Wihongi 2, Josh Kereama, Sione Taufa tries; Finn McAllister 4 cons)",
        "Otago 24 (Matt Crowley, Rua Tipoki tries; Ben Hollis con, 4 pens)",
        "Halftime: Canterbury 14-13",
    ]
    box = "Lyttelton tides, Sunday\n\nHigh tide: 6.12am\n\nLow tide: 12.04am\n\nSunrise: 6.19am"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, *scoring, box))
    assert [w.title for w in article.widgets] == ["Lyttelton tides, Sunday"]
    assert article.paragraphs == [LEAD, SECOND, *scoring]


def test_a_scoreboard_strip_above_the_story_is_chrome() -> None:
    strip = "United Rugby Championship\nFULL TIME\nScarlets 24 Ospreys 17"
    article = parse_text_dump(_doc(HEADLINE, "  • English\n  • Cymraeg", strip, LEAD, SECOND))
    assert article.widgets == []
    assert article.paragraphs == [LEAD, SECOND]
    assert article.headings == []


def test_a_heading_after_an_items_line_of_facts() -> None:
    facts = "7 days · highest point 3,870m · starts at Syabrubesi"
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "1. Langtang Valley", SECOND, facts, "Before you go", THIRD)
    )
    assert article.headings == ["1. Langtang Valley", "Before you go"]
    assert facts in article.paragraphs

"""Text-dump and widget rules found on the tenth held-out set, each on a made-up dump.

A box's first line may be a score rather than a field ("Burnley 0 Manchester City 3" under
"Match info"); a timeline's dated entries closed by a source line are one box under its
title; in a decoded box, a line that is wholly a link's text is a headline, not a field,
and years are a timeline's keys.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from newsbot.items import Widget
from newsbot.parsing.textdump import parse_text_dump
from newsbot.parsing.widgets import decode_widget, parse_fields
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

UPDATED = "Updated: June 3, 2025, 8:02 AM"


def test_a_score_under_a_box_title_is_the_box_s_first_line() -> None:
    box = [
        "Match info",
        "Burnley 0 Manchester City 3",
        "Man City: Haaland (4', 36'), Rodri (75')",
        "Man of the match: Erling Haaland (Manchester City)",
    ]
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, THIRD, *box, UPDATED))
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    [widget] = article.widgets
    assert widget.title == "Match info"
    decoded = decode_widget(widget)
    assert "Burnley 0 Manchester City 3" in decoded.text
    assert decoded.fields["Man of the match"] == "Erling Haaland (Manchester City)"


def test_a_timeline_closed_by_its_source_is_one_box() -> None:
    entries = [
        "2006 Construction begins on the Red Line",
        "2009 Red Line opens on September 9 at 9.09pm",
        "2011 Green Line opens",
        "2021 Route 2020 extension to the Expo site opens",
    ]
    source = "Source: Roads and Transport Authority"
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "Ten years on", SECOND, THIRD, "Timeline of the Dubai Metro")
        + _doc(*entries, source)
    )
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    assert article.headings == ["Ten years on"]
    [widget] = article.widgets
    assert widget.title == "Timeline of the Dubai Metro"
    text = decode_widget(widget).text
    assert all(entry in text for entry in [*entries, source])


def test_a_line_that_is_all_link_is_no_field() -> None:
    links = "".join(
        f'<li><a href="https://example.com/{n}">Restaurant review: {name}</a></li>'
        for n, name in enumerate(["Hashi House brings ramen to JBR", "Lulu and Lemon"])
    )
    html = f'<ul>{links}</ul><p>Website: <a href="https://example.com">example.com</a></p>'
    widget = decode_widget(
        Widget(title="More reviews", raw=quote(html, safe=""), encoding="percent")
    )
    assert widget.fields == {"Website": "example.com"}
    assert len(widget.links) == 3


def test_years_are_a_timeline_s_keys_and_clock_times_are_not() -> None:
    html = (
        "<p><strong>1991: </strong>Fighters take Asmara</p>"
        "<p><strong>1998-2000: </strong>Border war with Ethiopia</p>"
    )
    widget = decode_widget(Widget(title="Timeline", raw=quote(html, safe=""), encoding="percent"))
    assert widget.fields == {
        "1991": "Fighters take Asmara",
        "1998-2000": "Border war with Ethiopia",
    }
    assert parse_fields("Kick-off 8:30pm at the stadium\n12: the number of teams") == {}


def test_a_box_value_wrapped_onto_the_next_line_is_one_field() -> None:
    box = [
        "The lowdown",
        "Performers: Shreya Ghoshal with a\n40-piece orchestra",
        "Venue: Coca-Cola Arena, City Walk,\nDubai",
        "Tickets: From Dh195",
    ]
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, THIRD, *box, UPDATED))
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    [widget] = article.widgets
    assert decode_widget(widget).fields == {
        "Performers": "Shreya Ghoshal with a 40-piece orchestra",
        "Venue": "Coca-Cola Arena, City Walk, Dubai",
        "Tickets": "From Dh195",
    }


def test_a_caption_credited_on_its_last_copy_only_is_one_credited_caption() -> None:
    caption = "Visitors look at the cargo of amphorae from a Roman merchant ship in the museum."
    top = f"{caption}\n{caption}\n{caption} AFP\n\n"
    article = parse_text_dump(top + _doc(HEADLINE, LEAD, SECOND, THIRD, UPDATED))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "AFP")]
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_a_heading_in_single_curly_quotes_is_a_heading_even_when_the_text_quotes_it() -> None:
    section = "“The nights are the problem,” said a climatologist, who has studied it for years."
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, SECOND, "‘The nights are the problem’", section, THIRD, UPDATED)
    )
    assert article.headings == ["‘The nights are the problem’"]
    assert article.paragraphs == [LEAD, SECOND, section, THIRD]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Tugs spray water on the tanker. Photo: Government of Fujairah Media Office",
         "Government of Fujairah Media Office"),
        ("Divers check the coral frames. Courtesy: Hamad Al Kaabi", "Hamad Al Kaabi"),
        ("Divers check the coral frames. Courtesy Hamad Al Kaabi", "Courtesy Hamad Al Kaabi"),
    ],
)  # fmt: skip
def test_a_credit_label_before_a_colon_is_not_part_of_the_credit(line: str, credit: str) -> None:
    """As a page's HTML credit is read: "Photo: X" is credited to X; "Courtesy X" is a phrase."""
    body = "The tanker was towed clear of the anchorage on Wednesday morning, the port said."
    more = "Traffic in the anchorage was back to normal by the afternoon, officials added."
    title = "Tanker towed clear of the anchorage"
    article = parse_text_dump(f"{title}\n\n{body}\n\n{line}\n\n{more}\n")
    assert [c.credit for c in article.captions] == [credit]
    assert article.paragraphs == [body, more]

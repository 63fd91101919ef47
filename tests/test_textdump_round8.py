"""Text-dump rules found on the eighth held-out set, each on a made-up dump.

Fact boxes after the body: a squad or cast given as one line of names under its title, a box
of figures whose first figure has no colon, and a title with a colon ("Dune: Part Two") over
a percent-encoded box, right after a plain box of "Key: value" lines.
"""

from __future__ import annotations

from urllib.parse import quote

from newsbot.parsing.textdump import parse_text_dump
from newsbot.parsing.widgets import decode_widget
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

UPDATED = "Updated: January 22, 2025, 12:18 PM"


def test_one_line_of_names_under_a_title_is_a_box() -> None:
    squad = (
        "Rahul Chandran (captain), Asif Mirza (vice-captain), Faisal Khan, Danish Qureshi, "
        "Sanjay Pillai (wicketkeeper), Bilal Tariq, Omar Farooq, Haider Shah"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, THIRD, "Ferry crew", squad, UPDATED))
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    assert article.headings == []
    [widget] = article.widgets
    assert widget.title == "Ferry crew" and "Sanjay Pillai (wicketkeeper)" in widget.raw


def test_a_sentence_listing_names_stays_in_the_body() -> None:
    listing = (
        "The crew includes Rahul Chandran, Asif Mirza, Faisal Khan, Danish Qureshi, Sanjay "
        "Pillai, Bilal Tariq and Omar Farooq, all from the islands."
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, "Crew", listing, THIRD, UPDATED))
    assert listing in article.paragraphs
    assert article.widgets == []


def test_a_box_of_figures_keeps_its_title_when_the_first_figure_has_no_colon() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE,
            LEAD,
            SECOND,
            "The ferry route in numbers",
            "493 passengers carried on the first day",
            "1,350kg: weight of the new gangway",
            "687 days: time the route took to approve",
            UPDATED,
        )
    )
    assert article.paragraphs == [LEAD, SECOND]
    [widget] = article.widgets
    assert widget.title == "The ferry route in numbers"
    assert widget.raw.startswith("493 passengers carried")


def test_a_title_with_a_colon_over_an_encoded_box_is_that_box_s_title() -> None:
    encoded = quote("<p>Director: Denis Villeneuve</p>\n<p>Rating: 5/5</p>\n", safe="")
    article = parse_text_dump(
        _doc(
            HEADLINE,
            LEAD,
            SECOND,
            "If you go",
            "The flights: Daily from Dubai and Abu Dhabi, from about Dh1,100 return",
            "The season: June 21 to September 21",
        )
        + f"Dune: Part Two\n{encoded}\n\n{UPDATED}"
    )
    assert article.paragraphs == [LEAD, SECOND]
    plain, film = article.widgets
    assert plain.title == "If you go" and dict(decode_widget(plain).fields) == {
        "The flights": "Daily from Dubai and Abu Dhabi, from about Dh1,100 return",
        "The season": "June 21 to September 21",
    }
    assert film.title == "Dune: Part Two"
    assert dict(decode_widget(film).fields) == {"Director": "Denis Villeneuve", "Rating": "5/5"}

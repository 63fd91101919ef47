"""Text as feeds, fact boxes and hand-made dumps give it: double spaces, tabs, no-break spaces,
Windows line ends, blank space at either end. The tagger finds the names it finds in the same
text evenly spaced, never fails on it, and its offsets point into the text as given."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found

EVEN = (
    "Prime Minister Kamala Harris met Joe Biden in Paris on Monday.\n\n"
    "The Kenya Revenue Authority said it would audit Safaricom."
)


@pytest.mark.parametrize(
    "uneven",
    [
        EVEN.replace(" ", "  "),
        EVEN.replace(" ", "\t"),
        EVEN.replace(" ", "\u00a0"),
        EVEN.replace("\n", "\r\n"),
        f"   {EVEN}  \n",
        EVEN.replace("\n\n", " \n \n\n "),
    ],
    ids=["double spaces", "tabs", "no-break spaces", "CRLF", "blank ends", "blank lines"],
)
def test_uneven_spacing_finds_the_names_of_the_even_text(tagger, uneven):
    mentions = tagger.tag_article([("body", 0, uneven)])
    assert {(m.canonical, m.label) for m in mentions} == names_found(tagger, EVEN)
    for mention in mentions:
        assert uneven[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    "text",
    [
        # Each once failed with an IndexError, quarantining its whole article.
        "The  Dr &news site TechCabal first reported it.",
        "If  The four men face up to ten years in prison.",
        "The  of Calicut postponed exams at two colleges.",
    ],
)
def test_empty_words_between_two_spaces_never_stop_the_tagger(tagger, text):
    mentions = tagger.tag_article([("body", 0, text)])
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_a_line_break_in_a_fact_box_still_ends_a_name(tagger):
    text = "Name:  Brad Pitt\nBorn: 1963\nFilms:\tFight Club"
    people = {m.text for m in tagger.tag_article([("widget", 0, text)]) if m.label == "PERSON"}
    assert "Brad Pitt" in people
    assert not any("\n" in name for name in people)


@pytest.mark.parametrize(
    "text",
    [
        # Each once failed with an IndexError under the default tagger.
        "Officials from the Ministry of Mines and ’s Minerals Development went to Kalumbila.",
        "She studied at the Max Planck Institute for Astronomy and 'ten years\" /working on in "
        "Chile's Atacama Desert before returning.",
    ],
)
def test_stray_quotes_and_possessives_never_stop_the_tagger(tagger, text):
    mentions = tagger.tag_article([("body", 0, text)])
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert any(m.label == "ORG" for m in mentions)

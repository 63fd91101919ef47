"""Text-dump rules found on the ninth held-out set, each on a made-up dump.

A box whose title sits on the line right under a percent-encoded box (as the shared sample's
boxes do) keeps its entries even when they are sentences, if nothing of the body follows; and
a spec sheet's key with a qualifier after a comma ("Price, base") is a field.
"""

from __future__ import annotations

from urllib.parse import quote

from newsbot.parsing.textdump import parse_text_dump
from newsbot.parsing.widgets import decode_widget, parse_fields
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

UPDATED = "Updated: April 3, 2025, 10:05 AM"
ENCODED_TITLE = quote("Getting there")
ENCODED_BOX = quote("<p>Ferries leave daily from the old harbour.</p>\n", safe="")
FACTS = [
    "The Grand Mosque can hold more than 40,000 worshippers.",
    "Its main prayer hall carpet was hand-knotted by about 1,200 artisans.",
    "Visitors are welcome every day outside prayer times; entry is free.",
]


def test_sentences_under_a_title_glued_to_an_encoded_box_are_that_box() -> None:
    text = (
        _doc(HEADLINE, LEAD, SECOND, THIRD)
        + f"{ENCODED_TITLE}\n{ENCODED_BOX}\nKey facts\n\n"
        + _doc(*FACTS, UPDATED)
    )
    article = parse_text_dump(text)
    assert article.paragraphs == [LEAD, SECOND, THIRD]
    assert article.headings == []
    getting_there, facts = article.widgets
    assert getting_there.title == ENCODED_TITLE
    assert facts.title == "Key facts"
    assert all(fact in decode_widget(facts).text for fact in FACTS)


def test_the_body_going_on_after_an_encoded_box_stays_the_body() -> None:
    heading = "What happens next"
    text = (
        _doc(HEADLINE, LEAD)
        + f"{ENCODED_TITLE}\n{ENCODED_BOX}\n{heading}\n\n"
        + _doc(SECOND, THIRD, LEAD.replace("Monday", "Tuesday") * 2, UPDATED)
    )
    article = parse_text_dump(text)
    assert article.headings == [heading]
    assert SECOND in article.paragraphs and THIRD in article.paragraphs
    assert [w.title for w in article.widgets] == [ENCODED_TITLE]


def test_a_key_with_a_qualifier_after_a_comma_is_a_field() -> None:
    fields = parse_fields(
        "Engine: Dual electric motors\nPrice, base: Dh289,000\nPrice, as tested: Dh312,500\n"
        "However, he said: the car would sell\nOn sale: Next month"
    )
    assert fields == {
        "Engine": "Dual electric motors",
        "Price, base": "Dh289,000",
        "Price, as tested": "Dh312,500",
        "On sale": "Next month",
    }

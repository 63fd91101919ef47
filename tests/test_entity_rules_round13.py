"""Entity rules from how news writes company names: a legal form after the name, past the
comma or the bracketed country where the name's span stopped, is part of one company's name."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "The crew worked for Hsin Yuan Fa Fishery Co., Ltd., which owns the boat.",
            "Hsin Yuan Fa Fishery Co., Ltd.",
        ),
        (
            "Shares in Golden Lotus Footwear (Cambodia) Co., Ltd. fell on Monday.",
            "Golden Lotus Footwear (Cambodia) Co., Ltd.",
        ),
        ("The buyer, Dalmacija Invest d.o.o., declined to comment.", "Dalmacija Invest d.o.o."),
        ("Bekaa Environmental Services SAL runs the plant.", "Bekaa Environmental Services SAL"),
    ],
)
def test_a_legal_form_after_a_name_makes_one_company(tagger, text, company):
    found = names_found(tagger, text)
    assert (company, "ORG") in found, found
    assert not any(name in ("Ltd", "Ltd.", "Co", "SAL") for name, _ in found), found


def test_a_person_before_a_comma_keeps_no_legal_form(tagger):
    found = names_found(tagger, "The deal was signed by Nguyen Van Minh, the chief executive.")
    assert ("Nguyen Van Minh", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Ivorian midfielder Souleymane Koné scored twice.", "Ivorian"),
        ("Tikur Anbessa, whose Amharic name means Black Lion, is the oldest hospital.", "Amharic"),
        ("Demand for Nordic timber will recover next year.", "Nordic"),
        ("A welder took a Dhofari company to court and won.", "Dhofari"),
        ("Congolese fans and Palestinian families gathered outside.", "Congolese"),
    ],
)
def test_peoples_and_languages_are_no_names(tagger, text, word):
    assert not any(name == word for name, _ in names_found(tagger, text))


@pytest.mark.parametrize(
    "body",
    ["Palestinian Red Crescent Society", "Congolese Football Federation", "Ukrainian Railways"],
)
def test_a_people_word_may_still_open_a_body(tagger, body):
    assert (body, "ORG") in names_found(tagger, f"A statement from the {body} said so on Monday.")


def test_near_parts_two_places(tagger):
    text = "The firm is building a plant on the Tamor near Mitlung, officials said."
    names = {name for name, _ in names_found(tagger, text)}
    assert not any(" near " in name for name in names), names
    assert "Tamor" in names


@pytest.mark.parametrize(
    "body",
    ["Finnish Competition and Consumer Authority", "National Drought Management Authority"],
)
def test_an_authority_the_model_calls_an_event_is_a_body(tagger, body):
    text = f"The deal needs the approval of the {body}, which has 30 days to decide."
    assert (body, "ORG") in names_found(tagger, text)

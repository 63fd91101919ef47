"""Entity rules from how news names people (shortened titles, ages, a role before a name),
clubs and companies, and names with marked capitals."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The army chief, Gen. Tarvo Lindqvist, spoke late. Gen. Lindqvist left early.", "Gen"),
        ("Their lawyer, Atty. Roswitha Kallmeyer, said they would appeal.", "Atty"),
        ("The clinic's head, Dr. Ilsabet Varnum, said beds were short.", "Dr"),
    ],
)
def test_a_shortened_title_is_no_name_of_its_own(tagger, text, title):
    found = names_found(tagger, text)
    assert not [name for name, _ in found if name == title]


def test_a_family_word_is_no_name(tagger):
    text = 'Orla Fenwick said the deal was "what Dad always wanted" for the farm in Brackmoor.'
    assert not [name for name, _ in names_found(tagger, text) if name == "Dad"]


def test_a_brigadier_is_a_title(tagger):
    text = "The army's spokesman, Brigadier Tolvan Marisk Edevane, said two men were held."
    found = names_found(tagger, text)
    assert ("Tolvan Marisk Edevane", "PERSON") in found


def test_an_age_in_apposition_makes_a_person(tagger):
    text = "Tamsin Al Oroubi, a 28-year-old bank clerk, queued outside the branch in Dunmarrow."
    found = names_found(tagger, text)
    assert ("Tamsin Al Oroubi", "PERSON") in found
    assert ("Tamsin Al Oroubi", "ORG") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Nordavia's head of route planning, Ulla Brekkan Sæther, said fares would rise.",
        "The Director of Port Inspections, Rosalind Nabirye Achola, said her office would act.",
    ],
)
def test_a_role_opening_the_sentence_names_the_person_after_it(tagger, text):
    found = names_found(tagger, text)
    person = text.split(", ")[1]
    assert (person, "PERSON") in found
    assert not [name for name, label in found if name == person and label != "PERSON"]

"""Entity rules found on the eighth held-out set of text dumps: nations and counties the
place lists left out, known towns the model passes over, Gulf landmarks, firms named by a
trade, prices in dirhams, and a nationality before a person's name."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Councils argue that fewer collections push residents to recycle more. Wales, "
            "which has fortnightly rounds, recycles more than any other part of Britain.",
            "Wales",
        ),
        ("Flood warnings were issued across Yorkshire and Cumbria on Sunday.", "Yorkshire"),
        ("Aid convoys reached Tigray for the first time in three months.", "Tigray"),
        ("Officials in Somaliland said the port deal would go ahead.", "Somaliland"),
    ],
)
def test_nations_counties_and_regions_are_places(tagger, text, place):
    assert (place, "PLACE") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "She trained for three years in the sea off Folkestone, even in winter.",
            "Folkestone",
        ),
        (
            "Fine dust exceeded safe levels in parts of Chiang Mai, Chiang Rai and Mae Hong "
            "Son on Tuesday, officials said.",
            "Chiang Rai",
        ),
    ],
)
def test_a_known_town_the_model_passes_over_is_still_a_place(text, place):
    assert (place, "PLACE") in names_found(build_tagger("default"), text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Emaar Properties, the developer of Burj Khalifa, reported record sales.",
            "Burj Khalifa",
            "PLACE",
        ),
        (
            "The station, designed by Zaha Hadid Architects, has a facade of white panels.",
            "Zaha Hadid Architects",
            "ORG",
        ),
        (
            "The Cabinet approved a plan to link new homes in Fujairah to the Etihad Rail "
            "passenger network.",
            "Etihad Rail",
            "ORG",
        ),
    ],
)
def test_landmarks_and_firms_named_by_their_trade(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found, found


def test_a_price_in_dirhams_is_no_place(tagger):
    found = names_found(
        tagger,
        "Shares in Emaar Properties closed 1.2 per cent higher at Dh8.45 on the Dubai "
        "Financial Market on Wednesday.",
    )
    assert not any(name.startswith("Dh") for name, _ in found), found


def test_a_nationality_before_a_name_is_no_part_of_it():
    found = names_found(
        build_tagger("fast"),
        "The cinematographer, the Tunisian Amine Messadi, shoots the desert as a place "
        "people live in.",
    )
    assert ("Amine Messadi", "PERSON") in found, found
    assert not any("Tunisian" in name for name, _ in found), found


@pytest.mark.parametrize("body", ["Lebanese Red Cross", "Nigerian Bar Association"])
def test_a_national_body_keeps_its_nationality(tagger, body):
    found = names_found(tagger, f"Volunteers from the {body} said on Monday that they would help.")
    assert (body, "ORG") in found, found


def test_a_ruler_s_office_names_the_place_not_a_body(tagger):
    found = names_found(
        tagger,
        "Sheikh Mohammed bin Rashid, Vice President and Ruler of Dubai, said the homes would "
        "be built within three years.",
    )
    assert ("Dubai", "PLACE") in found, found
    assert not any(name.startswith("Ruler") for name, _ in found), found


@pytest.mark.parametrize(
    ("dateline", "place", "agency"),
    [
        ("SEOUL, Nov. 26 (Yonhap) -- ", "Seoul", "Yonhap"),
        ("ABU DHABI (WAM) - ", "Abu Dhabi", "WAM"),
    ],
)
def test_a_dateline_names_its_place_and_the_agency_filing_it(tagger, dateline, place, agency):
    found = names_found(
        tagger, f"{dateline}South Korea's exports rose for the 14th month in November.\n"
    )
    assert (place, "PLACE") in found, found
    assert (agency, "ORG") in found, found


def test_a_full_name_in_brackets_is_the_person_named_by_surname_elsewhere():
    found = names_found(
        build_tagger("default"),
        "The film follows Noura (Sara Al Mutairi), a 19-year-old who has failed her exams. "
        "\"I laughed in places I never expected,\" Al Mutairi said after the premiere.",
    )
    assert ("Sara Al Mutairi", "PERSON") in found, found


def test_a_sentence_s_first_word_joined_to_a_name_is_a_name():
    found = names_found(
        build_tagger("fast"),
        "Ride-hailing companies have moved quickly. Careem and Uber both offer discounted "
        "fares for trips to and from stations.",
    )
    assert ("Careem", "ORG") in found, found


def test_a_sentence_s_first_ordinary_word_before_and_stays_out(tagger):
    found = names_found(
        tagger,
        "Environment and Climate Change Canada issued a heat warning on Monday.",
    )
    assert ("Environment", "ORG") not in found, found

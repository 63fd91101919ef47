"""Entity rules from how news writes: great rivers named alone, crossheads in capitals, and
bodies whose name joins two subjects before a fund, company or department."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize("river", ["Tigris", "Danube", "Mekong"])
def test_a_great_river_named_alone_is_a_place(tagger, river):
    text = f"Farmers along the {river} said the water had fallen to its lowest in a decade."
    found = names_found(tagger, text)
    assert (river, "PLACE") in found
    assert (river, "ORG") not in found


def test_a_crosshead_in_capitals_is_no_name(tagger):
    text = (
        "Farmers said the canal was dry by June.\n\nAID AGENCIES STEP IN\n\n"
        "The unions met on Monday in Basra.\n\nCOOPERATIVES\n\nMore help came from Oxfam."
    )
    found = {name for name, _ in names_found(tagger, text)}
    assert not [name for name in found if name.isupper() and len(name) > 5]
    assert "Oxfam" in found


@pytest.mark.parametrize(
    "organisation",
    [
        "Dunmarrow Development and Reconstruction Fund",
        "Kelmara Container and Cargo Handling Company",
        "Tessaly Education and Culture Department",
    ],
)
def test_two_subjects_before_a_fund_company_or_department_are_one_name(tagger, organisation):
    text = f"The {organisation} said on Monday that it would publish its accounts in May."
    assert (organisation, "ORG") in names_found(tagger, text)


def test_al_and_a_word_in_an_article_about_a_league_is_a_club(tagger):
    text = (
        "The striker joined Al Mourad from Al Nour for a fee of $4 million, the clubs said. "
        "He scored 14 goals in the Pro League last season."
    )
    found = names_found(tagger, text)
    assert ("Al Mourad", "ORG") in found
    assert ("Al Nour", "ORG") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Lieutenant Commander Arif Hossain told reporters the search would go on.",
            "Arif Hossain",
        ),
        ("Brother Renato Souza, who runs the shelter, said it was full.", "Renato Souza"),
    ],
)
def test_a_rank_or_a_religious_title_is_no_part_of_the_name(tagger, text, person):
    assert (person, "PERSON") in names_found(tagger, text)

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

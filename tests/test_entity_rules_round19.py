"""Entity rules found on the twenty-second entity set: the German agency's lower-case name,
forts, bastions and lodges as places, firms named for their metal or their airports, eras,
historical peoples and a sultan's title alone, and Brazil's divisions."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("HERAKLION, Greece (dpa) - The council voted to turn the old airport into a park.",
         "dpa", "ORG"),
        ("The Sultan bin Zayed Fort stands at the edge of the oasis.",
         "Sultan bin Zayed Fort", "PLACE"),
        ("The market opens beside the Martinengo Bastion every Saturday.",
         "Martinengo Bastion", "PLACE"),
        ("Tourists who stayed at Mukambi Safari Lodge were moved to town by road.",
         "Mukambi Safari Lodge", "PLACE"),
        ("Koniambo Nickel said it would sell its smelter to the highest bidder.",
         "Koniambo Nickel", "ORG"),
        ("GMR Airports, which runs the new terminal, said traffic had doubled.",
         "GMR Airports", "ORG"),
        ("MC Alger lost 2-0 at home on Friday and slipped to fourth.", "MC Alger", "ORG"),
        ("The final was played at the Estádio Olímpico in front of 40,000 fans.",
         "Estádio Olímpico", "PLACE"),
    ],
)  # fmt: skip
def test_names_found_with_the_right_label(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The beads date from about 2500 B.C., the museum said.", "B.C."),
        ("Minoan traders sailed from the island to Egypt.", "Minoan"),
        ("The caravanserai was built under Ottoman rule in the 17th century.", "Ottoman"),
        ("Remo, who play in Série C, drew the biggest crowd of the season.", "Série"),
        ("A coastguard patrol stopped a speedboat named Nasim near the island.", "Nasim"),
    ],
)
def test_eras_peoples_and_divisions_are_no_names(tagger, text, name):
    assert name not in {found for found, _ in names_found(tagger, text)}


def test_initials_and_a_surname_are_a_person_and_a_country_s_initials_are_not():
    text = (
        "A Danish expedition led by Geoffrey Bibby and P.V. Glob excavated the graves in 1959. "
        "U.S. Steel bought the mine in 1960."
    )
    found = names_found(build_tagger("default"), text)
    assert ("P.V. Glob", "PERSON") in found
    assert ("U.S. Steel", "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Bi Fatma Mussa has farmed seaweed off the beach for thirty years.",
         "Fatma Mussa", "PERSON"),
        ("Rangers patrol the Khor Kalba Conservation Reserve at night.",
         "Khor Kalba Conservation Reserve", "PLACE"),
        ("Iqbal Manzil, the poet's childhood home, is now a museum.", "Iqbal Manzil", "PLACE"),
        ("Rain damaged the Mausoleum of Sultan Sanjar last spring.",
         "Mausoleum of Sultan Sanjar", "PLACE"),
    ],
)  # fmt: skip
def test_set_23_sites_and_forms_of_address(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The city flourished under Abbasid and Seljuk rulers.", "Abbasid"),
        ("The menu is written in Cyrillic and in Chinese characters.", "Cyrillic"),
        ("Water temperatures reached 93 degrees Fahrenheit in March.", "Fahrenheit"),
    ],
)
def test_dynasties_scripts_and_scales_are_no_names(tagger, text, name):
    assert name not in {found for found, _ in names_found(tagger, text)}


def test_a_park_named_after_a_general_is_the_park():
    text = "The derby was played at Parque General San Martín on Sunday."
    found = names_found(build_tagger("default"), text)
    assert ("Parque General San Martín", "PLACE") in found


def test_opec_plus_is_a_body_of_its_own(tagger):
    text = "Opec+ ministers meet on Wednesday. Opec itself has 12 members."
    found = names_found(tagger, text)
    assert ("Opec+", "ORG") in found
    assert ("Opec", "ORG") in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Hajj Mustapha Bendriss fires his kiln at dawn every Friday.",
         "Mustapha Bendriss", "PERSON"),
        ("Whale sharks cross the Mozambique Channel in winter.", "Mozambique Channel", "PLACE"),
    ],
)  # fmt: skip
def test_set_24_titles_and_channels(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_title_s_qualifier_goes_with_the_title():
    text = "The road was built under Field Marshal Sarit Thanarat in the 1960s."
    assert ("Sarit Thanarat", "PERSON") in names_found(build_tagger("default"), text)

"""Entity rules found on the sixteenth dump set: Irish bodies named with "An", a body's
field after "in", a firm named after the port it runs, a person named before a clause only
a person takes, places that open a sentence after "In", and (from the fifteenth set) a
body's name with its emirate after a dash."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("An Bord Pleanála has approved the extension of the line to Finglas.",
         "An Bord Pleanála", "ORG"),
        ("The scheme was approved by An Bord Pleanála on Friday.", "An Bord Pleanála", "ORG"),
        ("Updated figures from the Pakistan Council of Research in Water Resources show it.",
         "Pakistan Council of Research in Water Resources", "ORG"),
        ("She joined the Centre for Excellence in Journalism in Doha last year.",
         "Centre for Excellence in Journalism", "ORG"),
        ("Valletta Cruise Port, which runs the terminal, expects 340 calls this year.",
         "Valletta Cruise Port", "ORG"),
        ("In Lyari and Baldia, residents said tankers had become harder to book.",
         "Baldia", "PLACE"),
        ("In Lyari and Baldia, residents said tankers had become harder to book.",
         "Lyari", "PLACE"),
        ("The Department of Culture and Tourism – Abu Dhabi said the mural would go on show.",
         "Department of Culture and Tourism – Abu Dhabi", "ORG"),
    ],
)
def test_set_16_names_found_with_the_right_label(tagger_name, text, name, label):
    assert (name, label) in names_found(build_tagger(tagger_name), text)


def test_a_person_before_a_clause_only_a_person_takes():
    text = (
        "Pradeep Ratnayake, whose family has kept elephants for three generations, said "
        "owners welcomed the checks."
    )
    assert ("Pradeep Ratnayake", "PERSON") in names_found(build_tagger("default"), text)


def test_a_river_that_runs_through_a_town_stays_a_place_and_a_person_stays_a_person():
    found = names_found(
        build_tagger("default"),
        "The Litani River, which runs through the valley, rose. Ahmed Khan, residents said, "
        "was seen leaving.",
    )
    assert ("Litani River", "PLACE") in found
    assert ("Ahmed Khan", "PERSON") in found

"""Entity rules found on the fifteenth dump set: a club named by its city, known as the club
by its place in the league table or its gap in points."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found

TABLE = (
    "Qatar's top two qualify for the AFC Champions League Elite, and the third-placed side "
    "enters the play-off round. {sentence}"
)


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Al Wakrah, in third, are eight points behind Al Duhail.", "Al Wakrah"),
        ("After the win on Saturday, Leeds are two points clear of Burnley.", "Leeds"),
    ],
)
def test_a_city_with_a_place_in_the_table_is_the_club(tagger_name, sentence, club):
    found = names_found(build_tagger(tagger_name), TABLE.format(sentence=sentence))
    assert (club, "ORG") in found
    assert (club, "PLACE") not in found


def test_a_country_in_the_table_stays_the_place_and_a_driver_in_second_stays_a_person():
    text = (
        "Qatar, in third, are two points behind Jordan in the group. Norris, in second, is 20 "
        "points behind Max Verstappen."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Qatar", "PLACE") in found
    assert ("Norris", "ORG") not in found

"""Entity rules from how news writes about people: a person's role at a firm, a wire story's
credit line, and players' and trades' names for people."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"The market is crowded," said Hala Al Rumaithi, a partner at the consultancy Dunmore.',
            "Hala Al Rumaithi",
        ),
        (
            '"I pay a third of my wage in rent," said Thabo Ndlela, a drill operator who '
            "sends money home.",
            "Thabo Ndlela",
        ),
    ],
)
def test_a_person_at_a_firm_or_who_works_is_a_person(tagger, text, person):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert (person, "ORG") not in found


def test_the_names_of_a_wire_credit_line_are_people(tagger):
    text = (
        "The strike ended on Friday.\n"
        "(Reporting by Sanne de Wit in Amsterdam and Lieve Claes in Antwerp; "
        "Editing by Mark Helder)"
    )
    found = names_found(tagger, text)
    assert {name for name, label in found if label == "PERSON"} == {
        "Sanne de Wit",
        "Lieve Claes",
        "Mark Helder",
    }
    assert not [name for name, _ in found if name == "Editing"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The Hawks also receive reliever Kenta Morioka in the trade.", "Kenta Morioka"),
        (
            "The bureau's senior forecaster for the region, Priyanka Venkat, told the inquiry.",
            "Priyanka Venkat",
        ),
    ],
)
def test_a_player_or_a_forecaster_named_by_trade_is_a_person(tagger, text, person):
    assert (person, "PERSON") in names_found(tagger, text)


def test_a_town_that_names_a_brigade_stays_a_town(tagger):
    text = (
        "Volunteer firefighters in Kelmara were told to expect the fire. Captain Rhonda Pell, "
        "who has led the Kelmara Fire Brigade for eleven years, told the inquiry. The warning "
        "to leave Kelmara was sent at 3.52pm."
    )
    found = names_found(tagger, text)
    assert ("Kelmara", "PLACE") in found
    assert ("Kelmara Fire Brigade", "ORG") in found
    assert ("Kelmara", "ORG") not in found


@pytest.mark.parametrize("club", ["CS Tessaly", "JS Kelmara"])
def test_club_initials_open_a_clubs_name(tagger, club):
    text = f"{club} won the cup final 2-1 on Sunday in front of a full stadium."
    assert (club, "ORG") in names_found(tagger, text)


def test_a_forum_is_an_organisation(tagger):
    text = "Drivers joined the Gulf Professional Couriers' Forum in March, and it wrote to them."
    assert ("Gulf Professional Couriers' Forum", "ORG") in names_found(tagger, text)

"""Entity rules from how news writes names: a contraction or a transcript's speaker label
before a name, teams' plural nicknames, names in capitals, traded grades and Gulf towns."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


def test_a_contraction_is_no_part_of_the_name_after_it(tagger):
    text = "Good evening, I'm Marisol Ekwueme and this is the late bulletin from Dunmarrow."
    found = names_found(tagger, text)
    assert ("Marisol Ekwueme", "PERSON") in found
    assert not [name for name, _ in found if name.startswith("I'm")]


def test_a_speaker_label_in_capitals_is_a_person(tagger):
    text = "TAVISH ORMEROD: Hello and welcome to the programme.\nNARRATOR: The river rose."
    found = names_found(tagger, text)
    assert ("Tavish Ormerod", "PERSON") in found
    assert not [name for name, _ in found if name in ("Hello", "NARRATOR", "TAVISH ORMEROD")]


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "The Kestrel Bay Vipers beat the visitors by six wickets on Sunday.",
            "Kestrel Bay Vipers",
        ),
        ("Dunmarrow Giants signed two pitchers before the season opened.", "Dunmarrow Giants"),
        ("Fans of the Harrowgate Volts queued for tickets at dawn.", "Harrowgate Volts"),
    ],
)
def test_a_plural_nickname_ends_a_teams_name(tagger, text, team):
    found = names_found(tagger, text)
    assert (team, "ORG") in found
    assert (team, "PERSON") not in found


def test_a_name_in_capitals_takes_the_articles_spelling(tagger):
    text = (
        "KESTREL VALLEY POLICE said the road would reopen.\n"
        "Kestrel Valley Police closed the road on Monday after the crash."
    )
    found = names_found(tagger, text)
    assert ("Kestrel Valley Police", "ORG") in found
    assert not [name for name, _ in found if name.isupper()]


def test_a_traded_grade_is_no_place(tagger):
    text = "Brent crude rose 2 per cent, and Brent futures for March gained too."
    found = names_found(tagger, text)
    assert not [name for name, _ in found if name == "Brent"]


@pytest.mark.parametrize("town", ["Khor Fakkan", "Al Hamriyah"])
def test_a_gulf_town_in_another_spelling_is_a_place(tagger, town):
    text = f"Heavy rain flooded roads in {town} on Tuesday, and two schools stayed shut."
    found = names_found(tagger, text)
    assert (town, "PLACE") in found
    assert (town, "PERSON") not in found


def test_a_name_before_area_is_a_place(tagger):
    text = "Floods closed schools in the Al Tarwiya area, where the water rose fastest."
    found = names_found(tagger, text)
    assert ("Al Tarwiya", "PLACE") in found


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Okafor beat Greta Lindqvist 7-5, 6-3 in the final on Sunday.",
        "Results: Marisol Okafor bt Greta Lindqvist 6-4 6-2; Ilse Varnum bt Tove Brekke 6-1 6-2.",
    ],
)
def test_a_tennis_result_names_two_players(tagger, text):
    found = names_found(tagger, text)
    assert ("Marisol Okafor", "PERSON") in found
    assert ("Greta Lindqvist", "PERSON") in found
    assert not [name for name, _ in found if name[-1].isdigit()]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Catcher Tomas Ri-won said the new dome would help the team.", "Tomas Ri-won"),
        ("Owner Marcus Belling added that tickets would cost more.", "Marcus Belling"),
        ("The plan was backed by Councillor Park Mi-na on Monday.", "Park Mi-na"),
    ],
)
def test_a_role_or_councillor_before_a_name_is_no_part_of_it(tagger, text, person):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert not [name for name, _ in found if name != person and name.endswith(person)]


def test_a_given_name_that_speaks_is_the_person_not_the_capital(tagger):
    text = (
        "Sofia Antoniou runs a taverna on the beach at Kalmarra. "
        '"People were crying on the beach," Sofia said.'
    )
    found = names_found(tagger, text)
    assert ("Sofia Antoniou", "PERSON") in found
    assert ("Sofia", "PLACE") not in found


def test_a_shipping_line_is_an_organisation(tagger):
    text = "The ferry, run by Marrowby Lines since 1998, struck rocks off the beach."
    assert ("Marrowby Lines", "ORG") in names_found(tagger, text)


def test_a_speaker_label_with_a_role_is_a_person(tagger):
    text = "MIRELA DUNCAVESCU, HOST: When the clinic closed, mothers drove for hours."
    found = names_found(tagger, text)
    assert ("Mirela Duncavescu", "PERSON") in found
    assert not [name for name, _ in found if name.isupper()]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The old quarter was added to the Coastal Heritage list in 2014.", "Coastal Heritage"),
        (
            "Tovan Reyes pulled six off the fast bowler and was out two balls later for 104 "
            "off 109 balls.",
            "104",
        ),
    ],
)
def test_a_listing_or_a_number_is_no_name(tagger, text, word):
    assert not [name for name, _ in names_found(tagger, text) if name == word]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Rents rose 9 per cent, according to the listings portal Dunvora.", "Dunvora", "ORG"),
        ("Storms brought floods to the towns of the Marrowby coast.", "Marrowby", "PLACE"),
        (
            "Anjali Rao, a teacher, has rented a flat in Al Qirwan for four years.",
            "Al Qirwan",
            "PLACE",
        ),
    ],
)
def test_a_portal_a_coast_and_a_lone_al_name(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found
    assert not [n for n, lab in found if n == name and lab != label]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The final was played at the Marrowby Dome before 30,000 fans.", "Marrowby Dome", "PLACE"),
        ("Rain stopped play at Kestrel Oval after lunch.", "Kestrel Oval", "PLACE"),
        ("Flights to Marrow Inlet resumed on Friday.", "Marrow Inlet", "PLACE"),
        ("Walkers climbed Karsten Hill at dawn to watch the eclipse.", "Karsten Hill", "PLACE"),
        ("Tourists swam off the beach at Agios Dimitrakis.", "Agios Dimitrakis", "PLACE"),
        (
            "Soldiers of the Coastal Action Battalion guarded the plant.",
            "Coastal Action Battalion",
            "ORG",
        ),
        ("Kestrel Airline cancelled four flights on Monday.", "Kestrel Airline", "ORG"),
        ("The State Audit Institution filed its report.", "State Audit Institution", "ORG"),
        ("Dunvik Tunngaq Incorporated filed its report.", "Dunvik Tunngaq Incorporated", "ORG"),
    ],
)
def test_a_last_or_first_word_names_a_site_or_a_body(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found
    assert (name, "PERSON") not in found


@pytest.mark.parametrize(
    "text", ["The Korvald Series opens in March.", "He won the Tarrant Shield."]
)
def test_a_series_or_a_shield_is_a_competition(tagger, text):
    assert not [label for _, label in names_found(tagger, text) if label == "PERSON"]


def test_a_science_or_craft_in_apposition_makes_a_person(tagger):
    text = "Hakan Demiroglu, an astronomer at Kestrel University who was not involved, said so."
    found = names_found(tagger, text)
    assert ("Hakan Demiroglu", "PERSON") in found
    assert ("Hakan Demiroglu", "ORG") not in found


def test_a_market_index_is_no_name(tagger):
    found = names_found(tagger, "The Kestrel Hang Index fell 2 per cent on Tuesday.")
    assert not [name for name, _ in found if "Index" in name]


def test_kings_end_a_teams_name(tagger):
    found = names_found(tagger, "The Marrowby Kings won by six wickets on Sunday.")
    assert ("Marrowby Kings", "ORG") in found


def test_an_abstract_noun_makes_no_persons_name(tagger):
    text = "Officials of Strategic Dunvik Initiatives met staff of the Marrowby Superintendency."
    found = names_found(tagger, text)
    assert not [name for name, label in found if label == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "The new owner of Black Lantern said prices would rise.",
        "Fighters of Islamic Dunvik Resistance claimed the attack.",
    ],
)
def test_an_adjective_or_a_religion_opens_no_persons_name(tagger, text):
    assert not [name for name, label in names_found(tagger, text) if label == "PERSON"]


def test_the_and_a_teams_nickname_alone_is_a_club(tagger):
    text = "The Dolphins won again on Saturday, and their coach praised the defence."
    found = names_found(tagger, text)
    assert ("Dolphins", "ORG") in found
    assert ("Dolphins", "PERSON") not in found

"""Entity rules from how news writes: "in X" names a place unless a stake or a report is
meant, trades and ranges that end names, a firm's or a club's home after "of", and Central
Asian patronymics."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "She sells smoked fish at the market in Tavelo, where prices rose.",
            "Tavelo",
        ),
        ("The surveyors were turned back by villagers in Kara-Suu, officials said.", "Kara-Suu"),
        ("The mapmaker was born in nearby Korsemonde, whose museum opens in May.", "Korsemonde"),
    ],
)
def test_a_name_after_in_is_a_place(tagger, text, place):
    found = names_found(tagger, text)
    assert (place, "PLACE") in found
    assert (place, "ORG") not in found


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("The fund bought a 12% stake in Veltronix last year, filings show.", "Veltronix"),
        ("The figures were first reported in Handelsposten on Tuesday.", "Handelsposten"),
        ("The chip plant is run by a unit in GlobalWafers, the company said.", "GlobalWafers"),
    ],
)
def test_a_stake_or_a_report_in_a_name_is_no_place(tagger, text, organisation):
    assert (organisation, "PLACE") not in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Caspian Agro Trading shipped the wheat from Novorossiysk, the court heard.",
            "Caspian Agro Trading",
            "ORG",
        ),
        (
            "Ventara Offshore Petroleum was ordered to pay for the clean-up.",
            "Ventara Offshore Petroleum",
            "ORG",
        ),
        ("Herders crossed the Suusamyr Range before the first snow.", "Suusamyr Range", "PLACE"),
        ("The council met in the town hall on the Oude Markt on Tuesday.", "Oude Markt", "PLACE"),
    ],
)
def test_trade_and_range_words_end_names(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "organisation", "place"),
    [
        (
            "The deal was signed by Kransvel Energy of Cape Town on Monday.",
            "Kransvel Energy",
            "Cape Town",
        ),
        (
            "The striker will join Horoya AC of Conakry next month, his agent said.",
            "Horoya AC",
            "Conakry",
        ),
    ],
)
def test_a_firm_or_a_club_of_a_town_is_based_there(tagger, text, organisation, place):
    found = names_found(tagger, text)
    assert (organisation, "ORG") in found
    assert (place, "PLACE") in found


def test_central_asian_patronymics_end_the_name(tagger):
    text = (
        "Nurlan Bakyt uulu, the deputy minister, said the tunnel would open in 2028. "
        "Aigerim Toktosun kyzy, who farms near the line, said she had not been asked."
    )
    found = names_found(tagger, text)
    assert ("Nurlan Bakyt uulu", "PERSON") in found
    assert ("Aigerim Toktosun kyzy", "PERSON") in found


def test_a_surname_that_is_also_a_place_word_after_mr_is_a_person(tagger):
    text = (
        "Park Min-seo, who runs the agency's office in Ulaanbaatar, said more feed would come. "
        "Mr Park said the first payments would reach herders next week."
    )
    found = names_found(tagger, text)
    assert ("Park Min-seo", "PERSON") in found
    assert not [name for name, label in found if label == "PLACE" and "Park" in name]


@pytest.mark.parametrize("street", ["Kerkstraat", "Marktplein", "Bahnhofstrasse"])
def test_a_dutch_or_german_street_in_one_word_is_a_place(tagger, street):
    text = f"The new cafe on the {street} opened on Friday, the owners said."
    found = names_found(tagger, text)
    assert (street, "PLACE") in found


@pytest.mark.parametrize(("owner", "body"), [("Zambia", "ZESCO"), ("Germany", "KfW")])
def test_an_acronym_a_country_owns_is_an_organisation(tagger, owner, body):
    text = f"The line will also link the grid to {owner}'s {body}, the utility said on Monday."
    found = names_found(tagger, text)
    assert (body, "ORG") in found
    assert (owner, "PLACE") in found


@pytest.mark.parametrize(
    "organisation",
    [
        "Tessaly National Chamber of Commerce and Industry",
        "Kelmaran Telecommunications and Post Regulatory Authority",
    ],
)
def test_a_chamber_or_a_trade_before_and_stays_one_body(tagger, organisation):
    text = f"The {organisation} said on Monday that it would appeal against the decision."
    assert (organisation, "ORG") in names_found(tagger, text)


def test_two_places_joined_by_or_are_two_names(tagger):
    text = '"The first money goes to the villages," she said, "not to Kalvero or Mestrina."'
    found = {name for name, _ in names_found(tagger, text)}
    assert "Kalvero or Mestrina" not in found
    assert {"Kalvero", "Mestrina"} <= found


def test_a_list_after_municipalities_of_is_of_places(tagger):
    text = (
        "Coffee is grown in the highland municipalities of Veruna, Aileu, Tasmaro and Lequica. "
        "Yields there are among the lowest in the region."
    )
    found = names_found(tagger, text)
    for place in ("Veruna", "Tasmaro", "Lequica"):
        assert (place, "PLACE") in found


def test_the_governors_of_states_named_after_them_stay_people(tagger):
    text = (
        "The court upheld the elections of the governors of Lagos and Plateau states, "
        "Babatunde Fashola-Ade and Caleb Mutwan, on Friday."
    )
    found = names_found(tagger, text)
    assert ("Babatunde Fashola-Ade", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The utility will close the coal-fired Van Hoek power station by 2030.", "Van Hoek"),
        ("The line runs from the coast to the Kokerbos substation near the border.", "Kokerbos"),
        ("Flights land twice a week at the Seghara airstrip, weather allowing.", "Seghara"),
    ],
)
def test_a_name_before_a_power_station_or_an_airstrip_is_a_place(tagger, text, place):
    found = names_found(tagger, text)
    assert (place, "PLACE") in found
    assert (place, "ORG") not in found


def test_a_title_before_a_surname_with_a_particle_is_left_out(tagger):
    text = (
        "Its treasurer, Rosalia de Sousa, said prices had doubled. "
        "Ms de Sousa said the cooperative would buy a truck."
    )
    found = names_found(tagger, text)
    assert ("Rosalia de Sousa", "PERSON") in found
    assert not [name for name, _ in found if name.startswith("Ms")]


def test_two_titles_before_a_name_leave_no_name_of_their_own(tagger):
    text = (
        "The agency, NEMA, said 40 herders had died. Its chief, Brigadier General Oyun "
        "Batsaikhan, told reporters that the roads were shut."
    )
    found = names_found(tagger, text)
    assert ("Oyun Batsaikhan", "PERSON") in found
    assert not {"Brigadier", "General"} & {name for name, _ in found}


def test_a_player_named_after_in_with_a_possessive_is_a_person(tagger):
    text = (
        "Madrid won late on Wednesday, with Jude Bellman heading in Arda Gulen's corner in the "
        "93rd minute to seal a 2-1 win."
    )
    found = names_found(tagger, text)
    assert ("Arda Gulen", "PLACE") not in found

"""Entity rules from how news writes names: a nationality noun before a person's name, a company
or club named after its country or city, and place and rating-agency words ending a name."""

from __future__ import annotations

import pytest

from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Englishman Tom Radley replaced Welshman Rhys Pugh as coach last month.",
            {"Tom Radley", "Rhys Pugh"},
        ),
        (
            "The title went to Frenchwoman Amandine Roux, ahead of Dutchman Joost Vermeer.",
            {"Amandine Roux", "Joost Vermeer"},
        ),
    ],
)
def test_a_nationality_noun_is_no_part_of_the_name_after_it(tagger, text, people):
    found = names_found(tagger, text)
    assert {name for name, label in found if label == "PERSON"} == people


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Torpedo Kutaisi beat the league leaders 2-1 on Saturday.", "Torpedo Kutaisi"),
        ("Airtel Malawi cut its data prices by a fifth in March.", "Airtel Malawi"),
    ],
)
def test_a_word_no_one_is_named_before_a_country_or_city_is_an_organisation(
    tagger, text, organisation
):
    found = names_found(tagger, text)
    assert (organisation, "ORG") in found
    assert (organisation, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Caroline Kent, the bank's chief economist, said prices would rise.", "Caroline Kent"),
    ],
)
def test_a_given_name_before_a_place_is_still_a_person(tagger, text, person):
    assert (person, "PERSON") in names_found(tagger, text)


def test_a_rating_agency_is_an_organisation(tagger):
    text = "The bond was rated by Capital Intelligence Ratings, which kept its outlook stable."
    assert ("Capital Intelligence Ratings", "ORG") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tourists walked through Kaliwa Gorge before the rain began.", "Kaliwa Gorge"),
        ("Hotels along Nkosi Way were full for the summit.", "Nkosi Way"),
    ],
)
def test_a_gorge_or_a_way_is_a_place(tagger, text, place):
    found = names_found(tagger, text)
    assert (place, "PLACE") in found
    assert (place, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The National Union of Tanners and Allied Workers called the strike on Monday.",
            "National Union of Tanners and Allied Workers",
            "ORG",
        ),
        (
            "Members of the Kestrel Tea Growers and Exporters Association met on Friday.",
            "Kestrel Tea Growers and Exporters Association",
            "ORG",
        ),
        (
            "The Dunmarrow Valley Farmers' Cooperative Union filed the appeal.",
            "Dunmarrow Valley Farmers' Cooperative Union",
            "ORG",
        ),
        ("Flights to Trinidad and Tobago resumed on Tuesday.", "Trinidad and Tobago", "PLACE"),
    ],
)
def test_a_name_joined_by_and_stays_whole(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The creditors were represented by Jonathan Pell SC, who said the plan was fair.",
            "Jonathan Pell",
        ),
        ("The constituency's member, Sarah Hollis MP, said the bridge would open.", "Sarah Hollis"),
    ],
)
def test_letters_after_a_name_are_no_part_of_it(tagger, text, person):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert not [name for name, _ in found if name.endswith((" SC", " MP"))]


def test_an_article_before_an_acronym_is_no_part_of_it(tagger):
    found = names_found(
        tagger, "A WFP convoy reached the Dunmarrow camp on Sunday, officials said."
    )
    assert ("WFP", "ORG") in found
    assert not [name for name, _ in found if name.startswith("A ")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Trucks reached Kelmara camp on Sunday after a week on the road.", "Kelmara"),
        ("Farms in Tollbury parish were flooded overnight.", "Tollbury"),
    ],
)
def test_a_name_before_camp_or_parish_is_a_place(tagger, text, place):
    assert (place, "PLACE") in names_found(tagger, text)


def test_a_people_word_from_a_stan_country_is_no_name(tagger):
    text = "Kazakh and Uzbek officials met in Tashkent, where Tajik traders joined them."
    found = names_found(tagger, text)
    assert not [name for name, _ in found if name in ("Kazakh", "Uzbek", "Tajik")]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Policies sold by Harbourline Financial rose by a tenth.", "Harbourline Financial", "ORG"),
        ("The cocoa was bought by Kestrel Commodities in March.", "Kestrel Commodities", "ORG"),
        ("Delegates stayed at the Dunmarrow Hotel near the lake.", "Dunmarrow Hotel", "PLACE"),
        ("The offices moved to Al Qamar Tower in 2019.", "Al Qamar Tower", "PLACE"),
    ],
)
def test_a_trade_or_a_building_word_ends_a_name(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kuapo Kekoo bought more beans this season than last.", "Kuapo Kekoo"),
        ("The contract went to Rotalva, which runs buses in three towns.", "Rotalva"),
    ],
)
def test_a_name_nothing_makes_a_person_is_no_person(tagger, text, name):
    assert (name, "PERSON") not in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "Doctors at the Tessaly Tropical and Infectious Disease Hospital treated 40 people.",
            "Tessaly Tropical and Infectious Disease Hospital",
        ),
        (
            "The Dunmarrow Garment and Industrial Workers Federation called a strike.",
            "Dunmarrow Garment and Industrial Workers Federation",
        ),
    ],
)
def test_a_body_word_at_the_end_ends_both_halves_of_a_name(tagger, text, organisation):
    assert (organisation, "ORG") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The Fair Wear Campaign and IndustriALL Global Union wrote to the brands.",
            "Fair Wear Campaign",
            "IndustriALL Global Union",
        ),
        (
            "Kazatom and China National Nuclear Corporation signed the supply deal.",
            "Kazatom",
            "China National Nuclear Corporation",
        ),
    ],
)
def test_two_bodies_joined_by_and_stay_two(tagger, text, first, second):
    found = {name for name, label in names_found(tagger, text) if label == "ORG"}
    assert second in found
    assert not [name for name in found if " and " in name]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ratu Epeli Vunisa, the paramount chief, opened the new port.", "Epeli Vunisa"),
        ("Datuk Hamzah Rahim, the minister, welcomed the ruling.", "Hamzah Rahim"),
    ],
)
def test_a_chiefs_title_is_no_part_of_the_name(tagger, text, person):
    assert (person, "PERSON") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        (
            '"We will not move," said Koen Verhulst of Haventrade Voka, the employers\' group.',
            "Koen Verhulst",
            "Haventrade Voka",
        ),
        (
            "Asad Qureshi of Dunmarrow Textiles said the deal was fair.",
            "Asad Qureshi",
            "Dunmarrow Textiles",
        ),
    ],
)
def test_a_person_of_an_organisation_is_two_names(tagger, text, person, organisation):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert (organisation, "ORG") in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Barrister Chinedu Okafor told the tribunal the votes were miscounted.", "Chinedu Okafor"),
        ("Alhaji Musa Danlami, the trader, said prices had doubled.", "Musa Danlami"),
    ],
)
def test_a_barrister_or_alhaji_is_a_title(tagger, text, person):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert not [name for name, _ in found if name.startswith(("Barrister", "Alhaji"))]


def test_a_sum_or_a_time_is_no_name(tagger):
    text = (
        "Miners earning R2,600 a month asked for R4,000. The fire was reported at 3.52pm, "
        "Kelmara Mining said."
    )
    found = {name for name, _ in names_found(tagger, text)}
    assert not found & {"R2,600", "R4,000", "3.52pm"}

"""Entity rules found on the eighteenth dump set worked on again: a table's cells name one
thing each, a candidate named with "of the" and her party is a person and a party, and a
date does not run on into the name after it."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found

TABLE_BODY = (
    "The ruling party retained the seat, the commission said on Friday.\n\n"
    "Candidate\tParty\tVotes\n\n"
    "Mwansa Chileshe\tUPND\t9,412\n\n"
    "Natasha Zulu\tSocialist Party\t1,588\n\n"
    "Lubinda Mwale\tIndependent\t791"
)


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
def test_a_tables_cells_name_one_thing_each(tagger_name):
    mentions = build_tagger(tagger_name).tag_article([("body", 0, TABLE_BODY)])
    assert not any("\t" in m.text for m in mentions)
    found = {(m.canonical, m.label) for m in mentions}
    assert ("Socialist Party", "ORG") in found
    assert not any(name in ("Candidate Party", "Party") for name, _ in found)
    for mention in mentions:
        assert TABLE_BODY[mention.start : mention.end] == mention.text


def test_a_text_spaced_by_tabs_alone_keeps_its_names_whole():
    text = "Prime\tMinister\tKamala\tHarris\tmet\tJoe\tBiden\tin\tParis."
    found = names_found(build_tagger("default"), text)
    assert ("Joe Biden", "PERSON") in found


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        (
            "He polled 9,412 votes against 6,105 for Bwalya Kasonde of the Patriotic Front (PF).",
            "Bwalya Kasonde",
            "Patriotic Front",
        ),
        (
            "Second place went to Mutale Banda of the Democratic Party, with 1,204 votes.",
            "Mutale Banda",
            "Democratic Party",
        ),
    ],
)
def test_a_candidate_of_the_party_is_a_person_and_a_party(text, person, body):
    found = names_found(build_tagger("default"), text)
    assert (person, "PERSON") in found
    assert (body, "ORG") in found
    assert not any(name.startswith(f"{person} of") for name, _ in found)


def test_a_body_of_the_kind_keeps_its_name_whole():
    found = names_found(
        build_tagger("default"),
        "Delegates from the Organization of the Petroleum Exporting Countries met in Vienna.",
    )
    assert ("Organization of the Petroleum Exporting Countries", "ORG") in found


def test_a_date_does_not_run_on_into_the_name_after_it():
    text = "The by-election was called after the death in January of Andrew Siame, who had held "
    "the seat since 2021."
    found = names_found(build_tagger("default"), text)
    assert ("Andrew Siame", "PERSON") in found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Owner Oved Gabbay opened his stand in 1994.", "Oved Gabbay"),
        ("Guide Pasang Tamang recommends the loop through Tarkeghyang.", "Pasang Tamang"),
        ("Turnout was the highest since 2016, according to City Clerk Tomás Greer.", "Tomás Greer"),
        (
            "Senior Minister of State for Manpower Tan Li Min said inspectors would visit.",
            "Tan Li Min",
        ),
        ("Minister for Foreign Affairs Penny Wong said the talks went well.", "Penny Wong"),
        ("Minister of Finance Ken Ofori-Atta said the budget would be tabled.", "Ken Ofori-Atta"),
        ("Secretary of State Antony Blinken arrived in Cairo.", "Antony Blinken"),
        ("Rivka Shemesh serves her sabich in a laffa, the thin flatbread.", "Rivka Shemesh"),
        (
            "Canterbury 31 (Tane Wihongi 2, Josh Kereama tries; Finn McAllister 4 cons)",
            "Tane Wihongi",
        ),
    ],
)
def test_a_person_after_a_role_an_office_or_before_a_clause_of_her_own(tagger_name, text, name):
    found = names_found(build_tagger(tagger_name), text)
    assert (name, "PERSON") in found
    assert not any(label == "PLACE" and "Minister" in found_name for found_name, label in found)


def test_the_actor_in_brackets_after_the_part_is_a_person():
    text = (
        "The film is set in a boatyard at Aswan, where Hamdi (Tarek El-Sherif) and his nephew "
        "Sayed (Omar Radwan) build their last felucca."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Tarek El-Sherif", "PERSON") in found
    assert ("Omar Radwan", "PERSON") in found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her son contacted Police Scotland after finding the tarpaulin.", "Police Scotland"),
        ("Figures from Statistics Canada showed a rise.", "Statistics Canada"),
        ("Negotiators for Transport for NSW and the union will meet again.", "Transport for NSW"),
        (
            "Trains stopped after the Rail, Tram and Bus Union banned overtime.",
            "Rail, Tram and Bus Union",
        ),
        ("Sydney Trains is running half of its usual weekday timetable.", "Sydney Trains"),
        (
            "Halifax Harbour Bridges says its two spans carry 100,000 vehicles a day.",
            "Halifax Harbour Bridges",
        ),
    ],
)
def test_public_bodies_named_by_their_service_and_place(tagger_name, text, name):
    assert (name, "ORG") in names_found(build_tagger(tagger_name), text)


def test_a_state_named_by_its_letters_is_a_place():
    found = names_found(build_tagger("fast"), "Schools in NSW will close on Friday.")
    assert ("New South Wales", "PLACE") in found


def test_an_organisation_praising_her_stays_an_organisation():
    found = names_found(build_tagger("default"), "The World Bank praised her reforms on Monday.")
    assert ("World Bank", "ORG") in found

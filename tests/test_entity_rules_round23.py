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

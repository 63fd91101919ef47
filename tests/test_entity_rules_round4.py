"""Entity rules from how news names people with an age, bearings and routes, and clubs."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import (
    Candidate,
    _combine,
    _rule_candidates,
    _with_folded_people,
    build_tagger,
)
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    "text",
    [
        "The cafe still opens at dawn. Its owner, Tariq Belhaj, 58, said trade had halved.",
        "The mill was sold. Its new owner, Tariq Belhaj, who was born nearby, kept the staff.",
    ],
)
def test_an_owner_given_an_age_or_who_was_is_a_person(tagger, text):
    found = names_found(tagger, text)
    assert ("Tariq Belhaj", "PERSON") in found
    assert ("Tariq Belhaj", "ORG") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The convoy stopped 40km north of Gorsk before dawn.", "Gorsk"),
        ("Smoke was seen south-west of Dunmarrow on Monday.", "Dunmarrow"),
    ],
)
def test_a_bearing_of_a_name_makes_it_a_place(tagger, text, name):
    assert (name, "PLACE") in names_found(tagger, text)


def test_a_route_between_names_makes_them_places(tagger):
    text = "Lorries crowd the road between Gorsk and the coast. In Tavel and Gorsk, inns opened."
    found = names_found(tagger, text)
    assert ("Gorsk", "PLACE") in found
    assert not [n for n, label in found if n == "Gorsk" and label != "PLACE"]


def test_a_model_title_running_into_plain_words_gives_way_to_a_sure_place():
    text = "Lorries crowd the road between Gorsk and the coast every night."
    start = text.index("Gorsk")
    title = Candidate(start, text.index(" every"), "WORK_OF_ART", "WORK_OF_ART", 0, blocking=True)
    kept = _combine(text, [title], _rule_candidates(text))
    assert [(text[c.start : c.end], c.label) for c in kept] == [("Gorsk", "PLACE")]


def test_a_model_title_in_title_case_still_blocks_the_names_in_it():
    text = "She read War and Peace on the train to Gorsk."
    start = text.index("War")
    title = Candidate(start, text.index(" on"), "WORK_OF_ART", "WORK_OF_ART", 0, blocking=True)
    kept = _combine(text, [title], _rule_candidates(text))
    assert title in kept


def test_a_name_with_marked_latin_letters_is_read_like_one_without():
    tagger = build_tagger("default")
    text = "The coach made two changes at half-time, bringing on Dušan Vukić and a winger."
    found = {(m.canonical, m.label) for m in tagger.tag_article([("body", 0, text)])}
    assert found == {("Dušan Vukić", "PERSON")}


def test_marks_gone_a_place_keeps_the_reading_it_had_with_them():
    people = [(0, 14)]  # what the model might make of "Ribeirao Preto"
    text = "Ribeirão Preto is hot."
    assert _with_folded_people(text, [(0, 14, "GPE")], people) == [(0, 14, "GPE")]
    assert _with_folded_people(text, [(0, 14, "ORG")], people) == [(0, 14, "PERSON")]


def test_a_club_named_before_its_coach_is_a_club_in_every_mention():
    tagger = build_tagger("default")
    text = (
        "Al Marvella came from behind to win on Saturday. Marvella coach Peter Brandt made "
        "two changes at half-time. The result lifts Al Marvella to 30 points."
    )
    found = {(m.canonical, m.label) for m in tagger.tag_article([("body", 0, text)])}
    assert ("Al Marvella", "ORG") in found
    assert ("Peter Brandt", "PERSON") in found
    assert not [n for n, label in found if "Marvella" in n and label == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "It lifts them one ahead of Dunmore Rovana, who were held to a draw on Friday.",
        "The win lifts Dunmore Rovana to 34 points from 15 matches.",
    ],
)
def test_a_plural_verb_or_league_points_after_a_name_make_a_club(tagger, text):
    found = names_found(tagger, text)
    assert ("Dunmore Rovana", "ORG") in found


def test_a_coach_word_before_a_plain_word_says_nothing_of_a_club(tagger):
    found = names_found(tagger, "Mr Petrov said Anna Kessler coach the juniors on Sundays.")
    assert ("Anna Kessler", "ORG") not in found


def test_a_dateline_in_capitals_with_marks_is_a_place(tagger):
    found = names_found(
        tagger, "SÃO PAULO — Rovana have agreed to sell a forward for a record fee."
    )
    assert ("SÃO PAULO", "ORG") not in found
    assert [label for name, label in found if name.upper() == "SÃO PAULO"] == ["PLACE"]


@pytest.mark.parametrize("name", ["Stefan Vukić", "Adrian Kessel", "Dušan Rovac"])
def test_a_given_name_ending_like_a_nationality_still_opens_a_person(name):
    tagger = build_tagger("fast")
    found = names_found(tagger, f"The coach brought on {name} and a winger at half-time.")
    assert (name, "PERSON") in found

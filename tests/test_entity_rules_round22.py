"""Entity rules found on the seventeenth dump set: a rugby side's positions before a player's
name, in the sentence and at its start, and bodies named in French ("Collège des médecins du
Québec")."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Their scrum won three penalties, hooker Gethin Bowen finished a driving maul, and "
         "fly-half Rhys Vaughan converted.", "Rhys Vaughan"),
        ("Wing Tane Wihongi scored two tries and first five-eighth Finn McAllister kicked 11 "
         "points.", "Tane Wihongi"),
    ],
)
def test_a_player_named_after_his_position_is_a_person(tagger_name, text, name):
    found = names_found(build_tagger(tagger_name), text)
    assert (name, "PERSON") in found
    assert not any(found_name.startswith("Wing ") for found_name, _ in found)


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Patients registered with the Régie de l'assurance maladie du Québec rose.",
         "Régie de l'assurance maladie du Québec"),
        ("She trained at the Université du Québec en Outaouais before moving to Gatineau.",
         "Université du Québec en Outaouais"),
        ("The rule was set by the Collège des médecins du Québec last year.",
         "Collège des médecins du Québec"),
    ],
)
def test_a_body_named_in_french_is_found_whole(tagger_name, text, name):
    assert (name, "ORG") in names_found(build_tagger(tagger_name), text)


def test_a_sheriff_is_a_title_before_a_name():  # a Scottish court's judge (the eighteenth set)
    found = names_found(build_tagger("default"), "Sheriff Craig McSherry told Bain he had lied.")
    assert ("Craig McSherry", "PERSON") in found

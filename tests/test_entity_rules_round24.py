"""Entity rules found on the nineteenth dump set: a county's name, a newspaper named by its
own words and with its "The", a transcript's speaker after a time stamp, a councillor's
"Cllr", a haulier named "Freight", a live story's "UPDATE" and a model's span cut at a
speaker's colon."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("A gate lodge on the outskirts of Holywood, County Down, is on the market.",
         "County Down", "PLACE"),
        ("Superintendent Joseph Yawa told the Niugini Herald on Tuesday.", "Niugini Herald",
         "ORG"),
        ("Ogino told The Tokyo Chronicle that the company had sped up.", "The Tokyo Chronicle",
         "ORG"),
        ("Rose Kuman, who runs Kuman Freight in Lae, said six of her trucks were stuck.",
         "Kuman Freight", "ORG"),
        ("[00:42] Maarja Sild: Tõnis, how long have you been doing this crossing?",
         "Maarja Sild", "PERSON"),
        ("Cllr Priya Sandhu said the council had no money for the route.", "Priya Sandhu",
         "PERSON"),
    ],
)  # fmt: skip
def test_names_of_the_nineteenth_set(tagger_name, text, name, label):
    assert (name, label) in names_found(build_tagger(tagger_name), text)


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
def test_a_live_storys_update_label_names_nothing(tagger_name):
    text = "UPDATE 10.20am: Provincial administrator Michael Gande says the road is closed."
    found = names_found(build_tagger(tagger_name), text)
    assert ("Michael Gande", "PERSON") in found
    assert not any(name.upper() == "UPDATE" for name, _ in found)


def test_a_county_council_stays_a_council():
    found = names_found(build_tagger("default"), "Kent County Council approved the plan.")
    assert ("Kent County Council", "ORG") in found


def test_times_of_day_do_not_cut_names():
    found = names_found(build_tagger("default"), "The minister landed in Dubai at 10:30 on Monday.")
    assert ("Dubai", "PLACE") in found


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
def test_a_constituency_named_before_its_seat_is_a_place(tagger_name):
    text = "The UPND has retained the Kabwata parliamentary seat in Lusaka after its candidate won."
    assert ("Kabwata", "PLACE") in names_found(build_tagger(tagger_name), text)


@pytest.mark.parametrize("tagger_name", ["default", "fast"])
def test_a_high_bailiff_is_a_title_and_a_party_beside_a_ward_an_organisation(tagger_name):
    tagger = build_tagger(tagger_name)
    found = names_found(tagger, "High Bailiff Thomas Faragher fined him £500 on Monday.")
    assert ("Thomas Faragher", "PERSON") in found
    party = names_found(
        tagger, "Councillor Grace Lyimo (Chadema, Levolosi ward) led the opposition."
    )
    assert not any(label == "PLACE" for name, label in party if name == "Chadema")

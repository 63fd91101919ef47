"""Entity rules found on the tenth held-out set of text dumps: bodies the model calls a work
of art, a utility's list of subjects before its body word, a rank after a person's name
before where they work, lists of places or people joined by commas, islands and provinces,
names with an elided prefix, a coach owning a team, a body's initials written as a word, and
housing estates."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The Sharjah Roads and Transport Authority said it had signed a Dh410 million "
            "agreement for 120 buses.",
            "Sharjah Roads and Transport Authority",
            "ORG",
        ),
        (
            "Rooftop panels were installed by the Sharjah Electricity, Water and Gas Authority "
            "at each depot.",
            "Sharjah Electricity, Water and Gas Authority",
            "ORG",
        ),
        (
            "His barrister, Rebecca Thorne KC of Essex Row Chambers, said the ruling was clear.",
            "Rebecca Thorne",
            "PERSON",
        ),
        (
            "His barrister, Rebecca Thorne KC of Essex Row Chambers, said the ruling was clear.",
            "Essex Row Chambers",
            "ORG",
        ),
        (
            "Buyers have moved away from the islands and towards the Peloponnese and northern "
            "Greece, agents said.",
            "Peloponnese",
            "PLACE",
        ),
        (
            "Some reinvested the money in Dubai, mostly in villas in Dubai Hills Estate and on "
            "Palm Jumeirah.",
            "Dubai Hills Estate",
            "PLACE",
        ),
        ("Aldar Real Estate said its profit rose by a fifth.", "Aldar Real Estate", "ORG"),
        (
            "Benzema's winner came from a counter-attack started by N'Golo Kante, whose pass "
            "released Bergwijn down the right.",
            "N'Golo Kante",
            "PERSON",
        ),
    ],
)
def test_names_found_with_the_right_label(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Greece raised the minimum investment in Athens, Thessaloniki, Mykonos, Santorini "
            "and its larger islands to €800,000.",
            "Santorini",
            "PLACE",
        ),
        (
            "The country's astronauts are Hazza Al Mansouri, Sultan Al Neyadi, Nora Al "
            "Matrooshi and Mohammad Al Mulla.\n\nSultan Al Neyadi, pictured during his 2023 "
            "mission, was not there.",
            "Sultan Al Neyadi",
            "PERSON",
        ),
        (
            "Cristiano Ronaldo had given the hosts hope, but Laurent Blanc's side showed the "
            "resilience to leave Stefano Pioli's team nine points adrift in third place.",
            "Stefano Pioli",
            "PERSON",
        ),
    ],
)
def test_the_model_s_misreadings_corrected(text, name, label):
    assert (name, label) in names_found(build_tagger("default"), text)


def test_a_body_s_initials_written_as_a_word_are_that_body():
    text = (
        "The plant was developed with the Emirates Water and Electricity Company (Ewec), the "
        "emirate's sole buyer of power.\n\nOthman Al Ali, chief executive of Ewec, said the "
        "price was the lowest yet."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Emirates Water and Electricity Company", "ORG") in found
    assert not {label for name, label in found if name == "Ewec"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The plan for the aflaj was approved by Sultan Haitham bin Tarik last year.",
            "Haitham bin Tarik",
            "PERSON",
        ),
        (
            "Sultan bin Sulayem, the chairman of the ports group, opened the terminal.",
            "Sultan bin Sulayem",
            "PERSON",
        ),
        (
            "Mennonite settlers arrived from the Soviet Union in 1930 and built the colony.",
            "Soviet Union",
            "PLACE",
        ),
        (
            "Prosecutors said Tadeusz W., 52, and Marek W. ran the scheme from a garage.",
            "Tadeusz W.",
            "PERSON",
        ),
    ],
)
def test_titles_former_states_and_initials(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_name_the_model_runs_into_the_next_sentence_ends_with_its_own():
    text = (
        "The company plans new pits near Zouerate and a deepwater berth at Nouadhibou. Iron "
        "ore accounts for about a third of Mauritania's export earnings."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Nouadhibou", "PLACE") in found
    assert not any("Iron" in name for name, _ in found)


def test_a_country_s_body_for_two_subjects_is_one_name(tagger):
    found = names_found(
        tagger, "The US Food and Drug Administration approved the vaccine on Friday."
    )
    assert ("US Food and Drug Administration", "ORG") in found


def test_a_body_named_after_its_home_after_and_is_a_name_of_its_own(tagger):
    found = names_found(
        tagger, "Saudi Aramco and Abu Dhabi National Oil Company signed the agreement."
    )
    assert ("Abu Dhabi National Oil Company", "ORG") in found


def test_an_arabic_article_inside_a_place_s_name_is_written_either_way(tagger):
    text = "Rose growers in Al Jabal Al Akhdar say the harvest came two weeks early this year."
    assert "PLACE" in {label for name, label in names_found(tagger, text) if "Akhdar" in name}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Diocese of Penonomé has offered to mediate.", "Diocese of Penonomé", "ORG"),
        (
            "said a rancher and board member of Cooperativa Fernheim in Filadelfia.",
            "Cooperativa Fernheim",
            "ORG",
        ),
        (
            "The university is named after Kliment of Ohrid, the medieval scholar. His family "
            "came from the lakeside town of Ohrid, 70 kilometres to the west.",
            "Ohrid",
            "PLACE",
        ),
    ],
)
def test_sees_cooperatives_and_the_place_a_saint_is_named_after(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_turkish_firm_s_trade_word_ends_an_organisation(tagger):
    text = "The rails were supplied by Anadolu Ray Sistemleri, which built the line in 2019."
    assert ("Anadolu Ray Sistemleri", "ORG") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The band's leader, Issouf Ag Mossa, said so. Alkassoum Ag Akly plays bass.",
            "Alkassoum Ag Akly",
            "PERSON",
        ),
        (
            "The plant's manager, Engineer Mahbubur Rahman Bhuiyan, said output had halved.",
            "Mahbubur Rahman Bhuiyan",
            "PERSON",
        ),
        ("Gas from Ras Laffan is shipped south by pipeline.", "Ras Laffan", "PLACE"),
    ],
)
def test_sons_by_particle_engineers_and_capes(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_body_named_after_the_cape_town_it_opens_with_is_no_place():
    found = names_found(
        build_tagger("default"), "The Ras Al Khaimah Economic Zone said it had 40,000 firms."
    )
    assert ("Ras Al Khaimah Economic Zone", "PLACE") not in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Monks at the Monastery of St. Mary in Zvërnec protested.",
            "Monastery of St. Mary",
            "PLACE",
        ),
        ("Pilgrims walked from Trashiyangtse Dzong to the river.", "Trashiyangtse Dzong", "PLACE"),
    ],
)
def test_sites_named_as_such(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_place_s_ite_is_its_people_not_a_name(tagger):
    found = names_found(tagger, "The Keralite batsman Ravindu Lakshan Gamage scored 88 runs.")
    assert "Keralite" not in {name for name, _ in found}


def test_gulf_towns_as_the_region_s_press_spells_them(tagger):
    text = (
        "The league is run for clubs from Ajman, Umm Al Quwain and Ras Al Khaimah, and fans "
        "drove in from Al Ain and Khor Fakkan for the final."
    )
    found = names_found(tagger, text)
    assert {("Umm Al Quwain", "PLACE"), ("Al Ain", "PLACE"), ("Khor Fakkan", "PLACE")} <= found


def test_ranks_and_grades_stay_out_of_names(tagger):
    text = (
        "The ship's master, Cdr Khalid Al Mamari, said the crew were safe. Pupils outperformed "
        "the global average in the Central Board of Secondary Education Class 12 exams."
    )
    found = names_found(tagger, text)
    assert ("Khalid Al Mamari", "PERSON") in found
    assert ("Central Board of Secondary Education", "ORG") in found


def test_a_kind_of_firm_between_a_place_and_a_name_parts_them():
    text = "An analyst at the Lisbon consultancy Sports Value Partners said so on Monday."
    found = names_found(build_tagger("default"), text)
    assert {("Lisbon", "PLACE"), ("Sports Value Partners", "ORG")} <= found

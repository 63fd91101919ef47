"""Entity rules from how news names people (shortened titles, ages, a role before a name),
clubs and companies, and names with marked capitals."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import _place_noun_after, _role_before, build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The army chief, Gen. Tarvo Lindqvist, spoke late. Gen. Lindqvist left early.", "Gen"),
        ("Their lawyer, Atty. Roswitha Kallmeyer, said they would appeal.", "Atty"),
        ("The clinic's head, Dr. Ilsabet Varnum, said beds were short.", "Dr"),
    ],
)
def test_a_shortened_title_is_no_name_of_its_own(tagger, text, title):
    found = names_found(tagger, text)
    assert not [name for name, _ in found if name == title]


def test_a_family_word_is_no_name(tagger):
    text = 'Orla Fenwick said the deal was "what Dad always wanted" for the farm in Brackmoor.'
    assert not [name for name, _ in names_found(tagger, text) if name == "Dad"]


def test_a_brigadier_is_a_title(tagger):
    text = "The army's spokesman, Brigadier Tolvan Marisk Edevane, said two men were held."
    found = names_found(tagger, text)
    assert ("Tolvan Marisk Edevane", "PERSON") in found


def test_an_age_in_apposition_makes_a_person(tagger):
    text = "Tamsin Al Oroubi, a 28-year-old bank clerk, queued outside the branch in Dunmarrow."
    found = names_found(tagger, text)
    assert ("Tamsin Al Oroubi", "PERSON") in found
    assert ("Tamsin Al Oroubi", "ORG") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Nordavia's head of route planning, Ulla Brekkan Sæther, said fares would rise.",
        "The Director of Port Inspections, Rosalind Nabirye Achola, said her office would act.",
    ],
)
def test_a_role_opening_the_sentence_names_the_person_after_it(tagger, text):
    found = names_found(tagger, text)
    person = text.split(", ")[1]
    assert (person, "PERSON") in found
    assert not [name for name, label in found if name == person and label != "PERSON"]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Harlan Mercer have signed the forward Tomas Brekke from Ostrava for a record fee.",
            "Harlan Mercer",
        ),
        (
            "The forward is expected to start against Marrow Heath, who are based in the north.",
            "Marrow Heath",
        ),
        (
            "Tomas Brekke has played for Harlan Mercer since 2021 and scored 40 goals.",
            "Harlan Mercer",
        ),
        (
            "Nadim Farouk, a former Marrow Heath defender, said the fee was too high.",
            "Marrow Heath",
        ),
    ],
)
def test_a_plural_verb_or_a_players_club_makes_a_club(tagger, text, club):
    found = names_found(tagger, text)
    assert (club, "ORG") in found
    assert (club, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics asked whether Selma Varg would have won without the recount.", "Selma Varg"),
        ("Pupils like Tavi Ronn have been meeting counsellors at the school.", "Tavi Ronn"),
    ],
)
def test_a_plural_verb_that_goes_with_another_word_makes_no_club(tagger, text, name):
    assert (name, "ORG") not in names_found(tagger, text)


def test_al_names_in_an_article_about_clubs_are_clubs(tagger):
    text = (
        "Al Saqifa have signed the striker Tomas Brekke. The fund owns Al Saqifa, Al Jundara "
        "and Al Mirwah. Fahad Al Mirwah, a fan, was pleased, and Mr Al Mirwah said so twice."
    )
    found = names_found(tagger, text)
    assert {("Al Saqifa", "ORG"), ("Al Jundara", "ORG")} <= found
    assert ("Fahad Al Mirwah", "PERSON") in found


def test_a_club_named_after_its_founder_leaves_the_founder_a_person(tagger):
    text = (
        "Halvorsen have signed the Danish driver Mikkel Brask. The team was founded by "
        "Jonas Halvorsen in 1977. Jonas Halvorsen died in 2021."
    )
    found = names_found(tagger, text)
    assert ("Jonas Halvorsen", "PERSON") in found


def test_a_sporting_director_belongs_to_a_club(tagger):
    text = "Harlan Mercer's sporting director, Imre Toth, said the fee was fair. Harlan Mercer won."
    found = names_found(tagger, text)
    assert ("Harlan Mercer", "ORG") in found


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Brennock Gas shares fell 4 percent on the exchange on Tuesday.", "Brennock Gas"),
        ("Shares in Tolvane Marsh rose after the results were out.", "Tolvane Marsh"),
        ("Analysts at the shipping association Varnholt said rates would rise.", "Varnholt"),
        ("Patients queued outside a pharmacy run by the distributor Quellmark.", "Quellmark"),
        (
            "Ivo Rask, head of marine at the broker Hesketh Amory, said cover was dear.",
            "Hesketh Amory",
        ),
        (
            "The clinic is owned by Kelvaro, a health group whose founder's family is rich.",
            "Kelvaro",
        ),
        (
            "Tarnlow Cacao, one of the largest locally owned exporters, said it was short.",
            "Tarnlow Cacao",
        ),
    ],
)
def test_trade_cues_make_a_company(tagger, text, firm):
    found = names_found(tagger, text)
    assert (firm, "ORG") in found
    assert (firm, "PERSON") not in found


def test_a_kind_noun_opening_a_sentence_labels_its_list(tagger):
    text = "Exporters, including Tarn Halloway, Quist and Vendal's cocoa arm, Obri, must pay."
    found = names_found(tagger, text)
    assert {("Tarn Halloway", "ORG"), ("Vendal", "ORG"), ("Obri", "ORG")} <= found


def test_one_of_the_towns_where_a_company_works_is_a_town(tagger):
    text = "In Dunmarrow, one of the towns where the company has a plant, residents were angry."
    assert ("Dunmarrow", "ORG") not in names_found(tagger, text)


def test_a_place_with_marks_is_found_in_a_gazetteer_without_them(tagger):
    text = "Querétaro's governor said the new plant would open next month."
    found = names_found(tagger, text)
    assert ("Querétaro", "PLACE") in found
    assert ("Querétaro", "PERSON") not in found


def test_an_initial_with_a_mark_is_an_initial(tagger):
    text = "Emil Ritter, a lawyer, said J. Berg and Ö. Lindqvist had signed the letter."
    assert ("Ö. Lindqvist", "PERSON") in names_found(tagger, text)


def test_a_list_of_places_before_a_place_noun_may_hold_marked_capitals():
    text = "Floods hit the Kalmstad and Övrebyn districts on Sunday."
    end = text.index(" and")
    assert _place_noun_after(text, end, "and")


def test_a_titled_person_of_an_organisation_is_both(tagger):
    text = "Analysts agreed. Professor Ama Tellyn-Reyes of Harlow University said groups had won."
    found = names_found(tagger, text)
    assert {("Ama Tellyn-Reyes", "PERSON"), ("Harlow University", "ORG")} <= found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The team has hired Brannoc Tevel, the most successful designer in the sport.",
            "Brannoc Tevel",
        ),
        (
            "Her neighbour, Yusra Calloway, no relation, said she had paid for the drugs.",
            "Yusra Calloway",
        ),
    ],
)
def test_trades_and_neighbours_are_people(tagger, text, person):
    found = names_found(tagger, text)
    assert (person, "PERSON") in found
    assert not [name for name, label in found if name == person and label != "PERSON"]


def test_a_clubs_neighbour_and_rival_is_a_club(tagger):
    text = (
        "Al Saqifa have signed the striker Tomas Brekke after beating an offer from Al Jundara, "
        "its neighbour and fiercest rival."
    )
    assert ("Al Jundara", "PERSON") not in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mr Okello, a member of parliament for Tavuka East, was arrested.", "Tavuka East"),
        (
            "In Dunlo Norte and neighbouring Dunlo Sur, where feuds are common, polls shut.",
            "Dunlo Sur",
        ),
        (
            "The syrup was made by a small firm in Karvapuram in the southern state of Velmar.",
            "Karvapuram",
        ),
        ("The second maker, Orvane Pharma of Tessaly in Punjab, was told to stop.", "Tessaly"),
    ],
)
def test_seats_neighbours_and_places_within_regions_are_places(tagger, text, place):
    found = names_found(tagger, text)
    assert (place, "PLACE") in found
    assert not [name for name, label in found if name == place and label != "PLACE"]


def test_a_firm_one_works_at_in_a_city_stays_a_firm(tagger):
    text = '"A week is fine," said Priya Rao, an analyst at Kelvor Aspects in Singapore.'
    assert ("Kelvor Aspects", "PLACE") not in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Analysts at Tarvan Finance expect the rate to stay high.", "Tarvan Finance", "ORG"),
        ("Brokers at Kessel Holding said the currency would weaken.", "Kessel Holding", "ORG"),
        (
            "The film was made by Orlak Video Productions in a small town.",
            "Orlak Video Productions",
            "ORG",
        ),
        ("Mirela Kost drove for Tarvo Racing last season.", "Tarvo Racing", "ORG"),
        ("Fans will meet the player at Kessel Arena on Saturday.", "Kessel Arena", "PLACE"),
        ("He was held at a house on Tarvan Drive for two days.", "Tarvan Drive", "PLACE"),
    ],
)
def test_a_trade_or_venue_word_last_labels_the_name(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found
    assert (name, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A drone struck a tank at the Vasko Tarn gas field late on Monday.", "Vasko Tarn"),
        ("Output from the Kellen field has risen since the spring.", "Kellen"),
        ("A blaze at the Ruvan Dessa refinery injured four workers.", "Ruvan Dessa"),
    ],
)
def test_an_oil_or_gas_site_is_a_place(tagger, text, place):
    found = names_found(tagger, text)
    assert (place, "PLACE") in found
    assert not [name for name, label in found if name == place and label != "PLACE"]


@pytest.mark.parametrize(
    ("text", "prize"),
    [
        (
            "The film won the Harbour Critics Award at the festival on Sunday.",
            "Harbour Critics Award",
        ),
        ("She was shortlisted for the Tallis Prize in March.", "Tallis Prize"),
        ("The result often points toward the Vesper Awards.", "Vesper Awards"),
    ],
)
def test_a_prize_is_no_organisation(tagger, text, prize):
    assert not [name for name, _ in names_found(tagger, text) if name == prize]


@pytest.mark.parametrize(
    ("text", "law"),
    [
        (
            "Regulators fined the firms under the Digital Fairness Act on Tuesday.",
            "Digital Fairness Act",
        ),
        ("Both sides signed the Tarvel Accord in 1998.", "Tarvel Accord"),
    ],
)
def test_a_law_or_treaty_is_no_entity(tagger, text, law):
    assert not [name for name, _ in names_found(tagger, text) if name == law]


def test_a_cup_in_another_language_is_an_event(tagger):
    text = "He scored twice in the Copa Varella semi-final in Buenos Aires."
    assert not [name for name, _ in names_found(tagger, text) if "Copa" in name]


def test_a_fixture_against_a_name_makes_a_club_in_an_article_about_clubs(tagger):
    text = (
        "Harlan Mercer have signed the forward Tomas Brekke. He scored twice in the "
        "semi-final against Marlow Tandy last season."
    )
    found = names_found(tagger, text)
    assert ("Marlow Tandy", "ORG") in found
    assert ("Marlow Tandy", "PERSON") not in found


def test_a_final_against_a_player_leaves_the_player_a_person(tagger):
    text = "The 28-year-old lost for the first time in the final game against Selma Varg."
    assert ("Selma Varg", "PERSON") in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Rents on Via Tarsella have doubled since 2019.", "Via Tarsella", "PLACE"),
        ("The bowl was lent by the Musée Varnier in Lyon.", "Musée Varnier", "ORG"),
        (
            "The party was held at a bar on Queen Street West in the city.",
            "Queen Street West",
            "PLACE",
        ),
    ],
)
def test_street_and_museum_words_label_the_name(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found
    assert not [n for n, _ in found if n in ("Street West", "Tarsella", "Varnier")]


def test_a_firms_full_name_after_and_is_a_name_of_its_own(tagger):
    text = "The team hired engineers from Maroni and Tarvo Kessel Racing last year."
    found = names_found(tagger, text)
    assert ("Tarvo Kessel Racing", "ORG") in found
    assert not [name for name, _ in found if name.startswith("Maroni and")]


def test_a_role_before_a_titled_name_makes_a_person(tagger):
    text = (
        "Residents dispute the figures. The Varsa-Oke community leader, Chief Adewale Tarnor, "
        "said most families had been offered far less."
    )
    found = names_found(tagger, text)
    assert ("Adewale Tarnor", "PERSON") in found
    assert ("Adewale Tarnor", "ORG") not in found
    assert _role_before(text, text.index("Adewale"))  # the model may leave "Chief" outside


def test_a_chinese_given_name_keeps_its_lower_case_half(tagger):
    text = "The index fell, said Mira Tsai Pei-hsing, an analyst at a bank in Taipei."
    found = names_found(tagger, text)
    assert ("Mira Tsai Pei-hsing", "PERSON") in found


def test_an_english_word_after_a_hyphen_stays_out_of_a_name(tagger):
    text = "A Tarvo-led review took a year. The Harlan-long dispute ended."
    names = {name for name, _ in names_found(tagger, text)}
    assert not [n for n in names if "-led" in n or "-long" in n]


def test_a_country_of_two_words_inside_a_name_makes_no_person(tagger):
    text = "The Costa Rica Rugby board confirmed on Monday that its team would travel."
    assert ("Costa Rica Rugby", "PERSON") not in names_found(tagger, text)


def test_a_named_owner_between_commas_is_a_person_and_what_is_owned_is_not(tagger):
    text = "Clubs are powerful. Harlow Kestrels' owner, Tarik Rana Sumi, said they would help."
    found = names_found(tagger, text)
    assert {("Tarik Rana Sumi", "PERSON"), ("Harlow Kestrels", "ORG")} <= found


def test_coached_names_a_club_in_an_article_about_clubs(tagger):
    text = (
        "Harlan Mercer have sacked their coach. He had coached Tarvo Kessel to two titles "
        "before joining them."
    )
    found = names_found(tagger, text)
    assert ("Tarvo Kessel", "ORG") in found


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose after Brexit, the minister told Parliament in London.",
        "Covid-19 closed the Tarvel mill for a month in 2020.",
    ],
)
def test_an_event_or_disease_word_is_no_name(tagger, text):
    found = {name for name, _ in names_found(tagger, text)}
    assert not found & {"Brexit", "Covid-19"}


def test_a_name_that_said_he_or_she_is_a_person(tagger):
    text = "The vote was close. Afterwards Kellen said that she was happy with the result."
    assert ("Kellen", "PERSON") in names_found(tagger, text)


def test_a_given_name_alone_is_the_person_named_in_full(tagger):
    text = (
        "The club signed the forward Tarquin Kewa Moro on Thursday. "
        "Fans in the stand cheered when Tarquin scored twice in March."
    )
    found = names_found(tagger, text)
    assert ("Tarquin Kewa Moro", "PERSON") in found
    assert not [name for name, _ in found if name == "Tarquin"]


def test_a_place_joined_by_on_or_upon_is_one_name():
    text = "The river burst its banks at Marlow-on-Tarve and at Kessel-upon-Avon on Monday."
    found = names_found(build_tagger("fast"), text)
    assert {("Marlow-on-Tarve", "PLACE"), ("Kessel-upon-Avon", "PLACE")} <= found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Floods hit Tarvo Tenggara Timur on Monday.", "Tarvo Tenggara Timur", "PLACE"),
        ("Voting was calm in Kessan del Norte this year.", "Kessan del Norte", "PLACE"),
        ("Villagers blocked a road used by Minera Tarvo del Sur.", "Minera Tarvo del Sur", "ORG"),
    ],
)
def test_compass_words_of_other_languages_end_a_place(tagger, text, name, label):
    found = names_found(tagger, text)
    assert (name, label) in found
    assert (name, "PERSON") not in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Moroccan forward left for Tarvel in July.", "Moroccan"),
        ("Tarvo Lind, a Thai-British driver, joined the Kessel team.", "Thai-British"),
        ("Many Greeks moved to Tarvel after the war.", "Greeks"),
    ],
)
def test_peoples_words_are_no_names(tagger, text, word):
    assert not [name for name, _ in names_found(tagger, text) if name == word]


def test_a_country_ending_in_s_is_no_plural_of_a_people(tagger):
    text = "Fishing boats from the Philippines were seen off Sabah on Monday."
    assert ("Philippines", "PLACE") in names_found(tagger, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harlan Mercer have signed a forward. Their striker Ivo Rask joined Tarvo Kessel in July.",
        "Harlan Mercer have signed a driver. Their driver Ivo Rask is leaving for Tarvo Kessel.",
    ],
)
def test_a_players_move_names_a_club_in_an_article_about_clubs(tagger, text):
    found = names_found(tagger, text)
    assert ("Tarvo Kessel", "PERSON") not in found


def test_joining_a_person_outside_club_news_leaves_a_person(tagger):
    text = "The senator joined Selma Varg in calling for an inquiry into the port in Ostrava."
    assert ("Selma Varg", "PERSON") in names_found(tagger, text)

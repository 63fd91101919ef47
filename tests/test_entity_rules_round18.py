"""Entity rules found on the twenty-first entity set and the twelfth set of text dumps: firms
named for their trade (a bookshop, a hospitality group) and their home after "of", periods and
peoples that are no places, reserves, test sites, venues and peaks, the parts of a place before
its name, clubs named by their town and "City", and honorifics of women who made the hajj."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Al Wafaa Bookshop, which has sold books since 1962, will close on Monday.",
         "Al Wafaa Bookshop", "ORG"),
        ("The hotel is run by Sawahil Hospitality, a firm based in Muscat.",
         "Sawahil Hospitality", "ORG"),
        ("Tembusu Resources of Singapore will own 60 percent of the refinery.",
         "Tembusu Resources", "ORG"),
        ("Tembusu Resources of Singapore will own 60 percent of the refinery.",
         "Singapore", "PLACE"),
        ("Mares graze on the steppe near the Semipalatinsk Test Site, scientists said.",
         "Semipalatinsk Test Site", "PLACE"),
        ("The final was played at the Mavuso Sports Centre on Saturday.",
         "Mavuso Sports Centre", "PLACE"),
        ("Nests at the Ras Al Jinz Turtle Reserve fell by a third this season.",
         "Ras Al Jinz Turtle Reserve", "PLACE"),
        ("Visitors climb Sunrise Peak at dawn before the ferries arrive.",
         "Sunrise Peak", "PLACE"),
        ("Shepherds graze their flocks on the slopes of Ushba in summer.", "Ushba", "PLACE"),
        ("Houses line the banks of the Orontes below the citadel.", "Orontes", "PLACE"),
        ("Hagga Zeinab Ramadan has made pots in the village for forty years.",
         "Zeinab Ramadan", "PERSON"),
        ("The miners sold their ore to Rio Tinto until 1990.", "Rio Tinto", "ORG"),
        ("Thousands of families in the High Atlas still wait for permanent homes.",
         "High Atlas", "PLACE"),
        ("Vendors were moved from the Mercado Benito Juárez last week, the council said.",
         "Mercado Benito Juárez", "PLACE"),
        ("Nurhayati, a pediatrician who runs the isolation ward, said the vaccine ran short.",
         "Nurhayati", "PERSON"),
        ("A rival distiller, Ward Al Taif Factory, said in a statement that it welcomed this.",
         "Ward Al Taif Factory", "ORG"),
        ("French perfume house Parfums Delorme has agreed to buy 35 percent of the distiller.",
         "Parfums Delorme", "ORG"),
        ("Nadia Farouk, a partner at Al Rowaad Advocates in Dubai, said such claims were rare.",
         "Nadia Farouk", "PERSON"),
        ("Nadia Farouk, a partner at Al Rowaad Advocates in Dubai, said such claims were rare.",
         "Al Rowaad Advocates", "ORG"),
        ("Emirates Nature-WWF, which trains the volunteer counters, said it had a waiting list.",
         "Emirates Nature-WWF", "ORG"),
        ("A clinic for children has opened at Sheikh Khalifa Medical City in Abu Dhabi.",
         "Sheikh Khalifa Medical City", "ORG"),
        ("More than 120 balloons took to the sky over AlUla on Thursday morning.",
         "AlUla", "PLACE"),
        ("Top scorers: Sifiso Mamba (Swallows) 17, Gift Simelane (Royal Leopards) 14, "
         "Chikondi Banda (Highlanders) 11.", "Chikondi Banda", "PERSON"),
    ],
)  # fmt: skip
def test_names_found_with_the_right_label(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The norias were built in the Middle Ages, when the town grew rich.", "Middle Ages"),
        ("Most of the miners speak Quechua at home, the union said.", "Quechua"),
        ("Each adopted tree will carry a tag with a QR code showing its sponsor.", "QR"),
    ],
)
def test_periods_languages_and_codes_are_no_names(tagger, text, name):
    assert name not in {found for found, _ in names_found(tagger, text)}


def test_a_body_s_letters_the_model_calls_a_person_are_the_body():
    text = "Analysts polled by LSEG had expected a profit of Dh162 million for the quarter."
    assert ("LSEG", "ORG") in names_found(build_tagger("default"), text)


def test_in_a_league_story_a_town_and_city_is_the_club():
    text = (
        "HAWASSA, Ethiopia, June 2 - Hawassa City won the Ethiopian Premier League on the last "
        "day of the season, beating Dire Dawa City 2-1 in front of a full house in Hawassa.\n\n"
        "The striker scored his 17th league goal of the season."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Hawassa City", "ORG") in found
    assert ("Dire Dawa City", "ORG") in found
    assert ("Hawassa", "PLACE") in found


def test_outside_sport_a_town_and_city_stays_a_place():
    text = "Ferries leave Kuwait City every morning for Failaka Island, officials said."
    assert ("Kuwait City", "PLACE") in names_found(build_tagger("default"), text)


def test_a_name_the_model_calls_a_place_is_a_person_whose_surname_speaks():
    text = (
        "Evidence from a food chemist at the university in Matara, Chamari Senanayake, was "
        "central to the case. Senanayake told the court that a simple test showed the bark "
        "was cassia."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Chamari Senanayake", "PERSON") in found
    assert ("Matara", "PLACE") in found


def test_a_verb_opening_a_sentence_is_no_part_of_the_name_after_it(tagger):
    text = 'Comibol owns the mountain. Let Comibol and the government share the cost," he said.'
    assert not any(name.startswith("Let ") for name, _ in names_found(tagger, text))


def test_the_late_sultan_is_the_ruler_s_title():
    text = "The reserve was created by royal decree under the late Sultan Qaboos bin Said in 1996."
    assert ("Qaboos bin Said", "PERSON") in names_found(build_tagger("default"), text)


def test_a_ship_s_name_is_no_entity(tagger):
    text = "In Sur, where the restored dhow Fatah Al Khair stands on the beach, fishermen met."
    assert "Fatah Al Khair" not in {name for name, _ in names_found(tagger, text)}


def test_a_place_the_model_runs_into_a_date_is_the_place():
    text = "A climber who lost two toes to frostbite sends her a postcard from Brno every month."
    assert ("Brno", "PLACE") in names_found(build_tagger("default"), text)


def test_a_given_name_and_surname_the_model_calls_a_people_is_a_person():
    text = (
        "Every morning before a climb, Nino Khergiani stops at a stone house on the upper edge "
        "of Mestia. Nino grew up in a hamlet of towers below Mestia."
    )
    found = names_found(build_tagger("default"), text)
    assert ("Nino Khergiani", "PERSON") in found
    assert not any(label == "PLACE" and name == "Nino" for name, label in found)


def test_the_owner_set_apart_by_commas_is_a_person(tagger):
    text = "I stayed at a guest house where the owner, Malika Yusupova, serves breakfast outside."
    assert ("Malika Yusupova", "PERSON") in names_found(tagger, text)


def test_an_app_is_its_maker_s():
    text = "Parents can book an appointment through the Seha app or with a referral from a doctor."
    assert ("Seha", "ORG") in names_found(build_tagger("default"), text)


def test_in_a_match_report_a_club_named_as_its_district_is_the_club():
    text = (
        "Al Wasl moved three points clear at the top of the Pro League on Sunday night after two "
        "late goals gave them a 3-1 win. Al Wasl coach Tomislav Marić praised the striker.\n\n"
        "Al Wasl travel to Al Jazira on Friday."
    )
    assert ("Al Wasl", "ORG") in names_found(build_tagger("default"), text)

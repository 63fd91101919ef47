"""Entity rules found on the ninth held-out set of text dumps and the eighteenth entity set:
names the model calls things, accented given names, trades before a name, makers before a
model code, organisations after "years at", campuses named by their city, long bodies with
a hyphenated word, places with a Romance particle, English names of cities, clubs a plural
verb or a squad role follows, and a firm's letters after a place's name."""

from __future__ import annotations

import pytest

from newsbot.parsing.entities import build_tagger
from newsbot.parsing.entity_names import name_as_written
from tests.entity_checks import names_found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "The ringleader, a 34-year-old Nigerian named in court documents as Chukwuemeka "
            "Obi, was sentenced to seven years in prison.",
            "Chukwuemeka Obi",
            "PERSON",
        ),
        (
            "The visitors looked in control at half-time. Sékou Traoré opened the scoring "
            "after 11 minutes, turning in a cross from the left.",
            "Sékou Traoré",
            "PERSON",
        ),
        (
            "The film was shot in Dubai and Jeddah. Cinematographer Tomasz Wielicki, a Polish "
            "regular of the festivals, lights the pearl beds in green.",
            "Tomasz Wielicki",
            "PERSON",
        ),
        (
            "Its head of engineering, Markus Brandt, previously spent 15 years at Porsche in "
            "Stuttgart.",
            "Porsche",
            "ORG",
        ),
        (
            "It puts the car squarely against the BMW iX and the Audi Q8 e-tron, rivals with "
            "decades of experience.",
            "Audi",
            "ORG",
        ),
        (
            "The UN Office for the Co-ordination of Humanitarian Affairs said it had released "
            "$12 million in emergency funds.",
            "UN Office for the Co-ordination of Humanitarian Affairs",
            "ORG",
        ),
        (
            "“It is the cheapest water there is,” said Hassan Yousef, a water policy "
            "researcher at New York University Abu Dhabi.",
            "New York University Abu Dhabi",
            "ORG",
        ),
        (
            "The callers claimed to be from the fraud department of Emirates NBD or Mashreq "
            "and told victims their cards had been blocked.",
            "Emirates NBD",
            "ORG",
        ),
    ],
)
def test_names_found_with_the_right_label(tagger, text, name, label):
    assert (name, label) in names_found(tagger, text)


def test_a_gulf_that_no_of_follows_opens_no_place():
    text = (
        "Start-up funding in the region fell by a quarter last year, according to Gulf "
        "Venture Monitor, as higher interest rates made investors cautious."
    )
    assert ("Gulf Venture Monitor", "ORG") in names_found(build_tagger("default"), text)
    assert ("Gulf Venture Monitor", "PLACE") not in names_found(build_tagger("fast"), text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Whale sightings are almost guaranteed by a former fisherman who skippers a boat "
            "out of Lajes do Pico, says Joao Medeiros.",
            "Lajes do Pico",
        ),
        (
            "Ethiopia has reported flooding around Dolo Ado, close to the border with Kenya "
            "and Somalia.",
            "Dolo Ado",
        ),
        (
            "Other hot cities have taken the point. Seville, which regularly records summer "
            "highs above 44°C, has planted thousands of trees.",
            "Seville",
        ),
    ],
)
def test_places_the_model_misreads(text, place):
    assert (place, "PLACE") in names_found(build_tagger("default"), text)


def test_a_city_s_english_and_local_names_are_one_entity():
    found = names_found(
        build_tagger("default"),
        "The club from Sevilla flew home to Seville after the final, officials said.",
    )
    assert ("Seville", "PLACE") in found and ("Sevilla", "PLACE") not in found


def test_a_figure_and_its_unit_is_no_name():
    found = names_found(
        build_tagger("default"),
        "A dual-motor set-up produces 510hp and 720Nm of torque, and the 102kWh battery "
        "charges in 31 minutes, Aurum Motors said.",
    )
    assert not {name for name, _ in found} & {"510hp", "720Nm", "102kWh"}


def test_a_club_a_squad_role_and_a_plural_verb_follow_is_an_organisation(tagger):
    text = (
        "Al Wahda came from two goals down to beat Shabab Al Ahli 3-2 in Abu Dhabi.\n\n"
        "Shabab Al Ahli coach Henrik Aalto was critical of his defence.\n\n"
        "The result lifts Al Wahda level with Shabab Al Ahli, who remain second."
    )
    assert ("Shabab Al Ahli", "ORG") in names_found(tagger, text)


def test_titles_in_quotes_are_not_people():
    found = names_found(
        build_tagger("default"),
        'Other winners included the Tunisian documentary "Olive Season" and the Nigerian '
        'short film "Danfo", about a bus driver in Lagos.',
    )
    assert ("Olive Season", "PERSON") not in found


def test_the_export_shows_a_name_as_the_article_writes_it():
    assert name_as_written("United Kingdom", {"Britain": 2}) == "Britain"
    assert name_as_written("United Arab Emirates", {"UAE": 3, "United Arab Emirates": 1}) == (
        "United Arab Emirates"
    )
    assert name_as_written("Seoul", {"SEOUL": 1, "Seoul": 2}) == "Seoul"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The customs service said it had intercepted 38 trucks of cashews from Benin at "
            "Okerete, in Oyo State.",
            {("Benin", "PLACE")},
        ),
        (
            "Associated Press writer Celso Macuácua contributed from Maputo.",
            {("Associated Press", "ORG"), ("Celso Macuácua", "PERSON")},
        ),
        (
            "FK Velež Mostar won the derby 2-1 on Sunday.",
            {("FK Velež Mostar", "ORG")},
        ),
        (
            "Measurements published last year by the Geological Survey of Iran showed the "
            "plain sinking.",
            {("Geological Survey of Iran", "ORG")},
        ),
        (
            "Omani owner Salim bin Hamood Al Wahaibi, whose camel finished fourth, said the "
            "result was fair.",
            {("Salim bin Hamood Al Wahaibi", "PERSON")},
        ),
        (
            "For the campaign's leaders it did not matter. Marcelo Girón Ochoa, a Cuenca city "
            "councillor, said the vote would stand.",
            {("Marcelo Girón Ochoa", "PERSON")},
        ),
    ],
)
def test_names_the_model_runs_together_or_mislabels(text, expected):
    assert expected <= names_found(build_tagger("default"), text)


def test_listed_companies_are_organisations(tagger):
    text = (
        "Storage is filling fast, said Anja Brückner, a transport analyst at Commerzbank in "
        "Frankfurt. Diageo and Outokumpu reported weaker sales on Tuesday."
    )
    found = names_found(tagger, text)
    assert {("Commerzbank", "ORG"), ("Diageo", "ORG"), ("Outokumpu", "ORG")} <= found


def test_letters_the_model_passes_over_are_an_organisation_unless_a_currency():
    found = names_found(
        build_tagger("default"),
        "Charging took 31 minutes at a DEWA station in Dubai. Officers were paid 300,000 CFA "
        "francs a truck, the court heard.",
    )
    assert ("DEWA", "ORG") in found
    assert "CFA" not in {name for name, _ in found}


def test_emirates_alone_is_the_airline_and_the_emirates_the_country(tagger):
    airline = names_found(tagger, "Dubai-based Emirates reported a record profit on Thursday.")
    country = names_found(tagger, "He moved to the Emirates in 2010 and now lives in Dubai.")
    assert ("Emirates", "ORG") in airline
    assert ("United Arab Emirates", "PLACE") in country


def test_a_bank_s_or_a_telecom_s_one_word_name_is_an_organisation(tagger):
    found = names_found(
        tagger, "Rabobank and Safaricom said Gazprom would pay. Analysts at Nedbank agreed."
    )
    assert {("Rabobank", "ORG"), ("Safaricom", "ORG"), ("Gazprom", "ORG"), ("Nedbank", "ORG")} <= (
        found
    )


def test_nordic_streets_and_manors_are_places():
    found = names_found(
        build_tagger("default"),
        "The museum moved into Hjalmar Lundbohmsgården, a short walk from Stortorget.",
    )
    assert ("Hjalmar Lundbohmsgården", "PERSON") not in found
    assert ("Stortorget", "PLACE") in found

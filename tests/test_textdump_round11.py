"""Text-dump rules from the twelfth held-out set: credits under captions written like a
breadcrumb, poems printed as one block, columnists' names over their bios, set-apart bylines
as authors, and box keys with a note in brackets."""

from __future__ import annotations

from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

CAPTION = "Houses in the abandoned village on the island are being restored by former residents."


def test_a_name_and_agency_under_a_caption_is_its_credit_not_a_breadcrumb() -> None:
    top = f"{CAPTION}\nJaber Al Enezi / AFP\n{CAPTION}\nJaber Al Enezi / AFP"
    article = parse_text_dump(_doc(top, HEADLINE, LEAD, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(CAPTION, "Jaber Al Enezi / AFP")]
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


def test_a_breadcrumb_above_the_headline_still_leaves_the_text() -> None:
    article = parse_text_dump(_doc("News / Gulf", HEADLINE, LEAD, SECOND))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


POEM = (
    "O wind that comes from the sea at evening,\n"
    "carry my greeting to the houses by the creek;\n"
    "tell them the boy who sailed with the pearling boats\n"
    "still counts the stars the way his mother taught him."
)


def test_a_poem_printed_as_one_block_is_one_paragraph_with_its_lines() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, POEM, SECOND))
    assert article.paragraphs == [LEAD, POEM, SECOND]


def test_lines_that_each_open_a_sentence_stay_paragraphs_of_their_own() -> None:
    article = parse_text_dump(_doc(HEADLINE, f"{LEAD}\n{SECOND}\n{THIRD}"))
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_a_columnists_name_over_a_bio_is_the_byline_and_neither_is_body() -> None:
    name = "Salma Al Nuaimi"
    bio = f"{name} is an agricultural economist and a columnist for The National"
    article = parse_text_dump(_doc(HEADLINE, name, bio, LEAD, SECOND))
    assert article.authors == [name]
    assert article.paragraphs == [LEAD, SECOND]


def test_a_name_set_apart_above_the_text_is_the_author() -> None:
    article = parse_text_dump(_doc(HEADLINE, "Published: May 3, 2025, 10:00 AM", "Ann Lee", LEAD))
    assert article.authors == ["Ann Lee"]
    assert article.paragraphs == [LEAD]


def test_a_box_key_with_a_note_in_brackets_is_still_a_key() -> None:
    box = (
        "Blue Line in numbers\n\nLength (km): 30\n\nStations: 14\n\n"
        "Interchange stations (with Red and Green lines): 3\n\nCost (Dh): 20.5 billion"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert article.paragraphs == [LEAD, SECOND]
    assert [w.title for w in article.widgets] == ["Blue Line in numbers"]
    assert "Interchange stations (with Red and Green lines): 3" in article.widgets[0].raw


def test_key_value_lines_under_a_list_box_are_its_last_entries() -> None:
    squad = (
        "UAE squad for the tri-series\n\nImran Butt (captain), Karthik Nair, Zahid Ali Shah, "
        "Sanjay Krishnan, Omar Saleem, Haris Farooq, Nikhil Varma, Adeel Rauf, Tanveer Hussain, "
        "Salman Qadir, Rohit Menon, Bilal Hamid\n\nReserves: Faraz Ahmed, Jerome D'Souza\n\n"
        "Coach: Graham Ford-Lacey"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, squad))
    assert article.paragraphs == [LEAD, SECOND]
    assert [w.title for w in article.widgets] == ["UAE squad for the tri-series"]
    assert article.widgets[0].raw.endswith("Coach: Graham Ford-Lacey")


def test_a_name_a_blank_line_above_a_reporter_s_role_is_the_byline() -> None:
    article = parse_text_dump(_doc(HEADLINE, "Nour El Khatib", "Health Reporter", LEAD, SECOND))
    assert article.authors == ["Nour El Khatib"]
    assert article.paragraphs == [LEAD, SECOND]


def test_a_titled_box_of_advice_keyed_by_one_word_is_a_box_though_its_values_are_sentences():
    box = (
        "Getting there\n\n"
        "Flights: Two airlines fly daily from Dubai to Tashkent, and fares start at Dh1,400.\n\n"
        "Trains: The fast services can be booked on the railway's website and app.\n\n"
        "Visas: Entry rules vary by passport, so check before you book."
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, box, SECOND))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.headings == []
    assert [w.title for w in article.widgets] == ["Getting there"]


def test_a_ranked_list_entry_with_by_is_an_entry_not_a_credited_caption() -> None:
    box = (
        "Best-selling books this week\n\n1. The Salt Keeper by Huda Rami\n"
        "2. Forty Winters by Jonah Eldridge\n3. A Map of Small Rooms by Sana Qureshi\n"
        "4. Learning to Fly by Carla Deniz"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.captions == []
    assert article.widgets[0].raw.endswith("4. Learning to Fly by Carla Deniz")


def test_two_names_set_apart_under_the_switcher_are_the_authors() -> None:
    switcher = "  • English\n  • Arabic"
    article = parse_text_dump(_doc(HEADLINE, switcher, "Salma Idris and Karim Benali", LEAD))
    assert article.authors == ["Salma Idris", "Karim Benali"]
    assert article.paragraphs == [LEAD]


def test_a_heading_over_a_short_line_that_introduces_a_list_is_a_heading() -> None:
    lead_in = "The court handed down the following sentences:"
    bullets = "  • Rahul Menon, 41, the founder – 10 years\n  • Dmitri Volkov, 37 – seven years"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, "Who was sentenced", lead_in, bullets))
    assert article.headings == ["Who was sentenced"]


def test_a_caption_printed_twice_with_a_name_under_each_copy_is_credited_to_that_name():
    caption = "The restored facade of the cinema on Government Avenue in Manama."
    pair = f"{caption}\nBahrain Authority for Culture and Antiquities"
    article = parse_text_dump(_doc(f"{pair}\n{pair}", HEADLINE, LEAD, SECOND))
    assert article.title == HEADLINE
    assert [(c.text, c.credit) for c in article.captions] == [
        (caption, "Bahrain Authority for Culture and Antiquities")
    ]


def test_a_share_price_strip_above_the_story_is_page_furniture() -> None:
    strip = "Tamara Foods (4361.SR) SAR 27.45 ▲ 2.95 (+12.04%) Market closed"
    article = parse_text_dump(_doc(HEADLINE, strip, LEAD, SECOND))
    assert article.paragraphs == [LEAD, SECOND]


def test_a_recipe_s_ingredients_and_method_are_the_article_s_text() -> None:
    ingredients = "250g plain flour\n\n1 tsp instant yeast\n\n1 tsp sugar\n\n300ml warm water"
    method = "1. Mix the flour, yeast and sugar in a bowl.\n\n2. Pour in the water and beat well."
    article = parse_text_dump(_doc(HEADLINE, LEAD, "Ingredients", ingredients, "Method", method))
    assert article.headings == ["Ingredients", "Method"]
    assert "300ml warm water" in article.paragraphs
    assert "2. Pour in the water and beat well." in article.paragraphs
    assert article.widgets == []


def test_a_race_card_s_times_are_its_keys() -> None:
    from newsbot.parsing.widgets import parse_fields

    card = "6.30pm: Maiden (TB) Dh165,000 (Dirt) 1,400m\n7.05pm: Handicap (TB) Dh175,000 (Turf)"
    assert list(parse_fields(card)) == ["6.30pm", "7.05pm"]


def test_a_label_ending_in_a_colon_over_key_value_lines_is_the_box_s_title() -> None:
    box = "Abu Dhabi prayer times for Friday:\n\nFajr: 5.02am\n\nShuruq: 6.17am\n\nDhuhr: 12.25pm"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert article.paragraphs == [LEAD, SECOND]
    assert [w.title for w in article.widgets] == ["Abu Dhabi prayer times for Friday"]


def test_a_key_value_line_with_a_phrase_for_its_value_over_entries_is_their_title() -> None:
    box = (
        "Saudi Pro League: this weekend's fixtures\n\nThursday: Al Fateh v Al Okhdood, 6.30pm\n\n"
        "Friday: Al Taawoun v Damac, 7pm\n\nSaturday: Al Raed v Al Khaleej, 9pm"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert [w.title for w in article.widgets] == ["Saudi Pro League: this weekend's fixtures"]


def test_a_numbered_list_in_the_body_is_the_article_s_own() -> None:
    steps = "1. Breathing that is fast or noisy\n\n2. Refusing feeds\n\n3. A high temperature"
    article = parse_text_dump(_doc(HEADLINE, LEAD, steps, SECOND))
    assert article.widgets == []
    assert "2. Refusing feeds" in article.paragraphs


def test_a_note_that_the_article_was_updated_is_not_the_story() -> None:
    note = "This article has been updated with comment from the police"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, note))
    assert article.paragraphs == [LEAD, SECOND]


def test_a_heading_under_a_box_of_figures_is_not_the_box_s_last_entry() -> None:
    box = (
        "Leaderboard\n\n-17 Tomas Lindqvist (SWE)\n\n-15 Rory Kavanagh (IRL)\n\n"
        "-14 Adrian Meyer (GER), Jun Takeda (JPN)"
    )
    after = (
        "Small earthquakes are common in the region. Most are caused by the collision of the "
        "Arabian and Eurasian plates, which meet along the mountains to the north-east."
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box, "Why the east coast shakes", after))
    assert article.headings == ["Why the east coast shakes"]
    assert [w.title for w in article.widgets] == ["Leaderboard"]


def test_a_short_note_under_a_box_at_the_end_is_the_box_s() -> None:
    box = (
        "Fixtures this weekend\n\nThursday: Al Fateh v Al Okhdood, 6.30pm\n\n"
        "Friday: Al Taawoun v Damac, 7pm\n\nAll times are Saudi time (GMT+3)"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, box))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.widgets[0].raw.endswith("All times are Saudi time (GMT+3)")

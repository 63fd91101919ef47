"""Text-dump rules from the fifteenth held-out set: a paragraph a box was set into, a box
whose values run to sentences, an interviewer's questions in capitals, a travel box under
the story, a family's archive as a credit and a listing keyed by days."""

from __future__ import annotations

from newsbot.items import Widget
from newsbot.parsing.textdump import parse_text_dump
from newsbot.parsing.widgets import decode_widget
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

CUT_HEAD = (
    "The refinery, a joint venture between the state energy group and a foreign partner, "
    "was built to process"
)
CUT_TAIL = "230,000 barrels a day of crude, most of it from fields in the interior."
BOX = "Match info\n\nKick-off: 7.30pm\n\nVenue: Zabeel Stadium"


def test_a_paragraph_a_box_was_set_into_is_joined_again() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, CUT_HEAD, BOX, CUT_TAIL, SECOND))
    assert article.paragraphs == [LEAD, f"{CUT_HEAD} {CUT_TAIL}", SECOND]
    assert [w.title for w in article.widgets] == ["Match info"]


def test_a_paragraph_ending_in_a_full_stop_is_not_joined_to_the_next() -> None:
    lower = "and this line, though it opens in lower case, is a paragraph of its own."
    article = parse_text_dump(_doc(HEADLINE, LEAD, lower, SECOND))
    assert article.paragraphs == [LEAD, lower, SECOND]


TEAM_NEWS = (
    "Team news\n\n"
    "Al Sadd: Midfielder Fahad Al Mannai (hamstring) is out. Youcef Mansouri returns.\n\n"
    "Al Duhail: Goalkeeper Khalid Al Sulaiti misses out. Defender Rashid Al Marri is a doubt.\n\n"
    "Kick-off: 7.30pm, Friday\n\n"
    "TV: beIN Sports"
)


def test_a_titled_box_whose_values_run_to_sentences_is_still_a_box() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, TEAM_NEWS))
    assert article.paragraphs == [LEAD, SECOND]
    assert [w.title for w in article.widgets] == ["Team news"]
    fields = decode_widget(article.widgets[0]).fields
    assert list(fields) == ["Al Sadd", "Al Duhail", "Kick-off", "TV"]
    assert fields["Al Duhail"].endswith("Defender Rashid Al Marri is a doubt.")


def test_labelled_sentences_under_a_heading_stay_body() -> None:
    claim = "The claim: Cloud seeding flights on Monday caused the floods in the city."
    facts = "The facts: No flights took off that day. Radar shows the storm formed at sea."
    verdict = "The verdict: False. The storm would have broken whatever was done."
    article = parse_text_dump(_doc(HEADLINE, LEAD, "Fact check", claim, facts, verdict, SECOND))
    assert article.paragraphs == [LEAD, claim, facts, verdict, SECOND]
    assert article.widgets == []


QUESTIONS = ["WHEN DID YOU FIRST WORK WITH CLAY?", "WHAT COMES NEXT?"]
ANSWERS = [
    "When I was seven or eight. My grandfather let me use the wheel in his yard.",
    "I want to teach. The university has asked me to run a short course next spring.",
]


def test_an_interviewers_questions_in_capitals_are_body_not_headings() -> None:
    qa = [text for pair in zip(QUESTIONS, ANSWERS, strict=True) for text in pair]
    article = parse_text_dump(_doc(HEADLINE, LEAD, "The interview", *qa, THIRD))
    assert article.paragraphs == [LEAD, *qa, THIRD]
    assert article.headings == ["The interview"]


def test_a_question_in_capitals_among_headings_in_capitals_stays_a_heading() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "THE BACKGROUND", SECOND, QUESTIONS[1], ANSWERS[1],
             "WHERE IT GOES", THIRD, "WHY NOW?", ANSWERS[0])
    )
    assert article.headings == ["THE BACKGROUND", QUESTIONS[1], "WHERE IT GOES", "WHY NOW?"]


TRAVEL = (
    "How to get there\n\n"
    "Flydubai operates three flights a week from Dubai to Salalah, with fares from Dh1,150.\n\n"
    "The drive from Muscat takes about 11 hours."
)


def test_a_travel_box_under_the_last_paragraph_is_a_box() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, TRAVEL))
    assert article.paragraphs == [LEAD, SECOND]
    assert [w.title for w in article.widgets] == ["How to get there"]
    assert "Salalah" in decode_widget(article.widgets[0]).text


def test_a_travel_section_with_the_story_after_it_stays_body() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, TRAVEL, "What comes next", SECOND, THIRD))
    assert "How to get there" in article.headings
    assert article.widgets == []


def test_a_familys_archive_is_the_credit_of_a_caption() -> None:
    caption = "Nabil Hamdan at work on a design for the mural in his studio in 1980."
    line = f"{caption} Hamdan family archive"
    article = parse_text_dump(_doc(HEADLINE, LEAD, f"{line}\n{line}", SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Hamdan family archive")]
    assert article.paragraphs == [LEAD, SECOND]


def test_a_listing_keyed_by_days_has_its_days_as_fields() -> None:
    raw = (
        "Thursday, November 14: Shabaka Trio, jazz on the lawn, 7pm\n"
        "Friday, 15 November: Ripe Market, Academy Park, 9am-6pm"
    )
    fields = decode_widget(Widget(title="What's on this week", raw=raw)).fields
    assert fields == {
        "Thursday, November 14": "Shabaka Trio, jazz on the lawn, 7pm",
        "Friday, 15 November": "Ripe Market, Academy Park, 9am-6pm",
    }

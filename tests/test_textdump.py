"""The text-dump parser against saved dumps with expected results, and against bad input."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pytest

from newsbot.parsing.textdump import parse_text_dump
from tests.expectations import PARSER_ONLY_SKIP, check_article, export_shape

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
EXPECTED = Path(__file__).resolve().parent / "expected" / "dumps"
SHARED_SAMPLE = "thenational_iraq_militias"
FIXTURE_NAMES = sorted(path.name.removesuffix(".txt") for path in DUMPS.glob("*.txt"))


def _load(name: str) -> tuple[str, dict]:
    text = (DUMPS / f"{name}.txt").read_bytes().decode("utf-8")  # keeps CRLF as written
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected


def test_enough_fixtures_to_generalise() -> None:
    assert len(FIXTURE_NAMES) >= 25
    for name in FIXTURE_NAMES:
        assert (EXPECTED / f"{name}.json").exists(), name


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_fixture_dump_meets_its_expectations(name: str) -> None:
    text, expected = _load(name)
    check_article(export_shape(parse_text_dump(text)), expected, skip=PARSER_ONLY_SKIP)


def test_shared_sample_structure_point_by_point() -> None:
    text, expected = _load(SHARED_SAMPLE)
    article = parse_text_dump(text)
    exported = export_shape(article)
    assert article.title == expected["title"]
    assert article.updated == datetime(2024, 8, 21, 16, 1)
    assert article.languages_offered == ["English", "Arabic"]
    assert len(article.paragraphs) == expected["paragraph_count"] == 17
    assert article.headings == expected["headings"]
    assert article.paragraphs[0].startswith(expected["body_first_paragraph_starts"])
    assert article.paragraphs[-1].startswith(expected["body_last_paragraph_starts"])
    for piece in expected["body_must_not_contain"]:
        assert piece not in article.body
    assert [(c.text, c.credit) for c in article.captions] == [
        (c["text"], c["credit"]) for c in expected["captions"]
    ]
    assert [(w["title"], w["encoding"]) for w in exported["widgets"]] == [
        (w["title"], w["encoding"]) for w in expected["widgets"]
    ]
    assert article.widgets[1].title == "Getting%20there%20", "titles stay raw for the decoder"
    assert any("repeated 4 times" in warning for warning in article.warnings)


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


BODY_ONE = "The council approved the budget on Monday after a debate that lasted six hours."
BODY_TWO = "Officials said spending on schools would rise by a fifth over the next two years."


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Fishermen haul nets at dawn off the coast of Fujairah. Reuters",
            "Fishermen haul nets at dawn off the coast of Fujairah.",
            "Reuters",
        ),
        (
            "Crowds gather in the old souq before the festival. Photo: Ali Hassan",
            "Crowds gather in the old souq before the festival.",
            "Ali Hassan",  # the label says what kind of credit, not whose
        ),
        (
            "Rescue teams search the rubble in the town centre. Ana Ruiz / The National",
            "Rescue teams search the rubble in the town centre.",
            "Ana Ruiz / The National",
        ),
        (
            "The new terminal opens to passengers next spring. Courtesy Dubai Airports",
            "The new terminal opens to passengers next spring.",
            "Courtesy Dubai Airports",
        ),
        (
            "Traders watch screens at the stock exchange. AFP via Getty Images",
            "Traders watch screens at the stock exchange.",
            "AFP via Getty Images",
        ),
        (
            "A drone view of the flooded valley near Hatta on Sunday. Wam",
            "A drone view of the flooded valley near Hatta on Sunday.",
            "Wam",
        ),
    ],
)
def test_single_line_with_a_credit_is_a_caption(line: str, caption: str, credit: str) -> None:
    article = parse_text_dump(_doc("Budget passes after long debate", BODY_ONE, line, BODY_TWO))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BODY_ONE, BODY_TWO]


@pytest.mark.parametrize(
    "line",
    [
        "The strike hit a depot near the port, according to a statement reported by the AP.",
        "At least 40 people were hurt in the blast, Reuters reported.",
        "“We will not stop until the job is done,” she told AFP.",
        "The agency, which spoke to Bloomberg, declined to name the buyer.",
    ],
)
def test_body_line_that_mentions_an_agency_stays_in_the_body(line: str) -> None:
    article = parse_text_dump(_doc("Budget passes after long debate", BODY_ONE, line, BODY_TWO))
    assert article.captions == []
    assert article.paragraphs == [BODY_ONE, line, BODY_TWO]


@pytest.mark.parametrize(
    ("switcher", "languages"),
    [
        ("  • English\n  • Arabic", ["English", "Arabic"]),
        ("English | العربية", ["English", "العربية"]),
        ("English|Arabic", ["English", "Arabic"]),
        ("• English\n• Français\n• Español", ["English", "Français", "Español"]),
    ],
)
def test_language_switcher_is_recorded_not_kept(switcher: str, languages: list[str]) -> None:
    article = parse_text_dump(_doc("Budget passes after long debate", switcher, BODY_ONE))
    assert article.languages_offered == languages
    assert article.paragraphs == [BODY_ONE]


@pytest.mark.parametrize(
    ("title_line", "content", "encoding"),
    [
        ("Fast%20facts", quote("<p>Founded: 1971</p>", safe=""), "percent"),
        ("Fast facts", quote("<p>Founded: 1971</p>", safe=""), "percent"),
        ("Fast%2520facts", quote(quote("<p>Founded: 1971</p>", safe=""), safe=""), "percent-twice"),
    ],
)
def test_encoded_box_is_kept_apart(title_line: str, content: str, encoding: str) -> None:
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, f"{title_line}\n{content}", BODY_TWO))
    assert [(w.title, w.raw, w.encoding) for w in article.widgets] == [
        (title_line, content, encoding)
    ]
    assert article.paragraphs == [BODY_ONE, BODY_TWO], "the body resumes after a middle box"


def test_encoded_box_without_title_gets_none_and_a_warning() -> None:
    content = quote("<p>Price: Dh120</p>", safe="")
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, BODY_TWO, content))
    assert [(w.title, w.encoding) for w in article.widgets] == [(None, "percent")]
    assert article.paragraphs == [BODY_ONE, BODY_TWO]
    assert any("without a title" in warning for warning in article.warnings)


def test_repeated_paragraph_is_kept_once_with_a_warning() -> None:
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, BODY_TWO, BODY_ONE))
    assert article.paragraphs == [BODY_ONE, BODY_TWO]
    assert any("repeated" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    ("text", "warning_word"),
    [
        ("", "empty"),
        ("   \n\t\n \u00a0 \r\n", "empty"),
        ("\x00\x00\x00", "empty"),
        ("\ufeff", "empty"),
    ],
)
def test_input_without_text_gives_an_empty_article(text: str, warning_word: str) -> None:
    article = parse_text_dump(text)
    assert article.title is None and article.blocks == [] and article.captions == []
    assert any(warning_word in warning for warning in article.warnings)


def test_control_characters_and_crlf_are_cleaned() -> None:
    text = "\ufeffBudget\x00 passes\r\n\r\nThe council\x07 approved\tthe\u00a0plan.\r\n"
    article = parse_text_dump(text)
    assert article.title == "Budget passes"
    assert article.paragraphs == ["The council approved the plan."]
    assert any("control" in warning for warning in article.warnings)


def test_six_megabyte_single_line_is_one_paragraph() -> None:
    line = "Word after word goes on and on. " * 200_000
    article = parse_text_dump(line)
    assert len(article.paragraphs) == 1
    assert article.paragraphs[0].startswith("Word after word")
    assert article.title is None


def test_six_megabyte_percent_line_is_a_box_not_body() -> None:
    article = parse_text_dump("Budget passes\n\n" + quote("<p>x y</p>", safe="") * 400_000)
    assert article.paragraphs == []
    assert len(article.widgets) == 1


def test_five_thousand_boxes_are_all_found() -> None:
    boxes = "\n".join(
        f"Box%20{number}\n" + quote(f"<p>Item: {number}</p>", safe="") for number in range(5000)
    )
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, boxes))
    assert len(article.widgets) == 5000
    assert article.paragraphs == [BODY_ONE]


@pytest.mark.parametrize(
    "text",
    [
        "%",
        "%%%%",
        "Updated:",
        "Updated: not yet",
        ":\n:\n:",
        "•",
        "• English",
        ". Reuters",
        "A\nA\nA",
        "http://x.y/%20%20",
        "<p></p>",
        "\u2028\u2029\x85",
        "🙂" * 10,
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    article = parse_text_dump(text)
    assert "%20" not in article.body and "Updated:" not in article.body


@pytest.mark.parametrize(
    ("box_title", "entries"),
    [
        ("Results", ["Al Wasl 2 Ajman 0", "Khor Fakkan 1 Al Nasr 1", "Baniyas 0 Al Jazira 3"]),
        ("Brief scores:", ["Al Ain 3 (Rahimi 41', 67')", "Al Wahda 1 (Khribin 19')"]),
        ("How to apply", ["1. Register on the portal.", "2. Upload your transcripts."]),
        ("Fixtures", ["Friday, February 21", "UAE v Oman, ICC Academy, 10am"]),
    ],
)
def test_titled_run_of_short_entries_is_a_box(box_title: str, entries: list[str]) -> None:
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, box_title, *entries, BODY_TWO))
    title = box_title.removesuffix(":")  # "Brief scores:" is the box "Brief scores"
    assert [(w.title, w.raw) for w in article.widgets] == [(title, "\n".join(entries))]
    assert article.paragraphs == [BODY_ONE, BODY_TWO]


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        (  # a bulleted list under an introducing sentence is the article's own
            ["The main changes include:", "• A thinner hinge", "• A larger battery"],
            ["The main changes include:", "A thinner hinge", "A larger battery"],
        ),
        (  # one short line after a heading is no box
            ["What comes next", "Talks resume in May"],
            ["What comes next", "Talks resume in May"],
        ),
    ],
)
def test_body_lists_and_lone_short_lines_stay_in_the_body(
    lines: list[str], paragraphs: list[str]
) -> None:
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, *lines, BODY_TWO))
    assert article.widgets == []
    assert article.paragraphs == [BODY_ONE, *paragraphs, BODY_TWO]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "A textile work hangs in the old house. Courtesy the artist and Athr Gallery",
            "Courtesy the artist and Athr Gallery",
        ),
        ("Dancers rehearse before the opening night. Photo: the festival", "the festival"),
    ],
)
def test_credit_phrase_may_hold_lowercase_words(line: str, credit: str) -> None:
    article = parse_text_dump(_doc("Budget passes after long debate", BODY_ONE, line, BODY_TWO))
    assert [c.credit for c in article.captions] == [credit]
    assert article.paragraphs == [BODY_ONE, BODY_TWO]


def test_heading_after_a_bulleted_list_and_before_a_list_intro() -> None:
    lines = ["• Drink water", "• Rest in the shade", "How to stay safe"]
    intro = "Doctors recommended a few simple steps for anyone who has to work outdoors:"
    article = parse_text_dump(_doc("Heat warning", BODY_ONE, *lines, intro, "• Wear a hat"))
    assert article.headings == ["How to stay safe"]


@pytest.mark.parametrize(
    ("lines", "caption", "credit"),
    [
        (  # a repeated caption whose agency follows without a full stop
            ["Smoke rises over the southern suburbs of Beirut AFP"] * 2,
            "Smoke rises over the southern suburbs of Beirut",
            "AFP",
        ),
        (  # an unknown credit after a short sentence is no heading
            ["Ministers meet at the palace. Presidential Court"],
            "Ministers meet at the palace.",
            "Presidential Court",
        ),
    ],
)
def test_caption_credit_variants(lines: list[str], caption: str, credit: str) -> None:
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, "\n".join(lines), BODY_TWO))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [BODY_ONE, BODY_TWO] and article.headings == []


def test_consecutive_list_boxes_stay_apart() -> None:
    boxes = [
        "Results",
        "Al Wasl 2 Ajman 0",
        "Kalba 1 Al Nasr 1",
        "Fixtures",
        "Friday",
        "Al Ain v Sharjah",
    ]
    article = parse_text_dump(_doc("Budget passes", BODY_ONE, *boxes))
    assert [w.title for w in article.widgets] == ["Results", "Fixtures"]
    assert article.paragraphs == [BODY_ONE]


def test_pull_quote_repeating_a_paragraph_is_left_out_and_the_next_heading_kept() -> None:
    text = (
        "Harbour town bets on oysters\n\n"
        "The co-operative opened its first hatchery in spring, after three years of trials.\n\n"
        "“We were told the water was too warm for oysters,” says Lina Haddad, who runs it. "
        "She says the first harvest sold out within a week.\n\n"
        "“We were told the water was too warm for oysters”\n\n"
        "Growing pains\n\n"
        "Storms in November broke two of the floating cages, and the insurers would not pay.\n\n"
        "The co-operative now moors its cages inside the breakwater.\n"
    )
    article = parse_text_dump(text)
    assert [b.text[:12] for b in article.blocks if b.kind == "paragraph"] == [
        "The co-opera",
        "“We were tol",
        "Storms in No",
        "The co-opera",
    ]
    assert article.headings == ["Growing pains"]
    assert any("pull quote" in w for w in article.warnings)


def test_short_quotation_standing_alone_stays_in_the_body() -> None:
    text = (
        "Minister answers critics\n\n"
        "Asked whether the plan would be dropped, the minister gave a one-word reply.\n\n"
        "“Never.”\n\n"
        "The plan goes to parliament next week, where it is expected to pass.\n"
    )
    assert "“Never.”" in parse_text_dump(text).paragraphs


@pytest.mark.parametrize("clock", ["5.40pm", "11:05 am", "17:05 GST", "9.15 a.m."])
def test_time_of_day_line_heads_a_live_coverage_entry(clock: str) -> None:
    text = (
        "Live: floods close roads across the capital\n\n"
        f"{clock}\n\n"
        "Here is what we know:\n\n"
        "Rain has fallen since midnight and the main bridge is shut to traffic.\n\n"
        "4.05pm\n\n"
        "Schools will stay closed on Thursday, the education ministry said.\n"
    )
    assert parse_text_dump(text).headings == [clock, "4.05pm"]


def test_byline_with_a_place_is_an_author_not_a_heading() -> None:
    text = (
        "Court clears harbour pilot of negligence\n\n"
        "By Tomas Lindqvist in Gothenburg\n\n"
        "A harbour pilot was cleared of negligence on Monday over a collision that sank a tug.\n\n"
        "The court said the tug's crew had ignored two radio warnings before the collision.\n"
    )
    article = parse_text_dump(text)
    assert article.authors == ["Tomas Lindqvist"]
    assert article.headings == []
    assert not any("Lindqvist" in p for p in article.paragraphs)


@pytest.mark.parametrize(
    "furniture",
    [
        "Share",
        "Advertisement",
        "Scroll to continue reading",
        "Follow us on Instagram, X and LinkedIn",
        "Sign up to our Evening Digest newsletter for the day's main stories",
    ],
)
def test_page_furniture_lines_leave_the_text(furniture: str) -> None:
    text = (
        "Ferry fares to rise by a tenth in spring\n\n"
        "Fares on the island ferries will rise by 10 per cent from March, the operator said.\n\n"
        f"{furniture}\n\n"
        "The operator blamed fuel costs and a new port fee charged since January.\n"
    )
    article = parse_text_dump(text)
    exported = json.dumps(export_shape(article))
    assert furniture not in exported
    assert len(article.paragraphs) == 2 and article.headings == []


def test_embedded_posts_are_widgets_not_body() -> None:
    text = (
        "City opens night market on the corniche\n\n"
        "The municipality opened a night market with 80 stalls on Thursday.\n\n"
        "The mayor shared the news online.\n\n"
        "Night market opens tonight on the corniche! #CityNights pic.twitter.com/abc123\n\n"
        "— City Municipality (@citymuni) May 2, 2025\n\n"
        "Stallholders said the first evening was busy.\n\n"
        "View this post on Instagram\n\n"
        "A post shared by Corniche Eats (@cornicheeats)\n\n"
        "The market runs every Thursday and Friday until October.\n"
    )
    article = parse_text_dump(text)
    assert article.paragraphs == [
        "The municipality opened a night market with 80 stalls on Thursday.",
        "The mayor shared the news online.",
        "Stallholders said the first evening was busy.",
        "The market runs every Thursday and Friday until October.",
    ]
    assert [w.title for w in article.widgets] == [
        "Post by City Municipality (@citymuni)",
        "Post by Corniche Eats (@cornicheeats)",
    ]
    assert "pic.twitter.com/abc123" in article.widgets[0].raw


_LEAD = "The port authority said on Monday that container traffic rose by a fifth last year."
_NEXT = "Shipping lines have added three weekly services since the new berths opened in May."


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Monday 5 May 2025 11.20 BST", "2025-05-05T11:20:00+01:00"),
        ("March 12, 2025 at 09:15 GST", "2025-03-12T09:15:00+04:00"),
        ("2025-03-12T09:15:00+04:00", "2025-03-12T09:15:00+04:00"),
    ],
)
def test_unlabelled_date_line_above_the_text_is_the_publication_date(line: str, iso: str) -> None:
    article = parse_text_dump(f"Port traffic rises by a fifth\n\n{line}\n\n{_LEAD}\n\n{_NEXT}\n")
    assert article.published is not None and article.published.isoformat() == iso
    assert article.paragraphs == [_LEAD, _NEXT]


def test_a_year_in_a_heading_or_sentence_is_not_a_date_line() -> None:
    article = parse_text_dump(f"Port traffic rises\n\n{_LEAD}\n\nThe 2025 season\n\n{_NEXT}\n")
    assert article.published is None
    assert article.headings == ["The 2025 season"]


def test_section_label_and_breadcrumb_above_the_headline_are_dropped() -> None:
    top = "Business | Markets\n\nHome > UAE > Transport\n\nPort traffic rises"
    text = f"{top}\n\n{_LEAD}\n\n{_NEXT}\n"
    article = parse_text_dump(text)
    assert article.title == "Port traffic rises"
    assert article.paragraphs == [_LEAD, _NEXT]


def test_untitled_run_of_key_value_lines_is_a_box() -> None:
    text = (
        f"Port opens new terminal\n\n{_LEAD}\n\n"
        "Berths: 4\n\nCranes: 12 ship-to-shore\n\nOperator: Gulf Terminals\n\n"
        f"{_NEXT}\n"
    )
    article = parse_text_dump(text)
    assert article.paragraphs == [_LEAD, _NEXT]
    assert [(w.title, w.raw) for w in article.widgets] == [
        (None, "Berths: 4\nCranes: 12 ship-to-shore\nOperator: Gulf Terminals")
    ]


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "Cranes unload a container ship at the new berth on Monday. (Reuters)",
            "Cranes unload a container ship at the new berth on Monday.",
            "Reuters",
        ),
        (
            "Cranes unload a container ship at the new berth | AFP",
            "Cranes unload a container ship at the new berth",
            "AFP",
        ),
    ],
)
def test_credit_set_apart_in_brackets_or_after_a_bar(line: str, caption: str, credit: str) -> None:
    article = parse_text_dump(f"Port traffic rises\n\n{_LEAD}\n\n{line}\n\n{_NEXT}\n")
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [_LEAD, _NEXT]


def test_video_player_title_and_duration_lines_leave_the_text() -> None:
    text = (
        "Video: floods in the valley\n\nWatch: Drone footage of the flooded valley\n\n2:41\n\n"
        f"{_LEAD}\n\n{_NEXT}\n"
    )
    article = parse_text_dump(text)
    assert article.title == "Video: floods in the valley"
    assert article.paragraphs == [_LEAD, _NEXT] and article.headings == []


def test_tab_separated_rows_are_body_rows_with_their_cells_apart() -> None:
    text = (
        f"Port traffic rises\n\n{_LEAD}\n\nThe figures by terminal:\n\n"
        "Terminal\tBoxes 2024\tChange\nNorth\t1.2m\t+8%\nSouth\t0.9m\t+31%\n"
        "Source: Port authority\n\n"
        f"{_NEXT}\n"
    )
    article = parse_text_dump(text)
    assert article.paragraphs == [
        _LEAD, "The figures by terminal:", "Terminal\tBoxes 2024\tChange", "North\t1.2m\t+8%",
        "South\t0.9m\t+31%", "Source: Port authority", _NEXT,
    ]
    assert article.widgets == []


def test_key_points_over_bullets_is_a_heading() -> None:
    text = (
        "Port traffic rises\n\nKey points\n\n• Traffic rose by a fifth\n\n"
        f"• Three new weekly services\n\n{_LEAD}\n\n{_NEXT}\n"
    )
    assert parse_text_dump(text).headings == ["Key points"]

"""Text-dump rules found on the sixth blind set, each on a made-up dump or line.

Dates joined to a place or another calendar, glued "Updated" parts, wire and print trailers,
pagers, polls, skip links, switcher labels and byline blocks without "By".
"""

from __future__ import annotations

from datetime import datetime

import pytest

from newsbot.items import ParsedArticle
from newsbot.parsing.dates import parse_bare_date_line
from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc


def _body(article: ParsedArticle) -> list[str]:
    """Paragraphs and headings: a furniture line left in the body may read as a heading."""
    return [block.text for block in article.blocks]


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mar 3rd 2025", datetime(2025, 3, 3)),
        ("Mar 3rd 2025|LEEDS", datetime(2025, 3, 3)),
        ("Monday, 3 March 2025 - 3 Ramadan 1446 AH", datetime(2025, 3, 3)),
        ("Sports News of Monday, 3 March 2025", datetime(2025, 3, 3)),
    ],
)
def test_date_lines_with_a_place_calendar_or_section(line: str, expected: datetime) -> None:
    assert parse_bare_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Leeds - City Council",
        "The vote on Monday, 3 March 2025",  # prose, not a section label
        "Mar 3rd 2025 - the council met again to vote.",
    ],
)
def test_no_date_line(line: str) -> None:
    assert parse_bare_date_line(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Posted March 3, 2025 Updated March 4, 2025 9:15am",
        "Posted March 3, 2025Updated March 4, 2025 9:15am",
    ],
)
def test_an_updated_part_after_the_published_date_without_a_bar(line: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, line, LEAD, SECOND))
    assert article.published == datetime(2025, 3, 3)
    assert article.updated == datetime(2025, 3, 4, 9, 15)
    assert _body(article) == [LEAD, SECOND]


# --- furniture and trailers -----------------------------------------------------------------


@pytest.mark.parametrize(
    "trailer",
    [
        "(Reporting by Ann Lee in Oslo; Additional reporting by Bo Ek; Editing by Cy Dunn)",
        "(Writing by Ann Lee; Editing by Cy Dunn)",
        "Additional reporting by Bo Ek",
        "Bo Ek contributed reporting from Bergen.",
        "Bo Ek and Cy Dunn contributed to this report.",
        "Published in The Daily Courier, March 4th, 2025",
        "A version of this article appears in print on March 4, 2025, Section B, Page 2 of the"
        " national edition with the headline: Ferry Route Approved. Order Reprints | Subscribe",
        "This article appeared in the Europe section of the print edition under the headline"
        ' "Ferry"',
        "Our Standards: The Newsroom Trust Principles.",
        "Join our Telegram channel for the day's top stories.",
    ],
)
def test_credit_and_print_trailers_are_no_body(trailer: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, trailer))
    assert _body(article) == [LEAD, SECOND]


def test_reporting_by_opening_a_sentence_stays() -> None:
    line = "Reporting by the island paper first raised the alarm, and the council took note."
    article = parse_text_dump(_doc(HEADLINE, LEAD, line, SECOND))
    assert _body(article) == [LEAD, line, SECOND]


@pytest.mark.parametrize(
    "pager",
    [
        ["Page 1 of 2"],
        ["Next page ›"],
        ["‹ Previous page"],
        ["‹ Previous page  Next page ›", "Page 2 of 2"],
        ["1 2 3 4"],
    ],
)
def test_pager_lines_between_pages_are_no_body(pager: list[str]) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, *pager, SECOND, THIRD))
    assert _body(article) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize(
    "furniture",
    [
        "Skip to main contentSkip to navigation",
        "SKIP ADVERTISEMENT",
        "Comments (12)",
        "Report Abuse",
        "Disclaimer: Views expressed by readers are their own.",
        "Reporting from Oslo",
        "SOURCE Northern Ferries AS",
        "From the March 8th 2025 edition",
        "Explore the edition",
    ],
)
def test_generic_page_furniture(furniture: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, furniture, SECOND))
    assert article.title == HEADLINE
    assert _body(article) == [LEAD, SECOND]


def test_sources_opening_a_sentence_stay() -> None:
    line = "Sources close to the council said the vote had been expected for weeks."
    assert _body(parse_text_dump(_doc(HEADLINE, LEAD, line))) == [LEAD, line]


# --- above and under the headline -----------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "Ann Lee\nHealth Correspondent",
        "Ann Lee",
        "Oslo - Nordic Wire",
    ],
)
def test_name_or_source_block_set_apart_above_the_date(block: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, block, "3 March 2025", LEAD, SECOND))
    assert article.title == HEADLINE
    assert _body(article) == [LEAD, SECOND]


def test_labelled_lines_under_the_date_are_metadata() -> None:
    top = "PUBLISHED : 3 Mar 2025 at 09:00\nSECTION: News\nWRITER: Ann Lee and Bo Ek"
    article = parse_text_dump(_doc(HEADLINE, top, LEAD, SECOND))
    assert article.published == datetime(2025, 3, 3, 9, 0)
    assert _body(article) == [LEAD, SECOND]


def test_switcher_with_a_label() -> None:
    article = parse_text_dump(_doc("Read in: English · Français", HEADLINE, LEAD, SECOND))
    assert article.languages_offered == ["English", "Français"]
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "above",
    [
        ["U.K."],
        ["News provided by", "Northern Ferries Holding AS", "3 March 2025"],
        ["Source: Nordic News Agency"],
        ["Regional News", "Source: Nordic News Agency"],
    ],
)
def test_labels_and_providers_above_the_headline(above: list[str]) -> None:
    article = parse_text_dump(_doc(*above, HEADLINE, LEAD, SECOND))
    assert article.title == HEADLINE
    assert _body(article) == [LEAD, SECOND]


# --- captions and author lines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        (
            "Passengers queued at the quay on Monday.Credit...Ann Lee for The Courier",
            "Ann Lee for The Courier",
        ),
        (
            "Passengers queued at the quay on Monday. — Harbour Times/Ann Lee",
            "Harbour Times/Ann Lee",
        ),
        ("Passengers queued at the quay on Monday. — Reuters/File", "Reuters/File"),
    ],
)
def test_glued_and_dashed_credits_end_a_caption(line: str, credit: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, line, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Passengers queued at the quay on Monday.", credit)
    ]
    assert _body(article) == [LEAD, SECOND]


def test_author_bio_line_with_a_link_to_the_author_page() -> None:
    bio = "Ann Lee is a reporter covering the islands, based in Oslo. More about Ann Lee"
    article = parse_text_dump(_doc(HEADLINE, "By Ann Lee", LEAD, SECOND, bio))
    assert _body(article) == [LEAD, SECOND]


# --- a story on one line --------------------------------------------------------------------

_SENTENCES = [
    f"Officials said crossing number {n} would run in the spring. Weather permitting, the "
    f"ferry would then sail twice a day from the northern quay to the outer islands."
    for n in range(1, 6)
]


def test_run_on_line_splits_at_double_spaces() -> None:
    article = parse_text_dump(_doc(HEADLINE, "  ".join(_SENTENCES)))
    assert _body(article) == _SENTENCES


def test_two_spaces_after_every_sentence_are_no_paragraph_breaks() -> None:
    typed = "  ".join(sentence.replace(". ", ".  ") for sentence in _SENTENCES)
    article = parse_text_dump(_doc(HEADLINE, typed))
    assert _body(article) == [" ".join(typed.split())]


# --- reader polls ---------------------------------------------------------------------------


def test_reader_poll_with_its_results_is_a_widget() -> None:
    poll = "\n".join(
        [
            "POLL",
            "Should the ferry run in winter?",
            "Yes, every day",
            "61%",
            "No",
            "39%",
            "1,204 votes",
            "Vote",
        ]
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, poll, THIRD))
    assert _body(article) == [LEAD, SECOND, THIRD]
    assert [widget.title for widget in article.widgets] == ["POLL"]


# --- press releases -------------------------------------------------------------------------


def test_dash_list_items_are_paragraphs_of_their_own() -> None:
    items = "- Two second-hand vessels\n- Forty crew from the islands\n- A winter timetable"
    article = parse_text_dump(_doc(HEADLINE, LEAD, "The plan includes:", items, SECOND))
    assert _body(article) == [
        LEAD,
        "The plan includes:",
        "Two second-hand vessels",
        "Forty crew from the islands",
        "A winter timetable",
        SECOND,
    ]


def test_about_boilerplate_and_what_follows_close_a_release() -> None:
    boilerplate = (
        "Northern Ferries AS operates passenger and freight routes along the coast of Norway "
        "and to the outer islands. For more information, visit www.northernferries.example."
    )
    back = [
        "About Northern Ferries",
        boilerplate,
        "Media contact:\nAnn Lee\n+47 22 00 00 00",
        "SOURCE Northern Ferries AS",  # the newswire's own line: a release on its page
    ]
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, THIRD, *back))
    assert _body(article) == [LEAD, SECOND, THIRD]


def test_about_heading_early_in_the_text_stays() -> None:
    about = "About Northern Ferries"
    article = parse_text_dump(_doc(HEADLINE, about, "Northern " + LEAD[4:], SECOND, THIRD, LEAD))
    assert about in _body(article)

"""Text-dump rules found on the seventh blind set, each on a made-up dump or line.

Dates with the time first, a city for a zone, a time-only second date or numeric day-first
dates; kickers, mastheads, tickers and scoreboards above the headline; byline blocks with
roles; editors' tags, end markers, language links, footers and sign-up forms; captions under
gallery counters and credits in other forms.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsbot.items import ParsedArticle
from newsbot.parsing.dates import parse_bare_date_line, parse_news_date
from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc


def _body(article: ParsedArticle) -> list[str]:
    """Paragraphs and headings: a furniture line left in the body may read as a heading."""
    return [block.text for block in article.blocks]


def _zone(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-04 09:30 KST", datetime(2025, 3, 4, 9, 30, tzinfo=_zone(9))),
        ("04.03.2025, 09.30 Uhr", datetime(2025, 3, 4, 9, 30)),
        ("March 4, 2025, at 9:15 am (Paris)", datetime(2025, 3, 4, 9, 15, tzinfo=_zone(1))),
        ("July 4, 2025, at 9:15 am (Berlin)", datetime(2025, 7, 4, 9, 15, tzinfo=_zone(2))),
    ],
)
def test_date_shapes(text: str, expected: datetime) -> None:
    assert parse_news_date(text) == expected


def test_date_line_between_an_agency_name_and_its_categories() -> None:
    line = "HARBOUR WIRE - Mar 4, 2025 - 09:15 | World, Europe, Transport"
    assert parse_bare_date_line(line) == datetime(2025, 3, 4, 9, 15)


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        (
            "Published on March 4, 2025, at 9:15 am (Paris), updated at 11:40 am",
            datetime(2025, 3, 4, 9, 15, tzinfo=_zone(1)),
            datetime(2025, 3, 4, 11, 40, tzinfo=_zone(1)),
        ),
        (
            "Updated Mar 4, 2025 – 6.10pm, first published at 2.05pm",
            datetime(2025, 3, 4, 14, 5),
            datetime(2025, 3, 4, 18, 10),
        ),
        (
            "09:15, 4 Mar 2025Updated11:40, 4 Mar 2025",
            datetime(2025, 3, 4, 9, 15),
            datetime(2025, 3, 4, 11, 40),
        ),
        ("Update: 24/03/2025 21:10 CET", None, datetime(2025, 3, 24, 21, 10, tzinfo=_zone(1))),
    ],
)
def test_date_lines_with_a_time_only_part_or_the_time_first(
    line: str, published: datetime | None, updated: datetime
) -> None:
    article = parse_text_dump(_doc(HEADLINE, line, LEAD, SECOND))
    assert (article.published, article.updated) == (published, updated)
    assert _body(article) == [LEAD, SECOND]


# --- above the headline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "above",
    [
        ["The Long Ferry Fight\n" + HEADLINE],  # a kicker printed right over the headline
        ["Harbour Daily in English\nTransport\nIslands", HEADLINE],  # masthead and sections
        ["THE HARBOUR MONTHLY\nA REVIEW OF ISLAND LIFE AND WORK", "TRANSPORT", HEADLINE],
        ["OSLO BØRS  1,412.5  +0.4%    NOK/EUR  0.0851  -0.2%    BRENT  US$71.84  -0.3%", HEADLINE],
        ["Northern\n2\n-\n1\nSouthern\nFT\nLee 12'\nEk 90+3'\nDunn 67'", HEADLINE],
        ["(LEAD) " + HEADLINE],
    ],
)
def test_lines_above_the_headline_are_no_title(above: list[str]) -> None:
    article = parse_text_dump(_doc("Harbour Daily", *above, LEAD, SECOND))
    assert article.title == HEADLINE
    assert _body(article) == [LEAD, SECOND]


def test_one_language_name_alone_is_a_menu_item() -> None:
    article = parse_text_dump(_doc("English\nHome | Islands | Ferries", HEADLINE, LEAD))
    assert article.languages_offered == []


def test_switcher_of_language_abbreviations() -> None:
    article = parse_text_dump(_doc("РУС | ENG", HEADLINE, LEAD, SECOND))
    assert article.languages_offered == ["РУС", "ENG"]
    assert _body(article) == [LEAD, SECOND]


# --- bylines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "top",
    [
        ["By Ann Lee und Bo Ek\n04.03.2025, 09.30 Uhr"],
        ["By Ann Lee (Oslo, correspondent) and Bo Ek", "4 March 2025"],
        ["4 March 2025", "Share\nSave", "Ann Lee\nIslands correspondent"],
        ["Ann Lee and Bo Ek\nTransport reporters", "4 March 2025"],
        ["News\nAnn Lee Local Democracy Reporter", "4 March 2025"],
        ["4 March 2025", "Ann Lee"],  # a lone name between the headline and the text
    ],
)
def test_byline_blocks(top: list[str]) -> None:
    article = parse_text_dump(_doc(HEADLINE, *top, LEAD, SECOND))
    assert article.title == HEADLINE
    assert _body(article) == [LEAD, SECOND]


def test_byline_block_over_a_date_under_the_standfirst() -> None:
    standfirst = LEAD.replace("approved", "backed")
    top = "Ann Lee\nOslo\nUpdated: 24/03/2025 21:10 CET"
    article = parse_text_dump(_doc(HEADLINE, standfirst, top, LEAD, SECOND))
    assert _body(article) == [standfirst, LEAD, SECOND]
    assert article.updated == datetime(2025, 3, 24, 21, 10, tzinfo=_zone(1))


def test_author_bio_opening_with_the_bylined_name() -> None:
    bios = [
        "ANN LEE is an independent journalist based in Bergen who writes on the islands.",
        "Bo Ek writes about shipping. Email Bo at b.ek@example.com",
    ]
    article = parse_text_dump(
        _doc(HEADLINE, "ANN LEE and Bo Ek\n4 March 2025", LEAD, SECOND, *bios)
    )
    assert _body(article) == [LEAD, SECOND]


# --- furniture ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "(ATTN: ADDS quotes from the mayor in paras 4-5)",
        "ann.lee@example.com\n(END)",
        "View comments",
        "Comments 52",
        "1.5k shares",
        "Time to read 4 min.",
        "Lire en français",
        "Zur deutschen Version dieses Artikels",
        "Gift article",
        "Gift this article",
        "License this article",
        "[Editor: AB]",
        "Advertisement:",
        "◆ ◆ ◆",
        "* * *",
        "Follow Harbour Daily on WhatsApp",
        "Support HD or become our patron!",
        "Local reporters keep watch on the islands. Support Harbour Daily or become our patron!",
        "Discussion\nComments are closed for this article.",
    ],
)
def test_page_furniture_in_the_text(furniture: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, furniture, SECOND, THIRD))
    assert _body(article) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize(
    "trailer",
    [
        "This article was translated from Norwegian by Ann Lee.",
        "Translation of an article originally published in Norwegian on example.no; the"
        " publisher may only be liable for the Norwegian version.",
        "This article appears in the May 2025 issue of Harbour Monthly. Subscribe to the print"
        " edition.",
    ],
)
def test_translation_and_issue_trailers(trailer: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, trailer))
    assert _body(article) == [LEAD, SECOND]


@pytest.mark.parametrize(
    "block",
    [
        "More on this story\nFerry fares to rise in spring\nIsland school to close\nPublished\n"
        "2 days ago",
        "Related topics\nFerries\nNorthern islands\nHarbour council",
        "Top stories\nStorm closes the northern quay\nPublished\n1 hour ago",
        "Related coverage:\nFerry fares to rise in spring\nIsland school to close",
        "Related News\nFerry fares to rise in spring\nIsland school to close",
        "Most Viewed\n1. Ferry fares to rise in spring\n2. Island school to close",
        "Keywords\n#ferries #islands #harbour",
        "Keywords: ferries, islands, harbour council",
        "Subjects: ferries, islands, harbour council",
        "RELATED ARTICLES\nPrevious\n1\n2\nNext\nMan, 80, rows to the islands...\n"
        "Ferry captain retires after 40 years...",
    ],
)
def test_related_lists_and_tag_lines_close_the_text(block: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, block))
    assert _body(article) == [LEAD, SECOND]
    assert article.widgets == []  # links and tags, no fact box


def test_inline_read_more_teaser() -> None:
    teaser = "Read more Subscribers only On the outer islands, a winter without ferries"
    article = parse_text_dump(_doc(HEADLINE, LEAD, teaser, SECOND))
    assert _body(article) == [LEAD, SECOND]


@pytest.mark.parametrize(
    "tail",
    [
        ["Back to top\nHome\nNews\nSport\nPublished by Harbour Newspapers Ltd"],
        ["Harbour Daily with AFP\nContribute\nLegal notice\nPersonal data management"],
        ["About Us\nContact Us\nCookie Notice\nTerms and Conditions\n© 2025 Harbour Media Ltd"],
        ["Follow Harbour Daily:\nFacebook\nX\nInstagram"],
        ["Share or comment on this article:\n" + HEADLINE[:40]],
    ],
)
def test_page_footers(tail: list[str]) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, THIRD, *tail))
    assert _body(article) == [LEAD, SECOND, THIRD]
    assert article.widgets == []


def test_newsletter_form_between_paragraphs() -> None:
    form = [
        "Get the biggest stories from the islands first",
        "Enter your email\nSubscribe\nWe use your sign-up to provide content in ways you've "
        "consented to. You can unsubscribe at any time. Read our Privacy Notice",
    ]
    article = parse_text_dump(_doc(HEADLINE, LEAD, *form, SECOND, THIRD))
    assert _body(article) == [LEAD, SECOND, THIRD]


# --- the text -------------------------------------------------------------------------------


def test_summary_lines_under_the_headline_are_the_first_paragraphs() -> None:
    points = [
        "The new route will link the harbour with four northern islands",
        "Two second-hand vessels will be bought from a Danish operator",
        "Forty crew will be hired from the islands themselves",
    ]
    article = parse_text_dump(_doc(HEADLINE, "\n".join(points), "By ANN LEE", LEAD, SECOND))
    assert _body(article) == [*points, LEAD, SECOND]
    assert article.widgets == []


def test_drop_cap_on_its_own_line_is_joined_to_its_word() -> None:
    article = parse_text_dump(_doc(HEADLINE, "T\n" + LEAD[1:], SECOND))
    assert _body(article) == [LEAD, SECOND]


# --- captions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "text", "credit"),
    [
        (
            "Passengers queued at the quay on Monday.\nFoto: Ann Lee / harbourfoto / IMAGO",
            "Passengers queued at the quay on Monday.",
            "Ann Lee / harbourfoto / IMAGO",
        ),
        (
            "Passengers queued at the quay on Monday. (Jiji)\n==Jiji",
            "Passengers queued at the quay on Monday.",
            "Jiji",
        ),
        (
            "Passengers queued at the quay on Monday. Photo: Ann Lee (EFE)",
            "Passengers queued at the quay on Monday.",
            "Ann Lee (EFE)",
        ),
    ],
)
def test_credit_forms(lines: str, text: str, credit: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, lines, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    assert _body(article) == [LEAD, SECOND]


def test_gallery_counter_and_uncredited_captions() -> None:
    caption = "Passengers queue at the northern quay for the first crossing on Monday"
    pictured = "She is pictured on board the ferry during a trial run in February"
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, "+12\n" + caption, caption, SECOND, pictured, THIRD)
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None), (pictured, None)]
    assert _body(article) == [LEAD, SECOND, THIRD]

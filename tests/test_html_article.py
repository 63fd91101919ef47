"""Article extraction from HTML pages, checked against the expected JSON beside each fixture."""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from newsbot.parsing.html_article import extract_article
from newsbot.parsing.html_parts import split_credit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
PAGES = sorted(FIXTURES.glob("*.html"))
EXPECTED = Path(__file__).resolve().parent / "expected" / "html"
BENCH = Path(__file__).resolve().parent.parent / "bench" / "extraction_bench.py"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_page_matches_expected_json(page: Path) -> None:
    case = json.loads((EXPECTED / f"{page.stem}.json").read_text(encoding="utf-8"))
    expected = case["expected"]
    article = extract_article(page.read_text(encoding="utf-8"), case["url"])

    assert article.title == expected["title"]
    assert article.authors == expected["authors"]
    assert _iso(article.published) == expected["published"]
    assert _iso(article.updated) == expected["updated"]
    assert article.date_sources == expected["date_sources"]
    assert article.language == expected["language"]
    assert article.url == expected["url"]
    assert article.site == expected["site"]
    assert article.languages_offered == expected["languages_offered"]
    assert article.headings == expected["headings"]
    assert article.paragraphs == expected["paragraphs"]
    assert [{"text": c.text, "credit": c.credit} for c in article.captions] == expected["captions"]
    assert [(w.title, w.encoding) for w in article.widgets] == [
        (w["title"], w["encoding"]) for w in expected["widgets"]
    ]
    for widget, wanted in zip(article.widgets, expected["widgets"], strict=True):
        assert widget.raw.startswith(wanted["raw_starts_with"])
    for fragment in expected["body_must_not_contain"]:
        assert fragment not in article.body
    for fragment in expected["warnings_contain"]:
        assert any(fragment in w for w in article.warnings), article.warnings


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "not html at all",
        "<html><body><p>unclosed <b>tags <i>everywhere",
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>",
        "<script type='application/ld+json'>{broken json</script><p>Text</p>",
        "<html>" + "<span>" * 50_000 + "</html>",
        "\x00\x01\x02<p>control characters</p>",
    ],
    ids=[
        "empty",
        "blank",
        "text",
        "unclosed",
        "xml-declaration",
        "bad-json-ld",
        "deep-spans",
        "control-chars",
    ],
)
def test_odd_input_gives_an_article_not_an_exception(html: str) -> None:
    article = extract_article(html, "https://news.example.com/x")
    assert article.site == "news.example.com"
    assert isinstance(article.warnings, list)


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        (
            "A protester outside the embassy in Baghdad. Reuters",
            "A protester outside the embassy in Baghdad.",
            "Reuters",
        ),
        ("Pilgrims march to Karbala. AP", "Pilgrims march to Karbala.", "AP"),
        (
            "The new tram on a test run. Foto: Stefan Krüger",
            "The new tram on a test run.",
            "Stefan Krüger",
        ),
        ("Fans at the stadium (Photo: Jane Doe)", "Fans at the stadium", "Jane Doe"),
        ("Rain over the city on Monday.", "Rain over the city on Monday.", None),
        ("AP", "AP", None),
    ],
)
def test_caption_credit_is_split_off(text: str, caption: str, credit: str | None) -> None:
    result = split_credit(text)
    assert (result.text, result.credit) == (caption, credit)


def _load_bench():  # the bench is a script, not a package module
    spec = importlib.util.spec_from_file_location("extraction_bench", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("truth", "predicted", "precision", "recall"),
    [
        # 5 tokens -> 2 shingles each side; one shared
        ("a b c d e", "a b c d x", 1 / 2, 1 / 2),
        # prediction holds all 2 true shingles plus 2 more
        ("a b c d e", "a b c d e f g", 2 / 4, 2 / 2),
        # short texts make one shorter shingle
        ("a b", "a b", 1.0, 1.0),
        ("a b", "a c", 0.0, 0.0),
        # repeated shingles count as a multiset
        ("a b c d a b c d", "a b c d", 1 / 1, 1 / 5),
        ("", "", 1.0, 1.0),
        ("a b c d", "", 0.0, 0.0),
    ],
)
def test_bench_scorer_matches_hand_computed_values(
    truth: str, predicted: str, precision: float, recall: float
) -> None:
    score = _load_bench().score_page(truth, predicted)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)


def test_bench_averages_precision_over_pages_with_output_only() -> None:
    bench = _load_bench()
    scores = [bench.score_page("a b c d e", "a b c d e"), bench.score_page("a b c d e", "")]
    precision, recall, f1 = bench.aggregate(scores)
    assert (precision, recall) == (1.0, 0.5)
    assert f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


STORY = [
    "The council voted on Monday to close the old harbour bridge to cars from next spring.",
    "Engineers had warned for years that the steel under the deck was rusting faster than "
    "expected, and the last inspection found cracks in two of the main supports.",
    "Shop owners on both banks said they feared losing customers during the works, which are "
    "planned to last at least eighteen months.",
    "A ferry will run every ten minutes while the bridge is closed, the council said.",
    "The mayor said the decision was hard but that safety had to come first for everyone.",
]


def _story_page(between: str) -> str:
    """A news page whose story has ``between`` after its second paragraph."""
    first = "".join(f"<p>{p}</p>" for p in STORY[:2])
    rest = "".join(f"<p>{p}</p>" for p in STORY[2:])
    return (
        "<html><head><title>Harbour bridge to close</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Harbour bridge to close</h1>"
        f"<div class='article-body'>{first}{between}{rest}</div></article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


TWEET = (
    "<div class='social-media-embed'><blockquote class='twitter-tweet'><p lang='en'>"
    "The bridge has been my way to work for thirty years and I will miss it every day</p>"
    "— Ann Example (@annexample) <a href='https://twitter.com/x/status/1'>November 18, 2019</a>"
    "</blockquote></div>"
)


@pytest.mark.parametrize(
    ("between", "kept", "left_out"),
    [
        (TWEET, ["I will miss it every day", "Ann Example (@annexample)"], []),
        ("<h2>What the works mean for drivers</h2>", ["What the works mean for drivers"], []),
        (
            "<div class='share-tools'><p>Share this story with your friends on Facebook "
            "and Twitter today</p></div>",
            [],
            ["Share this story"],
        ),
        (
            "<ul class='related'><li><a href='/a'>Council elections: who is standing in "
            "the harbour ward</a></li><li><a href='/b'>Ferry timetable changes for the "
            "winter season</a></li></ul>",
            [],
            ["Council elections", "Ferry timetable"],
        ),
        (
            "<p><strong>DON'T MISS</strong></p><p><a href='/a'>Council elections: who is "
            "standing in the harbour ward</a> [INSIGHT]<br><a href='/b'>Ferry timetable changes "
            "for the winter season</a> [VIDEO]<br><a href='/c'>Ten photos of the bridge at "
            "night over the years</a> [PICTURES]</p>",
            [],
            ["DON'T MISS", "Council elections", "Ferry timetable", "Ten photos"],
        ),
        (
            "<div class='rail rail--trending'><h3 class='rail__title'>Most read in the city"
            "</h3><div class='rail__item'><a href='/d'><img src='/d.jpg'></a></div></div>",
            [],
            ["Most read in the city"],
        ),
        ("<h3>Tell us what you think...</h3><p>Comments</p>", [], ["Tell us", "Comments"]),
    ],
    ids=[
        "embedded-tweet",
        "subheading",
        "share-box",
        "related-links",
        "dont-miss-links",
        "most-read-rail",
        "comment-prompt",
    ],
)
def test_block_between_story_paragraphs(between: str, kept: list[str], left_out: list[str]) -> None:
    article = extract_article(_story_page(between), "https://news.example.com/bridge")
    text = "\n".join(b.text for b in article.blocks)
    assert all(p in article.paragraphs for p in STORY)
    for fragment in kept:
        assert fragment in text
    for fragment in left_out:
        assert fragment not in text
    # whatever is restored sits where the page has it: after the second paragraph
    if kept:
        assert text.index(STORY[1]) < text.index(kept[0]) < text.index(STORY[2])


LOOSE_TEXT_BODY = (
    "<html><body><div class='story' itemprop='articleBody'>"
    "The son of a former president was stabbed during a talk at a Berlin clinic on Tuesday."
    "<div class='spacer'></div>The attack happened while he was giving a lecture at the hospital,"
    " where he had worked as a chief physician for many years.<br>"
    "Police arrested a 57-year-old man at the scene and are questioning him today."
    "</div><div class='teaser'>{teaser}</div></body></html>"
)


@pytest.mark.parametrize(
    ("teaser", "expected_lines"),
    [
        ("", 3),
        (
            "<nav><a href='/more'>Short teaser about clinics in the city and what they do for "
            "patients</a></nav>",
            3,
        ),
    ],
    ids=["loose-text", "loose-text-and-link-teaser"],
)
def test_loose_text_of_a_marked_article_body_is_kept(teaser: str, expected_lines: int) -> None:
    article = extract_article(LOOSE_TEXT_BODY.format(teaser=teaser), "https://news.example.com/a")
    assert "Police arrested a 57-year-old man" in article.body
    assert "where he had worked as a chief physician" in article.body
    assert "Short teaser" not in article.body
    assert len(article.paragraphs) == expected_lines


HOVER_CARD = (
    "<span class='rollover-people'><a href='/people/ann-example'>Ann Example</a>"
    "<span class='rollover-people-block'><span class='rollover-block'><img src='/ann.jpg'>"
    "<a class='name' href='/people/ann-example'>Ann Example</a>"
    "<a href='/x'>Mayor signs budget after long night of talks</a> "
    "<a href='/y'>Harbour ward gets new school</a></span></span></span>"
)


def test_hover_card_inside_a_link_stays_out_of_the_paragraph() -> None:
    page = _story_page("").replace("The mayor said", f"The mayor, {HOVER_CARD}, said")
    article = extract_article(page, "https://news.example.com/bridge")
    assert "The mayor, Ann Example, said the decision was hard" in article.body
    assert "Mayor signs budget" not in article.body


def test_headline_and_standfirst_are_not_body_blocks() -> None:
    page = (
        _story_page("")
        .replace(
            "<title>", "<meta property='og:title' content='Bridge to close | City News'><title>"
        )
        .replace("<h1>Harbour bridge to close</h1>", "")
        .replace(
            "<div class='article-body'>",
            "<div class='article-body'>"
            "<h1>Harbour bridge will close to cars next spring after cracks found</h1>"
            "<h2 class='article-deck'>Engineers found cracks in two of the main supports, and the "
            "council says safety must come first</h2>",
        )
    )
    article = extract_article(page, "https://news.example.com/bridge")
    text = "\n".join(b.text for b in article.blocks)
    assert "after cracks found" not in text
    assert "Engineers found cracks in two" not in text
    assert article.paragraphs[0] == STORY[0]


def test_caption_of_a_lazy_loaded_picture_is_a_caption_not_body() -> None:
    picture = (
        "<div class='InlineImage-wrapper'><div class='lazyload-placeholder'></div>"
        "<div><div class='InlineImage-imageEmbedCaption'>The mayor walks across the harbour "
        "bridge on its last day open to cars, on Monday.</div>"
        "<div class='InlineImage-imageEmbedCredit'>Ann Example | City News</div></div></div>"
    )
    article = extract_article(_story_page(picture), "https://news.example.com/bridge")
    assert all(p in article.paragraphs for p in STORY)
    assert "The mayor walks across" not in article.body
    assert "Ann Example" not in article.body
    assert any(c.text.startswith("The mayor walks across") for c in article.captions)


def test_language_of_an_xhtml_page_comes_from_xml_lang() -> None:
    page = _story_page("").replace(
        "<html>", "<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='en-GB'>"
    )
    article = extract_article(page, "https://news.example.com/bridge")
    assert article.language == "en-GB"


@pytest.mark.parametrize(
    "line",
    [
        "SOURCE: City News Agency",
        "Additional reporting by Ann Example",
        "copyright City News 2019 - ISSN: 1234-5678",
        "Follow City News's full coverage of the harbour works at https://news.example.com/harbour",
        "If you enjoyed this article, we have a proposition for you: join our members today.",
        "Ann Example's book about bridges is out now. Follow her on Twitter @annexample.",
    ],
    ids=[
        "source",
        "reporting-credit",
        "copyright",
        "coverage-prompt",
        "membership-appeal",
        "author-note",
    ],
)
def test_credit_and_promotion_lines_after_the_story_are_not_body(line: str) -> None:
    page = _story_page("").replace(f"<p>{STORY[-1]}</p>", f"<p>{STORY[-1]}</p><p>{line}</p>")
    article = extract_article(page, "https://news.example.com/bridge")
    assert article.paragraphs == STORY

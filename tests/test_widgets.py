"""Widget decoding: the sample's fact boxes, field and link rules, and hostile or broken input."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from urllib.parse import quote, unquote

import pytest

from newsbot.items import Widget
from newsbot.parsing import widgets as widgets_module
from newsbot.parsing.widgets import (
    decode_widget,
    decode_widgets,
    looks_percent_encoded,
    parse_fields,
)
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "thenational_iraq_militias.txt"
EXPECTED = json.loads((SAMPLES / "thenational_iraq_militias.expected.json").read_text("utf-8"))


def _cut_sample_widgets() -> list[Widget]:
    """Cut each expected box out of the dump: its title line up to the next box or the end."""
    lines = SAMPLE.read_text("utf-8").split("\n")
    titles = [box["title"] for box in EXPECTED["widgets"]]
    starts = [
        next(i for i, line in enumerate(lines) if " ".join(_unquote(line).split()) == title)
        for title in titles
    ]
    end_of_boxes = next(i for i, line in enumerate(lines) if line.startswith("Updated:"))
    cut = []
    for start, end in zip(starts, [*starts[1:], end_of_boxes], strict=True):
        raw = "\n".join(lines[start + 1 : end]).strip("\n")
        declared = "percent" if looks_percent_encoded(raw) else "plain"
        cut.append(Widget(title=lines[start], raw=raw, encoding=declared))
    return cut


def _unquote(line: str) -> str:
    return unquote(line) if looks_percent_encoded(line) else line


SAMPLE_WIDGETS = _cut_sample_widgets()


@pytest.mark.parametrize(
    ("widget", "expected"),
    list(zip(SAMPLE_WIDGETS, EXPECTED["widgets"], strict=True)),
    ids=[box["title"] for box in EXPECTED["widgets"]],
)
def test_sample_widgets_match_expected(widget: Widget, expected: dict) -> None:
    decoded = decode_widget(widget)
    assert decoded.title == expected["title"]
    assert decoded.encoding == expected["encoding"]
    if "fields" in expected:
        assert decoded.fields == expected["fields"]
        assert list(decoded.fields) == list(expected["fields"])  # order kept
    if "links" in expected:
        assert decoded.links == expected["links"]
    for snippet in expected.get("text_must_contain", []):
        assert snippet in decoded.text
    assert "%3C" not in decoded.text and "<" not in decoded.text
    assert (decoded.html is None) == (expected["encoding"] == "plain")
    assert decoded.warnings == []


def test_decoding_leaves_the_input_widget_unchanged() -> None:
    original = SAMPLE_WIDGETS[2]
    before = replace(original)
    decode_widget(original)
    assert original == before


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Getting%20there%20", "Getting there"),
        ("Getting%2520there%2520", "Getting there"),
        ("  COMPANY \t  PROFILE \n", "COMPANY PROFILE"),
        ("100% pure", "100% pure"),
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("Bad\x00 title\x1b", "Bad title"),
        ("Caf%C3%A9%20guide", "Café guide"),
        (None, None),
    ],
)
def test_title_is_decoded_and_normalised(title: str | None, expected: str | None) -> None:
    assert decode_widget(Widget(title=title, raw="x")).title == expected


BABYLON_HTML = "<p>Director: Damien Chazelle</p><p>Rating: 4/5</p>"


@pytest.mark.parametrize(
    ("raw", "declared", "expected_encoding", "expected_text"),
    [
        (quote(BABYLON_HTML), "percent", "percent", "Director: Damien Chazelle\nRating: 4/5"),
        (quote(quote(BABYLON_HTML)), "percent", "percent-twice", "Director: Damien Chazelle\n"),
        (quote(quote(BABYLON_HTML)), "plain", "percent-twice", "Rating: 4/5"),
        (quote(BABYLON_HTML), "plain", "percent", "Damien Chazelle"),
        (BABYLON_HTML, "html", "html", "Director: Damien Chazelle\nRating: 4/5"),
        (BABYLON_HTML, "plain", "html", "Director: Damien Chazelle\nRating: 4/5"),
        ("Director: Damien Chazelle\nRating: 4/5", "plain", "plain", "Rating: 4/5"),
        ("Director: Damien Chazelle", "percent", "plain", "Director: Damien Chazelle"),
        ("Prices rose 50% in 2023", "plain", "plain", "Prices rose 50% in 2023"),
    ],
)
def test_encoding_reports_what_was_found(
    raw: str, declared: str, expected_encoding: str, expected_text: str
) -> None:
    decoded = decode_widget(Widget(title="t", raw=raw, encoding=declared))
    assert decoded.encoding == expected_encoding
    assert expected_text in decoded.text
    assert "%" not in decoded.text or "%" in expected_text


@pytest.mark.parametrize(
    ("raw", "expected_fields"),
    [
        (
            "<p><strong>Name: </strong>Ejari<br><strong>Sector: </strong>PropTech</p>",
            {"Name": "Ejari", "Sector": "PropTech"},
        ),
        (
            "<p>Director: Damien Chazelle</p><p>Rating: 4/5</p>",
            {"Director": "Damien Chazelle", "Rating": "4/5"},
        ),
        (
            "<b>Directed by</b>: Jeethu Joseph<br><b>Rating</b>: 4 stars",
            {"Directed by": "Jeethu Joseph", "Rating": "4 stars"},
        ),
        ("<strong>Price:</strong>Dh500<br>", {"Price": "Dh500"}),
        (
            "Houthis: Iran-backed rebels\n\nHabrish 'rebels': Tribal-backed forces",
            {"Houthis": "Iran-backed rebels", "Habrish 'rebels'": "Tribal-backed forces"},
        ),
        (
            "Starring:   Mohanlal,  Meena  \r\nRating: 4 stars\r\n",
            {"Starring": "Mohanlal, Meena", "Rating": "4 stars"},
        ),
        (
            "<strong>Name:</strong> Ejari\n<strong>Based:</strong> Riyadh",
            {"Name": "Ejari", "Based": "Riyadh"},
        ),
        ("<p>Name: Ejari\nBased: Riyadh</p>", {"Name": "Ejari Based: Riyadh"}),
        ("Name: First\nName: Second", {"Name": "First"}),
        ("However, the official said on Tuesday that: the truce is over.", {}),
        ("The resistance factions in Iraq ended this truce and said: all options remain", {}),
        ("https://www.example.com/page", {}),
        ("Doors open at 10:30 every day", {}),
        ("Note:", {}),
        ("“We will respond”: a commander", {}),
        ("Sheikh Zayed bin Sultan (ruled 1966-2004) Moved the royal residence", {}),
        ("Sources: Jayanti Maitra, www.adach.ae", {"Sources": "Jayanti Maitra, www.adach.ae"}),
        ("Summary: " + "long prose " * 100, {}),
    ],
)
def test_fields_are_key_value_lines_only(raw: str, expected_fields: dict[str, str]) -> None:
    decoded = decode_widget(Widget(title="t", raw=raw, encoding="plain"))
    assert decoded.fields == expected_fields
    assert list(decoded.fields) == list(expected_fields)


def test_parse_fields_is_usable_on_its_own() -> None:
    assert parse_fields("Based: Riyadh\nSome prose line\nSector: PropTech") == {
        "Based": "Riyadh",
        "Sector": "PropTech",
    }


@pytest.mark.parametrize(
    ("raw", "expected_text"),
    [
        ("<p>one<br>two<br/>three</p>", "one\ntwo\nthree"),
        ("<div>a</div><div>b</div><ul><li>c</li><li>d</li></ul>", "a\nb\nc\nd"),
        ("<p>Tom &amp; Jerry&nbsp;&#8211; &quot;friends&quot;</p>", 'Tom & Jerry – "friends"'),
        (
            "<p>kept<script>var hidden = 1;</script><style>p {color: red}</style> too</p>",
            "kept too",
        ),
        ("<p>  lots \t of\n\n   space  </p>\n\n<p></p>", "lots of space"),
        ("<h3>Heading</h3><p>para</p>", "Heading\npara"),
        (
            "<table><tr><th>Name</th><td>Ejari</td></tr><tr><td>x</td><td>y</td></tr></table>",
            "Name Ejari\nx y",
        ),
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
    ],
)
def test_text_is_plain_with_line_breaks(raw: str, expected_text: str) -> None:
    assert decode_widget(Widget(title="t", raw=raw)).text == expected_text


@pytest.mark.parametrize(
    ("raw", "expected_links"),
    [
        (
            '<a href="https://a.example/x">1</a> <a href="http://b.example/">2</a>'
            '<a href="https://a.example/x">again</a>',
            ["https://a.example/x", "http://b.example/"],
        ),
        ('<a href="/relative/path">r</a><a href="#top">t</a><a href="mailto:x@y.z">m</a>', []),
        ('<a href="javascript:alert(1)">j</a><a href="JaVaScRiPt:alert(1)">k</a>', []),
        ('<a href=" https://c.example/a b?q=é ">c</a>', ["https://c.example/a%20b?q=%C3%A9"]),
        ('<a href="https://d.example/?a=1&amp;b=2">d</a>', ["https://d.example/?a=1&b=2"]),
        ("See https://not-a-link.example in text", []),
    ],
)
def test_links_are_absolute_deduplicated_and_ordered(raw: str, expected_links: list[str]) -> None:
    assert decode_widget(Widget(title="t", raw=raw, encoding="html")).links == expected_links


HOSTILE = (
    '<p onclick="steal()">Visible <script>document.cookie</script>words'
    '<iframe src="https://evil.example">iframe fallback</iframe></p>'
    '<a href="javascript:alert(1)" onmouseover="x()">click me</a>'
    ' <a href="vbscript:msgbox(1)">vb</a>'
    '<img src="data:image/png;base64,AAAA" onerror="alert(1)" alt="pic">'
    '<img src="https://img.example/ok.png" alt="ok">'
    '<style>body{display:none}</style><object data="x.swf">obj</object><embed src="x.swf">'
    '<svg onload="alert(1)"><text>svg text</text></svg><form action="/x"><p>form text</p></form>'
)


@pytest.mark.parametrize("encode", [lambda s: s, quote, lambda s: quote(quote(s))])
@pytest.mark.parametrize(
    "forbidden",
    [
        "<script",
        "document.cookie",
        "<iframe",
        "<object",
        "<embed",
        "<style",
        "display:none",
        "onclick",
        "onerror",
        "onmouseover",
        "onload",
        "javascript:",
        "vbscript:",
        "data:",
        "<svg",
        "<form",
    ],
)
def test_stored_html_is_sanitised(encode, forbidden: str) -> None:
    decoded = decode_widget(Widget(title="t", raw=encode(HOSTILE), encoding="plain"))
    assert forbidden not in decoded.html.lower()
    assert forbidden not in decoded.text.lower()


def test_hostile_widget_keeps_visible_text_and_safe_parts() -> None:
    decoded = decode_widget(Widget(title="t", raw=HOSTILE, encoding="html"))
    assert decoded.text.split("\n") == ["Visible words", "click me vb", "form text"]
    assert '<img src="https://img.example/ok.png" alt="ok">' in decoded.html
    assert decoded.links == []
    assert any("unsafe markup removed" in warning for warning in decoded.warnings)


def _nested(tag: str, depth: int) -> str:
    return f"<{tag}>" * depth + "deep text" + f"</{tag}>" * depth


@pytest.mark.parametrize(
    ("raw", "declared", "expected_text", "expected_warning"),
    [
        ("%3Cp%3EName%3A%20Ejari%3C%2Fp%3E%3Cp%3", "percent", "Name: Ejari", "truncated"),
        ("%3Cp%3EName%3A%20Ejari%3C%2Fp%3E%3", "percent", "Name: Ejari", "truncated"),
        (
            "%3Cp%3ECaf%C3%A9%20%FF%FE%20bar%3C%2Fp%3E",
            "percent",
            "Café \ufffd\ufffd bar",
            "invalid UTF-8",
        ),
        ("%3Cp%3E100%%20sure%3C%2Fp%3E", "percent", "100% sure", "'%' without two hex"),
        (
            "Name:\x00 Ej\x07ari\x1b\r\nBased: Riyadh\x7f",
            "plain",
            "Name: Ejari\nBased: Riyadh",
            "control character",
        ),
        ("%3Cp%3EA%00B%0D%0AC%3C%2Fp%3E", "percent", "AB C", "control character"),
        (_nested("div", 20_000), "html", "deep text", "nested deeper"),
        (quote(_nested("div", 20_000)), "percent", "deep text", "nested deeper"),
        (_nested("span", 20_000), "html", "deep text", "nested deeper"),
        (_nested("b", 20_000), "html", "deep text", "nested deeper"),
        (_nested("ul", 20_000), "html", "deep text", "nested deeper"),
        ("<table><tr><td>" * 7_000 + "deep text", "html", "deep text", "parser gave up"),
        ("<div>" * 30_000 + "unclosed deep text", "html", "unclosed deep text", "nested deeper"),
    ],
)
def test_broken_input_is_repaired_and_reported(
    raw: str, declared: str, expected_text: str, expected_warning: str
) -> None:
    decoded = decode_widget(Widget(title="t", raw=raw, encoding=declared))
    assert expected_text in decoded.text
    assert any(expected_warning in warning for warning in decoded.warnings), decoded.warnings


@pytest.mark.parametrize(
    ("raw", "declared"),
    [
        ("", "plain"),
        ("", "percent"),
        ("%", "percent"),
        ("%%%%", "percent"),
        ("<", "html"),
        ("<<<>>>&&&;;</p></div>", "html"),
        ("<!--" * 1000, "html"),
        ("</div>" * 50_000, "html"),
        ('<a href="' + "x" * 100_000 + '">x</a>', "html"),
        ("<p " + "a=1 " * 50_000 + ">x</p>", "html"),
        ('<a href="https://[::1:bad">x</a>', "html"),
        ("\ufeff\u200b\x00", "plain"),
    ],
)
def test_odd_input_never_raises(raw: str, declared: str) -> None:
    decoded = decode_widget(Widget(title=raw[:50], raw=raw, encoding=declared))
    assert decoded.encoding in {"percent", "percent-twice", "plain", "html"}
    assert re.search(r"<[a-z/!]", decoded.text) is None
    assert "\x00" not in decoded.text


def test_megabyte_widget_is_decoded_whole() -> None:
    paragraph = "<p><strong>Item {0}: </strong>value {0} &amp; more</p>"
    raw = "".join(paragraph.format(number) for number in range(20_000))
    assert len(raw) > 1_000_000
    decoded = decode_widget(Widget(title="big", raw=quote(raw), encoding="percent"))
    lines = decoded.text.split("\n")
    assert len(lines) == 20_000
    assert lines[-1] == "Item 19999: value 19999 & more"
    assert len(decoded.fields) == widgets_module.MAX_FIELDS
    assert decoded.warnings == []


def test_oversized_widget_is_cut_with_a_warning() -> None:
    raw = "word " * (widgets_module.MAX_RAW_CHARS // 5 + 1000)
    decoded = decode_widget(Widget(title="huge", raw=raw))
    assert len(decoded.text) <= widgets_module.MAX_RAW_CHARS
    assert any("was cut" in warning for warning in decoded.warnings)


def test_five_thousand_widgets_decode_consistently() -> None:
    batch = SAMPLE_WIDGETS * (5_000 // len(SAMPLE_WIDGETS) + 1)
    decoded = decode_widgets(batch[:5_000])
    first_round = decoded[: len(SAMPLE_WIDGETS)]
    assert len(decoded) == 5_000
    for position, widget in enumerate(decoded):
        assert widget == first_round[position % len(SAMPLE_WIDGETS)]


def test_unexpected_failure_still_returns_text(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_clean(*args, **kwargs):
        raise RuntimeError("sanitiser down")

    monkeypatch.setattr(widgets_module, "_sanitiser", lambda: broken_clean)
    decoded = decode_widget(Widget(title="t", raw="<p>Name: Ejari</p>\x00", encoding="html"))
    assert decoded.html is None
    assert "Name: Ejari" in decoded.text
    assert "\x00" not in decoded.text
    assert any("RuntimeError" in warning for warning in decoded.warnings)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Getting%20there%20", True),
        ("COMPANY%20PROFILE", True),
        ("%3Cp%3EDirector%3A%20Damien%20Chazelle%3C%2Fp%3E%0A", True),
        ("%253Cp%253EDirector%253A%2520Damien%253C%252Fp%253E", True),
        ("Drishyam 2", False),
        ("Prices rose 50% in a year", False),
        ("Rating: 4/5", False),
        ("A sentence with one odd %20 escape among many plain words", False),
        ("", False),
        ("%", False),
    ],
)
def test_looks_percent_encoded(line: str, expected: bool) -> None:
    assert looks_percent_encoded(line) is expected


def test_decoding_from_worker_threads_gives_the_same_results() -> None:
    expected = decode_widgets(SAMPLE_WIDGETS)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(decode_widget, SAMPLE_WIDGETS * 20))
    assert results == expected * 20


def test_figures_box_keys_may_be_phrases_of_several_words() -> None:
    widget = decode_widget(
        Widget(
            title="Drought in numbers",
            raw="Wells dried up in the district since 2019: 412\n"
            "Time for an aquifer to refill after rain: about three years\n"
            "Farms left: 38",
            encoding="plain",
        )
    )
    assert widget.fields == {
        "Wells dried up in the district since 2019": "412",
        "Time for an aquifer to refill after rain": "about three years",
        "Farms left": "38",
    }

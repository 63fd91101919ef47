"""One checker for "what a correct ingestion must produce" files (``*.expected.json``).

It takes an article in the export shape of CONTRACT.md, so the parser tests (through a small
adapter) and the end-to-end tests (on ``newsbot export`` output) hold documents to the same
expectations. Every key of the expected dict is checked; an unknown key fails, so a typo in a
fixture cannot silently check nothing.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import unquote

from newsbot.items import ParsedArticle

WIDGET_DECODED_KEYS = frozenset({"fields", "links", "text_must_contain", "text"})
ENTITY_KEYS = frozenset({"body_entities_must_contain", "body_entities_must_not_contain"})


def _same_time(actual: str | None, expected: str | None, key: str) -> None:
    if expected is None:
        assert actual is None, f"{key}: expected none, got {actual!r}"
        return
    assert actual is not None, f"{key}: expected {expected}, got none"
    assert datetime.fromisoformat(actual) == datetime.fromisoformat(expected), (
        f"{key}: {actual} != {expected}"
    )


def _check_widgets(
    actual: list[Mapping[str, Any]], expected: list[Mapping[str, Any]], skip: Collection[str]
) -> None:
    titles = [widget.get("title") for widget in actual]
    assert len(actual) == len(expected), f"widgets: got {len(actual)} {titles}"
    for position, (got, want) in enumerate(zip(actual, expected, strict=True)):
        where = f"widget {position} ({want.get('title')!r})"
        for key, value in want.items():
            if key in skip or key.startswith("_"):
                continue
            if key == "title":
                assert got["title"] == value, f"{where}: title {got['title']!r}"
            elif key == "encoding":
                assert got["encoding"] == value, f"{where}: encoding {got['encoding']!r}"
            elif key == "fields":
                assert dict(got["fields"]) == value, f"{where}: fields {got['fields']!r}"
            elif key == "links":
                assert list(got["links"]) == value, f"{where}: links {got['links']!r}"
            elif key == "text":
                assert got["text"] == value, f"{where}: text {got['text']!r}"
            elif key == "text_must_contain":
                for piece in value:
                    assert piece in got["text"], f"{where}: text lacks {piece!r}"
            else:
                raise AssertionError(f"{where}: unknown expectation key {key!r}")


def _check_entities(exported: Mapping[str, Any], expected: Mapping[str, Any]) -> None:
    body_entities = [entity for entity in exported["entities"] if entity["part"] == "body"]
    if "body_entities_must_contain" in expected:
        for label, names in expected["body_entities_must_contain"].items():
            found = {entity["text"] for entity in body_entities if entity["label"] == label}
            missing = [name for name in names if name not in found]
            assert not missing, f"body {label} entities missing {missing}; found {sorted(found)}"
    if "body_entities_must_not_contain" in expected:
        found = {entity["text"] for entity in body_entities}
        wrong = [name for name in expected["body_entities_must_not_contain"] if name in found]
        assert not wrong, f"body entities must not contain {wrong}"


def check_article(
    exported: Mapping[str, Any], expected: Mapping[str, Any], skip: Collection[str] = ()
) -> None:
    """Assert that an exported article meets every expectation in ``expected``.

    ``skip`` names expectation keys to leave out (top-level keys, or widget keys such as
    ``fields``), for checks on output that has not been through every stage.
    """
    paragraphs: list[str] = list(exported["paragraphs"])
    body_and_headings = exported["body"] + "\n\n" + "\n\n".join(exported["headings"])
    for key, value in expected.items():
        if key in skip or key.startswith("_"):
            continue
        if key == "title":
            assert exported["title"] == value, f"title: {exported['title']!r}"
        elif key in ("updated", "published"):
            _same_time(exported[key], value, key)
        elif key in ("languages_offered", "authors"):
            assert list(exported[key]) == value, f"{key}: {exported[key]!r}"
        elif key == "paragraph_count":
            assert len(paragraphs) == value, (
                f"paragraph_count: {len(paragraphs)} != {value}; "
                f"starts: {[p[:40] for p in paragraphs]}"
            )
        elif key == "headings":
            assert list(exported["headings"]) == value, f"headings: {exported['headings']!r}"
        elif key == "body_first_paragraph_starts":
            assert paragraphs and paragraphs[0].startswith(value), (
                f"first paragraph: {paragraphs[0][:80] if paragraphs else None!r}"
            )
        elif key == "body_last_paragraph_starts":
            assert paragraphs and paragraphs[-1].startswith(value), (
                f"last paragraph: {paragraphs[-1][:80] if paragraphs else None!r}"
            )
        elif key == "body_must_not_contain":
            for piece in value:
                assert piece not in body_and_headings, f"body contains {piece!r}"
        elif key == "body_must_contain":
            for piece in value:
                assert piece in exported["body"], f"body lacks {piece!r}"
        elif key == "captions":
            got = [{"text": c["text"], "credit": c["credit"]} for c in exported["captions"]]
            want = [{"text": c["text"], "credit": c.get("credit")} for c in value]
            assert got == want, f"captions: {got!r}"
        elif key == "widgets":
            _check_widgets(exported["widgets"], value, skip)
        elif key in ENTITY_KEYS:
            _check_entities(exported, expected)
        else:
            raise AssertionError(f"unknown expectation key {key!r}")


def export_shape(article: ParsedArticle) -> dict[str, Any]:
    """The parser's result in export shape, before the widget and entity stages ran.

    Widget titles are percent-decoded here the way the widget stage decodes them.
    """
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "updated": article.updated.isoformat() if article.updated else None,
        "languages_offered": list(article.languages_offered),
        "authors": list(article.authors),
        "headings": article.headings,
        "paragraphs": article.paragraphs,
        "body": article.body,
        "captions": [{"text": c.text, "credit": c.credit} for c in article.captions],
        "widgets": [
            {
                "title": unquote(unquote(w.title)).strip() if w.title is not None else None,
                "encoding": w.encoding,
                "text": w.text,
                "html": w.html,
                "fields": dict(w.fields),
                "links": list(w.links),
                "warnings": list(w.warnings),
            }
            for w in article.widgets
        ],
        "entities": [],
        "warnings": list(article.warnings),
    }


PARSER_ONLY_SKIP = WIDGET_DECODED_KEYS | ENTITY_KEYS

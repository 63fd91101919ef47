"""The model tagger's paragraph cache stays correct when it is full."""

from __future__ import annotations

import pytest

from newsbot.parsing import entities
from newsbot.parsing.entities import build_tagger

PARAGRAPHS = [
    f"Minister {name} met officials of the Central Bank of Kenya in Nairobi on day {n}."
    for n, name in enumerate(["Kamau Thugge", "Ruth Wanjiku", "Ali Hassan", "Grace Otieno"])
]


def test_a_full_cache_never_loses_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = build_tagger("default")
    monkeypatch.setattr(entities, "CACHE_SIZE", 2)
    tagger.tag_article([("body", 0, PARAGRAPHS[0])])
    # one cached paragraph and several new ones: filling the cache evicts the cached one
    body = "\n\n".join(PARAGRAPHS)
    mentions = tagger.tag_article([("body", 0, body)])
    people = {m.canonical for m in mentions if m.label == "PERSON"}
    assert {"Kamau Thugge", "Grace Otieno"} <= people
    assert all(body[m.start : m.end] == m.text for m in mentions)

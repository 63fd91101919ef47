"""The per-site parser registry and The National's site module."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest

from newsbot import sites
from newsbot.parsing.html_article import extract_article, extract_generic
from newsbot.sites import thenationalnews

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
NATIONAL = FIXTURES / "thenationalnews_iraq_militias.html"


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("www.thenationalnews.com", thenationalnews.parse),
        ("thenationalnews.com", thenationalnews.parse),
        ("WWW.TheNationalNews.com.", thenationalnews.parse),
        ("thenationalnews.com.evil.example", None),
        ("notthenationalnews.com", None),
        ("news.example.com", None),
        (None, None),
    ],
)
def test_parser_is_found_by_domain_and_parent_domains(host: str | None, expected: object) -> None:
    assert sites.parser_for(host) is expected


def test_every_registered_domain_is_lower_case_without_www() -> None:
    assert sites.REGISTRY
    for domain in sites.REGISTRY:
        assert domain == domain.lower() and not domain.startswith("www.")


@pytest.mark.parametrize(
    ("attributes", "message"),
    [
        ({"parse": lambda html, url: None}, "DOMAINS"),
        ({"DOMAINS": (), "parse": lambda html, url: None}, "DOMAINS"),
        ({"DOMAINS": ("www.example.com",), "parse": lambda html, url: None}, "bad domain"),
        ({"DOMAINS": ("Example.com",), "parse": lambda html, url: None}, "bad domain"),
        ({"DOMAINS": ("example.com",)}, "parse"),
    ],
)
def test_malformed_site_module_is_rejected(attributes: dict[str, object], message: str) -> None:
    module = types.ModuleType("newsbot.sites.broken")
    for name, value in attributes.items():
        setattr(module, name, value)
    with pytest.raises(sites.SiteModuleError, match=message):
        sites._check(module)


def test_the_national_page_goes_through_its_site_module() -> None:
    html = NATIONAL.read_text(encoding="utf-8")
    url = json.loads(
        (Path(__file__).resolve().parent / "expected" / "html" / f"{NATIONAL.stem}.json").read_text(
            encoding="utf-8"
        )
    )["url"]
    generic = extract_generic(html, url)
    article = extract_article(html, url)
    # template parts around the story (newsletter prompt, most-popular teaser) stay out
    assert not any("newsletter" in p or "cultural district" in p for p in article.paragraphs)
    assert "More from The National" not in article.headings
    assert article.paragraphs[0] == generic.paragraphs[0]
    assert [w.title for w in article.widgets] == ["Getting there", "COMPANY PROFILE"]
    assert all(w.encoding == "percent" and w.raw.startswith("%3C") for w in article.widgets)
    assert article.languages_offered == ["English", "Arabic"]
    assert [c.credit for c in article.captions] == ["Reuters", "AP"]


def test_site_module_hands_back_pages_it_cannot_read() -> None:
    empty_page = "<html><body></body></html>"
    assert thenationalnews.parse(empty_page, "https://thenationalnews.com/") is None
    article = extract_article("<html><body></body></html>", "https://www.thenationalnews.com/x")
    assert article.paragraphs == []
    assert article.site == "thenationalnews.com"

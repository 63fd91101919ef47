"""Pages broken the ways saved and crawled pages are: a bad link or attribute costs that field,
never the article."""

from __future__ import annotations

import pytest

from newsbot.parsing.html_article import extract_article

BODY = "<p>" + "The council met on Monday to discuss the new bridge over the river. " * 6 + "</p>"


@pytest.mark.parametrize(
    "canonical",
    [
        "http://[::1",  # an IPv6 host left open
        "http://[function(t,n,e){return!t}]/story",  # script text in an attribute
        "javascript:alert(1)",
    ],
)
def test_a_broken_canonical_link_falls_back_to_the_next_url(canonical):
    html = (
        f'<html><head><link rel="canonical" href="{canonical}">'
        '<meta property="og:url" content="https://news.example.com/2024/bridge">'
        "<title>Council backs bridge</title></head><body><article><h1>Council backs bridge</h1>"
        f"{BODY}</article></body></html>"
    )
    article = extract_article(html, "https://news.example.com/saved/bridge.html")
    assert article.url == "https://news.example.com/2024/bridge"
    assert article.title == "Council backs bridge"
    assert "new bridge over the river" in article.body
    assert not any("extraction failed" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "page_url", ["http://[::1/saved/bridge.html", "https://news.example.com/saved/bridge.html"]
)
def test_broken_links_in_the_page_or_as_its_address_cost_only_the_site(page_url):
    html = (
        "<html><head><title>Council backs bridge</title></head><body><article>"
        f'<h1>Council backs bridge</h1>{BODY}<p><a href="http://[::1/more">More</a></p>'
        "</article></body></html>"
    )
    article = extract_article(html, page_url)
    assert article.title == "Council backs bridge"
    assert "new bridge over the river" in article.body
    assert article.site == (None if "[" in page_url else "news.example.com")
    assert not any("extraction failed" in warning for warning in article.warnings)

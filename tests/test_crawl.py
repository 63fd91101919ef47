"""The news spider: its routing rules, then real crawls of the fixture site on 127.0.0.1.

Crawls run ``python -m scrapy crawl news`` in a subprocess from the project root, as a user
would, and the assertions read what the site's server saw requested, what the spider yielded
(through a collecting pipeline), and what the database holds afterwards (through
``newsbot export``).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler
from warcio.archiveiterator import ArchiveIterator

from newsbot.items import RawDocument
from newsbot.spiders.news import (
    NewsSpider,
    declared_feeds,
    declares_article,
    document_kind,
    feed_links,
    is_article_page,
    looks_like_article_url,
    looks_like_section_url,
    on_hosts,
    parse_url_list,
    sitemap_links,
    unpack_body,
    url_key,
    without_tracking,
)
from tests.site.server import (
    ALIAS_ARTICLE,
    ARTICLE_PAGES,
    ARTICLES,
    BROKEN_ARTICLE,
    CANONICAL_OF_ALIAS,
    MISSING_ARTICLE,
    PRIVATE_ARTICLE,
    REDIRECT_PATH,
    UPDATED_ARTICLE,
    SiteServer,
    serve_site,
)
from tests.site.warc import write_site_warc

ROOT = Path(__file__).resolve().parent.parent
CRAWL_TIMEOUT = 120
COLLECTOR = json.dumps({"tests.site.collect.CollectItems": 100})

# ---------------------------------------------------------------------------------------------
# Routing rules


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ex.com/2024/05/10/talks-resume-in-baghdad", True),
        ("https://ex.com/news/2024-05-10-talks-resume", True),
        ("https://ex.com/news/20240510/talks", True),
        ("https://ex.com/world/flood-warnings-issued-across-the-region", True),
        ("https://ex.com/business/startup-raises-series-b.html", True),
        ("https://ex.com/politics/minister-resigns-1234567", True),
        ("https://ex.com/", False),
        ("https://ex.com/world/", False),
        ("https://ex.com/2024/05/10/", False),
        ("https://ex.com/tag/oil-prices-and-energy-markets", False),
        ("https://ex.com/author/haider-al-lami-senior-correspondent", False),
        ("https://ex.com/static/img/2024/05/10/flood-warnings-photo.jpg", False),
        ("https://ex.com/about-us", False),
    ],
)
def test_article_urls_are_told_from_other_links(url: str, expected: bool) -> None:
    assert looks_like_article_url(url) is expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ex.com/world/", True),
        ("https://ex.com/section/business", True),
        ("https://ex.com/world/middle-east", True),
        ("https://ex.com/2024/05/10/talks-resume-in-baghdad", False),
        ("https://ex.com/login", False),
        ("https://ex.com/a/b/c/d", False),
        ("https://ex.com/static/site.css", False),
    ],
)
def test_section_urls_are_followed_only_when_they_list_stories(url: str, expected: bool) -> None:
    assert looks_like_section_url(url) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', "feed"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "feed"),
        (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/0.9"/>', "sitemap"),
        (b"<!-- generated -->\n<sitemapindex><sitemap/></sitemapindex>", "sitemap_index"),
        (b"\xef\xbb\xbf<!DOCTYPE html>\n<html lang='en'><body>x</body></html>", "html"),
        (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"/>', "html"),
        (b"<!-- cached page -->\n<head><title>x</title></head>", "html"),
        (b'{"items": []}', "other"),
        (b"User-agent: *\nDisallow: /", "other"),
    ],
)
def test_document_kind_is_read_from_the_content(body: bytes, expected: str) -> None:
    assert document_kind(body) == expected


def test_gzip_sitemaps_are_unpacked_before_they_are_read() -> None:
    sitemap = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://ex.com/a-b-c-d</loc></url></urlset>'
    body = unpack_body(gzip.compress(sitemap))
    assert document_kind(body) == "sitemap"
    assert sitemap_links(body) == ["https://ex.com/a-b-c-d"]


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><link>https://ex.com/</link>
<item><title>A</title><link> https://ex.com/2024/05/10/a </link></item>
<item><title>B</title><guid isPermaLink="true">https://ex.com/2024/05/11/b</guid></item>
<item><title>C</title><guid isPermaLink="false">c-123</guid></item>
<item><title>A again</title><link>https://ex.com/2024/05/10/a</link></item>
</channel></rss>"""
ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom">
<link rel="self" href="https://ex.com/feed"/>
<entry><link rel="enclosure" href="/img/x.jpg"/><link rel="alternate" href="/2024/05/12/c"/></entry>
<entry><link href="https://ex.com/2024/05/13/d"/></entry>
</feed>"""
RDF = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
xmlns="http://purl.org/rss/1.0/"><channel><link>https://ex.com/</link></channel>
<item><link>https://ex.com/2024/05/14/e</link></item></rdf:RDF>"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (RSS, ["https://ex.com/2024/05/10/a", "https://ex.com/2024/05/11/b"]),
        (ATOM, ["https://ex.com/2024/05/12/c", "https://ex.com/2024/05/13/d"]),
        (RDF, ["https://ex.com/2024/05/14/e"]),
        (b"<rss><channel><title>empty</title></channel></rss>", []),
    ],
)
def test_feed_links_are_the_item_links_in_order_once_each(body: bytes, expected: list[str]) -> None:
    assert feed_links(body, base_url="https://ex.com/feed") == expected


def test_sitemap_index_and_news_sitemap_give_their_locations() -> None:
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://ex.com/s1.xml</loc></sitemap><sitemap><loc>https://ex.com/s2</loc></sitemap>
    </sitemapindex>"""
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>
    <loc>https://ex.com/2024/05/10/a</loc><news:news><news:title>A</news:title></news:news>
    </url></urlset>"""
    assert sitemap_links(index) == ["https://ex.com/s1.xml", "https://ex.com/s2"]
    assert sitemap_links(news) == ["https://ex.com/2024/05/10/a"]


LD_ARTICLE = '<script type="application/ld+json">{"@type": "NewsArticle"}</script>'
LD_GRAPH = '<script type="application/ld+json">{"@graph": [{"@type": ["WebPage"]}, {"@type": ["ReportageNewsArticle"]}]}</script>'  # noqa: E501
OG_ARTICLE = '<meta property="og:type" content="article">'
OG_WEBSITE = '<meta property="og:type" content="website">'


@pytest.mark.parametrize(
    ("url", "head", "expected"),
    [
        ("https://ex.com/story/4821", LD_ARTICLE, True),
        ("https://ex.com/story/4821", LD_GRAPH, True),
        ("https://ex.com/story/4821", OG_ARTICLE, True),
        ("https://ex.com/story/4821", "", False),
        ("https://ex.com/2024/05/10/talks-resume", "", True),
        ("https://ex.com/2024/05/10/live-coverage-index", OG_WEBSITE, False),
        ("https://ex.com/2024/05/10/talks", '<script type="application/ld+json">{broken', True),
    ],
)
def test_article_pages_are_known_by_their_own_word_then_by_url(
    url: str, head: str, expected: bool
) -> None:
    html = f"<html><head>{head}</head><body><p>x</p></body></html>"
    assert is_article_page(url, html) is expected
    assert is_article_page(url, lxml.html.fromstring(html)) is expected  # a tree already parsed


def test_a_page_silent_about_its_type_declares_nothing() -> None:
    assert declares_article("<html><head><title>x</title></head></html>") is None


def test_feeds_announced_in_the_page_head_are_found() -> None:
    html = """<html><head>
    <link rel="alternate" type="application/rss+xml" href="/feeds/latest">
    <link rel="alternate" type="application/atom+xml" href="https://ex.com/atom">
    <link rel="alternate" hreflang="ar" href="/ar/">
    </head></html>"""
    assert declared_feeds(html, "https://ex.com/world/") == [
        "https://ex.com/feeds/latest",
        "https://ex.com/atom",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://ex.com/a?utm_source=rss&utm_medium=feed", "https://ex.com/a"),
        ("https://ex.com/a?id=7&fbclid=xyz#comments", "https://ex.com/a?id=7"),
        ("https://ex.com/a?page=2", "https://ex.com/a?page=2"),
    ],
)
def test_campaign_parameters_are_dropped_before_fetching(url: str, expected: str) -> None:
    assert without_tracking(url) == expected


def test_one_page_under_reordered_or_tagged_queries_has_one_key() -> None:
    keys = {
        url_key("https://ex.com/a?b=1&a=2"),
        url_key("https://ex.com/a?a=2&b=1&utm_campaign=x"),
        url_key("https://ex.com/a?a=2&b=1#top"),
    }
    assert len(keys) == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8080/world/", True),
        ("https://www.ex.com/a", True),
        ("https://news.ex.com/a", True),
        ("https://notex.com/a", False),
        ("https://ex.com.evil.org/a", False),
    ],
)
def test_links_stay_on_the_crawled_sites(url: str, expected: bool) -> None:
    assert on_hosts(url, {"127.0.0.1", "ex.com"}) is expected


def test_start_urls_are_split_on_commas_and_spaces() -> None:
    assert parse_url_list("https://a.com/, https://b.com/feed\nhttps://c.com/") == [
        "https://a.com/",
        "https://b.com/feed",
        "https://c.com/",
    ]


# ---------------------------------------------------------------------------------------------
# The spider's routing of single responses


def make_spider(**arguments: str) -> NewsSpider:
    spider = NewsSpider.from_crawler(get_crawler(NewsSpider), urls="https://ex.com/", **arguments)
    spider.skip_keys = {url_key("https://ex.com/2024/05/01/stored-story")}
    return spider


def respond(url: str, body: bytes = b"", status: int = 200, **headers: str) -> Response:
    request = Request(url, meta={"page_depth": 1})
    return Response(url, status=status, body=body, headers=headers, request=request)


ARTICLE_HTML = f"<html><head>{LD_ARTICLE}</head><body><p>Story</p></body></html>".encode()


@pytest.mark.parametrize("content_type", ["text/html", "application/octet-stream", ""])
def test_an_article_page_is_yielded_whatever_type_it_is_served_as(content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    url = "https://ex.com/story/4821"
    outputs = list(make_spider().parse(respond(url, ARTICLE_HTML, **headers)))
    documents = [o for o in outputs if isinstance(o, RawDocument)]
    assert len(documents) == 1
    assert documents[0].body == ARTICLE_HTML
    assert documents[0].url == documents[0].source == url


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        ("/2024/05/02/new-story", ["https://ex.com/2024/05/02/new-story"]),
        ("https://ex.com/2024/05/01/stored-story", []),
        ("/2024/05/02/new-story?utm_source=go", ["https://ex.com/2024/05/02/new-story"]),
    ],
)
def test_a_moved_link_is_followed_only_to_a_page_not_stored(
    location: str, expected: list[str]
) -> None:
    response = respond("https://ex.com/go/story", status=301, Location=location)
    requests = list(make_spider().parse(response))
    assert [r.url for r in requests] == expected


def test_feed_entries_already_stored_are_not_requested() -> None:
    feed = b"""<rss><channel>
    <item><link>https://ex.com/2024/05/01/stored-story</link></item>
    <item><link>https://ex.com/2024/05/02/new-story?utm_medium=rss</link></item>
    <item><link>https://ex.com/2024/05/02/new-story</link></item>
    </channel></rss>"""
    spider = make_spider()
    requests = list(spider.parse(respond("https://ex.com/feed", feed)))
    assert [r.url for r in requests] == ["https://ex.com/2024/05/02/new-story"]


# ---------------------------------------------------------------------------------------------
# Crawls of the fixture site


def run_crawl(start: str, db_url: str, *options: str) -> subprocess.CompletedProcess[str]:
    """Run ``scrapy crawl news`` from the project root as a user would."""
    command = [
        sys.executable, "-m", "scrapy", "crawl", "news",
        "-a", f"urls={start}",
        "-s", f"NEWSBOT_DB={db_url}",
        "-s", "LOG_LEVEL=INFO",
        *options,
    ]  # fmt: skip
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Traceback" not in result.stderr, result.stderr[-4000:]
    return result


def collect_crawl(
    site: SiteServer, tmp_path: Path, start: str | None = None, *options: str
) -> list[dict[str, object]]:
    """Crawl with only the collecting pipeline and return what the spider yielded."""
    items_path = tmp_path / f"items-{len(list(tmp_path.glob('items-*')))}.jsonl"
    run_crawl(
        start or site.url("/"),
        f"sqlite:///{tmp_path / 'collect.db'}",
        "-s", f"ITEM_PIPELINES={COLLECTOR}",
        "-s", f"COLLECT_PATH={items_path}",
        *options,
    )  # fmt: skip
    if not items_path.exists():
        return []
    return [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines()]


def paths_of(urls: object, site: SiteServer) -> list[str]:
    assert isinstance(urls, list)
    return [str(u).removeprefix(site.base_url) for u in urls]


@pytest.fixture(scope="module")
def full_crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, list]]:
    """One complete crawl of the site from its homepage, shared by the tests that read it."""
    with serve_site() as site:
        items = collect_crawl(site, tmp_path_factory.mktemp("full"))
        yield site, items


def test_every_article_page_is_fetched_exactly_once(full_crawl: tuple) -> None:
    site, _ = full_crawl
    counts = site.fetch_counts()
    assert {path: counts[path] for path in ARTICLE_PAGES} == dict.fromkeys(ARTICLE_PAGES, 1)


def test_disallowed_pages_are_never_requested(full_crawl: tuple) -> None:
    site, _ = full_crawl
    assert PRIVATE_ARTICLE not in site.fetch_counts()
    assert site.fetch_counts()["/robots.txt"] >= 1


def test_links_to_missing_broken_and_moved_pages_are_tried(full_crawl: tuple) -> None:
    site, _ = full_crawl
    counts = site.fetch_counts()
    assert counts[MISSING_ARTICLE] == 1
    assert counts[BROKEN_ARTICLE] >= 1
    assert counts[REDIRECT_PATH] == 1


def test_one_raw_document_per_article_page_and_none_for_other_pages(full_crawl: tuple) -> None:
    site, items = full_crawl
    yielded = paths_of([item["url"] for item in items], site)
    assert sorted(yielded) == sorted(ARTICLE_PAGES)


def test_raw_documents_carry_the_exact_bytes_served(full_crawl: tuple) -> None:
    site, items = full_crawl
    for item in items:
        path = str(item["url"]).removeprefix(site.base_url)
        _, _, served = site.render(path)
        assert item["body_sha256"] == hashlib.sha256(served).hexdigest(), path
        assert item["source"] == item["url"]
        assert item["content_type"] == "text/html"
        assert isinstance(item["headers"], dict)
        assert item["headers"]["Content-Type"].startswith("text/html")
        assert item["fetched_at"]


def test_the_crawler_names_itself(full_crawl: tuple) -> None:
    site, _ = full_crawl
    assert site.user_agents
    assert all(agent.startswith("newsbot/") for agent in site.user_agents)


@pytest.mark.parametrize("budget", [1, 3, 6])
def test_page_budget_bounds_the_pages_fetched(tmp_path: Path, budget: int) -> None:
    with serve_site() as site:
        items = collect_crawl(site, tmp_path, None, "-a", f"max_pages={budget}")
        pages_beyond_start = [path for path in site.pages_served if path != "/"]
    # Requests that robots.txt blocks or that fail also spend the budget, hence "at most".
    assert 1 <= len(items) <= budget
    assert len(pages_beyond_start) <= budget


def test_depth_zero_reads_feeds_and_sitemaps_but_follows_no_page_links(tmp_path: Path) -> None:
    with serve_site() as site:
        items = collect_crawl(site, tmp_path, None, "-a", "max_depth=0")
        counts = site.fetch_counts()
    assert "/world/" not in counts
    assert "/business/" not in counts
    assert ALIAS_ARTICLE not in counts
    # Listed in the sitemaps and the homepage's announced RSS feed.
    assert sorted(paths_of([i["url"] for i in items], site)) == sorted(
        [
            "/2024/05/09/national-library-reopens-after-restoration",
            "/2024/05/10/iraq-militia-leaders-agree-to-talks",
            "/2024/05/11/oil-prices-climb-as-supply-tightens",
            UPDATED_ARTICLE,
            CANONICAL_OF_ALIAS,
            "/2024/05/15/desert-solar-plant-begins-operation",
        ]
    )


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (
            "/feeds/latest",
            [
                "/2024/05/15/desert-solar-plant-begins-operation",
                "/2024/05/10/iraq-militia-leaders-agree-to-talks",
            ],
        ),
        (
            "/feeds/business",
            [
                "/2024/05/16/ports-expand-capacity-ahead-of-season",
                "/2024/05/11/oil-prices-climb-as-supply-tightens",
            ],
        ),
        (
            "/sitemap_index.xml",
            [
                "/2024/05/09/national-library-reopens-after-restoration",
                "/2024/05/10/iraq-militia-leaders-agree-to-talks",
                "/2024/05/11/oil-prices-climb-as-supply-tightens",
                UPDATED_ARTICLE,
                CANONICAL_OF_ALIAS,
            ],
        ),
        ("/sitemaps/news", [UPDATED_ARTICLE, CANONICAL_OF_ALIAS]),
    ],
)
def test_a_feed_or_sitemap_start_url_yields_exactly_its_articles(
    tmp_path: Path, start: str, expected: list[str]
) -> None:
    with serve_site() as site:
        items = collect_crawl(site, tmp_path, site.url(start), "-a", "max_depth=1")
        counts = site.fetch_counts()
    assert sorted(paths_of([i["url"] for i in items], site)) == sorted(expected)
    assert "/" not in counts  # a feed or sitemap start does not wander to the homepage


# ---------------------------------------------------------------------------------------------
# Crawls into the database, read back with `newsbot export`


def newsbot(*args: str) -> str:
    """Run the ``newsbot`` command (the installed script, else the module) and return stdout."""
    entry = shutil.which("newsbot")
    command = [entry] if entry else [sys.executable, "-c", "from newsbot.cli import main; main()"]
    result = subprocess.run(
        [*command, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=CRAWL_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return result.stdout


def export(db_url: str) -> list[dict]:
    output = newsbot("export", "--db", db_url)
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_crawl_stores_each_story_once_skips_stored_pages_and_refreshes_updates(
    db_url: str,
) -> None:
    with serve_site() as site:
        run_crawl(site.url("/"), db_url)
        first = export(db_url)
        expected = sorted(site.url(path) for path in ARTICLES)
        assert sorted(article["url"] for article in first) == expected
        assert all(article["version"] == 1 for article in first)

        site.reset_log()
        run_crawl(site.url("/"), db_url)
        stored = {a["url"] for a in first} | {a["source"] for a in first}
        refetched = [path for path in site.fetch_counts() if site.url(path) in stored]
        assert refetched == []
        assert site.fetch_counts()[REDIRECT_PATH] == 1  # the moved link is still checked
        assert export(db_url) == first

        site.updated = True
        site.reset_log()
        run_crawl(site.url("/"), db_url, "-a", "refresh=1")
        assert site.fetch_counts()[UPDATED_ARTICLE] == 1
        after = {article["url"]: article for article in export(db_url)}
        assert sorted(after) == expected
        assert {url: a["version"] for url, a in after.items()} == {
            url: (2 if url == site.url(UPDATED_ARTICLE) else 1) for url in expected
        }
        assert "parks" in after[site.url(UPDATED_ARTICLE)]["body"]


# ---------------------------------------------------------------------------------------------
# A WARC of the site for the replay tests


def test_site_warc_holds_every_article_response(tmp_path: Path) -> None:
    target = tmp_path / "site.warc.gz"
    with serve_site() as site:
        written = write_site_warc(site.base_url, target)
        with target.open("rb") as stream:
            records = [
                (
                    record.rec_headers.get_header("WARC-Target-URI"),
                    record.http_headers.get_statuscode(),
                    record.content_stream().read(),
                )
                for record in ArchiveIterator(stream)
                if record.rec_type == "response"
            ]
        served = {site.url(path): site.render(path)[2] for path in ARTICLE_PAGES}
    assert written == [site.url(path) for path in ARTICLE_PAGES]
    assert [(uri, status) for uri, status, _ in records] == [(u, "200") for u in written]
    assert all(body == served[uri] for uri, _, body in records)


def test_a_replayed_warc_of_the_site_gives_the_same_articles_as_a_crawl(tmp_path: Path) -> None:
    crawl_db = f"sqlite:///{tmp_path / 'crawl.db'}"
    replay_db = f"sqlite:///{tmp_path / 'replay.db'}"
    with serve_site() as site:
        run_crawl(site.url("/"), crawl_db)
        write_site_warc(site.base_url, tmp_path / "site.warc.gz")
    newsbot("replay", str(tmp_path / "site.warc.gz"), "--db", replay_db)
    fields = ("url", "title", "authors", "published", "paragraphs", "content_hash")
    crawled = sorted(tuple(json.dumps(a[f]) for f in fields) for a in export(crawl_db))
    replayed = sorted(tuple(json.dumps(a[f]) for f in fields) for a in export(replay_db))
    assert len(crawled) == len(ARTICLES)
    assert replayed == crawled

"""Live crawling of news sites: discover article pages and hand their raw bytes to the pipelines.

The spider only routes. It tells sitemaps, feeds and HTML pages apart by their content (servers
mislabel them and URLs rarely say), follows links that look like articles or sections, and yields
one :class:`~newsbot.items.RawDocument` per article page. Parsing the article is the structure
stage's job. The routing rules are pure functions below so they can be tested without a crawl.

Usage::

    scrapy crawl news -a urls=https://example.com/,https://example.com/feed.xml \
        [-a max_depth=2] [-a max_pages=1000] [-a refresh=1]

With ``-s NEWSBOT_REDIS_URL=redis://...`` (or that environment variable) the process is one
worker of a crawl shared through Redis (see :mod:`newsbot.redis`): start URLs may then also come
from the Redis list ``<prefix>:news:start_urls``, and the worker stops by itself once it has had
nothing to do for ``MAX_IDLE_TIME_BEFORE_CLOSE`` seconds. The page budget is per worker.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html
import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.settings import Settings
from scrapy.utils.asyncio import run_in_thread
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from w3lib.url import canonicalize_url

from newsbot.items import RawDocument

if TYPE_CHECKING:
    from newsbot.redis import SharedSeeds

logger = logging.getLogger(__name__)

DocumentKind = Literal["sitemap", "sitemap_index", "feed", "html", "other"]

USER_AGENT = "newsbot/0.1 (+https://github.com/newsbot/newsbot)"
DEFAULT_MAX_DEPTH = 2
DEFAULT_MAX_PAGES = 1000

# Discovery sources go first so article requests from feeds and sitemaps win over page links.
PRIORITY_DISCOVERY = 20
PRIORITY_ARTICLE = 10
PRIORITY_SECTION = 0

_DATE_IN_PATH = re.compile(
    r"/(19|20)\d{2}[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?:/|-|$)"
)
_COMPACT_DATE_IN_PATH = re.compile(
    r"(?:^|[/_-])(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)
_LONG_NUMERIC_ID = re.compile(r"(?:^|[-_/])\d{6,}(?:\.html?)?$")
_SLUG_WORD = re.compile(r"[a-z0-9]+", re.IGNORECASE)
_NOT_ARTICLE_SEGMENTS = frozenset(
    {
        "tag", "tags", "topic", "topics", "author", "authors", "category", "categories",
        "section", "search", "page", "login", "signin", "register", "subscribe", "account",
        "newsletter", "newsletters", "about", "contact", "privacy", "terms", "feed", "feeds",
        "rss", "sitemap", "video-gallery", "gallery", "galleries", "podcasts", "cdn-cgi",
    }
)  # fmt: skip
# Index pages that list stories are worth following even though they are not stories.
_NOT_SECTION_SEGMENTS = _NOT_ARTICLE_SEGMENTS - {"section", "topic", "topics", "category"}
_STATIC_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".css", ".js", ".json", ".pdf",
    ".zip", ".mp3", ".mp4", ".xml", ".rss", ".txt", ".woff", ".woff2",
)  # fmt: skip
_ARTICLE_SCHEMA_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
     "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting"}
)  # fmt: skip
_FEED_ROOTS = frozenset({"rss", "feed", "RDF"})
_FIRST_TAG = re.compile(rb"<\s*([A-Za-z_][\w.:-]*)")
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "dclid", "msclkid", "igshid", "ocid", "cmpid"})
_SNIFF_BYTES = 4096
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MIN_SLUG_WORDS = 4


def without_tracking(url: str) -> str:
    """The URL less campaign parameters (`utm_*`, `fbclid`...) and fragment.

    Feeds and homepages tag the same story with different campaign codes; fetching each tagged
    copy would download one page many times.

    >>> without_tracking("https://ex.com/a-b-c-d?utm_source=rss&id=7#top")
    'https://ex.com/a-b-c-d?id=7'
    """
    parts = urlsplit(url)
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith(_TRACKING_PREFIXES) and name.lower() not in _TRACKING_NAMES
    ]
    return urlunsplit(parts._replace(query=urlencode(query), fragment=""))


def url_key(url: str) -> str:
    """The form URLs are compared in, so `?b=1&a=2` and `?a=2&b=1&utm_medium=x` are one page."""
    return canonicalize_url(without_tracking(url))


def looks_like_article_url(url: str) -> bool:
    """Whether a URL's path has the shape news sites give articles: a date or a long slug.

    Cheap and conservative on purpose: it decides which links are worth a request before any
    byte of the page is known, so tag, author and static-file URLs are turned away.

    >>> looks_like_article_url("https://ex.com/2024/05/10/talks-resume")
    True
    >>> looks_like_article_url("https://ex.com/world/flood-warnings-issued-across-the-region")
    True
    >>> looks_like_article_url("https://ex.com/world/")
    False
    """
    path = urlsplit(url).path
    lowered = path.lower()
    if not path or path == "/" or lowered.endswith(_STATIC_EXTENSIONS):
        return False
    segments = [s for s in lowered.split("/") if s]
    if any(s in _NOT_ARTICLE_SEGMENTS for s in segments):
        return False
    last = re.sub(r"\.s?html?$", "", segments[-1])
    if last.isdigit() and len(last) <= 4:
        return False  # a date archive such as /2024/05/10/, not a story
    if _DATE_IN_PATH.search(lowered) or _COMPACT_DATE_IN_PATH.search(lowered):
        return True
    if _LONG_NUMERIC_ID.search("/" + last):
        return True
    words = _SLUG_WORD.findall(last)
    return ("-" in last or "_" in last) and len(words) >= _MIN_SLUG_WORDS


def looks_like_section_url(url: str) -> bool:
    """Whether an in-site link is worth following to find more articles (a section or index)."""
    path = urlsplit(url).path.lower()
    if path.endswith(_STATIC_EXTENSIONS) or looks_like_article_url(url):
        return False
    segments = [s for s in path.split("/") if s]
    if any(s in _NOT_SECTION_SEGMENTS for s in segments):
        return False
    return 0 < len(segments) <= 2


def unpack_body(body: bytes, max_size: int = 0) -> bytes:
    """The body with gzip removed: sitemaps are often served as `.xml.gz` without an encoding."""
    if body[:2] == b"\x1f\x8b":
        return gunzip(body, max_size=max_size)
    return body


def document_kind(body: bytes) -> DocumentKind:
    """What a fetched document is, judged by its root element rather than its URL or headers.

    >>> document_kind(b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>')
    'feed'
    >>> document_kind(b"<!doctype html><html><body></body></html>")
    'html'
    """
    head = body[:_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!\w[^>]*>", b"", head, flags=re.DOTALL)
    match = _FIRST_TAG.search(head)
    if not match:
        return "other"
    tag = match.group(1).decode("ascii", "replace").rpartition(":")[2]
    if tag == "urlset":
        return "sitemap"
    if tag == "sitemapindex":
        return "sitemap_index"
    if tag in _FEED_ROOTS:
        return "feed"
    if tag.lower() in {"html", "head", "body", "meta", "title", "div", "article"}:
        return "html"
    return "other"


def sitemap_links(body: bytes) -> list[str]:
    """The `<loc>` URLs of a sitemap or sitemap index (Google News sitemaps included)."""
    return [entry["loc"] for entry in Sitemap(body) if entry.get("loc")]


def feed_links(body: bytes, base_url: str = "") -> list[str]:
    """Article links of an RSS 0.9x/1.0/2.0 or Atom feed, in feed order, without repeats.

    RSS items give `<link>` text (or a permalink `<guid>`); Atom entries give the `href` of their
    alternate `<link>`.
    """
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = lxml.etree.fromstring(body, parser=parser)
    if root is None:
        return []
    links: list[str] = []
    for entry in root.iter("{*}item", "{*}entry"):
        href = _entry_link(entry)
        if href:
            absolute = urljoin(base_url, href)
            if absolute not in links:
                links.append(absolute)
    return links


def _entry_link(entry: lxml.etree._Element) -> str | None:
    for link in entry.iterfind("{*}link"):
        href = link.get("href")
        if href is not None:
            if link.get("rel", "alternate") == "alternate":
                return href.strip()
        elif link.text and link.text.strip():
            return link.text.strip()
    for guid in entry.iterfind("{*}guid"):
        if guid.get("isPermaLink", "true") == "true" and guid.text and "://" in guid.text:
            return guid.text.strip()
    return None


def _page_tree(html: bytes | str | lxml.etree._Element) -> lxml.etree._Element | None:
    """A parsed page; an already parsed tree (Scrapy's ``response.selector.root``) is reused."""
    if isinstance(html, lxml.etree._Element):
        return html
    try:
        return lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def declares_article(html: bytes | str | lxml.etree._Element) -> bool | None:
    """Whether a page says of itself that it is an article: True, False, or None when silent.

    Reads only the page's self-description (JSON-LD `@type`, then `og:type`), so section pages
    whose URL looks like an article, and articles whose URL does not, are both told apart.
    """
    doc = _page_tree(html)
    if doc is None:
        return None
    for script in doc.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        if any(_ARTICLE_SCHEMA_TYPES & set(types) for types in _schema_types(data)):
            return True
    og_types = doc.xpath("//meta[@property='og:type' or @name='og:type']/@content")
    if og_types:
        return og_types[0].strip().lower() == "article"
    return None


def is_article_page(url: str, html: bytes | str | lxml.etree._Element) -> bool:
    """A page's own word when it gives one, else the shape of its URL."""
    declared = declares_article(html)
    return looks_like_article_url(url) if declared is None else declared


def _schema_types(data: Any) -> Iterator[list[str]]:
    if isinstance(data, list):
        for element in data:
            yield from _schema_types(element)
    elif isinstance(data, dict):
        kind = data.get("@type")
        if isinstance(kind, str):
            yield [kind]
        elif isinstance(kind, list):
            yield [k for k in kind if isinstance(k, str)]
        if "@graph" in data:
            yield from _schema_types(data["@graph"])


def declared_feeds(html: bytes | str | lxml.etree._Element, base_url: str) -> list[str]:
    """Feeds a page announces with `<link rel="alternate" type="application/rss+xml">`."""
    doc = _page_tree(html)
    if doc is None:
        return []
    hrefs = doc.xpath(
        "//link[contains(@rel, 'alternate')][@type='application/rss+xml' or "
        "@type='application/atom+xml']/@href"
    )
    return [urljoin(base_url, h.strip()) for h in hrefs if h.strip()]


def is_site_root(url: str) -> bool:
    """Whether a start URL names a whole site, whose robots.txt may list its sitemaps."""
    parts = urlsplit(url)
    return parts.path in {"", "/"} and not parts.query


def site_host(url: str) -> str:
    """The host a URL belongs to, with `www.` dropped: ex.com and www.ex.com are one site.

    Compared by host name alone, since Scrapy's domain filter counts a port as part of the
    domain.
    """
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def on_hosts(url: str, hosts: set[str]) -> bool:
    """Whether a link stays on one of the crawled sites (subdomains included)."""
    host = site_host(url)
    return any(host == h or host.endswith("." + h) for h in hosts)


def robots_url(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/robots.txt"


def parse_url_list(urls: str | Iterable[str]) -> list[str]:
    """Start URLs from `-a urls=A,B` (commas or whitespace) or a Python list."""
    items = re.split(r"[,\s]+", urls) if isinstance(urls, str) else list(urls)
    return [u.strip() for u in items if u and u.strip()]


def _as_int(value: Any, default: int) -> int:
    if value in (None, ""):
        return default
    return int(value)


def _as_bool(value: Any) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


class NewsSpider(scrapy.Spider):
    """Crawl news sites from homepages, sitemaps and feeds; yield raw article pages."""

    name = "news"

    @classmethod
    def update_settings(cls, settings: Settings) -> None:
        """Polite defaults that the project's or the command line's settings still override."""
        super().update_settings(settings)
        for key, value in {
            "USER_AGENT": USER_AGENT,
            "ROBOTSTXT_OBEY": True,
            "AUTOTHROTTLE_ENABLED": True,
        }.items():
            settings.set(key, value, priority="default")
        if settings.get("NEWSBOT_REDIS_URL") or os.environ.get("NEWSBOT_REDIS_URL"):
            # Imported only here: scrapy-redis is needed only by shared crawls.
            from newsbot.redis import apply_redis_settings

            apply_redis_settings(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> NewsSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if crawler.settings.get("SCHEDULER") == "newsbot.redis.RunScheduler":
            from newsbot.redis import SharedSeeds

            spider.shared_seeds = SharedSeeds.for_spider(spider)
            spider.max_idle_seconds = crawler.settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE")
            crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
            crawler.signals.connect(spider._on_activity, signal=signals.response_received)
        elif not spider.start_url_list:
            raise ValueError("news spider needs start URLs: -a urls=URL[,URL...]")
        return spider

    def __init__(
        self,
        urls: str | Iterable[str] = "",
        max_depth: int | str | None = None,
        max_pages: int | str | None = None,
        refresh: bool | str = False,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.start_url_list = parse_url_list(urls)
        self.max_depth = _as_int(max_depth, DEFAULT_MAX_DEPTH)
        self.max_pages = _as_int(max_pages, DEFAULT_MAX_PAGES)
        self.refresh = _as_bool(refresh)
        self.skip_keys: set[str] = set()
        self.scheduled_keys: set[str] = set()
        self.page_requests = 0
        self.allowed_hosts = {site_host(u) for u in self.start_url_list}
        self.shared_seeds: SharedSeeds | None = None
        self.max_idle_seconds = 0.0
        self.last_active = time.monotonic()

    async def start(self) -> AsyncIterator[Any]:
        if not self.refresh:
            # A database round trip: kept off the reactor thread, which also serves downloads.
            self.skip_keys = {url_key(u) for u in await run_in_thread(self._stored_urls)}
            logger.info("%d stored URLs will not be fetched again", len(self.skip_keys))
        seeds = list(self.start_url_list)
        if self.shared_seeds is not None:
            # Every seed of the run, also those another (perhaps dead) worker took: the shared
            # filter drops the repeats, and after a crash they lead back to lost pages.
            seeds += await run_in_thread(self._shared_start_urls)
        self.last_active = time.monotonic()  # idle time counts from here, not from loading
        for url in dict.fromkeys(seeds):
            for request in self._seed_requests(url):
                yield request

    def _shared_start_urls(self) -> list[str]:
        assert self.shared_seeds is not None
        self.shared_seeds.remember(self.start_url_list)
        return self.shared_seeds.take_new() + self.shared_seeds.known()

    def _seed_requests(self, url: str) -> Iterator[scrapy.Request]:
        self.allowed_hosts.add(site_host(url))
        if is_site_root(url):
            yield self._request(robots_url(url), self.parse_robots, PRIORITY_DISCOVERY)
        yield self._request(url, self.parse, PRIORITY_DISCOVERY, depth=0)

    def _on_activity(self, **_: Any) -> None:
        self.last_active = time.monotonic()

    def _on_idle(self) -> None:
        """Keep a shared-crawl worker up while others may still queue work, then let it stop.

        scrapy-redis's own idle timer counts from import time and ignores the worker's own
        downloads, so a worker that was busy a minute would stop at its first idle moment.
        """
        assert self.shared_seeds is not None
        new_seeds = self.shared_seeds.take_new()
        for url in new_seeds:
            for request in self._seed_requests(url):
                self.crawler.engine.crawl(request)
        if new_seeds:
            self.last_active = time.monotonic()
        if time.monotonic() - self.last_active < self.max_idle_seconds:
            raise DontCloseSpider

    def _stored_urls(self) -> set[str]:
        # Imported here: the database layer (SQLAlchemy, drivers) loads only when it is needed.
        from newsbot.db.engine import resolve_db_url
        from newsbot.db.lookup import stored_urls

        return stored_urls(resolve_db_url(self.settings.get("NEWSBOT_DB")))

    def _request(
        self, url: str, callback: Any, priority: int, depth: int = 0, page: bool = False
    ) -> scrapy.Request:
        self.scheduled_keys.add(url_key(url))
        # The sites to stay on travel with the request: in a shared crawl, the worker that
        # handles the response may never have seen the start URL.
        meta: dict[str, Any] = {"page_depth": depth, "crawl_hosts": sorted(self.allowed_hosts)}
        if page:
            # Page redirects come back to the spider, so their targets pass the same filter.
            meta |= {"dont_redirect": True, "handle_httpstatus_list": list(REDIRECT_STATUSES)}
        return scrapy.Request(
            without_tracking(url), callback=callback, priority=priority, meta=meta
        )

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if url_key(url) not in self.scheduled_keys:
                yield self._request(url, self.parse, PRIORITY_DISCOVERY)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Route a response by what it contains."""
        self.allowed_hosts.update(response.meta.get("crawl_hosts", ()))
        if response.status in REDIRECT_STATUSES:
            yield from self._follow_redirect(response)
            return
        body = unpack_body(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        kind = document_kind(body)
        if kind in {"sitemap", "sitemap_index"}:
            for url in sitemap_links(body):
                if kind == "sitemap_index":
                    if url_key(url) not in self.scheduled_keys:
                        yield self._request(url, self.parse, PRIORITY_DISCOVERY)
                else:
                    yield from self._follow_article(url)
        elif kind == "feed":
            for url in feed_links(body, base_url=response.url):
                yield from self._follow_article(url)
        elif kind == "html":
            if not isinstance(response, TextResponse):
                # A page served as application/octet-stream or with no type at all.
                response = response.replace(cls=HtmlResponse)
            yield from self._parse_html(response)
        else:
            logger.debug("Ignoring %s: neither page, feed nor sitemap", response.url)

    def _parse_html(self, response: TextResponse) -> Iterator[Any]:
        depth = int(response.meta.get("page_depth", 0))
        tree = response.selector.root  # parsed once, shared with the link extractor
        if is_article_page(response.url, tree):
            yield self._raw_document(response)
        for url in declared_feeds(tree, response.url):
            if url_key(url) not in self.scheduled_keys:
                yield self._request(url, self.parse, PRIORITY_DISCOVERY)
        if depth >= self.max_depth:
            return
        links = [
            link.url
            for link in LinkExtractor().extract_links(response)
            if on_hosts(link.url, self.allowed_hosts)
        ]
        # Articles before sections, so a small page budget goes to stories, not index pages.
        for url in filter(looks_like_article_url, links):
            yield from self._follow_page(url, depth + 1, PRIORITY_ARTICLE)
        for url in filter(looks_like_section_url, links):
            yield from self._follow_page(url, depth + 1, PRIORITY_SECTION)

    def _follow_article(self, url: str) -> Iterator[scrapy.Request]:
        # Depth 1: an article listed in a feed or sitemap is one hop from where it was listed.
        yield from self._follow_page(url, 1, PRIORITY_ARTICLE)

    def _follow_page(self, url: str, depth: int, priority: int) -> Iterator[scrapy.Request]:
        """A request for a page unless it is stored, already scheduled, or the budget is spent.

        Every page request counts against ``max_pages`` (robots.txt, feeds and sitemaps do
        not), so a link that redirects to an article cannot slip past the budget.
        """
        key = url_key(url)
        if key in self.skip_keys or key in self.scheduled_keys:
            return
        if self.max_pages and self.page_requests >= self.max_pages:
            return
        self.page_requests += 1
        yield self._request(url, self.parse, priority, depth=depth, page=True)

    def _follow_redirect(self, response: Response) -> Iterator[scrapy.Request]:
        """Follow a page's redirect unless its target is stored or already scheduled.

        A moved link (``/go/story`` -> ``/2024/05/14/story``) would otherwise fetch a stored
        article again on every crawl. The hop count is bounded like Scrapy's own redirects.
        """
        location = response.headers.get("Location")
        hops = int(response.meta.get("redirect_hops", 0)) + 1
        if not location or hops > self.settings.getint("REDIRECT_MAX_TIMES"):
            return
        target = urljoin(response.url, location.decode("latin-1").strip())
        key = url_key(target)
        if key in self.skip_keys or key in self.scheduled_keys:
            return
        request = self._request(
            target,
            self.parse,
            response.request.priority if response.request else PRIORITY_ARTICLE,
            depth=int(response.meta.get("page_depth", 1)),
            page=True,
        )
        request.meta["redirect_hops"] = hops
        yield request

    def _raw_document(self, response: TextResponse) -> RawDocument:
        self.crawler.stats.inc_value("newsbot/article_pages")
        return RawDocument(
            source=response.url,
            url=response.url,
            body=response.body,
            fetched_at=datetime.now(UTC),
            content_type="text/html",
            headers=dict(response.headers.to_unicode_dict()),
        )

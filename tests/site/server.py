"""A small news site served on 127.0.0.1 for crawl tests.

It serves the pages in ``pages/`` (``{{base}}`` in them becomes the server's own base URL), records
every request path so tests can say what a crawler fetched, and has the awkward parts of real
sites: a 301 redirect, a 404, a 500, a disallowed ``/private/`` article, the same story under two
URLs, a gzip sitemap, feeds at extension-less URLs, and an article whose text changes when
:attr:`SiteServer.updated` is switched on.

For scale-out and crash tests it can also serve an ``/archive/`` page listing any number of
generated articles (``serve_site(generated=N)``), and answer slowly (``delay=seconds``) so a
crawl is still running when a test stops it.
"""

from __future__ import annotations

import gzip
import random
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

PAGES = Path(__file__).with_name("pages")

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


@dataclass(frozen=True)
class Route:
    file: str
    content_type: str
    gzip: bool = False


UPDATED_ARTICLE = "/2024/05/12/city-council-approves-budget"
CANONICAL_OF_ALIAS = "/2024/05/13/heatwave-grips-the-capital"
ALIAS_ARTICLE = "/print/2024/05/13/heatwave-grips-the-capital"
REDIRECT_PATH = "/go/markets-rally"
REDIRECT_TARGET = "/2024/05/14/markets-rally-on-rate-cut-hopes"
PRIVATE_ARTICLE = "/private/2024/05/12/leaked-budget-memo"
MISSING_ARTICLE = "/2024/05/12/story-that-was-removed"
BROKEN_ARTICLE = "/2024/05/13/story-with-server-error"

# Canonical article URLs a polite, complete crawl of the site stores, one story each.
ARTICLES: tuple[str, ...] = (
    "/2024/05/09/national-library-reopens-after-restoration",  # sitemap only
    "/2024/05/10/iraq-militia-leaders-agree-to-talks",
    "/2024/05/11/oil-prices-climb-as-supply-tightens",
    UPDATED_ARTICLE,
    CANONICAL_OF_ALIAS,
    REDIRECT_TARGET,  # reached only through the redirect
    "/2024/05/15/desert-solar-plant-begins-operation",  # RSS feed only
    "/2024/05/16/ports-expand-capacity-ahead-of-season",  # Atom feed only
    "/world/flood-warnings-issued-across-the-region",  # no JSON-LD, no date in URL
    "/business/startup-raises-series-b-funding-round",  # no JSON-LD, no og:type
)
# Every path that serves an article page (the alias too): each is fetched at most once a crawl.
ARTICLE_PAGES: tuple[str, ...] = (*ARTICLES, ALIAS_ARTICLE)

ROUTES: dict[str, Route] = {
    "/": Route("index.html", HTML),
    "/world/": Route("world/index.html", HTML),
    "/business/": Route("business/index.html", HTML),
    "/robots.txt": Route("robots.txt", "text/plain; charset=utf-8"),
    "/sitemap_index.xml": Route("sitemap_index.xml", XML),
    "/sitemaps/articles-2024-05.xml.gz": Route(
        "sitemaps/articles-2024-05.xml", "application/octet-stream", gzip=True
    ),
    "/sitemaps/news": Route("sitemaps/news.xml", "text/xml; charset=utf-8"),
    "/feeds/latest": Route("feeds/latest.xml", "application/rss+xml; charset=utf-8"),
    "/feeds/business": Route("feeds/business.xml", "application/atom+xml; charset=utf-8"),
    PRIVATE_ARTICLE: Route(PRIVATE_ARTICLE.lstrip("/") + ".html", HTML),
    **{path: Route(path.lstrip("/") + ".html", HTML) for path in ARTICLE_PAGES},
}
REDIRECTS: dict[str, str] = {REDIRECT_PATH: REDIRECT_TARGET}
ERRORS: dict[str, HTTPStatus] = {BROKEN_ARTICLE: HTTPStatus.INTERNAL_SERVER_ERROR}

ARCHIVE_PATH = "/archive/"
_SUBJECTS = (
    "ministry",
    "port authority",
    "water board",
    "rail operator",
    "central bank",
    "city council",
    "airline",
    "hospital trust",
    "university",
    "power company",
)
_PLACES = (
    "Basra",
    "Mombasa",
    "Sharjah",
    "Alexandria",
    "Tripoli",
    "Aqaba",
    "Muscat",
    "Kano",
    "Erbil",
    "Salalah",
    "Tanga",
    "Jeddah",
)
_ACTIONS = ("opens", "delays", "expands", "reviews", "suspends", "funds", "inspects", "doubles")
_OBJECTS = (
    "the northern terminal",
    "a desalination plant",
    "night bus routes",
    "grain storage",
    "school repairs",
    "a solar farm",
    "the old market",
    "flood barriers",
    "cargo flights",
)
_SENTENCES = (
    "Officials said the work would be finished before the summer heat.",
    "Residents queued for hours to hear the announcement in person.",
    "The cost has risen twice since the plan was first published.",
    "Engineers from three countries have inspected the site this month.",
    "Shop owners nearby welcomed the decision but asked for clearer dates.",
    "A spokeswoman declined to say how many contracts had been signed.",
    "Opposition members called for the figures to be audited.",
    "Traffic was diverted around the area for most of the morning.",
)  # fmt: skip


def generated_path(serial: int) -> str:
    """The URL path of generated article number `serial` (dated, so it looks like a story)."""
    return f"/2024/06/{serial % 28 + 1:02d}/generated-story-number-{serial:04d}"


def generated_article(base_url: str, serial: int) -> bytes:
    """A distinct article page: its own headline, dateline and paragraphs, same every time."""
    rng = random.Random(serial)
    place, subject = rng.choice(_PLACES), rng.choice(_SUBJECTS)
    title = f"{place} {subject} {rng.choice(_ACTIONS)} {rng.choice(_OBJECTS)} (report {serial})"
    paragraphs = [
        f"The {subject} in {place} confirmed on day {serial} of the programme that "
        f"{rng.choice(_OBJECTS)} would be handled by team {rng.randint(100, 999)}. "
        + " ".join(rng.sample(_SENTENCES, 2))
        for _ in range(rng.randint(3, 6))
    ]
    url = base_url + generated_path(serial)
    day = f"2024-06-{serial % 28 + 1:02d}T09:00:00+00:00"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<link rel='canonical' href='{url}'><meta property='og:type' content='article'>"
        f"<meta property='article:published_time' content='{day}'></head><body>"
        f"<article><h1>{title}</h1><p class='byline'>By Staff Reporter</p>{body}</article>"
        f"</body></html>"
    ).encode()


def archive_page(serials: range) -> bytes:
    links = "".join(f"<li><a href='{generated_path(i)}'>Report {i}</a></li>" for i in serials)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Archive</title>"
        f"<meta property='og:type' content='website'></head><body><ul>{links}</ul></body></html>"
    ).encode()


@dataclass
class SiteServer:
    """A running fixture site.

    ``requests`` lists the paths asked for, in order; ``pages_served`` the paths answered with
    an HTML page (200), which is what a page budget bounds.
    """

    base_url: str = ""
    updated: bool = False
    generated: int = 0
    delay: float = 0.0
    requests: list[str] = field(default_factory=list)
    pages_served: list[str] = field(default_factory=list)
    user_agents: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def url(self, path: str) -> str:
        return self.base_url + path

    def fetch_counts(self) -> Counter[str]:
        """How often each path (query string dropped) was requested."""
        with self._lock:
            return Counter(urlsplit(p).path for p in self.requests)

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.pages_served.clear()

    def record(self, path: str, user_agent: str, status: HTTPStatus, content_type: str) -> None:
        with self._lock:
            self.requests.append(path)
            self.user_agents.add(user_agent)
            if status == HTTPStatus.OK and content_type.startswith("text/html"):
                self.pages_served.append(urlsplit(path).path)

    def generated_paths(self) -> list[str]:
        return [generated_path(i) for i in range(self.generated)]

    def render(self, path: str) -> tuple[HTTPStatus, dict[str, str], bytes]:
        """The status, headers and body the site answers ``path`` with."""
        clean_path = urlsplit(path).path
        if self.generated:
            if clean_path == ARCHIVE_PATH:
                return HTTPStatus.OK, {"Content-Type": HTML}, archive_page(range(self.generated))
            serial = _generated_serial(clean_path)
            if serial is not None and serial < self.generated:
                page = generated_article(self.base_url, serial)
                return HTTPStatus.OK, {"Content-Type": HTML}, page
        if clean_path in REDIRECTS:
            return HTTPStatus.MOVED_PERMANENTLY, {"Location": REDIRECTS[clean_path]}, b""
        if clean_path in ERRORS:
            status = ERRORS[clean_path]
            return status, {"Content-Type": "text/plain"}, status.phrase.encode()
        route = ROUTES.get(clean_path)
        if route is None:
            return HTTPStatus.NOT_FOUND, {"Content-Type": HTML}, b"<h1>Page not found</h1>"
        file = PAGES / route.file
        if clean_path == UPDATED_ARTICLE and self.updated:
            file = file.with_suffix(".updated.html")
        body = file.read_text(encoding="utf-8").replace("{{base}}", self.base_url).encode()
        if route.gzip:
            body = gzip.compress(body, mtime=0)
        return HTTPStatus.OK, {"Content-Type": route.content_type}, body


def _generated_serial(path: str) -> int | None:
    name = path.rpartition("/generated-story-number-")[2]
    if "/generated-story-number-" not in path or not name.isdigit():
        return None
    serial = int(name)
    return serial if path == generated_path(serial) else None


def _handler_for(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if site.delay:
                time.sleep(site.delay)
            status, headers, body = site.render(self.path)
            agent = self.headers.get("User-Agent", "")
            site.record(self.path, agent, status, headers.get("Content-Type", ""))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the request log in ``site.requests`` is what tests read."""

    return Handler


@contextmanager
def serve_site(
    updated: bool = False, generated: int = 0, delay: float = 0.0
) -> Iterator[SiteServer]:
    """Serve the fixture site on a free 127.0.0.1 port for the duration of the block.

    ``generated`` adds that many articles listed on ``/archive/``; ``delay`` slows every answer.
    """
    site = SiteServer(updated=updated, generated=generated, delay=delay)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(site))
    httpd.daemon_threads = True
    site.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, name="fixture-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":
    with serve_site() as running:
        print(f"Serving the fixture news site at {running.base_url}/ (Ctrl-C to stop)")
        with suppress(KeyboardInterrupt):
            threading.Event().wait()

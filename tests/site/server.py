"""A small news site served on 127.0.0.1 for crawl tests.

It serves the pages in ``pages/`` (``{{base}}`` in them becomes the server's own base URL), records
every request path so tests can say what a crawler fetched, and has the awkward parts of real
sites: a 301 redirect, a 404, a 500, a disallowed ``/private/`` article, the same story under two
URLs, a gzip sitemap, feeds at extension-less URLs, and an article whose text changes when
:attr:`SiteServer.updated` is switched on.
"""

from __future__ import annotations

import gzip
import threading
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


@dataclass
class SiteServer:
    """A running fixture site.

    ``requests`` lists the paths asked for, in order; ``pages_served`` the paths answered with
    an HTML page (200), which is what a page budget bounds.
    """

    base_url: str = ""
    updated: bool = False
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

    def render(self, path: str) -> tuple[HTTPStatus, dict[str, str], bytes]:
        """The status, headers and body the site answers ``path`` with."""
        clean_path = urlsplit(path).path
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


def _handler_for(site: SiteServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
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
def serve_site(updated: bool = False) -> Iterator[SiteServer]:
    """Serve the fixture site on a free 127.0.0.1 port for the duration of the block."""
    site = SiteServer(updated=updated)
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

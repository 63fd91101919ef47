"""Record the fixture site's article responses into a WARC file, as a web archive would.

Replay tests read the WARC back through the loaders, so a live crawl and a replay of the same
pages can be compared.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Iterable
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .server import ARTICLE_PAGES

USER_AGENT = "newsbot-tests/0.1 (warc writer)"


def write_site_warc(
    base_url: str, path: str | Path, paths: Iterable[str] = ARTICLE_PAGES
) -> list[str]:
    """Fetch each article page of the site at ``base_url`` and write one WARC response record
    per page to ``path`` (gzip-compressed per record when the name ends in ``.gz``).

    Returns the URLs written, in order.
    """
    target = Path(path)
    written: list[str] = []
    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=target.name.endswith(".gz"))
        for page in paths:
            url = base_url.rstrip("/") + page
            request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
            with urllib.request.urlopen(request, timeout=10) as response:
                body = response.read()
                http_headers = StatusAndHeaders(
                    f"{response.status} {response.reason}",
                    list(response.headers.items()),
                    protocol="HTTP/1.1",
                )
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=http_headers
            )
            writer.write_record(record)
            written.append(url)
    return written

"""Replay saved documents (text dumps, HTML, WARC, JSON Lines, gzip) through the pipelines.

`scrapy crawl replay -a path=PATH` and `newsbot replay PATH...` both run this spider. It makes no
requests: `start()` yields items straight from the file loaders.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import scrapy

from newsbot.items import DocumentItem, RawDocument
from newsbot.loaders import LoaderOptions, LoadProblem, iter_paths, load_path

logger = logging.getLogger(__name__)


def split_path_argument(path: str | Sequence[str] | None) -> list[str]:
    """`-a path=` takes one path, or several separated by the OS path separator."""
    if path is None:
        return []
    if isinstance(path, str):
        return [p for p in path.split(os.pathsep) if p]
    return list(path)


def parse_shard(shard: str) -> tuple[int, int]:
    """`-a shard=I/N`: this process reads every N-th file, starting at the I-th.

    >>> parse_shard("1/4")
    (1, 4)
    """
    index, _, count = shard.partition("/")
    try:
        parsed = int(index), int(count or 1)
    except ValueError:
        raise ValueError(f"shard must look like I/N, not {shard!r}") from None
    if not 0 <= parsed[0] < parsed[1]:
        raise ValueError(f"shard must look like I/N with 0 <= I < N, not {shard!r}")
    return parsed


class ReplaySpider(scrapy.Spider):
    name = "replay"
    stop_requested = False
    # It makes no requests: loading the network download handlers and retry errors (TLS and
    # all) would only slow its start, which counts on replays of a few files.
    custom_settings: ClassVar[dict[str, Any]] = {
        "DOWNLOAD_HANDLERS": {scheme: None for scheme in ("http", "https", "s3", "ftp")},
        "RETRY_ENABLED": False,
    }

    def __init__(
        self,
        path: str | Sequence[str] | None = None,
        base_url: str | None = None,
        url_field: str = "url",
        html_field: str = "html",
        text_field: str = "text",
        shard: str = "0/1",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.paths = split_path_argument(path)
        self.shard_index, self.shard_count = parse_shard(shard)
        if not self.paths:
            raise ValueError("replay needs a path: scrapy crawl replay -a path=PATH")
        self.options = LoaderOptions(
            base_url=base_url, url_field=url_field, html_field=html_field, text_field=text_field
        )

    async def start(self) -> AsyncIterator[Any]:
        self._take_over_interrupts()
        for position, file in enumerate(iter_paths(self.paths, on_problem=self._skip)):
            if self.stop_requested:
                logger.warning("interrupted: stopping after the documents already read")
                return
            if position % self.shard_count != self.shard_index:
                continue
            self.crawler.stats.inc_value("newsbot/files")
            for loaded in load_path(file, options=self.options):
                if self.stop_requested:
                    break
                if isinstance(loaded, LoadProblem):
                    yield DocumentItem(
                        raw=RawDocument(
                            source=loaded.source,
                            body=loaded.body,
                            fetched_at=datetime.now(UTC),
                        ),
                        quarantine_reason=loaded.reason,
                    )
                else:
                    yield loaded

    def _take_over_interrupts(self) -> None:
        """A first Ctrl-C (or SIGTERM) stops reading files and lets every document already read
        go through the pipelines and into the database; a second one is Scrapy's forced stop.

        Scrapy's own graceful stop cancels the start() iteration, which can leave items counted
        as in progress and the run waiting for ever; ending the iteration ourselves avoids that.
        """
        if threading.current_thread() is not threading.main_thread():
            return
        for number in (signal.SIGINT, signal.SIGTERM):
            previous = signal.getsignal(number)

            def handler(signum: int, frame: Any, previous: Any = previous) -> None:
                if self.stop_requested and callable(previous):
                    previous(signum, frame)
                self.stop_requested = True

            signal.signal(number, handler)

    def _skip(self, problem: LoadProblem) -> None:
        self.crawler.stats.inc_value("newsbot/skipped_paths")
        logger.warning("skipped %s: %s", problem.source, problem.reason)


def count_files(paths: Sequence[str | Path]) -> int:
    """How many files a replay will read, for the progress bar's total."""
    return sum(1 for _ in iter_paths(paths, on_problem=lambda _problem: None))

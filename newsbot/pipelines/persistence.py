"""Stage 5: batched, idempotent writes; the only stage that talks to the database.

Batches are flushed by size, by a timer (so a quiet or interrupted crawl never holds items
back) and on close. A batch is written in a thread, one batch at a time and in order, so the
reactor goes on downloading and parsing the next items while the database works; an item that
fills a batch waits only until the batch before it has been written, which keeps at most two
batches in memory.
"""

from __future__ import annotations

import logging
import time

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import threads
from twisted.internet.defer import Deferred, DeferredLock, succeed
from twisted.internet.task import LoopingCall
from twisted.python.failure import Failure

from newsbot.db.engine import migrate, resolve_db_url
from newsbot.db.store import Store
from newsbot.items import DocumentItem
from newsbot.pipelines import require_enabled

logger = logging.getLogger(__name__)


class PersistencePipeline:
    def __init__(
        self, db_url: str, batch_size: int, flush_seconds: float, stats: StatsCollector
    ) -> None:
        self.db_url = db_url
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.stats = stats
        self.buffer: list[DocumentItem] = []
        self.store: Store | None = None
        self.timer: LoopingCall | None = None
        self.last_flush = time.monotonic()
        self.writing = DeferredLock()  # held while a batch is being written

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PersistencePipeline:
        require_enabled(crawler.settings, "persistence")
        settings = crawler.settings
        return cls(
            resolve_db_url(settings.get("NEWSBOT_DB")),
            settings.getint("NEWSBOT_BATCH_SIZE", 1000),
            settings.getfloat("NEWSBOT_FLUSH_SECONDS", 2.0),
            crawler.stats,
        )

    def open_spider(self) -> None:
        self.store = Store(migrate(self.db_url))
        self.timer = LoopingCall(self._flush_if_stale)
        self.timer.start(self.flush_seconds, now=False)

    async def close_spider(self) -> None:
        """Write what is left, and wait until every batch has been written."""
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()
        lock = await maybe_deferred_to_future(self.writing.acquire())
        lock.release()

    async def process_item(self, item: DocumentItem) -> DocumentItem:
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            await maybe_deferred_to_future(self.flush())
        return item

    def _flush_if_stale(self) -> None:
        if self.buffer and time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> Deferred:
        """Queue the buffered items for writing; fires when their write starts, that is once
        the batch before them is written."""
        batch, self.buffer = self.buffer, []
        self.last_flush = time.monotonic()
        if not batch or self.store is None:
            return succeed(None)
        started: Deferred = Deferred()

        def write(lock: DeferredLock) -> Deferred:
            assert self.store is not None
            written = threads.deferToThread(self.store.write_batch, batch)
            written.addCallbacks(self._count, self._failed, (batch,), None, (batch,))
            written.addBoth(lambda _: lock.release())
            started.callback(None)
            return written

        self.writing.acquire().addCallback(write)
        return started

    def _count(self, outcomes: list[str], batch: list[DocumentItem]) -> None:
        for item, outcome in zip(batch, outcomes, strict=True):
            self.stats.inc_value(f"newsbot/{outcome}")
            if outcome == "quarantined":
                logger.warning("quarantined %s: %s", item.raw.source, item.quarantine_reason)

    def _failed(self, failure: Failure, batch: list[DocumentItem]) -> None:
        """The database refused a whole batch (it is gone or locked for good): one line, and
        the run goes on; what was not stored is stored by the next run."""
        reason = (failure.getErrorMessage().splitlines() or [repr(failure.value)])[0]
        logger.error("cannot store %d documents: %s", len(batch), reason)

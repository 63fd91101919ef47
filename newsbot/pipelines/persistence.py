"""Stage 5: batched, idempotent writes; the only stage that talks to the database.

Batches are flushed by size, by a timer (so a quiet or interrupted crawl never holds items
back) and on close.
"""

from __future__ import annotations

import logging
import time

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector
from twisted.internet.task import LoopingCall

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

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PersistencePipeline:
        require_enabled(crawler.settings, "persistence")
        settings = crawler.settings
        return cls(
            resolve_db_url(settings.get("NEWSBOT_DB")),
            settings.getint("NEWSBOT_BATCH_SIZE", 200),
            settings.getfloat("NEWSBOT_FLUSH_SECONDS", 2.0),
            crawler.stats,
        )

    def open_spider(self) -> None:
        self.store = Store(migrate(self.db_url))
        self.timer = LoopingCall(self._flush_if_stale)
        self.timer.start(self.flush_seconds, now=False)

    def close_spider(self) -> None:
        if self.timer is not None and self.timer.running:
            self.timer.stop()
        self.flush()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        self.buffer.append(item)
        if len(self.buffer) >= self.batch_size:
            self.flush()
        return item

    def _flush_if_stale(self) -> None:
        if self.buffer and time.monotonic() - self.last_flush >= self.flush_seconds:
            self.flush()

    def flush(self) -> None:
        batch, self.buffer = self.buffer, []
        self.last_flush = time.monotonic()
        if not batch or self.store is None:
            return
        outcomes = self.store.write_batch(batch)
        for item, outcome in zip(batch, outcomes, strict=True):
            self.stats.inc_value(f"newsbot/{outcome}")
            if outcome == "quarantined":
                logger.warning("quarantined %s: %s", item.raw.source, item.quarantine_reason)

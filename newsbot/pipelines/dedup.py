"""Stage 2: hashes and keys that identify a document and its story; drop exact re-reads.

Within a run, identical bytes are dropped here. Across runs and workers the database's unique
constraints decide (persistence stage), so nothing here needs to survive a restart.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.statscollectors import StatsCollector

from newsbot.items import DocumentItem
from newsbot.parsing.document import content_hash, story_key
from newsbot.parsing.similarity import minhash_bands
from newsbot.pipelines import require_enabled


class DedupPipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats
        self.seen_raw: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        require_enabled(crawler.settings, "dedup")
        return cls(crawler.stats)

    def process_item(self, item: DocumentItem) -> DocumentItem:
        if item.raw_hash in self.seen_raw:
            self.stats.inc_value("newsbot/duplicate")
            raise DropItem(f"identical document already read in this run: {item.raw.source}")
        if item.raw_hash:
            self.seen_raw.add(item.raw_hash)
        article = item.article
        if article is not None:
            item.content_hash = content_hash(article)
            item.story_key = story_key(article)
            if not article.url:
                item.minhash_bands = minhash_bands(article.body or article.title or "")
        return item

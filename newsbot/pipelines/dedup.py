"""Stage 2: hashes and keys that identify a document and its story.

Identical bytes read twice go on to the store like any document: it keeps one copy and counts
the other as a duplicate of its site and day (dropping it here would leave it out of `newsbot
stats`, and lose it if the first copy's batch could not be written). Across runs and workers
the database's unique constraints decide, so nothing here needs to survive a restart.
"""

from __future__ import annotations

from scrapy.crawler import Crawler

from newsbot.items import DocumentItem
from newsbot.parsing.document import content_hash, story_key
from newsbot.parsing.similarity import minhash_bands
from newsbot.pipelines import require_enabled


class DedupPipeline:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        require_enabled(crawler.settings, "dedup")
        return cls()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        article = item.article
        if article is not None:
            item.content_hash = content_hash(article)
            item.story_key = story_key(article)
            if not article.url:
                item.minhash_bands = minhash_bands(article.body or article.title or "")
        return item

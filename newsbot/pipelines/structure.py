"""Stage 1: split a raw document into title, blocks, captions, widgets and dates."""

from __future__ import annotations

import hashlib

from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from newsbot.items import DocumentItem, RawDocument
from newsbot.parsing.document import structure_document
from newsbot.pipelines import require_enabled, stage_guard


class StructurePipeline:
    def __init__(self, stats: StatsCollector) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StructurePipeline:
        require_enabled(crawler.settings, "structure")
        return cls(crawler.stats)

    def process_item(self, item: RawDocument | DocumentItem) -> DocumentItem:
        doc = item if isinstance(item, DocumentItem) else DocumentItem(raw=item)
        self.stats.inc_value("newsbot/read")
        doc.raw_hash = hashlib.sha256(doc.raw.body).hexdigest()
        if doc.quarantine_reason is None:
            with stage_guard(doc, "structure"):
                self._structure(doc)
        return doc

    @staticmethod
    def _structure(doc: DocumentItem) -> None:
        result = structure_document(doc.raw)
        doc.article = result.article
        doc.quarantine_reason = result.quarantine_reason
        if result.article is None:
            doc.warnings.extend(result.warnings)

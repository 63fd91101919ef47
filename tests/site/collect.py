"""An item pipeline for tests: writes what a spider yields to a JSON Lines file.

It lets a crawl be checked on its own, without the parsing and storage stages:
``-s ITEM_PIPELINES='{"tests.site.collect.CollectItems": 100}' -s COLLECT_PATH=items.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured


class CollectItems:
    """Append one JSON object per item: its fields, with the body as size and SHA-256."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.file: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CollectItems:
        path = crawler.settings.get("COLLECT_PATH")
        if not path:
            raise NotConfigured("COLLECT_PATH is not set")
        return cls(path)

    def open_spider(self) -> None:
        self.file = open(self.path, "a", encoding="utf-8")  # noqa: SIM115

    def close_spider(self) -> None:
        if self.file is not None:
            self.file.close()

    def process_item(self, item: Any) -> Any:
        record = {}
        for name, value in ItemAdapter(item).items():
            if isinstance(value, bytes):
                record[f"{name}_size"] = len(value)
                record[f"{name}_sha256"] = hashlib.sha256(value).hexdigest()
            else:
                record[name] = value
        assert self.file is not None
        self.file.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
        self.file.flush()
        return item

"""Stage 3: decode fact boxes and widgets (percent-encoded HTML, Key: value boxes)."""

from __future__ import annotations

from scrapy.crawler import Crawler

from newsbot.items import DocumentItem
from newsbot.parsing.widgets import decode_widget
from newsbot.pipelines import require_enabled, stage_guard


class WidgetPipeline:
    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WidgetPipeline:
        require_enabled(crawler.settings, "widgets")
        return cls()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        if item.article is not None and item.article.widgets:
            with stage_guard(item, "widgets"):
                item.article.widgets = [decode_widget(w) for w in item.article.widgets]
        return item

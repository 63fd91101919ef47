"""Stage 4: tag people, organisations and places in each part of the article, separately."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.crawler import Crawler

from newsbot.items import DocumentItem, Part
from newsbot.pipelines import require_enabled, stage_guard

if TYPE_CHECKING:
    from newsbot.parsing.entities import EntityTagger

# A statistical tagger costs about 0.1 ms a word: beyond this many characters a part is tagged
# only up to here (offsets stay valid, since it is a prefix) and a warning says so.
MAX_TAGGED_CHARS = 200_000


def article_parts(item: DocumentItem) -> list[tuple[Part, int, str]]:
    """The texts to tag, each with its part and index, as stored (long ones cut short)."""
    article = item.article
    if article is None:
        return []
    parts: list[tuple[Part, int, str]] = []
    if article.title:
        parts.append(("title", 0, article.title))
    if article.body:
        parts.append(("body", 0, article.body))
    parts.extend(("caption", i, c.text) for i, c in enumerate(article.captions) if c.text)
    parts.extend(("widget", i, w.text) for i, w in enumerate(article.widgets) if w.text)
    for position, (part, index, text) in enumerate(parts):
        if len(text) > MAX_TAGGED_CHARS:
            item.warnings.append(
                f"{part} {index} has {len(text):,} characters: entities tagged in the first "
                f"{MAX_TAGGED_CHARS:,} only"
            )
            parts[position] = (part, index, text[:MAX_TAGGED_CHARS])
    return parts


class EntityPipeline:
    def __init__(self, tagger: EntityTagger) -> None:
        self.tagger = tagger

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EntityPipeline:
        require_enabled(crawler.settings, "entities")
        # Imported here: a run without tagging need not load the taggers and their data.
        from newsbot.parsing.entities import build_tagger

        return cls(build_tagger(crawler.settings.get("NEWSBOT_TAGGER", "default")))

    def open_spider(self) -> None:
        self.tagger.load()

    def process_item(self, item: DocumentItem) -> DocumentItem:
        parts = article_parts(item)
        if parts:
            with stage_guard(item, "entities"):
                item.mentions = self.tagger.tag_article(parts)
        return item

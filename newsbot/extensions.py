"""A progress bar for replays on a terminal (enabled by `newsbot replay` on a TTY)."""

from __future__ import annotations

from typing import Any

from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from scrapy import signals
from scrapy.crawler import Crawler


class ReplayProgress:
    """Counts documents as they leave the pipelines, with their rate."""

    def __init__(self) -> None:
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("documents"),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.0f}/s"),
            TimeElapsedColumn(),
            transient=True,
        )
        self.task = self.progress.add_task("replay", total=None, rate=0.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayProgress:
        extension = cls()
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.advance, signal=signals.item_scraped)
        crawler.signals.connect(extension.advance, signal=signals.item_dropped)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, **_: Any) -> None:
        self.progress.start()

    def advance(self, **_: Any) -> None:
        self.progress.advance(self.task)
        task = self.progress.tasks[0]
        elapsed = task.elapsed or 0.0
        if elapsed:
            self.progress.update(self.task, rate=task.completed / elapsed)

    def closed(self, **_: Any) -> None:
        self.progress.stop()

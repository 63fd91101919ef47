"""Run-level output: a progress bar for replays on a terminal, and the summary line."""

from __future__ import annotations

import gc
import sys
from collections.abc import Mapping
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


# What a run's summary reports, and the stats counter behind each figure.
SUMMARY_KEYS = (
    ("read", "newsbot/read"),
    ("new", "newsbot/new"),
    ("updated", "newsbot/updated"),
    ("older_versions", "newsbot/older_version"),
    ("unchanged", "newsbot/unchanged"),
    ("duplicates", "newsbot/duplicate"),
    ("quarantined", "newsbot/quarantined"),
    ("skipped_paths", "newsbot/skipped_paths"),
)


def summarise(stats: Mapping[str, Any]) -> dict[str, int]:
    """The summary figures of a run from its Scrapy stats."""
    summary = {name: int(stats.get(key, 0)) for name, key in SUMMARY_KEYS}
    summary["errors"] = int(stats.get("log_count/ERROR", 0))
    return summary


def summary_line(summary: Mapping[str, int]) -> str:
    return "  ".join(f"{name.replace('_', ' ')}: {value}" for name, value in summary.items())


class SettledHeap:
    """Takes what start-up built (modules, settings, the tagger's tables and model) out of the
    cyclic garbage collector's walks while the spider runs, and lets the young generation grow
    larger; both are put back when the spider closes.

    Those hundreds of thousands of long-lived objects hold no garbage, yet every full
    collection a run of many documents sets off would walk them all again. And a document's
    parse allocates tens of thousands of objects that reference counting frees within
    moments: with the default threshold (700 allocations) the collector runs hundreds of
    times a minute over objects about to go anyway. Pipelines open before ``spider_opened``,
    so their tables are loaded by then.
    """

    RUN_THRESHOLDS = (50_000, 20, 10)

    def __init__(self) -> None:
        self.thresholds = gc.get_threshold()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SettledHeap:
        extension = cls()
        crawler.signals.connect(extension.opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def opened(self, **_: Any) -> None:
        gc.collect()  # what start-up left as garbage is freed now, not kept for the whole run
        gc.freeze()
        self.thresholds = gc.get_threshold()
        gc.set_threshold(*self.RUN_THRESHOLDS)

    def closed(self, **_: Any) -> None:
        gc.set_threshold(*self.thresholds)
        gc.unfreeze()


class RunSummary:
    """Prints the summary line when a `scrapy crawl` run ends (`newsbot replay` prints its own)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunSummary:
        extension = cls(crawler)
        crawler.signals.connect(extension.closed, signal=signals.spider_closed)
        return extension

    def closed(self, **_: Any) -> None:
        if self.crawler.stats is not None:
            sys.stderr.write(summary_line(summarise(self.crawler.stats.get_stats())) + "\n")

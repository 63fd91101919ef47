"""Item pipeline stages, one module each; their order is ITEM_PIPELINES in settings."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings

from newsbot.items import DocumentItem

logger = logging.getLogger(__name__)


def require_enabled(settings: BaseSettings, stage: str) -> None:
    """Raise NotConfigured when NEWSBOT_<STAGE>_ENABLED is false, so Scrapy skips the stage."""
    if not settings.getbool(f"NEWSBOT_{stage.upper()}_ENABLED", True):
        raise NotConfigured(f"{stage} stage switched off")


@contextmanager
def stage_guard(item: DocumentItem, stage: str) -> Iterator[None]:
    """A stage that fails on one document must not lose it: the document is quarantined with
    its bytes and the reason, and the run goes on."""
    try:
        yield
    except Exception as exc:  # the parsers promise not to raise; this is the last safety net
        logger.exception("%s stage failed on %s", stage, item.raw.source)
        item.quarantine_reason = f"{stage} stage failed: {type(exc).__name__}: {exc}"[:500]
        item.article = None
        item.mentions = []

"""Item pipeline stages, one module each; their order is ITEM_PIPELINES in settings."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured
from scrapy.settings import BaseSettings


def require_enabled(settings: BaseSettings, stage: str) -> None:
    """Raise NotConfigured when NEWSBOT_<STAGE>_ENABLED is false, so Scrapy skips the stage."""
    if not settings.getbool(f"NEWSBOT_{stage.upper()}_ENABLED", True):
        raise NotConfigured(f"{stage} stage switched off")

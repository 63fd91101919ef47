"""Small read-only look-ups that crawling components need before they fetch."""

from __future__ import annotations

from newsbot.db.engine import migrate
from newsbot.db.store import stored_urls as _stored_urls


def stored_urls(db_url: str) -> set[str]:
    """Canonical URLs already stored in the database at `db_url`."""
    return _stored_urls(migrate(db_url))

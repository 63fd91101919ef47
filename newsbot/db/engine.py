"""Where the database is, how to connect to it, and bringing its schema up to date."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

DEFAULT_DB_URL = "sqlite:///newsbot.db"


class DatabaseError(RuntimeError):
    """The database cannot be used at all: the run stops with a one-line message."""


def resolve_db_url(explicit: str | None = None) -> str:
    """`--db` first, then `NEWSBOT_DB`, then a SQLite file in the current folder."""
    return explicit or os.environ.get("NEWSBOT_DB") or DEFAULT_DB_URL


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (the CLI) work while a replay writes; NORMAL sync is safe under WAL.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


@cache
def get_engine(url: str) -> Engine:
    """One engine per URL and process; raises DatabaseError for a URL that cannot work."""
    try:
        parsed = make_url(url)
        engine = create_engine(parsed, pool_pre_ping=True)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(f"bad database URL {url!r}: {exc}") from None
    except ImportError as exc:
        raise DatabaseError(
            f"no driver for {url!r}: {exc} (pip install 'newsbot[postgres]')"
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("newsbot") / "migrations"))
    return config


def migrate(url: str) -> Engine:
    """Bring the schema to the newest revision (creating it on first use) and return the engine."""
    engine = get_engine(url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                # Workers starting together must not both create the schema.
                connection.execute(text("SELECT pg_advisory_xact_lock(727274)"))
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except OperationalError as exc:
        raise DatabaseError(f"cannot open database {engine.url!r}: {exc.orig}") from None
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot prepare database {engine.url!r}: {exc}") from None
    return engine


def open_existing(url: str) -> Engine:
    """An engine for querying; the schema is created if missing so queries on a new DB are empty."""
    engine = migrate(url)
    if not inspect(engine).has_table("articles"):
        raise DatabaseError(f"database {engine.url!r} has no newsbot schema")
    return engine

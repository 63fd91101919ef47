"""Persistence stage write speed: articles/s with their entities, into SQLite and PostgreSQL.

Parses and tags N generated dumps first (not timed), then times `Store.write_batch` over them in
batches, as the persistence pipeline does, into a fresh database of each kind. Prints the wall
time, this process's CPU time and, for a PostgreSQL server on this machine, the CPU time of its
backends: on a shared machine the CPU figures are the steady ones.

    python bench/store_speed.py [--docs 5000] [--batch 1000] [--tagger fast] [--floor]
        [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]

--floor also times what the engine alone spends per article on the two costs the schema cannot
avoid (full-text index, indexed mention rows), which bounds what any client code can reach.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsbot.db.engine import migrate
from newsbot.db.store import Store
from newsbot.items import DocumentItem, RawDocument
from newsbot.parsing.document import content_hash, story_key, structure_document
from newsbot.parsing.entities import build_tagger
from newsbot.parsing.similarity import minhash_bands
from newsbot.parsing.widgets import decode_widget
from newsbot.pipelines.entities import article_parts
from newsbot.settings import NEWSBOT_BATCH_SIZE


def _generator():  # the dump generator of the replay bench, loaded from its file
    spec = importlib.util.spec_from_file_location(
        "replay_speed", Path(__file__).with_name("replay_speed.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepared_items(count: int, tagger_name: str) -> list[DocumentItem]:
    """Items as they reach the persistence stage."""
    tagger = build_tagger(tagger_name)
    generator = _generator()
    items = []
    with tempfile.TemporaryDirectory() as tmp:
        generator.generate(Path(tmp), count)
        for path in sorted(Path(tmp).rglob("*.txt")):
            raw = RawDocument(str(path), path.read_bytes(), datetime.now(UTC), None, "text/plain")
            item = DocumentItem(raw=raw, raw_hash=hashlib.sha256(raw.body).hexdigest())
            item.article = structure_document(raw).article
            assert item.article is not None
            item.content_hash = content_hash(item.article)
            item.story_key = story_key(item.article)
            item.minhash_bands = minhash_bands(item.article.body)
            item.article.widgets = [decode_widget(w) for w in item.article.widgets]
            item.mentions = tagger.tag_article(article_parts(item))
            items.append(item)
    return items


def _load(driver: Any, postgres: bool, table: str, columns: str, rows: list[tuple]) -> float:
    """Seconds to append rows with the driver alone (COPY or executemany), committed."""
    start = time.perf_counter()
    if postgres:
        with driver.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        marks = ", ".join("?" for _ in columns.split(","))
        driver.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    driver.commit()
    return time.perf_counter() - start


def engine_floor(url: str, items: list[DocumentItem]) -> tuple[float, float]:
    """What the engine alone spends per article, in ms, on the two things the schema must keep
    and no client code can avoid: the full-text index of title and body, and the mention rows
    with their two indexes (foreign keys not checked). Timed as the difference between
    loading the same rows into the real table and into a plain copy of it."""
    engine = migrate(url)
    postgres = engine.dialect.name == "postgresql"
    connection = engine.raw_connection()
    driver = connection.driver_connection
    try:
        plain = (
            "CREATE TABLE {0} (LIKE {1} INCLUDING DEFAULTS)"
            if postgres
            else "CREATE TABLE {0} AS SELECT * FROM {1} WHERE 0"
        )
        for statement in (
            plain.format("plain_articles", "articles"),
            plain.format("plain_mentions", "mentions"),
            plain.format("indexed_mentions", "mentions"),
            "CREATE UNIQUE INDEX ix_floor_key ON indexed_mentions (version_id, position)",
            "CREATE INDEX ix_floor_entity ON indexed_mentions (entity_id, part)",
        ):
            driver.execute(statement)
        driver.commit()
        columns = (
            "id, source, title, body, versions, current_version, first_seen, last_seen, "
            "content_hash"
        )
        now = datetime.now(UTC).isoformat()
        articles = [
            (f"a{n}", "bench", i.article.title, i.article.body, 1, 1, now, now, i.content_hash)
            for n, i in enumerate(items)
            if i.article is not None
        ]
        indexed = _load(driver, postgres, "articles", columns, articles)
        unindexed = _load(driver, postgres, "plain_articles", columns, articles)
        columns = (
            'version_id, position, article_id, entity_id, part, part_index, start, "end", text'
        )
        mentions = [
            (n, k, f"a{n}", k, m.part, m.index, m.start, m.end, m.text)
            for n, i in enumerate(items)
            for k, m in enumerate(i.mentions)
        ]
        with_indexes = _load(driver, postgres, "indexed_mentions", columns, mentions)
        without = _load(driver, postgres, "plain_mentions", columns, mentions)
    finally:
        connection.close()
    per_article = 1000 / len(items)
    return (indexed - unindexed) * per_article, (with_indexes - without) * per_article


def _server_cpu(engine: Any, application: str) -> float | None:
    """CPU seconds the PostgreSQL backends named ``application`` have used so far, when the
    server runs on this machine (read from /proc), else None."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        pids = conn.exec_driver_sql(
            "SELECT pid FROM pg_stat_activity WHERE application_name = %(name)s",
            {"name": application},
        ).scalars()
        total = 0
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            except OSError:
                return None
            total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def time_writes(
    url: str, items: list[DocumentItem], batch: int
) -> tuple[float, float, float | None]:
    """Wall and this process's CPU seconds, and the PostgreSQL server's CPU seconds when it
    runs here. The CPU figures are the steadier ones on a shared machine."""
    application = f"store-bench-{uuid.uuid4().hex[:8]}"
    if url.startswith("postgresql"):
        url += ("&" if "?" in url else "?") + f"application_name={application}"
    store = Store(migrate(url))
    server = _server_cpu(store.engine, application)
    start, cpu = time.perf_counter(), time.process_time()
    for index in range(0, len(items), batch):
        store.write_batch(items[index : index + batch])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    after = _server_cpu(store.engine, application)
    return elapsed, cpu, None if server is None or after is None else after - server


def _report(label: str, url_for: Any, items: list[DocumentItem], args: argparse.Namespace) -> None:
    elapsed, cpu, server = time_writes(url_for("store"), items, args.batch)
    on_server = "" if server is None else f"; server CPU {server:.1f} s"
    print(
        f"{label:<11} {len(items) / elapsed:8.0f} articles/s  ({elapsed:.1f} s; "
        f"client CPU {cpu:.1f} s, {len(items) / cpu:,.0f} articles/s{on_server})"
    )
    if args.floor:
        search_ms, mentions_ms = engine_floor(url_for("floor"), items)
        print(
            f"{'':<11} engine alone: full-text index {search_ms:.2f} ms/article, indexed "
            f"mention rows {mentions_ms:.2f} ms/article; these two alone allow at most "
            f"{1000 / (search_ms + mentions_ms):,.0f} articles/s on one connection"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument(
        "--batch",
        type=int,
        default=NEWSBOT_BATCH_SIZE,
        help="articles per write (default: the persistence pipeline's NEWSBOT_BATCH_SIZE)",
    )
    parser.add_argument("--tagger", default="fast")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time what each engine alone spends on the full-text index and mention rows",
    )
    args = parser.parse_args()
    items = prepared_items(args.docs, args.tagger)
    mentions = sum(len(i.mentions) for i in items)
    print(f"{len(items)} articles, {mentions / len(items):.0f} mentions each ({args.tagger})")
    with tempfile.TemporaryDirectory() as tmp:
        _report("sqlite", lambda name: f"sqlite:///{tmp}/{name}.db", items, args)
    try:
        import psycopg
    except ImportError:
        print("postgresql  skipped: psycopg not installed")
        return
    schemas = {name: f"bench_{name}_{uuid.uuid4().hex[:8]}" for name in ("store", "floor")}
    dsn = args.pg.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            for schema in schemas.values():
                conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.Error as exc:
        print(f"postgresql  skipped: {str(exc).splitlines()[0]}")
        return
    try:
        _report(
            "postgresql",
            lambda name: f"{args.pg}?options=-csearch_path%3D{schemas[name]}",
            items,
            args,
        )
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            for schema in schemas.values():
                conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()

"""Persistence stage write speed: articles/s with their entities, into SQLite and PostgreSQL.

Parses and tags N generated dumps first (not timed), then times `Store.write_batch` over them in
batches, as the persistence pipeline does, into a fresh database of each kind.

    python bench/store_speed.py [--docs 5000] [--batch 200] [--tagger fast]
        [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from newsbot.db.engine import migrate
from newsbot.db.store import Store
from newsbot.items import DocumentItem, RawDocument
from newsbot.parsing.document import content_hash, story_key, structure_document
from newsbot.parsing.entities import build_tagger
from newsbot.parsing.similarity import minhash_bands
from newsbot.parsing.widgets import decode_widget
from newsbot.pipelines.entities import article_parts


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


def time_writes(url: str, items: list[DocumentItem], batch: int) -> float:
    store = Store(migrate(url))
    start = time.perf_counter()
    for index in range(0, len(items), batch):
        store.write_batch(items[index : index + batch])
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--tagger", default="fast")
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    items = prepared_items(args.docs, args.tagger)
    mentions = sum(len(i.mentions) for i in items)
    print(f"{len(items)} articles, {mentions / len(items):.0f} mentions each ({args.tagger})")
    with tempfile.TemporaryDirectory() as tmp:
        elapsed = time_writes(f"sqlite:///{tmp}/store.db", items, args.batch)
        print(f"sqlite      {len(items) / elapsed:8.0f} articles/s  ({elapsed:.1f} s)")
    try:
        import psycopg
    except ImportError:
        print("postgresql  skipped: psycopg not installed")
        return
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    dsn = args.pg.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
    except psycopg.Error as exc:
        print(f"postgresql  skipped: {str(exc).splitlines()[0]}")
        return
    try:
        elapsed = time_writes(f"{args.pg}?options=-csearch_path%3D{schema}", items, args.batch)
        print(f"postgresql  {len(items) / elapsed:8.0f} articles/s  ({elapsed:.1f} s)")
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()

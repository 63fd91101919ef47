"""The store and the read side, driven directly (no Scrapy): versions, races, stats flags."""

from __future__ import annotations

import hashlib
import threading
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError, OperationalError

from newsbot.db.engine import migrate
from newsbot.db.queries import export_articles, search, site_day_stats
from newsbot.db.store import Store
from newsbot.items import Block, DocumentItem, ParsedArticle, RawDocument
from newsbot.parsing.document import content_hash, story_key
from newsbot.parsing.similarity import minhash_bands


def item(
    title: str,
    body: str,
    *,
    url: str | None = None,
    site: str | None = "news.example.org",
    updated: datetime | None = None,
) -> DocumentItem:
    raw_bytes = f"{url}\n{title}\n{body}\n{updated}".encode()
    article = ParsedArticle(
        title=title,
        blocks=[Block("paragraph", p) for p in body.split("\n\n") if p],
        url=url,
        site=site,
        updated=updated,
    )
    doc = DocumentItem(
        raw=RawDocument(source=url or title, body=raw_bytes, fetched_at=datetime.now(UTC)),
        article=article,
        raw_hash=hashlib.sha256(raw_bytes).hexdigest(),
    )
    doc.content_hash = content_hash(article)
    doc.story_key = story_key(article)
    doc.minhash_bands = [] if url else minhash_bands(article.body)
    return doc


def test_versions_of_a_story_in_one_batch_and_across_batches(db_url: str) -> None:
    store = Store(migrate(db_url))
    url = "https://news.example.org/a"
    first = item(
        "Port reopens",
        "The port reopened on Monday.",
        url=url,
        updated=datetime(2024, 8, 21, 10, 0),
    )
    second = item(
        "Port reopens",
        "The port reopened on Monday after repairs.",
        url=url,
        updated=datetime(2024, 8, 21, 12, 0),
    )
    assert store.write_batch([first, second]) == ["new", "updated"]
    older = item(
        "Port reopens",
        "The port may reopen on Monday.",
        url=url,
        updated=datetime(2024, 8, 20, 9, 0),
    )
    assert store.write_batch([older, first]) == ["older_version", "duplicate"]
    [article] = export_articles(migrate(db_url))
    assert article["versions"] == 3 and article["version"] == 2
    assert article["body"] == "The port reopened on Monday after repairs."


def test_concurrent_writers_never_store_a_document_twice(db_url: str) -> None:
    engine = migrate(db_url)
    batch = [
        item(
            f"Story {n}",
            f"Body of story number {n} with its own words {n * 7}.",
            url=f"https://news.example.org/{n}",
        )
        for n in range(40)
    ]
    outcomes: list[list[str]] = []

    def write() -> None:
        outcomes.append(Store(engine).write_batch(batch))

    threads = [threading.Thread(target=write) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM articles")) == 40
        assert conn.scalar(text("SELECT count(*) FROM article_versions")) == 40
        assert conn.scalar(text("SELECT count(*) FROM raw_documents")) == 40
    assert sorted(o.count("new") for o in outcomes) == [0, 0, 40]


def test_stats_flag_a_site_whose_missing_date_share_jumps(db_url: str) -> None:
    engine = migrate(db_url)
    store = Store(engine)
    dated = [
        item(
            f"Dated {n}",
            f"Dated story {n} text here.",
            url=f"https://a.example/{n}",
            site="a.example",
            updated=datetime(2024, 1, 1, 9, 0),
        )
        for n in range(5)
    ]
    store.write_batch(dated)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE article_versions SET stored_at = :day"),
            {"day": datetime(2024, 1, 1, 12, 0, tzinfo=UTC)},
        )
    undated = [
        item(
            f"Undated {n}",
            f"Undated story {n} text.",
            url=f"https://a.example/u{n}",
            site="a.example",
        )
        for n in range(5)
    ]
    store.write_batch(undated)
    rows = [
        r
        for r in site_day_stats(engine)["sites"]
        if r["site"] == "a.example" and "stored_versions" in r
    ]
    assert [r["missing_date_share"] for r in rows] == [0.0, 1.0]
    assert rows[0]["flag"] is None and "missing date share jumped" in rows[1]["flag"]


def test_upgrade_recomputes_bands_written_in_an_earlier_format(db_url: str) -> None:
    """A database from before integer band keys still finds edited copies of its stories."""
    from alembic import command

    from newsbot.db.engine import _alembic_config, get_engine

    engine = get_engine(db_url)
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    body = "\n\n".join(
        f"Paragraph {n}: the port of Basra reopened on Monday after weeks of repairs to its "
        f"cranes, officials said, and ships queued in the Gulf for berth number {n}."
        for n in range(8)
    )
    original = item("Basra port reopens after repairs", body)
    original.minhash_bands = [f"{n:02d}{'ab' * 8}" for n in range(20)]  # the earlier format
    assert Store(engine).write_batch([original]) == ["new"]

    migrate(db_url)

    with engine.connect() as connection:
        stored = connection.execute(text("SELECT band FROM story_bands")).scalars().all()
    assert sorted(stored) == sorted(minhash_bands(body))
    edited = item(
        "Basra port reopens after long repairs",
        body.replace("Monday", "Tuesday") + "\n\nA final line added by the editors.",
        updated=datetime(2024, 8, 22, 9, 0),
    )
    assert Store(engine).write_batch([edited]) == ["updated"]
    [article] = export_articles(engine)
    assert article["versions"] == 2 and article["title"] == "Basra port reopens after long repairs"


def test_edits_of_a_story_in_one_batch_share_their_bands_once(db_url: str) -> None:
    """Two edited copies of a story without a URL in one batch, a third in the next: one
    story, every band stored once for it."""
    engine = migrate(db_url)
    body = "\n\n".join(
        f"Paragraph {n}: the harbour of Tema reopened on Friday after weeks of dredging, the "
        f"port authority said, and container ships queued offshore for berth number {n}."
        for n in range(8)
    )
    first = item("Tema harbour reopens after dredging", body, updated=datetime(2024, 5, 3, 9, 0))
    second = item(
        "Tema harbour reopens after long dredging",
        body + "\n\nThe first ship berthed at noon.",
        updated=datetime(2024, 5, 3, 12, 0),
    )
    third = item(
        "Tema harbour reopens after long dredging works",
        body + "\n\nThe first ship berthed at noon.\n\nTwo more followed by evening.",
        updated=datetime(2024, 5, 3, 18, 0),
    )
    assert Store(engine).write_batch([first, second]) == ["new", "updated"]
    assert Store(engine).write_batch([third]) == ["updated"]
    expected = set(first.minhash_bands) | set(second.minhash_bands) | set(third.minhash_bands)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT band, article_id FROM story_bands")).all()
    assert sorted(band for band, _ in stored) == sorted(expected)
    assert len({article for _, article in stored}) == 1
    [article] = export_articles(engine)
    assert article["versions"] == 3 and article["body"] == third.article.body


def test_writing_leaves_the_garbage_collector_as_it_found_it(sqlite_url: str) -> None:
    import gc

    store = Store(migrate(sqlite_url))
    assert gc.isenabled()
    store.write_batch([item("One", "The first story.", url="https://a.example/1")])
    assert gc.isenabled()
    gc.disable()
    try:
        store.write_batch([item("Two", "The second story.", url="https://a.example/2")])
        assert not gc.isenabled()
    finally:
        gc.enable()
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE ingest_events"))
    with pytest.raises(OperationalError):  # no such table: the run cannot go on
        store.write_batch([item("Three", "The third story.", url="https://a.example/3")])
    assert gc.isenabled()


def _tagged(doc: DocumentItem) -> DocumentItem:
    from newsbot.parsing.entities import build_tagger
    from newsbot.pipelines.entities import article_parts

    doc.mentions = build_tagger("fast").tag_article(article_parts(doc))
    return doc


def _orphans(engine: Engine) -> dict[str, int]:
    """Rows pointing at nothing, by what they point at (what foreign keys used to check)."""
    checks = {
        "mention version": "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
        "(SELECT 1 FROM article_versions v "
        "WHERE v.id = m.version_id AND v.article_id = m.article_id)",
        "mention entity": "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
        "(SELECT 1 FROM entities e WHERE e.id = m.entity_id)",
        "band article": "SELECT count(*) FROM story_bands b WHERE NOT EXISTS "
        "(SELECT 1 FROM articles a WHERE a.id = b.article_id)",
    }
    with engine.connect() as conn:
        return {name: conn.execute(text(sql)).scalar_one() for name, sql in checks.items()}


def _story_items() -> list[DocumentItem]:
    body = "\n\n".join(
        f"Paragraph {n}: Fatima Al Sayegh of Emirates NBD told reporters in Dubai that Aramco "
        f"and the port of Jebel Ali had agreed on berth number {n}."
        for n in range(6)
    )
    return [
        _tagged(item("Emirates NBD and Aramco agree on Jebel Ali berths", body)),
        _tagged(
            item(
                "Emirates NBD and Aramco agree on more Jebel Ali berths",
                body + "\n\nMohammed Al Hammadi of DP World welcomed the deal in Abu Dhabi.",
                updated=datetime(2024, 3, 2, 9, 0),
            )
        ),
        _tagged(
            item(
                "Qatar Airways adds flights to Nairobi",
                "Qatar Airways said on Sunday it would fly daily from Doha to Nairobi, "
                "Kenya Airways said.",
                url="https://news.example.org/qatar-nairobi",
            )
        ),
    ]


def test_mentions_and_bands_point_at_stored_rows_and_go_with_them(db_url: str) -> None:
    """Without foreign keys on mentions and bands, every row the store writes still points at
    a stored version, entity or article, also across replays, edits and a batch written item by
    item; deleting an article takes its mentions and bands along, and a mentioned entity cannot
    be deleted."""
    engine = migrate(db_url)
    store = Store(engine)
    first, edited, other = _story_items()
    assert first.mentions and edited.mentions and other.mentions
    assert store.write_batch([first, other]) == ["new", "new"]
    assert store.write_batch([first, edited, other]) == ["duplicate", "updated", "duplicate"]
    # A site name longer than its column: PostgreSQL refuses the batch, which is then written
    # item by item.
    refused = _tagged(
        item("Kenya Airways adds Doha", "Kenya Airways flew to Doha.", site="x" * 300)
    )
    again = _tagged(item("Qatar Airways adds flights to Nairobi again", "Doha to Nairobi daily."))
    assert store.write_batch([again, refused])[0] == "new"
    with engine.connect() as conn:
        mentions, bands = (
            conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("mentions", "story_bands")
        )
    assert mentions >= len(first.mentions) + len(edited.mentions) + len(other.mentions)
    assert bands > 0
    assert _orphans(engine) == {"mention version": 0, "mention entity": 0, "band article": 0}

    story = next(iter(export_articles(engine)))["id"]
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": story})
    assert _orphans(engine) == {"mention version": 0, "mention entity": 0, "band article": 0}
    with engine.connect() as conn:
        left = conn.execute(
            text("SELECT count(*) FROM mentions WHERE article_id = :id"), {"id": story}
        ).scalar_one()
        assert left == 0
        entity = conn.execute(text("SELECT min(entity_id) FROM mentions")).scalar_one()
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text("DELETE FROM entities WHERE id IN (SELECT entity_id FROM mentions)"))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM mentions)"))
        kept = text("SELECT count(*) FROM entities WHERE id = :id")
        assert conn.execute(kept, {"id": entity}).scalar_one() == 1
    assert _orphans(engine) == {"mention version": 0, "mention entity": 0, "band article": 0}


def test_upgrade_keeps_mentions_and_bands_written_with_foreign_keys(db_url: str) -> None:
    """A database at revision 0002 (foreign keys on mentions and bands, mentions keyed by a row
    id) upgrades with its rows intact, each version's mentions numbered in the order they were
    stored, and its stories go on being found and edited. (Its rows are written at the newest
    revision and taken down to 0002, which the store of that time no longer is.)"""
    from alembic import command

    from newsbot.db.engine import _alembic_config

    engine = migrate(db_url)
    first, edited, other = _story_items()
    assert Store(engine).write_batch([first, other]) == ["new", "new"]
    with engine.begin() as connection:
        config = _alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert inspect(engine).get_foreign_keys("mentions")
    mentions = (
        'SELECT version_id, article_id, entity_id, part, part_index, start, "end", text, '
        "fine_label FROM mentions ORDER BY {}"
    )
    with engine.connect() as conn:
        before = {
            "mentions": conn.execute(text(mentions.format("id"))).all(),
            "bands": conn.execute(text("SELECT * FROM story_bands ORDER BY 1, 2")).all(),
        }
    exported = list(export_articles(engine))

    migrate(db_url)

    with engine.connect() as conn:
        after = {
            "mentions": conn.execute(text(mentions.format("version_id, position"))).all(),
            "bands": conn.execute(text("SELECT * FROM story_bands ORDER BY 1, 2")).all(),
        }
        positions = conn.execute(
            text(
                "SELECT version_id, count(*), min(position), max(position) FROM mentions GROUP BY 1"
            )
        ).all()
    assert after == before and before["mentions"] and before["bands"]
    assert all(low == 0 and high == count - 1 for _, count, low, high in positions)
    assert list(export_articles(engine)) == exported
    assert Store(engine).write_batch([edited]) == ["updated"]
    assert _orphans(engine) == {"mention version": 0, "mention entity": 0, "band article": 0}
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM articles"))
        assert conn.execute(text("SELECT count(*) FROM mentions")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM story_bands")).scalar_one() == 0


_WORDS = ["harbour", "lantern", "orchard", "quarry", "saffron", "tundra", "walnut", "zephyr"]


def test_search_finds_every_article_a_batch_wrote_and_only_its_current_text(db_url: str) -> None:
    engine = migrate(db_url)
    store = Store(engine)
    docs = [
        item(f"Story {n}", f"Growers in the {w} valley met on day {n}.", url=f"https://n.org/{n}")
        for n, w in enumerate(_WORDS)
    ]
    store.write_batch(docs[:5])
    store.write_batch(docs[5:])
    for w in _WORDS:
        assert [r["title"] for r in search(engine, w)] == [f"Story {_WORDS.index(w)}"]
    edited = item("Story 0", "Growers in the meadow valley met.", url="https://n.org/0")
    store.write_batch([edited])
    assert search(engine, "harbour") == []
    assert [r["title"] for r in search(engine, "meadow")] == ["Story 0"]
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            # the index matches its articles exactly (FTS5 checks it against the table)
            conn.execute(text("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')"))
            assert conn.execute(text("SELECT count(*) FROM articles_fts_deferred")).scalar() == 0
            # a row written by plain SQL, outside the store, is still indexed by the trigger
            conn.execute(
                text(
                    "INSERT INTO articles (id, source, title, body, content_hash, "
                    "current_version, versions, first_seen, last_seen) VALUES ('by-hand', 'sql', "
                    "'By hand', 'A glacier story.', 'x', 1, 1, '2024-01-01', '2024-01-01')"
                )
            )
        assert [r["title"] for r in search(engine, "glacier")] == ["By hand"]

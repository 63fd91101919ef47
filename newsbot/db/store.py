"""Writing batches of processed documents: the database decides what is new.

Every batch is one transaction with a fixed number of statements, whatever its size: what the
batch needs to know (stored raw hashes, articles by URL, title key or text bands, their versions'
hashes) is read in a few bulk queries, each item is resolved in memory in reading order, and the
results are written with executemany. Unique constraints (raw hash, canonical URL, article +
content hash, article + version number) are the final word on duplicates, so a re-run after a
crash, or two workers writing at once, never stores a document twice: a batch that loses a race
is rolled back and resolved again against what the other writer stored.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    DateTime,
    Engine,
    String,
    any_,
    bindparam,
    func,
    inspect,
    literal_column,
    select,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from newsbot.db.models import (
    ArticleRow,
    ArticleVersionRow,
    CaptionRow,
    EntityAliasRow,
    EntityRow,
    IngestEventRow,
    MentionRow,
    QuarantineRow,
    RawDocumentRow,
    StoryBandRow,
    WidgetRow,
)
from newsbot.items import DocumentItem
from newsbot.parsing.document import iso
from newsbot.parsing.similarity import jaccard, min_shared_bands

logger = logging.getLogger(__name__)

NEAR_DUPLICATE_SIMILARITY = 0.6  # estimated Jaccard of word 3-grams
TITLE_SIMILARITY = 0.4
UNKNOWN_SITE = "-"
IN_CHUNK = 10_000  # values per lookup (sent as one array or JSON parameter)
_WORD = re.compile(r"\w+")

# Outcomes, as counted in summaries and `newsbot stats`.
NEW = "new"
UPDATED = "updated"
OLDER = "older_version"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
QUARANTINED = "quarantined"

# Columns of the rows the writer builds as tuples, in tuple order.
_CURRENT_COLUMNS = (
    "current_version",
    "title",
    "body",
    "source",
    "language",
    "published",
    "updated",
    "content_hash",
    "site",
    "last_seen",
    "first_seen",
)
_ARTICLE_COLUMNS = ("id", "url", "story_key", "versions", *_CURRENT_COLUMNS)
_VERSION_COLUMNS = (
    "article_id",
    "version",
    "content_hash",
    "raw_document_id",
    "source",
    "url",
    "title",
    "body",
    "paragraphs",
    "headings",
    "authors",
    "languages_offered",
    "language",
    "published",
    "updated",
    "published_iso",
    "updated_iso",
    "date_sources",
    "warnings",
    "minhash_bands",
    "stored_at",
)
_MENTION_COLUMNS = (
    "version_id",
    "position",
    "article_id",
    "entity_id",
    "part",
    "part_index",
    "start",
    "end",
    "text",
    "fine_label",
)


def _insert(session: Session, model: type[Any]) -> Any:
    """The dialect's INSERT (which knows ON CONFLICT) on the model's table: a Core statement,
    so executemany skips the ORM's per-row bookkeeping."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model.__table__)


def _execute_many(session: Session, statement: Any, rows: list[dict[str, Any]]) -> None:
    """executemany of an INSERT (nothing to do for no rows)."""
    if rows:
        session.execute(statement, rows)


def _converters(session: Session, table: Any, columns: Sequence[str]) -> list[Any]:
    """Per column, what turns a Python value into what the driver is given, or None.

    On SQLite these are SQLAlchemy's own bind processors (its date format, JSON), so rows sent
    past it read back exactly like rows it wrote; PostgreSQL's COPY adapts dates itself and
    only needs JSON as text."""
    dialect = session.get_bind().dialect
    converters = []
    for name in columns:
        column_type = table.c[name].type
        if dialect.name == "postgresql":
            converters.append(json.dumps if isinstance(column_type, JSON) else None)
        elif isinstance(column_type, JSON):
            # what the JSON type's processor calls, without its checks for SQL NULL markers
            converters.append(getattr(dialect, "_json_serializer", None) or json.dumps)
        else:
            convert = column_type.dialect_impl(dialect).bind_processor(dialect)
            if convert is not None and isinstance(column_type, DateTime):
                convert = _remembered(convert)  # a batch's rows share its one timestamp
            converters.append(convert)
    return converters


def _remembered(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert`` run once per value object. By identity, not equality: equal datetimes in
    different zones are written differently."""
    done: dict[int, tuple[Any, Any]] = {}  # id -> (the value, kept alive; its conversion)

    def remembered(value: Any) -> Any:
        known = done.get(id(value))
        if known is None:
            known = done[id(value)] = (value, convert(value))
        return known[1]

    return remembered


def _append_rows(
    session: Session,
    model: type[Any],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    skip_conflicts_on: Sequence[str] = (),
) -> None:
    """Rows (tuples in the order of ``columns``) straight to the driver, skipping
    SQLAlchemy's per-row statement handling: a batch has thousands of mentions and bands.

    On PostgreSQL, whose executemany sends one statement a row, the rows go by COPY: into the
    table itself for plain appends, or, when rows may already exist (``skip_conflicts_on``
    names the unique columns), into a temporary table whose rows one INSERT ... SELECT ... ON
    CONFLICT DO NOTHING moves over. On SQLite, the driver's executemany.
    """
    if not rows:
        return
    table = model.__table__
    dialect_name = session.get_bind().dialect.name
    if dialect_name not in ("postgresql", "sqlite"):  # any other engine: through SQLAlchemy
        statement = _insert(session, model)
        if skip_conflicts_on:
            statement = statement.on_conflict_do_nothing(index_elements=list(skip_conflicts_on))
        session.execute(statement, [dict(zip(columns, row, strict=True)) for row in rows])
        return
    converters = _converters(session, table, columns)
    if any(converters):
        pairs = list(enumerate(converters))
        rows = [
            tuple(row[i] if f is None or row[i] is None else f(row[i]) for i, f in pairs)
            for row in rows
        ]
    names = ", ".join(f'"{name}"' for name in columns)
    on_conflict = ""
    if skip_conflicts_on:
        on_conflict = " ON CONFLICT ({}) DO NOTHING".format(
            ", ".join(f'"{name}"' for name in skip_conflicts_on)
        )
    dialect = session.get_bind().dialect
    driver = session.connection().connection.driver_connection
    try:
        if dialect_name == "postgresql":
            _copy_rows(driver, table.name, names, rows, on_conflict)
        else:
            placeholders = ", ".join("?" for _ in columns)
            cursor = driver.cursor()
            try:
                cursor.executemany(
                    f'INSERT INTO "{table.name}" ({names}) VALUES ({placeholders}){on_conflict}',
                    rows,
                )
            finally:
                cursor.close()
    except dialect.loaded_dbapi.Error as exc:
        # As SQLAlchemy's own errors, so a lost race (IntegrityError) is retried like any other.
        raise DBAPIError.instance(
            f"INSERT INTO {table.name}", None, exc, dialect.loaded_dbapi.Error
        ) from exc


def _copy_rows(driver: Any, table: str, names: str, rows: Sequence[Any], on_conflict: str) -> None:
    """COPY into the table, or, with ``on_conflict``, into a temporary table moved over by one
    INSERT ... SELECT ... ON CONFLICT DO NOTHING."""
    target = table
    with driver.cursor() as cursor:
        if on_conflict:
            target = f"load_{table}"
            cursor.execute(
                f'CREATE TEMPORARY TABLE "{target}" ON COMMIT DROP AS '
                f'SELECT {names} FROM "{table}" WITH NO DATA'
            )
        with cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        if on_conflict:
            cursor.execute(
                f'INSERT INTO "{table}" ({names}) SELECT {names} FROM "{target}"{on_conflict}'
            )
            cursor.execute(f'DROP TABLE "{target}"')


@contextmanager
def _search_index_by_batch(session: Session, on: bool) -> Iterator[None]:
    """On SQLite, the articles inserted inside go into the full-text index afterwards in one
    statement, in row order, instead of one trigger call a row, which costs FTS5 a flush of its
    pending terms each time (migration 0006). The row holding the trigger back is written first,
    which takes the database's write lock, so the rows after the highest rowid read then are
    this block's own; it lives and dies in this transaction, unseen by other connections."""
    if not on:
        yield
        return
    session.execute(sql_text("INSERT INTO articles_fts_deferred (writer) VALUES (1)"))
    before = session.execute(sql_text("SELECT coalesce(max(rowid), 0) FROM articles")).scalar()
    yield
    session.execute(
        sql_text(
            "INSERT INTO articles_fts (rowid, title, body) SELECT rowid, title, body "
            "FROM articles WHERE rowid > :before ORDER BY rowid"
        ),
        {"before": before},
    )
    session.execute(sql_text("DELETE FROM articles_fts_deferred"))


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


def _one_of(session: Session, column: Any, values: list[Any]) -> ColumnElement[bool]:
    """``column IN values`` sent as one parameter: an array on PostgreSQL, a JSON list read by
    json_each on SQLite. An IN list of thousands of bound values costs more to render and
    parse than the lookup it asks for."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        # typed by the values, not the model: a database from before a migration may still
        # hold the older column type, which the values then have too
        element = String() if values and isinstance(values[0], str) else column.type
        return column == any_(bindparam(None, values, type_=postgresql.ARRAY(element)))
    if name == "sqlite":
        listed = select(literal_column("value")).select_from(
            func.json_each(bindparam(None, json.dumps(values)))
        )
        return column.in_(listed.scalar_subquery())
    return column.in_(values)


def _story_date(published: datetime | None, updated: datetime | None) -> datetime | None:
    moment = updated or published
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def titles_agree(first: str | None, second: str | None) -> bool:
    """Edited copies of a story keep much of their headline; different stories with similar
    boilerplate bodies do not share one."""
    if not first or not second:
        return True
    a, b = set(_WORD.findall(first.casefold())), set(_WORD.findall(second.casefold()))
    return bool(a and b) and len(a & b) / len(a | b) >= TITLE_SIMILARITY


def article_id_for(key: str) -> str:
    """A stable article id from what identifies the story (URL, title key or first text)."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


@dataclass
class _Story:
    """What resolving needs to know of a stored (or just created) article."""

    id: str
    url: str | None
    story_key: str | None
    title: str | None
    published: datetime | None
    updated: datetime | None
    versions: int
    hashes: set[str] = field(default_factory=set)
    is_new: bool = False
    changes: dict[str, Any] = field(default_factory=dict)
    body: str | None = None  # loaded only when a band match has to be confirmed


class _CollectorPause:
    """The cyclic garbage collector held off while batches are written (re-entrant, shared by
    threads). A batch builds hundreds of thousands of short-lived row tuples; with the
    collector on they survive into its older generations and set off full collections that
    walk every object of the process (a crawl's parsed items, the tagger's tables) and
    cost more than the writing itself. Row tuples hold no cycles, so nothing waits long."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._resume = False

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._depth += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0 and self._resume:
                gc.enable()


_COLLECTOR_PAUSE = _CollectorPause()


class Store:
    """Batched, idempotent writes of pipeline items."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # SQLite's search index filled per batch: from migration 0006 on
        self.search_by_batch = engine.dialect.name == "sqlite" and inspect(engine).has_table(
            "articles_fts_deferred"
        )

    def write_batch(self, items: Sequence[DocumentItem], attempts: int = 5) -> list[str]:
        """Store the items in one transaction; returns one outcome per item.

        A batch that fails for a reason other than a lost race is written again item by item,
        so one bad document is quarantined with the database's reason instead of losing the
        other documents of its batch.
        """
        with _COLLECTOR_PAUSE:
            return self._write_batch(items, attempts)

    def _write_batch(self, items: Sequence[DocumentItem], attempts: int) -> list[str]:
        try:
            return self._write_retrying(items, attempts)
        except OperationalError:
            raise  # the database itself is gone or locked for good: the run cannot go on
        except SQLAlchemyError:
            if len(items) == 1:
                raise
        outcomes = []
        for item in items:
            try:
                outcomes.extend(self._write_retrying([item], attempts))
            except OperationalError:
                raise
            except SQLAlchemyError as exc:
                reason = str(exc.orig if getattr(exc, "orig", None) else exc).splitlines()[0]
                logger.warning("cannot store %s: %s", item.raw.source, reason)
                item.quarantine_reason = f"database refused the document: {reason}"[:500]
                item.article = None
                outcomes.extend(self._write_retrying([item], attempts))
        return outcomes

    def _write_retrying(self, items: Sequence[DocumentItem], attempts: int) -> list[str]:
        for attempt in range(attempts):
            try:
                with Session(self.engine) as session, session.begin():
                    return _BatchWriter(session, items, self.search_by_batch).write()
            except (IntegrityError, OperationalError):
                # Another writer stored some of these first (or held a lock): resolve again.
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return []


class _BatchWriter:
    """One batch, one transaction: bulk reads, resolution in memory, bulk writes."""

    def __init__(
        self, session: Session, items: Sequence[DocumentItem], search_by_batch: bool = False
    ) -> None:
        self.session = session
        self.items = items
        self.search_by_batch = search_by_batch
        self.now = datetime.now(UTC)
        self.by_id: dict[str, _Story] = {}
        self.by_url: dict[str, _Story] = {}
        self.by_key: dict[str, _Story] = {}
        self.band_owners: dict[str, set[str]] = defaultdict(set)
        self.stored_bands: set[tuple[int, str]] = set()  # (band, article id) rows read
        self.versions: list[tuple[DocumentItem, _Story, int, int]] = []

    def write(self) -> list[str]:
        raw_ids = self._store_raw()
        self._load_stories()
        outcomes: list[str] = []
        events: Counter[tuple[str, str, str]] = Counter()
        quarantine: list[DocumentItem] = []
        seen: set[str] = set()
        for item in self.items:
            assert item.raw_hash is not None
            raw_id, stored_before = raw_ids[item.raw_hash]
            if item.raw_hash in seen or stored_before:
                outcome = DUPLICATE
            elif item.quarantine_reason or item.article is None:
                quarantine.append(item)
                outcome = QUARANTINED
            else:
                outcome = self._resolve(item, raw_id)
            seen.add(item.raw_hash)
            outcomes.append(outcome)
            site = (item.article.site if item.article else None) or UNKNOWN_SITE
            events[(site[:255], self.now.date().isoformat(), outcome)] += 1
        self._write_quarantine(quarantine)
        self._write_stories()
        self._write_versions()
        self._count_events(events)
        return outcomes

    # -- reads -------------------------------------------------------------------------------

    def _store_raw(self) -> dict[str, tuple[int, bool]]:
        """Keep each distinct raw document once; map hash -> (row id, was stored before)."""
        hashes = {item.raw_hash for item in self.items if item.raw_hash}
        known = self._raw_ids(hashes)
        rows: dict[str, dict[str, Any]] = {}
        for item in self.items:
            if item.raw_hash in known or item.raw_hash in rows:
                continue
            raw = item.raw
            rows[item.raw_hash or ""] = {
                "raw_hash": item.raw_hash,
                "source": raw.source,
                "url": raw.url,
                "content_type": raw.content_type,
                "fetched_at": raw.fetched_at,
                "size": len(raw.body),
                "body": raw.body,
            }
        if rows:
            _execute_many(
                self.session,
                _insert(self.session, RawDocumentRow).on_conflict_do_nothing(
                    index_elements=["raw_hash"]
                ),
                list(rows.values()),
            )
        fresh = self._raw_ids(set(rows))
        result = {h: (i, True) for h, i in known.items()}
        result.update({h: (i, False) for h, i in fresh.items()})
        return result

    def _raw_ids(self, hashes: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(hashes):
            found.update(
                self.session.execute(
                    select(RawDocumentRow.raw_hash, RawDocumentRow.id).where(
                        _one_of(self.session, RawDocumentRow.raw_hash, chunk)
                    )
                ).all()
            )
        return found

    def _load_stories(self) -> None:
        """Every stored article any item of the batch could belong to, in bulk."""
        articles = [i.article for i in self.items if i.article and not i.quarantine_reason]
        urls = {a.url for a in articles if a.url}
        keys = {i.story_key for i in self.items if i.story_key and i.article and not i.article.url}
        bands = {b for i in self.items if i.article and not i.article.url for b in i.minhash_bands}
        for chunk in _chunks(bands):
            for article_id, band in self.session.execute(
                select(StoryBandRow.article_id, StoryBandRow.band).where(
                    _one_of(self.session, StoryBandRow.band, chunk)
                )
            ):
                self.band_owners[band].add(article_id)
                self.stored_bands.add((band, article_id))
        ids = self._band_candidates()
        story_columns = (
            ArticleRow.id,
            ArticleRow.url,
            ArticleRow.story_key,
            ArticleRow.title,
            ArticleRow.published,
            ArticleRow.updated,
            ArticleRow.versions,
        )
        for column, values in (
            (ArticleRow.url, urls),
            (ArticleRow.story_key, keys),
            (ArticleRow.id, ids),
        ):
            # Stories found by their bands come with their text, which confirms a match: one
            # query instead of one a story.
            with_body = column is ArticleRow.id
            for chunk in _chunks(values):
                for row in self.session.execute(
                    select(*story_columns, *([ArticleRow.body] if with_body else [])).where(
                        _one_of(self.session, column, chunk)
                    )
                ):
                    if row[0] not in self.by_id:
                        story = _Story(*row[:7])
                        if with_body:
                            story.body = row[7] or ""
                        self._remember(story)
        for chunk in _chunks(self.by_id):
            for article_id, content_hash in self.session.execute(
                select(ArticleVersionRow.article_id, ArticleVersionRow.content_hash).where(
                    _one_of(self.session, ArticleVersionRow.article_id, chunk)
                )
            ):
                self.by_id[article_id].hashes.add(content_hash)

    def _shared_bands(self, item: DocumentItem) -> Counter[str]:
        """How many of the item's bands each known story owns."""
        owners = self.band_owners.get
        return Counter(chain.from_iterable(filter(None, map(owners, item.minhash_bands))))

    def _band_candidates(self) -> set[str]:
        """Stored stories sharing enough bands with some item of the batch to be worth a look:
        a band or two shared by chance (common sentences) loads nothing."""
        needed = min_shared_bands(NEAR_DUPLICATE_SIMILARITY)
        candidates: set[str] = set()
        for item in self.items:
            if not item.minhash_bands or (item.article and item.article.url):
                continue
            shared = self._shared_bands(item)
            candidates.update(a for a, count in shared.items() if count >= needed)
        return candidates

    def _remember(self, story: _Story) -> None:
        self.by_id[story.id] = story
        if story.url:
            self.by_url[story.url] = story
        elif story.story_key:
            self.by_key.setdefault(story.story_key, story)

    # -- resolution ----------------------------------------------------------------------------

    def _find(self, item: DocumentItem) -> _Story | None:
        article = item.article
        assert article is not None
        if article.url:
            return self.by_url.get(article.url)
        if item.story_key and item.story_key in self.by_key:
            return self.by_key[item.story_key]
        needed = min_shared_bands(NEAR_DUPLICATE_SIMILARITY)
        # Counted again here: stories created earlier in this batch own bands too.
        for article_id, count in self._shared_bands(item).most_common():
            if count < needed:
                break
            story = self.by_id.get(article_id)
            if (
                story is not None
                and not story.url
                and titles_agree(story.title, article.title)
                and jaccard(self._body(story), article.body) >= NEAR_DUPLICATE_SIMILARITY
            ):
                return story
        return None

    def _body(self, story: _Story) -> str:
        if story.body is None:
            story.body = (
                self.session.scalar(select(ArticleRow.body).where(ArticleRow.id == story.id)) or ""
            )
        return story.body

    def _resolve(self, item: DocumentItem, raw_id: int) -> str:
        article = item.article
        assert article is not None and item.content_hash is not None
        story = self._find(item)
        if story is None:
            story = _Story(
                id=article_id_for(article.url or item.story_key or item.content_hash),
                url=article.url,
                story_key=item.story_key,
                title=article.title,
                published=article.published,
                updated=article.updated,
                versions=1,
                hashes={item.content_hash},
                is_new=True,
                body=article.body,
            )
            story.changes = self._current_values(item, 1)
            story.changes["first_seen"] = self.now
            self._remember(story)
            self._add_version(item, story, 1, raw_id)
            return NEW
        story.changes["last_seen"] = self.now
        if item.content_hash in story.hashes:
            return UNCHANGED
        story.versions += 1
        story.hashes.add(item.content_hash)
        story.changes["versions"] = story.versions
        self._add_version(item, story, story.versions, raw_id)
        current = _story_date(story.published, story.updated)
        date = _story_date(article.published, article.updated)
        if current is not None and (date is None or date < current):
            return OLDER  # kept as history: an older or undated text does not roll it back
        story.changes.update(self._current_values(item, story.versions))
        story.title = article.title
        story.body = article.body
        story.published = article.published or story.published
        story.updated = article.updated
        story.changes["published"] = story.published
        return UPDATED

    def _current_values(self, item: DocumentItem, number: int) -> dict[str, Any]:
        article = item.article
        assert article is not None
        return {
            "current_version": number,
            "title": article.title,
            "body": article.body,
            "source": item.raw.source,
            "language": article.language,
            "published": article.published,
            "updated": article.updated,
            "content_hash": item.content_hash,
            "site": article.site,
            "last_seen": self.now,
        }

    def _add_version(self, item: DocumentItem, story: _Story, number: int, raw_id: int) -> None:
        self.versions.append((item, story, number, raw_id))
        if item.minhash_bands and not story.url:
            for band in item.minhash_bands:
                self.band_owners[band].add(story.id)

    # -- writes --------------------------------------------------------------------------------

    def _write_quarantine(self, items: list[DocumentItem]) -> None:
        if not items:
            return
        _execute_many(
            self.session,
            _insert(self.session, QuarantineRow).on_conflict_do_nothing(
                index_elements=["raw_hash"]
            ),
            [
                {
                    "raw_hash": item.raw_hash,
                    "source": item.raw.source,
                    "reason": item.quarantine_reason or "not an article",
                    "size": len(item.raw.body),
                    "body": item.raw.body,
                    "site": None,
                    "stored_at": self.now,
                }
                for item in items
            ],
        )

    def _write_stories(self) -> None:
        new = [s for s in self.by_id.values() if s.is_new]
        if new:
            rows = [
                (s.id, s.url, s.story_key, s.versions, *map(s.changes.get, _CURRENT_COLUMNS))
                for s in new
            ]
            with _search_index_by_batch(self.session, self.search_by_batch):
                _append_rows(self.session, ArticleRow, _ARTICLE_COLUMNS, rows)
        changed = [s for s in self.by_id.values() if not s.is_new and s.changes]
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for story in changed:
            groups[tuple(sorted(story.changes))].append({"story_id": story.id, **story.changes})
        for columns, rows in groups.items():
            table = ArticleRow.__table__
            self.session.execute(
                table.update()
                .where(table.c.id == bindparam("story_id"))
                .values({c: bindparam(c) for c in columns}),
                rows,
            )

    def _write_versions(self) -> None:
        if not self.versions:
            return
        rows = []
        for item, story, number, raw_id in self.versions:
            article = item.article
            assert article is not None
            rows.append(
                (
                    story.id,
                    number,
                    item.content_hash,
                    raw_id,
                    item.raw.source,
                    article.url,
                    article.title,
                    article.body,
                    article.paragraphs,
                    article.headings,
                    article.authors,
                    article.languages_offered,
                    article.language,
                    article.published,
                    article.updated,
                    iso(article.published),
                    iso(article.updated),
                    article.date_sources,
                    [*article.warnings, *item.warnings],
                    item.minhash_bands,
                    self.now,
                )
            )
        _append_rows(self.session, ArticleVersionRow, _VERSION_COLUMNS, rows)
        version_ids = self._version_ids({story.id for _, story, _, _ in self.versions})
        bands: list[tuple[int, str]] = []
        captions: list[tuple[Any, ...]] = []
        widgets: list[tuple[Any, ...]] = []
        mentions: list[tuple[int, int, str, Any]] = []
        for item, story, number, _raw in self.versions:
            article = item.article
            assert article is not None
            version_id = version_ids[(story.id, number)]
            if item.minhash_bands and not story.url:
                bands.extend((band, story.id) for band in item.minhash_bands)
            captions.extend(
                (version_id, i, c.text, c.credit) for i, c in enumerate(article.captions)
            )
            widgets.extend(
                (
                    version_id,
                    i,
                    w.title,
                    w.encoding,
                    w.text,
                    w.html,
                    w.fields,
                    w.links,
                    w.warnings,
                )
                for i, w in enumerate(article.widgets)
            )
            mentions.extend(
                (version_id, position, story.id, m) for position, m in enumerate(item.mentions)
            )
        # Every band of a story without a URL was read above, so the rows it lacks are known
        # and go as plain appends (a writer that stores one first makes the batch resolve again).
        # In key order: the table is its key's index, which random inserts walk page by page.
        _append_rows(
            self.session,
            StoryBandRow,
            ("band", "article_id"),
            sorted(pair for pair in set(bands) if pair not in self.stored_bands),
        )
        _append_rows(
            self.session, CaptionRow, ("version_id", "position", "text", "credit"), captions
        )
        _append_rows(
            self.session,
            WidgetRow,
            (
                "version_id",
                "position",
                "title",
                "encoding",
                "text",
                "html",
                "fields",
                "links",
                "warnings",
            ),
            widgets,
        )
        self._write_mentions(mentions)

    def _version_ids(self, article_ids: set[str]) -> dict[tuple[str, int], int]:
        """Row ids of the versions of these articles, by (article id, version number)."""
        found: dict[tuple[str, int], int] = {}
        for chunk in _chunks(article_ids):
            for article_id, number, version_id in self.session.execute(
                select(
                    ArticleVersionRow.article_id, ArticleVersionRow.version, ArticleVersionRow.id
                ).where(_one_of(self.session, ArticleVersionRow.article_id, chunk))
            ):
                found[(article_id, number)] = version_id
        return found

    def _write_mentions(self, mentions: list[tuple[int, int, str, Any]]) -> None:
        """(version id, place among its mentions, article id, mention) rows, with the entities
        and aliases they name."""
        if not mentions:
            return
        keys = [(m.canonical[:300], m.label) for *_, m in mentions]
        ids = self._entity_ids(set(keys))
        entity_ids = [ids[key] for key in keys]
        texts = [m.text[:300] for *_, m in mentions]
        _append_rows(
            self.session,
            EntityAliasRow,
            ("entity_id", "alias"),
            sorted(set(zip(entity_ids, texts, strict=True))),
            skip_conflicts_on=("entity_id", "alias"),
        )
        _append_rows(
            self.session,
            MentionRow,
            _MENTION_COLUMNS,
            [
                (
                    version_id,
                    position,
                    article_id,
                    entity_id,
                    m.part,
                    m.index,
                    m.start,
                    m.end,
                    text,
                    m.fine_label,
                )
                for (version_id, position, article_id, m), entity_id, text in zip(
                    mentions, entity_ids, texts, strict=True
                )
            ],
        )

    def _entity_ids(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        _append_rows(
            self.session,
            EntityRow,
            ("name", "label"),
            sorted(keys),
            skip_conflicts_on=("name", "label"),
        )
        ids: dict[tuple[str, str], int] = {}
        for chunk in _chunks(name for name, _ in keys):
            for name, label, entity_id in self.session.execute(
                select(EntityRow.name, EntityRow.label, EntityRow.id).where(
                    _one_of(self.session, EntityRow.name, chunk)
                )
            ):
                ids[(name, label)] = entity_id
        return ids

    def _count_events(self, events: Counter[tuple[str, str, str]]) -> None:
        if not events:
            return
        stmt = _insert(self.session, IngestEventRow)
        stmt = stmt.on_conflict_do_update(
            index_elements=["site", "day", "outcome"],
            set_={"count": IngestEventRow.count + stmt.excluded.count},
        )
        self.session.execute(
            stmt,
            [
                {"site": site, "day": day, "outcome": outcome, "count": n}
                for (site, day, outcome), n in sorted(events.items())
            ],
        )


def stored_urls(engine: Engine) -> set[str]:
    """Canonical URLs, and the http(s) addresses stored documents were read from, so a crawl
    does not fetch a stored article again under either."""
    with engine.connect() as conn:
        urls = set(conn.scalars(select(ArticleRow.url).where(ArticleRow.url.is_not(None))))
        urls.update(
            conn.scalars(
                select(ArticleVersionRow.source).where(ArticleVersionRow.source.like("http%"))
            )
        )
        return urls

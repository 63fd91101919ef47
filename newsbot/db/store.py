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

import hashlib
import json
import logging
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Engine, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
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
IN_CHUNK = 2000  # values per IN (...) list: well under every engine's parameter limit
_WORD = re.compile(r"\w+")

# Outcomes, as counted in summaries and `newsbot stats`.
NEW = "new"
UPDATED = "updated"
OLDER = "older_version"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
QUARANTINED = "quarantined"


def _insert(session: Session, model: type[Any]) -> Any:
    """The dialect's INSERT (which knows ON CONFLICT) on the model's table: a Core statement,
    so executemany skips the ORM's per-row bookkeeping."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model.__table__)


def _execute_many(session: Session, statement: Any, rows: list[dict[str, Any]]) -> None:
    """executemany of an INSERT (nothing to do for no rows)."""
    if rows:
        session.execute(statement, rows)


def _append_rows(
    session: Session,
    model: type[Any],
    rows: list[dict[str, Any]],
    skip_conflicts_on: Sequence[str] = (),
) -> None:
    """Rows straight to the driver, skipping SQLAlchemy's per-row parameter processing
    (thousands of mentions and bands a batch).

    On PostgreSQL, whose executemany sends one statement a row, the rows go by COPY: into the
    table itself for plain appends, or, when rows may already exist (``skip_conflicts_on``
    names the unique columns), into a temporary table whose rows one INSERT ... SELECT ... ON
    CONFLICT DO NOTHING moves over. Elsewhere, the driver's executemany of tuples. Only for
    tables without date columns: the driver's own date format is not SQLAlchemy's.
    """
    if not rows:
        return
    table = model.__table__
    columns = list(rows[0])
    json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
    values = (
        [json.dumps(row[c]) if c in json_columns else row[c] for c in columns] for row in rows
    )
    names = ", ".join(f'"{name}"' for name in columns)
    on_conflict = ""
    if skip_conflicts_on:
        on_conflict = " ON CONFLICT ({}) DO NOTHING".format(
            ", ".join(f'"{name}"' for name in skip_conflicts_on)
        )
    driver = session.connection().connection.driver_connection
    if session.get_bind().dialect.name == "postgresql":
        target = table.name
        with driver.cursor() as cursor:
            if skip_conflicts_on:
                target = f"load_{table.name}"
                cursor.execute(
                    f'CREATE TEMPORARY TABLE "{target}" ON COMMIT DROP AS '
                    f'SELECT {names} FROM "{table.name}" WITH NO DATA'
                )
            with cursor.copy(f'COPY "{target}" ({names}) FROM STDIN') as copy:
                for row_values in values:
                    copy.write_row(row_values)
            if skip_conflicts_on:
                cursor.execute(
                    f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{target}"'
                    f"{on_conflict}"
                )
                cursor.execute(f'DROP TABLE "{target}"')
    elif session.get_bind().dialect.paramstyle == "qmark":
        placeholders = ", ".join("?" for _ in columns)
        cursor = driver.cursor()
        try:
            cursor.executemany(
                f'INSERT INTO "{table.name}" ({names}) VALUES ({placeholders}){on_conflict}',
                values,
            )
        finally:
            cursor.close()
    else:
        statement = _insert(session, model)
        if skip_conflicts_on:
            statement = statement.on_conflict_do_nothing(index_elements=list(skip_conflicts_on))
        session.execute(statement, rows)


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), IN_CHUNK):
        yield ordered[start : start + IN_CHUNK]


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


class Store:
    """Batched, idempotent writes of pipeline items."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def write_batch(self, items: Sequence[DocumentItem], attempts: int = 5) -> list[str]:
        """Store the items in one transaction; returns one outcome per item.

        A batch that fails for a reason other than a lost race is written again item by item,
        so one bad document is quarantined with the database's reason instead of losing the
        other documents of its batch.
        """
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
                    return _BatchWriter(session, items).write()
            except (IntegrityError, OperationalError):
                # Another writer stored some of these first (or held a lock): resolve again.
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        return []


class _BatchWriter:
    """One batch, one transaction: bulk reads, resolution in memory, bulk writes."""

    def __init__(self, session: Session, items: Sequence[DocumentItem]) -> None:
        self.session = session
        self.items = items
        self.now = datetime.now(UTC)
        self.by_id: dict[str, _Story] = {}
        self.by_url: dict[str, _Story] = {}
        self.by_key: dict[str, _Story] = {}
        self.band_owners: dict[str, set[str]] = defaultdict(set)
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
                        RawDocumentRow.raw_hash.in_(chunk)
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
                    StoryBandRow.band.in_(chunk)
                )
            ):
                self.band_owners[band].add(article_id)
        ids = self._band_candidates()
        for column, values in (
            (ArticleRow.url, urls),
            (ArticleRow.story_key, keys),
            (ArticleRow.id, ids),
        ):
            for chunk in _chunks(values):
                for row in self.session.execute(
                    select(
                        ArticleRow.id,
                        ArticleRow.url,
                        ArticleRow.story_key,
                        ArticleRow.title,
                        ArticleRow.published,
                        ArticleRow.updated,
                        ArticleRow.versions,
                    ).where(column.in_(chunk))
                ):
                    if row[0] not in self.by_id:
                        self._remember(_Story(*row))
        for chunk in _chunks(self.by_id):
            for article_id, content_hash in self.session.execute(
                select(ArticleVersionRow.article_id, ArticleVersionRow.content_hash).where(
                    ArticleVersionRow.article_id.in_(chunk)
                )
            ):
                self.by_id[article_id].hashes.add(content_hash)

    def _shared_bands(self, item: DocumentItem) -> Counter[str]:
        """How many of the item's bands each known story owns."""
        shared: Counter[str] = Counter()
        for band in item.minhash_bands:
            shared.update(self.band_owners.get(band, ()))
        return shared

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
            _execute_many(
                self.session,
                _insert(self.session, ArticleRow),
                [
                    {
                        "id": s.id,
                        "url": s.url,
                        "story_key": s.story_key,
                        "versions": s.versions,
                        **s.changes,
                    }
                    for s in new
                ],
            )
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
                {
                    "article_id": story.id,
                    "version": number,
                    "content_hash": item.content_hash,
                    "raw_document_id": raw_id,
                    "source": item.raw.source,
                    "url": article.url,
                    "title": article.title,
                    "body": article.body,
                    "paragraphs": article.paragraphs,
                    "headings": article.headings,
                    "authors": article.authors,
                    "languages_offered": article.languages_offered,
                    "language": article.language,
                    "published": article.published,
                    "updated": article.updated,
                    "published_iso": iso(article.published),
                    "updated_iso": iso(article.updated),
                    "date_sources": article.date_sources,
                    "warnings": [*article.warnings, *item.warnings],
                    "minhash_bands": item.minhash_bands,
                    "stored_at": self.now,
                }
            )
        version_ids = list(
            self.session.scalars(
                _insert(self.session, ArticleVersionRow).returning(
                    ArticleVersionRow.id, sort_by_parameter_order=True
                ),
                rows,
            )
        )
        bands, captions, widgets, mentions = [], [], [], []
        for (item, story, _number, _raw), version_id in zip(
            self.versions, version_ids, strict=True
        ):
            article = item.article
            assert article is not None
            if item.minhash_bands and not story.url:
                bands.extend({"article_id": story.id, "band": b} for b in item.minhash_bands)
            captions.extend(
                {"version_id": version_id, "position": i, "text": c.text, "credit": c.credit}
                for i, c in enumerate(article.captions)
            )
            widgets.extend(
                {
                    "version_id": version_id,
                    "position": i,
                    "title": w.title,
                    "encoding": w.encoding,
                    "text": w.text,
                    "html": w.html,
                    "fields": w.fields,
                    "links": w.links,
                    "warnings": w.warnings,
                }
                for i, w in enumerate(article.widgets)
            )
            mentions.extend((version_id, story.id, m) for m in item.mentions)
        _append_rows(self.session, StoryBandRow, bands, skip_conflicts_on=("article_id", "band"))
        _append_rows(self.session, CaptionRow, captions)
        _append_rows(self.session, WidgetRow, widgets)
        self._write_mentions(mentions)

    def _write_mentions(self, mentions: list[tuple[int, str, Any]]) -> None:
        if not mentions:
            return
        ids = self._entity_ids({(m.canonical[:300], m.label) for _, _, m in mentions})
        aliases = {(ids[(m.canonical[:300], m.label)], m.text[:300]) for _, _, m in mentions}
        _append_rows(
            self.session,
            EntityAliasRow,
            [{"entity_id": e, "alias": a} for e, a in sorted(aliases)],
            skip_conflicts_on=("entity_id", "alias"),
        )
        _append_rows(
            self.session,
            MentionRow,
            [
                {
                    "version_id": version_id,
                    "article_id": article_id,
                    "entity_id": ids[(m.canonical[:300], m.label)],
                    "part": m.part,
                    "part_index": m.index,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text[:300],
                    "fine_label": m.fine_label,
                }
                for version_id, article_id, m in mentions
            ],
        )

    def _entity_ids(self, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
        _append_rows(
            self.session,
            EntityRow,
            [{"name": name, "label": label} for name, label in sorted(keys)],
            skip_conflicts_on=("name", "label"),
        )
        ids: dict[tuple[str, str], int] = {}
        for chunk in _chunks(name for name, _ in keys):
            for name, label, entity_id in self.session.execute(
                select(EntityRow.name, EntityRow.label, EntityRow.id).where(
                    EntityRow.name.in_(chunk)
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

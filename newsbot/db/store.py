"""Writing batches of processed documents: the database decides what is new.

Every batch is one transaction. Unique constraints (raw hash, canonical URL, article + content
hash, article + version number) are the final word on duplicates, so a re-run after a crash, or
two workers writing at once, can never store the same document twice: a batch that loses a race
is rolled back and resolved again against what the other writer stored.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError
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
from newsbot.parsing.similarity import min_shared_bands

NEAR_DUPLICATE_SIMILARITY = 0.7  # estimated Jaccard of word 3-grams
TITLE_SIMILARITY = 0.4
_WORD = re.compile(r"\w+")
UNKNOWN_SITE = "-"

# Outcomes, as counted in summaries and `newsbot stats`.
NEW = "new"
UPDATED = "updated"
OLDER = "older_version"
UNCHANGED = "unchanged"
DUPLICATE = "duplicate"
QUARANTINED = "quarantined"


def _insert(session: Session, model: type[Any]) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    return dialect.insert(model)


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


class Store:
    """Batched, idempotent writes of pipeline items."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def write_batch(self, items: Sequence[DocumentItem], attempts: int = 5) -> list[str]:
        """Store the items in one transaction; returns one outcome per item."""
        for attempt in range(attempts):
            try:
                with Session(self.engine, expire_on_commit=False) as session, session.begin():
                    return self._write(session, items)
            except (IntegrityError, OperationalError):
                # Another writer stored some of these first (or held a lock): resolve again.
                if attempt == attempts - 1:
                    raise
        return []

    def _write(self, session: Session, items: Sequence[DocumentItem]) -> list[str]:
        now = datetime.now(UTC)
        raw_ids = self._store_raw(session, items, now)
        outcomes: list[str] = []
        events: Counter[tuple[str, str, str]] = Counter()
        seen_in_batch: set[str] = set()
        for item in items:
            assert item.raw_hash is not None
            if item.raw_hash in seen_in_batch or raw_ids[item.raw_hash][1]:
                outcome = DUPLICATE
            elif item.quarantine_reason or item.article is None:
                outcome = self._quarantine(session, item, now)
            else:
                outcome = self._store_article(session, item, raw_ids[item.raw_hash][0], now)
            seen_in_batch.add(item.raw_hash)
            outcomes.append(outcome)
            site = (item.article.site if item.article else None) or UNKNOWN_SITE
            events[(site, now.date().isoformat(), outcome)] += 1
        self._count_events(session, events)
        return outcomes

    def _store_raw(
        self, session: Session, items: Sequence[DocumentItem], now: datetime
    ) -> dict[str, tuple[int, bool]]:
        """Keep each distinct raw document once; map hash -> (row id, was stored before)."""
        hashes = list({item.raw_hash for item in items if item.raw_hash})
        known = dict(
            session.execute(
                select(RawDocumentRow.raw_hash, RawDocumentRow.id).where(
                    RawDocumentRow.raw_hash.in_(hashes)
                )
            )
            .tuples()
            .all()
        )
        rows = []
        for item in items:
            if item.raw_hash in known or any(r["raw_hash"] == item.raw_hash for r in rows[-1:]):
                continue
            raw = item.raw
            rows.append(
                {
                    "raw_hash": item.raw_hash,
                    "source": raw.source,
                    "url": raw.url,
                    "content_type": raw.content_type,
                    "fetched_at": raw.fetched_at,
                    "size": len(raw.body),
                    "body": raw.body,
                }
            )
        if rows:
            session.execute(
                _insert(session, RawDocumentRow).on_conflict_do_nothing(
                    index_elements=["raw_hash"]
                ),
                rows,
            )
        fresh = (
            dict(
                session.execute(
                    select(RawDocumentRow.raw_hash, RawDocumentRow.id).where(
                        RawDocumentRow.raw_hash.in_([r["raw_hash"] for r in rows])
                    )
                )
                .tuples()
                .all()
            )
            if rows
            else {}
        )
        result = {h: (i, True) for h, i in known.items()}
        result.update({h: (i, False) for h, i in fresh.items()})
        return result

    def _quarantine(self, session: Session, item: DocumentItem, now: datetime) -> str:
        raw = item.raw
        session.execute(
            _insert(session, QuarantineRow)
            .values(
                raw_hash=item.raw_hash,
                source=raw.source,
                reason=item.quarantine_reason or "not an article",
                size=len(raw.body),
                body=raw.body,
                site=None,
                stored_at=now,
            )
            .on_conflict_do_nothing(index_elements=["raw_hash"])
        )
        return QUARANTINED

    def _find_article(self, session: Session, item: DocumentItem) -> ArticleRow | None:
        article = item.article
        assert article is not None
        if article.url:
            return session.scalars(select(ArticleRow).where(ArticleRow.url == article.url)).first()
        if item.story_key:
            found = session.scalars(
                select(ArticleRow).where(
                    ArticleRow.story_key == item.story_key, ArticleRow.url.is_(None)
                )
            ).first()
            if found is not None:
                return found
        bands = item.minhash_bands
        if not bands:
            return None
        shared = func.count().label("shared")
        best = session.execute(
            select(StoryBandRow.article_id, shared)
            .where(StoryBandRow.band.in_(bands))
            .group_by(StoryBandRow.article_id)
            .order_by(shared.desc())
            .limit(1)
        ).first()
        if best is None or best[1] < min_shared_bands(NEAR_DUPLICATE_SIMILARITY):
            return None
        candidate = session.get(ArticleRow, best[0])
        if candidate is None or not titles_agree(candidate.title, article.title):
            return None
        return candidate

    def _store_article(
        self, session: Session, item: DocumentItem, raw_id: int, now: datetime
    ) -> str:
        article = item.article
        assert article is not None and item.content_hash is not None
        row = self._find_article(session, item)
        date = _story_date(article.published, article.updated)
        if row is None:
            key = article.url or item.story_key or item.content_hash
            row = ArticleRow(
                id=article_id_for(key),
                url=article.url,
                story_key=item.story_key,
                site=article.site,
                source=item.raw.source,
                title=article.title,
                body=article.body,
                language=article.language,
                published=article.published,
                updated=article.updated,
                content_hash=item.content_hash,
                current_version=1,
                versions=1,
                first_seen=now,
                last_seen=now,
            )
            session.add(row)
            session.flush()
            self._add_version(session, row.id, 1, item, raw_id, now)
            return NEW
        stored = session.scalar(
            select(ArticleVersionRow.id).where(
                ArticleVersionRow.article_id == row.id,
                ArticleVersionRow.content_hash == item.content_hash,
            )
        )
        row.last_seen = now
        if stored is not None:
            return UNCHANGED
        number = (
            session.scalar(
                select(func.max(ArticleVersionRow.version)).where(
                    ArticleVersionRow.article_id == row.id
                )
            )
            or 0
        ) + 1
        self._add_version(session, row.id, number, item, raw_id, now)
        row.versions = number
        current = _story_date(row.published, row.updated)
        if current is not None and (date is None or date < current):
            return OLDER  # kept as history: an older or undated text does not roll it back
        row.current_version = number
        row.title = article.title
        row.body = article.body
        row.source = item.raw.source
        row.language = article.language
        row.published = article.published or row.published
        row.updated = article.updated
        row.content_hash = item.content_hash
        row.site = article.site or row.site
        return UPDATED

    def _add_version(
        self,
        session: Session,
        article_id: str,
        number: int,
        item: DocumentItem,
        raw_id: int,
        now: datetime,
    ) -> None:
        article = item.article
        assert article is not None
        version = ArticleVersionRow(
            article_id=article_id,
            version=number,
            content_hash=item.content_hash,
            raw_document_id=raw_id,
            source=item.raw.source,
            url=article.url,
            title=article.title,
            body=article.body,
            paragraphs=article.paragraphs,
            headings=article.headings,
            authors=article.authors,
            languages_offered=article.languages_offered,
            language=article.language,
            published=article.published,
            updated=article.updated,
            published_iso=iso(article.published),
            updated_iso=iso(article.updated),
            date_sources=article.date_sources,
            warnings=[*article.warnings, *item.warnings],
            minhash_bands=item.minhash_bands,
            stored_at=now,
        )
        session.add(version)
        session.flush()
        if item.minhash_bands and not article.url:
            session.execute(
                _insert(session, StoryBandRow).on_conflict_do_nothing(),
                [{"article_id": article_id, "band": band} for band in item.minhash_bands],
            )
        session.add_all(
            CaptionRow(version_id=version.id, position=i, text=c.text, credit=c.credit)
            for i, c in enumerate(article.captions)
        )
        session.add_all(
            WidgetRow(
                version_id=version.id,
                position=i,
                title=w.title,
                encoding=w.encoding,
                text=w.text,
                html=w.html,
                fields=w.fields,
                links=w.links,
                warnings=w.warnings,
            )
            for i, w in enumerate(article.widgets)
        )
        self._store_mentions(session, article_id, version.id, item)

    def _store_mentions(
        self, session: Session, article_id: str, version_id: int, item: DocumentItem
    ) -> None:
        if not item.mentions:
            return
        keys = {(m.canonical, m.label) for m in item.mentions}
        ids = self._entity_ids(session, keys)
        aliases = {(ids[(m.canonical, m.label)], m.text) for m in item.mentions}
        session.execute(
            _insert(session, EntityAliasRow).on_conflict_do_nothing(),
            [{"entity_id": e, "alias": a[:300]} for e, a in sorted(aliases)],
        )
        session.execute(
            _insert(session, MentionRow),
            [
                {
                    "version_id": version_id,
                    "article_id": article_id,
                    "entity_id": ids[(m.canonical, m.label)],
                    "part": m.part,
                    "part_index": m.index,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text[:300],
                    "fine_label": m.fine_label,
                }
                for m in item.mentions
            ],
        )

    def _entity_ids(
        self, session: Session, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], int]:
        rows = [{"name": name[:300], "label": label} for name, label in sorted(keys)]
        session.execute(
            _insert(session, EntityRow).on_conflict_do_nothing(index_elements=["name", "label"]),
            rows,
        )
        names = [r["name"] for r in rows]
        found = (
            session.execute(
                select(EntityRow.name, EntityRow.label, EntityRow.id).where(
                    EntityRow.name.in_(names)
                )
            )
            .tuples()
            .all()
        )
        ids = {(name, label): entity_id for name, label, entity_id in found}
        return {(n, lbl): ids[(n[:300], lbl)] for n, lbl in keys}

    def _count_events(self, session: Session, events: Counter[tuple[str, str, str]]) -> None:
        if not events:
            return
        stmt = _insert(session, IngestEventRow)
        stmt = stmt.on_conflict_do_update(
            index_elements=["site", "day", "outcome"],
            set_={"count": IngestEventRow.count + stmt.excluded.count},
        )
        session.execute(
            stmt,
            [
                {"site": site[:255], "day": day, "outcome": outcome, "count": n}
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

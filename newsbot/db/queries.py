"""Read side: export, search, show, entities, stats, quarantine. Used by the CLI and the tests."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, String, and_, case, func, literal_column, or_, select, text
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
    WidgetRow,
)
from newsbot.parsing.document import iso
from newsbot.parsing.entity_names import names_as_written

PART_ORDER = {"body": 0, "title": 1, "caption": 2, "widget": 3}
ARTICLE_PARTS = ("body", "title")


@dataclass
class ArticleFilter:
    """Which articles a query covers."""

    site: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int | None = None

    def apply(self, stmt: Any) -> Any:
        if self.site:
            stmt = stmt.where(ArticleRow.site == self.site)
        moment = func.coalesce(ArticleRow.published, ArticleRow.updated, ArticleRow.first_seen)
        if self.since:
            stmt = stmt.where(moment >= self.since)
        if self.until:
            stmt = stmt.where(moment <= self.until)
        return stmt


def _current_version(session: Session, article: ArticleRow) -> ArticleVersionRow:
    return session.scalars(
        select(ArticleVersionRow).where(
            ArticleVersionRow.article_id == article.id,
            ArticleVersionRow.version == article.current_version,
        )
    ).one()


def article_dict(session: Session, article: ArticleRow) -> dict[str, Any]:
    """One article in the export shape of CONTRACT.md."""
    version = _current_version(session, article)
    captions = session.scalars(
        select(CaptionRow).where(CaptionRow.version_id == version.id).order_by(CaptionRow.position)
    ).all()
    widgets = session.scalars(
        select(WidgetRow).where(WidgetRow.version_id == version.id).order_by(WidgetRow.position)
    ).all()
    mention_rows = session.execute(
        select(EntityRow.name, EntityRow.label, MentionRow.part, MentionRow.text, func.count())
        .join(EntityRow, EntityRow.id == MentionRow.entity_id)
        .where(MentionRow.version_id == version.id)
        .group_by(EntityRow.name, EntityRow.label, MentionRow.part, MentionRow.text)
        # spellings in the order the article writes them: first place in the part's text
        .order_by(func.min(MentionRow.part_index * 10_000_000 + MentionRow.start))
    ).all()
    entities = sorted(
        _entities_as_written(mention_rows),
        key=lambda e: (PART_ORDER.get(e["part"], 9), -e["count"], e["text"]),
    )
    return {
        "id": article.id,
        "url": article.url,
        "source": version.source,
        "site": article.site,
        "title": version.title,
        "authors": list(version.authors or []),
        "published": version.published_iso,
        "updated": version.updated_iso,
        "language": version.language,
        "languages_offered": list(version.languages_offered or []),
        "headings": list(version.headings or []),
        "paragraphs": list(version.paragraphs or []),
        "body": version.body,
        "captions": [{"text": c.text, "credit": c.credit} for c in captions],
        "widgets": [
            {
                "title": w.title,
                "encoding": w.encoding,
                "text": w.text,
                "html": w.html,
                "fields": dict(w.fields or {}),
                "links": list(w.links or []),
                "warnings": list(w.warnings or []),
            }
            for w in widgets
        ],
        "entities": entities,
        "version": version.version,
        "versions": article.versions,
        "content_hash": version.content_hash,
        "warnings": list(version.warnings or []),
    }


def _entities_as_written(rows: Sequence[Any]) -> list[dict[str, Any]]:
    """Entries per entity and part: "text" is the name as this article writes it (the
    entity's canonical name where the article writes it out, else its most used spelling:
    "UAE" in a story that never spells out "United Arab Emirates"), with an entry of its own
    for an acronym the article also uses ("CBSE"); "canonical" is the name they are counted
    under across articles."""
    spellings: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for name, label, part, as_written, count in rows:
        spellings[(name, label, part)][as_written] += count
    entities = []
    for (name, label, part), written in spellings.items():
        for shown, count in names_as_written(name, written):
            entities.append(
                {"text": shown, "label": label, "count": count, "part": part, "canonical": name}
            )
    return entities


def export_articles(engine: Engine, where: ArticleFilter | None = None) -> Iterator[dict[str, Any]]:
    """Every article (newest version), oldest first by first sighting, then id: a stable order."""
    where = where or ArticleFilter()
    stmt = where.apply(select(ArticleRow)).order_by(ArticleRow.first_seen, ArticleRow.id)
    if where.limit:
        stmt = stmt.limit(where.limit)
    with Session(engine) as session:
        for article in session.scalars(stmt).yield_per(200):
            yield article_dict(session, article)


def get_article(engine: Engine, article_id: str) -> dict[str, Any] | None:
    with Session(engine) as session:
        article = session.get(ArticleRow, article_id)
        return article_dict(session, article) if article else None


def article_raw(engine: Engine, article_id: str, version: int | None = None) -> bytes | None:
    """Exact bytes the article's newest (or given) version was read from."""
    with Session(engine) as session:
        article = session.get(ArticleRow, article_id)
        if article is None:
            return None
        number = version or article.current_version
        return session.scalar(
            select(RawDocumentRow.body)
            .join(ArticleVersionRow, ArticleVersionRow.raw_document_id == RawDocumentRow.id)
            .where(ArticleVersionRow.article_id == article_id, ArticleVersionRow.version == number)
        )


_FTS_TOKEN = re.compile(r"\w+")


def search(engine: Engine, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Ranked full-text search over title and body (FTS5 on SQLite, tsvector on PostgreSQL)."""
    words = _FTS_TOKEN.findall(query)
    if not words:
        return []
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            match = " ".join(f'"{w}"' for w in words)
            rows = conn.execute(
                text(
                    "SELECT a.id, a.title, a.site, a.published, "
                    "snippet(articles_fts, 1, '[', ']', ' … ', 12) AS snippet, "
                    "bm25(articles_fts, 5.0, 1.0) AS rank "
                    "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                    "WHERE articles_fts MATCH :match ORDER BY rank LIMIT :limit"
                ),
                {"match": match, "limit": limit},
            ).all()
            return [
                {
                    "id": r.id,
                    "title": r.title,
                    "site": r.site,
                    "published": _iso_any(r.published),
                    "snippet": r.snippet,
                    "score": round(-float(r.rank), 4),
                }
                for r in rows
            ]
        if engine.dialect.name == "postgresql":
            rows = conn.execute(
                text(
                    "SELECT id, title, site, published, "
                    "ts_headline('english', body, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8')"
                    " AS snippet, ts_rank_cd(search, q) AS rank "
                    "FROM articles, plainto_tsquery('english', :query) q "
                    "WHERE search @@ q ORDER BY rank DESC, id LIMIT :limit"
                ),
                {"query": " ".join(words), "limit": limit},
            ).all()
            return [
                {
                    "id": r.id,
                    "title": r.title,
                    "site": r.site,
                    "published": _iso_any(r.published),
                    "snippet": r.snippet,
                    "score": round(float(r.rank), 4),
                }
                for r in rows
            ]
    pattern = f"%{query}%"
    with Session(engine) as session:
        found = session.scalars(
            select(ArticleRow)
            .where(or_(ArticleRow.title.ilike(pattern), ArticleRow.body.ilike(pattern)))
            .limit(limit)
        ).all()
        return [
            {
                "id": a.id,
                "title": a.title,
                "site": a.site,
                "published": iso(a.published),
                "snippet": a.body[:160],
                "score": 1.0,
            }
            for a in found
        ]


def _iso_any(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return iso(value)


def _current_mentions(parts: tuple[str, ...]) -> Any:
    """Mentions of articles' current versions, in the given parts."""
    return (
        select(MentionRow)
        .join(ArticleVersionRow, ArticleVersionRow.id == MentionRow.version_id)
        .join(
            ArticleRow,
            and_(
                ArticleRow.id == ArticleVersionRow.article_id,
                ArticleRow.current_version == ArticleVersionRow.version,
            ),
        )
        .where(MentionRow.part.in_(parts))
    )


def top_entities(
    engine: Engine,
    label: str | None = None,
    where: ArticleFilter | None = None,
    parts: tuple[str, ...] = ARTICLE_PARTS,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Entities by number of articles mentioning them, then by mentions."""
    where = where or ArticleFilter()
    mentions = where.apply(_current_mentions(parts)).subquery()
    articles = func.count(func.distinct(mentions.c.article_id)).label("articles")
    stmt = (
        select(EntityRow.name, EntityRow.label, articles, func.count().label("mentions"))
        .join(mentions, mentions.c.entity_id == EntityRow.id)
        .group_by(EntityRow.id, EntityRow.name, EntityRow.label)
        .order_by(articles.desc(), func.count().desc(), EntityRow.name)
        .limit(limit)
    )
    if label:
        stmt = stmt.where(EntityRow.label == label.upper())
    with engine.connect() as conn:
        return [
            {"name": n, "label": lbl, "articles": a, "mentions": m}
            for n, lbl, a, m in conn.execute(stmt).all()
        ]


def find_entities(engine: Engine, name: str, label: str | None = None) -> list[int]:
    """Entity ids whose canonical name or any alias is `name` (case-insensitive)."""
    lowered = name.casefold().strip()
    stmt = (
        select(EntityRow.id)
        .outerjoin(EntityAliasRow, EntityAliasRow.entity_id == EntityRow.id)
        .where(
            or_(func.lower(EntityRow.name) == lowered, func.lower(EntityAliasRow.alias) == lowered)
        )
        .distinct()
    )
    if label:
        stmt = stmt.where(EntityRow.label == label.upper())
    with engine.connect() as conn:
        return list(conn.scalars(stmt))


def _snippet(body: str, start: int, end: int, width: int = 60) -> str:
    left = max(0, start - width)
    right = min(len(body), end + width)
    prefix = "…" if left else ""
    suffix = "…" if right < len(body) else ""
    return f"{prefix}{body[left:start]}[{body[start:end]}]{body[end:right]}{suffix}".replace(
        "\n", " "
    )


def entity_articles(
    engine: Engine,
    name: str,
    label: str | None = None,
    where: ArticleFilter | None = None,
    parts: tuple[str, ...] = ARTICLE_PARTS,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Articles mentioning the entity, each with a snippet around every mention."""
    ids = find_entities(engine, name, label)
    if not ids:
        return []
    where = where or ArticleFilter()
    stmt = (
        where.apply(_current_mentions(parts).add_columns(ArticleRow.title, ArticleVersionRow.body))
        .where(MentionRow.entity_id.in_(ids))
        .order_by(MentionRow.article_id, MentionRow.start)
    )
    results: dict[str, dict[str, Any]] = {}
    with Session(engine) as session:
        for mention, title, body in session.execute(stmt).all():
            entry = results.setdefault(
                mention.article_id,
                {"id": mention.article_id, "title": title, "mentions": 0, "snippets": []},
            )
            entry["mentions"] += 1
            source = {"body": body, "title": title}.get(mention.part)
            entry["snippets"].append(
                {
                    "part": mention.part,
                    "start": mention.start,
                    "end": mention.end,
                    "text": _snippet(source, mention.start, mention.end)
                    if source
                    else mention.text,
                }
            )
    ordered = sorted(results.values(), key=lambda e: (-e["mentions"], e["id"]))
    return ordered[:limit]


def cooccurring(
    engine: Engine,
    name: str,
    label: str | None = None,
    where: ArticleFilter | None = None,
    parts: tuple[str, ...] = ARTICLE_PARTS,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Entities found in the same articles as `name`, by number of shared articles."""
    ids = find_entities(engine, name, label)
    if not ids:
        return []
    where = where or ArticleFilter()
    mentions = where.apply(_current_mentions(parts)).subquery()
    # Current versions only, so a version stands for its article (and has an index).
    with_it = select(mentions.c.version_id).where(mentions.c.entity_id.in_(ids)).distinct()
    shared = func.count(func.distinct(mentions.c.article_id)).label("articles")
    stmt = (
        select(EntityRow.name, EntityRow.label, shared)
        .join(mentions, mentions.c.entity_id == EntityRow.id)
        .where(mentions.c.version_id.in_(with_it), EntityRow.id.not_in(ids))
        .group_by(EntityRow.id, EntityRow.name, EntityRow.label)
        .order_by(shared.desc(), EntityRow.name)
        .limit(limit)
    )
    with engine.connect() as conn:
        return [{"name": n, "label": lbl, "articles": a} for n, lbl, a in conn.execute(stmt).all()]


def quarantined(engine: Engine, limit: int = 100) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(
                QuarantineRow.id,
                QuarantineRow.source,
                QuarantineRow.reason,
                QuarantineRow.size,
                QuarantineRow.stored_at,
            )
            .order_by(QuarantineRow.id)
            .limit(limit)
        ).all()
    return [
        {
            "id": r.id,
            "source": r.source,
            "reason": r.reason,
            "size": r.size,
            "stored_at": iso(r.stored_at),
        }
        for r in rows
    ]


def quarantined_raw(engine: Engine, quarantine_id: int) -> bytes | None:
    with engine.connect() as conn:
        return conn.scalar(select(QuarantineRow.body).where(QuarantineRow.id == quarantine_id))


def site_day_stats(engine: Engine, jump: float = 0.3) -> dict[str, Any]:
    """Totals, and per site and day: outcomes, and the share of empty bodies or missing dates.

    A site whose empty-body or missing-date share rises by more than `jump` from one day to the
    next is flagged: that is what a layout change looks like from here.
    """
    with Session(engine) as session:
        totals = {
            "articles": session.scalar(select(func.count()).select_from(ArticleRow)) or 0,
            "versions": session.scalar(select(func.count()).select_from(ArticleVersionRow)) or 0,
            "entities": session.scalar(select(func.count()).select_from(EntityRow)) or 0,
            "mentions": session.scalar(select(func.count()).select_from(MentionRow)) or 0,
            "quarantined": session.scalar(select(func.count()).select_from(QuarantineRow)) or 0,
            "raw_documents": session.scalar(select(func.count()).select_from(RawDocumentRow)) or 0,
        }
        events: dict[tuple[str, str], dict[str, Any]] = {}
        for site, day, outcome, count in session.execute(
            select(
                IngestEventRow.site,
                IngestEventRow.day,
                IngestEventRow.outcome,
                IngestEventRow.count,
            )
        ).all():
            events.setdefault((site, day), {"site": site, "day": day})[outcome] = count
        site = func.coalesce(ArticleRow.site, literal_column("'-'"))
        version_day = func.substr(func.cast(ArticleVersionRow.stored_at, String()), 1, 10)
        undated = and_(ArticleVersionRow.published.is_(None), ArticleVersionRow.updated.is_(None))
        quality = session.execute(
            select(
                site,
                version_day,
                func.count(),
                func.sum(case((ArticleVersionRow.body == "", 1), else_=0)),
                func.sum(case((undated, 1), else_=0)),
            )
            .join(ArticleRow, ArticleRow.id == ArticleVersionRow.article_id)
            .group_by(text("1"), text("2"))
        ).all()
    for site, day, count, empty, undated in quality:
        row = events.setdefault((site, day), {"site": site, "day": day})
        row["stored_versions"] = count
        row["empty_body_share"] = round((empty or 0) / count, 3) if count else 0.0
        row["missing_date_share"] = round((undated or 0) / count, 3) if count else 0.0
    rows = sorted(events.values(), key=lambda r: (r["site"], r["day"]))
    previous: dict[str, dict[str, Any]] = {}
    for row in rows:
        before = previous.get(row["site"])
        row["flag"] = None
        if before is not None:
            for key in ("empty_body_share", "missing_date_share"):
                if row.get(key, 0.0) - before.get(key, 0.0) > jump:
                    row["flag"] = f"{key.replace('_', ' ')} jumped: layout change?"
        previous[row["site"]] = row
    return {"totals": totals, "sites": rows}

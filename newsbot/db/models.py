"""SQLAlchemy 2.0 models: the documented schema users can query with plain SQL.

An article is a story with a stable id; each distinct text of it is a version. Captions, widgets
and mentions belong to a version, so history stays intact when a story is updated. Raw bytes are
kept once per distinct document (by hash), so every read document can be given back byte for byte.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class RawDocumentRow(Base):
    """Exact bytes of every distinct document read, keyed by their SHA-256."""

    __tablename__ = "raw_documents"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    raw_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    content_type: Mapped[str | None] = mapped_column(String(100))
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    size: Mapped[int] = mapped_column(BigInteger)
    body: Mapped[bytes] = mapped_column(LargeBinary)


class ArticleRow(Base):
    """One story; points at its current (newest-dated) version."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text, unique=True)
    story_key: Mapped[str | None] = mapped_column(String(64), index=True)
    site: Mapped[str | None] = mapped_column(String(255), index=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(35))
    published: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    updated: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    content_hash: Mapped[str] = mapped_column(String(64))
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    versions: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class ArticleVersionRow(Base):
    """One distinct text of a story, with everything the structure stage found in it."""

    __tablename__ = "article_versions"
    __table_args__ = (
        UniqueConstraint("article_id", "version", name="uq_version_number"),
        UniqueConstraint("article_id", "content_hash", name="uq_version_content"),
    )

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    raw_document_id: Mapped[int] = mapped_column(ForeignKey("raw_documents.id"))
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text, default="")
    paragraphs: Mapped[list[Any]] = mapped_column(default=list)
    headings: Mapped[list[Any]] = mapped_column(default=list)
    authors: Mapped[list[Any]] = mapped_column(default=list)
    languages_offered: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(35))
    published: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Dates as the source gave them (ISO 8601, with its offset if it had one); the datetime
    # columns above are for ordering and filtering.
    published_iso: Mapped[str | None] = mapped_column(String(40))
    updated_iso: Mapped[str | None] = mapped_column(String(40))
    date_sources: Mapped[dict[str, Any]] = mapped_column(default=dict)
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    minhash_bands: Mapped[list[Any]] = mapped_column(default=list)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class StoryBandRow(Base):
    """Locality-sensitive hash bands of each version's text, to find edited copies of a story.

    Keyed by band first, so a batch's lookups by band read one index, which on SQLite is the
    table itself (no rowid)."""

    __tablename__ = "story_bands"
    __table_args__ = (
        PrimaryKeyConstraint("band", "article_id", name="pk_story_bands"),
        {"sqlite_with_rowid": False},
    )

    band: Mapped[int] = mapped_column(BigInteger)
    article_id: Mapped[str] = mapped_column(String(40))  # see MentionRow on keys


class CaptionRow(Base):
    __tablename__ = "captions"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("article_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    credit: Mapped[str | None] = mapped_column(Text)


class WidgetRow(Base):
    __tablename__ = "widgets"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("article_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    html: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    links: Mapped[list[Any]] = mapped_column(default=list)
    warnings: Mapped[list[Any]] = mapped_column(default=list)


class EntityRow(Base):
    """One row per (canonical name, label) across all articles."""

    __tablename__ = "entities"
    __table_args__ = (UniqueConstraint("name", "label", name="uq_entity"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    label: Mapped[str] = mapped_column(String(20), index=True)


class EntityAliasRow(Base):
    """Every surface form seen for an entity ("Mr Al Shammari" for "Ihsan Al Shammari")."""

    __tablename__ = "entity_aliases"

    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    alias: Mapped[str] = mapped_column(String(300), primary_key=True)


class MentionRow(Base):
    """One mention with character offsets into its part's stored text.

    Keyed by its version and its place among the version's mentions: queries go by version, so
    the key is the one index they need. Its version and entity ids are not foreign keys: checking
    them cost the database two look-ups a row, and the store writes only ids it read or created
    in the same transaction. Triggers of migration 0003 still delete a version's mentions with it
    and refuse to delete an entity that is mentioned."""

    __tablename__ = "mentions"
    __table_args__ = (
        PrimaryKeyConstraint("version_id", "position", name="pk_mentions"),
        Index("ix_mentions_entity_part", "entity_id", "part"),
    )

    version_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[str] = mapped_column(String(40))  # queries go by version_id
    entity_id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"))
    part: Mapped[str] = mapped_column(String(10))
    part_index: Mapped[int] = mapped_column(Integer, default=0)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    fine_label: Mapped[str | None] = mapped_column(String(20))


class QuarantineRow(Base):
    """A document that could not become an article, with its bytes and the reason."""

    __tablename__ = "quarantine"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    raw_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(BigInteger)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    site: Mapped[str | None] = mapped_column(String(255))
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class IngestEventRow(Base):
    """Per-document outcome counts by site and day, for `newsbot stats` across runs."""

    __tablename__ = "ingest_events"

    site: Mapped[str] = mapped_column(String(255), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, default=0)

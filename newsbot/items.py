"""Typed items that travel through the item pipelines.

Spiders and loaders only make :class:`RawDocument`; the structure stage wraps it in a
:class:`DocumentItem`, and each later stage fills its own part of that item. Dataclasses
(used through itemadapter) keep the shape explicit and cheap to build.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

BlockKind = Literal["paragraph", "heading"]
Part = Literal["body", "title", "caption", "widget"]


@dataclass
class RawDocument:
    """One document as read: the exact bytes and where they came from."""

    source: str
    body: bytes = field(repr=False)  # logs and errors name the source, not megabytes of bytes
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    url: str | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Block:
    """A body block in reading order."""

    kind: BlockKind
    text: str


@dataclass
class Caption:
    text: str
    credit: str | None = None


@dataclass
class Widget:
    """A fact box or embedded widget, kept apart from the body.

    The structure stage fills ``title``, ``raw`` and ``encoding``; the widget stage decodes
    them into ``text``, ``html``, ``fields`` and ``links``.
    """

    title: str | None
    raw: str
    encoding: str = "plain"
    text: str = ""
    html: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Mention:
    """One entity mention with character offsets into its part's stored text."""

    text: str
    label: str
    part: Part
    start: int
    end: int
    canonical: str
    fine_label: str | None = None
    index: int = 0  # which caption / widget within the part, 0 for body and title


@dataclass
class ParsedArticle:
    """What the structure stage makes of a document."""

    title: str | None
    blocks: list[Block] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)
    languages_offered: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    site: str | None = None
    warnings: list[str] = field(default_factory=list)
    date_sources: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "heading"]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class DocumentItem:
    """The item the pipelines pass along: the raw document and what each stage added."""

    raw: RawDocument
    article: ParsedArticle | None = None
    quarantine_reason: str | None = None
    content_hash: str | None = None
    raw_hash: str | None = None
    story_key: str | None = None
    minhash_bands: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

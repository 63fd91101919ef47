"""Shared shapes and limits for the file loaders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# What a LoadProblem keeps of the bytes it could not use: enough to look at, never unbounded.
KEPT_BYTES_LIMIT = 16 * 1024 * 1024
READ_CHUNK_BYTES = 1024 * 1024

DOCUMENT_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass
class LoadProblem:
    """A file or record that could not become a RawDocument at all, with what bytes were kept."""

    source: str
    reason: str
    body: bytes = b""


@dataclass
class LoaderOptions:
    """How to read files: field names for JSON Lines, a URL for bare pages, size limits.

    ``base_url`` gives single-document files (HTML pages, text dumps) a URL: used as it is, or,
    when it ends with ``/``, as the folder the file name is joined to.
    ``warc_content_types`` lists the media types taken from WARC records (a crawl also holds
    images, scripts and style sheets, which are not news documents); a record without a
    Content-Type is always taken.
    """

    base_url: str | None = None
    url_field: str = "url"
    html_field: str = "html"
    text_field: str = "text"
    max_document_bytes: int = 64 * 1024 * 1024  # per document after decompression
    warc_content_types: tuple[str, ...] = DOCUMENT_CONTENT_TYPES


def describe_path(path: Path) -> str:
    """The path as a printable, storable string: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")

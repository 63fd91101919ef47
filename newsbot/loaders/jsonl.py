"""JSON Lines dumps: one document per line, each line read with a size cap."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from newsbot.items import RawDocument
from newsbot.loaders.options import (
    KEPT_BYTES_LIMIT,
    READ_CHUNK_BYTES,
    LoaderOptions,
    LoadProblem,
    describe_path,
)
from newsbot.loaders.streams import GZIP_ERRORS, describe_stream_error, open_document_stream

FETCHED_FIELDS = ("fetched", "fetched_at")


def load_jsonl(
    path: Path, options: LoaderOptions, fetched_at: datetime
) -> Iterator[RawDocument | LoadProblem]:
    """One RawDocument per line; a bad line becomes a LoadProblem and reading goes on.

    The body is the line's html (or else text) field encoded UTF-8. Other scalar fields of the
    record (``date``, ``title``, ...) travel in ``headers`` as strings for later stages.
    """
    file_source = describe_path(path)
    stream, _ = open_document_stream(path)
    with stream:
        line_number = 0
        while True:
            try:
                line, over_limit = _read_line(stream, options.max_document_bytes)
            except GZIP_ERRORS as error:
                reason = f"{describe_stream_error(error)} after line {line_number}"
                yield LoadProblem(file_source, reason)
                return
            if not line:
                return
            line_number += 1
            source = f"{file_source}#L{line_number}"
            if over_limit:
                yield LoadProblem(source, "line size over limit", line[:KEPT_BYTES_LIMIT])
            elif line.strip():
                yield _document(line, source, options, fetched_at)


def _read_line(stream: BinaryIO, limit: int) -> tuple[bytes, bool]:
    """The next line up to ``limit`` bytes; the rest of a longer line is read and dropped."""
    line = stream.readline(limit + 1)
    if len(line) <= limit or line.endswith(b"\n"):
        return line, False
    while True:
        rest = stream.readline(READ_CHUNK_BYTES)
        if not rest or rest.endswith(b"\n"):
            return line, True


def _document(
    line: bytes, source: str, options: LoaderOptions, fetched_at: datetime
) -> RawDocument | LoadProblem:
    kept = line[:KEPT_BYTES_LIMIT]
    try:
        record = json.loads(line)
    except UnicodeDecodeError:
        return LoadProblem(source, "line is not valid UTF-8", kept)
    except (ValueError, RecursionError) as error:
        return LoadProblem(source, f"line is not valid JSON: {error}", kept)
    if not isinstance(record, dict):
        return LoadProblem(source, "line is not a JSON object", kept)
    html, text = record.get(options.html_field), record.get(options.text_field)
    if isinstance(html, str):
        content, content_type = html, "text/html"
    elif isinstance(text, str):
        content, content_type = text, "text/plain"
    else:
        fields = f"{options.html_field!r} or {options.text_field!r}"
        return LoadProblem(source, f"no {fields} text field", kept)
    warnings: list[str] = []
    try:
        body = content.encode("utf-8")
    except UnicodeEncodeError:
        body = content.encode("utf-8", errors="replace")
        warnings.append("lone surrogate escapes in the JSON text replaced")
    url = record.get(options.url_field)
    if url is not None and not isinstance(url, str):
        warnings.append(f"{options.url_field!r} is not a string; ignored")
        url = None
    return RawDocument(
        source=source,
        body=body,
        fetched_at=_fetched_at(record, fetched_at, warnings),
        url=url or None,
        content_type=content_type,
        headers=_scalar_fields(record, skip={options.html_field, options.text_field}),
        warnings=warnings,
    )


def _fetched_at(record: dict[str, Any], read_at: datetime, warnings: list[str]) -> datetime:
    for key in FETCHED_FIELDS:
        value = record.get(key)
        if value is None:
            continue
        try:
            fetched = datetime.fromisoformat(str(value))
        except ValueError:
            warnings.append(f"{key!r} is not an ISO 8601 time; read time used")
            return read_at
        return fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)
    return read_at


def _scalar_fields(record: dict[str, Any], skip: set[str]) -> dict[str, str]:
    return {
        str(key): str(value)
        for key, value in record.items()
        if key not in skip and isinstance(value, str | int | float | bool)
    }

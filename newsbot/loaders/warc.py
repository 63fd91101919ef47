"""WARC files (plain, per-record gzip or whole-file gzip): one document per HTTP response."""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsbot.items import RawDocument
from newsbot.loaders.options import KEPT_BYTES_LIMIT, LoaderOptions, LoadProblem, describe_path
from newsbot.loaders.streams import read_bounded

DOCUMENT_RECORD_TYPES = ("response", "resource")
WARC_TYPES = frozenset(
    {"warcinfo", "response", "resource", "request", "metadata", "revisit", "conversion"}
    | {"continuation", "arc_header"}  # and an ARC file's own header, as warcio reads it
)


def load_warc(
    path: Path, options: LoaderOptions, read_at: datetime
) -> Iterator[RawDocument | LoadProblem]:
    """A RawDocument per successful response (and per text resource) record.

    Requests, metadata, revisits, redirects and error pages are not documents and are passed
    over, as are media types outside ``options.warc_content_types``. Bodies are the HTTP payload
    with transfer and content encodings undone, as the server meant the page to be read.
    Sources carry the record's offset in the file; for a WARC gzipped as one whole stream
    (not record by record) it is the offset in the decompressed stream.
    """
    file_source = describe_path(path)
    yielded = 0
    with path.open("rb") as raw:
        try:
            for item in _iterate(raw, file_source, options, read_at):
                yielded += 1
                yield item
            return
        except ArchiveLoadFailed as error:
            if "non-chunked gzip" not in str(error):
                raise
    # warcio seeks by gzip member, so a whole-file gzip is read again through one decompressor.
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw, mode="rb") as decompressed:
        for index, item in enumerate(_iterate(decompressed, file_source, options, read_at)):
            if index >= yielded:
                yield item


def _iterate(
    stream: BinaryIO, file_source: str, options: LoaderOptions, read_at: datetime
) -> Iterator[RawDocument | LoadProblem]:
    records = ArchiveIterator(stream)
    offset = 0
    try:
        for record in records:
            if record.rec_type not in WARC_TYPES:
                # Bytes that merely start like a WARC, or a header the file's end cut short
                # ("WARC-Type: r"): say so rather than skip them unseen.
                offset = records.get_record_offset()
                reason = f"WARC record without a known WARC-Type ({record.rec_type!r})"
                yield LoadProblem(f"{file_source}#{offset}", reason)
                continue
            if not _is_document(record, options):
                if _cut_short(record):  # the file ends inside a record it passes over
                    offset = records.get_record_offset()
                    reason = "WARC truncated inside a record that is no document"
                    yield LoadProblem(f"{file_source}#{offset}", reason)
                continue
            document = _document(record, options, read_at)
            # warcio knows a record's offset only once the record has been read through.
            offset = records.get_record_offset()
            document.source = f"{file_source}#{offset}"
            yield document
    except ArchiveLoadFailed as error:
        if "non-chunked gzip" in str(error):
            raise
        yield _broken(file_source, offset, error)
        return
    except Exception as error:
        # warcio parses untrusted bytes and can fail in many ways on garbage; none of them
        # may end a replay, and the records read so far stay good.
        yield _broken(file_source, offset, error)
        return
    if isinstance(stream, gzip.GzipFile):
        return
    # A cut-off gzip member ends warcio's walk silently: bytes left over mean a damaged tail.
    end = getattr(records, "offset", None)
    size = os.fstat(stream.fileno()).st_size
    if isinstance(end, int) and end < size:
        stream.seek(end)
        tail = stream.read(min(KEPT_BYTES_LIMIT, size - end))
        reason = f"WARC unreadable after offset {end}: {size - end} bytes left unread"
        yield LoadProblem(f"{file_source}#{end}", reason, tail)


def _cut_short(record: ArcWarcRecord) -> bool:
    """Read a passed-over record through (as warcio would to reach the next one) and tell
    whether its Content-Length promised more bytes than the file held."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    return getattr(stream, "limit", 0) > 0


def _broken(file_source: str, offset: int, error: BaseException) -> LoadProblem:
    """The file, not a record, is the source: the broken record's own offset is unknown."""
    detail = " ".join(str(error).split()) or type(error).__name__
    return LoadProblem(file_source, f"WARC unreadable after offset {offset}: {detail}")


def _is_document(record: ArcWarcRecord, options: LoaderOptions) -> bool:
    if record.rec_type not in DOCUMENT_RECORD_TYPES:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    content_type = _content_type(record)
    if content_type is None:
        return True
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type in options.warc_content_types


def _content_type(record: ArcWarcRecord) -> str | None:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def _document(
    record: ArcWarcRecord, options: LoaderOptions, read_at: datetime
) -> RawDocument | LoadProblem:
    source = ""  # set by the caller once the record's offset is known
    read = read_bounded(record.content_stream(), options.max_document_bytes)
    if read.over_limit:
        return LoadProblem(source, "record size over limit", read.data[:KEPT_BYTES_LIMIT])
    warnings: list[str] = []
    if read.error is not None:
        warnings.append(f"{read.error} in the record body; kept the bytes read before it")
    elif getattr(record.raw_stream, "limit", 0) > 0:
        # The record's Content-Length promised more bytes than the file still held.
        warnings.append("WARC record truncated; kept the bytes present")
    return RawDocument(
        source=source,
        body=read.data,
        fetched_at=_warc_date(record, read_at, warnings),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        content_type=_content_type(record),
        headers=_http_headers(record),
        warnings=warnings,
    )


def _warc_date(record: ArcWarcRecord, read_at: datetime, warnings: list[str]) -> datetime:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return read_at
    try:
        fetched = datetime.fromisoformat(value)
    except ValueError:
        warnings.append(f"WARC-Date {value!r} is not ISO 8601; read time used")
        return read_at
    return fetched if fetched.tzinfo else fetched.replace(tzinfo=UTC)


def _http_headers(record: ArcWarcRecord) -> dict[str, str]:
    """HTTP headers as one string each; repeated headers are joined as HTTP allows."""
    if record.http_headers is None:
        return {}
    headers: dict[str, str] = {}
    for name, value in record.http_headers.headers:
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers

"""Bounded reading of plain and gzip files: never more than a limit in memory."""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path
from typing import BinaryIO, NamedTuple

from newsbot.loaders.options import KEPT_BYTES_LIMIT, READ_CHUNK_BYTES
from newsbot.loaders.sniff import is_gzip

# What a damaged gzip stream raises: a cut-off stream (EOFError), a bad header or CRC
# (BadGzipFile, an OSError) or corrupt deflate data (zlib.error).
GZIP_ERRORS = (EOFError, OSError, zlib.error)


class BoundedRead(NamedTuple):
    """Up to ``limit`` bytes of a stream; ``over_limit`` when more followed, ``error`` when the
    stream broke before its end."""

    data: bytes
    over_limit: bool
    error: str | None


def open_document_stream(path: Path) -> tuple[BinaryIO, bool]:
    """The file's bytes as a stream, decompressed on the fly when the content is gzip."""
    raw = path.open("rb")
    if is_gzip(raw.read(2)):
        raw.seek(0)
        return gzip.GzipFile(fileobj=raw, mode="rb"), True
    raw.seek(0)
    return raw, False


def read_bounded(stream: BinaryIO, limit: int) -> BoundedRead:
    """Read to the end or to ``limit`` bytes, whichever comes first, chunk by chunk."""
    chunks: list[bytes] = []
    size = 0
    # read1 returns what one decompression step gave, so a break loses at most that step.
    read = getattr(stream, "read1", stream.read)
    try:
        while size <= limit:
            chunk = read(min(READ_CHUNK_BYTES, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except GZIP_ERRORS as error:
        return BoundedRead(b"".join(chunks), False, describe_stream_error(error))
    data = b"".join(chunks)
    if size > limit:
        return BoundedRead(data[:limit], True, None)
    return BoundedRead(data, False, None)


def read_prefix(path: Path, size: int) -> bytes:
    """The first ``size`` bytes of the file's content (decompressed if gzip), as far as readable."""
    stream, _ = open_document_stream(path)
    with stream:
        return read_bounded(stream, size).data


def read_kept_bytes(path: Path) -> bytes:
    """The file's stored bytes as they are on disk, up to the LoadProblem limit."""
    with path.open("rb") as raw:
        # read(n) reserves n bytes up front, so ask for no more than the file holds.
        return raw.read(min(KEPT_BYTES_LIMIT, os.fstat(raw.fileno()).st_size))


def describe_stream_error(error: BaseException) -> str:
    if isinstance(error, EOFError):
        return "gzip stream truncated"
    return f"gzip stream corrupt ({error})"

"""Read one file, whatever its format, into raw documents."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from newsbot.items import RawDocument
from newsbot.loaders.jsonl import load_jsonl
from newsbot.loaders.options import LoaderOptions, LoadProblem, describe_path
from newsbot.loaders.single import load_single
from newsbot.loaders.sniff import SNIFF_BYTES, sniff_format
from newsbot.loaders.streams import read_kept_bytes, read_prefix
from newsbot.loaders.walk import iter_paths
from newsbot.loaders.warc import load_warc


def load_path(
    path: Path, *, options: LoaderOptions | None = None
) -> Iterator[RawDocument | LoadProblem]:
    """All documents in one file, its format told by content (gzip, WARC, JSON Lines, HTML,
    else a text dump); the file name only breaks ties.

    Never raises for a bad file: what cannot be read becomes a LoadProblem with the bytes kept.
    """
    options = options or LoaderOptions()
    path = Path(path)
    read_at = datetime.now(UTC)
    try:
        prefix = read_prefix(path, SNIFF_BYTES)
    except OSError as error:
        yield LoadProblem(describe_path(path), f"cannot read: {error.strerror or error}")
        return
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    file_format = sniff_format(prefix, name)
    try:
        if file_format == "warc":
            yield from load_warc(path, options, read_at)
        elif file_format == "jsonl":
            yield from load_jsonl(path, options, read_at)
        else:
            yield load_single(path, file_format, options, read_at)
    except OSError as error:
        # The file changed or vanished while being read.
        yield LoadProblem(
            describe_path(path), f"read failed: {error.strerror or error}", _kept_or_empty(path)
        )


def load_paths(
    paths: Sequence[str | Path], *, options: LoaderOptions | None = None
) -> Iterator[RawDocument | LoadProblem]:
    """Every document under the given files and folders, walk problems included in order."""
    walk_problems: deque[LoadProblem] = deque()
    for path in iter_paths(paths, on_problem=walk_problems.append):
        while walk_problems:
            yield walk_problems.popleft()
        yield from load_path(path, options=options)
    yield from walk_problems


def _kept_or_empty(path: Path) -> bytes:
    try:
        return read_kept_bytes(path)
    except OSError:
        return b""

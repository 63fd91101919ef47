"""Files that hold one document: an HTML page or a text dump, plain or gzip."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urljoin

from newsbot.items import RawDocument
from newsbot.loaders.options import KEPT_BYTES_LIMIT, LoaderOptions, LoadProblem, describe_path
from newsbot.loaders.sniff import Format
from newsbot.loaders.streams import open_document_stream, read_bounded, read_kept_bytes

CONTENT_TYPES: dict[Format, str] = {"html": "text/html", "text": "text/plain"}


def load_single(
    path: Path, file_format: Format, options: LoaderOptions, fetched_at: datetime
) -> RawDocument | LoadProblem:
    """The whole file as one document, or a LoadProblem when it is too big or unreadable."""
    source = describe_path(path)
    stream, compressed = open_document_stream(path)
    with stream:
        read = read_bounded(stream, options.max_document_bytes)
    if read.over_limit:
        reason = "decompressed size over limit" if compressed else "document size over limit"
        kept = read_kept_bytes(path) if compressed else read.data[:KEPT_BYTES_LIMIT]
        return LoadProblem(source, reason, kept)
    warnings: list[str] = []
    if read.error is not None:
        if not read.data:
            return LoadProblem(source, f"{read.error}, nothing readable", read_kept_bytes(path))
        warnings.append(f"{read.error}; kept the {len(read.data)} bytes read before the break")
    return RawDocument(
        source=source,
        body=read.data,
        fetched_at=fetched_at,
        url=_url_for(path, options.base_url),
        content_type=CONTENT_TYPES[file_format],
        warnings=warnings,
    )


def _url_for(path: Path, base_url: str | None) -> str | None:
    if base_url is None or not base_url.endswith("/"):
        return base_url
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return urljoin(base_url, quote(name, errors="surrogateescape"))

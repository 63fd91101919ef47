"""Generators of awkward input files for the loader tests, written on the fly into a folder.

Each function writes one file (or folder) and returns its path, so the corpus never has to be
committed: some of these inputs are large or inflate to gigabytes.
"""

from __future__ import annotations

import gzip
import io
import os
import random
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

MIB = 1024 * 1024
ARTICLE_LINE = (
    "Iran-backed armed factions in Iraq have resumed co-ordinating attacks, sources told "
    "The National on Wednesday.\n"
)


def empty(folder: Path) -> Path:
    return _write(folder / "empty.txt", b"")


def whitespace_only(folder: Path) -> Path:
    return _write(folder / "blank.txt", b" \n\t\r\n   \n")


def random_binary(folder: Path, size: int = 64 * 1024) -> Path:
    return _write(folder / "noise.bin", random.Random(7).randbytes(size))


def nul_bytes(folder: Path) -> Path:
    """A readable dump with stray NULs, as left by a crashed editor or a bad copy."""
    return _write(folder / "nuls.txt", ARTICLE_LINE.encode().replace(b" ", b" \x00", 3) * 20)


def utf16_html(folder: Path) -> Path:
    page = "<!DOCTYPE html><html><head><title>Iraq</title></head><body><p>Baghdad</p></body></html>"
    return _write(folder / "page-utf16.htm", page.encode("utf-16"))


def long_line(folder: Path, size: int = 6 * MIB) -> Path:
    """One line of ``size`` bytes without a line break."""
    words = ARTICLE_LINE.rstrip("\n").encode() + b" "
    return _write(folder / "one-line.txt", (words * (size // len(words) + 1))[:size])


def big_dump(folder: Path, size: int = 14 * MIB) -> Path:
    line = ARTICLE_LINE.encode()
    return _write(folder / "big-dump.txt", (line * (size // len(line) + 1))[:size])


def gzip_bomb(folder: Path, inflated: int = 2 * 1024 * MIB, member: int = 16 * MIB) -> Path:
    """A few megabytes of gzip that inflate to ``inflated`` bytes of zeros.

    Built from one compressed member repeated (gzip allows concatenated members), so making it
    costs one small compression, not gigabytes of work.
    """
    one_member = gzip.compress(bytes(member), compresslevel=9)
    return _write(folder / "bomb.txt.gz", one_member * (inflated // member))


def truncated_gzip(folder: Path, content: bytes) -> Path:
    """``content`` gzipped, with the last third of the compressed bytes cut off."""
    packed = gzip.compress(content)
    return _write(folder / "cut.txt.gz", packed[: len(packed) * 2 // 3])


def symlink_loop(folder: Path) -> Path:
    """A folder holding one file, a link back to itself, a link to its parent and a dead link."""
    root = folder / "loop"
    inner = root / "inner"
    inner.mkdir(parents=True)
    _write(inner / "story.txt", ARTICLE_LINE.encode())
    (inner / "again").symlink_to(inner, target_is_directory=True)
    (inner / "up").symlink_to(root, target_is_directory=True)
    (inner / "dead").symlink_to(root / "missing.txt")
    (inner / "self").symlink_to(inner / "self")
    return root


ODD_NAMES = (
    "with space.txt",
    "new\nline.txt",
    "-leading-dash.txt",
    "--help",
    "ünïcødé العربية.txt",
    "😀.txt",
)


def odd_names(folder: Path) -> list[Path]:
    """Files whose names trip up shells and naive code, plus one name that is not UTF-8."""
    root = folder / "odd"
    root.mkdir()
    paths = [_write(root / name, f"{name}\n".encode()) for name in ODD_NAMES]
    raw_name = os.path.join(os.fsencode(root), b"latin-\xe9.txt")
    with open(raw_name, "wb") as handle:
        handle.write(b"not utf-8 name\n")
    paths.append(Path(os.fsdecode(raw_name)))
    return paths


def jsonl_with_bad_lines(folder: Path) -> Path:
    lines = [
        b'{"url": "https://example.com/a", "html": "<p>First</p>", "date": "2024-08-21"}',
        b'{"url": "https://example.com/b", "html": "<p>Cut off',
        b"",
        b'["not", "an", "object"]',
        b'{"url": "https://example.com/c", "text": "Plain \\u0627\\u0644\\u0639\\u0631\\u0627"}',
        b'{"url": "https://example.com/d"}',
        b'{"url": "https://example.com/e", "html": "<p>\xff\xfe</p>"}',
        b'{"url": "https://example.com/f", "html": "<p>Last</p>",'
        b' "fetched": "2024-08-21T16:01:00Z"}',
    ]
    return _write(folder / "dump.jsonl", b"\n".join(lines) + b"\n")


def warc_file(
    path: Path,
    responses: list[tuple[str, bytes, str, str]],
    *,
    per_record_gzip: bool = False,
    date: str = "2024-08-21T16:01:00Z",
) -> Path:
    """A WARC of response records, preceded by a warcinfo and each followed by its request."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=per_record_gzip)
    serial = iter(range(1, 1_000_000))

    def fixed(record: Any) -> Any:
        """The same bytes on every run (warcio stamps the time and a random id), so that a
        test cutting the file at a given size always cuts the same record."""
        record.rec_headers.replace_header("WARC-Date", date)
        record.rec_headers.replace_header(
            "WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{next(serial):012d}>"
        )
        return record

    writer.write_record(fixed(writer.create_warcinfo_record(path.name, {"software": "tests"})))
    for url, body, content_type, status in responses:
        http_headers = StatusAndHeaders(
            status, [("Content-Type", content_type), ("Server", "test")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date},
        )
        writer.write_record(fixed(record))
        request = writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [], is_http_request=True),
        )
        writer.write_record(fixed(request))
    return _write(path, buffer.getvalue())


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path

"""Tell file formats apart by their first bytes, with the file name only as a tie-breaker."""

from __future__ import annotations

import json
import re
from typing import Literal

from w3lib.encoding import read_bom

Format = Literal["warc", "jsonl", "html", "text"]

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 64 * 1024

JSONL_SUFFIXES = (".jsonl", ".jl", ".ndjson", ".json")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|base)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ROOT = re.compile(r"<html[\s>]|<body[\s>]", re.IGNORECASE)


def is_gzip(prefix: bytes) -> bool:
    return prefix.startswith(GZIP_MAGIC)


def sniff_format(prefix: bytes, name: str) -> Format:
    """The format of a (decompressed) file from its first bytes; ``name`` without ``.gz``.

    >>> sniff_format(b"WARC/1.1\\r\\nWARC-Type: warcinfo", "crawl")
    'warc'
    >>> sniff_format(b'{"url": "https://example.com/a", "html": "<p>x</p>"}\\n', "dump.txt")
    'jsonl'
    >>> sniff_format(b"<!DOCTYPE html><html><body>x</body></html>", "page")
    'html'
    >>> sniff_format(b"Iraqi militias resume attacks", "page.html")
    'text'
    """
    text = _prefix_text(prefix)
    stripped = text.lstrip()
    lower_name = name.lower()
    if stripped.startswith("WARC/"):
        return "warc"
    if stripped.startswith("{") and (
        lower_name.endswith(JSONL_SUFFIXES) or _first_line_is_object(stripped)
    ):
        return "jsonl"
    if _HTML_START.match(text) or _HTML_ROOT.search(text[:4096]):
        return "html"
    if lower_name.endswith(HTML_SUFFIXES) and stripped.startswith("<"):
        return "html"
    return "text"


def _prefix_text(prefix: bytes) -> str:
    encoding, bom = read_bom(prefix)
    if encoding is None:
        return prefix.decode("utf-8", errors="replace")
    return prefix[len(bom) :].decode(encoding, errors="replace")


def _first_line_is_object(text: str) -> bool:
    line, newline, _ = text.partition("\n")
    if not newline and len(text) >= SNIFF_BYTES // 2:
        # A first line longer than the sniffed prefix: trust its shape.
        return True
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False

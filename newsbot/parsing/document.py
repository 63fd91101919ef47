"""Turn one raw document into a parsed article, or say why it cannot be one.

The choice between the text-dump parser and the HTML extractor is made from the content itself,
so a saved page named `.txt` or a dump served as `text/html` still lands in the right parser.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from typing import NamedTuple

from newsbot.items import ParsedArticle, RawDocument
from newsbot.parsing.decode import decode_text, looks_binary
from newsbot.parsing.html_meta import site_of

_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<!--|<div|<article|<p[\s>])", re.IGNORECASE
)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|article|div|p)[\s>]", re.IGNORECASE)


class Structured(NamedTuple):
    """The outcome of the structure stage: an article, or a reason to quarantine."""

    article: ParsedArticle | None
    quarantine_reason: str | None
    warnings: list[str]


def is_html(body: bytes, content_type: str | None) -> bool:
    """HTML by content first; a declared type only settles the undecidable cases."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    if content_type and "html" in content_type.lower():
        return bool(_HTML_ANYWHERE.search(body[:65536]))
    return False


def structure_document(raw: RawDocument) -> Structured:
    """Parse a raw document by its content; never raises on any bytes."""
    warnings = list(raw.warnings)
    if not raw.body.strip():
        return Structured(None, "empty or whitespace-only document", warnings)
    if looks_binary(raw.body):
        return Structured(None, "binary content, not a text or HTML document", warnings)
    html = is_html(raw.body, raw.content_type)
    declared = _declared_charset(raw.content_type)
    decoded = decode_text(raw.body, declared)
    warnings.extend(decoded.warnings)
    if html:
        from newsbot.parsing.html_article import extract_article

        article = extract_article(decoded.text, raw.url)
    else:
        from newsbot.parsing.textdump import parse_text_dump

        article = parse_text_dump(decoded.text)
        if raw.url and not article.url:
            article.url = raw.url
    if not article.site:
        article.site = site_of(article.url)
    if not article.language:
        article.language = detect_language(" ".join([article.title or "", *article.paragraphs[:3]]))
    article.warnings[:0] = warnings
    if not article.title and not article.blocks:
        return Structured(None, "no article text found", article.warnings)
    return Structured(article, None, article.warnings)


LANGUAGE_SAMPLE_CHARS = 600  # enough for a sure guess; the model's cost grows with the text


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    import py3langid

    code, _score = py3langid.classify(sample)
    return code or None


def _declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Compatibility-normalised, whitespace-collapsed, case-folded text for hashing."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(article: ParsedArticle) -> str:
    """Hash of the normalised body (the title included when there is no body)."""
    text = normalise_text(article.body) or normalise_text(article.title or "")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def story_key(article: ParsedArticle) -> str | None:
    """What identifies a story without a URL: its normalised title."""
    if article.url:
        return None
    title = normalise_text(article.title or "")
    return hashlib.sha1(title.encode("utf-8")).hexdigest() if title else None


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 as the export shape wants it: minutes at least, seconds only when set, and the
    offset only when the source gave one."""
    if moment is None:
        return None
    spec = "minutes" if moment.second == 0 and moment.microsecond == 0 else "seconds"
    return moment.isoformat(timespec=spec)

"""Turn one raw document into a parsed article, or say why it cannot be one.

The choice between the text-dump parser and the HTML extractor is made from the content itself,
so a saved page named `.txt` or a dump served as `text/html` still lands in the right parser.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from itertools import islice, repeat
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
# Function words frequent in English and rare as words of any other language written in Latin
# script (so no "in", "was", "to", "over", "also", "will", "her": Dutch, German, Polish, Danish).
_ENGLISH_ONLY_WORDS = frozenset(
    {"the", "and", "that", "with", "which", "their", "they", "this", "these", "from", "were"}
    | {"been", "would", "could", "should", "said", "says", "has", "who", "but", "its", "his"}
    | {"she", "there", "what", "when", "where", "while", "after", "about", "into", "than"}
    | {"other", "because", "those", "through", "between", "during", "against", "under", "our"}
)
# Short words shared with other languages: they count towards the share of function words,
# never towards the evidence that the text is English.
_ENGLISH_SHARED_WORDS = frozenset(
    {"a", "an", "of", "to", "in", "on", "at", "by", "as", "is", "it", "be", "or", "for", "was"}
    | {"not", "had", "have", "will", "he", "her", "we", "you", "i", "also", "over", "more"}
)
_OTHER, _SHARED, _ENGLISH_ONLY = 0, 1, 2
_FUNCTION_WORD_KIND = dict.fromkeys(_ENGLISH_SHARED_WORDS, _SHARED) | dict.fromkeys(
    _ENGLISH_ONLY_WORDS, _ENGLISH_ONLY
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Every byte but a-z becomes a space: the words are then what str.split finds, the same runs
# of a-z that a regex would, found several times faster.
_LATIN_LETTERS_ONLY = bytes(code if 97 <= code <= 122 else 32 for code in range(256))
# Measured on news text: English paragraphs have over a quarter function words and one in
# twenty or more from the English-only set; the other languages' samples have next to none.
_ENGLISH_MIN_WORDS = 30
_ENGLISH_MIN_ONLY_SHARE = 0.06
_ENGLISH_MIN_DISTINCT = 4
_ENGLISH_MIN_FUNCTION_SHARE = 0.25
_ENGLISH_MAX_OTHER_LETTERS = 0.01
_ENGLISH_PARTS = 4


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    Plain English prose is settled by a count of function words, several times cheaper than
    the model; anything less clear-cut goes to the model.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if len(list(islice(filter(str.isalpha, sample), 20))) < 20:
        return None
    if _is_plain_english(sample):
        return "en"
    import py3langid

    code, _score = py3langid.classify(sample)
    return code or None


def _is_plain_english(sample: str) -> bool:
    """True for English prose in ASCII letters: function words, several found only in English,
    in every part of the sample (a text that switches language goes to the model)."""
    # (a character outside ASCII becomes "?": it ends a run of letters as it did)
    latin = sample.lower().encode("ascii", "replace").translate(_LATIN_LETTERS_ONLY)
    words = latin.decode("ascii").split()
    if len(words) < _ENGLISH_MIN_WORDS:
        return False
    kinds = list(map(_FUNCTION_WORD_KIND.get, words, repeat(_OTHER)))
    step = -(-len(words) // _ENGLISH_PARTS)
    for start in range(0, len(words), step):
        part = kinds[start : start + step]
        english_only = part.count(_ENGLISH_ONLY)
        function_words = english_only + part.count(_SHARED)
        if english_only < _ENGLISH_MIN_ONLY_SHARE * len(
            part
        ) or function_words < _ENGLISH_MIN_FUNCTION_SHARE * len(part):
            return False
    if len(_ENGLISH_ONLY_WORDS.intersection(words)) < _ENGLISH_MIN_DISTINCT:
        return False
    if sample.isascii():
        return True
    other_letters = sum(map(str.isalpha, _NON_ASCII.findall(sample)))
    return other_letters <= _ENGLISH_MAX_OTHER_LETTERS * sum(map(len, words))


def _declared_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
    return match.group(1) if match else None


def normalise_text(text: str) -> str:
    """Compatibility-normalised, whitespace-collapsed, case-folded text for hashing.

    ASCII is already NFKC, and ``str.split`` splits on exactly the characters ``\\s`` matches,
    so this gives the same text as a regex over the NFKC form at a fraction of the cost.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split()).casefold()


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

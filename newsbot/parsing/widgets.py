"""Decode embedded fact boxes into clean text, safe HTML, key/value fields and links.

Sites ship fact boxes as URL-encoded HTML (sometimes encoded twice), as raw HTML or as plain
"Key: value" lines. :func:`decode_widget` turns any of them into one shape. It is a pure
function that never raises and stays linear in the input size, because one hostile or broken
widget must not stop (or stall) the ingestion of the article around it.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from functools import cache, partial
from urllib.parse import unquote

import nh3
from lxml import etree
from w3lib.html import remove_tags, replace_entities
from w3lib.url import safe_url_string

from newsbot.items import Widget

__all__ = ["decode_widget", "decode_widgets", "looks_percent_encoded", "parse_fields"]

#: Beyond this a widget is cut: no real fact box is this large, and memory must stay bounded.
MAX_RAW_CHARS = 2_000_000
#: Deeper markup is flattened first: html5ever's scope checks are quadratic in depth and
#: libxml2 silently drops everything below depth 256.
MAX_NESTING = 200
#: Below this many tags the nesting cannot exceed MAX_NESTING, so the depth scan is skipped.
_DEPTH_SCAN_MIN_TAGS = MAX_NESTING
MAX_FIELDS = 200
#: "In numbers" boxes label their figures with phrases ("Time to raise a new laying hen").
MAX_KEY_WORDS = 8
MAX_KEY_CHARS = 50
#: A longer "value" is prose that happens to follow a colon, not a fact-box entry.
MAX_VALUE_CHARS = 400

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "em", "i", "a", "ul", "ol", "li", "span", "div", "img"}
    | {"h1", "h2", "h3", "h4", "h5", "h6"}
    | {"table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
#: Tags dropped together with their content: their "text" is code or fallback, not prose.
DROPPED_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)
SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto"})

#: Elements whose start and end break the text into lines.
_BLOCK_TAGS = frozenset(
    {"p", "div", "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article"}
)
_CELL_TAGS = frozenset({"td", "th"})
_VOID_TAGS = frozenset(
    {"br", "img", "hr", "input", "meta", "link", "wbr", "col", "area", "base", "source"}
    | {"track", "embed", "param", "keygen"}
)
#: Tags that close an open sibling of the same name (<p>a<p>b), so they do not nest.
_SIBLING_CLOSING_TAGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})

_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_TRUNCATED_ESCAPE_AT_END = re.compile(r"%[0-9A-Fa-f]?\Z")
_STRAY_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_ESCAPED_MARKUP = re.compile(r"%3[CE]", re.IGNORECASE)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_MARKUP = re.compile(r"<(?:[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>|/[A-Za-z][A-Za-z0-9]*\s*>)")
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
#: What the sanitiser will remove, to say so in a warning (separate patterns scan much faster).
_UNSAFE_MARKUP = (
    re.compile(r"<\s*(script|style|iframe|object|embed)\b", re.IGNORECASE),
    re.compile(r"\s(on)[a-z]+\s*=", re.IGNORECASE),
    re.compile(r"=\s*[\"']?\s*(javascript|vbscript|data)\s*:", re.IGNORECASE),
)
_BLOCK_BOUNDARY = re.compile(
    r"<\s*(?:br|/?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r"))\b[^>]*>", re.IGNORECASE
)
_HREF = re.compile(r"""\bhref\s*=\s*"([^"]*)\"""", re.IGNORECASE)
_KEY_VALUE = re.compile(
    rf"(?P<key>[^:]{{1,{MAX_KEY_CHARS}}}?)\s*:(?:\s+|(?=[^\s\d/]))(?P<value>.+)"
)
_KEY_FORBIDDEN = re.compile(r"""[.!?;,"“”«»<>]""")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_YEARS = re.compile(r"\d{4}(?:\s?[-–]\s?\d{2,4})?")  # a timeline's keys: "1991", "1998-2000"
_CLOCK_KEY = re.compile(r"\d{1,2}\.\d{2}\s?(?:am|pm)", re.IGNORECASE)
# A listing's days: "Thursday, November 14", "Friday, 15 November"
_DAY_KEY = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
)


def looks_percent_encoded(line: str) -> bool:
    """Tell whether a line is URL-encoded text rather than prose.

    Encoded text has escapes and (almost) no literal spaces; prose such as "50% off" has no
    valid escape at all. Only the first 4 KB are looked at, so the check stays cheap.

    >>> looks_percent_encoded("Getting%20there%20")
    True
    >>> looks_percent_encoded("%3Cp%3EDirector%3A%20Damien%20Chazelle%3C%2Fp%3E")
    True
    >>> looks_percent_encoded("Prices fell 50% in a year")
    False
    """
    sample = line[:4096]
    spaces = sample.strip().count(" ")
    if spaces * 4 >= sample.count("%"):  # cheap bound: escapes never outnumber '%' signs
        return False
    return spaces * 4 < len(_ESCAPE.findall(sample))


def decode_widget(widget: Widget) -> Widget:
    """Return a decoded copy of ``widget``; the input is not changed and nothing is raised."""
    warnings = list(widget.warnings)
    title = _decode_title(widget.title, warnings)
    try:
        decoded = _decode_content(widget, warnings)
    except Exception as error:  # last resort: one broken widget must not fail the article
        warnings.append(f"widget could not be decoded ({type(error).__name__}); kept as text")
        text = _normalise_lines(_CONTROL_CHARS.sub("", widget.raw[:MAX_RAW_CHARS]))
        decoded = replace(widget, encoding=widget.encoding, text=text, html=None)
    return replace(decoded, title=title, warnings=warnings)


def decode_widgets(widgets: Iterable[Widget]) -> list[Widget]:
    """Decode several widgets in order (the shape the widget stage works on)."""
    return [decode_widget(widget) for widget in widgets]


def parse_fields(text: str, link_texts: Collection[str] = ()) -> dict[str, str]:
    """Collect ``Key: value`` lines in order; prose lines, URLs and lines that are wholly a
    link's text (a headline such as "Restaurant review: Hashi House") are not fields.

    >>> parse_fields("Director: Damien Chazelle\\nA long sentence, he said: no.\\nhttps://x.com")
    {'Director': 'Damien Chazelle'}
    """
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        line = line.strip()
        match = _KEY_VALUE.fullmatch(line)
        if match is None or line in link_texts:
            continue
        key, value = match["key"].strip(), match["value"].strip()
        if _is_field_key(key) and 0 < len(value) <= MAX_VALUE_CHARS and key not in fields:
            fields[key] = value
            if len(fields) >= MAX_FIELDS:
                break
    return fields


def _is_field_key(key: str) -> bool:
    if _CLOCK_KEY.fullmatch(key) or _DAY_KEY.fullmatch(key):
        return True  # a race card's or a programme's times: "6.30pm: Maiden (TB) ..."
    return (
        bool(key)
        and key[0].isalnum()
        and len(key.split()) <= MAX_KEY_WORDS
        and _KEY_FORBIDDEN.search(_without_qualifier(key)) is None
        and (_HAS_LETTER.search(key) is not None or _YEARS.fullmatch(key) is not None)
    )


# Words that make "X, he said" a sentence's opening rather than a key with a qualifier.
_CLAUSE_WORDS = frozenset(
    {
        "i", "you", "he", "she", "it", "we", "they", "this", "that", "there",
        "said", "says", "told", "added", "adds", "according",
    }
)  # fmt: skip


def _without_qualifier(key: str) -> str:
    """A spec sheet's key with its qualifier after a comma ("Price, base", "Price, as
    tested") is a key; "However, he said" is the start of a sentence."""
    head, comma, qualifier = key.partition(", ")
    words = qualifier.split()
    if (
        comma
        and " " not in head
        and 1 <= len(words) <= 2
        and all(word.islower() and word not in _CLAUSE_WORDS for word in words)
    ):
        return head
    return key


def _decode_title(title: str | None, warnings: list[str]) -> str | None:
    if title is None:
        return None
    if looks_percent_encoded(title):
        title, _ = _percent_decode(title, warnings, what="title")
    if "&" in title:
        title = html_lib.unescape(title)
    title = _strip_control_chars(title, warnings, what="title")
    return " ".join(title.split())


def _decode_content(widget: Widget, warnings: list[str]) -> Widget:
    raw = widget.raw
    if len(raw) > MAX_RAW_CHARS:
        warnings.append(f"widget longer than {MAX_RAW_CHARS} characters was cut")
        raw = raw[:MAX_RAW_CHARS]
    if "%" in raw and (widget.encoding.startswith("percent") or looks_percent_encoded(raw)):
        if not widget.encoding.startswith("percent"):
            warnings.append(f"declared {widget.encoding!r} but found percent-encoding")
        content, encoding = _percent_decode(raw, warnings, what="content")
    else:
        if widget.encoding.startswith("percent"):
            warnings.append("declared percent-encoded but no escapes found; read as is")
        content, encoding = raw, ""
    content = _strip_control_chars(content, warnings, what="content")
    content = content.replace("\r\n", "\n").replace("\r", "\n")

    has_markup = _MARKUP.search(content) is not None
    read_as_html = has_markup or widget.encoding == "html"
    if not encoding:
        encoding = "html" if read_as_html else "plain"
        if has_markup and widget.encoding == "plain":
            warnings.append("declared plain but found HTML markup")
    link_texts: Collection[str] = ()
    if read_as_html:
        safe_html, text, links, link_texts = _decode_html(content, warnings)
    else:
        safe_html, text, links = None, _normalise_lines(content), []
    return replace(
        widget,
        encoding=encoding,
        html=safe_html,
        text=text,
        fields=parse_fields(text, link_texts),
        links=links,
    )


def _percent_decode(raw: str, warnings: list[str], what: str) -> tuple[str, str]:
    """Unquote once, or twice when markup is still escaped after the first pass."""
    trimmed = raw.rstrip()
    if _TRUNCATED_ESCAPE_AT_END.search(trimmed):
        warnings.append(f"truncated percent escape at the end of the {what} dropped")
        trimmed = _TRUNCATED_ESCAPE_AT_END.sub("", trimmed)
    if _STRAY_PERCENT.search(trimmed):
        warnings.append(f"'%' without two hex digits in the {what} kept as is")
    once = _unquote(trimmed, warnings, what)
    markup_still_escaped = _ESCAPED_MARKUP.search(once) is not None and "<" not in once
    if markup_still_escaped or (" " not in once.strip() and looks_percent_encoded(once)):
        return _unquote(once, warnings, what), "percent-twice"
    return once, "percent"


def _unquote(text: str, warnings: list[str], what: str) -> str:
    decoded = unquote(text, errors="replace")
    if decoded.count("\ufffd") > text.count("\ufffd"):
        warnings.append(f"invalid UTF-8 in the percent-decoded {what} replaced")
    return decoded


def _strip_control_chars(text: str, warnings: list[str], what: str) -> str:
    cleaned, count = _CONTROL_CHARS.subn("", text)
    if count:
        warnings.append(f"{count} control character(s) stripped from the {what}")
    return cleaned


def _decode_html(content: str, warnings: list[str]) -> tuple[str, str, list[str], Collection[str]]:
    """Sanitise with nh3, then read text, links and the links' texts from the safe markup."""
    unsafe = sorted({kind.lower() for rule in _UNSAFE_MARKUP for kind in rule.findall(content)})
    if unsafe:
        kinds = ", ".join("on* handlers" if kind == "on" else kind for kind in unsafe)
        warnings.append(f"unsafe markup removed: {kinds}")
    content = _flatten_deep_nesting(content, warnings)
    safe_html = _sanitiser()(content).strip()
    # Newlines are plain spaces in HTML, unless the markup has no line structure of its own
    # (inline tags only): then the author's line breaks are the only separators there are.
    newline = " " if _BLOCK_BOUNDARY.search(safe_html) else "\n"
    parsed = _text_and_hrefs_from_tree(safe_html, newline)
    if parsed is None:
        warnings.append("HTML parser gave up; text taken by stripping tags")
        lines = _BLOCK_BOUNDARY.sub("\n", safe_html.replace("\n", newline))
        text = _normalise_lines(replace_entities(remove_tags(lines)))
        hrefs = [html_lib.unescape(href) for href in _HREF.findall(safe_html)]
        link_texts: Collection[str] = ()
    else:
        text, hrefs, link_texts = parsed
    return safe_html, text, _absolute_links(hrefs), link_texts


@cache
def _sanitiser() -> Callable[[str], str]:
    """Build the nh3 cleaner once: rebuilding its rules costs as much as cleaning a widget."""
    options = {
        "tags": set(ALLOWED_TAGS),
        "clean_content_tags": set(DROPPED_WITH_CONTENT),
        "attributes": {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        "url_schemes": set(SAFE_URL_SCHEMES),
        "link_rel": "noopener noreferrer nofollow",
    }
    if hasattr(nh3, "Cleaner"):  # nh3 >= 0.3
        return nh3.Cleaner(**options).clean
    return partial(nh3.clean, **options)


def _flatten_deep_nesting(content: str, warnings: list[str]) -> str:
    """Drop the tags nested deeper than MAX_NESTING, keeping their text, in one linear pass."""
    if content.count("<") < _DEPTH_SCAN_MIN_TAGS:
        return content
    open_tags: list[str] = []
    dropped: dict[str, int] = {}
    pieces: list[str] = []
    position = 0
    for match in _TAG.finditer(content):
        closing, name, self_closing = match[1], match[2].lower(), match[3]
        keep = True
        if closing:
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in open_tags:
                while open_tags and open_tags.pop() != name:
                    pass
        elif name not in _VOID_TAGS and not self_closing:
            if name in _SIBLING_CLOSING_TAGS and open_tags and open_tags[-1] == name:
                open_tags.pop()
            if len(open_tags) >= MAX_NESTING:
                dropped[name] = dropped.get(name, 0) + 1
                keep = False
            else:
                open_tags.append(name)
        if not keep:
            pieces.append(content[position : match.start()])
            position = match.end()
    if not dropped and position == 0:
        return content
    pieces.append(content[position:])
    warnings.append(f"markup nested deeper than {MAX_NESTING} levels flattened")
    return "".join(pieces)


def _text_and_hrefs_from_tree(
    safe_html: str, newline: str
) -> tuple[str, list[str], set[str]] | None:
    """Text, link targets and link texts, from walking the parsed tree iteratively; None when
    libxml2 hit a resource limit.

    ``newline`` is what a newline inside a text node becomes.
    """
    if not safe_html:
        return "", [], set()
    parser = etree.HTMLParser(remove_comments=True)
    root = etree.fromstring(f"<div>{safe_html}</div>", parser)
    if root is None or any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    pieces: list[str] = []
    hrefs: list[str] = []
    link_texts: set[str] = set()
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag in _BLOCK_TAGS:
                pieces.append("\n")
            elif tag in _CELL_TAGS:
                pieces.append(" ")
            elif tag == "a" and element.get("href"):
                hrefs.append(element.get("href"))
                link_texts.add(" ".join("".join(element.itertext()).split()))
            if element.text:
                pieces.append(element.text.replace("\n", newline))
        else:
            if tag in _BLOCK_TAGS or tag == "br":
                pieces.append("\n")
            if element.tail and element is not root:
                pieces.append(element.tail.replace("\n", newline))
    return _normalise_lines("".join(pieces)), hrefs, link_texts


def _absolute_links(hrefs: Iterable[str]) -> list[str]:
    links: dict[str, None] = {}
    for href in hrefs:
        candidate = href.strip()
        if not candidate.lower().startswith(("http://", "https://")):
            continue
        try:
            link = safe_url_string(candidate)
        except ValueError:
            continue
        links.setdefault(link)
    return list(links)


def _normalise_lines(text: str) -> str:
    """Collapse whitespace inside lines and drop empty lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)

"""Article metadata from an already parsed HTML tree.

Publishers describe their articles several times over (JSON-LD, OpenGraph, other meta tags,
``<time>`` elements, visible "Updated:" lines) and each of these is missing or wrong on some
sites, so every field is read from a ranked list of sources and the winning source is recorded.
Everything here reads the tree; nothing changes it.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from dateutil import parser as date_parser
from lxml.html import HtmlElement
from w3lib.url import canonicalize_url, url_query_cleaner

# Bigger blocks are page state dumps, not article descriptions; parsing them costs time for nothing.
MAX_JSON_LD_CHARS = 500_000
TRACKING_PARAMETERS = (
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "fbclid",
    "gclid",
    "ocid",
    "cmpid",
)
ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$")
UPDATED_TEXT = re.compile(
    r"^\s*(?:Last\s+)?(?:Updated|Modified)(?:\s+on|\s+at)?\s*[:\-–]?\s*(?P<when>.{6,60}?)\s*$",
    re.IGNORECASE,
)
PUBLISHED_TEXT = re.compile(
    r"^\s*(?:Published|Posted)(?:\s+on|\s+at)?\s*[:\-–]?\s*(?P<when>.{6,60}?)\s*$",
    re.IGNORECASE,
)


@dataclass
class PageMeta:
    """Metadata fields with the source each came from."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None
    date_sources: dict[str, str] = field(default_factory=dict)
    language: str | None = None
    url: str | None = None
    site: str | None = None
    article_body: str | None = None
    # the page's own summaries (meta, OpenGraph, Twitter, JSON-LD): a standfirst repeats one
    descriptions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _walk_json(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every object of a JSON-LD document, including ``@graph`` members, iteratively."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def json_ld_objects(tree: HtmlElement) -> list[dict[str, Any]]:
    """All objects of the page's JSON-LD blocks; broken blocks are skipped, not fatal."""
    return _json_ld_objects_of(tree.iterfind(".//script"))


def _json_ld_objects_of(scripts: Iterable[HtmlElement]) -> list[dict[str, Any]]:
    """All objects of the JSON-LD blocks among ``scripts``, in their order."""
    found: list[dict[str, Any]] = []
    for script in scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        text = (script.text or "").strip()
        if not text or len(text) > MAX_JSON_LD_CHARS:
            continue
        text = re.sub(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$", "", text).rstrip(";")
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        found.extend(_walk_json(data))
    return found


def _types(obj: dict[str, Any]) -> list[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return [kind]
    return [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else []


def _article_objects(objects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [o for o in objects if any(ARTICLE_TYPES.search(t) for t in _types(o))]


def meta_values(tree: HtmlElement) -> dict[str, str]:
    """First content of each ``<meta>`` keyed by lower-cased property/name/itemprop/http-equiv."""
    return _meta_values_of(tree.iterfind(".//meta"))


def _meta_values_of(metas: Iterable[HtmlElement]) -> dict[str, str]:
    """``meta_values`` of the ``<meta>`` elements given, in their order."""
    values: dict[str, str] = {}
    for meta in metas:
        content = meta.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                values.setdefault(key.strip().lower(), content.strip())
    return values


def parse_date(text: str | None) -> datetime | None:
    """An ISO 8601 or human-written date, or None; never raises."""
    text = _clean(text)
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        with warnings.catch_warnings():  # unknown zone names ("IST") give a naive time, fine
            warnings.simplefilter("ignore", date_parser.UnknownTimezoneWarning)
            return date_parser.parse(text.replace(" at ", " "), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` value (string, Person, or a list of either)."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, list):
            name = " ".join(str(n) for n in name)
        if isinstance(name, str) and (name := _clean(name)) and not name.startswith("http"):
            names.append(name)
    return names


def _split_authors(text: str) -> list[str]:
    text = re.sub(r"^\s*(?:By|Par|Von|Por|Di)\s+", "", _clean(text), flags=re.IGNORECASE)
    parts = re.split(r"\s*(?:,|&|\band\b|\bund\b|\by\b|\bet\b)\s*", text)
    return [p for p in parts if p and len(p) < 60 and not p.startswith("http")]


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


def language_tag(value: str | None) -> str | None:
    """A BCP 47 tag (``en``, ``en-GB``) from ``en_gb``, ``EN-gb`` or similar, else None."""
    value = (value or "").strip().replace("_", "-").split(",")[0].strip()
    match = re.fullmatch(r"([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|\d{3}))?", value)
    if not match:
        return None
    lang, script, region = match.groups()
    tag = lang.lower()
    if script:
        tag += "-" + script.title()
    if region:
        tag += "-" + region.upper()
    return tag


def site_of(url: str | None) -> str | None:
    """The publisher's domain: the URL's host without ``www.``."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # "http://[::1": no host can be read from it
        return None
    return host.removeprefix("www.") or None


def canonical_url(tree: HtmlElement, meta: dict[str, str], given: str | None) -> str | None:
    """rel=canonical, else og:url, else the given URL; absolute and canonicalised."""
    return _canonical_url_of(tree.iterfind(".//link"), meta, given)


def _canonical_url_of(
    links: Iterable[HtmlElement], meta: dict[str, str], given: str | None
) -> str | None:
    """``canonical_url`` from the page's ``<link>`` elements, in their order."""
    candidates = [
        link.get("href") for link in links if "canonical" in (link.get("rel") or "").lower().split()
    ]
    candidates += [meta.get("og:url"), given]
    for candidate in candidates:
        candidate = (candidate or "").strip()
        if not candidate:
            continue
        try:
            absolute = urljoin(given, candidate) if given else candidate
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                continue
        except ValueError:  # "http://[::1": not a URL; the next candidate may be
            continue
        try:
            absolute = url_query_cleaner(
                absolute, TRACKING_PARAMETERS, remove=True, keep_fragments=True
            )
            return canonicalize_url(absolute, keep_fragments=False)
        except ValueError:
            return absolute
    return None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _first_date(candidates: list[tuple[str | None, str]]) -> tuple[datetime | None, str | None]:
    for text, source in candidates:
        parsed = parse_date(text)
        if parsed is not None:
            return parsed, source
    return None, None


UPDATED_WORDS = ("pdated", "odified")
PUBLISHED_WORDS = ("ublished", "osted")


def _visible_date_lines(
    tree: HtmlElement, want_published: bool = True, want_updated: bool = True
) -> tuple[str | None, str | None]:
    """Texts of short visible "Updated: ..." / "Published: ..." lines (only the kinds wanted,
    as each word searched for is one more test of every text node of the page)."""
    updated = published = None
    words = (UPDATED_WORDS if want_updated else ()) + (PUBLISHED_WORDS if want_published else ())
    if not words:
        return None, None
    condition = " or ".join(f"contains(., '{word}')" for word in words)
    for text in tree.xpath(f"//body//text()[{condition}]"):
        parent = text.getparent()
        if parent is None or parent.tag in ("script", "style", "noscript"):
            continue
        line = _clean(parent.text_content() if len(_clean(text)) < 10 else text)
        if len(line) > 80:
            continue
        if want_updated and updated is None and (match := UPDATED_TEXT.match(line)):
            updated = match.group("when")
        elif want_published and published is None and (match := PUBLISHED_TEXT.match(line)):
            published = match.group("when")
    return published, updated


# The elements metadata is read from, all found in one walk of the page.
_METADATA_TAGS = ("script", "meta", "link", "time", "h1", "title")


def _elements_by_tag(tree: HtmlElement, tags: tuple[str, ...]) -> dict[str, list[HtmlElement]]:
    """The elements of each tag below the page's root, in page order: one walk of the page
    finds them all, where a walk for each tag costs as much as a walk for all of them."""
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in tags}
    for element in tree.iter(*tags):
        if element is not tree:
            found[element.tag].append(element)
    return found


def read_meta(tree: HtmlElement, url: str | None) -> PageMeta:
    """Every metadata field of the page, each from its best available source."""
    result = PageMeta()
    found = _elements_by_tag(tree, _METADATA_TAGS)
    objects = _json_ld_objects_of(found["script"])
    articles = _article_objects(objects) or [o for o in objects if "datePublished" in o]
    article = articles[0] if articles else {}
    meta = _meta_values_of(found["meta"])

    h1 = next((_clean(h.text_content()) for h in found["h1"]), "")
    title_tag = next((_clean(t.text_content()) for t in found["title"]), "")
    for candidate in (article.get("headline"), meta.get("og:title"), h1, title_tag):
        if isinstance(candidate, str) and _clean(candidate):
            result.title = _clean(candidate)
            break

    authors = _names(article.get("author")) if article else []
    if not authors:
        for key in ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"):
            if meta.get(key) and not meta[key].startswith("http"):
                authors = _split_authors(meta[key])
                break
    if not authors:
        authors = [
            _clean(a.text_content())
            for a in tree.xpath("//a[@rel='author'] | //*[@itemprop='author']//*[@itemprop='name']")
        ]
    result.authors = _unique([a for a in authors if a and len(a) < 80])[:10]

    times = [t for t in found["time"] if t.get("datetime") is not None]
    pub_time = next((t.get("datetime") for t in times if "pub" in (t.get("itemprop") or "")), None)
    mod_time = next((t.get("datetime") for t in times if "mod" in (t.get("itemprop") or "")), None)
    published_candidates: list[tuple[str | None, str]] = [
        (_string(article.get("datePublished")), "json-ld"),
        (meta.get("article:published_time"), "meta"),
        (meta.get("og:article:published_time"), "meta"),
        (meta.get("datepublished"), "meta"),
        (meta.get("pubdate") or meta.get("publishdate") or meta.get("date"), "meta"),
        (meta.get("dc.date.issued") or meta.get("dc.date"), "meta"),
        (pub_time or (times[0].get("datetime") if times else None), "time"),
    ]
    updated_candidates: list[tuple[str | None, str]] = [
        (_string(article.get("dateModified")), "json-ld"),
        (meta.get("article:modified_time") or meta.get("og:updated_time"), "meta"),
        (meta.get("datemodified") or meta.get("last-modified"), "meta"),
        (mod_time, "time"),
    ]
    published, published_source = _first_date(published_candidates)
    updated, updated_source = _first_date(updated_candidates)
    if published is None or updated is None:
        # the visible lines are the last resort, and the costliest to find: read only if needed
        text_published, text_updated = _visible_date_lines(
            tree, want_published=published is None, want_updated=updated is None
        )
        if published is None:
            published, published_source = _first_date([(text_published, "text")])
        if updated is None:
            updated, updated_source = _first_date([(text_updated, "text")])
    result.published, result.updated = published, updated
    if published_source:
        result.date_sources["published"] = published_source
    if updated_source:
        result.date_sources["updated"] = updated_source

    root = tree.getroottree().getroot()
    html_lang = root.get("lang") or root.get("xml:lang")  # XHTML pages declare only the latter
    for candidate in (
        html_lang,
        article.get("inLanguage"),
        meta.get("og:locale"),
        meta.get("content-language"),
        meta.get("language"),
    ):
        if isinstance(candidate, str) and (tag := language_tag(candidate)):
            result.language = tag
            break

    descriptions = (
        meta.get("description"),
        meta.get("og:description"),
        meta.get("twitter:description"),
        article.get("description"),
    )
    result.descriptions = _unique([_clean(d) for d in descriptions if isinstance(d, str) and d])
    result.url = _canonical_url_of(found["link"], meta, url)
    result.site = site_of(result.url or url)
    bodies = [o.get("articleBody") for o in objects if isinstance(o.get("articleBody"), str)]
    if bodies:
        result.article_body = max(bodies, key=len)
    return result

"""Parts of a news page that sit inside the article but are not its body text.

Captions, fact boxes, URL-encoded widget payloads and language switchers are taken out of the
tree here (and returned as typed values) before the body is extracted, so the body extractor
never sees them and cannot mix their text into the article's paragraphs.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree
from lxml.html import HtmlElement, tostring

from newsbot.items import Caption, Widget

# Agencies and picture desks whose name ends a caption as its credit ("... in Baghdad. Reuters").
AGENCY_CREDIT = re.compile(
    r"(?:^|[.!?)\s])\s*(?:(?:Photo|Picture|Image|Credit|Foto)s?\s*(?::|by)\s*)?"
    r"(?P<credit>(?:(?:Reuters|AP|AFP|EPA|Getty Images?|Bloomberg|PA|AAP|ANSA|dpa|Xinhua|WAM"
    r"|Associated Press|Agence France-Presse|Shutterstock|Alamy|NurPhoto|SOPA Images|Zuma"
    r"|Wikimedia Commons|Courtesy[\w ]{0,40}|Handout|Supplied|The National)(?:\s*(?:/|via)\s*"
    r"[\w .'-]{1,30})?))\s*\.?$"
)
LABELLED_CREDIT = re.compile(
    r"\s*[(\[]?\s*(?:Photo|Picture|Image|Credit|Foto|Bild)s?\s*(?::|by|©)\s*(?P<credit>[^()\[\]]{2,60})"
    r"[)\]]?\s*$",
    re.IGNORECASE,
)
CREDIT_CLASSES = ("credit", "copyright", "byline", "source", "attribution", "photographer")
FACT_BOX_CLASS = re.compile(
    r"(?:^|[\s_-])(?:info-?box|fact-?box|facts|key-?facts|fact-?file|fact-?sheet|"
    r"factfile|at-a-glance|profile-?box|inline-?box|box-?out|boxout|sidebar-?box|"
    r"callout|pull-?out|spec-?box|tale-of-the-tape)(?:$|[\s_-])",
    re.IGNORECASE,
)
NOT_A_FACT_BOX = re.compile(
    r"related|share|social|newsletter|subscribe|promo|advert|\bads?\b|nav|menu|comment|"
    r"recirc|most-?read|popular|trending|author-?bio|tags",
    re.IGNORECASE,
)
PERCENT_HTML = re.compile(r"%3C(?:[a-zA-Z]|%2F)", re.IGNORECASE)
PERCENT_LT = re.compile(r"%3[cC]")
PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
LANGUAGE_NAMES = frozenset(
    (
        "english",
        "arabic",
        "français",
        "french",
        "deutsch",
        "german",
        "español",
        "spanish",
        "italiano",
        "italian",
        "português",
        "portuguese",
        "русский",
        "russian",
        "中文",
        "chinese",
        "日本語",
        "japanese",
        "한국어",
        "korean",
        "türkçe",
        "turkish",
        "فارسی",
        "farsi",
        "persian",
        "اردو",
        "urdu",
        "हिन्दी",
        "hindi",
        "عربي",
        "العربية",
        "nederlands",
        "dutch",
        "polski",
        "polish",
        "svenska",
        "swedish",
        "bahasa indonesia",
        "bahasa melayu",
        "tiếng việt",
        "vietnamese",
        "ελληνικά",
        "greek",
        "עברית",
        "hebrew",
    )
)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def detach(element: HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


PULL_QUOTE_FRAMES = frozenset(("aside", "figure"))
ATTRIBUTION_TAGS = frozenset(("cite", "footer"))


def unframe_pull_quotes(quotes: list[HtmlElement]) -> None:
    """Set the page's pull quotes (``quotes``: its ``blockquote`` elements) as plain block
    quotes between the body's paragraphs, each followed by its attribution as a paragraph.

    A pull quote is framed as an aside or a picture-less figure that holds nothing but the
    quote; as a frame it would be read as a fact box or a caption, and the quote is text the
    story shows (often a sentence of it again). The ``cite`` or ``footer`` closing a quote is
    who said it, not the end of its last sentence.
    """
    for quote in quotes:
        frame = quote.getparent()
        if (
            frame is not None
            and frame.tag in PULL_QUOTE_FRAMES
            and len(frame) == 1
            and not (frame.text or "").strip()
            and not (quote.tail or "").strip()
            and frame.getparent() is not None
        ):
            quote.tail = frame.tail
            frame.getparent().replace(frame, quote)
        last = quote[-1] if len(quote) else None
        if (
            last is not None
            and last.tag in ATTRIBUTION_TAGS
            and _clean(last.text_content())
            and not (last.tail or "").strip()
            and quote.getparent() is not None
        ):
            quote.remove(last)
            last.tag = "p"
            last.attrib.clear()
            last.tail = quote.tail
            quote.tail = None
            quote.addnext(last)


def _class_of(element: HtmlElement) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}"


def split_credit(text: str) -> Caption:
    """A caption with its photo credit split off (marked by a label or an agency name)."""
    text = _clean(text)
    for pattern in (LABELLED_CREDIT, AGENCY_CREDIT):
        match = pattern.search(text)
        if match and match.start("credit") > 0:
            cut = match.start() if pattern is LABELLED_CREDIT else match.start("credit")
            caption = text[:cut].strip(" |-–—/")
            if caption:
                return Caption(text=caption, credit=match.group("credit").strip(" .()"))
    return Caption(text=text)


PICTURE_CLASS = re.compile(r"image|img|photo|picture|media|video|gallery", re.IGNORECASE)


def _is_by_a_picture(node: HtmlElement) -> bool:
    """Whether a caption-classed block sits in a figure or next to an image or video, or is
    marked as a picture's caption (the picture itself may still be a lazy-load placeholder)."""
    if PICTURE_CLASS.search(_class_of(node)) or node.xpath("ancestor::figure"):
        return True
    parent = node.getparent()
    scope = parent.getparent() if parent is not None and parent.getparent() is not None else parent
    return scope is not None and bool(scope.xpath(".//img | .//picture | .//video"))


_FIGCAPTIONS = etree.XPath("//figcaption")
# Containers a "caption" class never makes a caption of.
_NEVER_CAPTIONS = frozenset(("body", "article", "main", "html"))


def _caption_nodes(tree: HtmlElement) -> list[HtmlElement]:
    """The page's figure captions and the elements with a "caption" (or "Caption") class
    outside them, in page order: the XPath saying the same tests each element's class in C
    but still costs half as much again as this walk."""
    found = []
    for element in tree.iter(etree.Element):
        if element.tag == "figcaption":
            found.append(element)
            continue
        marks = element.get("class")
        if (
            marks is not None
            and ("caption" in marks or "Caption" in marks)
            and element.tag not in _NEVER_CAPTIONS
            and next(element.iterancestors("figcaption"), None) is None
        ):
            found.append(element)
    return found


def take_captions(tree: HtmlElement, marks: str | None = None) -> list[Caption]:
    """Captions of figures (and caption-classed blocks), removed from the tree, each once.

    ``marks``, the page's class and id values, tell when no class names a caption and
    figures' captions are all there is to find."""
    captions: list[Caption] = []
    seen: set[str] = set()
    if marks is None or "caption" in marks or "Caption" in marks:
        nodes = _caption_nodes(tree)
    else:
        nodes = _FIGCAPTIONS(tree)
    for node in nodes:
        if node.getparent() is None or node.xpath("ancestor::figcaption"):
            continue
        if node.tag != "figcaption" and not _is_by_a_picture(node):
            continue  # a "caption" class on text that captions no picture (a dek, a teaser)
        credit_nodes = [
            c
            for c in node.iter()
            if c is not node and any(k in (c.get("class") or "").lower() for k in CREDIT_CLASSES)
        ]
        credit = _clean(" ".join(c.text_content() for c in credit_nodes)) or None
        for credit_node in credit_nodes:
            if credit_node.getparent() is not None:
                detach(credit_node)
        text = _clean(node.text_content())
        if not text or len(text) > 1000:
            continue
        caption = split_credit(text) if credit is None else Caption(text=text, credit=credit)
        if caption.credit:
            caption.credit = re.sub(
                r"^(?:Photo|Credit|Image|Picture)s?\s*:\s*", "", caption.credit, flags=re.IGNORECASE
            ).strip(" .")
        key = caption.text.lower()
        if key not in seen:
            seen.add(key)
            captions.append(caption)
        detach(node)
    for node in _italic_lines_under_pictures(tree):
        caption = split_credit(node.text_content())
        if caption.text and caption.text.lower() not in seen:
            seen.add(caption.text.lower())
            captions.append(caption)
        detach(node)
    return captions


# An italic line under a picture is its caption only when it is this short.
ITALIC_CAPTION_MAX_CHARS = 300


def _italic_lines_under_pictures(tree: HtmlElement) -> list[HtmlElement]:
    """Paragraphs set wholly in italics right under a block that is only a picture: the
    caption of blog and magazine templates that have no figure markup."""
    found = []
    for node in tree.xpath("//p[count(*) = 1][em or i]"):
        italic = node[0]
        if (node.text or "").strip() or (italic.tail or "").strip():
            continue
        text = _clean(italic.text_content())
        if not text or len(text) > ITALIC_CAPTION_MAX_CHARS:
            continue
        previous = node.getprevious()
        if previous is not None and _is_picture_only(previous):
            found.append(node)
    return found


def _is_picture_only(element: HtmlElement) -> bool:
    """Whether a block shows a picture and no text (an image, maybe inside a link)."""
    if element.tag in ("img", "picture"):
        return True
    return bool(element.xpath(".//img | .//picture")) and not _clean(element.text_content())


def _heading_of(box: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    for node in box.iter("h1", "h2", "h3", "h4", "h5", "h6", "header", "strong", "b", "dt"):
        text = _clean(node.text_content())
        if text and len(text) < 120:
            return text, node
    for node in box.iter():
        if "title" in (node.get("class") or "").lower() and _clean(node.text_content()):
            return _clean(node.text_content()), node
    return None, None


def _decoded_title(text: str | None) -> str | None:
    if not text:
        return None
    decoded = _clean(unquote(text)) if PERCENT_ESCAPE.search(text) else _clean(text)
    return decoded or None


def _link_density(element: HtmlElement) -> float:
    total = len(_clean(element.text_content())) or 1
    linked = sum(len(_clean(a.text_content())) for a in element.iter("a"))
    return linked / total


def _percent_widgets(tree: HtmlElement) -> list[Widget]:
    """Widgets whose HTML is carried URL-encoded in an attribute or a text node."""
    widgets: list[Widget] = []
    for element in tree.xpath("//body//*[@*[contains(., '%3C') or contains(., '%3c')]]"):
        if element.getparent() is None:
            continue
        for name, value in element.attrib.items():
            if name in ("href", "src") or not PERCENT_HTML.search(value):
                continue
            title = next(
                (element.get(k) for k in element.attrib if "title" in k or "heading" in k), None
            )
            if title is None:
                title, _ = _heading_of(element)
            widgets.append(
                Widget(title=_decoded_title(title), raw=value.strip(), encoding="percent")
            )
        if widgets and element.getparent() is not None and element.tag not in ("body", "article"):
            detach(element)
    for text in tree.xpath("//body//text()[contains(., '%3C') or contains(., '%3c')]"):
        holder = text.getparent()
        if holder is None or holder.getparent() is None or holder.tag in ("script", "style"):
            continue
        payload = _clean(str(text))
        if not PERCENT_HTML.search(payload) or len(PERCENT_ESCAPE.findall(payload)) < 3:
            continue
        box = holder
        # climb to the element that also holds the widget's title, if it is small
        while box.getparent() is not None and box.getparent().tag not in (
            "body",
            "article",
            "main",
            "section",
        ):
            parent = box.getparent()
            if len(_clean(parent.text_content())) > len(payload) + 200:
                break
            box = parent
        title_text = None
        for node in box.iter():
            candidate = _clean(node.text) if node is not holder else ""
            if candidate and candidate != payload and not PERCENT_HTML.search(candidate):
                title_text = candidate
                break
        if title_text is None:
            previous = box.getprevious()
            if previous is not None and len(_clean(previous.text_content())) < 120:
                title_text = _clean(previous.text_content()) or None
                if title_text:
                    detach(previous)
        widgets.append(Widget(title=_decoded_title(title_text), raw=payload, encoding="percent"))
        detach(box)
    return widgets


CLASS_AND_ID_VALUES = etree.XPath("//body//@class | //body//@id", smart_strings=False)
_ALL_CLASS_AND_ID_VALUES = etree.XPath("//@class | //@id", smart_strings=False)
_ASIDES = etree.XPath("//body//aside")
# Every FACT_BOX_CLASS match holds one of these words.
_FACT_BOX_WORDS = ("box", "fact", "glance", "callout", "pull", "tape")


def class_and_id_text(tree: HtmlElement) -> str:
    """Every class and id value of the page, one a line: read once, it tells the passes that
    look for a marked element whether any can be there (elements are only removed after, so
    what is absent here is absent later too), and spares them a walk of the whole tree."""
    return "\n".join(_ALL_CLASS_AND_ID_VALUES(tree))


def search_marks(
    pattern: re.Pattern[str], twin: re.Pattern[str], marks: str, lowered: str | None = None
) -> bool:
    """Whether a case-blind class pattern matches in a page's class and id values.

    ``twin`` is the pattern made by ``lower_case_twin``, for lower-cased text: Python's regex
    engine scans several times faster without the case-blind flag, and on ASCII text (all but
    a few pages' class names) lower-casing is all the case folding there is. ``lowered`` is
    the values lower-cased, if at hand.
    """
    if marks.isascii():
        return twin.search("\n" + (marks.lower() if lowered is None else lowered)) is not None
    return pattern.search(marks) is not None


_OPENING_BOUNDARY = r"(?:^|[\s_-])"


def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """For ``search_marks``, a case-blind pattern written in lower case that opens with a
    word's start (``_OPENING_BOUNDARY``): without the flag, and opening with a separator
    instead (``search_marks`` puts one before the text), so the engine tries at separators
    only."""
    if not pattern.pattern.startswith(_OPENING_BOUNDARY):
        raise ValueError(f"pattern does not open with {_OPENING_BOUNDARY}")
    rest = pattern.pattern[len(_OPENING_BOUNDARY) :]
    return re.compile(r"[\s_-]" + rest, pattern.flags & ~re.IGNORECASE)


_FACT_BOX_LOWER = lower_case_twin(FACT_BOX_CLASS)


def _may_name_a_fact_box(tree: HtmlElement, marks: str | None = None) -> bool:
    """Whether any class or id in the body names a fact box: one search over all their values
    (a match never spans two values) instead of an element made and searched for each of the
    page's thousands of classed elements, which only a few pages need. ``marks`` are the
    page's values read earlier (``class_and_id_text``), if at hand."""
    values = "\n".join(CLASS_AND_ID_VALUES(tree)) if marks is None else marks
    lowered = values.lower()
    return any(word in lowered for word in _FACT_BOX_WORDS) and search_marks(
        FACT_BOX_CLASS, _FACT_BOX_LOWER, values, lowered
    )


def take_widgets(
    tree: HtmlElement, html: str | None = None, marks: str | None = None
) -> list[Widget]:
    """Fact boxes and embedded widgets, removed from the tree, in page order.

    Given the page's source, the costly search for URL-encoded widgets is skipped when the
    source holds no encoded tag at all; given the page's class and id values
    (``class_and_id_text``), they are not read again.
    """
    may_hold_percent = html is None or PERCENT_LT.search(html) is not None
    widgets = _percent_widgets(tree) if may_hold_percent else []
    if _may_name_a_fact_box(tree, marks):
        boxes = [
            node
            for node in tree.xpath("//body//aside | //body//*[@class or @id]")
            if node.tag == "aside" or FACT_BOX_CLASS.search(_class_of(node))
        ]
    else:
        boxes = _ASIDES(tree)
    for box in boxes:
        if box.getparent() is None or any(box in w for w in boxes if w is not box):
            continue
        text = _clean(box.text_content())
        if (
            not text
            or NOT_A_FACT_BOX.search(_class_of(box))
            or _link_density(box) > 0.5
            or len(text) > 3000
        ):
            if box.tag == "aside":
                detach(box)  # pull quotes, promos and related links: never body text
            continue
        title, heading = _heading_of(box)
        if heading is not None and heading.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "header"):
            detach(heading)
        raw = (
            "".join(tostring(child, encoding="unicode", with_tail=True) for child in box).strip()
            or text
        )
        if box.text and box.text.strip():
            raw = box.text.strip() + raw
        widgets.append(Widget(title=title, raw=raw, encoding="html"))
        detach(box)
    return widgets


_LANGUAGE_CONTAINERS = etree.XPath(
    "//body//*[contains(@class, 'lang') or contains(@id, 'lang')][not(self::html or self::body)]"
)


def take_language_switcher(tree: HtmlElement, marks: str | None = None) -> list[str]:
    """Language names offered by a visible switcher, which is removed from the tree.

    ``marks``, the page's class and id values, spare the search of every element on the
    many pages where none of them says 'lang'."""
    offered: list[str] = []
    may_hold = marks is None or "lang" in marks
    containers = _LANGUAGE_CONTAINERS(tree) if may_hold else []
    for container in containers:
        if container.getparent() is None:
            continue
        names = [
            _clean(item.text_content()) for item in container.iter("a", "li", "option", "button")
        ]
        names = [n for n in names if n.lower() in LANGUAGE_NAMES]
        switcher_only = len(_clean(container.text_content())) <= sum(map(len, set(names))) + 40
        if len(set(names)) >= 2 and switcher_only:
            for name in names:
                if name not in offered:
                    offered.append(name)
            detach(container)
    if not offered:
        for anchor in tree.xpath("//body//a[@hreflang]"):
            name = _clean(anchor.text_content())
            if name.lower() in LANGUAGE_NAMES and name not in offered:
                offered.append(name)
    return offered

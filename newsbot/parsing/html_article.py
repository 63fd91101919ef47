"""Article extraction from one HTML page: metadata, body blocks, captions and widgets.

The page is parsed once with lxml. Metadata is read from that tree first; then captions, fact
boxes, encoded widgets and language switchers are taken out of it so they can never leak into
the body; then trafilatura (in precision mode, which suits news pages) finds the body in what
is left. Its output is cleaned of the lines news templates put around articles (headline
repeats, "Updated:" lines, newsletter and follow prompts, related-link runs) and, when the page
carries a JSON-LD ``articleBody``, checked against it.
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from urllib.parse import urlsplit

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring
from trafilatura.settings import Extractor
from w3lib.html import remove_tags, replace_entities

from newsbot.items import Block, BlockKind, ParsedArticle
from newsbot.parsing import html_meta, html_parts

# Larger inputs are cut: no news article needs more, and parse time grows with size.
MAX_HTML_CHARS = 4_000_000
WORD = re.compile(r"\w+")
# Template lines, one alternative each: those read from the line's start...
_ANCHORED_BOILERPLATE = (
    r"(?:last\s+)?(?:updated|modified)(?:\s+on|\s+at)?\s*[:\-–]?\s*.{0,40}\d.{0,30}$"
    r"|(?:related|read more|read also|also read|see more|see also|more on this|don'?t miss"
    r"|recommended|watch|listen|more from [\w ]+|editor'?s picks?"
    # the same teaser labels in the languages news sites most often mix into English pages
    r"|lee también|lea también|más información|lire aussi|à lire aussi|voir aussi"
    r"|lesen sie auch|mehr zum thema|leia também|leggi anche|czytaj (?:także|też)"
    r"|читайте также|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا)\s*[:|»>-].{0,200}$"
    r"|(?:related( stories| articles| coverage| links| news| posts| content)?|read more"
    r"|see more|don'?t miss|advertisement|story continues below|continue reading"
    r"|share this article|you may also like|more stories|most read|trending"
    r"|(?:\d+\s+)?comments?|tell us what you think|leave a (?:comment|reply)"
    r"|join the (?:discussion|conversation)|have your say)\W*$"
    r"|\[(?P<shortcode>\w+)\b[^\]]*\].{0,200}\[/(?P=shortcode)\]$"
    r"|(?:related|more|also|see also|read more|source|sources)\s*:?\s*$"
    r"|(?:filed under|tags|topics|categories)\s*:.{0,200}$"
    r"|follow (?:us|\w+ \w+|\w+|(?:\w+ ){0,2}\w+['’]s [\w ]{0,60}) (?:on|at) .{0,160}$"
    r"|(?:source|sources)\s*:\s*.{1,80}$"
    r"|(?:additional reporting|reporting|editing|writing) by\s.{1,80}$"
    r"|(?:©|copyright\b).{0,60}\b(?:19|20)\d{2}\b.{0,60}$"
    r"|@\w{2,30}\W{0,2}$"
    r"|if you (?:enjoyed|liked|value|appreciate[d]?) (?:this|our) (?:article|story|journalism)\b.*$"
)
# ... and those that may find their words anywhere in it, tried at every character: each
# needs one of _SCANNED_BOILERPLATE_WORDS, so a line without any is spared them (they were
# most of the test's cost, on every paragraph of every page).
_SCANNED_BOILERPLATE = (
    r".{0,40}\b(?:\d+\s*min(?:ute)?s?\s+read|reading time|tempo de leitura|lesezeit)\b.{0,20}$"
    r"|(?:by\s+)?[\w ,-]{0,30}\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?[\w ,/]{0,40}$"
    r"|.{0,160}\b(?:sign up|subscribe|subscribing)\b.{0,160}(?:newsletter|inbox)\b.{0,80}$"
    r"|.{0,160}\b(?:newsletters?|inbox)\b.{0,160}(?:sign up|subscribe|subscribing)\b.{0,80}$"
    r"|.{0,200}\bfollow (?:him|her|them|us|me) on"
    r" (?:twitter|facebook|instagram|linkedin)\b.{0,160}$"
    r"|.{0,60}\bmay be reached at\b.{0,200}$"
    r"|.{0,160}©.{0,100}$"
    r"|(?=.{0,200}(?:©|\bcopyright\b)).{0,200}\ball rights reserved\b.{0,300}$"
    r"|[\w ,.\-/]{0,50}\b(?:19|20)\d{2}\b[\w ,.\-/]{0,12}\b\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$"
)
# Words one of which each scanning alternative needs, as they read in a lower-cased line;
# the others need a colon (a time) or "©".
_SCANNED_BOILERPLATE_WORDS = (
    "read",
    "tempo de leitura",
    "lesezeit",
    "newsletter",
    "inbox",
    "follow ",
    "may be reached at",
    "all rights reserved",
)
# The only letters the case-blind flag takes for ASCII ones ("i", "i", "s") that lower() does
# not turn into them: a line holding one is searched in full.
_FOLDED_AS_ASCII = ("İ", "ı", "ſ")
BOILERPLATE_LINE = re.compile(
    rf"^(?:{_ANCHORED_BOILERPLATE}|{_SCANNED_BOILERPLATE})", re.IGNORECASE
)
_ANCHORED_BOILERPLATE_LINE = re.compile(rf"^(?:{_ANCHORED_BOILERPLATE})", re.IGNORECASE)
_SCANNED_BOILERPLATE_LINE = re.compile(rf"^(?:{_SCANNED_BOILERPLATE})", re.IGNORECASE)
# Sales pitches the publisher puts in or under the story, however long: an offer to join or
# subscribe (an imperative, the product, then a price, a code or a "click here"), a "listen
# live" prompt, or an appeal that opens with the reader's liking of the article.
PROMOTION_LINE = re.compile(
    r"^(?:"
    r"if you (?:enjoyed|liked|value|appreciate[d]?) (?:this|our) (?:article|story|journalism)\b"
    r"|(?=(?:get|subscribe|join|become|try|start|sign up|order)\b)"
    r"(?=.{0,400}?\b(?:subscri|issues\b|membership|members\b|digital access\b))"
    r"(?=.{0,600}?(?:[$£€¥₹]\s?\d|\b(?:rs|inr|usd|eur|gbp|chf)\.?\s?\d|\bclick here\b"
    r"|\buse (?:the )?(?:promo )?code\b|\bfree trial\b))"
    r"|(?:listen|tune in)\b.{0,60}\blive\b.{0,120}$"
    r")",
    re.IGNORECASE | re.DOTALL,
)
PROMOTION_MAX_CHARS = 800
# The button that "tweetable quote" plugins put after a quoted line, run into its text.
TWEET_BUTTON = re.compile(r"\s*\b(?:click to tweet|tweet this(?: quote)?)\W*$", re.IGNORECASE)
SUBHEAD_MAX_CHARS = 120
# A line this much link text is a link (a teaser title with a "[VIDEO]" tag is still one).
LINK_LINE_SHARE = 0.75
# A short line without a full stop right before a run of links is the run's label.
RUN_LABEL_MAX_CHARS = 40

log = logging.getLogger(__name__)
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def _clean(text: str | None) -> str:
    return " ".join((text or "").split())


def _tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


def is_boilerplate_line(text: str) -> bool:
    """Whether a line is template text (``BOILERPLATE_LINE`` matches it), at a fraction of
    the cost: the alternatives that scan the whole line only run on a line that holds a word
    one of them needs."""
    if _ANCHORED_BOILERPLATE_LINE.match(text) is not None:
        return True
    if (
        ":" not in text
        and "©" not in text
        and (text.isascii() or not any(c in text for c in _FOLDED_AS_ASCII))
    ):
        lowered = text.lower()
        if not any(word in lowered for word in _SCANNED_BOILERPLATE_WORDS):
            return False
    return _SCANNED_BOILERPLATE_LINE.match(text) is not None


def _parse_tree(html: str, warnings: list[str]) -> HtmlElement | None:
    """Parse the page; a document deeper than libxml2's limit is cut there, with a warning."""
    parser = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    # One element class for every tag, looked up in C: lxml.html's own lookup is a Python call
    # per element touched (for form classes nothing here uses), about 7% of an extraction.
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=HtmlElement))
    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        tree = document_fromstring(cleaned, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any("depth" in str(entry.message).lower() for entry in parser.error_log):
        warnings.append("page nested too deeply: content below the parser's depth limit was lost")
    return tree


def _lines(element: etree._Element, skip: str = "") -> list[tuple[str, float, str]]:
    """An element's text split at its line breaks (``<lb/>``), each line whitespace-cleaned,
    with the share of its characters that are link text (``<ref>``) and the text of the link
    it opens with ("" when it opens with plain text).

    Children tagged ``skip`` are left out (a nested list's items, taken on their own)."""
    parts: list[list[str]] = [[]]
    linked = [0]
    opening_links = [""]

    def add(text: str | None, in_link: bool) -> None:
        for number, piece in enumerate((text or "").split("\n")):
            if number:
                parts.append([])
                linked.append(0)
                opening_links.append("")
            parts[-1].append(piece)
            if in_link:
                linked[-1] += len("".join(piece.split()))

    def walk(node: etree._Element, in_link: bool) -> None:
        add(node.text, in_link)
        for child in node:
            if child.tag == "lb" or child.tag == skip:
                add("\n", False)
            elif isinstance(child.tag, str):
                if child.tag == "ref" and not in_link and not "".join(parts[-1]).strip():
                    opening_links[-1] = _clean("".join(child.itertext()))
                walk(child, in_link or child.tag == "ref")
                if child.tag == "ref" and _glued(child):
                    add(" ", in_link)
            add(child.tail, in_link)

    walk(element, False)
    lines = []
    for pieces, link_chars, opening in zip(parts, linked, opening_links, strict=True):
        line = _clean("".join(pieces))
        if line:
            share = min(1.0, link_chars / (len("".join(line.split())) or 1))
            lines.append((line, share, opening))
    return lines


def _glued(ref: etree._Element) -> bool:
    """Whether a link's text runs straight into a word after it: the extractor drops the space
    that separates a link from the text that follows it in some markups."""
    text = "".join(ref.itertext())
    tail = ref.tail or ""
    return bool(text and tail) and text[-1].isalnum() and tail[0].isalpha()


def _page_links(tree: HtmlElement) -> tuple[set[str], dict[str, list[HtmlElement]], int]:
    """The page's links: their normalised texts (to recognise body blocks that are only a
    link), the links by their text (to find the paragraph a link sits in), and the words of
    link text (for ``_prose_words``, which would read every link's text again)."""
    keys: set[str] = set()
    by_text: dict[str, list[HtmlElement]] = {}
    linked_words = 0
    for anchor in tree.iter("a"):
        text = anchor.text_content()
        if len(key := " ".join(_tokens(text))) >= 12:
            keys.add(key)
        words = text.split()
        linked_words += len(words)
        by_text.setdefault(" ".join(words), []).append(anchor)
    return keys, by_text, linked_words


# Elements that close a paragraph: a link's paragraph is its nearest ancestor of these.
PARAGRAPH_TAGS = frozenset(
    (
        "p",
        "div",
        "li",
        "blockquote",
        "td",
        "dd",
        "section",
        "article",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "body",
    )
)
PARAGRAPH_MAX_CHARS = 2000


def _squash(text: str) -> str:
    return "".join(text.split())


def _paragraph_of(anchor: HtmlElement) -> HtmlElement | None:
    """The paragraph a link sits in, if it is a plain one (no blocks inside, not too long)."""
    node = anchor.getparent()
    while node is not None and node.tag not in PARAGRAPH_TAGS:
        node = node.getparent()
    if node is None or node.tag in ("body", "section", "article"):
        return None
    if any(
        child.tag in PARAGRAPH_TAGS or child.tag in ("ul", "ol", "table", "br")
        for child in node.iterdescendants()
    ):
        return None
    return node


def _repair_cut_paragraphs(
    blocks: list[Block],
    link_led: list[tuple[Block, str]],
    links_by_text: dict[str, list[HtmlElement]],
) -> tuple[list[Block], list[Block]]:
    """Put back whole the paragraphs the extractor cut at a link.

    In some markups the extractor keeps a paragraph only from one of its links on. When a
    kept block opens with a link, and the link's paragraph in the page holds the block's text
    and more, the block becomes that paragraph; the other pieces of the same paragraph go.
    Gives the blocks and the link-led blocks left as they were.
    """
    replaced: dict[int, Block] = {}
    used: set[HtmlElement] = set()
    drop: set[int] = set()
    unchanged: list[Block] = []
    position = {id(block): index for index, block in enumerate(blocks)}
    for block, opening in link_led:
        index = position.get(id(block))
        piece = _squash(block.text)
        whole = None
        for anchor in links_by_text.get(opening, ()):
            paragraph = _paragraph_of(anchor)
            if paragraph is None:
                continue
            text = _clean(paragraph.text_content())
            if (
                len(text) <= PARAGRAPH_MAX_CHARS
                and piece in _squash(text)
                and (len(_squash(text)) > len(piece))
            ):
                whole = (paragraph, text)
                break
        if index is None or whole is None:
            unchanged.append(block)
            continue
        if whole[0] in used:
            drop.add(index)
            continue
        used.add(whole[0])
        replaced[index] = Block("paragraph", whole[1])
        before = index - 1
        if (
            before >= 0
            and blocks[before].kind == "paragraph"
            and (_squash(blocks[before].text) in _squash(whole[1]))
        ):
            drop.add(before)
    if not replaced and not drop:
        return blocks, unchanged
    repaired = [replaced.get(i, b) for i, b in enumerate(blocks) if i not in drop]
    return repaired, unchanged


def _block_texts(
    body: etree._Element, link_texts: set[str]
) -> tuple[list[Block], set[int], list[tuple[Block, str]]]:
    """Paragraph and heading blocks, in order, from trafilatura's XML body.

    Also gives the indexes of blocks that are nothing but a link: runs of them are the
    "related stories" lists templates put inside articles.
    """
    blocks: list[Block] = [Block("paragraph", line) for line in _lines_of_text(body.text)]
    all_link: set[int] = set()
    link_led: dict[int, str] = {}

    def add(element: etree._Element, kind: BlockKind = "paragraph", skip: str = "") -> None:
        for line, link_share, opening in _lines(element, skip):
            if link_share >= LINK_LINE_SHARE or " ".join(_tokens(line)) in link_texts:
                all_link.add(len(blocks))
            elif opening and kind == "paragraph":
                link_led[len(blocks)] = opening
            blocks.append(Block(kind, line))

    for element in body:
        tag = element.tag
        if tag == "head":
            add(element, "heading")
        elif tag == "list":
            for item in element.iter("item"):
                add(item, skip="list")  # a nested list's items come next, each on its own
        elif tag == "table":
            for row in element.iter("row"):
                text = _clean(" ".join(_clean("".join(c.itertext())) for c in row))
                if text:
                    blocks.append(Block("paragraph", text))
        elif tag not in ("graphic", "lb"):
            add(element)
        blocks.extend(Block("paragraph", line) for line in _lines_of_text(element.tail))
    return blocks, all_link, [(blocks[i], link) for i, link in sorted(link_led.items())]


def _drop_link_runs(blocks: list[Block], all_link: set[int], min_run: int = 3) -> list[Block]:
    """Remove runs of short link blocks (and the heading or label that introduces such a run):
    the "related stories" and "don't miss" lists templates put inside articles."""
    drop: set[int] = set()
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and end in all_link and len(blocks[end].text) <= 200:
            end += 1
        if end - index >= min_run:
            drop.update(range(index, end))
            label = blocks[index - 1] if index > 0 else None
            if label is not None and (
                label.kind == "heading"
                or (len(label.text) <= RUN_LABEL_MAX_CHARS and label.text[-1] not in '.!?"”')
            ):
                drop.add(index - 1)
        index = max(end, index + 1)
    return [b for i, b in enumerate(blocks) if i not in drop]


def _lines_of_text(text: str | None) -> list[str]:
    return [line for line in (_clean(x) for x in (text or "").split("\n")) if line]


def _shingles(tokens: list[str], size: int = 4) -> set[tuple[str, ...]]:
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def _check_against_article_body(blocks: list[Block], article_body: str) -> list[Block]:
    """Drop blocks absent from a JSON-LD articleBody that covers the rest of the extraction.

    Only trusted when it is clearly the whole text: many sites put a teaser there instead.
    """
    plain = _clean(replace_entities(remove_tags(article_body)))
    reference = _shingles(_tokens(plain))
    if not reference:
        return blocks
    covered: list[bool] = []
    for block in blocks:
        shingles = _shingles(_tokens(block.text))
        covered.append(bool(shingles) and len(shingles & reference) >= 0.5 * len(shingles))
    covered_chars = sum(len(b.text) for b, c in zip(blocks, covered, strict=True) if c)
    total_chars = sum(len(b.text) for b in blocks) or 1
    if covered_chars < 0.8 * total_chars:
        return blocks
    return [b for b, c in zip(blocks, covered, strict=True) if c or b.kind == "heading"]


def _microdata_body_lines(tree: HtmlElement) -> list[str]:
    """Lines of the element the page marks as its article body (schema.org microdata; an
    itemprop may name several properties, as Blogger's "description articleBody")."""
    marked = tree.xpath(
        "//body//*[contains(concat(' ', normalize-space(@itemprop), ' '), ' articleBody ')]"
    )
    if len(marked) != 1:
        return []
    element = marked[0]
    for node in element.iter():
        # a line break in the source is a space; only block elements break lines
        if node.text and "\n" in node.text:
            node.text = node.text.replace("\n", " ")
        if node is not element and node.tail and "\n" in node.tail:
            node.tail = node.tail.replace("\n", " ")
        if node is not element and node.tag in BLOCK_BREAK_TAGS:
            node.tail = "\n" + (node.tail or "")
            node.text = "\n" + (node.text or "")
    return _lines_of_text(element.text_content())


BLOCK_BREAK_TAGS = frozenset(
    ("br", "p", "div", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "table", "tr")
)


def restore_from_marked_body(blocks: list[Block], reference_lines: list[str]) -> list[Block]:
    """Add the lines of the page's marked article body that the extraction lost.

    Only when the extraction is itself almost all inside the marked body (so both agree on
    what the story is) and the marked body is clearly longer: a teaser never adds anything.
    """
    if not reference_lines:
        return blocks
    reference_shingles = [_shingles(_tokens(line)) for line in reference_lines]
    everything = set().union(*reference_shingles) if reference_shingles else set()
    block_shingles = [_shingles(_tokens(b.text)) for b in blocks]
    extracted = set().union(*block_shingles) if block_shingles else set()
    if not everything or not extracted:
        return blocks
    if len(extracted & everything) < 0.9 * len(extracted) or len(everything) < 1.2 * len(extracted):
        return blocks
    restored: list[Block] = []
    position = 0  # the blocks already placed, in order
    for line, shingles in zip(reference_lines, reference_shingles, strict=True):
        if len(shingles & extracted) >= 0.5 * len(shingles):
            while position < len(blocks) and not (block_shingles[position] & shingles):
                restored.append(blocks[position])
                position += 1
            if position < len(blocks):
                restored.append(blocks[position])
                position += 1
        elif len(_tokens(line)) >= 4 and not is_boilerplate_line(line):
            restored.append(Block("paragraph", line))
    restored.extend(blocks[position:])
    return restored


def _drop_boilerplate(blocks: list[Block], title: str | None, captions: set[str]) -> list[Block]:
    """Remove template lines news pages put in and around the article text."""
    title_key = " ".join(_tokens(title or ""))
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        if "weet" in block.text[-24:].lower() and (button := TWEET_BUTTON.search(block.text)):
            block = Block(block.kind, block.text[: button.start()])
        lowered = block.text.lower()
        if WORD.search(lowered) is None:
            continue
        # the key (its words) is only made when there is a headline or caption to compare
        key = " ".join(WORD.findall(lowered)) if captions or (index < 2 and title_key) else ""
        if index < 2 and title_key and key == title_key:
            continue  # the headline repeated at the top of the body
        if key in captions and not _is_opening_sentence(block, kept):
            continue
        if len(block.text) < 300 and is_boilerplate_line(block.text):
            continue
        if len(block.text) < PROMOTION_MAX_CHARS and PROMOTION_LINE.match(block.text):
            continue
        if html_parts.PERCENT_HTML.search(block.text):
            continue
        kept.append(block)
    # a heading left with nothing under it closed a dropped block (related links, prompts)
    while kept and kept[-1].kind == "heading":
        kept.pop()
    seen: set[str] = set()
    unique: list[Block] = []
    for block in kept:
        if block.kind == "paragraph" and len(block.text) >= 80 and block.text in seen:
            continue  # a repeated short line (a recipe's "1 cup rice") is not a duplicate
        seen.add(block.text)
        unique.append(block)
    return unique


# An opening paragraph this long that a page also shows as a caption is the story's own.
OPENING_SENTENCE_MIN_WORDS = 12


def _is_opening_sentence(block: Block, kept: list[Block]) -> bool:
    """Whether a block is the story's first paragraph and a whole sentence: templates often
    reuse the opening paragraph as the lead picture's caption, which leaves it body text."""
    return (
        block.kind == "paragraph"
        and not any(b.kind == "paragraph" for b in kept)
        and len(_tokens(block.text)) >= OPENING_SENTENCE_MIN_WORDS
        and block.text[-1:] in SENTENCE_ENDS
    )


STANDFIRST_CLASS = re.compile(
    r"deck|\bdek\b|standfirst|subline|sub-?head|summary|excerpt|teaser|lede|intro|sub-?title"
    r"|strapline|kicker|description",
    re.IGNORECASE,
)


def _drop_headline_and_standfirst(blocks: list[Block], tree: HtmlElement) -> list[Block]:
    """Remove headings that open the body before any paragraph when the page shows them as its
    headline (an ``<h1>``) or marks them as the standfirst under it: neither is article text,
    and the headline is stored as the title already."""
    leading = 0
    while leading < len(blocks) and blocks[leading].kind == "heading":
        leading += 1
    if not leading:
        return blocks
    wanted = {block.text for block in blocks[:leading]}
    drop: set[str] = set()
    for element in tree.iter("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span"):
        if element.tag != "h1" and not STANDFIRST_CLASS.search(
            f"{element.get('class') or ''} {element.get('id') or ''}"
        ):
            continue
        text = _clean(element.text_content())
        if text in wanted:
            drop.add(text)
    return [b for i, b in enumerate(blocks) if i >= leading or b.text not in drop]


# How many elements after the headline (or its block) a standfirst may come: kicker, byline.
STANDFIRST_SIBLINGS = 3


def _drop_described_standfirst(
    blocks: list[Block], tree: HtmlElement, descriptions: list[str]
) -> list[Block]:
    """Remove an opening paragraph that is the standfirst: set just after the headline (or the
    block holding it), with no paragraph after it there, and given by the page as its summary.
    Many pages also give the story's first paragraph as their summary, but that one sits among
    the story's other paragraphs, not on its own under the headline."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), None)
    if first is None or blocks[first].text not in descriptions:
        return blocks
    text = blocks[first].text
    for h1 in tree.iter("h1"):
        for node in (h1, h1.getparent()):
            if node is None:
                continue
            for count, sibling in enumerate(node.itersiblings()):
                if count >= STANDFIRST_SIBLINGS:
                    break
                if not isinstance(sibling.tag, str) or _clean(sibling.text_content()) != text:
                    continue
                if any(later.tag == "p" for later in sibling.itersiblings()):
                    return blocks
                return blocks[:first] + blocks[first + 1 :]
    return blocks


# An interview's question, set as a heading: "Q: ...", "Question: ...".
QUESTION_LEAD = re.compile(
    r"^(?:q|question|frage|pregunta|pergunta|domanda)\s*[:.)\u2013\u2014-]\s*\w", re.IGNORECASE
)
# A sentence this long ending in a full stop is prose, whatever tag it is set in.
PROSE_HEADING_MIN_WORDS = 6
PROSE_ENDS = (".", "!", '."', ".\u201d", '!"', "!\u201d", ".'", ".\u2019")


def _prose_headings_as_paragraphs(blocks: list[Block]) -> list[Block]:
    """Turn headings that read as prose into paragraphs: a section title has no full stop, so a
    sentence in a heading tag is a line set large for emphasis, and an interview's questions
    ("Q: ...") are the interviewer's lines of the text, not titles of sections."""
    changed = False
    result: list[Block] = []
    for block in blocks:
        text = block.text
        if block.kind == "heading" and (
            QUESTION_LEAD.match(text)
            or (
                text.endswith(PROSE_ENDS)
                and not text.endswith("..")
                and len(_tokens(text)) >= PROSE_HEADING_MIN_WORDS
            )
        ):
            block = Block("paragraph", text)
            changed = True
        result.append(block)
    return result if changed else blocks


# A line that only gives a way to reach someone: "Email: ...", "Telephone: 020 ...".
CONTACT_LINE = re.compile(
    r"^(?:e-?mail|tel(?:ephone)?|phone|fax|mobile|whatsapp)\s*:\s*\S", re.IGNORECASE
)


def _drop_closing_contact_lines(blocks: list[Block]) -> list[Block]:
    """Remove the contact lines that close a body (and the heading over them): a press
    office's "Media enquiries" block or a desk's e-mail address is how to reach the writers,
    not what they wrote."""
    end = len(blocks)
    while (
        end
        and blocks[end - 1].kind == "paragraph"
        and CONTACT_LINE.match(blocks[end - 1].text) is not None
    ):
        end -= 1
    if end == len(blocks) or not any(b.kind == "paragraph" for b in blocks[:end]):
        return blocks
    if blocks[end - 1].kind == "heading":
        end -= 1
    return blocks[:end]


FRAGMENT_MIN_CHARS = 15


def _drop_fragments(blocks: list[Block], link_led: list[Block]) -> list[Block]:
    """Remove link-led paragraphs whose text is part of a longer kept paragraph (spaces
    aside): the extractor cuts some paragraphs at a link, keeping the piece from the link on,
    and the whole paragraph is put back from the page's markup beside that piece."""
    if not link_led:
        return blocks
    suspects = {id(block) for block in link_led}
    squashed = ["".join(block.text.split()) for block in blocks]
    longest_first = sorted(range(len(blocks)), key=lambda i: -len(squashed[i]))
    drop: set[int] = set()
    for index, text in enumerate(squashed):
        if id(blocks[index]) not in suspects or len(text) < FRAGMENT_MIN_CHARS:
            continue
        for other in longest_first:
            if len(squashed[other]) <= len(text):
                break
            if other not in drop and text in squashed[other]:
                drop.add(index)
                break
    return [b for i, b in enumerate(blocks) if i not in drop]


def _paragraphs_from_markup(html: str) -> list[Block]:
    """Plain ``<p>`` texts found by pattern, for pages the parser could not fully read."""
    blocks = []
    for match in re.finditer(r"<p\b[^>]*>(.*?)</p\s*>", html, re.IGNORECASE | re.DOTALL):
        text = _clean(replace_entities(remove_tags(match.group(1))))
        if len(text) > 20:
            blocks.append(Block("paragraph", text))
    return blocks


HOVER_CARD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:rollover|hover-?card|hover-?box|tooltip|popover|popup)(?:$|[\s_-])",
    re.IGNORECASE,
)


def _drop_hover_cards(tree: HtmlElement) -> None:
    """Remove the pop-up cards that sites nest in a paragraph's links (a person's photo, name
    and latest stories): hidden until hovered, their text would otherwise run into the prose.

    Innermost first, so a wrapper that also holds the linked name itself is kept once the card
    inside it is gone.
    """
    marked = tree.xpath(
        "//body//p//*[@class][contains(@class, 'roll') or contains(@class, 'over')"
        " or contains(@class, 'ooltip') or contains(@class, 'opup') or contains(@class, 'card')]"
    )
    for element in reversed(marked):
        if not HOVER_CARD_CLASS.search(element.get("class") or ""):
            continue
        if element.find(".//img") is not None or len(element.findall(".//a")) >= 2:
            html_parts.detach(element)


# Reader-comment sections as sites writing in other languages name them (the extractor knows
# the English names): Turkish, German and Scandinavian, French, Spanish, Portuguese, Italian,
# Polish, Dutch. Plurals only: a German "Kommentar" or a Turkish "Yorum" is an opinion piece.
FOREIGN_COMMENTS_CLASS = re.compile(
    r"(?:^|[\s_-])(?:yorumlar|kommentare|kommentarer|commentaires|comentarios|"
    r"coment[aá]rios|commenti|komentarze|reacties)(?:$|[\s_-])",
    re.IGNORECASE,
)
_FOREIGN_COMMENTS_LOWER = html_parts.lower_case_twin(FOREIGN_COMMENTS_CLASS)
# Every match of the pattern in lower-case ASCII holds one of these (a name added to the
# pattern goes here too): a page without any is passed over by substring tests alone.
_FOREIGN_COMMENTS_WORDS = (
    "yorumlar",
    "kommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "komentarze",
    "reacties",
)
_CLASSED = etree.XPath("//body//*[@class or @id]")


def _drop_foreign_comment_threads(tree: HtmlElement, marks: str | None = None) -> None:
    """Remove reader-comment sections named in another language: their readers' paragraphs
    read like prose, and a long thread beside a short story can be taken for its body.

    ``marks`` are the page's class and id values read earlier, if at hand."""
    if marks is None:
        marks = "\n".join(html_parts.CLASS_AND_ID_VALUES(tree))
    lowered = marks.lower()
    if marks.isascii() and not any(word in lowered for word in _FOREIGN_COMMENTS_WORDS):
        return
    if not html_parts.search_marks(FOREIGN_COMMENTS_CLASS, _FOREIGN_COMMENTS_LOWER, marks, lowered):
        return
    for element in _CLASSED(tree):
        if element.getparent() is not None and FOREIGN_COMMENTS_CLASS.search(
            f"{element.get('class') or ''} {element.get('id') or ''}"
        ):
            html_parts.detach(element)


TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th")


def _unlay_layout_tables(headlines: list[HtmlElement]) -> None:
    """Turn tables that lay out the page (one of their cells holds a headline, an ``h1`` of
    ``headlines``) into plain containers: read as a table, each cell's text, headline, date
    line and story, is one row, and the rows of the columns beside it join the body."""
    for h1 in headlines:
        table = next(h1.iterancestors("table"), None)
        if table is None:
            continue
        layout = [table]  # its own rows and cells, not those of tables inside them
        for node in table.iter(*TABLE_PARTS):
            if node is not table and next(node.iterancestors("table")) is table:
                layout.append(node)
        for node in layout:
            node.tag = "div"
            for name in ("width", "valign", "cellpadding", "cellspacing", "border"):
                node.attrib.pop(name, None)


# Elements that show a container is laid out in blocks already, not in text between breaks.
LAID_OUT_TAGS = frozenset(
    ("p", "div", "section", "article", "table", "ul", "ol", "h2", "h3", "h4", "blockquote")
)
# Paragraph breaks (two line breaks in a row) a container needs before they are its paragraphs.
LINE_BREAK_PARAGRAPHS_MIN = 3


def _double_break(children: list[HtmlElement], i: int) -> bool:
    child = children[i]
    return (
        child.tag == "br"
        and not (child.tail or "").strip()
        and i + 1 < len(children)
        and children[i + 1].tag == "br"
    )


def _paragraphs_from_line_breaks(breaks: list[HtmlElement]) -> None:
    """Set a story written as text between blank lines (``<br><br>``, old CMSs) as paragraphs.

    As loose text the story is one block with whatever else its table cell holds, headline,
    date line, related links and comments; as paragraphs it is a story container like any.
    ``breaks`` are the page's ``br`` elements."""
    counts: dict[HtmlElement, int] = {}
    for br in breaks:
        following = br.getnext()
        if following is not None and following.tag == "br" and not (br.tail or "").strip():
            parent = br.getparent()
            if parent is not None:
                counts[parent] = counts.get(parent, 0) + 1
    for parent, pairs in counts.items():
        if pairs < LINE_BREAK_PARAGRAPHS_MIN or parent.tag not in ("div", "td", "section"):
            continue
        children = list(parent)
        if any(child.tag in LAID_OUT_TAGS for child in children):
            continue
        paragraph = etree.Element("p")
        paragraph.text = parent.text
        parent.text = None
        paragraphs = [paragraph]
        i = 0
        while i < len(children):
            child = children[i]
            parent.remove(child)
            if _double_break(children, i):
                while _double_break(children, i):  # the text goes on in the last break's tail
                    i += 1
                    parent.remove(children[i])
                paragraph = etree.Element("p")
                paragraph.text = children[i].tail
                children[i].tail = None
                paragraphs.append(paragraph)
            else:
                paragraph.append(child)
            i += 1
        for paragraph in paragraphs:
            if len(paragraph) or (paragraph.text or "").strip():
                parent.append(paragraph)


# A newsletter sign-up box (its title, a line of pitch, the form, small print) is this short.
SIGN_UP_BOX_MAX_WORDS = 60


def _drop_sign_up_boxes(fields: list[HtmlElement]) -> None:
    """Remove newsletter sign-up boxes: the form that asks for an e-mail address with the short
    box around it. Their pitch and small print are written as paragraphs, and a box set after
    the story made what lies between (tags, an author's one-line bio) look like a gap in it.
    ``fields`` are the page's ``input`` elements."""
    for field in [f for f in fields if (f.get("type") or "").lower() == "email"]:
        form = next(field.iterancestors("form"), None)
        if form is None or form.getparent() is None:
            continue
        box = form
        for parent in form.iterancestors():
            if parent.tag in ("body", "main", "article"):
                break
            if len(parent.text_content().split()) > SIGN_UP_BOX_MAX_WORDS:
                break
            box = parent
        html_parts.detach(box)


_RESHAPED_TAGS = ("blockquote", "input", "br", "h1")


def _reshape(tree: HtmlElement) -> None:
    """Set pull quotes, sign-up boxes, stories between line breaks and layout tables the way
    the later passes read a page; the elements each looks at are found in one walk."""
    found: dict[str, list[HtmlElement]] = {tag: [] for tag in _RESHAPED_TAGS}
    for element in tree.iter(*_RESHAPED_TAGS):
        found[element.tag].append(element)
    if found["blockquote"]:
        html_parts.unframe_pull_quotes(found["blockquote"])
    if found["input"]:
        _drop_sign_up_boxes(found["input"])
    if found["br"]:
        _paragraphs_from_line_breaks(found["br"])
    if found["h1"]:
        _unlay_layout_tables(found["h1"])


# A teaser card (a linked headline over a standfirst) is at most this many words long.
TEASER_CARD_MAX_WORDS = 80
# Cards side by side in one container before they count as a rail of other stories.
TEASER_RAIL_MIN_CARDS = 3
_HEADINGS = etree.XPath("count(.//h2 | .//h3 | .//h4)")
_LINKED_HEADINGS = etree.XPath("//body//*[self::h2 or self::h3 or self::h4][.//a or ancestor::a]")


def _linked_headings(tree: HtmlElement) -> list[HtmlElement]:
    """The body's h2-h4 headings that hold a link or sit in one, in page order: found by
    lxml's own walk over those tags, three times cheaper than the XPath's test of every
    element (which is kept for a page with more than one body)."""
    bodies = list(tree.getroottree().getroot().iter("body"))
    if len(bodies) != 1:
        return list(_LINKED_HEADINGS(tree))
    return [
        heading
        for heading in bodies[0].iter("h2", "h3", "h4")
        if heading.find(".//a") is not None or next(heading.iterancestors("a"), None) is not None
    ]


def _same_site(href: str | None, host: str | None) -> bool:
    try:
        target = urlsplit(href or "")
    except ValueError:  # "http://[::1": a broken link leads nowhere on the site
        return False
    return (not target.scheme and not target.netloc) or (host is not None and target.netloc == host)


def _drop_teaser_rails(tree: HtmlElement, url: str | None) -> None:
    """Remove rails of teaser cards ("More from Local", "Most read"): three or more blocks side
    by side, each a headline that is all link to the same site over a short standfirst. Their
    prose is other stories' summaries; class names for them vary too much to be listed. (A
    listicle's items link out to what they review, and are longer.)"""
    try:
        host = urlsplit(url).netloc if url else None
    except ValueError:
        host = None
    cards_by_rail: dict[HtmlElement, list[HtmlElement]] = {}
    for heading in _linked_headings(tree):
        heading_text = _clean(heading.text_content())
        wrapper = next(heading.iterancestors("a"), None)  # a card that is one link
        links = [wrapper] if wrapper is not None else list(heading.iter("a"))
        linked = (
            heading_text
            if wrapper is not None
            else _clean(" ".join(a.text_content() for a in links))
        )
        if not heading_text or len(linked) < 0.9 * len(heading_text):
            continue
        if not all(_same_site(a.get("href"), host) for a in links):
            continue
        card = heading
        # the card is the largest block around the headline that holds no other headline
        while (parent := card.getparent()) is not None and parent.tag not in ("body", "html"):
            if len(parent.text_content().split()) > TEASER_CARD_MAX_WORDS or _HEADINGS(parent) > 1:
                break
            card = parent
        rail = card.getparent()
        if card is heading or rail is None:
            continue  # a linked heading alone in a long block: a subheading of the text
        cards_by_rail.setdefault(rail, []).append(card)
    for cards in cards_by_rail.values():
        distinct = list(dict.fromkeys(cards))
        if len(distinct) >= TEASER_RAIL_MIN_CARDS:
            for card in distinct:
                html_parts.detach(card)


# Share of the page's prose (words outside links) below which a body found in precision mode is
# taken for the wrong container (a comment thread, a lead paragraph outside a paywall wrapper,
# the first of many live-blog posts) and found again with trafilatura's fallbacks. Whole bodies
# hold 30% or more of a news page's prose even on long pages full of comments and teasers.
BODY_SHARE_RETRY = 0.25


def _body_options(fast: bool, favor_precision: bool) -> Extractor:
    """trafilatura's settings for one way of looking for the body, made once: made per call,
    they read its configuration's values again for every page.

    Links are kept only to measure how much of a line they cover, so no URL is given:
    resolving every link target against it costs time for nothing. The "xml" output leaves
    the body as the tree it is; the default ("python") also renders it as text, which
    nothing here reads."""
    return Extractor(
        output_format="xml",
        fast=fast,
        precision=favor_precision,
        comments=False,
        tables=True,
        links=True,
        dedup=False,
        with_metadata=False,
        url=None,
    )


# Precision mode without the fallbacks first (the common case), then with them, then recall.
_BODY_MODES = (
    _body_options(fast=True, favor_precision=True),
    _body_options(fast=False, favor_precision=True),
    _body_options(fast=False, favor_precision=False),
)


def _prose_words(tree: HtmlElement, linked_words: int) -> int:
    """Words of the page's text outside links (``linked_words`` are those in links, as
    ``_page_links`` counts them): what a body is measured against."""
    return len(tree.text_content().split()) - linked_words


def _trafilatura_body(tree: HtmlElement, options: Extractor) -> HtmlElement | None:
    document = trafilatura.bare_extraction(tree, options=options)
    return None if document is None else getattr(document, "body", None)


def _body_blocks(
    tree: HtmlElement, url: str | None, warnings: list[str], marks: str | None = None
) -> tuple[list[Block], list[Block]]:
    """The body blocks trafilatura finds (gaps filled), and those of them that open with a
    link (possibly a piece of a paragraph cut at that link).

    A body that holds too small a share of the page's prose is looked for again with
    trafilatura's fallbacks, and then in recall mode; the longest found is kept. ``marks``
    are the page's class and id values read earlier, if at hand.
    """
    _drop_hover_cards(tree)
    _drop_foreign_comment_threads(tree, marks)
    _drop_teaser_rails(tree, url)
    link_texts, links_by_text, linked_words = _page_links(tree)
    best: tuple[int, HtmlElement] | None = None
    prose_words: int | None = None
    for mode in _BODY_MODES:
        try:
            body = _trafilatura_body(tree, mode)
        except RecursionError:
            warnings.append("page too deeply nested for body extraction")
            return [], []
        except Exception as error:  # trafilatura may fail on odd trees; the page is still usable
            warnings.append(f"body extraction failed: {type(error).__name__}")
            return [], []
        if body is None:
            continue
        words = len(" ".join(body.itertext()).split())
        if best is None or words > best[0]:
            best = (words, body)
        if prose_words is None:
            prose_words = _prose_words(tree, linked_words)
        if best[0] >= BODY_SHARE_RETRY * prose_words:
            break
    if best is None:
        return [], []
    blocks, all_link, link_led = _block_texts(best[1], link_texts)
    blocks = _drop_link_runs(blocks, all_link)
    blocks, left_link_led = _repair_cut_paragraphs(blocks, link_led, links_by_text)
    return fill_gaps(tree, blocks), left_link_led


PAGE_FURNITURE_TAGS = ("nav", "footer", "svg", "iframe", "select", "button", "menu")
# Elements whose text is one body block in a news page's markup.
GAP_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")
HEADING_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
# Template parts that sit inside article containers but never hold article text.
NOT_BODY_ANCESTORS = frozenset(
    (
        "nav",
        "aside",
        "footer",
        "header",
        "form",
        "figure",
        "figcaption",
        "button",
        "select",
        "noscript",
        "template",
        "label",
    )
)
NOT_BODY_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recirc|promo|newsletter|subscribe|signup|"
    r"advert|ads?|ad-?slot|sponsor|outbrain|taboola|comments?|byline|author|tags?|breadcrumbs?|"
    r"hover-?card|tooltip|popover|modal|popup|cookie|paywall|meta|toolbar|more-?stories|"
    r"read-?more|most-?(?:read|popular)|trending|caption|credit|key-?points|highlights|takeaways)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
# Template parts that sites nest inside the article container, around text the extractor
# may take for the story's own (and the "key points" summaries that restate the story).
TEMPLATE_TAGS = frozenset(("nav", "aside", "footer", "form"))
TEMPLATE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recirc|promo|newsletter|subscribe|signup|"
    r"advert|sponsor(?:ed)?|outbrain|taboola|most-?(?:read|popular)|trending|more-?stories|"
    r"read-?more|rail|author-?bio|comments?|key-?points|highlights|takeaways)(?:$|[\s_-])",
    re.IGNORECASE,
)
# A template part holds less than this share of the article's text, and sits this few levels
# above the block at most (higher up, a marked element is a page-wide wrapper).
TEMPLATE_PART_MAX_SHARE = 0.3
TEMPLATE_PART_LEVELS = 8
# Template text is short: titles, prompts, teasers. Longer blocks are not checked.
TEMPLATE_BLOCK_MAX_CHARS = 300
# The same template words inside a camel-cased class name ("InlineImage-imageEmbedCredit").
NOT_BODY_CAMEL_CLASS = re.compile(
    r"[a-z](?:Share|Sharing|Social|Related|Promo|Newsletter|Advert|Byline|Author|Caption|Credit"
    r"|KeyPoints|Highlights|Takeaways)"
)
SENTENCE_ENDS = frozenset(".!?…。\"”'’)")
EMBEDDED_POST_CLASS = re.compile(r"tweet|twitter|instagram|embed", re.IGNORECASE)
# Characters of a page block looked up in the kept text to tell whether it was kept.
GAP_PROBE_CHARS = 40
GAP_PROBE_MIN_CHARS = 20
# How many levels up a dropped block may share a container with the article's kept blocks.
GAP_CONTAINER_LEVELS = 3


def _is_template_part(element: HtmlElement, stop: HtmlElement | None) -> bool:
    """Whether the element sits in a part of the page template rather than in the story.

    Embedded posts (a quoted tweet, an Instagram caption) are the story's own quotes, so the
    social classes of their wrappers do not count against them.
    """
    node: HtmlElement | None = element
    embedded = False
    while node is not None and node is not stop:
        if node.tag in NOT_BODY_ANCESTORS:
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag == "blockquote" or EMBEDDED_POST_CLASS.search(marks):
            embedded = True
        elif (
            marks.strip()
            and not embedded
            and (NOT_BODY_CLASS.search(marks) or NOT_BODY_CAMEL_CLASS.search(marks))
        ):
            return True
        node = node.getparent()
    return False


def _own_block_text(element: HtmlElement, nested: bool) -> str:
    """An element's text without that of nested gap blocks (they are taken on their own)."""
    if not nested:
        return _clean(element.text_content())
    parts = [element.text or ""]
    for child in element:
        if (
            child.tag not in GAP_BLOCK_TAGS
            and next(child.iterdescendants(*GAP_BLOCK_TAGS), None) is None
        ):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return _clean(" ".join(parts))


def _opens_with_block(element: HtmlElement) -> bool:
    """Whether an element's first child is (or holds) a gap block, so its own text follows."""
    if not len(element):
        return False
    first = element[0]
    return first.tag in GAP_BLOCK_TAGS or (
        next(first.iterdescendants(*GAP_BLOCK_TAGS), None) is not None
    )


def _trailing_text_last(
    candidates: list[tuple[HtmlElement, str, int | None]],
    trailing: list[int],
) -> list[tuple[HtmlElement, str, int | None]]:
    """Page blocks in reading order: a block whose own text only follows the blocks nested in
    it (an embedded post's attribution after the post) comes after them, not before.

    ``trailing`` holds the indexes of such blocks.
    """
    if not trailing:
        return candidates
    moved_to: dict[int, int] = {}
    for index in trailing:
        element = candidates[index][0]
        end = index + 1
        while end < len(candidates) and any(
            a is element for a in candidates[end][0].iterancestors()
        ):
            end += 1
        moved_to[index] = end - 1
    ordered: list[tuple[HtmlElement, str, int | None]] = []
    after: dict[int, list[tuple[HtmlElement, str, int | None]]] = {}
    for index, candidate in enumerate(candidates):
        if index in moved_to and moved_to[index] > index:
            after.setdefault(moved_to[index], []).insert(0, candidate)
        else:
            ordered.append(candidate)
        ordered.extend(after.pop(index, ()))
    return ordered


def _gap_block_of(node: HtmlElement) -> HtmlElement | None:
    """The nearest block (of GAP_BLOCK_TAGS) holding a node: whose own text a link is part of."""
    parent = node.getparent()
    while parent is not None and parent.tag not in GAP_BLOCK_TAGS and parent.tag != "div":
        parent = parent.getparent()
    return parent


def _is_text_div(element: HtmlElement) -> bool:
    """A div used as a paragraph: text of its own and no blocks inside it."""
    return (
        bool((element.text or "").strip())
        and next(element.iterdescendants(*PARAGRAPH_TAGS, "ul", "ol", "table"), None) is None
    )


# Loose text that opens a container is a paragraph when it is at least this many words.
LEADING_PROSE_MIN_WORDS = 12


def _leading_prose(element: HtmlElement) -> bool:
    """Whether a container opens with a paragraph of loose text (no tag around it) that a
    block element closes: older templates put a story's first lines straight in the box."""
    text = element.text or ""
    return (
        len(element) > 0
        and element[0].tag in BLOCK_BREAK_TAGS
        and len(_tokens(text)) >= LEADING_PROSE_MIN_WORDS
        and _clean(text)[-1:] in SENTENCE_ENDS
    )


def _looks_like_body_text(element: HtmlElement, text: str) -> bool:
    """A dropped block worth restoring: real prose or a subheading, not links or a label."""
    if len(text) < 2 or is_boilerplate_line(text):
        return False
    linked = sum(
        len(_clean(a.text_content())) for a in element.iter("a") if _gap_block_of(a) is element
    )
    if linked > 0.5 * len(text):
        return False
    if element.tag in HEADING_TAGS:
        return len(text) <= SUBHEAD_MAX_CHARS
    if element.tag == "div":  # a bare div is prose only when it reads as a sentence
        return len(_tokens(text)) >= 6 and text[-1:] in SENTENCE_ENDS
    return len(_tokens(text)) >= 4 or text[-1:] in ".!?:…。"


def fill_gaps(tree: HtmlElement, blocks: list[Block]) -> list[Block]:
    """Restore blocks the extractor dropped from the middle of the article, and drop those it
    took from template parts nested in the article.

    Precision-minded extraction loses paragraphs between kept ones (embedded posts, loose
    lines, short subheadings). A block of the page that sits between two blocks already
    taken, in the same container, and does not look like template text is put back in place.
    A kept block whose every source in the page sits in a small share, related-stories or
    promotion part inside the article (a "most read" rail's title) is removed.
    """
    if len(blocks) < 2:
        return blocks
    # a page block is matched to a kept one by a piece of its text, found in the kept text
    kept_text = "\n".join(block.text for block in blocks)
    starts = list(itertools.accumulate((len(block.text) + 1 for block in blocks), initial=0))
    whole_blocks = {block.text: index for index, block in reversed(list(enumerate(blocks)))}
    body = tree.find("body")
    candidates: list[tuple[HtmlElement, str, int | None]] = []
    trailing: list[int] = []
    leading: list[HtmlElement] = []
    for element in tree.iter(*GAP_BLOCK_TAGS, "div", "section"):
        has_text = bool((element.text or "").strip())
        if element.tag in ("div", "section"):
            if not has_text:
                continue
            if not _is_text_div(element):
                if _leading_prose(element):
                    leading.append(element)
                continue
            nested = False
        else:
            nested = next(element.iterdescendants(*GAP_BLOCK_TAGS), None) is not None
        text = _own_block_text(element, nested)
        if not text:
            continue
        if nested and not has_text and _opens_with_block(element):
            trailing.append(len(candidates))
        if len(text) >= GAP_PROBE_MIN_CHARS:
            found = kept_text.find(text[:GAP_PROBE_CHARS])
            owner = bisect.bisect_right(starts, found) - 1 if found >= 0 else None
        else:  # a short text only counts as kept when it is a whole block
            owner = whole_blocks.get(text)
        candidates.append((element, text, owner))
    candidates = _trailing_text_last(candidates, trailing)
    inserts: dict[int, list[Block]] = {}
    previous: tuple[HtmlElement, int] | None = None
    pending: list[tuple[HtmlElement, str]] = []
    for element, text, owner in candidates:
        if owner is None:
            if previous is not None:
                pending.append((element, text))
            continue
        if previous is not None and pending and owner - previous[1] in (0, 1):
            inserts.setdefault(previous[1], []).extend(
                _restorable(pending, previous[0], element, body)
            )
        previous, pending = (element, max(owner, previous[1] if previous else owner)), []
    openers = _opening_prose(leading, candidates, kept_text, body)
    template = _template_blocks(blocks, candidates, body)
    if not inserts and not template and not openers:
        return blocks
    filled: list[Block] = []
    for index, block in enumerate(blocks):
        filled.extend(openers.get(index, ()))
        if index not in template:
            filled.append(block)
        filled.extend(inserts.get(index, ()))
    return filled


def _opening_prose(
    leading: list[HtmlElement],
    candidates: list[tuple[HtmlElement, str, int | None]],
    kept_text: str,
    body: HtmlElement | None,
) -> dict[int, list[Block]]:
    """The loose opening text of containers whose first kept block follows it, by the index
    of that block: the extractor skips text that sits in a box without a paragraph tag."""
    openers: dict[int, list[Block]] = {}
    for container in leading:
        text = _clean(container.text)
        if kept_text.find(text[:GAP_PROBE_CHARS]) >= 0:
            continue
        if not _looks_like_body_text(container, text) or _is_template_part(container, body):
            continue
        first_kept = next(
            (
                owner
                for element, _, owner in candidates
                if owner is not None and any(a is container for a in element.iterancestors())
            ),
            None,
        )
        if first_kept is not None:
            openers.setdefault(first_kept, []).append(Block("paragraph", text))
    return openers


def _template_blocks(
    blocks: list[Block],
    candidates: list[tuple[HtmlElement, str, int | None]],
    body: HtmlElement | None,
) -> set[int]:
    """Indexes of kept blocks whose page elements all sit in template parts of the article."""
    article_chars = sum(len(block.text) for block in blocks)
    sources: dict[int, list[HtmlElement]] = {}
    for element, text, owner in candidates:
        if owner is None or len(blocks[owner].text) > TEMPLATE_BLOCK_MAX_CHARS:
            continue
        if len(text) >= 0.5 * len(blocks[owner].text):
            sources.setdefault(owner, []).append(element)
    kinds: dict[HtmlElement, str] = {}
    small_parts: dict[HtmlElement, bool] = {}
    return {
        index
        for index, elements in sources.items()
        if all(_in_template_part(e, body, article_chars, kinds, small_parts) for e in elements)
    }


def _part_kind(node: HtmlElement) -> str:
    """ "embedded" for an embedded post's wrapper, "template" for a template part, else ""."""
    marks = f"{node.get('class') or ''} {node.get('id') or ''}"
    if node.tag == "blockquote" or EMBEDDED_POST_CLASS.search(marks):
        return "embedded"
    if node.tag in TEMPLATE_TAGS or (marks.strip() and TEMPLATE_CLASS.search(marks)):
        return "template"
    return ""


def _in_template_part(
    element: HtmlElement,
    stop: HtmlElement | None,
    article_chars: int,
    kinds: dict[HtmlElement, str],
    small_parts: dict[HtmlElement, bool],
) -> bool:
    """Whether the element sits in a template part (by tag or class) that holds little of the
    article's text: a wrapper marked "share" around the whole story is no template part.

    ``kinds`` and ``small_parts`` remember what was found of each container, which many of
    the article's blocks share.
    """
    node: HtmlElement | None = element
    for _ in range(TEMPLATE_PART_LEVELS):
        if node is None or node is stop:
            break
        kind = kinds.get(node)
        if kind is None:
            kind = kinds[node] = _part_kind(node)
        if kind == "embedded":
            return False  # an embedded post quoted by the story, whatever its wrappers say
        if kind == "template":
            if node not in small_parts:
                part_chars = len(_clean(node.text_content()))
                small_parts[node] = part_chars < TEMPLATE_PART_MAX_SHARE * article_chars
            if small_parts[node]:
                return True
        node = node.getparent()
    return False


def _restorable(
    gap: list[tuple[HtmlElement, str]],
    before: HtmlElement,
    after: HtmlElement,
    body: HtmlElement | None,
) -> list[Block]:
    """The blocks of a gap between two kept elements that belong to the same story."""
    near_before = set(_near_ancestors(before))
    near_after = set(_near_ancestors(after))
    restored = []
    for element, text in gap:
        near = set(_near_ancestors(element))
        if not (near & near_before and near & near_after):
            continue
        if not _looks_like_body_text(element, text) or _is_template_part(element, body):
            continue
        restored.append(Block("heading" if element.tag in HEADING_TAGS else "paragraph", text))
    return restored


def _near_ancestors(element: HtmlElement) -> list[int]:
    """Ids of the few containers right above an element (never the page's body)."""
    found = []
    node = element.getparent()
    while (
        node is not None and len(found) < GAP_CONTAINER_LEVELS and node.tag not in ("body", "html")
    ):
        found.append(id(node))
        node = node.getparent()
    return found


def extract_generic(
    html: str, url: str | None = None, prune_xpath: tuple[str, ...] = ()
) -> ParsedArticle:
    """The site-independent extraction; site modules start from this and adjust it.

    ``prune_xpath`` lets a site module remove template parts it knows are never body text.
    """
    warnings: list[str] = []
    if not isinstance(html, str):
        html = str(html)
    if len(html) > MAX_HTML_CHARS:
        warnings.append(f"page cut to its first {MAX_HTML_CHARS} characters")
        html = html[:MAX_HTML_CHARS]
    if "\x00" in html:
        html = html.replace("\x00", "")
    if html.strip() and not re.search(r"</(?:html|body)\s*>\s*$", html[-2000:], re.IGNORECASE):
        warnings.append("page ends without </body> or </html>: it may be truncated")
    tree = _parse_tree(html, warnings) if html.strip() else None
    if tree is None:
        warnings.append("no HTML content")
        return ParsedArticle(title=None, url=url, site=html_meta.site_of(url), warnings=warnings)

    meta = html_meta.read_meta(tree, url)
    # metadata was the last reader of scripts; every later pass walks a smaller tree without them
    etree.strip_elements(tree, "script", "style", "noscript", "template", with_tail=False)
    for expression in prune_xpath:
        for node in tree.xpath(expression):
            if isinstance(node, HtmlElement) and node.getparent() is not None:
                node.drop_tree()
    # the page's class and id values, read once: several passes look for marked elements
    marks = html_parts.class_and_id_text(tree)
    offered = html_parts.take_language_switcher(tree, marks)
    _reshape(tree)
    captions = html_parts.take_captions(tree, marks)
    widgets = html_parts.take_widgets(tree, html, marks)
    # page furniture that never holds the story (and the head, read for metadata already):
    # gone before the body passes and trafilatura's copies walk the tree
    etree.strip_elements(tree, "head", *PAGE_FURNITURE_TAGS, with_tail=False)

    blocks, link_led = _body_blocks(tree, url, warnings, marks)
    if blocks:
        if "articleBody" in html:  # the only spelling the lookup matches: skip a tree walk
            blocks = restore_from_marked_body(blocks, _microdata_body_lines(tree))
        blocks = _drop_fragments(blocks, link_led)
    if not blocks and any("nested too deeply" in w for w in warnings):
        blocks = _paragraphs_from_markup(html)
    if meta.article_body:
        if blocks:
            blocks = _check_against_article_body(blocks, meta.article_body)
        else:
            blocks = [
                Block("paragraph", p)
                for p in (_clean(x) for x in remove_tags(meta.article_body).split("\n"))
                if p
            ]
            warnings.append("body taken from the page's JSON-LD articleBody")
    caption_keys = {" ".join(_tokens(c.text)) for c in captions}
    caption_keys |= {" ".join(_tokens(f"{c.text} {c.credit}")) for c in captions if c.credit}
    blocks = _drop_boilerplate(blocks, meta.title, caption_keys)
    blocks = _drop_headline_and_standfirst(blocks, tree)
    if meta.descriptions:
        blocks = _drop_described_standfirst(blocks, tree, meta.descriptions)
    blocks = _prose_headings_as_paragraphs(blocks)
    blocks = _drop_closing_contact_lines(blocks)
    if not any(b.kind == "paragraph" for b in blocks):
        warnings.append("no article body found")
    warnings.extend(meta.warnings)

    return ParsedArticle(
        title=meta.title,
        blocks=blocks,
        captions=captions,
        widgets=widgets,
        languages_offered=offered,
        published=meta.published,
        updated=meta.updated,
        authors=meta.authors,
        language=meta.language,
        url=meta.url or url,
        site=meta.site,
        warnings=warnings,
        date_sources=meta.date_sources,
    )


def extract_article(html: str, url: str | None = None) -> ParsedArticle:
    """Extract the article of one page; a site module for the URL's domain goes first.

    Never raises: a page that cannot be read gives an article without body and a warning.
    """
    from newsbot.sites import parser_for  # site modules import this module

    try:
        host = urlsplit(url).hostname if url else None
    except ValueError:
        host = None
    site_parse = parser_for(host) if host else None
    try:
        if site_parse is not None:
            parsed = site_parse(html, url)
            if parsed is not None:
                return parsed
        return extract_generic(html, url)
    except Exception as error:  # the contract: one bad page never stops a crawl
        log.exception("extraction failed for %s", url)
        return ParsedArticle(
            title=None,
            url=url,
            site=html_meta.site_of(url),
            warnings=[f"extraction failed: {type(error).__name__}: {error}"],
        )

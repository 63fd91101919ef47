"""Structure of a plain-text news dump: title, body, captions, boxes, dates, languages.

A text dump is what a page looks like after its markup was thrown away: one line per block,
image captions repeated wherever the gallery printed them, a language switcher, fact boxes
(some plain ``Key: value`` lines, some still percent-encoded HTML) and "Updated:" lines. The
parser classifies each line once, in linear time, so a 14 MB dump or a 6 MB single line stays
fast, and it never raises: anything odd becomes a warning on the result.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from importlib import resources
from urllib.parse import unquote

from w3lib.html import remove_tags, replace_entities

from newsbot.items import Block, Caption, ParsedArticle, Widget
from newsbot.parsing.dates import (
    parse_bare_date_line,
    parse_news_date,
    parse_time_of_day,
    without_bar_before_time,
)
from newsbot.parsing.entity_rules import given_names

# --- cleaning -------------------------------------------------------------------------------

# Checked one by one with ``in`` (a fast scan) before any replacing: most dumps have none, and
# str.translate or a regex over the whole text is slow on non-ASCII text.
_UNWANTED_CHARS = (
    *(chr(code) for code in range(0x00, 0x09)),
    "\x0b",
    "\x0c",
    *(chr(code) for code in range(0x0E, 0x20)),
    "\x7f",
    "\u200b",
    "\u200e",
    "\u200f",
    "\ufeff",
)
_ODD_SPACES = ("\xa0", "\u2007", "\u202f", "\u3000")  # tabs go at the split: they mark tables
_ODD_NEWLINES = ("\r\n", "\r", "\x85", "\u2028", "\u2029")

# --- line shapes ----------------------------------------------------------------------------

_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,500})?/?>")
_DATE_LINE = re.compile(
    r"^(?P<label>(?:last\s+)?(?:updated?|modified)|(?:first\s+)?published|posted"
    r"|publication\s+date|date\s+published)"
    r"(?:\s+(?:on|at))?\s*:?\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_DATE_BARS = re.compile(r"\s+\|\s+|\s+•\s+")
# (an "Updated" part may follow with no bar, even glued to the date: "...2026Updated17:40";
# a second part may follow a comma: "..., updated at 5:40 pm", "..., first published at 2pm")
_DATE_PARTS = re.compile(
    r"\s+\|\s+|\s+•\s+|(?<=[\d.])\s*(?=(?:Last )?Updated(?:\b|\d))"
    r"|,\s+(?=(?:first |last )?(?:published|updated)\b)"
    r"|\s+\((?=last updated\b|updated\b)"  # "Mar 21, 2025 (Last updated: Mar 22, 9:40 JST)"
    ,
    re.IGNORECASE,
)
_BYLINE = re.compile(  # names joined by "and", "und" or "&", a role or place in brackets
    r"^By\s+(?P<names>[A-ZÀ-ÖØ-Þ][\w.'‘’-]*(?:[\s,]+(?:(?:and|und|&)\s+)?[A-ZÀ-ÖØ-Þ][\w.'‘’-]*"
    r"|\s+\([^()]{1,40}\)){0,11})"
    r"(?:\s+in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?$"  # "By X in London"
)
# Page furniture copied with the text: share bars, ad slots, sign-up and follow prompts.
# Page furniture copied with the text: share bars, ads, sponsor labels, reading-time and trust
# notes, comment counters, sign-up prompts, subscription walls, donation appeals, player,
# gallery and live-blog controls, a live post's time stamp, classified text ads. The patterns
# are kept by the letter their lines open with ("#" for a digit), so the text's own lines meet
# one short regex that fails at once.
# A pager between the pages of an article copied page after page: "‹ Previous page  Next page ›".
_PAGER_LINK = r"(?:[‹«<←]\s*)?(?:Previous|Prev|Next|Older|Newer)(?: page)?(?:\s*[›»>→])?"
_PAGER = rf"{_PAGER_LINK}(?:\s+{_PAGER_LINK})?"
_FURNITURE_BY_INITIAL_SOURCE: dict[str, str] = {
    "s": r"Share(?: this(?: article| story)?| via)?(?: on \w+)?:?|Sponsored(?: by .{1,80})?|Save"
    r"|Send (?:us )?your letters? to\b.{0,250}"
    r"|Share via \w+|See more on:? .{1,150}"
    r"|Share or comment on this (?:article|story):?|Share what you think"
    r"|Skip to (?:main )?(?:content|navigation|site index).{0,60}|Skip (?:advertisement|ad)"
    r"|Skip past .{1,60}"  # "Skip past newsletter promotion"
    r"|(?-i:SOURCE [A-Z].{1,80})"
    r"|Scroll (?:down )?to continue(?: reading)?|Show key events only|Show caption"
    r"|(?:Sign up|Subscribe)(?: now)?(?: to| for)? .{0,120}\bnewsletters?\b.{0,120}"
    r"|Subscribe(?: now| today)?|Subscribe to (?:continue|keep) reading|Sign up(?: now| here)?"
    r"|Subscribe(?: on|:)\s*(?:Apple Podcasts|Spotify|Google Podcasts|YouTube|RSS)\b.{0,80}"
    r"|Support us[.!]?"  # the button under an appeal
    r"|Sign (?:up|in) (?:to|for) (?:our|the) [\w .'’-]{1,60}|Sign in to comment",
    "a": r"Advertisement:?|Allow|Already (?:a subscriber|have an account)\?.{0,40}"
    r"|after (?:newsletter )?promotion"
    r"|Advertise with .{1,60}"
    r"|AD\s*:\s.{1,200}"
    r"|About(?: us)?\s*\|.{0,160}",
    "b": r"Bookmark|Brought to you by .{1,80}|Back to top|Best rated"
    r"|By (?:providing|entering|submitting) (?:an|your) e-?mail\b.{0,400}"
    r"|Be respectful\. Comments\b.{0,200}",
    "c": r"Copy link|Continue reading(?: below)?|Comments?(?:\s*\(\d{1,6}\)|\s+\d{1,6})?"
    r"|Comments (?:are|have been) (?:now )?closed\b.{0,60}|Copyright\s*(?:©\s*)?\d{4}\b.{0,80}"
    r"|Click to (?:share|email|print) .{0,100}",
    "d": r"Donate(?: now| today)?|Disclaimer\s*:.{1,300}|Discover (?:more )?stories\b.{0,100}"
    r"|Do you like the content of this (?:article|story)\?"
    r"|Do you have (?:a strong opinion|a story|an idea|a tip|memories|photographs)\b.{0,300}",
    "e": r"Email(?: address)?|Enable JavaScript\b.{0,80}|Explore the (?:edition|issue)"
    r"|Enditem(?:/\w{1,6})?"  # an agency's end marker and its editor's initials
    r"|Enter your e-?mail(?: address)?",
    "f": r"Follow(?: us)?(?: on .{1,80})?|From the .{1,40} (?:edition|issue)"
    r"|Follow (?:the |our )?[\w .&'’-]{1,50} on (?:WhatsApp|X|Twitter|Facebook|Instagram"
    r"|Telegram|Google News|LinkedIn|TikTok|YouTube|Threads)\b.{0,40}"
    r"|Follow [A-Z][\w .&'’-]{1,40}(?: on [\w .&'’-]{1,40}|:)"  # "Follow The Post on X"
    r"|Font size\b.{0,20}",
    "g": r"Gift (?:this )?(?:article|story)|Get unlimited (?:digital )?access .{0,120}"
    r"|Get (?:our|the) .{0,60}\b(?:email|newsletter|bulletin)\b.{0,80}"
    r"|Get (?:the )?latest (?:news|updates) on .{1,150}"
    r"|Get (?:the|our|The [\w .'’-]{1,40}['’]s?) (?:day['’]s |morning |evening |daily )?"
    r"(?:top stories|briefing|headlines|newsletter)\b.{0,150}",
    "h": r"Hide caption|Have you (?:got|lost) a (?:friend|relative|family member)\b.{0,250}"
    r"|Have an opinion on\b.{0,250}"  # "... Please email us your letter"
    r"|Have you got a story\b.{0,200}|Have an? (?:notice|story|tip)\b.{0,250}",
    "i": r"In partnership with .{1,80}"
    r"|If you have (?:seen|spotted|come across) (?:a |an )?(?:claim|post|story|rumou?r)\b.{0,200}"
    r"|In a time of both misinformation and too much information\b.{0,200}"
    r"|If you would like to (?:contribute|submit|share|write)\b.{0,200}"
    r"|(?:Independent|Quality|Trusted|Good) journalism (?:costs|needs|takes|relies)\b.{0,200}",
    "j": r"Join\b.{0,40}\b(?:conversations?|discussions?|commenting forum|community|channel)\b"
    r".{0,120}",
    "l": r"Listen to this (?:article|story)|Licen[cs]e this (?:article|story|content)"
    r"|Listen to the (?:full |whole )?(?:episode|podcast|interview)\b.{0,200}"
    r"|Listen(?:\s*[|·•-]\s*\d{1,3}\s*min(?:ute)?s?)?|Like(?: this)?:|Like Loading\.{0,3}"
    r"|Loading\.{0,3}|Log in[ ,].{0,100}|Larger text size"
    r"|Local Democracy Reporting is\b.{0,150}"
    r"|(?:Lire en|Leer en|Ler em|Leggi in) \w+",  # a link to the text in another language
    "m": r"Make a donation|Maybe later",
    "n": r"Not now|No thanks|Newest|Normal text size|Newsletter|" + _PAGER,
    "o": r"Our (?:editorial )?standards\b.{0,100}|Oldest|Open this (?:photo|image) in gallery:?",
    "p": r"Print|Pinned post|Page \d{1,3} of \d{1,3}|" + _PAGER + "|"
    r"Presented by (?!(?-i:[A-Z][a-z]+ [A-Z][\w'’-]+$)).{1,80}|Paid for by .{1,80}"  # (a
    # host's name may be a podcast's byline: "Presented by Maarja Sild")
    r"|Please (?:turn on|enable) JavaScript\b.{0,80}",
    "r": r"Reading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?(?: read)?|Reuse this content|Report abuse"
    r"|Refresh (?:this|the) page\b.{0,40}|Read next"
    r"|Report an? (?:editorial error|technical issue|error|typo|correction)\b.{0,40}"
    r"|Reporting from [A-Z][\w .,'’-]{1,60}"
    r"|Republish (?:this (?:article|story)|our (?:articles|stories)\b.{0,120})",
    "t": r"Toggle caption|TEXT AD\s*:\s.{1,200}|Turn on JavaScript\b.{0,80}"
    r"|This site is protected by reCAPTCHA\b.{0,160}"
    r"|This is a (?:developing|breaking) (?:story|news story)\b.{0,120}"
    r"|This (?:column|piece|article) is (?:an )?opinion\b.{0,200}|Tags?:\s.{1,200}"
    r"|Time to read\s*:?\s*\d{1,3}\s*min(?:ute)?s?\.?"
    r"|The day['’]s [\w .'’-]{1,60} in your inbox\b.{0,60}"
    r"|The [\w .'’-]{1,40} is free to read\b.{0,200}",  # "... Members make that possible"
    "u": r"Updated(?: at)? (?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"
    r"|Use the comment form below\b.{0,100}",
    "v": r"View all .{1,40}|View comments|View (?:the )?gallery\b.{0,30}|Very large text size",
    "w": r"Why you can trust .{1,40}|Worst rated|We use your sign-?up\b.{0,600}"
    r"|What you need to know:"  # a label over the summary sentence under it
    r"|Want to join the (?:conversation|discussion)\b.{0,120}",
    "y": r"You['’]ve read \d+ of \d+ free (?:articles|stories).{0,40}"
    r"|You have \d+ free (?:articles?|stories|story) left\b.{0,100}"
    r"|You must be logged in to (?:post a )?comment\.?|Your e-?mail(?: address)?",
    "#": r"\d{1,3} min(?:ute)?s?(?: read)?|\d{1,6} comments?|[0-2](?:\.\d{1,2})?x"
    r"|\d[\d.,]*[KkMm]? (?:Likes?|Reactions?)(?: \d[\d.,]*[KkMm]? (?:Comments?|Shares?)){0,2}"
    r"|\d{1,2}[hmd] ·"
    r"|\d{1,3}(?:[.,]\d)?[kKmM]? shares?"  # "1.2k shares"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,3}\s*(?:/|of)\s*\d{1,3}"
    r"|\d{1,3}(?: \d{1,3}){2,}",  # a pager's strip of page numbers: "1 2 3"
    "z": r"Zur \w+en (?:Version|Fassung)\b.{0,40}",  # "Zur deutschen Version dieses Artikels"
    "(": r"\(ATTN\s*:[^()]{1,200}\)|\(END\)",  # a wire's note to editors, its end marker
    "[": r"\[(?:Editors?|Edited by|Web editor)\s*:?\s*[^\[\]]{1,40}\]",  # "[Editor: ZY]"
    "+": r"\+\d{1,3}",  # a gallery's count of further pictures
    "▶": r"▶\s*(?:Listen|Play|Watch)\b.{0,40}",  # a player's button
    "©": r"©\s*\d{4}\b.{0,80}",
    "‹": _PAGER,
    "«": _PAGER,
    "<": _PAGER,
    "←": _PAGER,
}
# Credit and print lines closing an article: a wire's "(Reporting by ...; Editing by ...)",
# "Additional reporting by ...", "X contributed reporting from Y.", and the print-edition note
# ("A version of this article appears in print on ...", "Published in <paper>, <date>").
# (kept by first letter too, with the furniture patterns, which short lines meet anyway)
_TRAILER_BY_INITIAL: dict[str, str] = {
    "(": r"\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Reported|Research) by\b"
    r"[^()]{1,500}\)|\(With (?:inputs|input|agency inputs) from [^()]{1,80}\)",
    "a": r"Additional reporting by [A-Z][^.!?;:]{1,100}"
    r"|A version of this (?:article|story) appear(?:s|ed) in print\b.{0,400}",
    "r": r"Reporting by [A-Z][^.!?;:]{1,100}",
    "w": r"Writing by [A-Z][^.!?;:]{1,100}",
    "e": r"Editing by [A-Z][^.!?;:]{1,100}",
    "c": r"Compiled by [A-Z][^.!?;:]{1,100}",
    "t": r"This (?:article|story) (?:appears|appeared|was published) in (?:the )?"
    r"(?:\w+ )?(?:print|\w+ section of the print edition)\b.{0,400}"
    r"|This (?:article|story) (?:appears|appeared) in the (?:[\w-]+ ){1,4}issue\b.{0,300}"
    r"|This (?:article|story) (?:was|has been) translated from \w+\b.{0,120}"
    r"|Translation of an article originally published in \w+\b.{0,300}"
    r"|This (?:article|story) was (?:originally|first) published in \w+ in\b.{0,250}",
    "p": r"Published in [A-Z][^,]{1,60}, [A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\.?",
}
_TRAILER = re.compile(rf"^(?:{'|'.join(_TRAILER_BY_INITIAL.values())})$", re.IGNORECASE)
_FURNITURE_BY_INITIAL = {
    initial: re.compile(
        rf"^(?:{'|'.join(filter(None, (source, _TRAILER_BY_INITIAL.get(initial))))})$",
        re.IGNORECASE,
    )
    for initial, source in _FURNITURE_BY_INITIAL_SOURCE.items()
}
# Furniture known by its end: "... (Opens in new window)", "... Explore now!"; looked for only
# on lines with those ends.
_FURNITURE_ENDING = re.compile(
    r"\(Opens in new window\)$"
    r"|.{10}\b(?:Explore now|Click here|Download the app|Sign up here)[.!]?$"
    r"|\bbecome (?:our|a) patron[.!]?$",  # a donation appeal
    re.IGNORECASE,
)
_FURNITURE_ENDS = (
    *("window)", "now", "now!", "here", "here!", "here.", "app", "app!"),
    *("patron", "patron!", "patron."),
)
# A line without a letter or digit: a scene break ("◆ ◆ ◆", "* * *") or a lone dash.
_ORNAMENT = re.compile(r"^[\W_]{1,30}$")
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")  # a reporter's address
_SOCIAL_NETWORKS = frozenset(
    [
        *("facebook", "x", "twitter", "instagram", "youtube", "tiktok", "linkedin", "whatsapp"),
        *("telegram", "threads", "bluesky", "pinterest", "snapchat", "reddit", "flipboard"),
        *("line", "weibo", "wechat", "vk", "viber"),
    ]
)
# The other words of a share row: "Facebook X WhatsApp Email", "Share Like Tweet Copy link"
_SHARE_WORDS = _SOCIAL_NETWORKS | {"email", "e-mail", "print", "copy", "link", "share", "like"}
_SHARE_WORDS |= {"tweet"}
_MIN_SHARE_ROW_WORDS = 3
# A market-data strip: index or price, level and signed change, several in one line.
_SIGNED_CHANGE = re.compile(r"(?<!\S)[+\-−]\d+(?:[.,]\d+)?%")
_MIN_TICKER_CHANGES = 3
_MAX_TRAILER_LINES = 12
_LONG_TRAILER_OPENINGS = (
    *("(", "A version", "This article", "This story", "Translation"),
    "We use your sign",  # a sign-up form's consent notice
)
_CONTRIBUTED = re.compile(
    r"^[A-Z][^.!?]{2,150}\bcontributed (?:reporting|research|to this (?:report|article|story))"
    r"(?: from [^.!?]{1,80})?\.?$"
    # "This article has been updated with comment from ...": a note on the page, not the story
    r"|^This (?:article|story|report) (?:has been|was) updated\b[^\n]{0,200}$"

)
# "2 hours ago" by the byline: a date the dump gives nothing to count back from.
_RELATIVE_TIME = re.compile(
    r"^(?:(?:Updated|Published|Posted)(?: on)?:?\s+)?"  # "Updated 2 hours ago"
    r"(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?"
    r"|w|weeks?)\s+ago$",
    re.IGNORECASE,
)
# A cookie-consent banner speaks of the site's cookies and asks to accept them.
_CONSENT_BANNER = re.compile(
    r"\b(?:we|this (?:web)?site|our (?:web)?site) uses? cookies\b.{0,400}"
    r"\b(?:consent|accept|agree|cookie policy|opt out)",
    re.IGNORECASE,
)
_MAX_BUTTON_WORDS = 3
_MAX_CONSENT_BUTTONS = 3
_MAX_FOOTER_LINES = 3
_MAX_FOOTER_MENU_LINES = 30
_MAX_MENU_ITEM_WORDS = 5
_FOOTER_LINK = re.compile(  # the links a site's closing menu always has one of
    r"\b(?:About|Contact|Terms|Privacy|Cookies?|Legal|Imprint|Advertise|Contribute|Careers"
    r"|Subscribe|Donate|Accessibility|Sitemap|Personal data)\b",
    re.IGNORECASE,
)
_EDGE_CHARS = 50_000  # page chrome is looked for in this much of a dump's head and tail
# Labels of page blocks about the author and the publisher, printed above or below the text
# with their lines close under them: "Author", "Disclosure statement", "Partners".
_BLOCK_LABELS = frozenset(
    [
        "author",
        "authors",
        "about the author",
        "about the authors",
        "disclosure statement",
        "partners",
    ]
)
_MAX_LABELLED_BLOCK_LINES = 4  # the label and up to three lines printed close under it
_MIN_FURNITURE_BLOCK_LINES = 3
# A site's menu copied as one line: its sections' names, all capitalised, side by side.
_SECTION_NAMES = frozenset(
    {
        "home", "news", "business", "sport", "sports", "opinion", "culture", "travel", "life",
        "lifestyle", "world", "politics", "economy", "entertainment", "health", "tech",
        "technology", "science", "food", "music", "property", "jobs", "podcasts", "video",
        "videos", "subscribe", "national", "local", "society", "arts", "markets", "money",
        "weather", "e-paper", "epaper", "perspectives", "features", "regions", "region",
        "education", "environment", "motoring", "cars", "style", "life&style", "obituaries",
    }
)  # fmt: skip
_MIN_MENU_WORDS = 5
_MIN_MENU_SECTIONS = 3
# Who signs a letter: "Margaret Hollis", "Cllr Priya Sandhu", "Dr Ruth Okafor and Dr Simon Pell"
_SIGNATORY = (
    r"(?:(?:Dr|Cllr|Prof|Rev|Revd|Mr|Mrs|Ms|Sir|Dame|Lord|Lady)\.? )?"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
)
_SIGNATORIES = re.compile(rf"{_SIGNATORY}(?:(?:,| and| &) {_SIGNATORY})*")
_MAX_SIGN_OFF_CHARS = 80
_MIN_LETTER_CHARS = 40  # the letter's last paragraph over its sign-off
_MATCH_STATE = re.compile(
    r"(?:FULL[ -]TIME|HALF[ -]TIME|FT|HT|AET|LIVE|FINAL|RESULT|Full[ -]time|Half[ -]time"
    r"|Final score|Result)"
)
_MAX_SCOREBOARD_LINES = 6
# A team's score and its scorers: "Otago 24 (Matt Crowley, Rua Tipoki tries; Ben Hollis con)"
_SCORING_LINE = re.compile(r"^[A-Z][\w.'’-]*(?: [\w.'’&-]+){0,4} \d{1,3} \([^()]{3,}\)$")
_MAX_EMBEDDED_POST_LINES = 8  # an account, its handle, the post's age, text, counts, links
_MAX_BLOCK_LABEL_WORDS = 2
_MAX_PROMO_TITLE_WORDS = 10  # "We believe in the free flow of information" over its buttons
_MAX_BUTTON_CHARS = 30  # block labels and donate buttons are short lines
# A copyright notice closes the page: the few lines after it are footer (a page whose text
# goes on after one printed its footer first, as a menu drawer).
_COPYRIGHT = re.compile(  # (the year may be left out after the word or sign)
    r"^(?:(?:Copyright\s*)?(?:©|ⓒ|\(c\))?\s*\d{4}\b|Copyright\s*(?:©|ⓒ|\(c\))|©|ⓒ)"
    r".{0,200}\ball rights reserved\b",
    re.IGNORECASE,
)
# Embedded social posts: a tweet's attribution line ("— Name (@handle) August 14, 2024")
# follows its text; an Instagram embed brings its own two lines.
_TWEET_ATTRIBUTION = re.compile(
    r"^[—–-]\s*(?P<name>[^()]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s+"
    r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}$"
)
_INSTAGRAM_LINES = re.compile(
    r"^(?:View this (?:post|photo|video|profile) on Instagram"
    r"|A (?:post|photo|video) shared by (?P<name>.{1,80}?)\s*\(@(?P<handle>[\w.]{1,30})\))$",
    re.IGNORECASE,
)
_EMBED_INITIALS = "—–-VvAa"
_RELATED_LINKS = re.compile(
    r"^(?:Read more|Read also|Also read|Read(?=\s*[:|]\s*\S)|More on this(?: story| topic)?"
    r"|Related(?: articles| stories| coverage| news| topics| content| links| reading)?"
    r"|Tags\s*/\s*Keywords"
    r"|More (?:stories )?from [\w .'’-]{1,40}|More about|Recommended|Top (?:stories|videos)"
    r"|You (?:might|may) also like|More episodes|More in [\w &'’-]{1,30}|In the same section"
    r"|More (?:sports?|news|stories|business|opinion|culture)|Latest(?: news| stories)?"
    r"|Also in [\w &'’-]{1,40}"
    r"|Most (?:read|popular|viewed|shared)|Trending|Topics|Tags|Keywords|Subjects|Key events"
    r"|Explore more(?: on (?:these|this) topics?)?)"
    r"(?P<inline>\s*[:|]\s*\S.*)?:?$",  # "Also Read | <headline>", "Read: <headline>"
    re.IGNORECASE,
)
_RELATED_INITIALS = "RAMTKESYIL"
_INLINE_TEASER_MATCH = re.compile(r"^(?:Read more|Read also|Also read) (?P<inline>[A-Z].+)$")
# "Read more Subscribers only <headline>": a teaser set in the text, no sentence
_INLINE_TEASER = ("Read more ", "Read also ", "Also read ")
_MAX_RELATED_HEADLINES = 6
# The heading of readers' comments: "Comments (3)", "Comments - Please login in order to
# comment.", "12 comments", "Leave a reply", "Join the conversation"
_COMMENTS_HEADING = re.compile(
    r"(?:Reader(?:s['’])? )?Comments?\b|\d{1,5} (?:comments?|responses?|replies)\b"
    r"|Leave a (?:comment|reply)\b|Join the (?:conversation|discussion)\b|Discussion\b",
    re.IGNORECASE,
)
_MAX_COMMENT_LINES = 12  # from the heading to the first "Reply": a name, a time, a comment
# A story's genre printed over its headline ("OPINION", "Explainer"), not its title
_KICKERS = frozenset(
    {
        "opinion", "analysis", "explainer", "comment", "commentary", "review", "editorial",
        "obituary", "feature", "interview", "exclusive", "perspective", "fact check",
        "long read", "the long read", "in depth", "special report", "investigation",
    }
)  # fmt: skip
_DAY_WITHOUT_YEAR = re.compile(r"\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\s*")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b")  # "03-09-2025"
# A dateline's place before the date line: "Kochi | Updated: Sep 3, 2025 08:05 PM"
_PLACE_AND_DATE = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} \| (?=(?:Last |First )?(?:Updated|Published))",
    re.IGNORECASE,
)
# a rank, a time or a date label beside a linked headline: "1", "2h ago", "Published"
_LIST_MARKER = re.compile(
    r"^(?:\d{1,2}\.?|\d{1,3}\s*(?:[smhdw]|mins?|minutes?|hours?|days?|weeks?) ago"
    r"|Published|Updated)$"
)
# A credit set apart in brackets or after a bar: "... on Tuesday. (Reuters)", "... | AFP".
_CREDIT_SET_APART = re.compile(
    r"^(?P<text>.{10,}?)(?:\s*\((?P<bracketed>[^()]{2,60})\)|\s*\[(?P<squared>[^\[\]]{2,60})\]"
    r"|\s+\|\s+(?P<barred>[^|]{2,60}))$"
)
# Section labels and breadcrumbs above a headline: "Business | Markets", "Home > UAE > Transport".
_NAVIGATION = re.compile(
    r"^[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,3}(?: (?:\||>|»|/|›) [A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,3})+$"
)
_MIN_UNTITLED_BOX_ENTRIES = 3
_REFERENCE_ENTRY = re.compile(r"^\[\d{1,3}\]\s+\S")
# "Headline | The Site", "Headline - Site": the page's own title above the printed headline.
_SITE_SUFFIX = re.compile(r"^(?P<headline>.{10,}?)\s+[|–—-]\s+[^|–—-]{2,60}$")
_MIN_HEADLINE_WORDS = 6
_MAX_TOP_LINES = 200  # the top matter is looked for in the first lines (menus can be long)
_MAX_LABELS_ABOVE_HEADLINE = 8
_MAX_LABEL_WORDS = 3  # "UK news", "Morning Edition", "Listen · 6:42"
_MAX_KICKER_WORDS = 6  # a kicker or masthead printed close to other lines above the headline
_MAX_SHORT_LINES_ABOVE = 40  # a scoreboard's cells, one a line, are short labels too
_DATE_AFTER_STANDFIRST = 5
_MAX_POINTS = 5  # summary lines printed under the headline without bullets
_MIN_POINT_WORDS = 6
_MAX_TAGLINE_WORDS = 5  # "Academic rigour, journalistic flair": phrases set apart by a comma
_MAX_BYLINE_BLOCK_WORDS = 6
_MAX_NAME_WORDS = 3
_MAX_SET_APART_BYLINE_LINES = 3
_MAX_BACK_MATTER_LINES = 60  # boilerplate, contacts and promotions close the release
_ABOUT_HEADING = re.compile(r"^About (?P<name>[A-Z][\w&.'’-]*(?: [\w&.'’()-]+){0,5})$")
_MAX_BIO_LINES_FROM_END = 8
_MAX_BIO_CHARS = 400
_PLACE_AND_SOURCE = re.compile(
    r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} [-–—|] [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}$"
)
# A label line above or under the headline: "Source: X", "WRITER: A and B", "SECTION: News"
_SOURCE_LABEL = re.compile(r"^(?:Source|Via)\s*:\s*\S", re.IGNORECASE)
_META_LABEL = re.compile(r"^[A-Za-z]+(?: [A-Za-z]+)?\s*:\s*\S")
_PROVIDED_BY = re.compile(
    r"^(?:\w+ )?(?:provided|presented|distributed|powered|sponsored|brought to you) by$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){1,3}"
_NAME_LINE = re.compile(rf"^{_NAME}$")
_BYLINE_INITIALS = "BWTSRIbHPC"
_BYLINE_LEAD = re.compile(
    r"(?:Written|Words|Text|Story|Reported|Reviewed|Interview) by\s+|(?:Text|Words):\s+"
    r"|WRITER\s?:\s+(?=[A-Z])"  # "WRITER: Nattaya Srisuwan" ("Writer:" in a film's box)
    r"|Text and (?:photos|pictures|images):\s+|By:\s+|by\s+(?=[A-Z])"
    r"|(?:Hosted|Presented) by\s+(?=(?P<host>[A-Z][a-z]+) [A-Z][\w'’-]+$)"  # a podcast's host
    r"|(?:Review|Compiled) by\s+(?=[A-Z])"  # "Review by X", "Compiled by X" over the date
)
# What may follow a byline's names: the writer's role ("- Reporter") or handle ("/ @jdc")
_BYLINE_TAIL = re.compile(
    r"\s+(?:[-–—/|·]\s+)?"
    r"(?:@\w+|(?:[A-Z][a-z]+ ){0,3}(?:Reporter|Correspondent|Writer|Editor))\b.*$"
)
_MAX_BYLINE_WORDS = 12
# A person's name, accented capitals included ("Ciarán Ó Murchú")
_ANY_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]*){1,3}"
# "Ciarán Ó Murchú, Transport Correspondent": a name and a reporter's role, above the text
_NAME_AND_ROLE = re.compile(rf"^(?P<name>{_ANY_NAME})(?:,| \|| ·) [A-Z][\w -]{{2,50}}$")
_NAME_AND_PLACE = re.compile(rf"^(?P<name>{_ANY_NAME}) \| [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}$")
# "Anne-Marie Tremblay · for the Chronicle", "Ann Lee, special to The Standard"
_NAME_FOR_PUBLICATION = re.compile(
    rf"^(?P<name>{_ANY_NAME})\s*[·,|]\s*(?:for|[Ss]pecial to)\s+(?:the\s+)?[A-Z].{{1,60}}$"
)
# "Tamara Blake/Mirror Writer", "Rina Sitompul (The Nusantara Herald)"
_NAME_WITH_PAPER_OR_ROLE = re.compile(
    rf"^(?P<name>{_ANY_NAME})(?:\s*/\s*[A-Z][\w ]{{0,30}}(?:Writer|Reporter|Correspondent|Editor)"
    r"|\s+\((?:The\s+)?[A-Z][\w ]{2,40}\))$"
)
_TOP_MATTER_ROLES = frozenset({"languages", "date", "byline"})
_NAME_OVER_ROLE = re.compile(rf"^(?P<name>{_ANY_NAME})$")
_SPECIAL_TO = re.compile(r"^(?:Special to|Contributor to|Writing for) (?:the )?[A-Z].{1,60}$")
# A line of credits: "Reporting by Karen Lo; photos by Kelvin Yip"
_CREDIT_PARTS = re.compile(r"[;,]\s+(?=[A-Za-z]+ by )")
_CREDIT_PART = re.compile(rf"^(?P<role>[A-Za-z]+) by (?P<name>{_ANY_NAME})$")
_WRITING_CREDITS = frozenset({"reporting", "text", "words", "story", "writing", "written"})
# "Photos: Nuwan Dissanayake" above the text: whose pictures, not whose story
_PICTURES_BY = re.compile(
    rf"^(?:Photos?|Photographs?|Photography|Pictures?|Images?)(?: by)?:?\s+{_ANY_NAME}$"
)
_NAMES_LINE = re.compile(rf"^{_NAME}(?:(?:, | and | und | & ){_NAME})*$")  # "Ann Lee and Bo Ek"
_NAME_JOINERS = re.compile(r",\s*|\s+(?:and|und|&)\s+")
_BRACKETED = re.compile(r"\s*\([^()]*\)")
# A reporter's role in a byline block: "Health correspondent", "Local Democracy Reporter"
_ROLE_WORDS = frozenset(
    ["correspondent", "reporter", "editor", "writer", "columnist", "journalist", "contributor"]
)
_ROLE_ENDINGS = tuple(
    ending for word in _ROLE_WORDS for ending in (word[1:], word[1:] + "s")
)  # (a cheap first test, whatever the case of the role's initial)
# An author's bio opens with the bylined name: "Ann Lee is a ...", "Bo Ek writes about ..."
_BIO_VERBS = (" is ", " writes ", " covers ", " reports ", " teaches ", " works ", " was ")
_DONATE = re.compile(r"^(?:Make a donation|Donate\b)", re.IGNORECASE)
_MIN_TABLE_ROWS = 3
_SHARE = re.compile(r"^\d{1,3}(?:[.,]\d)?\s?%$")
_MIN_POLL_SHARES = 2
# A video player's title line ("Watch: Drone footage of ...") and the duration under it.
_WATCH_LINE = re.compile(r"^(?:Watch|WATCH)\s*[:|]\s*\S.{0,150}$")
_DURATION = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?|\d{1,3} ?min(?:s|utes)?(?: listen)?)$")
_BODY_TEXT_CHARS = 150  # a line this long is body text: the page's top matter is over
_BULLET_CHARS = "•·▪●◦‣∙"
_BULLET = re.compile(rf"^(?:[{_BULLET_CHARS}]\s*|-\s+(?=\S))")  # "- item": a dash list
_NUMBERED_ENTRY = re.compile(r"^\d{1,2}[.)]\s")
_SOURCES_LINE = re.compile(r"^(?:Sources?|Compiled by|Data)\s*:", re.IGNORECASE)
_KEY_VALUE = re.compile(r"^(?P<key>[^:]{1,60}?)\s*:\s+(?P<value>\S.*)$")
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
_TERMINAL_PUNCTUATION = ".!?…:;,"
_PARAGRAPH_GAP = re.compile(r"(?<=[.!?\"”’)])\s{2,}(?=[A-Z\"“‘(])")
_SENTENCE_GAP = re.compile(r"[.!?][\"”’)]? [A-Z\"“‘(]")
_MIN_RUN_ON_CHARS = 600
_MIN_RUN_ON_GAPS = 2
_CREDIT_TAIL = re.compile(r"(?P<end>[.!?][\"”’')\]]*)\s+(?P<credit>[^.!?\"“”]{1,70})$")
_GLUED_CREDIT = re.compile(
    r"^(?P<text>.{10,}?[.!?][\"”’')\]]*)\s*Credit(?:\.\.\.|…)\s*(?P<credit>[^.!?]{2,80})$"
)
_MAX_GLUED_CREDIT_CHARS = 90
_LABELLED_CREDIT_END = re.compile(
    r"(?<=[.!?\"”’')])\s+(?P<credit>(?:Photos?|Fotos?|Pictures?|Images?)\s*:\s*[^.!?:]{2,60})$"
)
_AGENCY_INITIALS = re.compile(r"^[A-Z]{2,6}$")
_DASHED_CREDIT = re.compile(
    r"^(?P<text>.{10,}?(?-i:[a-z0-9”’)]))(?<![Pp]hoto)\s+(?:[–—-]\s+)?"
    r"(?P<credit>(?:Photo(?:graph)?s?|Pictures?|Pics?|Images?"
    r"|Fotos?|Credit|Source|Photo credit)\s*(?::|by\b)\s*[^–—:]{2,60})$",
    re.IGNORECASE,
)
# (a cheap look at a line's end before the slower regex above)
_LABEL_NEAR_END = re.compile(
    r"(?:Photo|Picture|Pic|Image|Foto|Credit|Source)s?(?: credit)?\s*(?::|by)\s*[^:]{2,60}$",
    re.IGNORECASE,
)
_LABEL_BEFORE_BAR = re.compile(
    r"(?<=[.!?\"”’')])\s+(?:Photo|Picture|Image|Credit)s?$", re.IGNORECASE
)
_NO_CREDIT_ENDS = '.!?"“”'  # a credit cannot end in these (checked before the slower regex)
_QUOTE_OPENERS = "\"“‘'«"
_QUOTE_CLOSERS = "\"”’'»"
# A line that is only a time of day marks an entry of live coverage ("5.40pm", "17:05 GST").
_CLOCK_TIME = re.compile(
    r"^(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$", re.IGNORECASE
)
_MIN_PULL_QUOTE_WORDS = 4
_SUMMARY_HEADINGS = frozenset(
    {
        "key points",
        "key takeaways",
        "takeaways",
        "in brief",
        "in short",
        "summary",
        "highlights",
        "at a glance",
        "what we know",
        "what you need to know",
        "the big picture",
    }
)

_LANGUAGE_NAMES = frozenset(
    name.casefold()
    for name in [
        "English",
        "Arabic",
        "French",
        "Spanish",
        "German",
        "Italian",
        "Portuguese",
        "Russian",
        "Chinese",
        "Japanese",
        "Korean",
        "Turkish",
        "Persian",
        "Farsi",
        "Urdu",
        "Hindi",
        "Hebrew",
        "Dutch",
        "Swahili",
        "Indonesian",
        "Malay",
        "Bengali",
        "Greek",
        "Polish",
        "Ukrainian",
        "Kurdish",
        "Tamil",
        "Filipino",
        "Vietnamese",
        "Thai",
        "العربية",
        "عربي",
        "Français",
        "Español",
        "Deutsch",
        "Italiano",
        "Português",
        "Русский",
        "中文",
        "日本語",
        "한국어",
        "Türkçe",
        "فارسی",
        "اردو",
        "हिन्दी",
        "हिंदी",
        "עברית",
        "Nederlands",
        "Kiswahili",
        "Ελληνικά",
        "Polski",
        "Українська",
    ]
)
# Language codes a switcher may show instead of names ("EN | AR", "УКР | ENG"); "UK" and "US"
# are left out, being countries in menus more often.
_LANGUAGE_CODES = frozenset(
    [
        *("EN", "ENG", "AR", "FR", "FRA", "ES", "ESP", "DE", "DEU", "RU", "RUS", "РУС", "UA"),
        *("UKR", "УКР", "PT", "IT", "ITA", "ZH", "CN", "JA", "JP", "KO", "TR", "FA", "UR"),
        *("HI", "NL", "PL", "EL", "SW", "HE", "ID"),
    ]
)
_FIRST_WORD_END = re.compile(r"[\s|/•·,]+")
_MAX_SWITCHER_LABEL_CHARS = 25
_SWITCHER_LABEL_ENDS = (" in", "language", "languages", "edition")  # "Read in:", "Language:"
_MAX_LANGUAGE_NAME_CHARS = 30
# A bulleted entry of one to three capitalised words, as a switcher lists its languages
_SWITCHER_ENTRY = re.compile(  # "• Vosa Vakaviti", "• Ulstèr-Scotch"
    r"^\s*[•·]\s*[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)?(?: [^\W\d_][^\W\d_'’-]*){0,2}$"
)
_LANGUAGE_SEPARATORS = re.compile(r"\s*[|/•·,]\s*")

_AGENCIES = frozenset(
    name.casefold()
    for name in (
        "Reuters",
        "AP",
        "AFP",
        "Getty",
        "Getty Images",
        "EPA",
        "EPA-EFE",
        "EFE",
        "Bloomberg",
        "Wam",
        "SPA",
        "Alamy",
        "PA",
        "PA Media",
        "PA Wire",
        "Shutterstock",
        "Anadolu",
        "Anadolu Agency",
        "Xinhua",
        "iStock",
        "Supplied",
        "Handout",
        "The National",
        "Unsplash",
        "Pexels",
        "NurPhoto",
        "Sipa",
        "Zuma",
        "Abaca",
        "Instagram",
        "Twitter",
        "Facebook",
        "YouTube",
        "Netflix",
        "KUNA",
        "QNA",
        "BNA",
        "ONA",
        "IRNA",
        "Tasnim",
        "Sana",
        "Mena",
        "Press Association",
        "Associated Press",
        "File",
        "Kyodo",
        "Jiji",
        "Yonhap",
        "ANSA",
        "dpa",
        "TASS",
        "PTI",
        "ANI",
        "IANS",
        "Bernama",
        "Antara",
        "AAP",
        "Canadian Press",
        "The Canadian Press",
        "Photosport",
        "Newspix",
        "Gallo Images",
        "Sportsfile",
    )
)
_CREDIT_PATTERNS = re.compile(
    r"^(?:(?:Photo(?:graph)?s?|Fotos?|Pictures?|Pics?|Images?|Video|Illustration|Graphic"
    r"|File photo|Photo credit)\s*(?::|by\b|/|\|)|Courtesy\b|Credit\s*:|Source\s*:|©"
    r"|(?:Press|Handout|File|Stock) (?:photo|picture|image)s?$)"
    r"|\s/\s?\S|\S\s?/\s|\bvia\b|\bfor\s+The\s+National$",
    re.IGNORECASE,
)
_SQUARED_CREDIT = re.compile(r"\s\[(?P<credit>[A-Z][\w.'’&/ -]{1,40})\]$")
_BRACKETED_CREDIT = re.compile(r"\s\((?P<credit>[A-Z][\w.'’&/ -]{1,40})\)$")
_PHOTOGRAPHER_AND_AGENCY = re.compile(r"[A-ZÀ-ÖØ-Þ][\w .'’-]{1,40}/[A-Z][\w .&'’-]{1,40}")
_CREDIT_OPENING = re.compile(
    r"(?:Photo(?:graph)?s?|Fotos?|Pictures?|Pics?|Images?|Illustration|File photo|Photo credit)"
    r"\s*(?::|by\b|/|\|)|Courtesy\b|Credit\s*:|©|(?:Press|Handout) (?:photo|picture)s?$",
    re.IGNORECASE,
)
_CREDIT_JOINERS = frozenset(
    [
        "/",
        "-",
        "–",
        "&",
        "and",
        "via",
        "of",
        "for",
        "the",
        "de",
        "del",
        "da",
        "di",
        "al",
        "el",
        "bin",
        "bint",
        "van",
        "von",
        "la",
        "le",
        "du",
        "by",
        # a family's own pictures: "Hamdan family archive", "Family handout"
        "family",
        "archive",
        "archives",
        "collection",
        "handout",
    ]
)

_MAX_TITLE_CHARS = 300
# A wire's desk tag before its headline marks the story's version: "(LEAD)", "(2ND LD)"
_DESK_TAG = re.compile(
    r"^\((?:\d(?:ST|ND|RD|TH) )?(?:LEAD|LD|URGENT|UPDATE(?: \d{1,2})?|CORRECTED|REFILE"
    r"|EXCLUSIVE|BREAKING|WRAPUP(?: \d{1,2})?)\)\s+(?=\S)"
)
_MAX_HEADING_CHARS = 100
_MAX_HEADING_WORDS = 12
_MAX_OPENING_HEADING_WORDS = 8  # a longer unpunctuated first line is a standfirst
_MAX_BOX_TITLE_CHARS = 100
# Entries with one-phrase values that show a titled run with sentence values to be a box
_MIN_PHRASE_ENTRIES = 2
# Where one sentence ends and another starts, not the point of "10 a.m. to 3 p.m." or of an
# initial ("J. Smith")
_SENTENCE_BREAK = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?]\s+\S")
_MIN_CONTINUATION_WORDS = 4  # the rest of a cut paragraph, not a stray word or a figure
_MIN_INTERVIEW_QUESTIONS = 2
_MAX_CLOCK_LINE_CHARS = 20  # "4.12pm", "11:05 am GST": a time alone
_MIN_LISTICLE_ITEMS = 3
_NUMBERED_TITLE = re.compile(r"(?P<number>\d{1,2})\. [A-Z]")
_MIN_INTRODUCING_WORDS = 8  # a sentence over its figures, not a box's label
_MAX_CAPTION_CHARS = 600
_MIN_CAPTION_WORDS = 4
_SOURCE_LINE = re.compile(r"^(?:Image|Photo|Video|Media) source,\s*(?P<credit>.{2,60})$")
_CAPTION_LABEL = re.compile(r"^(?:Image|Photo|Video|Media) caption,?$")
_MAX_CREDIT_LINE_CHARS = 80
_MAX_CREDIT_LINE_WORDS = 8
_MAX_LIST_BOX_ENTRIES = 40
_MIN_BOX_ENTRIES = 2
# Titles that start a new box even inside a run of box entries ("Results" then "Fixtures").
_COMMON_BOX_TITLES = frozenset(
    [
        "results",
        "fixtures",
        "squads",
        "brief scores",
        "scores",
        "standings",
        "table",
        "the specs",
        "specs",
        "key facts",
        "fast facts",
        "profile",
        "company profile",
        "the bio",
        "bio",
        "how to apply",
        "if you go",
        "the details",
        "timeline",
        "key dates",
        "schedule",
    ]
)
# The titles of a travel page's practical box, set under the story.
_TRAVEL_BOX_TITLES = frozenset(
    {"how to get there", "getting there", "if you go", "where to stay", "know before you go"}
)
_MAX_LIST_ENTRY_CHARS = 160
_MAX_LABEL_TITLE_WORDS = 4  # "Brief scores:" is a box label; "The main changes include:" is prose


@dataclass(slots=True)
class _Line:
    """One non-blank line of the dump, with what the parser decided about it."""

    text: str  # whitespace-collapsed, for comparison and output
    raw: str  # stripped original, kept for widgets
    position: int  # physical line number, to know which lines were adjacent
    role: str = "text"  # text|date|languages|byline|related|widget|caption|title|dropped
    percent: bool = False
    cells: bool = False  # tab-separated: a row of a table copied from the page
    point: bool = False  # a summary line under the headline: a paragraph, never a box entry
    picture: bool = False  # under a gallery's counter ("+7"): a caption


@dataclass
class _Boxes:
    widgets: list[tuple[int, Widget]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _clean(text: str) -> tuple[str, bool]:
    """Drop control and zero-width characters, unify spaces and line endings.

    The flag says whether anything was dropped, for a warning.
    """
    dropped = False
    for char in _UNWANTED_CHARS:
        if char in text:
            text, dropped = text.replace(char, ""), True
    for char in _ODD_NEWLINES:
        if char in text:
            text = text.replace(char, "\n")
    for char in _ODD_SPACES:
        if char in text:
            text = text.replace(char, " ")
    return text, dropped


_UNFINISHED_END = re.compile(r"(?:,|\b(?:and|or|with|a|an|the|of|to|from|in|at|for|by|&))$")
_MAX_WRAPPED_TAIL_CHARS = 80


def _join_wrapped_entries(lines: list[_Line]) -> list[_Line]:
    """Lines the page broke inside one entry or paragraph, with no blank line between: one.

    A fact box's "Key: value" entry whose value wrapped onto the next line ("Venue: Coca-Cola
    Arena, City Walk," / "Dubai") takes it when left unfinished (a comma, "and", "with"). A
    line that goes on in lower case from an unfinished one is the same sentence: the lines of
    a poem printed as one block ("O wind that comes from the sea at evening," / "carry my
    greeting ..."), kept on their own lines within the paragraph."""
    joined: list[_Line] = []
    tail = -2  # the physical line the last joined line ends on
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is None
            or line.position != tail + 1
            or not line.role == previous.role == "text"
            or line.percent
            or previous.percent
            or line.cells
            or previous.cells
        ):
            joined.append(line)
            tail = line.position
            continue
        if (
            len(line.text) <= _MAX_WRAPPED_TAIL_CHARS
            and _UNFINISHED_END.search(previous.text)
            and _is_key_value(previous)
            and not _is_key_value(line)
        ):
            previous.text = f"{previous.text} {line.text}"
            previous.raw = f"{previous.raw} {line.raw}"
            tail = line.position
            continue
        if (
            line.text[0].islower()
            and not _ends_sentence(previous.text)
            and not _is_key_value(previous)
        ):
            previous.text = f"{previous.text}\n{line.text}"
            previous.raw = f"{previous.raw}\n{line.raw}"
            tail = line.position
            continue
        joined.append(line)
        tail = line.position
    return joined


def _split_lines(text: str) -> list[_Line]:
    lines = []
    shift = 0  # blank lines put between the paragraphs of a run-on line
    for position, physical in enumerate(text.split("\n")):
        stripped = physical.strip()
        if stripped:
            cells = "\t" in stripped
            if cells or "  " in stripped:
                if not cells and len(stripped) >= _MIN_RUN_ON_CHARS:
                    pieces = _run_on_paragraphs(stripped)
                    if pieces:
                        for number, piece in enumerate(pieces):
                            where = position + shift + 2 * number
                            lines.append(_Line(" ".join(piece.split()), piece, where))
                        shift += 2 * (len(pieces) - 1)
                        continue
                collapsed = " ".join(stripped.split())
            else:
                collapsed = stripped
            lines.append(_Line(collapsed, stripped, position + shift, cells=cells))
    return lines


def _run_on_paragraphs(line: str) -> list[str] | None:
    """The paragraphs of a story copied onto one line with two spaces between them (and one
    between its sentences); None for any other line."""
    pieces = _PARAGRAPH_GAP.split(line)
    if len(pieces) <= _MIN_RUN_ON_GAPS or not _SENTENCE_GAP.search(line):
        return None  # (two spaces after every sentence are a typing habit, not paragraphs)
    return pieces


# --- predicates -----------------------------------------------------------------------------


def _looks_percent_encoded(line: str) -> bool:
    """True for a line of percent-encoded text (no literal spaces, real escapes inside)."""
    if " " in line or line.startswith(("http://", "https://", "www.")):
        return False
    escapes = len(_PERCENT_ESCAPE.findall(line[:4000]))
    return escapes >= 2 or (escapes == 1 and "%20" in line)


def _fully_unquote(text: str, rounds: int = 3) -> tuple[str, int]:
    """Percent-decode until stable; also say how many rounds it took."""
    done = 0
    while done < rounds and _PERCENT_ESCAPE.search(text):
        decoded = unquote(text)
        if decoded == text:
            break
        text, done = decoded, done + 1
    return text, done


def _languages(line: str) -> list[str] | None:
    """The language names on a switcher line ("• English", "English | Arabic", "Read in:
    English · عربي"), else None."""
    if len(line) > 120:
        return None
    first = _first_word(line)
    if first in _LANGUAGE_CODES:  # "УКР | ENG": abbreviations, two or more
        parts = [part for part in _LANGUAGE_SEPARATORS.split(line.strip()) if part]
        if len(parts) > 1 and all(part in _LANGUAGE_CODES for part in parts):
            return parts
        return None
    if not _is_language_name(first) and not (
        len(line) <= _MAX_LANGUAGE_NAME_CHARS and _is_language_name(line.strip(" •·-*"))
    ):  # (a name of several words: "Tiếng Việt", "Te Reo Māori")
        colon = line.find(": ", 0, _MAX_SWITCHER_LABEL_CHARS) if ": " in line else -1
        if colon < 0 or not line[:colon].casefold().endswith(_SWITCHER_LABEL_ENDS):
            return None
        rest = line[colon + 2 :]
        line = rest
        if not _is_language_name(_first_word(line)):
            return None
    parts = [part for part in _LANGUAGE_SEPARATORS.split(line.strip(" •·-*")) if part]
    if parts and all(map(_is_language_name, parts)):
        return parts
    return None


def _is_language_name(name: str) -> bool:
    """A language's name in English or in itself: those a switcher most often shows, and
    every language the Unicode CLDR knows ("Bangla", "Gaeilge", "Malti")."""
    return name.casefold() in _all_language_names()


@cache
def _all_language_names() -> frozenset[str]:
    table = resources.files("newsbot") / "data" / "language_names.txt"
    with table.open(encoding="utf-8") as handle:
        return _LANGUAGE_NAMES | {name.casefold() for line in handle if (name := line.strip())}


def _first_word(line: str) -> str:
    """The line's first word, up to a space or a switcher's separator (no regex for the
    common word of letters only)."""
    head = line.lstrip(" •·-*").split(" ", 1)[0]
    return head if head.isalpha() else _FIRST_WORD_END.split(head, maxsplit=1)[0]


def _beside_languages(lines: list[_Line], index: int) -> bool:
    """Whether the line just above or under this one is a language switcher's too."""
    line = lines[index]
    above = lines[index - 1] if index else None
    if above is not None and above.position == line.position - 1 and above.role == "languages":
        return True
    if index + 1 < len(lines) and lines[index + 1].position == line.position + 1:
        return _languages(lines[index + 1].text) is not None
    return False


def _is_menu_bar(text: str) -> bool:
    """ "News Business Travel Life Sports World Perspectives": a line of section names, each
    capitalised, no sentence among them."""
    if text.count(" ") < _MIN_MENU_WORDS - 1 or text[-1] in _TERMINAL_PUNCTUATION or "," in text:
        return False
    words = text.split()
    if len(words) < _MIN_MENU_WORDS:
        return False
    if not all(word[0].isupper() or word[0].isdigit() or word == "&" for word in words):
        return False
    return sum(word.casefold() in _SECTION_NAMES for word in words) >= _MIN_MENU_SECTIONS


def _is_furniture(text: str) -> bool:
    """A line of page furniture: share bars, ads, sign-up, paywall and player controls,
    scene-break ornaments, social links, a reporter's e-mail address, a market-data strip."""
    initial = text[0]
    pattern = _FURNITURE_BY_INITIAL.get("#" if initial.isdigit() else initial.lower())
    if pattern is not None and pattern.match(text):
        return True
    if not initial.isalnum():
        if len(text) <= 30 and _ORNAMENT.match(text):
            return True
    elif text[0] in "FXWLTEPCS" and _is_share_row(text):
        return True  # "Facebook X WhatsApp Email": the share buttons on one line
    elif " " not in text:  # one word: a social network, an e-mail address
        if len(text) <= 9 and text.casefold() in _SOCIAL_NETWORKS:
            return True
        if "@" in text and _EMAIL_LINE.match(text):
            return True
    if text[-1] == "%" and len(_SIGNED_CHANGE.findall(text)) >= _MIN_TICKER_CHANGES:
        return not _ends_sentence(text)  # (a strip ends with a change)
    return text.endswith(_FURNITURE_ENDS) and _FURNITURE_ENDING.search(text) is not None


def _is_share_row(text: str) -> bool:
    words = text.casefold().split()
    return len(words) >= _MIN_SHARE_ROW_WORDS and _SHARE_WORDS.issuperset(words)


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text[-8:]))


def _is_title_like(text: str, limit: int = _MAX_TITLE_CHARS) -> bool:
    """A short line without terminal punctuation: a headline, heading or box title."""
    return (
        len(text) <= limit
        and text[-1] not in _TERMINAL_PUNCTUATION
        and not _BULLET.match(text)
        and text[0] not in _QUOTE_OPENERS
    )


def _is_box_title(line: _Line) -> bool:
    return (
        line.role == "text"
        and not line.percent
        and not line.point
        and _is_title_like(line.text, _MAX_BOX_TITLE_CHARS)
        and not _KEY_VALUE.match(line.text)
        and not _split_credit(line.text)[2]  # a short caption, not a box title
    )


def _is_key_value(line: _Line, sentences: bool = False) -> bool:
    """A fact-box entry such as "Directed by: Jeethu Joseph" (not a sentence with a colon);
    with ``sentences``, also one whose value runs to several sentences ("Al Sadd: Midfielder
    X is out. Y returns."), which only the box around it can tell from body text."""
    if line.role != "text" or line.percent or len(line.text) > 250 or ":" not in line.text:
        return False
    match = _KEY_VALUE.match(line.text)
    if not match:
        return False
    key = match.group("key")
    return (
        len((_BRACKETED.sub("", key) if "(" in key else key).split()) <= 6  # "(per gram, Dh)"
        and key[0] not in _QUOTE_OPENERS
        and not _SENTENCE_END.search(key)
        and key not in {"Q", "A"}
        and (key[0].isupper() or key[0].isdigit())
        and (sentences or not _SENTENCE_BREAK.search(match.group("value")))  # one phrase
        and "http" not in key
    )


def _credit_is_known(credit: str) -> bool:
    folded = credit.casefold()
    if folded in _AGENCIES or _CREDIT_PATTERNS.search(credit):
        return True
    if "/" in credit and _PHOTOGRAPHER_AND_AGENCY.fullmatch(credit):
        return True  # "Mélanie Roy/The Canadian Press"
    words = re.split(r"[\s/,;&]+", folded)
    return any(word in _AGENCIES for word in words if word) or any(
        " ".join(pair) in _AGENCIES for pair in itertools.pairwise(words)
    )


def _split_credit(text: str) -> tuple[str, str | None, bool]:
    """Split "Sentence. Reuters" into text and credit; the flag says the credit is a known kind.

    Only a short run of capitalised words after the final sentence end counts, so a paragraph
    ending "... said the AP." keeps its last word.
    """
    # (the regex only on lines that can hold such a credit: it is slow on every other line)
    tail = text[-80:]
    if (":" in tail or " by " in tail) and _LABEL_NEAR_END.search(tail):
        dashed = _DASHED_CREDIT.match(text)
        if dashed:  # "... on March 9 – Photo: Petros Ioannou", "... on Wednesday PIC: X"
            return dashed["text"], dashed["credit"], True
    set_apart = _CREDIT_SET_APART.match(text) if text[-1:] in ")]" or "|" in text else None
    if set_apart:
        credit = (set_apart["bracketed"] or set_apart["squared"] or set_apart["barred"]).strip()
        label = _LABEL_BEFORE_BAR.search(set_apart["text"]) if set_apart["barred"] else None
        if label:  # "... on Thursday. PHOTO | FILIPO LUKUMAY": the label, then the bar
            return set_apart["text"][: label.start()].rstrip(), credit, True
        if _credit_is_known(credit) or (
            # an agency's initials in brackets after the last sentence: "... on Thursday. (PTI)"
            set_apart["bracketed"]
            and _AGENCY_INITIALS.match(credit)
            and _ends_sentence(set_apart["text"])
        ):
            text = set_apart["text"].rstrip()
            labelled = _LABELLED_CREDIT_END.search(text) if ":" in text[-70:] else None
            if labelled:  # "... Bernabéu. Photo: Ann Lee (EFE)": one credit, label and agency
                credit = f"{labelled['credit']} ({credit})"
                text = text[: labelled.start("credit")].rstrip()
            return text, credit, True
    if text[-1:] in _NO_CREDIT_ENDS:
        return text, None, False
    if text.find("Credit", -_MAX_GLUED_CREDIT_CHARS) != -1:  # "... on Tuesday.Credit...Name"
        glued = _GLUED_CREDIT.match(text)
        if glued:
            return glued["text"], glued["credit"], True
    match = _CREDIT_TAIL.search(text[-120:])
    if not match:
        return text, None, False
    credit = match.group("credit").strip()
    if credit[:1] in "—–-":  # set apart by a dash: "... in Karachi. — White Star/Name"
        credit = credit[1:].lstrip()
    words = credit.split()
    if not words or len(words) > 9 or credit.endswith((":", ",", "-")):
        return text, None, False
    if not _CREDIT_OPENING.match(credit) and not all(
        word[0].isupper()
        or word[0].isdigit()
        or word.casefold() in _CREDIT_JOINERS
        or word.startswith(("i", "@"))
        for word in words
    ):
        return text, None, False
    caption_text = text[: len(text) - len(match.group(0)) + len(match.group("end"))]
    return caption_text, credit, _credit_is_known(credit)


# --- passes ---------------------------------------------------------------------------------


def _mark_metadata(
    lines: list[_Line], article: ParsedArticle, cookies: bool = True, notice: bool = True
) -> list[int]:
    """Dates, language switchers and bylines: recorded on the article, never in the body.

    ``cookies`` and ``notice`` say whether the dump speaks of cookies or of rights reserved at
    all (one scan of the whole text), so most dumps skip those two checks on every line.
    Returns where the furniture and the labels of page blocks are, for the page-block pass.
    """
    marks: list[int] = []
    related_left = 0
    related_tight = False  # whether the list under the last label has no blank line in it
    related_seen = False
    furniture = 0
    body_started = False
    after_player = False
    buttons_left = 0
    copyright_at: int | None = None  # index of the last copyright notice
    back_to_top: int | None = None  # a "Back to top" link opens the footer
    for index, line in enumerate(lines):
        text = line.text
        # (a line with a space is no percent-encoded one: most lines stop at the first test)
        line.percent = " " not in line.raw and _looks_percent_encoded(line.raw)
        if line.percent:
            related_left = 0
            continue
        if (
            related_left
            and (
                _is_title_like(text, 150)
                or text.endswith(("...", "…"))
                or (text[-1] == "?" and len(text) <= 150)  # "MetroLink: what happens next?"
                or (  # "‘It sounded like a train’: storm rips roofs from caravan park"
                    text[0] in _QUOTE_OPENERS
                    and len(text) <= 150
                    and text[-1] not in _TERMINAL_PUNCTUATION
                )
            )
            and not (index + 1 < len(lines) and lines[index + 1].text == text)
            and not (  # a box's title over its "Key: value" entries ends the list
                index + 2 < len(lines)
                and ": " in lines[index + 1].text
                and ": " in lines[index + 2].text
                and _is_key_value(lines[index + 1])
                and _is_key_value(lines[index + 2])
                and not _is_key_value(line)
                and not _LIST_MARKER.match(text)
            )
            and not (  # a list set tight under its label ends at the first blank line
                related_tight and line.position > lines[index - 1].position + 1
            )
        ):  # (a line printed twice over is a picture's caption, under the list)
            line.role = "related"
            if text[0].upper() in _RELATED_INITIALS and _RELATED_LINKS.match(text):
                related_left = _MAX_RELATED_HEADLINES  # the next list's label
                related_tight = _tight_under(lines, index)
            elif not _LIST_MARKER.match(text):  # "1", "2h ago": a rank or time, not a link
                related_left -= 1
            continue
        related_left = 0
        if cookies or notice:  # (most dumps have neither: one test per line)
            if buttons_left and len(text.split()) <= _MAX_BUTTON_WORDS and text[-1] not in ".,;":
                line.role = "dropped"  # "I Accept", "Manage Preferences" under a cookie banner
                furniture += 1
                marks.append(index)
                continue
            buttons_left = 0
            if cookies and len(text) <= 600 and "ookie" in text and _CONSENT_BANNER.search(text):
                line.role = "dropped"
                furniture += 1
                marks.append(index)
                buttons_left = _MAX_CONSENT_BUTTONS
                continue
            if notice and "eserved" in text and _COPYRIGHT.match(text):
                line.role = "dropped"
                copyright_at = index
                furniture += 1
                marks.append(index)
                continue
        if len(text) >= _BODY_TEXT_CHARS:
            body_started = body_started or not _printed_twice(lines, index)  # (a caption)
            if (
                text[0] in "(ATW"
                and text.startswith(_LONG_TRAILER_OPENINGS)
                and len(text) <= 600
                and (_TRAILER.match(text) or _is_furniture(text))
            ):
                line.role = "dropped"
                furniture += 1
                continue
        if len(text) > 200:
            continue
        if len(text) == 1 and text.isupper() and index + 1 < len(lines):
            following = lines[index + 1]
            if following.position == line.position + 1 and following.text[0].islower():
                # a drop cap the copy left on a line of its own: "W" over "hen the ..."
                following.text, following.raw = text + following.text, text + following.raw
                line.role = "dropped"
                continue
        if not body_started and _is_menu_bar(text):
            line.role = "dropped"  # "Home News Business Sport Opinion E-Paper": the site's menu
            furniture += 1
            marks.append(index)
            continue
        if (
            not body_started
            and _NAVIGATION.match(text)
            and not _ends_with_role(text)  # "Dimitra Sotiriou | Parliamentary correspondent"
            and not _languages(text)
            and not _credit_under_a_caption(lines, index)
            and not (lines[index - 1].role == "languages" and _NAME_AND_PLACE.match(text))
        ):
            line.role = "dropped"
            furniture += 1
            marks.append(index)
            continue
        if len(text) <= 120 and _TICKER_STRIP.search(text):
            line.role = "dropped"  # "Tamara Foods (4361.SR) SAR 27.45 ▲ 2.95 (+12.04%)"
            furniture += 1
            marks.append(index)
            continue
        if not body_started and _RELATIVE_TIME.match(text):
            line.role = "date"
            continue
        if (  # (a date under the byline may follow a long standfirst)
            not body_started or (text[-1].isalnum() and lines[index - 1].role == "byline")
        ) and (bare_date := parse_bare_date_line(text)) is not None:
            line.role = "date"
            if ("pdated" in text or "odified" in text) and _mark_dates(text, article):
                continue  # "14.03.2025, 09:15 | Updated 15.03.2025, 11:40": both dates
            if article.published is None:
                article.published = bare_date
                article.date_sources["published"] = text
            continue
        if (
            not body_started
            and text[0] == "C"
            and text.startswith("Compiled by ")
            and _read_byline(lines, index, article)
        ):
            continue  # over the date, the compiler is the byline (under the story, a trailer)
        if text[0] == "(" and text.startswith("(By ") and text[-1] == ")":
            trailer = _BYLINE.match(text[1:-1])  # "(By Huang Yu-ting and Ian Fletcher)" under
            if trailer is not None:  # the story, as agencies sign it
                line.role = "byline"
                names = _NAME_JOINERS.split(_BRACKETED.sub("", trailer.group("names")))
                article.authors.extend(
                    name.strip()
                    for name in names
                    if name.strip() and name.strip() not in article.authors
                )
                continue
        if _is_furniture(text) or (after_player and _DURATION.match(text)):
            line.role = "dropped"
            furniture += 1
            marks.append(index)
            after_player = text[:6].casefold() == "listen"  # its length may follow: "3 min"
            if text[0] in "Bb" and text.casefold() == "back to top":
                back_to_top = index
            elif text[0] == "+" and index + 1 < len(lines):  # "+7": a gallery's picture follows
                if lines[index + 1].position == line.position + 1:
                    lines[index + 1].picture = True
            elif text[0] in "Ee" and text[:10].casefold() == "enter your" and index:
                above = lines[index - 1]  # the sign-up form's call to action
                if (
                    above.role == "text"
                    and len(above.text.split()) <= _MAX_PROMO_TITLE_WORDS
                    and _is_title_like(above.text, _BODY_TEXT_CHARS)
                ):
                    above.role = "dropped"
            continue
        after_player = (
            text[0] in "Ww" and bool(_WATCH_LINE.match(text)) and not _ends_sentence(text)
        )
        if after_player:
            line.role = "dropped"
            furniture += 1
            marks.append(index)
            continue
        initial = text[0].upper()
        related = _RELATED_LINKS.match(text) if initial in _RELATED_INITIALS else None
        if related is None and initial in "RA" and text.startswith(_INLINE_TEASER):
            related = _is_title_like(text, 200) and _INLINE_TEASER_MATCH.match(text)
        if related:
            line.role = "related"
            if not related.group("inline"):
                related_left = _MAX_RELATED_HEADLINES
                related_tight = _tight_under(lines, index)
            related_seen = True
            continue
        if len(text) <= 160:
            if (
                (initial in "UPLFMD" and _DATE_LINE.match(text))
                or (initial.isdigit() and "Updated" in text)  # "16:42, 26 Nov 2026Updated..."
                or ("pdated" in text[6:] and _DATE_PARTS.search(text) is not None)  # "Mar 21,
            ) and _mark_dates(text, article):  # 2025 (Last updated: Mar 22, 2025 at 9:40 JST)"
                line.role = "date"
                continue
            place_and_date = _PLACE_AND_DATE.match(text) if " | " in text else None
            if place_and_date and _mark_dates(text[place_and_date.end() :], article):
                line.role = "date"  # "Kochi | Updated: Sep 3, 2025 08:05 PM"
                continue
            languages = _languages(text)
            if (
                languages is None
                and index
                and lines[index - 1].role == "languages"
                and lines[index - 1].position == line.position - 1
                and _SWITCHER_ENTRY.match(text)
            ):  # "• Patwa", "• Vosa Vakaviti" under "• English": the switcher's next entry
                languages = [text.lstrip(" •·-*")]
            elif (
                languages
                and len(languages) == 1
                and (text[0] not in _BULLET_CHARS or languages[0].casefold() not in _LANGUAGE_NAMES)
            ):
                # one name alone is a switcher's entry only beside another ("English" over
                # "العربية"); else it is a menu item, like "Home", or a list's item ("• Embu")
                languages = languages if ":" in text or _beside_languages(lines, index) else None
            if languages:
                line.role = "languages"
                for language in languages:
                    if language not in article.languages_offered:
                        article.languages_offered.append(language)
                continue
            if (len(text) <= _MAX_CREDIT_LINE_CHARS or text.startswith("By ")) and _read_byline(
                lines, index, article
            ):
                continue
            if text.casefold() in _KICKERS and (
                index == 0
                or (
                    index + 1 < len(lines)
                    and lines[index + 1].position == line.position + 1
                    and _is_title_like(lines[index + 1].text)
                )
            ):
                line.role = "dropped"  # "OPINION", "Explainer" over the headline: its genre
                continue
            if len(text) <= _MAX_BUTTON_CHARS and text.casefold() in _BLOCK_LABELS:
                marks.append(index)
    for line in lines[-_MAX_TRAILER_LINES:]:  # "X contributed reporting." closes the text
        if (
            line.role == "text"
            and ("contributed" in line.text or "updated" in line.text)
            and _CONTRIBUTED.match(line.text)
        ):
            line.role = "dropped"
            furniture += 1
    if copyright_at is not None:
        after = [
            line for line in lines[copyright_at + 1 :] if line.role == "text" and not line.percent
        ]
        if len(after) <= _MAX_FOOTER_LINES:
            for line in after:
                line.role = "dropped"
            furniture += len(after)
    if back_to_top is not None and back_to_top >= len(lines) - _MAX_FOOTER_MENU_LINES:
        after = [line for line in lines[back_to_top + 1 :] if line.role == "text"]
        # (a page may print the link under each section: only links and names may follow)
        if all(
            not line.percent
            and len(line.text) < _BODY_TEXT_CHARS
            and not (" " in line.text and _ends_sentence(line.text))  # "U.S." is a link
            for line in after
        ):
            for line in after:
                line.role = "dropped"
            furniture += len(after)
    furniture += _mark_closing_menu(lines)
    if related_seen:
        article.warnings.append("related-links block dropped")
    if furniture:
        article.warnings.append(
            f"{furniture} page furniture line(s) dropped (navigation, player, share, ads, sign-up)"
        )
    return marks


def _mark_closing_menu(lines: list[_Line]) -> int:
    """The page's closing menu: the dump's last block (no blank line inside) of three or more
    short link lines with no sentence and no figure ("About Us", "Terms and Conditions").
    Returns how many lines it dropped."""
    last = lines[-1]
    if last.role == "text" and len(last.text) > _MAX_BUTTON_CHARS:
        return 0  # (most dumps end with a paragraph)
    start = len(lines) - 1
    while start > 0 and lines[start - 1].position == lines[start].position - 1:
        start -= 1
    block = lines[start:]
    if len(block) < _MIN_FURNITURE_BLOCK_LINES or len(block) > _MAX_FOOTER_MENU_LINES:
        return 0
    links = [line for line in block if line.role == "text"]
    if not any(_FOOTER_LINK.search(line.text) for line in block) or not all(
        not line.percent
        and len(line.text.split()) <= _MAX_MENU_ITEM_WORDS
        and _is_title_like(line.text, _MAX_BUTTON_CHARS)
        and not any(char.isdigit() for char in line.text)
        for line in links
    ):
        return 0
    for line in links:
        line.role = "dropped"
    return len(links)


def _printed_twice(lines: list[_Line], index: int) -> bool:
    """Whether the line's text is also the line's before or after it: a picture's caption,
    as pages print it over and over, not the story's text."""
    text = lines[index].text
    return (index + 1 < len(lines) and lines[index + 1].text == text) or (
        index > 0 and lines[index - 1].text == text
    )


def _mark_top_matter(lines: list[_Line]) -> None:
    """Lines around the headline that belong to the page, not the story.

    A page title with the site's name after a bar or dash ("Headline | The Site") repeats the
    headline printed below it. Section labels, kickers and player buttons sit above the headline:
    short lines before the first headline-sized line. Names, roles, publisher and counters printed
    next to the date or byline, with no blank line between, form the byline block.
    """
    top: list[_Line] = []
    standfirst = False  # a long standfirst may come before the byline block and the date
    for index, line in enumerate(lines[:_MAX_TOP_LINES]):
        if (
            len(line.text) >= _BODY_TEXT_CHARS
            and line.role == "text"
            and not _printed_twice(lines, index)  # (a caption over the byline is no text yet)
        ):
            if standfirst or "date" not in [
                near.role for near in lines[index + 1 : index + _DATE_AFTER_STANDFIRST]
            ]:
                break
            standfirst = True
        top.append(line)
    candidates = [line for line in top if line.role == "text" and not line.percent]
    page_title = candidates[0].text if candidates else ""
    match = (
        _SITE_SUFFIX.match(page_title)
        if any(bar in page_title for bar in (" | ", " - ", " – ", " — "))
        else None
    )
    if match and any(line.text == match["headline"] for line in lines[1:_MAX_TOP_LINES]):
        candidates[0].text = match["headline"]  # the later copy goes as a repeated title
    for index, line in enumerate(candidates[:_MAX_LABELS_ABOVE_HEADLINE]):
        # "News provided by" over the provider's name: a label and a name, not the headline
        if line.role == "text" and line.text.endswith(" by") and _PROVIDED_BY.match(line.text):
            line.role = "dropped"
            if index + 1 < len(candidates) and len(candidates[index + 1].text.split()) <= 6:
                candidates[index + 1].role = "dropped"
    candidates = [line for line in candidates if line.role == "text"]
    window = candidates[: _MAX_LABELS_ABOVE_HEADLINE + 1]
    if len(candidates) > len(window):
        window = _headline_window(candidates)
    headline = None
    shouted = None  # a masthead's tagline in capitals is no headline if a later line is one
    doubled = {  # a caption printed twice running, as pictures over the headline are
        line.text
        for line, after in itertools.pairwise(candidates)
        if after.text == line.text and after.position == line.position + 1
    }
    switchers = {line.position for line in top if line.role == "languages"}
    for line in window:
        if line.text in doubled:
            continue
        if (
            line.text[-1] in ".:;,!?"
            and " " in line.text  # a one-word label may end in a full stop: "U.S."
            and not _split_credit(line.text)[2]
            and not (  # "Episode 47: Who will crew the ferries?" over the switcher
                line.text[-1] == "?"
                and len(line.text) <= _MAX_TITLE_CHARS
                and any(line.position + step in switchers for step in (1, 2, 3))
            )
        ) or _BULLET.match(line.text):
            break  # a sentence: the text has begun, the headline was a short one
        if len(line.text.split()) >= _MIN_HEADLINE_WORDS and len(line.text) <= _MAX_TITLE_CHARS:
            if line.text.isupper() and shouted is None:
                shouted = line
                continue
            headline = line
            break
    headline = headline or shouted
    if headline is not None:
        # labels may also stand between the page's title and the headline printed again
        copies = [line for line in window if line.text == headline.text]
        positions: set[int] | None = None  # (made only when a kicker may be there)
        for line in candidates:
            if line is copies[-1]:
                break
            if line is headline:
                continue
            words = len(line.text.split())
            if (
                words <= _MAX_LABEL_WORDS
                or line is shouted  # a masthead's tagline in capitals
                or (words <= _MAX_TAGLINE_WORDS and ", " in line.text)
                or (words <= _MAX_BYLINE_BLOCK_WORDS and _SOURCE_LABEL.match(line.text))
                or (  # a kicker right over the headline, a masthead over section labels
                    words <= _MAX_KICKER_WORDS
                    and line.text[-1] not in _TERMINAL_PUNCTUATION
                    and _close_to_another(line, positions := positions or _positions(top))
                )
            ) and not _split_credit(line.text)[2]:
                line.role = "dropped"
        if candidates[-1] is not headline and top[-1].position > headline.position + 2:
            _mark_points(top, headline)  # (text lines set apart under it)
    first = next((line for line in top if line.role == "text" and not line.percent), None)

    def byline_part(line: _Line) -> bool:
        return (
            line.role == "text"
            and line is not first
            and not line.percent
            and len(line.text.split()) <= _MAX_BYLINE_BLOCK_WORDS
            and line.text[-1] not in _TERMINAL_PUNCTUATION
        )

    _mark_name_over_bio(top)
    _mark_names_under_the_switcher(top)
    roles = [index for index, line in enumerate(top) if line.text.endswith(_ROLE_ENDINGS)]
    if roles or (
        len(top) > 1 and top[-1].role == "text" and top[-1].text.count(" ") < _MAX_NAME_WORDS
    ):
        _mark_set_apart_bylines(top, roles, first, byline_part)
    for index, line in enumerate(top):
        if line.role not in ("date", "byline"):
            continue
        for step in (-1, 1):
            near, position = index + step, line.position
            taken: list[_Line] = []
            # below a date, only lines up to another date or byline; a byline's role may follow
            closed = step < 0 or line.role == "byline"
            while 0 <= near < len(top) and abs(top[near].position - position) == 1:
                neighbour = top[near]
                if byline_part(neighbour):
                    taken.append(neighbour)
                    # labelled lines under a date ("WRITER: X", "SECTION: Y") are its kind
                    if step > 0 and line.role == "date" and _META_LABEL.match(neighbour.text):
                        closed = True
                elif neighbour.role in ("date", "byline"):
                    closed = True
                    break
                elif neighbour.role != "dropped":
                    break
                position, near = neighbour.position, near + step
            if closed:
                for neighbour in taken:
                    neighbour.role = "byline"
        # a name and role, or a place and source, set apart just above the date
        if line.role == "date":
            _mark_block_above_date(top, index, byline_part)
        # a short line between two byline or date lines ("Heard on <programme>")
        if (
            index + 2 < len(top)
            and byline_part(top[index + 1])
            and top[index + 2].role in ("date", "byline")
        ):
            top[index + 1].role = "byline"


def _ends_with_role(text: str) -> bool:
    """Whether the line ends with a reporter's role: "Health correspondent"."""
    return text.endswith(_ROLE_ENDINGS) and (
        text[text.rfind(" ") + 1 :].casefold().removesuffix("s") in _ROLE_WORDS
    )


def _headline_window(candidates: list[_Line]) -> list[_Line]:
    """The first lines, where the headline is looked for: short labels (a scoreboard's cells,
    one a line) do not count towards their number."""
    window: list[_Line] = []
    longer = 0
    for line in candidates[:_MAX_SHORT_LINES_ABOVE]:
        if line.text.count(" ") >= _MAX_LABEL_WORDS:  # (spaces are single: words less one)
            longer += 1
            if longer > _MAX_LABELS_ABOVE_HEADLINE + 1:
                break
        window.append(line)
    return window


def _positions(lines: list[_Line]) -> set[int]:
    return {line.position for line in lines}


def _close_to_another(line: _Line, positions: set[int]) -> bool:
    """Whether the line has another right above or under it, with no blank line between."""
    return line.position - 1 in positions or line.position + 1 in positions


def _mark_points(top: list[_Line], headline: _Line) -> None:
    """Summary lines printed close together under the headline, with no bullets left: the
    story's key points, each a paragraph of its own (no box's title and entries)."""
    block: list[_Line] = []
    for line in top:
        if line.position <= headline.position:
            continue
        if block and line.position != block[-1].position + 1:
            break
        if not block and (line.role != "text" or line.position == headline.position + 1):
            return  # (the points are set apart from the headline)
        block.append(line)
    if 1 < len(block) <= _MAX_POINTS and all(
        line.role == "text"
        and len(line.text.split()) >= _MIN_POINT_WORDS
        and len(line.text) < _BODY_TEXT_CHARS
        and line.text[0].isupper()
        for line in block
    ):
        for line in block:
            line.point = True


def _mark_set_apart_bylines(
    top: list[_Line], roles: list[int], first: _Line | None, byline_part: Callable[[_Line], bool]
) -> None:
    """Byline blocks set apart between blank lines, wherever above the text: a name over a
    role ("Ann Lee" / "Health correspondent"), or a name alone just before the first paragraph
    of a page that gave its date."""
    for index in roles:
        if top[index].role != "text" or not _ends_with_role(top[index].text):
            continue
        low, high = index, index + 1  # the block around the role line
        while low and top[low - 1].position == top[low].position - 1:
            low -= 1
        while high < len(top) and top[high].position == top[high - 1].position + 1:
            high += 1
        if (
            high - low == 1
            and low
            and top[low - 1].position == top[low].position - 2
            and top[low - 1].text.count(" ") < _MAX_NAME_WORDS
            and _NAME_LINE.match(top[low - 1].text)
        ):
            low -= 1  # "Nour El Khatib", a blank line, "Health Reporter"
        block = top[low:high]
        if len(block) <= _MAX_SET_APART_BYLINE_LINES and all(map(byline_part, block)):
            for entry in block:
                entry.role = "byline"
    if len(top) < 2:
        return
    last = top[-1]
    if (
        last.role == "text"
        and last is not first
        and last.position != top[-2].position + 1
        and last.text.count(" ") < _MAX_NAME_WORDS
        and _NAME_LINE.match(last.text)
        and byline_part(last)
        and "date" in [line.role for line in top]
    ):
        last.role = "byline"


_MAX_TOP_BIO_WORDS = 40
_BIO_OPENINGS = (" is a", " is t", " is o", " was ", ", a ")  # "... is an economist", "is the"


def _mark_name_over_bio(top: list[_Line]) -> None:
    """A columnist's name set apart above the text, over a line about them that opens with it
    ("Salma Al Nuaimi" / "Salma Al Nuaimi is an agricultural economist and ..."): the byline
    and its bio, neither of them the story."""
    for above, below in itertools.pairwise(top):
        name = above.text
        if (
            above.role == below.role == "text"
            and " " in name
            and below.text.startswith(name)
            and below.text[len(name) : len(name) + 5] in _BIO_OPENINGS
            and len(below.text.split()) <= _MAX_TOP_BIO_WORDS
            and name.count(" ") <= _MAX_NAME_WORDS
            and _NAME_LINE.match(name)
        ):
            above.role = below.role = "byline"


_PUBLICATION_WORDS = frozenset(
    {"news", "times", "post", "herald", "tribune", "gazette", "agency", "press", "media", "daily"}
    | {"ledger", "chronicle", "standard", "courier", "observer", "journal", "telegraph"}
    | {"examiner", "sentinel", "dispatch", "mirror", "guardian", "globe", "inquirer", "register"}
)


def _mark_names_under_the_switcher(top: list[_Line]) -> None:
    """Two or more names set apart right under the language switcher ("Salma Idris and Karim
    Benali"): the writers' byline, where the page prints no "By"."""
    for above, line in itertools.pairwise(top):
        if (
            above.role == "languages"
            and line.role == "text"
            and line.position - above.position == 2
            and (" and " in line.text or ", " in line.text)
            and len(line.text.split()) <= 3 * _MAX_NAME_WORDS
            and _NAMES_LINE.match(line.text)
        ):
            line.role = "byline"


def _authors_from_bylines(lines: list[_Line], article: ParsedArticle) -> None:
    """Names a page set apart as its byline, without "By", are the article's authors."""
    for line in lines[:_MAX_TOP_LINES]:
        if (
            line.role == "byline"
            and line.text not in article.authors
            and not line.text.startswith("By ")  # read with its names already
            and _NAMES_LINE.match(line.text)
            and not _ends_with_role(line.text)
            and _PUBLICATION_WORDS.isdisjoint(line.text.casefold().split())  # "ARAB NEWS"
        ):
            article.authors.extend(
                name for name in _NAME_JOINERS.split(line.text) if name not in article.authors
            )


def _mark_block_above_date(
    top: list[_Line], index: int, byline_part: Callable[[_Line], bool]
) -> None:
    """A block of one to three short lines, one blank line above the date, that opens with a
    name ("Ng Keng Gene" over "Transport Correspondent") or a place and source ("Riyadh -
    Asharq Al-Awsat"): the byline block of a page that sets it apart without "By"."""
    end = index - 1
    if end < 0 or top[end].position != top[index].position - 2 or not byline_part(top[end]):
        return
    start = end
    while start > 0 and top[start - 1].position == top[start].position - 1:
        start -= 1
    block = top[start : end + 1]
    if len(block) > _MAX_SET_APART_BYLINE_LINES or not all(byline_part(line) for line in block):
        return
    if (
        _NAMES_LINE.match(block[0].text)
        or _PLACE_AND_SOURCE.match(block[0].text)
        or any(_ends_with_role(line.text) for line in block)
    ):
        for line in block:
            line.role = "byline"


def _mark_page_blocks(lines: list[_Line], marks: list[int]) -> None:
    """Blocks the page prints around the article: about the author, disclosures, appeals.

    A label such as "Disclosure statement" takes the lines printed close under it; a donation
    appeal runs from its "Support ..." line to its donate button; a tight block that is all
    furniture but one short line goes whole. ``marks`` are the furniture and label lines.
    """
    count = len(lines)
    for index in marks:
        line = lines[index]
        text = line.text
        if line.role == "text" and text.casefold() in _BLOCK_LABELS:
            end = index + 1
            while end < count and lines[end].position == lines[end - 1].position + 1:
                end += 1
            block = lines[index:end]
            if len(block) <= _MAX_LABELLED_BLOCK_LINES and all(
                entry.role in ("text", "dropped") and not entry.percent for entry in block
            ):
                for entry in block:
                    entry.role = "dropped"
            continue
        if line.role == "dropped" and _DONATE.match(text):
            for back in range(index - 1, max(index - 4, -1), -1):
                if lines[back].role == "text" and lines[back].text.startswith("Support "):
                    for between in lines[back:index]:
                        if between.role == "text":
                            between.role = "dropped"
                    break
    done = -1  # blocks are looked at around furniture lines only, each once
    for index in marks:
        if index < done or lines[index].role != "dropped":
            continue
        start = index
        while start and lines[start - 1].position == lines[start].position - 1:
            start -= 1
        end = index + 1
        while end < count and lines[end].position == lines[end - 1].position + 1:
            end += 1
        done = end
        block = lines[start:end]
        if block[0].role == "dropped" and block[0].text.startswith("Skip past "):
            for entry in block:  # a promotion the page lets readers skip, copied whole
                entry.role = "dropped"
            continue
        if (
            len(block) == 2
            and block[1] is lines[index]
            and block[0].role == "text"
            and lines[index].text[:7].casefold() == "comment"
        ):
            label = block[0].text  # "Discussion" over "Comments are closed": the block's label
            if (
                len(label) <= _MAX_BUTTON_CHARS
                and len(label.split()) <= _MAX_BLOCK_LABEL_WORDS
                and _is_title_like(label)
            ):
                block[0].role = "dropped"
            continue
        rest = [entry for entry in block if entry.role != "dropped"]
        if _embedded_post(block):
            for entry in rest:
                if entry.role == "text":
                    entry.role = "dropped"
            continue
        if len(block) < _MIN_FURNITURE_BLOCK_LINES:
            if (
                len(block) == 2
                and len(rest) == 1
                and rest[0].role == "text"
                and len(rest[0].text.split()) <= _MAX_BLOCK_LABEL_WORDS
                and _is_title_like(rest[0].text)
                and not any(
                    entry.role == "text" and len(entry.text) >= _BODY_TEXT_CHARS
                    for entry in lines[:start]
                )
            ):  # "Science" over "5 min read" above the story: its section's label
                rest[0].role = "dropped"
            continue
        if (
            len(rest) == 1
            and rest[0].role == "text"
            and len(rest[0].text.split()) <= _MAX_PROMO_TITLE_WORDS  # a standfirst is longer
            and _is_title_like(rest[0].text, _BODY_TEXT_CHARS)
        ):
            rest[0].role = "dropped"


_POST_AGE = re.compile(r"\d{1,2}\s?(?:[hmd]|hrs?|mins?) ·")  # "3h ·": a social post's age
_POST_COUNTS = re.compile(r"\d[\d.,]*[KkMm]? (?:Likes?|Reactions?|Comments?|Shares?|Retweets?)\b")


def _embedded_post(block: list[_Line]) -> bool:
    """A social post set into the page, copied as a tight block: the account's name, the
    post's age ("3h ·"), its text and its counts ("1.2K Likes 214 Comments"). None of it is
    the story's text."""
    return (
        len(block) <= _MAX_EMBEDDED_POST_LINES
        and any(_POST_AGE.match(entry.text) for entry in block)
        and any(_POST_COUNTS.match(entry.text) for entry in block)
    )


def _read_byline(lines: list[_Line], index: int, article: ParsedArticle) -> bool:
    """A byline, its authors recorded: "By Ann Lee and Bo Ek", "Written by Ann Lee", "Text:
    Ann Lee", "By Ann Lee | March 7, 2025 2:22 pm" (the date is the article's publication);
    and in the page's top lines "Ann Lee, Transport Correspondent", "Ann Lee · for the
    Chronicle", "Reporting by Ann Lee; photos by Bo Ek" (the photographer is no author), and
    under the switcher "Ann Lee | Chandpur" or a name alone over "Senior Correspondent" or
    "Special to The Standard". "Photos: Bo Ek" under a byline credits the pictures."""
    line = lines[index]
    text = line.text
    lead = _BYLINE_LEAD.match(text) if text[0] in _BYLINE_INITIALS else None
    if lead and lead["host"] and lead["host"] not in given_names():
        return False  # "Presented by Emirates NBD": a sponsor, not a host
    by_text = f"By {text[lead.end():]}" if lead else text if text.startswith("By ") else None
    if by_text is not None:
        by_text, _, date_text = by_text.partition(" | ")
        if not date_text and ", " in by_text:  # "By Rania Haddad, 06 March 2025 11:15"
            names, _, after = by_text.partition(", ")
            if after[:1].isdigit() and parse_bare_date_line(after) is not None:
                by_text, date_text = names, after
        if " - " in by_text or "/" in by_text or by_text.endswith(_ROLE_ENDINGS):
            by_text = _BYLINE_TAIL.sub("", by_text)  # "By: X - Reporter / @x", "By X, Reporter"
        byline = _BYLINE.match(by_text.rstrip(" ,"))
        if byline is None or len(by_text.split()) > _MAX_BYLINE_WORDS:
            return False
        line.role = "byline"
        names = _NAME_JOINERS.split(_BRACKETED.sub("", byline.group("names")))
        article.authors.extend(  # "By Staff Reporter" names nobody
            name.strip() for name in names if name.strip() and not _ends_with_role(name.strip())
        )
        published = parse_bare_date_line(date_text) if date_text else None
        if published is not None and article.published is None:
            article.published = published
            article.date_sources["published"] = text
        return True
    if index >= _MAX_TOP_LINES or len(text) > _MAX_CREDIT_LINE_CHARS:
        return False
    above = lines[index - 1].role if index else None
    if above == "byline" and text[0] in "PI" and _PICTURES_BY.match(text):
        line.role = "dropped"
        return True
    writers = _writers_in_credits(text) if " by " in text else None
    named = _NAME_AND_ROLE.match(text) if _ends_with_role(text) else None
    if named is None and ("for " in text or "pecial to" in text):
        named = _NAME_FOR_PUBLICATION.match(text)
    if named is None and (text[-1] == ")" or "/" in text) and above in _TOP_MATTER_ROLES:
        named = _NAME_WITH_PAPER_OR_ROLE.match(text)  # right under the switcher or the date
    if above == "languages":
        named = named or (_NAME_AND_PLACE.match(text) if " | " in text else None)
        if named is None and index + 1 < len(lines) and _NAME_OVER_ROLE.match(text):
            under = lines[index + 1]
            if under.position == line.position + 1 and (
                _ends_with_role(under.text) or _SPECIAL_TO.match(under.text)
            ):
                under.role = "dropped"  # "Senior Correspondent", "Special to The Standard"
                named = _NAME_OVER_ROLE.match(text)
    if writers is None and named is None:
        return False
    line.role = "byline"
    article.authors.extend(writers if writers is not None else [named["name"]])
    return True


def _writers_in_credits(text: str) -> list[str] | None:
    """The writers in a line of credits ("Reporting by Karen Lo; photos by Kelvin Yip",
    "Photography by Edmond So, text by Carmen Leung"), or None when it is no such line."""
    parts = _CREDIT_PARTS.split(text)
    credits = [_CREDIT_PART.match(part) for part in parts]
    if len(parts) < 2 or not all(credits):
        return None
    return [
        credit["name"]
        for credit in credits
        if credit is not None and credit["role"].casefold() in _WRITING_CREDITS
    ]


def _tight_under(lines: list[_Line], index: int) -> bool:
    """Whether the line under ``index`` follows it with no blank line between."""
    return index + 1 < len(lines) and lines[index + 1].position == lines[index].position + 1


def _mark_comment_thread(lines: list[_Line]) -> None:
    """Readers' comments copied under the article ("Comments (3)", then each reader's name, a
    time, the comment and "Reply") are not the article's: their names are not its entities
    and their times are not its dates. The thread runs from its heading to the last "Reply"."""
    replies = [index for index, line in enumerate(lines) if line.text.casefold() == "reply"]
    if not replies:
        return
    for opener in range(replies[0] - 1, max(-1, replies[0] - 1 - _MAX_COMMENT_LINES), -1):
        text = lines[opener].text
        if len(text) <= _MAX_CREDIT_LINE_CHARS and _COMMENTS_HEADING.match(text):
            for line in lines[opener : replies[-1] + 1]:
                line.role = "dropped"
            return


# A release as a newswire publishes it: "News provided by", "/PRNewswire/ --", "SOURCE X".
_WIRE_RELEASE = re.compile(
    r"News provided by|/(?:PRNewswire|EIN Presswire|GLOBE NEWSWIRE|Business Wire|ACCESSWIRE)"
    r"[^/\n]{0,20}/|^SOURCE [A-Z]",
    re.MULTILINE,
)


def _mark_back_matter(lines: list[_Line]) -> None:
    """A press release on a newswire's page closes with its back matter: an "About <Company>"
    boilerplate that opens with the company's name, then media contacts, the source line and
    the wire's promotions. From such a heading, in the second half of the text, to the end
    nothing is the story. (A paper that prints a firm's boilerplate under its own story
    prints it as the story's text.)"""
    for index in range(max(len(lines) - _MAX_BACK_MATTER_LINES, 0), len(lines) - 1):
        line = lines[index]
        if line.role != "text" or not line.text.startswith("About "):
            continue
        match = _ABOUT_HEADING.match(line.text)
        following = lines[index + 1]
        if (
            match
            and following.role == "text"
            and following.text.split()[0] == match["name"].split()[0]
            and len(following.text) >= _BODY_TEXT_CHARS
            and _text_chars(lines[:index]) * 2 >= _text_chars(lines)
        ):
            for entry in lines[index:]:
                if entry.role == "text" and not entry.percent:
                    entry.role = "dropped"
            return


def _text_chars(lines: list[_Line]) -> int:
    return sum(len(line.text) for line in lines if line.role == "text")


def _mark_author_box(lines: list[_Line], article: ParsedArticle) -> None:
    """An author box repeats the byline's name on a line over a bio that opens with it."""
    names = set(article.authors)
    for line in lines[:50]:
        if line.role == "byline" and _NAMES_LINE.match(line.text):
            names.update(_NAME_JOINERS.split(line.text))
    if not names:
        return
    # a bio line that opens with the name and ends in a link to the author's page
    for line in lines[-_MAX_BIO_LINES_FROM_END:]:
        if line.role == "text" and " is " in line.text and line.text.endswith(tuple(names)):
            name = next(name for name in names if line.text.endswith(name))
            if line.text.startswith((name + " is ", name + " has ")) and re.search(
                rf"\bMore (?:about|from|by) {re.escape(name)}$", line.text
            ):
                line.role = "dropped"
    for index in [index for index, line in enumerate(lines[:-1]) if line.text in names]:
        above, below = lines[index], lines[index + 1]
        if above.role == "text":
            name = above.text
            if below.role == "text" and below.text.startswith((name + " is ", name + " has ")):
                above.role = below.role = "dropped"
    openings = tuple(names)
    for line in lines[-_MAX_BIO_LINES_FROM_END * 4 :]:  # "Ann Lee is a reporter in Oslo."
        # (boxes under the story are still text lines here: the bio may sit above them)
        if line.role == "text" and line.text.startswith(openings):
            name = next(name for name in names if line.text.startswith(name))
            if line.text.startswith(_BIO_VERBS, len(name)) and len(line.text) <= _MAX_BIO_CHARS:
                line.role = "dropped"


def _mark_dates(text: str, article: ParsedArticle) -> bool:
    """Read every "Updated:/Published:" part of a line; False when it is not a date line."""
    # (an "Updated" part may follow the published date with no bar, even glued to it:
    # "Published Nov. 26, 2026Updated Nov. 26, 2026, 6:40 p.m. ET")
    if "|" in text:
        text = without_bar_before_time(text)
    splitter = _DATE_PARTS if "pdated" in text[8:] or "ublished" in text[8:] else _DATE_BARS
    parts = [part.strip() for part in splitter.split(text) if part.strip()]
    # (a part split off at its bracket keeps the bracket's close: "(Last updated: ... JST)")
    parts = [part[:-1] if part.count(")") > part.count("(") else part for part in parts]
    found = False
    day: datetime | None = None  # the line's date, for a part that gives only a time
    times: list[tuple[str, tuple[int, int]]] = []
    for number, part in enumerate(parts):
        match = _DATE_LINE.match(part)
        if not match:
            # "16:42, 26 Nov 2026Updated17:40, 26 Nov 2026": a bare date, then its update
            bare = parse_bare_date_line(part) if number == 0 and len(parts) > 1 else None
            if bare is None:
                return found
            if article.published is None:
                article.published = bare
                article.date_sources["published"] = part
            day, found = bare, True
            continue
        label = match.group("label").casefold()
        value = match.group("value")
        parsed = parse_news_date(value)
        known_year = day or article.published
        if parsed is None and known_year is not None and _DAY_WITHOUT_YEAR.fullmatch(value):
            parsed = parse_news_date(f"{value.strip()} {known_year.year}")  # "Last Updated:
            # March 1" under "Posted: Feb 28, 2025": the year is the page's
        if parsed is None and (clock := parse_time_of_day(value)) is not None:
            kind = "updated" if "update" in label or "modified" in label else "published"
            times.append((kind, clock))
            found = True
            continue
        if parsed is None:
            if label == "update":
                return found  # "Update on the talks: ..." is prose, not a date label
            if not re.match(r"[^:]{0,20}:", part):
                return found  # "Published by Penguin" is prose; "Published:" is a label
            article.warnings.append(f"date line {part[:60]!r} could not be parsed; dropped")
            found = True
            continue
        kind = "updated" if "update" in label or "modified" in label else "published"
        if kind == "published" and label.startswith("first") and article.published is not None:
            bare = article.date_sources.get("published", "")
            if not _DATE_LINE.match(bare) and article.updated is None:
                # "First published on ..." under a bare date: that date was the last change
                article.updated, article.published = article.published, None
                article.date_sources["updated"] = bare
        if getattr(article, kind) is None:
            setattr(article, kind, parsed)
            article.date_sources[kind] = part
        day = day or parsed
        found = True
    for kind, (hour, minute) in times:  # "updated at 5:40 pm": on the day, in the zone, given
        if day is not None and getattr(article, kind) is None:
            setattr(article, kind, day.replace(hour=hour, minute=minute, second=0))
            article.date_sources[kind] = text
    return found


def _settle_day_and_month(article: ParsedArticle) -> None:
    """A numeric date whose day and month could change places ("03-09-2025": March 9 in the
    US, September 3 elsewhere) takes the reading that fits the page's other date: a story is
    updated after it is published, and soon ("Updated: Sep 3, 2025" settles it)."""
    published, updated = article.published, article.updated
    assert published is not None and updated is not None
    for kind, other in (("published", updated), ("updated", published)):
        when: datetime = getattr(article, kind)
        if (
            when.day > 12
            or when.day == when.month
            or not _NUMERIC_DATE.search(article.date_sources.get(kind, ""))
        ):
            continue
        swapped = when.replace(month=when.day, day=when.month)
        if _gap(swapped, other, kind) < _gap(when, other, kind):
            setattr(article, kind, swapped)


def _gap(when: datetime, other: datetime, kind: str) -> timedelta:
    """How far apart a publication and its update are; the wrong way round counts as far."""
    published, updated = (when, other) if kind == "published" else (other, when)
    gap = updated.replace(tzinfo=None) - published.replace(tzinfo=None)
    return gap if gap >= timedelta(0) else timedelta.max


def _titled_with_a_colon(line: _Line) -> bool:
    """A film's or a car's name over its encoded box: "Dune: Part Two", "The specs: LX600"."""
    return (
        line.role == "text"
        and not line.percent
        and not line.point
        and _is_key_value(line)
        and _is_title_like(line.text.replace(":", " "), _MAX_BOX_TITLE_CHARS)
    )


def _percent_widget(lines: list[_Line], start: int, boxes: _Boxes) -> int:
    """Group a percent-encoded box starting at ``start``; return the index after it."""
    title_line = lines[start]
    decoded, _ = _fully_unquote(title_line.raw[:2000])
    index = start
    title: str | None = None
    if "<" not in decoded and len(decoded) <= _MAX_BOX_TITLE_CHARS:
        title = title_line.raw
        index += 1
    else:
        previous = start - 1
        if previous >= 0 and (
            _is_box_title(lines[previous]) or _titled_with_a_colon(lines[previous])
        ):
            title = lines[previous].raw
            lines[previous].role = "widget"
    content: list[str] = []
    rounds = 0
    while index < len(lines) and lines[index].percent and lines[index].role == "text":
        piece = lines[index].raw
        piece_decoded, piece_rounds = _fully_unquote(piece[:2000])
        if content and "<" not in piece_decoded and len(piece_decoded) <= _MAX_BOX_TITLE_CHARS:
            break  # the title of the next box
        content.append(piece)
        rounds = max(rounds, piece_rounds)
        lines[index].role = "widget"
        index += 1
    title_line.role = "widget"
    if not content:
        following = _key_value_run(lines, index)
        if following > index:
            raw = "\n".join(line.raw for line in lines[index:following])
            for line in lines[index:following]:
                line.role = "widget"
            boxes.widgets.append((title_line.position, Widget(title=title, raw=raw)))
            return following
        boxes.warnings.append("percent-encoded box title without content kept as an empty box")
        boxes.widgets.append((title_line.position, Widget(title=title, raw="")))
        return index
    if title is None:
        boxes.warnings.append("percent-encoded box without a title")
    encoding = "percent-twice" if rounds >= 2 else "percent"
    widget = Widget(title=title, raw="\n".join(content), encoding=encoding)
    boxes.widgets.append((title_line.position, widget))
    return index


def _find_reference_lists(lines: list[_Line], boxes: _Boxes) -> None:
    """Notes behind the text's footnote markers ("[1] Statistics office, 2026.") are a list of
    references: a box under its label ("Notes", "References"), not body text or a heading."""
    if not any(line.text[0] == "[" for line in lines):
        return  # (most dumps have no line opening with a bracket)
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and lines[end].role == "text"
            and lines[end].text[0] == "["
            and _REFERENCE_ENTRY.match(lines[end].text)
        ):
            end += 1
        if end - index < _MIN_BOX_ENTRIES:
            index = end + 1
            continue
        start = index
        label = lines[index - 1] if index else None
        if (
            label is not None
            and label.role == "text"
            and label.text.rstrip(":")
            and len(label.text.split()) <= _MAX_LABEL_TITLE_WORDS
            and _is_title_like(label.text.rstrip(":"), _MAX_BOX_TITLE_CHARS)
        ):
            start -= 1
        for entry in lines[start:end]:
            entry.role = "widget"
        title = lines[start].raw if start < index else None
        raw = "\n".join(entry.raw for entry in lines[index:end])
        boxes.widgets.append((lines[start].position, Widget(title=title, raw=raw)))
        index = end


def _key_value_run(lines: list[_Line], start: int, sentences: bool = False) -> int:
    """Where a run of "Key: value" entries ends: at the first other line, or at a line over a
    percent-encoded box, which is that box's title ("Dune: Part Two")."""
    end = start
    while (
        end < len(lines)
        and _is_key_value(lines[end], sentences)
        and not (end + 1 < len(lines) and _encoded_content(lines[end + 1]))
    ):
        end += 1
    return end


def _encoded_content(line: _Line) -> bool:
    """A percent-encoded line of HTML: a box's content (its title has no tags)."""
    return line.percent and "<" in _fully_unquote(line.raw[:2000])[0]


def _find_embeds(lines: list[_Line], boxes: _Boxes) -> None:
    """Social posts embedded in the page are someone else's words: kept as widgets, out of the
    body. A tweet is its text line and the attribution line after it; an Instagram embed is
    its "View this post" and "A post shared by" lines."""
    for index, line in enumerate(lines):
        # (both kinds of line open with a dash, a "V" or an "A": other lines stop here)
        if line.text[0] not in _EMBED_INITIALS or line.role != "text" or len(line.text) > 200:
            continue
        tweet = _TWEET_ATTRIBUTION.match(line.text)
        if tweet:
            previous = lines[index - 1] if index else None
            start = (
                index - 1
                if previous and previous.role == "text" and not previous.percent
                else index
            )
            end = index + 1
            title = f"Post by {tweet['name']} (@{tweet['handle']})"
        elif _INSTAGRAM_LINES.match(line.text):
            start = end = index
            shared = []
            while end < len(lines) and end - index < 3:
                match = _INSTAGRAM_LINES.match(lines[end].text)
                if match is None:
                    break
                shared.append(match)
                end += 1
            named = [m for m in shared if m["handle"]]
            title = f"Post by {named[0]['name']} (@{named[0]['handle']})" if named else "Post"
        else:
            continue
        for entry in lines[start:end]:
            entry.role = "widget"
        raw = "\n".join(entry.raw for entry in lines[start:end])
        boxes.widgets.append((lines[start].position, Widget(title=title, raw=raw)))


def _find_polls(lines: list[_Line], boxes: _Boxes) -> None:
    """A reader poll copied with its results: a tight block (no blank line inside) holding
    two or more lines that are only a share ("48%"), with its label, question, options, vote
    count and buttons. Readers' answers, not the article's text: kept as a widget."""
    done = -1
    for index, line in enumerate(lines):
        if line.text[-1] != "%" or index < done or line.role != "text":
            continue
        if not _is_share_line(line.text):
            continue
        start = index
        while start and lines[start - 1].position == lines[start].position - 1:
            start -= 1
        end = index + 1
        while end < len(lines) and lines[end].position == lines[end - 1].position + 1:
            end += 1
        done = end
        block = lines[start:end]
        if sum(1 for entry in block if _is_share_line(entry.text)) < _MIN_POLL_SHARES or any(
            entry.role != "text" or entry.percent or len(entry.text) > _MAX_BOX_TITLE_CHARS
            for entry in block
        ):
            continue
        for entry in block:
            entry.role = "widget"
        raw = "\n".join(entry.raw for entry in block[1:])
        boxes.widgets.append((block[0].position, Widget(title=block[0].raw, raw=raw)))


def _is_share_line(text: str) -> bool:
    return text[-1] == "%" and len(text) <= 6 and _SHARE.match(text) is not None


def _mark_sign_offs(lines: list[_Line]) -> None:
    """A letter's sign-off under its last paragraph: the writer's name over a place or a role,
    set tight ("Margaret Hollis" / "Crosthwaite, Cumbria"). The letter's own text, one
    paragraph a line, and never a box's title and entry."""
    for index in range(1, len(lines) - 1):
        name, under, above = lines[index], lines[index + 1], lines[index - 1]
        if (
            name.role == under.role == above.role == "text"
            and under.position == name.position + 1
            and name.position > above.position + 1
            and (index + 2 == len(lines) or lines[index + 2].position > under.position + 1)
            and len(above.text) >= _MIN_LETTER_CHARS
            and _ends_sentence(above.text)
            and _SIGNATORIES.fullmatch(name.text)
            and len(under.text) <= _MAX_SIGN_OFF_CHARS
            and ":" not in under.text
            and under.text[-1] not in _TERMINAL_PUNCTUATION
            and under.text[:1].isupper()
        ):
            name.point = under.point = True


def _mark_scoring_lines(lines: list[_Line]) -> None:
    """A match report's scoring lines ("Otago 24 (Matt Crowley, Rua Tipoki tries; ...)") set
    under its last paragraph are its result: body, never a box's title or entries. Under a
    title of their own ("Match info", "Brief scores:") they are that box's."""
    index = 0
    while index < len(lines):
        text = lines[index].text
        if (
            lines[index].role != "text"
            or text[-1] != ")"
            or " (" not in text
            or not _SCORING_LINE.match(text)
        ):
            index += 1
            continue
        end = index
        while (
            end + 1 < len(lines)
            and lines[end + 1].role == "text"
            and _SCORING_LINE.match(lines[end + 1].text)
        ):
            end += 1
        before = lines[index - 1] if index else None
        titled = before is not None and (
            _is_box_title(before) or (before.text.endswith(":") and len(before.text) < 40)
        )
        if not titled:
            for line in lines[index : end + 1]:
                line.point = True
        index = end + 1


def _drop_scoreboard(lines: list[_Line]) -> None:
    """A match page's scoreboard strip above the story, copied as a tight block: the
    competition, the match's state and the score ("United Rugby Championship" / "FULL TIME" /
    "Scarlets 24 Ospreys 17"). The report gives the score in its words; the strip is chrome."""
    for index, line in enumerate(lines):
        if line.role == "text" and len(line.text) >= _BODY_TEXT_CHARS:
            return  # the story has begun
        if line.role != "text" or not _MATCH_STATE.fullmatch(line.text):
            continue
        start = end = index
        while start and lines[start - 1].position == lines[start].position - 1:
            start -= 1
        while end + 1 < len(lines) and lines[end + 1].position == lines[end].position + 1:
            end += 1
        block = lines[start : end + 1]
        if len(block) <= _MAX_SCOREBOARD_LINES and any(
            _SCORE_LINE.match(entry.text) for entry in block  # "Scarlets 24 Ospreys 17"
        ):
            for entry in block:
                if entry.role == "text":
                    entry.role = "dropped"
            return


def _find_tables(lines: list[_Line]) -> None:
    """Adjacent tab-separated lines are a table of the article's own figures copied from the
    page ("Candidate / Party / Votes"): body paragraphs, one a row, with a tab between cells so
    the columns stay apart, and never a box's entries or a heading; so is a "Source:" line
    under them."""
    if not any(line.cells for line in lines):
        return  # (most dumps have no tab at all)
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and lines[end].cells
            and lines[end].role == "text"
            and (end == index or lines[end].position == lines[end - 1].position + 1)
        ):
            end += 1
        if end - index < _MIN_TABLE_ROWS:
            index = max(end, index + 1)
            continue
        for row in lines[index:end]:
            row.text = "\t".join(" ".join(cell.split()) for cell in row.raw.split("\t"))
            row.point = True
        if end < len(lines) and _SOURCES_LINE.match(lines[end].text):
            lines[end].point = True  # the table's own note: "Source: ..."
            end += 1
        index = end


def _find_boxes(lines: list[_Line], shares: bool = True) -> _Boxes:
    """Fact boxes: percent-encoded ones, titled ``Key: value`` runs, titled lists with sources."""
    boxes = _Boxes()
    _mark_scoring_lines(lines)
    _mark_sign_offs(lines)
    for line in lines:
        if line.role == "text" and line.text.count(" · ") >= 2 and ": " not in line.text:
            line.point = True  # an item's facts: "Serves 4 · Preparation 20 minutes · ..."
    _drop_scoreboard(lines)
    _find_embeds(lines, boxes)
    if shares:
        _find_polls(lines, boxes)
    _find_tables(lines)
    _find_reference_lists(lines, boxes)
    headline = _presumed_headline(lines)
    index = 0
    # Whether lines[index] is a "Key: value" entry, when the step before already looked: a
    # line that was only stepped over keeps its role, so the answer still holds.
    known_entry: bool | None = None
    while index < len(lines):
        line = lines[index]
        is_entry, known_entry = known_entry, None
        if line.role != "text":
            index += 1
            continue
        if line.percent:
            index = _percent_widget(lines, index, boxes)
            continue
        next_is_entry = index + 1 < len(lines) and _is_key_value(lines[index + 1])
        if (
            (
                next_is_entry
                or (
                    index + 1 < len(lines)
                    and ": " in lines[index + 1].text
                    and _is_key_value(lines[index + 1], True)
                )
            )
            and line is not headline
            and _is_box_title(line)
            and not _hangs_from_a_colon(lines, index)
        ):
            if next_is_entry:
                end = _key_value_run(lines, index + 1)
                entries = lines[index + 1 : end]
                is_box = len(entries) >= 2 and (
                    not _reads_like_prose(entries) or _keyed_by_one_word(entries)
                )
            else:  # "Team news" over "Al Sadd: X is out. Y returns." and "Kick-off: 7.30pm"
                end = _key_value_run(lines, index + 1, sentences=True)
                entries = lines[index + 1 : end]
                is_box = sum(map(_is_key_value, entries)) >= _MIN_PHRASE_ENTRIES
            if is_box:
                first = index
                if _figure_under_a_title(lines, index, headline):
                    first -= 1  # "X in numbers" over "493 million km travelled ...", "1,350kg: ..."
                raw = "\n".join(entry.raw for entry in lines[first + 1 : end])
                for entry in lines[first:end]:
                    entry.role = "widget"
                title = lines[first]
                boxes.widgets.append((title.position, Widget(title=title.raw, raw=raw)))
                index = end
                continue
        if line is not headline and (_is_key_value(line) if is_entry is None else is_entry):
            # A fact box may come without a title: a run of several "Key: value" lines.
            end = _key_value_run(lines, index)
            entries = lines[index:end]
            if _introduced_by_a_paragraph(lines, index):
                index = end  # "... per kilo, were:" over "1.5kg and above: Tk 2,600": its text
                continue
            if end - index >= _MIN_UNTITLED_BOX_ENTRIES and not _reads_like_prose(entries):
                title = _title_of_a_run(lines, index, entries)
                if title is not None and title is entries[0]:
                    entries = entries[1:]  # "Saudi Pro League: this weekend's fixtures"
                for entry in entries:
                    entry.role = "widget"
                raw = "\n".join(entry.raw for entry in entries)
                if title is None:
                    boxes.widgets.append((line.position, Widget(title=None, raw=raw)))
                else:
                    title.role = "widget"
                    boxes.widgets.append((title.position, Widget(title=title.raw, raw=raw)))
                index = end
                continue
        known_entry = next_is_entry
        index += 1
    _find_list_boxes(lines, boxes)
    _find_entry_boxes(lines, headline, boxes)
    _find_trailing_glued_box(lines, boxes)
    _find_closing_travel_box(lines, boxes)
    boxes.widgets.sort(key=lambda pair: pair[0])
    _extend_boxes_with_entries_after(lines, boxes)
    for _, widget in boxes.widgets:  # "Brief scores:" is the box "Brief scores"
        if widget.encoding == "plain" and widget.title and widget.title.endswith(":"):
            widget.title = widget.title.removesuffix(":").rstrip()
    return boxes


def _hangs_from_a_colon(lines: list[_Line], index: int) -> bool:
    """Whether the line is set tight under a text line ending in a colon ("For media
    enquiries, contact:" over "Sarah Nakato, Head of Communications" / "Email: ..."): what
    that line introduces, not a box's title."""
    if index == 0:
        return False
    above = lines[index - 1]
    return (
        above.role == "text"
        and not above.percent
        and above.position == lines[index].position - 1
        and above.text.endswith(":")
        and " " in above.text
    )


def _introduced_by_a_paragraph(lines: list[_Line], index: int) -> bool:
    """Whether the "Key: value" lines from ``index`` hang from the paragraph right above them
    (one blank line between at most) which ends in a colon ("Prices on Saturday, per kilo,
    were:"): the article's own figures, not a box set beside it."""
    if index == 0:
        return False
    above = lines[index - 1]
    return (
        above.role == "text"
        and lines[index].position - above.position <= 2  # a blank line between, or none
        and above.text.endswith(":")
        and len(above.text.split()) >= _MIN_INTRODUCING_WORDS  # a sentence, not a box's label
    )


def _note_closing_a_box(lines: list[_Line], index: int) -> bool:
    """A short line under a box with no story after it: the box's note ("All times are Saudi
    time (GMT+3)"), not a paragraph of its own."""
    line = lines[index]
    after = lines[index + 1] if index + 1 < len(lines) else None
    return (
        line.role == "text"
        and not line.percent
        and len(line.text.split()) <= _MAX_BOX_NOTE_WORDS
        and not _ends_sentence(line.text)
        and (after is None or after.role != "text" or after.percent)
    )


_MAX_BOX_NOTE_WORDS = 10


def _extend_boxes_with_entries_after(lines: list[_Line], boxes: _Boxes) -> None:
    """ "Key: value" lines right under a plain box, one blank line apart, are its last entries
    ("UAE squad" over a list of names, then "Reserves: ..." and "Coach: ..."), too few to make
    a box of their own."""
    if not boxes.widgets:
        return
    starts = [position for position, _ in boxes.widgets]
    for index in range(1, len(lines)):
        above, line = lines[index - 1], lines[index]
        if not (
            above.role == "widget"
            and not above.percent
            and line.position - above.position <= 2
            and (_is_key_value(line) or _note_closing_a_box(lines, index))
        ):
            continue
        at = bisect.bisect_right(starts, above.position) - 1
        if at < 0 or boxes.widgets[at][1].encoding != "plain":
            continue
        widget = boxes.widgets[at][1]
        if above.raw not in widget.raw:
            continue
        widget.raw = f"{widget.raw}\n{line.raw}"
        line.role = "widget"


_MAX_GLUED_BOX_ENTRIES = 12
_MAX_GLUED_BOX_ENTRY_CHARS = 300
_SENTENCE_BREAK = re.compile(r"[a-z0-9%)][.!?] [A-Z]")  # "... meals are $4. A guide costs"
_MAX_TRAVEL_BOX_ENTRIES = 6


def _find_trailing_glued_box(lines: list[_Line], boxes: _Boxes) -> None:
    """A title on the line right under a percent-encoded box's HTML, with no blank line
    between, opens the next box of the page's furniture (the sample's "Key figures in the
    life of the fort"). When only a few short lines follow it before the date line or the
    end, they are that box's entries even if they are sentences ("Key facts" over three of
    them), not a heading and paragraphs of the body: the body does not resume after the
    boxes. Anything longer after it is left to the body."""
    for index in range(1, len(lines)):
        title, above = lines[index], lines[index - 1]
        if not (
            above.percent
            and above.role == "widget"
            and title.position == above.position + 1
            and _is_box_title(title)
        ):
            continue
        end = index + 1
        while end < len(lines) and lines[end].role == "text" and not lines[end].percent:
            end += 1
        entries = lines[index + 1 : end]
        if (
            not entries
            or len(entries) > _MAX_GLUED_BOX_ENTRIES
            or any(len(entry.text) > _MAX_GLUED_BOX_ENTRY_CHARS for entry in entries)
            or any(line.role == "text" for line in lines[end:])
        ):
            continue
        for line in lines[index:end]:
            line.role = "widget"
        raw = "\n".join(entry.raw for entry in entries)
        boxes.widgets.append((title.position, Widget(title=title.raw, raw=raw)))


def _find_closing_travel_box(lines: list[_Line], boxes: _Boxes) -> None:
    """A travel box under the story's last paragraph: "How to get there" over a few lines of
    fares, drives and seasons. Such a title names the page's practical box, not a section of
    the story, when nothing of the story follows its lines (a section would run on to the
    end of the article or give way to another)."""
    body: list[int] = []  # the story's last lines, in page order
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].role == "text":
            body.insert(0, index)
            if len(body) > _MAX_TRAVEL_BOX_ENTRIES + 1:
                break
    for position in range(len(body) - 2, -1, -1):
        title = lines[body[position]]
        if title.text.rstrip(":").casefold() not in _TRAVEL_BOX_TITLES:
            continue
        entries = [lines[index] for index in body[position + 1 :]]
        if any(
            len(entry.text) > _MAX_GLUED_BOX_ENTRY_CHARS
            or _is_title_like(entry.text)
            or len(_SENTENCE_BREAK.findall(entry.text)) >= 2
            for entry in entries
        ):
            return  # a long paragraph, prose or a heading: the story goes on
        for line in (title, *entries):
            line.role = "widget"
        raw = "\n".join(entry.raw for entry in entries)
        boxes.widgets.append((title.position, Widget(title=title.raw, raw=raw)))
        return


_SCORE_LINE = re.compile(r"^\D+ \d{1,3}(?: \D+ \d{1,3}|\s?[-–]\s?\d{1,3} \D+)$")


def _figure_under_a_title(lines: list[_Line], index: int, headline: _Line | None) -> bool:
    """Whether the line taken for a box's title is its first entry, a figure or a score
    without a colon ("493 million km travelled by the probe", "Burnley 0 Manchester City 3"),
    under the box's real title ("Match info")."""
    line = lines[index]
    if index == 0 or not (line.text[:1].isdigit() or _SCORE_LINE.match(line.text)):
        return False
    above = lines[index - 1]
    return above is not headline and _is_box_title(above) and not above.text[:1].isdigit()


def _presumed_headline(lines: list[_Line]) -> _Line | None:
    """The first line that is neither metadata, a repeated line nor a credited caption."""
    texts = [line.text for line in lines[:50]]  # (counted only for the few lines looked at)
    for line in lines[:50]:
        if line.role == "text" and not line.percent and texts.count(line.text) == 1:
            if _split_credit(line.text)[2]:
                continue
            return line
    return None


def _title_of_a_run(lines: list[_Line], index: int, entries: list[_Line]) -> _Line | None:
    """The title of a run of "Key: value" lines that has none of the usual shape: a label
    ending in a colon over it ("Abu Dhabi prayer times for Friday:"), or its own first line
    when that line's value is a phrase in lower case ("Saudi Pro League: this weekend's
    fixtures") and the entries under it are not."""
    first = lines[index]
    if index:
        above = lines[index - 1]
        if (
            above.role == "text"
            and not above.percent
            and first.position - above.position <= 2
            and above.text.endswith(":")
            and len(above.text.split()) <= _MAX_COLON_TITLE_WORDS
            and above.text[0].isupper()
            and not _is_key_value(above)
        ):
            return above
    key, value = (part.strip() for part in first.text.split(":", 1))
    if value[:1].islower() and not any(char.isdigit() for char in value):
        following = entries[1].text.split(":", 1)[1].strip()
        if following[:1].isupper() or following[:1].isdigit():
            return first
    if key.isupper() and len(key) > 2 and not entries[1].text.split(":", 1)[0].isupper():
        return first  # "THE FILM: Tai Hang After Dark" over "Director: ...": a box's label
    return None


_MAX_COLON_TITLE_WORDS = 8


def _keyed_by_one_word(entries: list[_Line]) -> bool:
    """A titled box's entries keyed by one plain word each ("Flights: ...", "Visas: ..."),
    whatever their values: a travel box's advice is sentences, but no dateline ("RIYADH:") or
    speaker ("Mr Al Sayed:") opens them."""
    for entry in entries:
        key = entry.text.split(":", 1)[0]
        if " " in key or not key[:1].isupper() or key.isupper():
            return False
    return True


def _reads_like_prose(entries: list[_Line]) -> bool:
    """Datelines ("RIYADH: Saudi Arabia said ...") and quotes are sentences; box values are not."""
    sentences = sum(
        1 for entry in entries if _ends_sentence(entry.text) and len(entry.text.split()) > 10
    )
    return sentences * 2 >= len(entries)


def _find_list_boxes(lines: list[_Line], boxes: _Boxes) -> None:
    """A titled run of list entries closed by a "Sources:" line is a box, not body text."""
    for end, line in enumerate(lines):
        if line.role != "text" or line.point or not _SOURCES_LINE.match(line.text):
            continue  # (a table's "Source:" note is the body's, as its rows are)
        start = end - 1
        while (
            start >= 0
            and end - start <= _MAX_LIST_BOX_ENTRIES
            and lines[start].role == "text"
            and not _is_box_title(lines[start])
        ):
            start -= 1
        if start < 0 or lines[start].role != "text" or not _is_box_title(lines[start]):
            continue
        while (  # a timeline's dated entries are short lines too: "2011 Green Line opens"
            lines[start].text[:1].isdigit()
            and start > 0
            and end - start < _MAX_LIST_BOX_ENTRIES
            and _is_box_title(lines[start - 1])
        ):
            start -= 1
        entries = [entry.text for entry in lines[start + 1 : end]]
        if entries and not _looks_like_list(entries):
            continue
        for entry in lines[start : end + 1]:
            entry.role = "widget"
        raw = "\n".join(entry.raw for entry in lines[start + 1 : end + 1])
        boxes.widgets.append((lines[start].position, Widget(title=lines[start].raw, raw=raw)))


def _find_entry_boxes(lines: list[_Line], headline: _Line | None, boxes: _Boxes) -> None:
    """A titled run of short entries that are not sentences is a box ("Results", "Fixtures").

    Body text under a heading is made of sentences; score lines, fixtures, squads and numbered
    steps are not, so two or more of them after a title line make a box, up to the next
    sentence. Bulleted lines stay in the body: they are the article's own lists.
    """
    repeated: set[str] | None = None  # counted once a line could be a box's title
    index = 0
    while index < len(lines):
        line = lines[index]
        if line is headline or not _is_entry_box_title(line) or _hangs_from_a_colon(lines, index):
            index += 1
            continue
        if repeated is None:
            counts = Counter(entry.text for entry in lines)
            repeated = {text for text, count in counts.items() if count > 1}
        if line.text in repeated or _in_a_recipe(lines, index):
            index += 1
            continue
        if _introduced_by_a_paragraph(lines, index):
            index += 1  # "... and what it cost:" over "Jerk pork (1lb) – $1,800": its text
            while index < len(lines) and _is_list_entry(lines[index]):
                index += 1
            continue
        end = index + 1
        while (
            end < len(lines)
            and _is_list_entry(lines[end])
            and lines[end].text not in repeated
            and lines[end].text.rstrip(":").casefold() not in _COMMON_BOX_TITLES
        ):
            end += 1
        if _heading_after_entries(lines, index + 1, end):
            end -= 1  # "-14 Adrian Meyer (GER)" and then "Why the east coast shakes"
        if end - index - 1 < _MIN_BOX_ENTRIES and _is_roll(lines, index + 1, repeated):
            end = index + 2  # "UAE squad" over one line of names
        elif end - index - 1 < _MIN_BOX_ENTRIES:
            index += 1
            continue
        for entry in lines[index:end]:
            entry.role = "widget"
        raw = "\n".join(entry.raw for entry in lines[index + 1 : end])
        boxes.widgets.append((line.position, Widget(title=line.raw, raw=raw)))
        index = end


def _heading_after_entries(lines: list[_Line], first: int, end: int) -> bool:
    """Whether a box's last "entry" is the heading of the paragraph under it: the entries
    open with figures ("-17 Tomas Lindqvist (SWE)", "1. ..."), the last one with a capital,
    and a paragraph follows it."""
    if end - first < 3 or end >= len(lines):
        return False
    last, after = lines[end - 1], lines[end]
    return (
        after.role == "text"
        and len(after.text) >= _BODY_TEXT_CHARS
        and last.text[:1].isupper()
        and all(not entry.text[:1].isalpha() for entry in lines[first : end - 1])
    )


# Sections of a recipe, whose short lines are the article's own text, not a fact box.
_RECIPE_HEADINGS = frozenset(
    {"ingredients", "method", "you will need", "what you need", "directions", "steps"}
)
# A review's verdict lists and an episode's chapters, whose items are the page's own text,
# set tight under them.
_VERDICT_LIST_HEADINGS = frozenset(
    {
        "pros", "cons", "the good", "the bad", "likes", "dislikes", "what we liked",
        "what we didn't like", "what we didn’t like", "strengths", "weaknesses", "chapters",
    }
)  # fmt: skip


def _in_a_recipe(lines: list[_Line], index: int) -> bool:
    """Whether the line sits in a recipe's ingredients or method: under its heading, with
    only short lines or a sentence leading into them between ("Ingredients", "The quantities
    below make 40 dumplings.", "250g plain flour", "1 tsp sugar", ...); or in a review's
    verdict list set tight under "Pros" or "Cons"."""
    below: _Line | None = None
    gap = False  # a blank line passed on the way up
    for line in reversed(lines[max(0, index - _MAX_RECIPE_LINES) : index + 1]):
        label = line.text.casefold().rstrip(":")
        if label in _RECIPE_HEADINGS:
            return True
        if label in _VERDICT_LIST_HEADINGS:
            return not gap  # "Pros" over its items set tight: "Light, with a long battery"
        if line.role != "text" or len(line.text) > _BODY_TEXT_CHARS:
            return False
        gap = gap or (below is not None and below.position > line.position + 1)
        below = line
    return False


_MAX_RECIPE_LINES = 24


_ROLL_ITEM = re.compile(r"[A-Z][\w'’.-]*(?: [\w'’.-]+){0,4}(?: \([^()]{1,30}\))?")


def _is_roll(lines: list[_Line], index: int, repeated: set[str]) -> bool:
    """A line that is only a list of names, six or more, comma-separated and with no full
    stop: a squad, a cast or a jury under its box's title, not a sentence of the body."""
    if index >= len(lines):
        return False
    line = lines[index]
    if line.role != "text" or line.percent or line.point or line.text in repeated:
        return False
    if line.text[-1] in _TERMINAL_PUNCTUATION:
        return False
    items = line.text.split(", ")
    return len(items) >= 6 and all(_ROLL_ITEM.fullmatch(item) for item in items)


def _is_entry_box_title(line: _Line) -> bool:
    """A box title: a short unpunctuated line, or a label such as "Brief scores:"."""
    if line.role != "text" or line.percent or len(line.text) > _MAX_BOX_TITLE_CHARS:
        return False
    if _NUMBERED_ENTRY.match(line.text):
        return False  # "1. Breathing that is fast": a list's first item, the article's own
    if line.text.endswith(":") and len(line.text.split()) <= _MAX_LABEL_TITLE_WORDS:
        # (with a comma it is a sentence's start: "For media enquiries, contact:")
        return line.text[0].isupper() and not _BULLET.match(line.text) and "," not in line.text
    return _is_box_title(line)


def _is_list_entry(line: _Line) -> bool:
    """A box line: short and no sentence (a numbered step may end with a full stop)."""
    text = line.text
    if line.role != "text" or line.percent or line.point or len(text) > _MAX_LIST_ENTRY_CHARS:
        return False
    if _BULLET.match(text) or text[0] in _QUOTE_OPENERS:
        return False
    if _NUMBERED_ENTRY.match(text):
        return True  # "3. A Map of Small Rooms by Sana Qureshi": a ranked entry, no caption
    if _split_credit(text)[2]:
        return False
    return text[-1] not in _TERMINAL_PUNCTUATION


def _looks_like_list(entries: list[str]) -> bool:
    """Entries of a list box share a shape: a first word, a leading number, or brevity."""
    if len(entries) == 1:
        return len(entries[0]) <= 200
    first_words = Counter(entry.split()[0] for entry in entries)
    shared = first_words.most_common(1)[0][1]
    numbered = sum(1 for entry in entries if entry[0].isdigit() or _BULLET.match(entry))
    dated = sum(1 for entry in entries if re.search(r"\(\D{0,12}\d{3,4}", entry[:120]))
    average = sum(len(entry) for entry in entries) / len(entries)
    threshold = 0.6 * len(entries)
    return shared >= threshold or numbered >= threshold or dated >= threshold or average < 100


def _find_captions(lines: list[_Line], article: ParsedArticle, labelled: bool = True) -> None:
    """Captions: repeated lines that read like captions, and lines ending in a photo credit.

    ``labelled`` says whether the dump has the word "caption" at all, for captions under labels.
    """
    candidates = [line for line in lines if line.role == "text"]
    counts = Counter(line.text for line in candidates)
    adjacent: set[str] = set()  # copies on consecutive lines, as galleries print them
    at_start: set[str] = set()
    if candidates and lines[0].role == "text":
        at_start.add(lines[0].text)
    last_line: _Line | None = None
    for line in candidates:
        if (
            last_line is not None
            and last_line.text == line.text
            and line.position == last_line.position + 1
        ):
            adjacent.add(line.text)
        last_line = line
    credited = _credits_on_next_line(candidates)
    if labelled:
        _labelled_captions(candidates, credited)
    credit_texts = {credit for credit in credited.values() if credit is not None}
    decided: dict[str, Caption | None] = {}
    for line in candidates:
        text = line.text
        if (
            text in credit_texts
            or (
                len(text) <= _MAX_CREDIT_LINE_CHARS
                and _CREDIT_OPENING.match(text)
                and _is_credit_line(text)
            )
            or (text[0] == "=" and text[:2] == "==" and _is_credit_line(f"Photo: {text[2:]}"))
        ):
            line.role = "caption"  # the credit under a caption, or of a gallery, said once more
            continue
        if text not in decided:
            if line.position in credited:
                decided[text] = Caption(text, credited[line.position])
                article.captions.append(decided[text])
                line.role = "caption"
                continue
            if line.picture:  # under a gallery's counter: a caption, credited or not
                caption_text, credit, _ = _split_credit(text)
                decided[text] = Caption(caption_text, credit)
                article.captions.append(decided[text])
                line.role = "caption"
                continue
            decided[text] = _caption_for(text, counts[text], text in adjacent or text in at_start)
            caption = decided[text]
            if caption is not None:
                article.captions.append(caption)
                if counts[text] > 1:
                    article.warnings.append(f"caption repeated {counts[text]} times kept once")
        if decided[text] is not None:
            line.role = "caption"
    for caption in article.captions:
        credit = caption.credit
        if credit is not None:
            caption.credit = _credit_without_label(credit)
    if len(article.captions) > 1:
        article.captions = _one_caption_per_text(article.captions)


_CREDIT_LABEL = re.compile(
    r"(?:File\s+)?(?:Photo(?:graph)?s?|Pictures?|Pics?|Images?|Fotos?|Credit|Courtesy|Video"
    r"|Illustration|Graphic|Map|Source)\s*:\s*(?=\S)"
    r"|(?:Photo|Picture|Image)s?\s*[/|]\s*(?=\S)"  # "Photo / Photosport", "PHOTO/FILE"
    r"|©\s*(?=\S)"
    # "Photo courtesy of X", "Courtesy of X", "Photo by X": the label and its "of" or "by"
    r"|(?:(?:Photo(?:graph)?s?|Pictures?|Images?)\s+(?:courtesy\s+of|by)|Courtesy\s+of)"
    r"\s+(?:the\s+(?=[A-Z]))?(?=\S)"  # "Photo courtesy of the National Archives": theirs
    r"|Photo credit\s*:\s*(?=\S)",
    re.IGNORECASE,
)


_ENDS_WITH_INITIAL = re.compile(r"(?:\b[A-Z]|\b(?:Co|Ltd|Inc|Jr|Sr))\.$")


def _credit_without_label(credit: str) -> str:
    """ "Photo: Reuters", "Photo by Ozan Köse" and "Courtesy of BRIN" are credited to Reuters,
    Ozan Köse and BRIN: the label says what kind of credit it is, not whose, and a page's HTML
    credit is read the same way.
    "Courtesy Aurum Motors", with no colon or "of", is the credit as a phrase and stays whole."""
    label = _CREDIT_LABEL.match(credit)
    if label:
        credit = credit[label.end() :]
    if credit.endswith(".") and not _ENDS_WITH_INITIAL.search(credit):
        credit = credit[:-1]  # "(Picture by Jamar Greenidge.)"
    return credit


def _one_caption_per_text(captions: list[Caption]) -> list[Caption]:
    """A caption printed several times with its credit on only one copy is one credited
    caption, in the place of its first copy."""
    first_of: dict[str, Caption] = {}
    kept: list[Caption] = []
    for caption in captions:
        first = first_of.get(caption.text)
        if first is None:
            first_of[caption.text] = caption
            kept.append(caption)
        elif first.credit is None and caption.credit is not None:
            first.credit = caption.credit
        elif caption.credit != first.credit:
            kept.append(caption)  # the same words credited twice over: two pictures
    return kept


# A share price strip above a business story: a ticker and a price with its move.
_TICKER_STRIP = re.compile(
    r"[▲▼]\s?[\d.,]+|\((?:\d{4}|[A-Z]{1,5})\.[A-Z]{1,2}\)[^%]*%"
    # a share's code and number, price and change: "SINARP (5123) RM2.41 +0.05 (+2.12%)"
    r"|^[A-Z]{2,8} \(\d{3,5}\)\s+\S*\d[\d.,]*\s+[+\-−][\d.,]+\s+\([+\-−][\d.,]+%\)$"
)


def _credit_under_a_caption(lines: list[_Line], index: int) -> bool:
    """ "Jaber Al Enezi / AFP" under a captioned sentence is its credit, not a breadcrumb such
    as "News / Gulf", which no sentence sits right above."""
    if not index:
        return False
    above, line = lines[index - 1], lines[index]
    return (
        above.position == line.position - 1
        and len(above.text.split()) >= _MIN_CAPTION_WORDS
        and _ends_sentence(above.text)
        and _is_credit_line(line.text)
    )


def _is_credit_line(text: str) -> bool:
    """A line that is only a credit: "Photos: Ann Lee/The Post", "Sarah Lund/Harbour Radio"."""
    if len(text) > _MAX_CREDIT_LINE_CHARS or text[-1] in _TERMINAL_PUNCTUATION:
        return False
    opening = _CREDIT_OPENING.match(text)
    rest = text[opening.end() :] if opening else text
    if not opening and "/" not in rest:
        return False
    words = [word for word in re.split(r"[\s/]+", rest) if word]
    if opening and "/" in rest:  # "Foto: Ann Lee / photothek / IMAGO": agencies in lower case
        return 0 < len(words) <= _MAX_CREDIT_LINE_WORDS
    return 0 < len(words) <= _MAX_CREDIT_LINE_WORDS and all(
        word[0].isupper() or word[0].isdigit() or word.casefold() in _CREDIT_JOINERS
        for word in words
    )


def _labelled_captions(candidates: list[_Line], credited: dict[int, str | None]) -> None:
    """Captions printed under a label ("Image caption," then the caption), with the credit on
    an "Image source, Reuters" line before them; the label and source lines are no text."""
    credit: str | None = None
    for above, below in itertools.pairwise(candidates):
        source = _SOURCE_LINE.match(above.text)
        if source:
            above.role = "caption"
            credit = source["credit"]
        elif _CAPTION_LABEL.match(above.text) and below.position == above.position + 1:
            above.role = "caption"
            credited.setdefault(below.position, credit)
            credit = None


def _credits_on_next_line(candidates: list[_Line]) -> dict[int, str | None]:
    """Captions whose credit the page printed on the line under them, by caption position.

    The credit reads as one ("Photos: Ann Lee", "Ann Lee / AFP"), or the page printed the
    caption and the line under it together more than once, a short name under a sentence
    ("Bahrain Authority for Culture and Antiquities"): the pair is a captioned picture's.
    """
    credited: dict[int, str | None] = {}
    pairs: Counter[tuple[str, str]] | None = None  # counted only when a name is in question
    for above, below in itertools.pairwise(candidates):
        if not (
            len(below.text) <= _MAX_CREDIT_LINE_CHARS
            and below.position == above.position + 1
            and len(above.text) <= _MAX_CAPTION_CHARS
            and len(above.text.split()) >= _MIN_CAPTION_WORDS
            and above.text[0] not in _QUOTE_OPENERS
            and _ends_sentence(above.text)
        ):
            continue
        if _is_credit_line(below.text):
            credited[above.position] = below.text
        elif len(below.text.split()) <= _MAX_CREDIT_LINE_WORDS and _is_title_like(
            below.text, _MAX_CREDIT_LINE_CHARS
        ):
            if pairs is None:
                pairs = Counter(
                    (one.text, two.text)
                    for one, two in itertools.pairwise(candidates)
                    if two.position == one.position + 1
                )
            if pairs[above.text, below.text] > 1:
                credited[above.position] = below.text
    return credited


def _caption_for(text: str, count: int, grouped: bool) -> Caption | None:
    if len(text) > _MAX_CAPTION_CHARS:
        return None
    caption_text, credit, known = _split_credit(text)
    if credit is None and count == 1:
        if (  # "She is pictured during a training swim": a caption's word, in no sentence
            text[-1] not in _TERMINAL_PUNCTUATION
            and "ictured" in text
            and len(text.split()) >= _MIN_POINT_WORDS
            and text[0] not in _QUOTE_OPENERS
        ):
            return Caption(text, None)
        return None  # a single line needs a credit to be a caption
    words_before_credit = len(caption_text.split())
    if credit is not None and words_before_credit < 3:
        credit, known = None, False
        caption_text = text
    if credit is None and count > 1:
        caption_text, credit = _trailing_agency(text)
        known = credit is not None
        words_before_credit = len(caption_text.split())
    if credit is None and count > 1 and text[-1] == ")":
        bracketed = _BRACKETED_CREDIT.search(text)  # "... last winter. (Radio-Canada)"
        if bracketed is not None and (grouped or _ends_sentence(text[: bracketed.start()])):
            caption_text, credit = text[: bracketed.start()], bracketed["credit"]
            known, words_before_credit = True, len(caption_text.split())
    if credit is None and count > 1 and text[-1] == "]":
        squared = _SQUARED_CREDIT.search(text)  # "... on Tuesday. [InTime News]"
        if squared is not None and _ends_sentence(text[: squared.start()]):
            caption_text, credit = text[: squared.start()], squared["credit"]
            known, words_before_credit = True, len(caption_text.split())
    if credit is None and count > 1 and " | " in text[-70:]:
        head, _, barred = text.rpartition(" | ")  # "... on March 18. | KOJI SAKAMOTO"
        if _ends_sentence(head) and 0 < len(barred.split()) <= 6 and barred[:1].isupper():
            caption_text, credit = head, barred
            known, words_before_credit = True, len(head.split())
    if count > 1:
        if credit is not None and (known or words_before_credit >= 6):
            return Caption(caption_text, credit)
        if grouped and _ends_sentence(text) and text[0] not in _QUOTE_OPENERS:
            return Caption(text, None)
        return None
    if credit is None:
        return None
    if known or (words_before_credit >= 4 and len(credit.split()) <= 4):
        return Caption(caption_text, credit)  # no body line ends in an unpunctuated name
    return None


def _trailing_agency(text: str) -> tuple[str, str | None]:
    """Split a known agency off an unpunctuated caption end ("... in Beirut AFP")."""
    if text[-1] in _TERMINAL_PUNCTUATION:
        return text, None
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size + 3:
            credit = " ".join(words[-size:])
            if credit.casefold() in _AGENCIES and credit[0].isupper():
                return " ".join(words[:-size]), credit
    return text, None


def _pick_title(lines: list[_Line], article: ParsedArticle) -> None:
    remaining = [line for line in lines if line.role == "text"]
    if not remaining:
        return
    first = remaining[0]
    after = next((line for line in lines if line.position > first.position), None)
    switcher_follows = after is not None and after.role == "languages"
    if switcher_follows or (len(first.text) <= _MAX_TITLE_CHARS and first.text[-1] not in ".:;,"):
        tag = _DESK_TAG.match(first.text) if first.text[0] == "(" else None
        article.title = first.text[tag.end() :] if tag else first.text
        first.role = "title"
        # the headline again, perhaps cut short ("Share or comment on this article:" over it)
        duplicates = [line for line in remaining[1:] if line.text == first.text]
        duplicates.extend(  # (a share box near the end repeats it: "Share or comment on ...")
            line
            for line in remaining[-_MAX_TRAILER_LINES:]
            if first.text.startswith(line.text)
            and line is not first
            and line.text != first.text
            and len(line.text.split()) >= _MIN_HEADLINE_WORDS
            and line.text[-1] not in _TERMINAL_PUNCTUATION
        )
        for line in duplicates:
            line.role = "dropped"
        if duplicates:
            article.warnings.append("title repeated in the body; dropped there")
    else:
        article.warnings.append("no headline line found; title left empty")


def _body_text(line: _Line) -> tuple[str, bool]:
    """The line as body text, and whether html tags had to be removed from it."""
    text = line.text
    if text[0] in _BULLET_CHARS or (text[0] == "-" and text.startswith("- ")):
        text = _BULLET.sub("", text)
    if "<" in text and _HTML_TAG.search(text):
        return " ".join(replace_entities(remove_tags(text)).split()), True
    return text, False


def _build_blocks(lines: list[_Line], article: ParsedArticle) -> None:
    """Body lines become paragraphs and headings, each text once."""
    seen: set[str] = set()
    texts: list[str] = []
    bulleted: list[bool] = []
    repeated: Counter[str] = Counter()
    had_tags = False
    for line in lines:
        if line.role != "text":
            continue
        text, stripped_tags = _body_text(line)
        had_tags = had_tags or stripped_tags
        if not text:
            continue
        if text in seen:
            repeated[text] += 1
            continue
        seen.add(text)
        point = line.point or (text != line.text and _BULLET.match(line.text) is not None)
        if texts and not point and not bulleted[-1] and _continues(texts[-1], text):
            texts[-1] = f"{texts[-1]} {text}"  # one paragraph a box or a picture was set into
            continue
        texts.append(text)
        bulleted.append(point)
    times = _entry_times(texts)
    entry_titles = {texts[index + 1] for index in times} | _listicle_headings(texts)
    quotes = _pull_quotes(texts)
    if quotes or times:
        kept = [i for i in range(len(texts)) if i not in quotes and i not in times]
        texts, bulleted = [texts[i] for i in kept], [bulleted[i] for i in kept]
        if quotes:
            article.warnings.append(f"{len(quotes)} pull quote(s) repeating the body left out")
    questions = _interview_questions(texts)
    for index, text in enumerate(texts):
        if index in questions:
            kind = "paragraph"
        elif text in entry_titles:
            kind = "heading"  # "Morning peak: how bad is it?" under "7.48am"
        else:
            kind = _block_kind(texts, bulleted, index)
        article.blocks.append(Block(kind, text))
    if had_tags:
        article.warnings.append("html tags removed from the body")
    for text, extra in repeated.most_common(5):
        article.warnings.append(f"paragraph repeated {extra + 1} times kept once: {text[:50]!r}")
    if len(repeated) > 5:
        article.warnings.append(f"{len(repeated) - 5} more repeated paragraphs kept once")


def _continues(previous: str, text: str) -> bool:
    """Whether ``text`` is the rest of the paragraph ``previous``: a page that sets a fact
    box or a picture into a paragraph cuts it mid-sentence, so the piece before runs past a
    heading's length and ends on a word, and the piece after opens in lower case or with a
    figure ("... was built to process" / box / "230,000 barrels a day ...")."""
    return (
        len(previous) > _MAX_HEADING_CHARS
        and (previous[-1].isalnum() or previous[-1] == ",")
        and (text[0].islower() or text[0].isdigit())
        and len(text.split()) >= _MIN_CONTINUATION_WORDS
    )


def _listicle_headings(texts: list[str]) -> set[str]:
    """A listicle's numbered headings ("7. Sabich Ha'Tavor, Florentin" down to "1. Ezra's"):
    three or more numbered titles counting up or down one by one, each over its item's text,
    head their items, whatever line ends the item before (a numbered list's lines follow one
    another)."""
    numbered = [
        (int(match["number"]), text)
        for index, text in enumerate(texts[:-1])
        if text[0].isdigit()
        and (match := _NUMBERED_TITLE.match(text))
        and _is_title_like(text, _MAX_HEADING_CHARS)
        and not _NUMBERED_TITLE.match(texts[index + 1])  # a title heads its item's text
    ]
    if len(numbered) < _MIN_LISTICLE_ITEMS:
        return set()
    steps = {later - earlier for (earlier, _), (later, _) in itertools.pairwise(numbered)}
    return {text for _, text in numbered} if steps in ({1}, {-1}) else set()


def _entry_times(texts: list[str]) -> set[int]:
    """A live blog's time stamps over its entries' titles ("4.12pm" over "Talks to resume on
    Friday"): the title heads the entry, and the time is when it was posted, not text. A time
    right over a paragraph is that entry's heading, as before."""
    return {
        index
        for index, text in enumerate(texts[:-2])
        if len(text) <= _MAX_CLOCK_LINE_CHARS
        and _CLOCK_TIME.match(text)
        and (
            _is_title_like(texts[index + 1], _MAX_HEADING_CHARS)
            or (texts[index + 1][-1] == "?" and len(texts[index + 1]) <= _MAX_HEADING_CHARS)
        )
        and not _CLOCK_TIME.match(texts[index + 1])
        and (_ends_sentence(texts[index + 2]) or len(texts[index + 2]) > _MAX_HEADING_CHARS)
    }


def _interview_questions(texts: list[str]) -> set[int]:
    """An interviewer's questions set in capitals ("WHEN DID YOU FIRST WORK WITH CLAY?"), each
    over its answer: text of the interview, not headings, when the page sets no other line in
    capitals (a page whose headings are all capitals asks its questions as headings too)."""
    capitals = [i for i, text in enumerate(texts) if text.isupper() and len(text.split()) > 1]
    questions = {i for i in capitals if texts[i].endswith("?")}
    if len(questions) < _MIN_INTERVIEW_QUESTIONS or len(questions) < len(capitals):
        return set()
    return questions


def _pull_quotes(texts: list[str]) -> set[int]:
    """Lines that are only a quotation repeating words of another paragraph: the pull quotes
    of a feature's layout, set apart in large type, not text of their own."""
    pulled = set()
    for index, text in enumerate(texts):
        if len(text) < 3 or text[0] not in _QUOTE_OPENERS or text[-1] not in _QUOTE_CLOSERS:
            continue
        if _QUOTED_HEADING.fullmatch(text):
            continue  # a section's heading quoting its speaker, not a pull quote
        inner = text[1:-1].strip().rstrip(".,;:!?…").strip()
        if len(inner.split()) < _MIN_PULL_QUOTE_WORDS or any(q in inner for q in '“”"'):
            continue
        if any(inner in other for i, other in enumerate(texts) if i != index and i not in pulled):
            pulled.add(index)
    return pulled


# A heading that quotes the section's speaker in single curly quotes, as feature pages set
# them: "‘The nights are the problem’" (a quoted paragraph ends with its own punctuation).
_QUOTED_HEADING = re.compile(r"‘[^‘’.!?…]{3,80}’")
# A heading that opens with a quoted word or two: "'Devastating' impact on victims"
_QUOTED_WORD_HEADING = re.compile(r"['‘][^'’.!?…]{2,30}['’] [a-z]")


def _block_kind(texts: list[str], bulleted: list[bool], index: int) -> str:
    """A heading is a short unpunctuated line between full paragraphs, introducing one."""
    text = texts[index]
    if index + 1 < len(texts) and not bulleted[index]:
        if _CLOCK_TIME.match(text):
            return "heading"
        if text.casefold().rstrip(":") in _RECIPE_HEADINGS | _VERDICT_LIST_HEADINGS:
            return "heading"  # a recipe's "Ingredients" and "Method", over lists of its own
        if bulleted[index + 1] and text.casefold().rstrip(":") in _SUMMARY_HEADINGS:
            return "heading"  # "Key points" over the bullets summing the story up
    if (
        bulleted[index]
        or index + 1 >= len(texts)
        or len(text) > _MAX_HEADING_CHARS
        or len(text.split()) > (_MAX_HEADING_WORDS if index else _MAX_OPENING_HEADING_WORDS)
        or (
            text[0] in _QUOTE_OPENERS
            and not _QUOTED_HEADING.fullmatch(text)
            and not _QUOTED_WORD_HEADING.match(text)
        )
        or not (text.lstrip("‘'")[:1].isupper() or text[0].isdigit())
    ):
        return "paragraph"
    if text[-1] in _TERMINAL_PUNCTUATION and not (
        text[-1] == "?" and len(text) <= 80 and not _KEY_VALUE.match(text)
    ):
        return "paragraph"  # question headings ("Why does it matter?"), but not "Q: ...?"
    following = texts[index + 1]
    introduces_list = following.endswith(":") and len(following.split()) > 4
    if "\t" in following:
        pass  # a table's rows under their heading ("How Kabwata voted")
    elif bulleted[index + 1] or not (
        _ends_sentence(following) or len(following) > 150 or introduces_list
    ):
        return "paragraph"
    if index > 0 and not bulleted[index - 1]:  # a finished list also closes a section
        previous = texts[index - 1]
        if previous.endswith(":") or not (
            _ends_sentence(previous)
            or len(previous) > 150
            or previous.count(" · ") >= 2  # an item's facts: "7 days · 3,870m · from Syabrubesi"
        ):
            return "paragraph"
    return "heading"


# --- entry point ----------------------------------------------------------------------------


def _edges(text: str) -> str:
    """The head and tail of a long dump, where page chrome (cookie banners, copyright notices),
    the first captions, a release's back matter and a reader poll are: five scans of a 14 MB
    dump would cost more than the passes they spare."""
    if len(text) <= 2 * _EDGE_CHARS:
        return text
    return text[:_EDGE_CHARS] + "\n" + text[-_EDGE_CHARS:]


def parse_text_dump(text: str) -> ParsedArticle:
    """Split a decoded text dump into its parts; never raises, oddities become warnings."""
    article = ParsedArticle(title=None)
    if not isinstance(text, str):
        article.warnings.append(f"expected text, got {type(text).__name__}; nothing parsed")
        return article
    cleaned, dropped = _clean(text)
    if dropped:
        article.warnings.append("control or zero-width characters removed")
    lines = _split_lines(cleaned)
    if not lines:
        article.warnings.append("empty document: no text")
        return article
    edges = _edges(cleaned)
    if "\nReply" in edges:  # (readers' comments close the page: in the dump's tail)
        _mark_comment_thread(lines)
    marks = _mark_metadata(lines, article, "ookie" in edges, "eserved" in edges)
    if article.published is not None and article.updated is not None:
        _settle_day_and_month(article)
    _mark_page_blocks(lines, marks)
    if "\nAbout " in edges and _WIRE_RELEASE.search(edges):
        _mark_back_matter(lines)  # (a wire's release closes with back matter: in the tail)
    _mark_top_matter(lines)
    _authors_from_bylines(lines, article)
    _mark_author_box(lines, article)
    lines = _join_wrapped_entries(lines)
    boxes = _find_boxes(lines, "%\n" in edges)  # a poll's results: "48%" lines
    article.widgets = [widget for _, widget in boxes.widgets]
    article.warnings.extend(boxes.warnings)
    _find_captions(lines, article, "caption" in edges)
    _pick_title(lines, article)
    _build_blocks(lines, article)
    if not article.blocks:
        article.warnings.append("no body text found")
    return article

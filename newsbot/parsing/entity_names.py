"""How an article's entity list shows a name. Kept apart from the tagger, so reading the
database does not load the tagger's tables."""

from __future__ import annotations

from collections import Counter

_ACRONYM_SKIP = frozenset({"of", "for", "and", "the", "on", "in", "de", "&"})


def initials(name: str) -> str:
    """The letters an acronym of `name` is made of: "Popular Mobilisation Forces" -> "PMF"."""
    words = name.replace("-", " ").split()
    return "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[0].isalpha())


def name_as_written(canonical: str, spellings: Counter[str]) -> str:
    """The name an article's entity list shows: the canonical name where the article writes
    it out ("The National Centre of ...", "SEOUL" in a dateline), else the article's most used
    spelling ("UAE" in a story that never spells out "United Arab Emirates"), and of spellings
    used as often, the one it writes first (``spellings`` are in the article's order): the
    name a story introduces ("the UAE") before its variations ("the Emirates")."""
    if any(canonical.casefold() in spelling.casefold() for spelling in spellings):
        return canonical
    return max(spellings, key=spellings.__getitem__)  # the first of the most used


def names_as_written(canonical: str, spellings: Counter[str]) -> list[tuple[str, int]]:
    """The entries an article's entity list shows for one name, with their counts: the name
    as written, and beside it each acronym the article also uses for it, since readers look
    for both ("Central Board of Secondary Education" and "CBSE"). The entries share the
    name's mentions between them, so their counts add up to the name's."""
    acronyms = Counter({s: n for s, n in spellings.items() if _stands_for(s, canonical)})
    other = Counter({s: n for s, n in spellings.items() if s not in acronyms})
    if not other or not acronyms:
        return [(name_as_written(canonical, spellings), spellings.total())]
    return [(name_as_written(canonical, other), other.total()), *acronyms.items()]


def _stands_for(short: str, name: str) -> bool:
    """ "CBSE", "Ewec" and "UAE" stand for "Central Board of Secondary Education", "Emirates
    Water and Electricity Company" and "United Arab Emirates"; "Al Lami" does not stand for
    "Haider Al Lami"."""
    letters = initials(name)
    return " " not in short and len(letters) > 1 and short.casefold() == letters.casefold()

"""How an article's entity list shows a name. Kept apart from the tagger, so reading the
database does not load the tagger's tables."""

from __future__ import annotations

from collections import Counter


def name_as_written(canonical: str, spellings: Counter[str]) -> str:
    """The name an article's entity list shows: the canonical name where the article writes
    it out ("The National Centre of ...", "SEOUL" in a dateline), else the article's most used
    spelling ("UAE" in a story that never spells out "United Arab Emirates"), and of spellings
    used as often, the one it writes first (``spellings`` are in the article's order): the
    name a story introduces ("the UAE") before its variations ("the Emirates")."""
    if any(canonical.casefold() in spelling.casefold() for spelling in spellings):
        return canonical
    return max(spellings, key=spellings.__getitem__)  # the first of the most used

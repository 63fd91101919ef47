"""What entity tests compare: the (canonical name, label) pairs a tagger finds in a text."""

from __future__ import annotations

from newsbot.parsing.entities import EntityTagger


def names_found(tagger: EntityTagger, text: str) -> set[tuple[str, str]]:
    """The canonical names and labels found in ``text`` read as an article body."""
    return {(m.canonical, m.label) for m in tagger.tag_article([("body", 0, text)])}

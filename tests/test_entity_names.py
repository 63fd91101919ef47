"""How an article's entity list shows a name it writes in several ways."""

from __future__ import annotations

from collections import Counter

from newsbot.parsing.entity_names import name_as_written


def test_the_canonical_name_where_the_article_writes_it_out():
    spellings = Counter({"PMF": 3, "Popular Mobilisation Forces": 1})
    assert name_as_written("Popular Mobilisation Forces", spellings) == (
        "Popular Mobilisation Forces"
    )


def test_else_the_most_used_spelling_and_on_a_tie_the_first_written():
    assert name_as_written("United Arab Emirates", Counter({"Emirates": 1, "UAE": 3})) == "UAE"
    assert name_as_written("United Arab Emirates", Counter({"UAE": 1, "Emirates": 1})) == "UAE"
    assert name_as_written("United Arab Emirates", Counter({"Emirates": 1, "UAE": 1})) == (
        "Emirates"
    )

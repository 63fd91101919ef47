"""How an article's entity list shows a name it writes in several ways."""

from __future__ import annotations

from collections import Counter

from newsbot.parsing.entity_names import name_as_written, names_as_written


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


def test_an_acronym_the_article_also_uses_gets_an_entry_of_its_own():
    board = "Central Board of Secondary Education"
    assert names_as_written(board, Counter({board: 1, "CBSE": 7})) == [(board, 1), ("CBSE", 7)]
    spellings = Counter({"Popular Mobilisation Forces": 2, "PMF": 1})
    assert names_as_written("Popular Mobilisation Forces", spellings) == [
        ("Popular Mobilisation Forces", 2),
        ("PMF", 1),
    ]
    # only the acronym written: one entry, as written
    assert names_as_written("United Arab Emirates", Counter({"UAE": 3})) == [("UAE", 3)]
    # a surname is no acronym: one entry for the person, all mentions counted
    people = Counter({"Haider Al Lami": 1, "Al Lami": 4})
    assert names_as_written("Haider Al Lami", people) == [("Haider Al Lami", 5)]

"""Near-duplicate keys: edited copies of a story meet, unrelated stories do not."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.parsing.similarity import (
    band_number,
    jaccard,
    min_shared_bands,
    minhash_bands,
    shingle_hashes,
    word_hashes,
)
from newsbot.parsing.textdump import parse_text_dump

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"
STORIES = [
    "heldout_business_brent_crude_opec.txt",
    "heldout_aviation_airline_profit_no_captions.txt",
    "very_long_paragraphs_inquiry.txt",
    "heldout_gulf_politics_gcc_summit.txt",
    "heldout_culture_biennale_gallery_bio.txt",
]
NEEDED = min_shared_bands(0.6)


def body_of(name: str) -> str:
    return parse_text_dump((DUMPS / name).read_text(encoding="utf-8")).body


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+", text)


def edited(text: str, changed: int) -> str:
    """The text with `changed` sentences spread over it rewritten, as a later version might."""
    parts = sentences(text)
    step = max(1, len(parts) // changed)
    for number, index in enumerate(range(0, len(parts), step)):
        if number == changed:
            break
        parts[index] = f"Officials gave a revised account of event {number} later that day."
    return " ".join(parts)


def shared(first: str, second: str) -> int:
    return len(set(minhash_bands(first)) & set(minhash_bands(second)))


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("changed", [1, 2])
def test_an_edited_copy_shares_enough_bands(name: str, changed: int) -> None:
    body = body_of(name)
    copy = edited(body, changed)
    assert copy != body
    assert jaccard(body, copy) >= 0.6
    assert shared(body, copy) >= NEEDED


@pytest.mark.parametrize("first,second", list(itertools.combinations(STORIES, 2)))
def test_unrelated_stories_share_too_few_bands(first: str, second: str) -> None:
    a, b = body_of(first), body_of(second)
    assert jaccard(a, b) < 0.1
    assert shared(a, b) < NEEDED


@pytest.mark.parametrize(
    "first,second,same",
    [
        ("Rates rise, banks say.", "rates RISE banks say", True),
        ("Über die Brücke gehen", "über die BRÜCKE gehen", True),
        ("أعلن البنك المركزي اليوم", "أعلن البنك المركزي اليوم!", True),
        ("Rates rise, banks say.", "Rates fall, banks say.", False),
        ("rates rise banks say", "banks say rates rise", False),
        ("A1 road_works", "A1 road works", False),
    ],
)
def test_bands_ignore_case_and_punctuation_not_words(first: str, second: str, same: bool) -> None:
    assert (minhash_bands(first) == minhash_bands(second)) is same


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII words, with 3 numbers: 1,000 and 2.5%.",
        "snake_case and CamelCase",
        "Café naïve façade — “quoted” words…",
        "Mathematical 𝒜lpha and 𝟘 digits, emoji 🙂 between",
        "e\u0301 combining accent, ½ fraction, Ⅻ numeral",
        "中文字符 and हिन्दी text, עברית",
        "",
        " \n\t ,;",
    ],
)
def test_words_are_the_runs_a_word_regex_finds(text: str) -> None:
    assert len(word_hashes(text)) == len(re.findall(r"\w+", text))


def test_the_same_word_hashes_alike_wherever_it_stands() -> None:
    hashes = word_hashes("port deal port Port PORT deals")
    assert hashes[0] == hashes[2] == hashes[3] == hashes[4]
    assert len(set(hashes.tolist())) == 3


def test_a_long_text_counts_every_word_once() -> None:
    text = "Port deal signed\n" * 70_000 + "final words"
    hashes = word_hashes(text)
    assert len(hashes) == 3 * 70_000 + 2
    assert len(set(hashes.tolist())) == 5
    assert minhash_bands(text) == minhash_bands(text.replace("\n", " "))


@pytest.mark.parametrize(
    "text,expected",
    [("", 0), ("one", 20), ("one two", 20), ("   ,;  ", 0), ("one two three four", 20)],
)
def test_band_count(text: str, expected: int) -> None:
    bands = minhash_bands(text)
    assert len(bands) == expected
    assert sorted(band_number(band) for band in bands) == list(range(expected))
    assert all(0 <= band < 2**63 for band in bands)  # fits a signed BIGINT column


def test_bands_are_the_same_in_another_process() -> None:
    body = body_of(STORIES[0])
    script = (
        "import json, sys; from newsbot.parsing.similarity import minhash_bands; "
        "print(json.dumps(minhash_bands(sys.stdin.read())))"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script],
            input=body,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": str(DUMPS.parent.parent)},
        ).stdout
        for seed in ("1", "2")
    ]
    assert [json.loads(output) for output in outputs] == [minhash_bands(body)] * 2


@pytest.mark.parametrize(
    "first,second,expected",
    [
        ("the port deal was signed", "the port deal was signed", 1.0),
        ("the port deal was signed", "", 0.0),
        ("the port deal was signed", "rain fell over the hills", 0.0),
        ("a b c d", "a b c e", 1 / 3),
    ],
)
def test_jaccard(first: str, second: str, expected: float) -> None:
    assert jaccard(first, second) == pytest.approx(expected)


def test_shingles_are_distinct_and_sorted() -> None:
    hashes = shingle_hashes("one two three one two three one two three")
    assert hashes.tolist() == sorted(set(hashes.tolist()))
    assert len(hashes) == 3

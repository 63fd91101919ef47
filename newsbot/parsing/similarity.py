"""MinHash bands of a text, so edited copies of a story can be found with one indexed lookup.

20 bands of 4 hashes each: two texts share a band with probability J**4 per band, so edited
copies (J >= 0.7) share several bands while unrelated texts with some common sentences almost
never share one, which keeps each band's owners few as the database grows.

Words are found and hashed in numpy over the text's code points, with no Python loop per word:
this runs once per document read, so it sits on the replay's hot path. Every constant is derived
here from fixed seeds (not from a random generator whose stream may change between numpy
releases), so the same text gets the same bands in every process and on every run.
"""

from __future__ import annotations

import hashlib
from functools import cache

import numpy as np

BANDS = 20
ROWS = 4
_MASK64 = (1 << 64) - 1


def _splitmix64(seed: int, count: int) -> list[int]:
    """Fixed pseudo-random 64-bit numbers: the same on every platform and numpy version."""
    numbers = []
    state = seed
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & _MASK64
        mixed = state
        mixed = ((mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
        mixed = ((mixed ^ (mixed >> 27)) * 0x94D049BB133111EB) & _MASK64
        numbers.append(mixed ^ (mixed >> 31))
    return numbers


# Each "permutation" is an XOR with a fixed 32-bit mask: cheap, and good enough to find
# candidates, since every candidate is confirmed by exact similarity before it counts.
_MASKS = np.array([n & 0xFFFFFFFF for n in _splitmix64(20240821, BANDS * ROWS)], dtype=np.uint32)
_MASK_COLUMN = _MASKS[:, None]
# A word's hash sums its characters times one odd multiplier per position within the word
# (cycling after 64 characters); a sum needs no left-to-right loop, so numpy does it at once.
_POSITION_WEIGHTS = np.array([n | 1 for n in _splitmix64(3, 64)], dtype=np.uint64)
_SHINGLE_MIX = np.uint64(0x9E3779B97F4A7C15)
_FINAL_MIX = np.uint64(0xFF51AFD7ED558CCD)
_BMP = 0x10000
_CHUNK_CHARS = 1 << 20
_SIGNATURE_BLOCK = 1 << 14
_BAND_SHIFT = 56  # 20 bands need 5 bits: keys stay below 2**63, a signed BIGINT


def _folded(char: str) -> int:
    """The case-folded code point of a word character, 0 for a character outside words."""
    if not (char.isalnum() or char == "_"):
        return 0
    folded = char.casefold()
    return ord(folded) if len(folded) == 1 else ord(char.lower()[0])


@cache
def _bmp_folding() -> np.ndarray:
    """`_folded` for every code point below U+10000, looked up in one numpy step per text."""
    return np.array([_folded(chr(code)) for code in range(_BMP)], dtype=np.uint32)


def _fold_codes(text: str) -> np.ndarray:
    """Case-folded code point of each character of the text, 0 where no word goes on."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _bmp_folding()
    if codes.size == 0 or int(codes.max()) < _BMP:
        return table[codes.astype(np.intp)]
    astral = codes >= _BMP
    folded = table[np.where(astral, 0, codes).astype(np.intp)]
    folded[astral] = [_folded(chr(code)) for code in codes[astral].tolist()]
    return folded


def word_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per word (a run of ``\\w`` characters) of the case-folded text, in order.

    Folding is per character (a table lookup, not ``str.casefold``): "Straße" and "STRASSE" stay
    different words, which only matters when comparing a text with a respelt copy of itself.
    A long text is hashed in pieces cut at whitespace, so its arrays stay a few megabytes.
    """
    if len(text) <= _CHUNK_CHARS:
        return _word_hashes_of_piece(text)
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + _CHUNK_CHARS, len(text))
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            end = cut if cut > start else end
        pieces.append(_word_hashes_of_piece(text[start:end]))
        start = end
    return np.concatenate(pieces)


def _word_hashes_of_piece(text: str) -> np.ndarray:
    folded = _fold_codes(text)
    # (ndarray.nonzero and plain slices: numpy's Python-level wrappers such as flatnonzero and
    # diff cost more than the work itself on a news article's few thousand characters)
    positions = folded.nonzero()[0]
    if positions.size == 0:
        return np.empty(0, dtype=np.uint64)
    # A word starts wherever the next word character does not follow the previous one.
    starts_mask = np.empty(positions.size, dtype=bool)
    starts_mask[0] = True
    np.not_equal(positions[1:], positions[:-1] + 1, out=starts_mask[1:])
    first_chars = starts_mask.nonzero()[0]
    lengths = np.empty_like(first_chars)
    np.subtract(first_chars[1:], first_chars[:-1], out=lengths[:-1])
    lengths[-1] = positions.size - first_chars[-1]
    offsets = np.arange(positions.size) - np.repeat(first_chars, lengths)
    weighted = folded[positions].astype(np.uint64) * _POSITION_WEIGHTS[offsets & 63]
    hashes = np.add.reduceat(weighted, first_chars)
    # Mix the high bits down: shingles keep only the low 32 bits of their hash.
    hashes ^= hashes >> np.uint64(29)
    hashes *= _FINAL_MIX
    hashes ^= hashes >> np.uint64(32)
    return hashes


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values; several times cheaper than np.unique on short arrays."""
    ordered = np.sort(values)
    keep = np.empty(ordered.size, dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


def _shingles(text: str, size: int) -> np.ndarray:
    """32-bit hashes of the overlapping `size`-word shingles, in order and with repeats."""
    hashed = word_hashes(text)
    if hashed.size == 0:
        return hashed
    size = min(size, hashed.size)
    count = hashed.size - size + 1
    combined = hashed[:count].copy()
    for offset in range(1, size):
        combined *= _SHINGLE_MIX
        combined += hashed[offset : offset + count]
    combined &= np.uint64(0xFFFFFFFF)
    return combined


def shingle_hashes(text: str, size: int = 3) -> np.ndarray:
    """Distinct 32-bit hashes of the overlapping `size`-word shingles (all words when fewer)."""
    return _distinct(_shingles(text, size))


def minhash_bands(text: str) -> list[int]:
    """Band keys of the text, one per band, as signed 64-bit integers (the band number in the
    top byte, 56 bits of a hash of its rows below): an integer key keeps the band index small
    and its lookups cheap. Empty for a text without words."""
    hashes = _shingles(text, 3)
    if hashes.size == 0:
        return []
    if hashes.size > _SIGNATURE_BLOCK:
        hashes = _distinct(hashes)  # repeats cannot change a minimum; long texts repeat a lot
    hashes = hashes.astype(np.uint32)
    # Blocks of shingles keep the masks-by-shingles table small on a long text.
    signature = np.bitwise_xor(_MASK_COLUMN, hashes[None, :_SIGNATURE_BLOCK]).min(axis=1)
    for start in range(_SIGNATURE_BLOCK, hashes.size, _SIGNATURE_BLOCK):
        block = hashes[None, start : start + _SIGNATURE_BLOCK]
        np.minimum(signature, np.bitwise_xor(_MASK_COLUMN, block).min(axis=1), out=signature)
    rows = signature.astype("<u4").tobytes()
    row_bytes = 4 * ROWS
    return [
        (band << _BAND_SHIFT)
        | int.from_bytes(
            hashlib.blake2b(rows[start : start + row_bytes], digest_size=7).digest(), "little"
        )
        for band, start in enumerate(range(0, BANDS * row_bytes, row_bytes))
    ]


def band_number(band: int) -> int:
    """Which of the BANDS a band key belongs to."""
    return band >> _BAND_SHIFT


def min_shared_bands(similarity: float) -> int:
    """Shared bands expected for two texts of the given Jaccard similarity (at least two, so
    one chance collision never joins two stories)."""
    return max(2, int(BANDS * similarity**ROWS))


def jaccard(first: str, second: str) -> float:
    """Exact Jaccard similarity of two texts' word 3-gram sets, to confirm a band match."""
    a, b = shingle_hashes(first), shingle_hashes(second)
    if a.size == 0 or b.size == 0:
        return 0.0
    shared = np.intersect1d(a, b, assume_unique=True).size
    return shared / (a.size + b.size - shared)

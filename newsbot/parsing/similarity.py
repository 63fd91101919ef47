"""MinHash bands of a text, so edited copies of a story can be found with one indexed lookup.

20 bands of 4 hashes each: two texts share a band with probability J**4 per band, so edited
copies (J >= 0.7) share several bands while unrelated texts with some common sentences almost
never share one, which keeps each band's owners few as the database grows.
"""

from __future__ import annotations

import hashlib
import re
import zlib

import numpy as np

BANDS = 20
ROWS = 4
_WORD = re.compile(r"\w+")
_RANDOM = np.random.default_rng(20240821)
_MULTIPLIERS = _RANDOM.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_OFFSETS = _RANDOM.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)


def shingle_hashes(text: str, size: int = 3) -> np.ndarray:
    """CRC32 of each overlapping `size`-word shingle (stable across processes, unlike hash())."""
    words = _WORD.findall(text.casefold())
    if len(words) < size:
        shingles = [" ".join(words)] if words else []
    else:
        shingles = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return np.fromiter((zlib.crc32(s.encode()) for s in set(shingles)), dtype=np.uint64)


def minhash_bands(text: str) -> list[str]:
    """Band keys of the text (18 characters: band number and a hash of its rows); empty for a
    text without words."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return []
    with np.errstate(over="ignore"):
        mixed = (_MULTIPLIERS[:, None] * hashes[None, :] + _OFFSETS[:, None]) >> np.uint64(32)
    signature = mixed.min(axis=1).reshape(BANDS, ROWS)
    return [
        f"{i:02d}{hashlib.blake2b(row.tobytes(), digest_size=8).hexdigest()}"
        for i, row in enumerate(signature)
    ]


def min_shared_bands(similarity: float) -> int:
    """Shared bands expected for two texts of the given Jaccard similarity (at least two, so
    one chance collision never joins two stories)."""
    return max(2, int(BANDS * similarity**ROWS))


def jaccard(first: str, second: str) -> float:
    """Exact Jaccard similarity of two texts' word 3-gram sets, to confirm a band match."""
    a, b = set(shingle_hashes(first).tolist()), set(shingle_hashes(second).tolist())
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)

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
# Each "permutation" is an XOR with a random 32-bit mask: cheap, and good enough to find
# candidates, since every candidate is confirmed by exact similarity before it counts.
_MASKS = _RANDOM.integers(0, 2**32, size=BANDS * ROWS, dtype=np.uint64).astype(np.uint32)
_SHINGLE_MIX = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(text: str, size: int = 3) -> np.ndarray:
    """Distinct hashes of the overlapping `size`-word shingles.

    Each word is hashed once (CRC32: stable across processes, unlike hash()) and shingles are
    combined in numpy, so no shingle string is ever built.
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return np.empty(0, dtype=np.uint64)
    codes = {word: zlib.crc32(word.encode()) for word in set(words)}
    hashed = np.fromiter((codes[w] for w in words), dtype=np.uint64, count=len(words))
    if len(words) < size:
        size = len(words)
    with np.errstate(over="ignore"):
        combined = hashed[: len(words) - size + 1].copy()
        for offset in range(1, size):
            combined = combined * _SHINGLE_MIX + hashed[offset : len(words) - size + 1 + offset]
    return np.unique(combined & np.uint64(0xFFFFFFFF))


def minhash_bands(text: str) -> list[str]:
    """Band keys of the text (18 characters: band number and a hash of its rows); empty for a
    text without words."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return []
    signature = (_MASKS[:, None] ^ hashes.astype(np.uint32)[None, :]).min(axis=1)
    signature = signature.reshape(BANDS, ROWS)
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

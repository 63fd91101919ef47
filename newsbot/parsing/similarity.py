"""MinHash bands of a text, so edited copies of a story can be found with one indexed lookup.

32 bands of 2 hashes each: two texts share a band with probability J**2 per band, so the number
of shared bands estimates how alike they are without ever comparing texts pairwise.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

BANDS = 32
ROWS = 2
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
    """Band keys of the text; empty for a text without words."""
    hashes = shingle_hashes(text)
    if hashes.size == 0:
        return []
    with np.errstate(over="ignore"):
        mixed = (_MULTIPLIERS[:, None] * hashes[None, :] + _OFFSETS[:, None]) >> np.uint64(32)
    signature = mixed.min(axis=1).reshape(BANDS, ROWS)
    return [f"{i:02d}" + "".join(f"{int(v):08x}" for v in row) for i, row in enumerate(signature)]


def min_shared_bands(similarity: float) -> int:
    """Shared bands expected for two texts of the given Jaccard similarity."""
    return max(1, int(BANDS * similarity**ROWS))

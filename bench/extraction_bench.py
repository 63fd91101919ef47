"""Body-extraction quality and speed of newsbot against trafilatura and readability-lxml.

Runs every extractor in one process on the same pages of the article-extraction benchmark
(``ground-truth.json`` + ``html/<id>.html.gz``), scores bodies with the benchmark's method
(4-token shingles, per-page normalised counts, precision averaged over pages with output,
recall over all pages, F1 of the two averages) and prints P, R, F1 and pages/s for each.
newsbot's bodies are written to a JSON file that the benchmark's own evaluation tool can score.

    python bench/extraction_bench.py [--data DIR] [--limit N] [--out FILE]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import socket
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4
DEFAULT_DATA = Path("/work/shared/extraction-benchmark")


@dataclass
class PageScore:
    precision: float
    recall: float
    has_output: bool
    has_truth: bool


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Overlapping word shingles; 1 to size-1 words make one shorter shingle."""
    tokens = WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1))


def score_page(truth: str, predicted: str | None) -> PageScore:
    """Shingle precision and recall of one page (normalisation does not change the ratios)."""
    true_sh, pred_sh = shingles(truth), shingles(predicted)
    tp = sum((true_sh & pred_sh).values())
    fp = sum(pred_sh.values()) - tp
    fn = sum(true_sh.values()) - tp
    if fp == 0 and fn == 0:
        precision = recall = 1.0
    else:
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
    return PageScore(precision, recall, bool(pred_sh), bool(true_sh))


def aggregate(scores: list[PageScore]) -> tuple[float, float, float]:
    """(precision, recall, F1): P over pages with output, R over pages with a true body."""
    with_output = [s.precision for s in scores if s.has_output]
    with_truth = [s.recall for s in scores if s.has_truth]
    precision = sum(with_output) / len(with_output) if with_output else 0.0
    recall = sum(with_truth) / len(with_truth) if with_truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def block_network() -> None:
    """Fail any name lookup, so no extractor (or a library it pulls in) goes online."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in extraction_bench")

    socket.getaddrinfo = refuse  # type: ignore[assignment]
    socket.create_connection = refuse  # type: ignore[assignment]


def load_pages(data: Path, limit: int) -> list[tuple[str, str, str, str]]:
    """(id, url, true body, html) for each page, sorted by id."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for item_id in sorted(truth)[: limit or None]:
        path = data / "html" / f"{item_id}.html.gz"
        raw = gzip.decompress(path.read_bytes()) if path.exists() else (
            data / "html" / f"{item_id}.html").read_bytes()
        entry = truth[item_id]
        pages.append((item_id, entry.get("url") or "", entry.get("articleBody") or "",
                      raw.decode("utf-8", errors="replace")))
    return pages


def extractors() -> dict[str, Callable[[str, str], str]]:
    import trafilatura
    from lxml.html import fromstring
    from readability import Document

    from newsbot.parsing.html_article import extract_article

    def readability_text(html: str, url: str) -> str:
        summary = Document(html).summary(html_partial=True)
        root = fromstring(summary)
        for block in root.iter("p", "h1", "h2", "h3", "h4", "li", "div", "br", "tr"):
            block.tail = "\n" + (block.tail or "")
        return root.text_content()

    return {
        "newsbot": lambda html, url: extract_article(html, url).body,
        "newsbot (paragraphs+headings)": lambda html, url: "\n\n".join(
            b.text for b in extract_article(html, url).blocks),
        "trafilatura default": lambda html, url: trafilatura.extract(
            html, include_comments=False) or "",
        "trafilatura favor_precision": lambda html, url: trafilatura.extract(
            html, include_comments=False, favor_precision=True) or "",
        "readability-lxml": readability_text,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--out", type=Path, default=Path("newsbot_bodies.json"),
                    help="where newsbot's bodies go, as {id: {'articleBody': ...}}")
    ap.add_argument("--only", action="append", help="run only extractors with this name")
    args = ap.parse_args(argv)

    block_network()
    logging.disable(logging.WARNING)
    pages = load_pages(args.data, args.limit)
    chosen = {k: v for k, v in extractors().items()
              if not args.only or any(o in k for o in args.only)}
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'extractor':32} {'P':>6} {'R':>6} {'F1':>6} {'pages/s':>8}")
    for name, extract in chosen.items():
        extract(pages[0][3], pages[0][1])  # warm-up: imports and caches
        outputs: dict[str, str] = {}
        started = time.perf_counter()
        for item_id, url, _, html in pages:
            try:
                outputs[item_id] = extract(html, url) or ""
            except Exception as error:  # a failing page scores as empty output
                print(f"  {name} failed on {item_id}: {error!r}", file=sys.stderr)
                outputs[item_id] = ""
        elapsed = time.perf_counter() - started
        precision, recall, f1 = aggregate([score_page(t, outputs[i]) for i, _, t, _ in pages])
        print(f"{name:32} {precision:6.3f} {recall:6.3f} {f1:6.3f} {len(pages) / elapsed:8.1f}")
        if name == "newsbot":
            args.out.write_text(json.dumps({i: {"articleBody": b} for i, b in outputs.items()},
                                           ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Body-extraction quality and speed of newsbot against trafilatura and readability-lxml.

Runs every extractor in one process on the same pages of the article-extraction benchmark
(``ground-truth.json`` + ``html/<id>.html.gz``), scores bodies with the benchmark's method
(4-token shingles, per-page normalised counts, precision averaged over pages with output,
recall over all pages, F1 of the two averages) and prints P, R, F1 and pages/s for each.
newsbot's bodies are written to a JSON file that the benchmark's own evaluation tool can score.

Pages are split into two halves by a hash of their id (F1 A, F1 B), so a rule tuned on one
half can be checked on the other. ``--end-to-end`` also replays the pages as HTML files through
``python -m newsbot replay`` (timed as a whole process) and scores what ``newsbot export`` gives.

    python bench/extraction_bench.py [--data DIR] [--limit N] [--out FILE] [--repeat N]
                                     [--end-to-end [--tagger fast --tagger default]]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "extraction-benchmark"


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


Extractor = Callable[[str, str], dict[str, str]]


def extractors() -> dict[str, Extractor]:
    """Each extractor gives one or more named texts per page (newsbot: body and article text)."""
    import trafilatura
    from lxml.html import fromstring
    from readability import Document

    from newsbot.parsing.html_article import extract_article

    def newsbot_texts(html: str, url: str) -> dict[str, str]:
        article = extract_article(html, url)
        return {"newsbot body": article.body,
                "newsbot article text": "\n\n".join(b.text for b in article.blocks)}

    def readability_text(html: str, url: str) -> dict[str, str]:
        summary = Document(html).summary(html_partial=True)
        root = fromstring(summary)
        for block in root.iter("p", "h1", "h2", "h3", "h4", "li", "div", "br", "tr"):
            block.tail = "\n" + (block.tail or "")
        return {"readability-lxml": root.text_content()}

    return {
        "newsbot": newsbot_texts,
        "trafilatura default": lambda html, url: {"trafilatura default": trafilatura.extract(
            html, include_comments=False) or ""},
        "trafilatura favor_precision": lambda html, url: {
            "trafilatura favor_precision": trafilatura.extract(
                html, include_comments=False, favor_precision=True) or ""},
        "readability-lxml": readability_text,
    }


def half_of(item_id: str) -> str:
    """Which half of the pages an id falls in ("A" or "B"), by a hash that ignores the content."""
    return "AB"[int(hashlib.sha256(item_id.encode()).hexdigest(), 16) % 2]


def score_row(name: str, pages: list[tuple[str, str, str, str]], outputs: dict[str, str],
              pages_per_second: float | None) -> str:
    """One printed line: P, R, F1 on all pages, F1 on each half, and speed."""
    scores = {i: score_page(t, outputs.get(i, "")) for i, _, t, _ in pages}
    precision, recall, f1 = aggregate(list(scores.values()))
    halves = [aggregate([s for i, s in scores.items() if half_of(i) == h])[2] for h in "AB"]
    speed = f"{pages_per_second:8.1f}" if pages_per_second is not None else f"{'':8}"
    return (f"{name:30} {precision:6.3f} {recall:6.3f} {f1:6.3f} {halves[0]:6.3f} "
            f"{halves[1]:6.3f} {speed}")


HEADER = f"{'extractor':30} {'P':>6} {'R':>6} {'F1':>6} {'F1 A':>6} {'F1 B':>6} {'pages/s':>8}"


def run_in_process(pages: list[tuple[str, str, str, str]], chosen: dict[str, Extractor],
                   repeat: int, out: Path) -> None:
    """Every extractor over every page, ``repeat`` times in turn; speed is the median run."""
    for extract in chosen.values():
        extract(pages[0][3], pages[0][1])  # warm-up: imports and caches
    timings: dict[str, list[float]] = {name: [] for name in chosen}
    outputs: dict[str, dict[str, str]] = {}
    labels: dict[str, list[str]] = {name: [] for name in chosen}
    for _ in range(repeat):
        for name, extract in chosen.items():
            started = time.perf_counter()
            for item_id, url, _, html in pages:
                try:
                    texts = extract(html, url)
                except Exception as error:  # a failing page scores as empty output
                    print(f"  {name} failed on {item_id}: {error!r}", file=sys.stderr)
                    texts = {}
                for label, text in texts.items():
                    if label not in labels[name]:
                        labels[name].append(label)
                    outputs.setdefault(label, {})[item_id] = text or ""
            timings[name].append(len(pages) / (time.perf_counter() - started))
    print(HEADER)
    for name in chosen:
        for label in labels[name] or [name]:
            speed = statistics.median(timings[name])
            print(score_row(label, pages, outputs.get(label, {}), speed))
    print(f"(pages/s: median of {repeat} runs of each extractor, extraction only; "
          "newsbot's figure is one extraction giving both its texts)")
    if "newsbot body" in outputs:
        bodies = {i: {"articleBody": b} for i, b in outputs["newsbot body"].items()}
        out.write_text(json.dumps(bodies, ensure_ascii=False, indent=1), encoding="utf-8")


def run_end_to_end(pages: list[tuple[str, str, str, str]], taggers: list[str]) -> None:
    """Replay the pages as saved HTML files through the whole pipeline, then score the export.

    Times the ``newsbot replay`` command as a user runs it (process start, imports, every
    pipeline stage, database writes) and reads the stored bodies back with ``newsbot export``.
    """
    with tempfile.TemporaryDirectory(prefix="newsbot-e2e-") as folder:
        pages_dir = Path(folder) / "pages"
        pages_dir.mkdir()
        for item_id, _, _, html in pages:
            (pages_dir / f"{item_id}.html").write_text(html, encoding="utf-8")
        print(HEADER)
        for tagger in taggers:
            database = f"sqlite:///{folder}/e2e-{tagger}.db"
            command = [sys.executable, "-m", "newsbot", "replay", str(pages_dir), "--db", database,
                       "--json", "--no-progress"]
            if tagger != "default":
                command += ["--tagger", tagger]
            started = time.perf_counter()
            replay = subprocess.run(command, capture_output=True, text=True, check=False)
            elapsed = time.perf_counter() - started
            if replay.returncode != 0:
                print(f"replay failed ({replay.returncode}): {replay.stderr[-2000:]}")
                continue
            exported = subprocess.run(
                [sys.executable, "-m", "newsbot", "export", "--db", database],
                capture_output=True, text=True, check=True,
            ).stdout
            bodies: dict[str, str] = {}
            texts: dict[str, str] = {}
            for line in exported.splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                item_id = Path(row["source"]).name.removesuffix(".html")
                bodies[item_id] = row.get("body") or ""
                texts[item_id] = _article_text(row)
            speed = len(pages) / elapsed
            print(score_row(f"e2e body, tagger {tagger}", pages, bodies, speed))
            print(score_row(f"e2e article text, tagger {tagger}", pages, texts, None))
            print(f"  replay summary: {replay.stdout.strip()[-400:]}")
            print(f"  {len(bodies)} of {len(pages)} pages exported; whole run {elapsed:.1f} s")


def _article_text(row: dict[str, object]) -> str:
    """Headings and paragraphs of an exported article; the export keeps them apart, so the
    headings go first (word shingles barely notice the order)."""
    headings = [str(h) for h in row.get("headings") or []]  # type: ignore[union-attr]
    paragraphs = [str(p) for p in row.get("paragraphs") or []]  # type: ignore[union-attr]
    return "\n\n".join(headings + paragraphs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--out", type=Path, default=Path("newsbot_bodies.json"),
                    help="where newsbot's bodies go, as {id: {'articleBody': ...}}")
    ap.add_argument("--only", action="append", help="run only extractors with this name")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per extractor (median)")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also replay the pages through `newsbot replay` and score the export")
    ap.add_argument("--tagger", action="append",
                    help="entity tagger(s) for --end-to-end (default: fast and default)")
    args = ap.parse_args(argv)

    block_network()
    logging.disable(logging.WARNING)
    pages = load_pages(args.data, args.limit)
    chosen = {k: v for k, v in extractors().items()
              if not args.only or any(o in k for o in args.only)}
    halves = Counter(half_of(i) for i, _, _, _ in pages)
    print(f"{len(pages)} pages from {args.data} (half A {halves['A']}, half B {halves['B']})")
    run_in_process(pages, chosen, max(1, args.repeat), args.out)
    if args.end_to_end:
        print("\nend to end: newsbot replay + export, whole process timed")
        run_end_to_end(pages, args.tagger or ["fast", "default"])
    return 0


if __name__ == "__main__":
    sys.exit(main())

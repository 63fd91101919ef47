"""Body-extraction quality and speed of newsbot against trafilatura and readability-lxml.

Runs every extractor in one process on the same pages of the article-extraction benchmark
(``ground-truth.json`` + ``html/<id>.html.gz``), scores bodies with the benchmark's method
(4-token shingles, per-page normalised counts, precision averaged over pages with output,
recall over all pages, F1 of the two averages) and prints P, R, F1 and pages/s for each.

What is scored for newsbot: the benchmark's true bodies are an article's whole text, its
subheadings included, and so is what the other extractors give. newsbot stores the same text
as blocks in reading order, headings apart from paragraphs (the export's ``headings`` and
``paragraphs``; ``body`` is the paragraphs alone). So the comparable figure is "newsbot
article text": headings and paragraphs in reading order. "newsbot body (paragraphs only)" is
the export's ``body`` field, which leaves the subheadings out by design and so loses recall
on pages that have them. Fact boxes are widgets, never body, on both lines.

The scored texts are written as ``{id: {"articleBody": ...}}`` files that the benchmark's own
evaluation tool can score: ``--out`` (article text) and ``<out>-body.json`` (paragraphs only).

Pages are split into two halves by a hash of their id (F1 A, F1 B), so a rule tuned on one
half can be checked on the other. ``--end-to-end`` also replays the pages as HTML files through
``python -m newsbot replay`` (timed as a whole process), scores what ``newsbot export`` gives and
checks that the stored paragraphs and headings are those of the in-process extraction (the
export keeps headings apart, so its "article text" line puts them first and loses the few
shingles that span a heading's edges); with ``--copies K`` it also times a replay of K copies
of every page against one, which gives the pages/s of a bulk replay once the process has
started (start-up, about two seconds, is most of a 91-page run), with ``--workers N`` from N
worker processes. ``--steady`` times a replay of the distinct pages once the process is
running: against one or two of the pages alone, and against other pages replayed first
(``--warm-up``, by default the held-out sets beside this script), the way trafilatura's
figure is taken in a process that has run before. ``--stages`` also replays the
pages once under cProfile and prints where the time of the whole command goes (profiler
overhead included).

    python bench/extraction_bench.py [--data DIR] [--limit N] [--out FILE] [--repeat N]
                                     [--end-to-end [--tagger fast --tagger default] [--copies K]
                                      [--workers N]]
                                     [--steady [--warm-up DIR]] [--stages]
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
HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "extraction-benchmark"


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
ARTICLE_TEXT = "newsbot article text"
BODY = "newsbot body (paragraphs only)"


def extractors() -> dict[str, Extractor]:
    """Each extractor gives one or more named texts per page (newsbot: body and article text)."""
    import trafilatura
    from lxml.html import fromstring
    from readability import Document

    from newsbot.parsing.html_article import extract_article

    def newsbot_texts(html: str, url: str) -> dict[str, str]:
        article = extract_article(html, url)
        return {ARTICLE_TEXT: "\n\n".join(b.text for b in article.blocks), BODY: article.body}

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
                   repeat: int, out: Path
                   ) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Every extractor over every page, ``repeat`` times in turn; speed is the median run.

    Gives every scored text by label and page id, and each extractor's pages/s.
    """
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
    for label, path in ((ARTICLE_TEXT, out), (BODY, out.with_name(f"{out.stem}-body.json"))):
        if label in outputs:
            texts = {i: {"articleBody": t} for i, t in outputs[label].items()}
            path.write_text(json.dumps(texts, ensure_ascii=False, indent=1), encoding="utf-8")
            print(f"{label}: written to {path}")
    return outputs, {name: statistics.median(runs) for name, runs in timings.items()}


def _replay_seconds(pages_dir: Path, database: str, tagger: str,
                    workers: int = 1) -> tuple[float, str, str, int]:
    """Wall time of one ``newsbot replay`` process, with its stdout, stderr and exit code."""
    command = [sys.executable, "-m", "newsbot", "replay", str(pages_dir), "--db", database,
               "--json", "--no-progress"]
    if tagger != "default":
        command += ["--tagger", tagger]
    if workers > 1:
        command += ["--workers", str(workers)]
    started = time.perf_counter()
    replay = subprocess.run(command, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, replay.stdout, replay.stderr, replay.returncode


def _saved(folder: Path, pages: list[tuple[str, str, str, str]], copy: int | None = None
           ) -> Path:
    """The pages written into ``folder`` as HTML files, for ``newsbot replay`` to read; as
    ``copy`` number N, each file gets bytes of its own so no copy is dropped as already read."""
    folder.mkdir(exist_ok=True)
    for item_id, _, _, html in pages:
        if copy is None:
            (folder / f"{item_id}.html").write_text(html, encoding="utf-8")
        else:
            (folder / f"{copy}-{item_id}.html").write_text(f"{html}<!-- copy {copy} -->",
                                                           encoding="utf-8")
    return folder


def run_steady_state(pages: list[tuple[str, str, str, str]], taggers: list[str],
                     copies: int, workers: int = 1) -> None:
    """Pages/s of a bulk replay once started: ``copies`` copies of every page (each with its
    own bytes, so none is dropped as already read) against one copy; the difference in time
    over the difference in pages leaves process start-up out. Copies after the first are
    stored as unchanged versions of their article, so their writes are lighter, and the
    tagger's paragraph cache knows their text: this figure flatters tagging. ``--steady``
    gives the figure on distinct pages. With ``workers`` > 1 the replays run that many worker
    processes (``newsbot replay --workers``)."""
    with tempfile.TemporaryDirectory(prefix="newsbot-steady-") as folder:
        one = _saved(Path(folder) / "one", pages)
        many = Path(folder) / "many"
        for copy in range(copies):
            _saved(many, pages, copy)
        for tagger in taggers:
            single, *_ = _replay_seconds(one, f"sqlite:///{folder}/one-{tagger}.db", tagger,
                                         workers)
            bulk, *_ = _replay_seconds(many, f"sqlite:///{folder}/many-{tagger}.db", tagger,
                                       workers)
            extra = len(pages) * (copies - 1)
            print(f"  copies, {tagger}, {workers} worker(s): "
                  f"{extra / (bulk - single):.1f} pages/s "
                  f"({len(pages)} pages {single:.1f} s, {len(pages) * copies} pages {bulk:.1f} s)")


def _baseline_pages(pages: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The first page, and the first page whose language only the language model can tell:
    a replay of these pays every one-time load (the model is read at its first use, 0.4 s),
    so that the difference to a replay of every page is the pages' own cost."""
    import py3langid

    from newsbot.items import RawDocument
    from newsbot.parsing.document import structure_document

    asked: list[str] = []
    classify = py3langid.classify

    def counting(text: str) -> tuple[str, float]:
        asked.append(text)
        return classify(text)

    py3langid.classify = counting
    try:
        for page in pages:
            item_id, url, _, html = page
            structure_document(RawDocument(item_id, html.encode(), url=url or None,
                                           content_type="text/html"))
            if asked:
                return [pages[0]] if page is pages[0] else [pages[0], page]
    finally:
        py3langid.classify = classify
    return pages[:1]


def run_distinct_steady_state(pages: list[tuple[str, str, str, str]], taggers: list[str],
                              workers: int, repeat: int, extract_only: float | None,
                              warm_up: list[tuple[str, str, str, str]] | None = None) -> None:
    """Pages/s of a bulk replay once started, on pages that are all different (no cache
    helps): a replay of every page against a replay of the pages that come first alone, each
    the median of ``repeat`` runs, so process start-up, imports and model loading cancel out.
    Printed beside trafilatura's extract-only pages/s on the same pages, measured in this
    process.

    Two baselines. The strict one is one or two of the pages themselves (``_baseline_pages``):
    whatever a library first loads later in the run (a stop-word list read the first time a
    fallback runs, a table built on first use) is charged to the measured pages. With
    ``warm_up`` pages (other pages, none of the measured ones) both replays start with them,
    so the measured pages run in a process that has already met pages like them, as in a
    long replay and as trafilatura's figure (median of repeated runs in one process) is."""
    baselines = [("after 1-2 of its own pages", _baseline_pages(pages), [])]
    if warm_up:
        baselines.append((f"after {len(warm_up)} other pages", warm_up, warm_up))
    with tempfile.TemporaryDirectory(prefix="newsbot-distinct-") as folder:
        for label, baseline, before in baselines:
            one = _saved(Path(folder) / f"one-{len(before)}", baseline)
            every = _saved(Path(folder) / f"every-{len(before)}", [*before, *pages])
            measured = len(pages) - (0 if before else len(baseline))
            for tagger in taggers:
                timings: dict[Path, list[float]] = {one: [], every: []}
                for run in range(repeat):
                    for pages_dir in (one, every):
                        database = f"sqlite:///{folder}/{pages_dir.name}-{tagger}-{run}.db"
                        elapsed, _, stderr, code = _replay_seconds(pages_dir, database, tagger,
                                                                   workers)
                        if code != 0:
                            print(f"  replay failed ({code}): {stderr[-2000:]}")
                            return
                        timings[pages_dir].append(elapsed)
                single, bulk = (statistics.median(timings[d]) for d in (one, every))
                rate = measured / (bulk - single)
                ratio = f"; {rate / extract_only:.2f} x trafilatura's extract-only " \
                        f"{extract_only:.1f} pages/s" if extract_only else ""
                print(f"  distinct pages {label}, {tagger}, {workers} worker(s): "
                      f"{rate:.1f} pages/s ({len(baseline)} page(s) {single:.2f} s, "
                      f"{len(before) + len(pages)} pages {bulk:.2f} s, median of {repeat})"
                      f"{ratio}")


def run_end_to_end(pages: list[tuple[str, str, str, str]], taggers: list[str],
                   in_process: dict[str, dict[str, str]]) -> None:
    """Replay the pages as saved HTML files through the whole pipeline, then score the export.

    Times the ``newsbot replay`` command as a user runs it (process start, imports, every
    pipeline stage, database writes) and reads the stored bodies back with ``newsbot export``.
    Also counts the pages whose stored text is the in-process extraction's, block for block.
    """
    with tempfile.TemporaryDirectory(prefix="newsbot-e2e-") as folder:
        pages_dir = _saved(Path(folder) / "pages", pages)
        print(HEADER)
        for tagger in taggers:
            database = f"sqlite:///{folder}/e2e-{tagger}.db"
            elapsed, stdout, stderr, code = _replay_seconds(pages_dir, database, tagger)
            if code != 0:
                print(f"replay failed ({code}): {stderr[-2000:]}")
                continue
            exported = subprocess.run(
                [sys.executable, "-m", "newsbot", "export", "--db", database],
                capture_output=True, text=True, check=True,
            ).stdout
            bodies: dict[str, str] = {}
            texts: dict[str, str] = {}
            same = 0
            for line in exported.splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                item_id = Path(row["source"]).name.removesuffix(".html")
                bodies[item_id] = row.get("body") or ""
                texts[item_id] = _article_text(row)
                same += _same_blocks(row, in_process.get(ARTICLE_TEXT, {}).get(item_id),
                                     in_process.get(BODY, {}).get(item_id))
            speed = len(pages) / elapsed
            print(score_row(f"e2e body (paragraphs), {tagger}", pages, bodies, speed))
            print(score_row(f"e2e text (headings 1st), {tagger}", pages, texts, None))
            summary = json.loads(stdout) if stdout.strip().startswith("{") else {}
            print(f"  replay: {json.dumps(summary) if summary else stdout.strip()[-400:]}")
            print(f"  {len(bodies)} of {len(pages)} pages exported; whole run {elapsed:.1f} s; "
                  f"stored text identical to the in-process extraction on {same} pages")


def _same_blocks(row: dict[str, object], article_text: str | None, body: str | None) -> bool:
    """Whether an exported article holds exactly the in-process extraction's blocks."""
    if article_text is None or body is None:
        return False
    paragraphs = [str(p) for p in row.get("paragraphs") or []]  # type: ignore[union-attr]
    headings = [str(h) for h in row.get("headings") or []]  # type: ignore[union-attr]
    in_process = article_text.split("\n\n") if article_text else []
    return "\n\n".join(paragraphs) == body and sorted(headings + paragraphs) == sorted(in_process)


def run_stages(pages: list[tuple[str, str, str, str]], tagger: str) -> None:
    """Replay the pages once under cProfile and print the time of each part of the command."""
    import pstats

    with tempfile.TemporaryDirectory(prefix="newsbot-stages-") as folder:
        pages_dir = _saved(Path(folder) / "pages", pages)
        profile = Path(folder) / "replay.prof"
        command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "newsbot",
                   "replay", str(pages_dir), "--db", f"sqlite:///{folder}/stages.db", "--json",
                   "--no-progress", "--tagger", tagger]
        subprocess.run(command, capture_output=True, text=True, check=True)
        stats = pstats.Stats(str(profile)).stats  # type: ignore[attr-defined]
    total = max(entry[3] for entry in stats.values())

    def cumulative(path_part: str, name: str) -> float:
        return sum(entry[3] for (path, _, function), entry in stats.items()
                   if path_part in path and function == name)

    parts = [
        ("structure stage", cumulative("pipelines/structure.py", "process_item")),
        ("  HTML extraction (extract_article)", cumulative("html_article.py", "extract_article")),
        ("    trafilatura body", cumulative("trafilatura/core.py", "bare_extraction")),
        ("    metadata", cumulative("html_meta.py", "read_meta")),
        ("    captions, widgets, switcher",
         cumulative("html_parts.py", "take_captions") + cumulative("html_parts.py", "take_widgets")
         + cumulative("html_parts.py", "take_language_switcher")),
        ("    gap filling", cumulative("html_article.py", "fill_gaps")),
        ("  language detection", cumulative("parsing/document.py", "detect_language")),
        ("dedup stage", cumulative("pipelines/dedup.py", "process_item")),
        ("widgets stage", cumulative("pipelines/widgets.py", "process_item")),
        ("entities stage", cumulative("pipelines/entities.py", "process_item")),
        ("persistence stage (queueing only)",
         cumulative("pipelines/persistence.py", "process_item")),
    ]
    print(f"\nwhere a replay of {len(pages)} pages spends its time (cProfile, tagger {tagger}; "
          f"whole command {total:.2f} s)")
    for label, seconds in parts:
        print(f"  {label:40} {seconds:6.2f} s {100 * seconds / total:5.1f}%")
    stages = sum(seconds for label, seconds in parts if "stage" in label)
    print(f"  {'start-up, imports, engine, writes, other':40} {total - stages:6.2f} s "
          f"{100 * (total - stages) / total:5.1f}%")
    print("  (the database writes run in a thread the profiler does not see: they count as other)")


def _article_text(row: dict[str, object]) -> str:
    """Headings and paragraphs of an exported article; the export keeps them apart, so the
    headings go first (word shingles barely notice the order)."""
    headings = [str(h) for h in row.get("headings") or []]  # type: ignore[union-attr]
    paragraphs = [str(p) for p in row.get("paragraphs") or []]  # type: ignore[union-attr]
    return "\n\n".join(headings + paragraphs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, action="append",
                    help="a folder of pages with ground-truth.json (repeatable; default: the "
                         "shared extraction benchmark)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--out", type=Path, default=Path("newsbot_bodies.json"),
                    help="where newsbot's bodies go, as {id: {'articleBody': ...}}")
    ap.add_argument("--only", action="append", help="run only extractors with this name")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per extractor (median)")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also replay the pages through `newsbot replay` and score the export")
    ap.add_argument("--tagger", action="append",
                    help="entity tagger(s) for --end-to-end (default: fast and default)")
    ap.add_argument("--workers", type=int, default=1,
                    help="with --copies, replay with this many worker processes")
    ap.add_argument("--copies", type=int, default=0,
                    help="with --end-to-end, also time a replay of this many copies of every page "
                         "against one copy: pages/s once the process has started")
    ap.add_argument("--steady", action="store_true",
                    help="also time a replay of every page against one page alone: pages/s "
                         "once started, on distinct pages, beside trafilatura's extract-only")
    ap.add_argument("--warm-up", type=Path, action="append",
                    help="with --steady, also measure after a replay of these pages (folders "
                         "like --data; default: the held-out sets in bench/extraction_heldout*)")
    ap.add_argument("--stages", action="store_true",
                    help="also profile one replay and print the time of each stage")
    args = ap.parse_args(argv)

    block_network()
    logging.disable(logging.WARNING)
    folders = args.data or [DEFAULT_DATA]
    pages = [page for folder in folders for page in load_pages(folder, args.limit)]
    chosen = {k: v for k, v in extractors().items()
              if not args.only or any(o in k for o in args.only)}
    halves = Counter(half_of(i) for i, _, _, _ in pages)
    print(f"{len(pages)} pages from {', '.join(map(str, folders))} "
          f"(half A {halves['A']}, half B {halves['B']})")
    outputs, speeds = run_in_process(pages, chosen, max(1, args.repeat), args.out)
    if args.end_to_end:
        print("\nend to end: newsbot replay + export, whole process timed")
        run_end_to_end(pages, args.tagger or ["fast", "default"], outputs)
        if args.copies > 1:
            run_steady_state(pages, args.tagger or ["fast", "default"], args.copies, args.workers)
    if args.steady:
        print("\nsteady state: newsbot replay of every page against the pages before them alone")
        warm_up_folders = args.warm_up or sorted(HERE.glob("extraction_heldout*"))
        measured_ids = {item_id for item_id, _, _, _ in pages}
        warm_up = [page for folder in warm_up_folders for page in load_pages(folder, 0)
                   if page[0] not in measured_ids]
        run_distinct_steady_state(pages, args.tagger or ["fast", "default"], args.workers,
                                  max(1, args.repeat), speeds.get("trafilatura default"),
                                  warm_up)
    if args.stages:
        run_stages(pages, (args.tagger or ["fast"])[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())

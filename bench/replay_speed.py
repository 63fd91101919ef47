"""Replay speed of the whole path (five stages into SQLite): docs/s and peak memory.

Generates N varied text dumps (default 10,000) like real news dumps: captions repeated, language
switchers, headings, plain and percent-encoded fact boxes, "Updated:" lines, people, organisations
and places. Then runs `newsbot replay` on them as a user would, once per tagger setting, and
prints documents per second and the peak resident memory of the replay process. The replay is
pinned to one CPU by default (`--cpus 0`), as the target is set for one core; `--cpus all` lets
its database thread run beside the parsing on a second core.

With `--functions`, it times instead the pure per-document functions behind the structure and
dedup stages, in this process (best of three rounds, so a busy machine disturbs it less).

    python bench/replay_speed.py [--docs 10000] [--taggers none,fast,default] [--workers 1]
                                 [--cpus 0|all|0,1]
    python bench/replay_speed.py --functions [--docs 3000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

FIRST = [
    "Haider",
    "Fatima",
    "Kamau",
    "Li",
    "Priya",
    "Omar",
    "Sara",
    "James",
    "Aisha",
    "Yusuf",
    "Mariam",
    "Chen",
    "Ahmed",
    "Elena",
    "Kwame",
    "Nadia",
    "Ravi",
    "Layla",
    "Tom",
    "Ines",
]
LAST = [
    "Al Lami",
    "Al Shammari",
    "Thugge",
    "Wei",
    "Sharma",
    "Haddad",
    "Okafor",
    "Smith",
    "Al Meer",
    "Nasser",
    "Kovacs",
    "Mensah",
    "Rahman",
    "Garcia",
    "Tanaka",
    "Bakr",
]
ORGS = [
    "Popular Mobilisation Forces",
    "Central Bank of Kenya",
    "World Health Organisation",
    "Abu Dhabi Investment Authority",
    "Ministry of Finance",
    "Red Crescent",
    "International Monetary Fund",
    "Dubai Electricity and Water Authority",
    "Reuters",
    "National Oil Corporation",
    "University of Nairobi",
    "Emirates Airline",
]
PLACES = [
    "Baghdad",
    "Nairobi",
    "Dubai",
    "Cairo",
    "Beirut",
    "Riyadh",
    "Mumbai",
    "Jakarta",
    "London",
    "Paris",
    "Tehran",
    "Amman",
    "Doha",
    "Lagos",
    "Karachi",
    "Istanbul",
]
VERBS = ["said", "announced", "warned", "confirmed", "told reporters", "added"]
TOPICS = [
    "the new budget",
    "the ceasefire talks",
    "rising fuel prices",
    "the port expansion",
    "the election results",
    "water shortages",
    "the vaccine programme",
    "trade tariffs",
    "the housing plan",
    "the airline's new routes",
    "the flood response",
]
FILLER = [
    "The decision follows months of negotiations between the two sides.",
    "Officials expect the measures to take effect early next year.",
    "Critics say the plan does not go far enough to address the problem.",
    "Analysts said markets had largely priced in the move.",
    "The figures were higher than economists had forecast.",
    "Residents have complained about delays for several years.",
    "The programme will be reviewed after twelve months.",
]
AGENCIES = ["Reuters", "AP", "AFP", "Getty Images", "EPA", "Bloomberg"]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraph(rng: random.Random, serial: int) -> str:
    sentences = [
        f"{person(rng)}, a spokesman for the {rng.choice(ORGS)}, {rng.choice(VERBS)} on "
        f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])} that {rng.choice(TOPICS)} "
        f"in {rng.choice(PLACES)} would go ahead.",
        rng.choice(FILLER),
        f"“We are working with partners in {rng.choice(PLACES)} to deliver this,” "
        f"{rng.choice(VERBS)} {person(rng)}.",
        f"Case {serial} drew {rng.randint(2, 900)} comments from officials.",
    ]
    rng.shuffle(sentences)
    return " ".join(sentences[: rng.randint(2, 4)])


def fact_box(rng: random.Random, index: int) -> str:
    if rng.random() < 0.5:
        return (
            f"Who's who {index}\n\n{rng.choice(LAST)}: {rng.choice(FILLER)}\n\n"
            f"{rng.choice(ORGS)}: {rng.choice(FILLER)}\n"
        )
    html = (
        f"<p><strong>Name: </strong>{rng.choice(ORGS)}<br><strong>Based: </strong>"
        f"{rng.choice(PLACES)}<br><strong>Founders: </strong>{person(rng)}</p>"
    )
    return f"{quote('COMPANY PROFILE')}\n{quote(html)}\n"


def dump(rng: random.Random, serial: int) -> str:
    lines: list[str] = []
    if rng.random() < 0.6:
        caption = (
            f"{person(rng)} speaks in {rng.choice(PLACES)} on {rng.choice(TOPICS)}. "
            f"{rng.choice(AGENCIES)}"
        )
        lines += [caption] * rng.randint(1, 4) + [""]
    lines += [f"{rng.choice(PLACES)} leaders agree on {rng.choice(TOPICS)} ({serial})", ""]
    if rng.random() < 0.5:
        lines += ["", "  • English", "  • Arabic", ""]
    for i in range(rng.randint(4, 16)):
        lines += [paragraph(rng, serial * 100 + i), ""]
        if i == 3 and rng.random() < 0.4:
            lines += ["What happens next", ""]
    for i in range(rng.randint(0, 3)):
        lines += [fact_box(rng, i), ""]
    day = rng.randint(1, 28)
    lines.append(f"Updated: August {day}, 2024, {rng.randint(1, 12)}:{rng.randint(10, 59)} PM")
    return "\n".join(lines)


def generate(folder: Path, count: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    total = 0
    for serial in range(count):
        sub = folder / f"{serial // 1000:03d}"
        sub.mkdir(exist_ok=True)
        data = dump(rng, serial).encode("utf-8")
        (sub / f"story-{serial:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def replay(
    folder: Path, db: Path, tagger: str, workers: int, cpus: set[int] | None = None
) -> tuple[float, dict, int]:
    command = [
        sys.executable,
        "-m",
        "newsbot",
        "replay",
        str(folder),
        "--db",
        f"sqlite:///{db}",
        "--json",
        "--no-progress",
        "--tagger",
        tagger,
    ]
    if workers > 1:
        command += ["--workers", str(workers)]
    start = time.perf_counter()
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    result = subprocess.run(command, capture_output=True, check=True, preexec_fn=pin)
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, json.loads(result.stdout), peak_kib


def time_functions(count: int) -> None:
    """Milliseconds per document of each pure function on the structure and dedup path."""
    from newsbot.items import RawDocument
    from newsbot.parsing.decode import decode_text, looks_binary
    from newsbot.parsing.document import (
        content_hash,
        detect_language,
        story_key,
        structure_document,
    )
    from newsbot.parsing.similarity import minhash_bands
    from newsbot.parsing.textdump import parse_text_dump
    from newsbot.parsing.widgets import decode_widgets

    rng = random.Random(7)
    data = [dump(rng, serial).encode("utf-8") for serial in range(count)]
    texts = [decode_text(body).text for body in data]
    articles = [parse_text_dump(text) for text in texts]
    samples = [" ".join([a.title or "", *a.paragraphs[:3]]) for a in articles]
    bodies = [article.body for article in articles]
    raws = [RawDocument(source=f"story-{n}.txt", body=body) for n, body in enumerate(data)]
    cases = [
        ("looks_binary", looks_binary, data),
        ("decode_text", decode_text, data),
        ("parse_text_dump", parse_text_dump, texts),
        ("detect_language", detect_language, samples),
        ("structure_document (all above)", structure_document, raws),
        ("content_hash", content_hash, articles),
        ("story_key", story_key, articles),
        ("minhash_bands", minhash_bands, bodies),
        ("decode_widgets", lambda article: decode_widgets(article.widgets), articles),
    ]
    detect_language("warm the language model up before timing it")
    print(f"{count} dumps, best of 3 rounds")
    for name, function, inputs in cases:
        rounds = []
        for _ in range(3):
            start = time.perf_counter()
            for value in inputs:
                function(value)
            rounds.append(time.perf_counter() - start)
        print(f"{name:32s} {min(rounds) / len(inputs) * 1000:7.3f} ms/doc")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--taggers", default="none,fast,default")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--functions", action="store_true", help="time the pure functions only")
    parser.add_argument(
        "--cpus",
        default="0",
        help="CPUs the replay may use, comma-separated ('0': one core, the target's terms; "
        "'all': no pinning, so the database thread may use a second core)",
    )
    args = parser.parse_args()
    if args.functions:
        time_functions(args.docs)
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "dumps"
        folder.mkdir()
        size = generate(folder, args.docs)
        words = sum(len(p.read_text().split()) for p in folder.rglob("*.txt"))
        print(f"{args.docs} dumps, {size / 1e6:.1f} MB, {words / args.docs:.0f} words each")
        cpus = None if args.cpus == "all" else {int(c) for c in args.cpus.split(",")}
        print(f"CPUs: {'all' if cpus is None else ','.join(map(str, sorted(cpus)))}")
        for tagger in args.taggers.split(","):
            db = Path(tmp) / f"{tagger}.db"
            elapsed, summary, peak = replay(folder, db, tagger, args.workers, cpus)
            stored = summary["new"] + summary["updated"] + summary["older_versions"]
            print(
                f"tagger={tagger:8s} workers={args.workers}  "
                f"{summary['read'] / elapsed:8.0f} docs/s"
                f"  ({elapsed:6.1f} s incl. start-up; {stored} stored, "
                f"{summary['quarantined']} quarantined)  peak RSS {peak / 1024:.0f} MB"
            )


if __name__ == "__main__":
    main()

"""Print how long ``parse_text_dump`` takes per fixture dump and on large generated dumps.

Run from the project root: ``python bench/textdump_speed.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from newsbot.parsing.textdump import parse_text_dump

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"


def _best_of(repeat: int, run: Callable[[], object]) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return min(timings)


def _generated() -> dict[str, str]:
    """Large inputs that must stay fast: the sizes named in the parser's requirements."""
    paragraph = "Officials said the plan would be reviewed again before the end of the year. "
    sample = (DUMPS / "thenational_iraq_militias.txt").read_text(encoding="utf-8")
    boxes = "\n".join(
        f"Box%20{n}\n" + quote(f"<p>Item: {n}</p>", safe="") for n in range(5000)
    )
    return {
        "6 MB single line": paragraph * (6_000_000 // len(paragraph)),
        "14 MB dump (sample x1500)": sample * 1500,
        "5,000 boxes": "Headline\n\n" + paragraph + "\n\n" + boxes,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50, help="runs per fixture (best kept)")
    args = parser.parse_args()

    per_kb = []
    print(f"{'fixture':55} {'KB':>7} {'ms':>8} {'ms/10KB':>8}")
    for path in sorted(DUMPS.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        seconds = _best_of(args.repeat, lambda text=text: parse_text_dump(text))
        kilobytes = len(text.encode("utf-8")) / 1024
        per_kb.append(seconds * 1000 / kilobytes * 10)
        print(f"{path.stem:55} {kilobytes:7.1f} {seconds * 1000:8.3f} {per_kb[-1]:8.3f}")
    print(f"median ms per 10 KB over fixtures: {statistics.median(per_kb):.3f}")

    for name, text in _generated().items():
        seconds = _best_of(1, lambda text=text: parse_text_dump(text))
        print(f"{name:55} {len(text) / 1e6:6.1f}MB {seconds:8.2f} s")


if __name__ == "__main__":
    main()

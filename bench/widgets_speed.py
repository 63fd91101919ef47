"""Print how many widgets per second decode_widget handles on the sample's six fact boxes.

Usage: python bench/widgets_speed.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from urllib.parse import unquote

from newsbot.items import Widget
from newsbot.parsing.widgets import decode_widget, looks_percent_encoded

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "widgets"
SAMPLE = FIXTURES / "thenational_iraq_militias.txt"
EXPECTED = FIXTURES / "thenational_iraq_militias.expected.json"


def sample_widgets() -> list[Widget]:
    """Cut the boxes named in the expected file out of the dump, title line to next box."""
    lines = SAMPLE.read_text("utf-8").split("\n")
    titles = [box["title"] for box in json.loads(EXPECTED.read_text("utf-8"))["widgets"]]

    def plain(line: str) -> str:
        return " ".join((unquote(line) if looks_percent_encoded(line) else line).split())

    starts = [next(i for i, line in enumerate(lines) if plain(line) == t) for t in titles]
    end = next(i for i, line in enumerate(lines) if line.startswith("Updated:"))
    widgets = []
    for start, stop in zip(starts, [*starts[1:], end], strict=True):
        raw = "\n".join(lines[start + 1 : stop]).strip("\n")
        encoding = "percent" if looks_percent_encoded(raw) else "plain"
        widgets.append(Widget(title=lines[start], raw=raw, encoding=encoding))
    return widgets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2000, help="times the six boxes are decoded")
    rounds = parser.parse_args().rounds
    widgets = sample_widgets()
    for widget in widgets:  # warm up imports and caches
        decode_widget(widget)

    print(f"{'widget':<40} {'encoding':<14} {'us/widget':>10}")
    total_seconds = 0.0
    for widget in widgets:
        started = time.perf_counter()
        for _ in range(rounds):
            decoded = decode_widget(widget)
        elapsed = time.perf_counter() - started
        total_seconds += elapsed
        print(f"{decoded.title!s:<40} {decoded.encoding:<14} {elapsed / rounds * 1e6:>10.1f}")
    count = rounds * len(widgets)
    print(
        f"{count} widgets in {total_seconds:.2f} s: {count / total_seconds:,.0f} widgets/s, "
        f"{total_seconds / count * 1e3:.3f} ms per widget"
    )


if __name__ == "__main__":
    main()

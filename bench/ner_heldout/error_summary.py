"""Sum up a tagger's errors over a folder of gold articles, by kind.

    python bench/ner_heldout/error_summary.py [--articles DIR] [--taggers default,fast,spacy-sm]

`ner_bench.py --verbose` lists errors article by article; this groups them so that the kinds of
error can be counted: a gold name found under another label, a name that is not in the gold at
all (split, shortened or not an entity) and a gold name not found under any of its spellings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ner_bench import LABELS, GoldArticle, _fold, read_gold_articles, run_gold_articles


def classify(
    article: GoldArticle, names: dict[str, set[str]]
) -> tuple[list[str], list[str], list[str]]:
    """(wrong label, not in gold, missed) names of one article, each as "name[LABEL]"."""
    label_of = {
        _fold(spelling): label
        for label in LABELS
        for alternatives in article.entities[label]
        for spelling in alternatives
    }
    wrong_label: list[str] = []
    not_in_gold: list[str] = []
    missed: list[str] = []
    for label in LABELS:
        spellings = {_fold(s) for alts in article.entities[label] for s in alts}
        for name in sorted(names[label]):
            if _fold(name) in spellings:
                continue
            bucket = wrong_label if _fold(name) in label_of else not_in_gold
            bucket.append(f"{name}[{label}]")
        found = {_fold(n) for n in names[label]}
        missed += [
            f"{alts[0]}[{label}]"
            for alts in article.entities[label]
            if not {_fold(s) for s in alts} & found
        ]
    return wrong_label, not_in_gold, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=Path(__file__).resolve().parent)
    parser.add_argument("--taggers", default="default,fast,spacy-sm")
    args = parser.parse_args()
    articles = read_gold_articles(args.articles)
    for tagger in args.taggers.split(","):
        predicted, _ = run_gold_articles(tagger, articles, 1)
        kinds: dict[str, list[str]] = {"wrong label": [], "not in gold": [], "missed": []}
        for article, names in zip(articles, predicted, strict=True):
            for kind, found in zip(kinds, classify(article, names), strict=True):
                kinds[kind] += found
        sizes = ", ".join(f"{len(found)} {kind}" for kind, found in kinds.items())
        print(f"\n== {tagger}: {sizes}")
        for kind, found in kinds.items():
            labels = Counter(name.rsplit("[", 1)[1].rstrip("]") for name in found)
            print(f"  {kind} ({dict(labels)}): {'; '.join(found)}")


if __name__ == "__main__":
    main()

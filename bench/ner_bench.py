"""Score the entity taggers on the news half of the Universal NER English-PUD gold data.

    taskset -c 0 python bench/ner_bench.py [--gold PATH] [--articles DIR] [--repeat N]
        [--taggers fast,default,spacy-sm] [--verbose]

Prints, per tagger: exact-span and lenient (leading "the", titles and a trailing "'s" ignored)
precision/recall/F1 per label (PER<->PERSON, ORG, LOC<->PLACE), a set-based F1 per article (the
gold's `newdoc` groups), and words per second: the median of --repeat cold runs (a new tagger,
caches cleared), in CPU seconds of this process, so that other work on a shared core does not
count; pin it to one core with taskset. Sentences of one article are tagged together as one
body, so article-level consistency takes part. Measure only: no rule is fitted to this data.

Then the same taggers on whole news articles (bench/ner_articles/*.json: title, text and the
hand-made set of PERSON/ORG/PLACE names, alternatives such as ["Popular Mobilisation Forces",
"PMF"] counting as one name): per-article set precision/recall/F1 per label, what an article's
entity list shows a reader. A predicted canonical name is right when it matches one of a gold
name's spellings under the same label (case, a leading "the" and a trailing "'s" ignored).
--verbose lists each article's wrong and missed names.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsbot.items import Mention
from newsbot.parsing import entities
from newsbot.parsing import entity_rules as rules
from newsbot.parsing.entities import (
    DEFAULT_MODEL,
    EntityTagger,
    ModelTagger,
    build_tagger,
    clear_caches,
    name_key,
)
from newsbot.parsing.entity_names import names_as_written

DEFAULT_GOLD = Path("/work/shared/ner-gold/uner_en_pud_test.iob2")
DEFAULT_ARTICLES = Path(__file__).resolve().parent / "ner_articles"
GOLD_TO_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
LABELS = ("PERSON", "ORG", "PLACE")

Span = tuple[int, int, str]


@dataclass
class Article:
    doc_id: str
    text: str = ""
    gold: list[Span] = field(default_factory=list)


def read_news_articles(path: Path) -> list[Article]:
    """News sentences (sent_id "n...") grouped by newdoc id into one text each."""
    articles: dict[str, Article] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip().splitlines()
        meta = dict(
            line[2:].split(" = ", 1) for line in lines if line.startswith("# ") and " = " in line
        )
        sent_id = meta.get("sent_id", "")
        if not sent_id.startswith("n"):
            continue
        doc_id = sent_id.split("-")[0]
        article = articles.setdefault(doc_id, Article(doc_id))
        offset = len(article.text) + (1 if article.text else 0)
        sentence = meta["text"]
        article.text = f"{article.text} {sentence}" if article.text else sentence
        cursor, current = 0, None
        for line in lines:
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            token, tag = columns[1], columns[2]
            begin = sentence.index(token, cursor)
            cursor = begin + len(token)
            if tag.startswith("B-") or (tag.startswith("I-") and current is None):
                if current:
                    article.gold.append(current)
                current = (offset + begin, offset + cursor, GOLD_TO_LABEL[tag[2:]])
            elif tag.startswith("I-") and current:
                current = (current[0], offset + cursor, current[2])
            else:
                if current:
                    article.gold.append(current)
                current = None
        if current:
            article.gold.append(current)
    return list(articles.values())


_LEADING = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)


def lenient(text: str, span: Span) -> Span:
    """The span without a leading "the", titles or a trailing "'s"."""
    start, end, label = span
    while True:
        piece = text[start:end]
        lead = _LEADING.match(piece)
        first = piece.split(" ", 1)[0].rstrip(".").lower()
        if lead:
            start += lead.end()
        elif " " in piece and first in rules.PERSON_TITLES:
            start += piece.index(" ") + 1
        elif piece.endswith(("'s", "’s")):
            end -= 2
        elif piece.endswith(("'", "’", ".", ",")) and end - start > 1:
            end -= 1
        else:
            return start, end, label


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(articles: list[Article], predicted: list[list[Span]]) -> dict[str, dict[str, tuple]]:
    results: dict[str, dict[str, tuple]] = {}
    for mode in ("exact", "lenient"):
        counts: dict[str, Counter[str]] = {label: Counter() for label in (*LABELS, "ALL")}
        for article, spans in zip(articles, predicted, strict=True):
            gold = set(article.gold)
            pred = set(spans)
            if mode == "lenient":
                gold = {lenient(article.text, s) for s in gold}
                pred = {lenient(article.text, s) for s in pred}
            for label in LABELS:
                g = {s for s in gold if s[2] == label}
                p = {s for s in pred if s[2] == label}
                for key in (label, "ALL"):
                    counts[key]["tp"] += len(g & p)
                    counts[key]["fp"] += len(p - g)
                    counts[key]["fn"] += len(g - p)
        results[mode] = {k: prf(c["tp"], c["fp"], c["fn"]) for k, c in counts.items()}
    # Per article, as sets of (name, label): what an article's entity list shows a user.
    tp = fp = fn = 0
    for article, spans in zip(articles, predicted, strict=True):
        def names(spans: list[Span], text: str = article.text) -> set[tuple[str, str]]:
            out = set()
            for s in spans:
                start, end, label = lenient(text, s)
                out.add((text[start:end].lower(), label))
            return out

        g, p = names(article.gold), names(spans)
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
    results["article-set"] = {"ALL": prf(tp, fp, fn)}
    return results


def timed(name: str, inputs: list, repeat: int) -> tuple[list[list[Mention]], float]:
    """Mentions and the median CPU seconds of ``repeat`` cold runs, each with a new tagger."""
    times, mentions = [], []
    for _ in range(repeat):
        tagger = make_tagger(name)
        tagger.tag_many([[("body", 0, "Warm up in Paris with Mr Smith.")]])
        clear_caches()
        start = time.process_time()  # CPU seconds: other work on a shared core does not count
        mentions = tagger.tag_many(inputs)
        times.append(time.process_time() - start)
    return mentions, statistics.median(times)


def run(name: str, articles: list[Article], repeat: int) -> tuple[list[list[Span]], float]:
    inputs = [[("body", 0, a.text)] for a in articles]
    mentions, elapsed = timed(name, inputs, repeat)
    return [[(m.start, m.end, m.label) for m in ms] for ms in mentions], elapsed


@dataclass
class GoldArticle:
    name: str
    title: str
    text: str
    entities: dict[str, list[list[str]]]


def read_gold_articles(folder: Path) -> list[GoldArticle]:
    articles = []
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        entities = {
            label: [[n] if isinstance(n, str) else list(n) for n in data["entities"].get(label, [])]
            for label in LABELS
        }
        articles.append(GoldArticle(path.stem, data["title"], data["text"], entities))
    return articles


def _fold(name: str) -> str:
    return name_key(name).lower()


def article_set_counts(
    gold: dict[str, list[list[str]]], predicted: dict[str, set[str]]
) -> dict[str, Counter[str]]:
    """tp/fp/fn per label; a gold name counts once however many of its spellings were found."""
    counts: dict[str, Counter[str]] = {}
    for label in LABELS:
        spellings = [{_fold(s) for s in alternatives} for alternatives in gold[label]]
        found = {_fold(n) for n in predicted.get(label, set())}
        matched = sum(1 for names in spellings if names & found)
        known = set().union(*spellings) if spellings else set()
        counts[label] = Counter(tp=matched, fn=len(spellings) - matched, fp=len(found - known))
    return counts


def as_written_counts(
    gold: dict[str, list[list[str]]], written: dict[str, dict[str, set[str]]]
) -> Counter[str]:
    """tp/fp/fn over all labels, where an entity matches a gold name by its canonical form or
    by any spelling the text gives it ("AP" shown as "Associated Press")."""
    counts: Counter[str] = Counter()
    for label in LABELS:
        spellings = [{_fold(s) for s in alternatives} for alternatives in gold[label]]
        known = set().union(*spellings) if spellings else set()
        entities = [
            {_fold(canonical)} | {_fold(form) for form in forms}
            for canonical, forms in written.get(label, {}).items()
        ]
        matched = sum(1 for names in spellings if any(names & e for e in entities))
        counts.update(
            tp=matched,
            fn=len(spellings) - matched,
            fp=sum(1 for e in entities if not e & known),
        )
    return counts


def run_gold_articles(
    name: str, articles: list[GoldArticle], repeat: int
) -> tuple[
    list[dict[str, set[str]]],
    list[dict[str, dict[str, set[str]]]],
    list[dict[str, set[str]]],
    float,
]:
    """Per article, the canonical names by label, each canonical name's spellings, and the
    names by label as `newsbot export` shows them (each part's entities as written)."""
    inputs = [[("title", 0, a.title), ("body", 0, a.text)] for a in articles]
    tagged, elapsed = timed(name, inputs, repeat)
    predicted, written, exported = [], [], []
    for mentions in tagged:
        names: dict[str, set[str]] = {label: set() for label in LABELS}
        forms: dict[str, dict[str, set[str]]] = {label: {} for label in LABELS}
        per_part: dict[tuple[str, str, str], Counter[str]] = {}
        for m in mentions:
            names[m.label].add(m.canonical)
            forms[m.label].setdefault(m.canonical, set()).add(m.text)
            per_part.setdefault((m.canonical, m.label, m.part), Counter())[m.text] += 1
        shown: dict[str, set[str]] = {label: set() for label in LABELS}
        for (canonical, label, _), spellings in per_part.items():
            if label in shown:
                shown[label].update(text for text, _ in names_as_written(canonical, spellings))
        predicted.append(names)
        written.append(forms)
        exported.append(shown)
    return predicted, written, exported, elapsed


def print_gold_articles(
    name: str, articles: list[GoldArticle], verbose: bool, repeat: int
) -> None:
    words = sum(len(a.text.split()) + len(a.title.split()) for a in articles)
    predicted, written, exported, elapsed = run_gold_articles(name, articles, repeat)
    total: dict[str, Counter[str]] = {label: Counter() for label in (*LABELS, "ALL")}
    speed = f"{words / elapsed:,.0f} words/s (CPU time, median)"
    print(f"\n== {name} on {len(articles)} articles: {speed}")
    print(f"  {'article':36} {'PERSON':>6} {'ORG':>6} {'PLACE':>6} {'ALL':>6}")
    for article, names in zip(articles, predicted, strict=True):
        counts = article_set_counts(article.entities, names)
        counts["ALL"] = sum(counts.values(), Counter())
        for label, c in counts.items():
            total[label] += c
        row = " ".join(f"{prf(c['tp'], c['fp'], c['fn'])[2]:6.3f}" for c in counts.values())
        print(f"  {article.name[:36]:36} {row}")
        if verbose:
            for label in LABELS:
                spellings = {_fold(s) for alts in article.entities[label] for s in alts}
                wrong = sorted(n for n in names[label] if _fold(n) not in spellings)
                found = {_fold(n) for n in names[label]}
                missed = [
                    alts[0] for alts in article.entities[label]
                    if not {_fold(s) for s in alts} & found
                ]
                if wrong or missed:
                    print(f"      {label}: extra {wrong}  missed {missed}")
    for label, c in total.items():
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  all articles {label:6}  P {p:.3f} R {r:.3f} F {f:.3f}")
    lenient: Counter[str] = Counter()
    for article, forms in zip(articles, written, strict=True):
        lenient += as_written_counts(article.entities, forms)
    p, r, f = prf(lenient["tp"], lenient["fp"], lenient["fn"])
    print(f"  all articles ALL, canonical or as written  P {p:.3f} R {r:.3f} F {f:.3f}")
    shown: Counter[str] = Counter()
    for article, names, canonical in zip(articles, exported, predicted, strict=True):
        shown += sum(article_set_counts(article.entities, names).values(), Counter())
        if verbose:  # names the export shows that the canonical names do not: spellings
            for label in LABELS:
                spellings = {_fold(s) for alts in article.entities[label] for s in alts}
                wrong = sorted(
                    n for n in names[label] - canonical[label] if _fold(n) not in spellings
                )
                if wrong:
                    print(f"      {article.name[:36]} {label}: shown as written, extra {wrong}")
    p, r, f = prf(shown["tp"], shown["fp"], shown["fn"])
    print(f"  all articles ALL, as the export shows them P {p:.3f} R {r:.3f} F {f:.3f}")


def make_tagger(name: str) -> EntityTagger:
    if name == "spacy-sm":  # the model alone: no rules, no consistency
        return ModelTagger("spacy-sm", DEFAULT_MODEL, refine=False)
    return build_tagger(name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--taggers", default="spacy-sm,fast,default")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the median counts")
    parser.add_argument("--verbose", action="store_true", help="list wrong and missed names")
    parser.add_argument(
        "--thinc-blis",
        action="store_true",
        help="let the model multiply matrices with thinc's blis, not numpy's BLAS (to compare)",
    )
    args = parser.parse_args()
    if args.thinc_blis:
        entities.MODEL_USES_NUMPY_BLAS = False
    articles = read_news_articles(args.gold)
    words = sum(len(a.text.split()) for a in articles)
    gold_count = sum(len(a.gold) for a in articles)
    print(f"{len(articles)} news articles, {words} words, {gold_count} gold entities")
    for name in args.taggers.split(","):
        predicted, elapsed = run(name, articles, args.repeat)
        results = score(articles, predicted)
        speed = f"{words / elapsed:,.0f} words/s (one core, CPU time, cold caches, median)"
        print(f"\n== {name}: {speed}")
        for mode in ("exact", "lenient"):
            row = "  ".join(
                f"{label} P {p:.3f} R {r:.3f} F {f:.3f}"
                for label, (p, r, f) in results[mode].items()
            )
            print(f"  {mode:8} {row}")
        p, r, f = results["article-set"]["ALL"]
        print(f"  per-article set (lenient names): P {p:.3f} R {r:.3f} F {f:.3f}")
    gold_articles = read_gold_articles(args.articles)
    for name in args.taggers.split(","):
        print_gold_articles(name, gold_articles, args.verbose, args.repeat)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check a blind entity gold set's files. Standard library only.

    python3 bench/ner_gold_check.py bench/ner_heldout17 [--first 1 --last 16]

For each file NN_*.json (NN from --first to --last) of the folder:
  - keys are region, title, text, entities; entities has PERSON, ORG and PLACE lists; an entry
    is a string or a non-empty list of strings (full canonical name first);
  - paragraphs are separated by single blank lines; the text has 750-800 words;
  - every gold spelling occurs verbatim, as a whole word, in the title or the text, and no
    spelling is listed twice under one label;
  - a capitalised dateline ("OPUWO, Namibia, May 14 (Reuters) -", "DUCHANG, China (AP) —") is a
    spelling of a PLACE entry, and that place is named again in the text.
Prints a per-file table and exits with status 1 if anything fails. Each set's check_a.py and
check_b.py run it on their half of the set.
"""
import argparse
import glob
import json
import os
import re
import sys

LABELS = ("PERSON", "ORG", "PLACE")
MONTHS = r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?"
UPPER = r"A-ZÀ-ÖØ-Þ"
DATELINE = re.compile(
    rf"^((?:[{UPPER}][{UPPER}'.\-]*)(?: [{UPPER}][{UPPER}'.\-]*)*), "
    # "PLACE, Country, Month d" or "PLACE, Month d"
    rf"(?:(?:[A-Z][\w .'\-]*, )?{MONTHS} \d{{1,2}}\b"
    rf"|[A-Z][\w .'\-]*? \([A-Za-z ]+\) [—-])")  # AP style: "PLACE, Country (AP) —"


def whole_word(spelling, hay):
    return re.search(r"(?<!\w)" + re.escape(spelling) + r"(?!\w)", hay) is not None


def spellings(entry):
    return [entry] if isinstance(entry, str) else list(entry)


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    name = os.path.basename(path)
    if set(doc) != {"region", "title", "text", "entities"}:
        errors.append(f"keys are {sorted(doc)}")
    ents = doc.get("entities", {})
    if set(ents) != set(LABELS):
        errors.append(f"entity labels are {sorted(ents)}")
    title, text = doc.get("title", ""), doc.get("text", "")
    if not title or not text:
        errors.append("empty title or text")
    if "\n" in text.replace("\n\n", ""):
        errors.append("single line break inside the text")
    if "\n\n\n" in text:
        errors.append("more than one blank line between paragraphs")
    hay = title + "\n\n" + text
    words = len(text.split())
    if not 750 <= words <= 800:
        errors.append(f"text has {words} words, not 750-800")
    counts = {}
    n_spell = 0
    for label in LABELS:
        seen = set()
        entries = ents.get(label, [])
        counts[label] = len(entries)
        for entry in entries:
            if isinstance(entry, list):
                if not entry or not all(isinstance(s, str) and s for s in entry):
                    errors.append(f"{label}: bad entry {entry!r}")
                    continue
            elif not (isinstance(entry, str) and entry):
                errors.append(f"{label}: bad entry {entry!r}")
                continue
            for s in spellings(entry):
                n_spell += 1
                if s != s.strip():
                    errors.append(f"{label}: spelling with outer spaces {s!r}")
                if s in seen:
                    errors.append(f"{label}: spelling listed twice: {s!r}")
                seen.add(s)
                if not whole_word(s, hay):
                    errors.append(f"{label}: not found as a whole word: {s!r}")
    # datelines
    places = [spellings(e) for e in ents.get("PLACE", [])]
    datelines = []
    for para in text.split("\n\n")[:2]:
        m = DATELINE.match(para)
        if not m:
            continue
        dl = m.group(1)
        owner = [p for p in places if dl in p]
        if not owner:
            errors.append(f"dateline {dl!r} is not a spelling of any PLACE")
            continue
        rest = hay.replace(para[:m.end(1)], "", 1)  # the text without the dateline itself
        others = [s for s in owner[0] if s != dl]
        if not others:
            errors.append(f"dateline {dl!r} has no other spelling in its PLACE entry")
        elif not any(whole_word(s, rest) for s in others):
            errors.append(f"dateline place {owner[0][0]!r} is not named again in the text")
        datelines.append(dl)
        break
    both = {}
    for label in LABELS:
        for e in ents.get(label, []):
            for s in spellings(e):
                both.setdefault(s, set()).add(label)
    multi = sorted(s for s, ls in both.items() if len(ls) > 1)
    return name, words, counts, n_spell, errors, multi, datelines


def run(folder, first, last):
    files = sorted(p for p in glob.glob(os.path.join(folder, "[0-9][0-9]_*.json"))
                   if first <= int(os.path.basename(p)[:2]) <= last)
    expected = last - first + 1
    if len(files) != expected:
        print(f"expected {expected} files {first:02d}-{last:02d}, found {len(files)}")
        return 1
    rows, bad = [], 0
    tot = {"words": 0, "PERSON": 0, "ORG": 0, "PLACE": 0, "names": 0, "spellings": 0}
    for p in files:
        name, words, counts, n_spell, errors, multi, datelines = check(p)
        names = sum(counts.values())
        rows.append((name, words, counts["PERSON"], counts["ORG"], counts["PLACE"], names, n_spell,
                     datelines[0] if datelines else "-"))
        for k, v in (("words", words), ("names", names), ("spellings", n_spell)):
            tot[k] += v
        for label in LABELS:
            tot[label] += counts[label]
        for e in errors:
            print(f"FAIL {name}: {e}")
        bad += len(errors)
        if multi:
            print(
                f"note {name}: in two labels (the text uses them for two things): "
                f"{', '.join(multi)}"
            )
    print("| file | words | PERSON | ORG | PLACE | names | spellings | dateline |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print(f"| all {len(rows)} | {tot['words']:,} | {tot['PERSON']} | {tot['ORG']} | "
          f"{tot['PLACE']} | {tot['names']} | {tot['spellings']} | |")
    print("OK: all checks pass" if not bad else f"FAILED: {bad} problem(s)")
    return 1 if bad else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--first", type=int, default=1)
    parser.add_argument("--last", type=int, default=16)
    args = parser.parse_args(argv)
    return run(args.folder, args.first, args.last)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Check the blind gold files 09-16 of set 17 (part b). Standard library only.

For each NN_*.json next to this script with NN from 09 to 16:
- keys are region, title, text, entities; entities has PERSON, ORG and PLACE lists whose
  entries are strings or non-empty lists of strings (canonical name first);
- paragraphs are separated by a blank line and there are no single line breaks;
- every gold spelling occurs verbatim, as a whole word, in the title or the text;
- no spelling is listed twice under one label;
- the text has 750-800 whitespace-split words;
- a capitalised dateline ("OPUWO, Namibia, May 14 (Reuters) -", "KIRTIPUR, Nepal, Nov 3 -"
  under a byline, "DUCHANG, China (AP) —") is a spelling of a PLACE entry, and that place is
  named again in the text by another of its spellings.
Prints a per-file table and exits with status 1 if any check fails.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
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


def main():
    files = sorted(p for p in glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json"))
                   if 9 <= int(os.path.basename(p)[:2]) <= 16)
    if len(files) != 8:
        print(f"expected 8 files 09-16, found {len(files)}")
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
        print(f"{name}: dateline {datelines[0] if datelines else '(none)'}")
        if multi:
            print(
                f"note {name}: in two labels (the text uses them for two things): "
                f"{', '.join(multi)}"
            )
    print()
    print("| file | words | PERSON | ORG | PLACE | names | spellings | dateline |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print(f"| all 8 | {tot['words']:,} | {tot['PERSON']} | {tot['ORG']} | {tot['PLACE']} | "
          f"{tot['names']} | {tot['spellings']} | |")
    print()
    print("OK" if not bad else f"{bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

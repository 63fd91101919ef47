#!/usr/bin/env python3
"""Check the gold of blind set 17, part a (files 01-08). Standard library only.

For each file 01_*.json .. 08_*.json in this folder:
  - keys are region, title, text, entities; entities has PERSON, ORG and PLACE lists;
    an entry is a string or a non-empty list of strings (full canonical name first);
  - every gold spelling occurs verbatim, as a whole word, in the title or the text;
  - no spelling is listed twice under one label;
  - the text has 750-800 whitespace-split words;
  - a capitalised dateline ("LIMASSOL, Cyprus, Oct 3 (Reuters) -", "MURANG'A, Kenya, Feb 20
    (Reuters) -", or "WARSAW, Ind. (AP) —" under a byline) is a spelling of a listed PLACE,
    and that place is named again in the text after the dateline.
Prints a per-file table and exits with status 1 if anything fails.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("PERSON", "ORG", "PLACE")
DATELINE = re.compile(r"^([A-Z][A-Z'\-]*(?: [A-Z][A-Z'\-]*)*)(?:,| \()")


def whole_word(s, hay):
    return re.search(r"(?<!\w)" + re.escape(s) + r"(?!\w)", hay) is not None


def entries(ents, label):
    out = []
    for e in ents.get(label, []):
        out.append([e] if isinstance(e, str) else list(e))
    return out


def dateline_of(text):
    """Return (dateline string, rest of the text after it) or (None, text)."""
    paras = text.split("\n\n")
    for i, p in enumerate(paras[:2]):
        if p.startswith("By ") and len(p.split()) <= 6:
            continue  # a byline
        m = DATELINE.match(p)
        if m and len(m.group(1)) > 2:
            rest = "\n\n".join([p[m.end():], *paras[i + 1:]])
            return m.group(1), rest
        return None, text
    return None, text


def check(path):
    errors = []
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    name = os.path.basename(path)
    for k in ("region", "title", "text", "entities"):
        if k not in d:
            errors.append(f"missing key {k}")
    title, text, ents = d.get("title", ""), d.get("text", ""), d.get("entities", {})
    if set(ents) != set(LABELS):
        errors.append(f"entity labels are {sorted(ents)}")
    hay = title + "\n\n" + text
    words = len(text.split())
    if not 750 <= words <= 800:
        errors.append(f"text has {words} words")
    if "\n\n" not in text or "\n\n\n" in text:
        errors.append("paragraphs are not separated by single blank lines")
    counts = {}
    spellings = 0
    for label in LABELS:
        seen = set()
        es = entries(ents, label)
        for e in es:
            if not e or not all(isinstance(s, str) and s.strip() == s and s for s in e):
                errors.append(f"{label}: bad entry {e!r}")
                continue
            for s in e:
                if s in seen:
                    errors.append(f"{label}: {s!r} listed twice")
                seen.add(s)
                if not whole_word(s, hay):
                    errors.append(f"{label}: {s!r} not found as a whole word")
            spellings += len(e)
        counts[label] = len(es)
    dl, rest = dateline_of(text)
    if dl is not None:
        place = [e for e in entries(ents, "PLACE") if dl in e]
        if not place:
            errors.append(f"dateline {dl!r} is not a PLACE spelling")
        elif not any(s != dl and whole_word(s, rest) for s in place[0]):
            errors.append(f"dateline place {dl!r} is not named again in the text")
    row = (name, words, counts.get("PERSON", 0), counts.get("ORG", 0), counts.get("PLACE", 0),
           sum(counts.values()), spellings, dl or "-")
    return row, errors


def main():
    files = sorted(p for p in glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json"))
                   if 1 <= int(os.path.basename(p)[:2]) <= 8)
    bad = False
    if len(files) != 8:
        print(f"expected 8 files 01-08, found {len(files)}")
        bad = True
    rows = []
    for p in files:
        row, errors = check(p)
        rows.append(row)
        for e in errors:
            print(f"FAIL {row[0]}: {e}")
            bad = True
    print("| file | words | PERSON | ORG | PLACE | names | spellings | dateline |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| {} | {} | {} | {} | {} | {} | {} | {} |".format(*r))
    tot = [sum(r[i] for r in rows) for i in range(1, 7)]
    print(f"| all {len(rows)} | {tot[0]:,} | " + " | ".join(map(str, tot[1:])) + " | |")
    print("FAILED" if bad else "OK: all checks pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

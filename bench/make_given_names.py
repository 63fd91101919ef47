"""Regenerate newsbot/data/given_names.txt from names-dataset (MIT), an offline PyPI package.

The tagger ships the generated list so that nothing is downloaded or imported from the package
at run time (it needs about 3 GB of memory to load); run this script again to refresh it:

    pip install "names-dataset>=3.3"
    python bench/make_given_names.py

One given name per line: every first name that ranks among the MAX_RANK most common in at least
one country of the dataset. The tagger asks it one question, "can this word open a person's
name?", to tell "Adrienne Nelson" (a person) from "Ooredoo Kuwait" (a company named after a
country); a wide list protects people, which is the costly error.
"""

from __future__ import annotations

import gzip
import pickle
import re
from importlib.resources import files
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "newsbot" / "data" / "given_names.txt"
MAX_RANK = 5000
# One word of letters, capitalised: the dataset also holds initials, digits and joined names.
WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")


def given_names() -> list[str]:
    source = files("names_dataset") / "v3" / "first_names.pkl.gz"
    with gzip.open(str(source)) as handle:
        first_names = pickle.load(handle)  # the package's own data file
    kept = []
    for name, info in first_names.items():
        ranks = [rank for rank in (info.get("rank") or {}).values() if rank is not None]
        common = bool(ranks) and min(ranks) <= MAX_RANK
        if common and len(name) > 1 and name[0].isupper() and WORD.match(name):
            kept.append(name)
    return sorted(kept)


def main() -> None:
    names = given_names()
    OUTPUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names):,} given names -> {OUTPUT}")


if __name__ == "__main__":
    main()

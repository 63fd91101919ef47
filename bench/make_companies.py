"""Write newsbot/data/companies.txt: listed companies' names as news writes them.

From pytickersymbols (MIT), the members of the world's main stock indices (about 1,800
companies): each name as listed, and without its legal form ("Commerzbank AG" ->
"Commerzbank", "Albemarle Corporation" -> "Albemarle"). A one-word name that reads as an
ordinary English word ("Next", "Shell", "Target": wordfreq) or as a given name is left out,
since the tagger would then call the word a firm wherever a sentence opens with it; so is a
name a city or a country bears.

    pip install "pytickersymbols>=1.17" "wordfreq>=3.1"; python bench/make_companies.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pytickersymbols import PyTickerSymbols
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsbot.parsing.entity_rules import given_names, place_gazetteer  # noqa: E402

OUTPUT = ROOT / "newsbot" / "data" / "companies.txt"
LEGAL_FORM = re.compile(
    r",?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|PLC|AG|SE|SA|S\.A\.|"
    r"N\.V\.|NV|Ltd\.?|Limited|ASA|AB|Oyj|A/S|S\.p\.A\.|SpA|KGaA|Holdings?|Group|& Co\.?)$"
)
# A one-word name at or above this Zipf frequency reads as an English word.
MAX_WORD_FREQUENCY = 3.0


def forms(listed: str) -> set[str]:
    """The listed name and the name without its legal forms."""
    names = {listed.strip()}
    bare = listed.strip()
    for _ in range(3):
        shorter = LEGAL_FORM.sub("", bare).strip()
        if shorter == bare:
            break
        bare = shorter
        names.add(bare)
    return names


def usable(name: str) -> bool:
    if len(name) < 3 or not name[0].isupper() or "(" in name:
        return False
    if " " not in name and (
        zipf_frequency(name.lower(), "en") >= MAX_WORD_FREQUENCY or name in given_names()
    ):
        return False
    place = place_gazetteer().get(name)  # a town's name ("Outokumpu", "Nokia") is the firm's
    return place is None or place.kind == "town"  # in the news; a city's stays the city's


def main() -> None:
    tickers = PyTickerSymbols()
    names: set[str] = set()
    for index in tickers.get_all_indices():
        for stock in tickers.get_stocks_by_index(index):
            names |= {form for form in forms(stock["name"]) if usable(form)}
    OUTPUT.write_text("\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

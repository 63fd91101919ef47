"""Regenerate newsbot/data/language_names.txt from the Unicode CLDR data in Babel.

A text dump's language switcher lists the languages a page is offered in, by their English
names ("Urdu", "Bangla", "Maltese") or their own ("Gaeilge", "Deutsch", "বাংলা"). The parser
ships the generated list, so nothing is read from Babel at run time; run this script again to
refresh it:

    pip install "babel>=2.12"
    python bench/make_language_names.py

One name per line: for every language with a locale of its own in CLDR, its English name and
its name in itself, without regional variants ("Swiss High German") or names of more than
three words.
"""

from __future__ import annotations

from pathlib import Path

import babel
from babel import Locale

OUTPUT = Path(__file__).resolve().parent.parent / "newsbot" / "data" / "language_names.txt"
MAX_WORDS = 3
# Names switchers use that CLDR gives another way: a script's variant of Chinese ("中文
# (简体)" in CLDR), Māori by its own long name, and languages without a locale of their own.
SWITCHER_NAMES = ("简体中文", "繁體中文", "繁体中文", "Te Reo Māori", "Te Reo", "Twi", "Tok Pisin")


def language_names() -> list[str]:
    english = Locale("en")
    names: set[str] = set()
    for code in babel.localedata.locale_identifiers():
        if "_" in code:
            continue  # "de_CH": a region's variant of a language already listed
        try:
            locale = Locale.parse(code)
        except (ValueError, babel.UnknownLocaleError):
            continue
        for name in (english.languages.get(code), locale.get_language_name(code)):
            if name and len(name.split()) <= MAX_WORDS and not name.isdigit():
                names.add(name)
    names.update(SWITCHER_NAMES)
    return sorted(names, key=str.casefold)


def main() -> None:
    names = language_names()
    OUTPUT.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} language names written to {OUTPUT}")


if __name__ == "__main__":
    main()

"""Language guesses and the normalised text behind content hashes."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import py3langid
import pytest

from newsbot.parsing.document import LANGUAGE_SAMPLE_CHARS, detect_language, normalise_text
from newsbot.parsing.textdump import parse_text_dump

DUMPS = Path(__file__).resolve().parent.parent / "fixtures" / "dumps"

ENGLISH = (
    "The central bank said on Monday that it would keep interest rates on hold for a third "
    "month, as inflation eased and the economy showed signs of recovery. Officials, who met "
    "over two days, said they were watching fuel prices and the exchange rate closely, and "
    "that further cuts would depend on data published in the coming weeks."
)
FRENCH = (
    "La banque centrale a annoncé lundi qu'elle maintiendrait ses taux d'intérêt inchangés "
    "pour le troisième mois consécutif, alors que l'inflation ralentit et que l'économie montre "
    "des signes de reprise. Les responsables surveillent de près les prix du carburant."
)
GERMAN = (
    "Die Zentralbank hat am Montag mitgeteilt, dass sie die Zinsen für einen dritten Monat "
    "unverändert lässt, da die Inflation nachlässt und die Wirtschaft Zeichen der Erholung "
    "zeigt. Die Verantwortlichen beobachten die Treibstoffpreise und den Wechselkurs genau."
)
DUTCH = (
    "De centrale bank zei maandag dat de rente voor de derde maand op rij ongewijzigd blijft, "
    "omdat de inflatie afneemt en de economie tekenen van herstel laat zien. Volgens de "
    "bestuurders is het van belang dat de brandstofprijzen in de gaten worden gehouden."
)
INDONESIAN = (
    "Bank sentral mengatakan pada hari Senin bahwa suku bunga tidak akan diubah selama bulan "
    "ketiga, karena inflasi mereda dan ekonomi menunjukkan tanda-tanda pemulihan. Para pejabat "
    "mengatakan mereka mengawasi harga bahan bakar dan nilai tukar dengan cermat."
)
ARABIC = (
    "قال البنك المركزي يوم الاثنين إنه سيبقي أسعار الفائدة دون تغيير للشهر الثالث على التوالي، "
    "مع تراجع التضخم وظهور علامات على تعافي الاقتصاد."
)


def model_language(text: str) -> str | None:
    """What the statistical model alone answers for the same sample."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    return py3langid.classify(sample)[0] or None


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        ENGLISH.replace("Officials", "Café owners in Zürich"),
        FRENCH,
        GERMAN,
        DUTCH,
        INDONESIAN,
        ARABIC,
        f"{ENGLISH[:160]} {GERMAN}",
        f"{GERMAN[:120]} {ENGLISH}",
        f"{DUTCH} {ENGLISH}",
        f"{ENGLISH} {INDONESIAN}",
        "Central bank holds rates as inflation eases",
    ],
)
def test_language_is_what_the_model_says(text: str) -> None:
    assert detect_language(text) == model_language(text)


@pytest.mark.parametrize("path", sorted(DUMPS.glob("*.txt")), ids=lambda path: path.stem)
def test_language_of_every_fixture_dump_is_what_the_model_says(path: Path) -> None:
    article = parse_text_dump(path.read_text(encoding="utf-8"))
    for text in [" ".join([article.title or "", *article.paragraphs[:3]]), *article.paragraphs]:
        if len(re.findall(r"[^\W\d_]", text)) >= 20:
            assert detect_language(text) == model_language(text)


@pytest.mark.parametrize("text", ["", "12:30 — 14:45", "Short line", "AFP / Reuters 2024"])
def test_too_little_text_has_no_language(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Plain  ASCII\ttext\n\nwith   spaces ",
        "\u00a0Non-breaking\u00a0space and\u2003em space\u3000ideographic\u2028line\u2029",
        "Ｆｕｌｌｗｉｄｔｈ ＬＥＴＴＥＲＳ and ligatures ﬁnance",
        "Straße STRASSE İstanbul ΣΊΣΥΦΟΣ",
        "\x1c\x1d\x1e\x1f\x85 separators",
        "e\u0301 and é",
        "",
        " \n ",
    ],
)
def test_normalised_text_is_the_nfkc_form_with_collapsed_space(text: str) -> None:
    expected = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().casefold()
    assert normalise_text(text) == expected

from __future__ import annotations

import codecs
import random

import pytest

from newsbot.parsing.decode import decode_text, looks_binary

ARABIC = (
    "قالت مصادر عراقية إن الفصائل المسلحة المدعومة من إيران استأنفت تنسيق الهجمات ضد أهداف "
    "أمريكية وإسرائيلية في الشرق الأوسط بعد انتهاء الهدنة مع القوات الأمريكية."
)
FRENCH = (
    "Le président de la République a déclaré hier à Genève qu'il était très préoccupé par la "
    "situation économique. Ça coûte cher, señor Muñoz!"
)
GERMAN = "Straße über Äpfel: Die Bürger wählen am Sonntag."
TYPOGRAPHIC = "naïve façade – “quoted” for €5"


@pytest.mark.parametrize(
    ("data", "declared", "text", "encoding"),
    [
        pytest.param(FRENCH.encode(), None, FRENCH, "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ARABIC.encode(), None, ARABIC, "utf-8", id="utf-8-bom"),
        pytest.param(ARABIC.encode("utf-16"), None, ARABIC, "utf-16", id="utf-16-bom"),
        pytest.param(
            codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), None, FRENCH, "utf-16", id="utf-16be"
        ),
        pytest.param(
            codecs.BOM_UTF32_LE + ARABIC.encode("utf-32-le"), None, ARABIC, "utf-32", id="utf-32"
        ),
        pytest.param(ARABIC.encode("cp1256"), None, ARABIC, "cp1256", id="arabic-cp1256"),
        pytest.param(FRENCH.encode("latin-1"), None, FRENCH, "cp1252", id="french-latin-1"),
        pytest.param(GERMAN.encode("latin-1"), None, GERMAN, "cp1252", id="german-latin-1"),
        pytest.param(TYPOGRAPHIC.encode("cp1252"), None, TYPOGRAPHIC, "cp1252", id="cp1252"),
        pytest.param(
            "مرحبا".encode("cp1256"),
            "text/html; charset=windows-1256",
            "مرحبا",
            "cp1256",
            id="http-header-charset",
        ),
        pytest.param("مرحبا".encode("cp1256"), "cp1256", "مرحبا", "cp1256", id="charset-name"),
        pytest.param(
            "<html><head><meta charset='windows-1256'></head><body>مرحبا</body></html>".encode(
                "cp1256"
            ),
            None,
            "<html><head><meta charset='windows-1256'></head><body>مرحبا</body></html>",
            "cp1256",
            id="html-meta-charset",
        ),
        pytest.param(
            "hello wörld".encode("utf-16-le"), None, "hello wörld", "utf-16-le", id="utf-16-no-bom"
        ),
    ],
)
def test_decodes_to_readable_text(
    data: bytes, declared: str | None, text: str, encoding: str
) -> None:
    decoded = decode_text(data, declared)
    assert decoded.text == text
    assert decoded.encoding.replace("_", "-").startswith(encoding)


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        pytest.param(b"one\r\ntwo\rthree\n", "one\ntwo\nthree\n", None, id="line-ends"),
        pytest.param(b"Bag\x00hdad \x00news", "Baghdad news", "NUL", id="nuls"),
        pytest.param(b"bell\x07 and \x1b escape", "bell and  escape", "control", id="controls"),
        pytest.param(b"tab\tstays\n", "tab\tstays\n", None, id="tab-kept"),
        pytest.param(b"page\x0cbreak", "page\nbreak", None, id="form-feed-breaks-line"),
        pytest.param("a\r\nb".encode("utf-16"), "a\nb", None, id="utf-16-line-ends"),
        pytest.param("a\x00b".encode("utf-16"), "ab", "NUL", id="utf-16-nul"),
    ],
)
def test_normalises_line_ends_and_removes_controls(
    data: bytes, text: str, warning: str | None
) -> None:
    decoded = decode_text(data)
    assert decoded.text == text
    if warning is None:
        assert decoded.warnings == []
    else:
        assert any(warning in message for message in decoded.warnings)


def test_clean_utf8_has_no_warnings() -> None:
    assert decode_text(ARABIC.encode()).warnings == []


def test_declared_charset_that_does_not_fit_falls_back_to_detection() -> None:
    decoded = decode_text(FRENCH.encode("cp1252"), "text/html; charset=utf-8")
    assert decoded.text == FRENCH
    assert any("declared charset utf-8" in message for message in decoded.warnings)


def test_undecodable_bytes_are_replaced_with_a_warning() -> None:
    decoded = decode_text(codecs.BOM_UTF8 + b"ok \xff\xfe ok")
    assert decoded.text.startswith("ok ") and decoded.text.endswith(" ok")
    assert "\ufffd" in decoded.text
    assert any("undecodable" in message for message in decoded.warnings)


def test_detected_charset_is_reported() -> None:
    decoded = decode_text(ARABIC.encode("cp1256"))
    assert any("cp1256" in message for message in decoded.warnings)


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        pytest.param(b"", False, id="empty"),
        pytest.param(FRENCH.encode(), False, id="utf-8-text"),
        pytest.param(ARABIC.encode("cp1256"), False, id="cp1256-text"),
        pytest.param(ARABIC.encode("utf-16"), False, id="utf-16-bom"),
        pytest.param(FRENCH.encode("utf-16-le"), False, id="utf-16-no-bom"),
        pytest.param((FRENCH + "\x00").encode() * 10, False, id="text-with-stray-nuls"),
        pytest.param(random.Random(3).randbytes(4096), True, id="random-bytes"),
        pytest.param(bytes(4096), True, id="all-nuls"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, True, id="png"),
        pytest.param(b"%PDF-1.7\n" + random.Random(5).randbytes(2048), True, id="pdf"),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary

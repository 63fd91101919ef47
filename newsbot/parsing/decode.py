"""Turn document bytes into clean text, saying what had to be guessed or repaired.

Order of evidence, strongest first: a byte-order mark, strict UTF-8 (almost never decodes text
written in another charset by accident, and it is the common case, so it is the fast path), the
charset the HTTP header or the HTML ``<meta>`` declares, then statistical detection. Detection
is the slow, fallible step, so it only runs when everything else failed.
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio
from w3lib.encoding import (
    html_body_declared_encoding,
    http_content_type_encoding,
    read_bom,
    resolve_encoding,
)

# Detection reads a prefix only: the statistics settle long before a multi-megabyte dump ends.
DETECTION_SAMPLE_BYTES = 256 * 1024
# cp1252 wins over a detector's pick when it reads at least this cleanly: the detector cannot
# tell the Western single-byte charsets apart on short texts, and cp1252 is by far the most used.
CP1252_MESS_MARGIN = 0.05
# Text in another script read as cp1252 scores above 1.0; typographic quotes in a short Western
# text can score about 0.1, so a fixed ceiling well under 1.0 keeps both apart.
CP1252_MESS_CEILING = 0.3

_BINARY_SAMPLE_BYTES = 64 * 1024
_BINARY_CONTROL_RATIO = 0.05
_BINARY_SIGNATURES = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"ID3",
    b"wOFF",
    b"wOF2",
)

# C0 controls other than tab, line feed and carriage return; vertical tab and form feed are
# handled apart because they separate lines and dropping them would glue lines together.
_STRAY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_LINE_SEPARATING_CONTROLS = re.compile(r"[\x0b\x0c]")
_STRAY_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r") + b"\x7f"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_HTML_START = re.compile(rb"^\s*<(?:!doctype\s+html|html|head|body|meta|title|!--)", re.IGNORECASE)


class DecodedText(NamedTuple):
    """Decoded, normalised text with the charset used and what was odd about the bytes."""

    text: str
    encoding: str
    warnings: list[str]


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Decode document bytes into text with ``\\n`` line ends and no stray control characters.

    ``declared`` is either a charset name (``"cp1256"``) or a Content-Type header value
    (``"text/html; charset=cp1256"``); HTML bodies are also searched for a ``<meta>`` charset.

    >>> decode_text("caf\\u00e9\\r\\n".encode("utf-8"))
    DecodedText(text='café\\n', encoding='utf-8', warnings=[])
    """
    warnings: list[str] = []
    text, encoding = _decode(data, declared, warnings)
    # Counting control bytes with bytes.translate is many times cheaper than a regex over the
    # text, which keeps the common clean-UTF-8 case in microseconds.
    ascii_compatible = not encoding.startswith(("utf-16", "utf-32"))
    if ascii_compatible and len(data.translate(None, _STRAY_CONTROL_BYTES)) == len(data):
        return DecodedText(_normalise_line_ends(text), encoding, warnings)
    return DecodedText(_normalise(text, warnings), encoding, warnings)


def looks_binary(data: bytes) -> bool:
    """True for bytes that no charset makes a text of: media, archives, NUL-heavy data.

    A few stray NULs in an otherwise readable dump do not count: ``decode_text`` removes them.

    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n" + bytes(100))
    True
    >>> looks_binary("plain words".encode("utf-16"))
    False
    """
    if not data:
        return False
    if read_bom(data)[0] is not None:
        return False
    if data.startswith(_BINARY_SIGNATURES):
        return True
    sample = data[:_BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls / len(sample) <= _BINARY_CONTROL_RATIO:
        return False
    return _utf16_without_bom(sample) is None


def _decode(data: bytes, declared: str | None, warnings: list[str]) -> tuple[str, str]:
    bom_encoding, bom = read_bom(data)
    if bom_encoding is not None:
        return _decode_with(data[len(bom) :], bom_encoding, warnings), bom_encoding
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data[:_BINARY_SAMPLE_BYTES])
        if utf16 is not None:
            warnings.append(f"{utf16} without byte-order mark")
            return _decode_with(data, utf16, warnings), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _declared_encodings(data, declared):
        if encoding == "utf-8":
            warnings.append("declared charset utf-8 does not fit the bytes; charset detected")
            continue
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            warnings.append(f"declared charset {encoding} does not fit the bytes")
    encoding = _detect(data)
    if encoding is None:
        warnings.append("charset not recognised; read as utf-8 with replacements")
        return _decode_with(data, "utf-8", warnings), "utf-8"
    warnings.append(f"charset detected as {encoding}")
    return _decode_with(data, encoding, warnings), encoding


def _decode_with(data: bytes, encoding: str, warnings: list[str]) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"{bad} undecodable byte sequence(s) in {encoding} replaced")
        return text


def _declared_encodings(data: bytes, declared: str | None) -> list[str]:
    """Charsets declared by the header, then by the page itself, as Python codec names."""
    found: list[str] = []
    if declared:
        if "=" in declared or ";" in declared or "/" in declared:
            from_header = http_content_type_encoding(declared)
        else:
            from_header = resolve_encoding(declared.strip())
        if from_header:
            found.append(from_header)
    if _HTML_START.match(data[:1024]) or b"<meta" in data[:4096].lower():
        from_meta = html_body_declared_encoding(data)
        if from_meta and from_meta not in found:
            found.append(from_meta)
    return [_codec_name(name) for name in found]


def _codec_name(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return "utf-8" if name in {"utf-8", "utf_8"} else name


def _detect(data: bytes) -> str | None:
    sample = data[:DETECTION_SAMPLE_BYTES]
    if len(data) > DETECTION_SAMPLE_BYTES:
        cut = sample.rfind(b"\n")
        if cut > DETECTION_SAMPLE_BYTES // 2:
            sample = sample[: cut + 1]
    best = from_bytes(sample).best()
    if best is None:
        return None
    if best.encoding != "cp1252":
        try:
            as_cp1252 = sample.decode("cp1252")
        except UnicodeDecodeError:
            return best.encoding
        mess = mess_ratio(as_cp1252, maximum_threshold=1.0)
        if mess <= max(best.chaos + CP1252_MESS_MARGIN, CP1252_MESS_CEILING):
            return "cp1252"
    return best.encoding


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one side of each byte pair, as in mostly-ASCII
    UTF-16, and the pairs decode to readable text."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0 : pairs * 2 : 2].count(0)
    odd_nuls = sample[1 : pairs * 2 : 2].count(0)
    if odd_nuls >= 0.3 * pairs and even_nuls <= 0.05 * pairs:
        encoding = "utf-16-le"
    elif even_nuls >= 0.3 * pairs and odd_nuls <= 0.05 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    text = sample[: pairs * 2].decode(encoding, errors="replace")
    if text.count("\ufffd") > 0.01 * len(text):
        return None
    controls = len(_STRAY_CONTROLS.findall(text))
    return encoding if controls <= _BINARY_CONTROL_RATIO * len(text) else None


def _normalise_line_ends(text: str) -> str:
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _normalise(text: str, warnings: list[str]) -> str:
    text = _normalise_line_ends(text)
    if _LINE_SEPARATING_CONTROLS.search(text):
        text = _LINE_SEPARATING_CONTROLS.sub("\n", text)
    if _STRAY_CONTROLS.search(text):
        nuls = text.count("\x00")
        text, removed = _STRAY_CONTROLS.subn("", text)
        if nuls:
            warnings.append(f"{nuls} NUL character(s) removed")
        if removed > nuls:
            warnings.append(f"{removed - nuls} control character(s) removed")
    return text

"""Dates as news pages print them, made into ``datetime`` values.

Dumps carry lines such as "Updated: August 21, 2024, 4:01 PM". The common shapes are parsed
by a regex fast path (microseconds); ``dateutil`` handles the rest, and ``dateparser`` (slow to
import and to run) is only tried last, for non-English month names.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from dateutil import parser as dateutil_parser

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Abbreviations dateutil does not know, or knows ambiguously; offsets in hours.
_ZONE_OFFSETS: dict[str, float] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "GST": 4,
    "UAE": 4,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "EST": -5,
    "EDT": -4,
    "CST": -6,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "IST": 5.5,
    "JST": 9,
    "KST": 9,
    "AEST": 10,
    "AEDT": 11,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AWST": 8,
    "NZST": 12,
    "NZDT": 13,
    "PHT": 8,
    "MYT": 8,
    "SAST": 2,
    "CAT": 2,
    "EAT": 3,
    "WAT": 1,
    "PKT": 5,
    "SGT": 8,
    "HKT": 8,
    "WIB": 7,
    "WITA": 8,
    "WIT": 9,
    "ICT": 7,  # Indochina: Cambodia, Thailand, Vietnam, Laos
    "NPT": 5.75,
    "MSK": 3,
    "TRT": 3,
    "WET": 0,
    "WEST": 1,
    "AST": -4,  # Atlantic: the Caribbean and Canada's east ("Arabia" is written KSA or GMT+3)
    "ADT": -3,
    "NST": -3.5,
    "NDT": -2.5,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "PGT": 10,  # Papua New Guinea
    "FJT": 12,
}
# US zones written without saying summer or winter ("6:05 AM ET"): standard time offsets, one
# hour more from the second Sunday of March to the first Sunday of November.
_US_ZONES: dict[str, int] = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}
_TZINFOS = {name: int(hours * 3600) for name, hours in _ZONE_OFFSETS.items()}
_KNOWN_ZONES = _ZONE_OFFSETS.keys() | _US_ZONES.keys()

_TIME = (  # the time may follow the day after a comma, "at" or a spaced dash ("- 5.40pm")
    r"(?:[,\s]+(?:[-–—]\s+)?(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?P<zone>[A-Z]{1,4}|[+-]\d{2}:?\d{2}))?"
)
_MONTH_FIRST = re.compile(
    r"^(?:[A-Za-z]+,?\s+)??(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<year>\d{4})" + _TIME + r"$"
)
_DAY_FIRST = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\.?,?\s+"
    r"(?P<year>\d{4})" + _TIME + r"$"
)
_NUMERIC = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})" + _TIME.replace("[,\\s]+", "[,\\sT]+") + "$"
)
# "26.11.2026, 14.05", "26/11/2026 23:05 CET": the day first, as outside the US; with slashes
# only when the day cannot be a month (an American "11/12/2026" is left to dateutil).
_NUMERIC_DAY_FIRST = re.compile(
    r"^(?:[A-Za-z]+,?\s+)?(?P<day>\d{1,2})(?P<separator>[./])(?P<month>\d{1,2})(?P=separator)"
    r"(?P<year>\d{4})" + _TIME + r"$"
)
# "16:42, 26 Nov 2026": the time before the day, moved after it for the patterns above.
_TIME_FIRST = re.compile(
    r"^(?P<time>\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?),?\s+(?P<day>\S.*)$"
)
_TIME_OF_DAY = re.compile(
    r"^(?:at\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?$", re.IGNORECASE
)
# "2:05 pm (Paris)": a city names the zone. Standard offsets of European cities, one hour more
# in summer time (from the last Sunday of March to the last Sunday of October).
_CITY_ZONES: dict[str, int] = {
    **dict.fromkeys(["London", "Dublin", "Lisbon"], 0),
    **dict.fromkeys(
        [
            "Paris",
            "Berlin",
            "Madrid",
            "Rome",
            "Brussels",
            "Amsterdam",
            "Vienna",
            "Warsaw",
            "Prague",
            "Stockholm",
            "Oslo",
            "Copenhagen",
            "Zurich",
            "Geneva",
            "Milan",
            "Barcelona",
            "Budapest",
            "Belgrade",
        ],
        1,
    ),
    **dict.fromkeys(["Athens", "Helsinki", "Kyiv", "Bucharest", "Sofia", "Riga", "Vilnius"], 2),
}
_CITY_IN_BRACKETS = re.compile(r"\s*\((?P<city>[A-Z][a-z]+)\)$")


def _eu_summer_time(year: int, month: int, day: int) -> bool:
    """Whether European summer time is in force on this day (last Sunday of March to the last
    Sunday of October)."""
    if 3 < month < 10:
        return True
    if month not in (3, 10):
        return False
    last = datetime(year, month, 31)
    last_sunday = 31 - (last.weekday() + 1) % 7
    return day >= last_sunday if month == 3 else day < last_sunday


def _us_summer_time(year: int, month: int, day: int) -> bool:
    """Whether US daylight saving time is in force on this day (by the rules since 2007)."""
    if month in (4, 5, 6, 7, 8, 9, 10):
        return True
    if month not in (3, 11):
        return False
    first_sunday = 1 + (6 - datetime(year, month, 1).weekday()) % 7
    switch = first_sunday + 7 if month == 3 else first_sunday
    return day >= switch if month == 3 else day < switch


# "GMT+8", "UTC+5:30": pages mean hours east of UTC (dateutil would read the POSIX sign, west).
_OFFSET_FROM_UTC = re.compile(
    r"\b(?:GMT|UTC)\s?(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?\b"
)


def _iso_offset(match: re.Match[str]) -> str:
    return f"{match['sign']}{int(match['hours']):02d}:{match['minutes'] or '00'}"


def _zone(zone: str | None, when: tuple[int, int, int] = (2000, 1, 1)) -> timezone | None:
    if not zone:
        return None
    if zone in _US_ZONES:
        return timezone(timedelta(hours=_US_ZONES[zone] + _us_summer_time(*when)))
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + int(digits[2:])
        return timezone(timedelta(minutes=minutes if zone[0] == "+" else -minutes))
    if zone not in _ZONE_OFFSETS:
        raise ValueError(zone)
    return timezone(timedelta(hours=_ZONE_OFFSETS[zone]))


def _from_match(match: re.Match[str]) -> datetime | None:
    """Build a datetime from a fast-path match; None when a part is out of range."""
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text.lower())
    if month is None:
        return None
    hour = int(match.group("hour") or 0)
    ampm = (match.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    year, day = int(match.group("year")), int(match.group("day"))
    try:
        return datetime(
            year,
            month,
            day,
            hour,
            int(match.group("minute") or 0),
            int(match.group("second") or 0),
            tzinfo=_zone(match.group("zone"), (year, month, day)),
        )
    except ValueError:
        return None


def _slow_parse(text: str) -> datetime | None:
    try:
        return dateutil_parser.parse(text, tzinfos=_TZINFOS)
    except (ValueError, OverflowError, TypeError):
        pass
    if text.isascii() or len(text) > 40:
        return None  # dateutil already knows every English shape; dateparser is for the rest
    try:
        import dateparser  # imported lazily: slow, and only needed for rare shapes
    except ImportError:
        return None
    return dateparser.parse(text, settings={"RETURN_AS_TIMEZONE_AWARE": False})


def parse_time_of_day(text: str) -> tuple[int, int] | None:
    """Hour and minute of a time printed alone ("5.40pm", "at 17:40"), else None: a second
    date on a line may give only the time ("updated at 5:40 pm")."""
    match = _TIME_OF_DAY.match(text.strip())
    if not match:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return (hour, minute) if hour < 24 and minute < 60 else None


_BAR_BEFORE_TIME = re.compile(r"(?<=\d{4}|\d-\d\d)\s*\|\s*(?=\d{1,2}[:.]\d{2}\b)")  # "2025-01-15 |"
_BRACKETED_OFFSET = re.compile(r"\(((?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?)\)$")


def without_bar_before_time(text: str) -> str:
    """ "16 March 2025 | 6:45 am" as one date and time: the bar parts the day from its time,
    not the date from something else."""
    return _BAR_BEFORE_TIME.sub(" ", text)


@lru_cache(maxsize=4096)
def parse_news_date(text: str) -> datetime | None:
    """Parse a printed news date; naive unless the text names a zone or offset.

    >>> parse_news_date("August 21, 2024, 4:01 PM")
    datetime.datetime(2024, 8, 21, 16, 1)
    >>> parse_news_date("not a date") is None
    True
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split()).strip(" .|,")
    if not cleaned or len(cleaned) > 80 or not any(ch.isdigit() for ch in cleaned):
        return None
    if "|" in cleaned:
        cleaned = without_bar_before_time(cleaned)
    if cleaned.endswith(")") and ("(GMT" in cleaned or "(UTC" in cleaned):
        cleaned = _BRACKETED_OFFSET.sub(r"\1", cleaned)  # "09:15 am (GMT+5:30)"
    if cleaned.endswith(")"):
        city = _CITY_IN_BRACKETS.search(cleaned)
        if city and city["city"] in _CITY_ZONES:
            parsed = parse_news_date(cleaned[: city.start()])
            if parsed is None or parsed.tzinfo is not None:
                return parsed
            hours = _CITY_ZONES[city["city"]]
            hours += _eu_summer_time(parsed.year, parsed.month, parsed.day)
            return parsed.replace(tzinfo=timezone(timedelta(hours=hours)))
    if cleaned.endswith(" Uhr"):  # German "o'clock": "26.11.2026, 14.05 Uhr"
        cleaned = cleaned[:-4]
    if cleaned[0].isdigit() and cleaned[1:3].strip("0123456789") in (":", "."):
        time_first = _TIME_FIRST.match(cleaned)
        if time_first:
            cleaned = f"{time_first['day']} {time_first['time']}"
    if "GMT" in cleaned or "UTC" in cleaned:
        cleaned = _OFFSET_FROM_UTC.sub(_iso_offset, cleaned)
    for pattern in (_MONTH_FIRST, _DAY_FIRST, _NUMERIC, _NUMERIC_DAY_FIRST):
        match = pattern.match(cleaned)
        if match:
            if (
                pattern is _NUMERIC_DAY_FIRST
                and match["separator"] == "/"
                and int(match["day"]) <= 12
            ):
                break  # "11/12/2026" may be month first: dateutil's reading, as before
            try:
                parsed = _from_match(match)
            except ValueError:
                break
            if parsed is not None:
                return parsed
            break
    if cleaned.endswith("Z") or "T" in cleaned:
        try:
            return datetime.fromisoformat(cleaned)
        except ValueError:
            pass
    if not re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}", cleaned):
        return None  # a bare "Monday" or "4 PM" would be dated to today by the slow parsers
    return _slow_parse(cleaned)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DATE_WORDS = (
    set(_MONTHS)
    | set(_WEEKDAYS)
    | {day[:3] for day in _WEEKDAYS}
    | {"tues", "thur", "thurs", "at", "on", "am", "pm", "a", "p", "m", "t"}
    | {"st", "nd", "rd", "th"}  # "Nov 26th 2026"
    | {"uhr"}  # German "o'clock"
)
_FULL_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b"  # 5 May 2025
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"  # March 12, 2025
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b"  # 24.03.2025
    r"|\b\d{4}-\d{2}-\d{2}"  # 2025-03-12T09:15:00+04:00
)
_MAX_BARE_DATE_CHARS = 60
_WORD = re.compile(r"[A-Za-z]+")
_MAX_JOINED_DATE_CHARS = 80
# A date line may carry a second part after a bar or spaced dash: the place it was filed from
# ("Nov 26th 2026|BIRMINGHAM") or the same day in another calendar ("... - 16 Jumada al-Akhirah
# 1448 AH"); and a section label may come before it ("Business News of Thursday, 26 May 2026").
_DATE_PART_SEPARATOR = re.compile(r"\s*\|\s*|\s+[-–—·•●/]\s+")
_MAX_DATE_SIDE_WORDS = 5
_MAX_NAME_PARTS = 1  # parts before the date: a wire's or a paper's name
_MAX_NAME_WORDS = 3
_TIME_PART = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")
_JOINED_OR_LABELLED = re.compile(r"\||\s[-–—·●/]\s| of | on ")
# A dateline's city in capitals before the date: "ISTANBUL Mar 05, 2025 - 11:43 am"
_DATELINE_BEFORE_DATE = re.compile(
    r"(?!(?:UPDATED|PUBLISHED|POSTED|MODIFIED|CREATED|LAST|FIRST|DATE)\b)"  # a label, no place
    r"[A-Z]{3,} (?:[A-Z][a-z]{2,8}\.? \d|\d{1,2} [A-Z][a-z]{2,8})"
)
_LABELLED_DATE = re.compile(
    r"^[A-Z][\w&'’]*(?: [A-Z][\w&'’]*){0,3}\s+(?:of|on|for)\s+"
    r"(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+\S.*)$"
)


def parse_bare_date_line(text: str) -> datetime | None:
    """The date of a line that is nothing but a date (with perhaps a weekday, a time and a
    zone), as pages print their publication date without a label; None for anything else,
    so that a sentence or a heading holding a year is never read as one."""
    size = len(text)
    if size > _MAX_JOINED_DATE_CHARS:
        return None
    if size > _MAX_BARE_DATE_CHARS and not _JOINED_OR_LABELLED.search(text):
        return None
    if not _FULL_DATE.search(text):
        return None
    if size <= _MAX_BARE_DATE_CHARS and _only_date_words(text):
        return parse_news_date(text)
    if _DATELINE_BEFORE_DATE.match(text):  # "ISTANBUL Mar 05, 2025 - 11:43 am GMT+3"
        return parse_bare_date_line(text[text.index(" ") + 1 :])
    if "|" in text or any(f" {mark} " in text for mark in "-–—·●/"):
        parts = _DATE_PART_SEPARATOR.split(text)
        # the date may come after a short name ("KYODO NEWS - Nov 26, 2026 - 18:30 | Politics")
        # and its time may be a part of its own
        at = next(
            (
                index
                for index, part in enumerate(parts[: _MAX_NAME_PARTS + 1])
                if _FULL_DATE.search(part) and _only_date_words(part)
            ),
            None,
        )
        if at is not None and len(parts) > 1:
            date, others = parts[at], parts[:at] + parts[at + 1 :]
            if at + 1 < len(parts) and _TIME_PART.match(parts[at + 1]):
                date, others = f"{date} {parts[at + 1]}", parts[:at] + parts[at + 2 :]
            if all(
                0 < len(other.split()) <= (_MAX_DATE_SIDE_WORDS if i >= at else _MAX_NAME_WORDS)
                and other[-1] not in ".,;:!?"
                for i, other in enumerate(others)
            ):
                return parse_news_date(date)
    section = _LABELLED_DATE.match(text) if " of " in text or " on " in text else None
    if section and _only_date_words(section["date"]):
        return parse_news_date(section["date"])
    return None


def _only_date_words(text: str) -> bool:
    for word in _WORD.findall(text):
        if word.casefold() not in _DATE_WORDS and word.upper() not in _KNOWN_ZONES:
            return False
    return True

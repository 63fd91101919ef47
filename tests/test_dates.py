"""Printed news dates, as dumps and pages show them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsbot.parsing.dates import parse_news_date

GST = timezone(timedelta(hours=4))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("August 21, 2024, 4:01 PM", datetime(2024, 8, 21, 16, 1)),
        ("August 21, 2024, 12:30 AM", datetime(2024, 8, 21, 0, 30)),
        ("Aug 21, 2024", datetime(2024, 8, 21)),
        ("Sept 3, 2023 9:15 a.m.", datetime(2023, 9, 3, 9, 15)),
        ("21 August 2024 16:01", datetime(2024, 8, 21, 16, 1)),
        ("Wednesday, 21 August 2024", datetime(2024, 8, 21)),
        ("2024-08-21", datetime(2024, 8, 21)),
        ("2024-08-21T16:01:00", datetime(2024, 8, 21, 16, 1)),
        ("2024-08-21T16:01:00Z", datetime(2024, 8, 21, 16, 1, tzinfo=UTC)),
        ("2024-08-21T16:01:00+04:00", datetime(2024, 8, 21, 16, 1, tzinfo=GST)),
        ("2024-08-21 16:01 GMT", datetime(2024, 8, 21, 16, 1, tzinfo=UTC)),
        ("August 21, 2024, 4:01 PM GST", datetime(2024, 8, 21, 16, 1, tzinfo=GST)),
        ("21/08/2024", datetime(2024, 8, 21)),
        ("Tue, 20 Aug 2024 09:05:00 +0000", datetime(2024, 8, 20, 9, 5, tzinfo=UTC)),
    ],
)
def test_common_formats(text: str, expected: datetime) -> None:
    parsed = parse_news_date(text)
    assert parsed == expected
    assert (parsed.tzinfo is None) == (expected.tzinfo is None)


@pytest.mark.parametrize(
    "text", ["", "   ", "Monday", "soon", "4:01 PM", "February 30, 2024", "x" * 10_000]
)
def test_not_a_date_gives_none(text: str) -> None:
    assert parse_news_date(text) is None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("October 5, 2023 4:12 AM GMT+8", 8),
        ("October 5, 2023 4:12 AM UTC+5:30", 5.5),
        ("5 Oct 2023 04:12 UTC+08:00", 8),
        ("October 5, 2023 4:12 AM GMT-3", -3),
    ],
)
def test_offset_after_gmt_or_utc_is_east_of_utc(text: str, hours: float) -> None:
    """Pages mean "GMT+8" as eight hours ahead of UTC, not the POSIX zone-string sign."""
    parsed = parse_news_date(text)
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=hours)

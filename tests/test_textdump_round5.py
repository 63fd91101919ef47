"""Text-dump rules found on the fifth blind set, each on a made-up dump or line.

Section labels and sponsor lines above the headline, a site's name after the page title,
byline blocks without "By", cookie banners, subscription walls, player and gallery controls,
page blocks about the author, reference lists and captions with their credit on the next line.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsbot.parsing.dates import parse_bare_date_line, parse_news_date
from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD
from tests.dump_parts import dump as _doc

# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("November 26, 2026 6:05 AM ET", -5),
        ("July 4, 2026 6:05 PM ET", -4),
        ("March 8, 2026 3:00 AM PT", -7),  # the second Sunday of March: summer time
        ("March 7, 2026 3:00 AM PT", -8),
        ("November 1, 2026 9:00 AM CT", -6),  # the first Sunday of November: winter time
        ("November 26, 2026 2.05pm SAST", 2),
    ],
)
def test_zone_abbreviations_give_offsets(text: str, offset_hours: int) -> None:
    parsed = parse_news_date(text)
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=offset_hours)
    assert parse_bare_date_line(text) == parsed


# --- above the headline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "labels",
    [
        ["World news", "Live"],
        ["Business"],
        ["Evening Bulletin", "Listen · 4:10", "Download", "Embed"],
        ["Bold ideas, plain words"],
    ],
)
def test_short_labels_above_the_headline_are_no_title(labels: list[str]) -> None:
    article = parse_text_dump(_doc("\n".join(labels), HEADLINE, LEAD, SECOND))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


@pytest.mark.parametrize("headline", ["Ferry route approved", "Council approves island ferry"])
def test_short_headline_over_the_text_stays_the_title(headline: str) -> None:
    article = parse_text_dump(_doc(headline, SECOND, THIRD))
    assert article.title == headline


def test_four_word_headline_over_an_unpunctuated_standfirst_stays_the_title() -> None:
    # (a headline of three words or fewer over such a standfirst is read as a section label)
    standfirst = "Councillors vote seven to two after a six-hour debate on the islands service"
    headline = "Council approves island ferry"
    assert parse_text_dump(_doc(headline, standfirst, LEAD)).title == headline


def test_sponsor_label_is_no_title() -> None:
    article = parse_text_dump(
        _doc("SPONSORED\nBrought to you by Northwind Travel Group", HEADLINE, LEAD)
    )
    assert article.title == HEADLINE
    assert "Northwind" not in article.body


def test_page_title_with_site_name_gives_way_to_the_headline() -> None:
    article = parse_text_dump(_doc(f"{HEADLINE} | The Harbour Times", "News", HEADLINE, LEAD))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD]


def test_cookie_banner_and_its_buttons_leave_the_page() -> None:
    banner = (
        "We use cookies to improve your experience and show you relevant ads. By clicking "
        "Accept all, you consent to our use of cookies as described in our Cookie Policy."
    )
    article = parse_text_dump(_doc(f"{banner}\nAccept all\nReject", HEADLINE, LEAD))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD]


# --- byline block ---------------------------------------------------------------------------


def test_lines_printed_against_the_date_are_the_byline_block() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE, "Maria Lund\nIslands Correspondent\n12 March 2025 10:15 GMT\n3 comments", LEAD
        )
    )
    assert article.paragraphs == [LEAD]
    assert article.published == datetime(2025, 3, 12, 10, 15, tzinfo=UTC)


def test_relative_time_by_the_byline_is_no_text() -> None:
    article = parse_text_dump(_doc(HEADLINE, "By Maria Lund\n2 hours ago", LEAD, SECOND))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.published is None


def test_short_line_between_date_and_byline_is_byline_block() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE, "March 12, 2025 6:05 AM ET", "Heard on Weekend Report", "By Maria Lund", LEAD
        )
    )
    assert article.paragraphs == [LEAD]


# --- furniture lines ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Reading Time:3 minutes",
        "5 min read",
        "Why you can trust The Harbour Times",
        "27 comments",
        "Share this:",
        "Share Via",
        "Click to share on Facebook (Opens in new window)",
        "Subscribe to continue reading",
        "You’ve read 5 of 5 free articles this month.",
        "Already a subscriber? Log in",
        "00:00 / 03:27",
        "1.5x",
        "3/12",
        "hide caption",
        "Updated at 14.20 GMT",
        "Please turn on JavaScript to use this feature",
        "Get our free Morning Briefing email for the top stories of the day",
        "TEXT AD: Flats to let in the old town from N300,000 a year. Call 0800 000 000",
        "Follow",
        "Reuse this content",
        "Not now",
        "Get a look at the week ahead with our Morning Brief newsletter. Sign up here.",
    ],
)
def test_furniture_lines_leave_the_body(line: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, line, SECOND))
    assert article.paragraphs == [LEAD, SECOND]
    assert (article.headings, article.captions, article.widgets) == ([], [], [])


def test_text_goes_on_after_a_subscription_wall() -> None:
    wall = (
        "Subscribe to continue reading\nGet unlimited digital access for $1 a week.\nSubscribe now"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, wall, SECOND, THIRD))
    assert article.paragraphs == [LEAD, SECOND, THIRD]


def test_copyright_notice_closes_the_page() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE,
            LEAD,
            SECOND,
            "Copyright © 2025 Harbour Radio. All rights reserved.",
            "Transcripts are produced on a deadline and may be revised in the future.",
        )
    )
    assert article.paragraphs == [LEAD, SECOND]


@pytest.mark.parametrize(
    "label",
    ["Topics", "More about", "Key events", "More Stories From Us", "Explore more on these topics"],
)
def test_link_lists_under_a_label_leave_the_body(label: str) -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, f"{label}\nFerries\nIslands\nHarbour"))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.widgets == []


def test_ranks_in_a_numbered_list_do_not_use_up_its_entries() -> None:
    entries = "\n".join(f"{rank}\nStory number {rank} about something else" for rank in range(1, 7))
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, "Most read", entries))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.widgets == []


# --- page blocks ----------------------------------------------------------------------------


def test_labelled_author_and_disclosure_blocks_leave_the_body() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE,
            "Author\nMaria Lund\nProfessor of Maritime History, Harbour University",
            "Disclosure statement\nMaria Lund receives funding from the Sea Trust.",
            "Partners\nHarbour University provides funding as a partner.\nView all partners",
            LEAD,
            SECOND,
        )
    )
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


def test_a_label_over_a_long_run_of_lines_is_a_heading_of_the_text() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE,
            LEAD,
            "\n".join(["Partners", SECOND, THIRD, LEAD + " More.", SECOND + " Yes."]),
        )
    )
    assert SECOND in article.paragraphs


def test_author_box_under_the_article_leaves_the_body() -> None:
    bio = "Maria Lund is the islands correspondent, covering transport and fisheries."
    article = parse_text_dump(_doc(HEADLINE, "By Maria Lund", LEAD, SECOND, f"Maria Lund\n{bio}"))
    assert article.paragraphs == [LEAD, SECOND]


def test_a_name_over_a_paragraph_about_someone_else_than_the_author_stays() -> None:
    profile = "Tomas Berg is the ferry operator's new chief engineer, hired from a Baltic line."
    article = parse_text_dump(_doc(HEADLINE, "By Maria Lund", LEAD, "Tomas Berg", profile))
    assert article.paragraphs[-1] == profile


def test_donation_appeal_leaves_the_body() -> None:
    appeal = "We believe news should be free to read, and we rely on readers to keep it that way."
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, SECOND, "Support independent journalism", appeal, "Make a donation")
    )
    assert article.paragraphs == [LEAD, SECOND]
    assert article.headings == []


def test_tight_block_of_furniture_goes_whole() -> None:
    block = (
        "Read us anywhere, on any device\n"
        "Republish our articles for free, online or in print.\nRepublish this article"
    )
    article = parse_text_dump(_doc(HEADLINE, block, LEAD, SECOND))
    assert article.paragraphs == [LEAD, SECOND]


# --- dates, captions and reference lists ----------------------------------------------------


def test_first_published_under_a_bare_date_makes_that_date_the_update() -> None:
    article = parse_text_dump(
        _doc(
            HEADLINE,
            "Thu 12 Mar 2025 17.40 GMT\nFirst published on Thu 12 Mar 2025 09.15 GMT",
            LEAD,
        )
    )
    assert article.published == datetime(2025, 3, 12, 9, 15, tzinfo=UTC)
    assert article.updated == datetime(2025, 3, 12, 17, 40, tzinfo=UTC)


def test_labels_above_a_headline_do_not_take_it_with_them() -> None:
    article = parse_text_dump(_doc(f"World news\nLive\n{HEADLINE}", LEAD, SECOND))
    assert article.title == HEADLINE


def test_credit_on_the_line_under_a_caption_is_its_credit() -> None:
    caption = "A ferry waits at the northern pier, which closed in March."
    article = parse_text_dump(
        _doc(
            HEADLINE,
            f"{caption}\nMaria Lund/Harbour Radio\nhide caption",
            "toggle caption\nMaria Lund/Harbour Radio",
            LEAD,
            SECOND,
        )
    )
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Maria Lund/Harbour Radio")]
    assert article.paragraphs == [LEAD, SECOND]


def test_gallery_credit_line_without_caption_leaves_the_body() -> None:
    article = parse_text_dump(_doc(HEADLINE, "Photos: Maria Lund/Harbour Times", LEAD, SECOND))
    assert article.paragraphs == [LEAD, SECOND]
    assert article.headings == []


def test_agency_initials_in_brackets_after_a_caption_are_its_credit() -> None:
    caption = "Crew load supplies on to the ferry at the northern pier on Monday. It sails at dawn."
    article = parse_text_dump(_doc(HEADLINE, f"{caption} (HRN)", LEAD, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "HRN")]
    assert article.paragraphs == [LEAD, SECOND]


def test_notes_behind_footnote_markers_are_a_box() -> None:
    notes = "Notes\n[1] Harbour council, Annual report, 2024.\n[2] M. Lund, Island ferries, 2023."
    article = parse_text_dump(_doc(HEADLINE, LEAD + "[1]", SECOND + "[2]", notes))
    assert article.paragraphs == [LEAD + "[1]", SECOND + "[2]"]
    assert article.headings == []
    assert [w.title for w in article.widgets] == ["Notes"]


def test_a_lone_colon_line_never_raises() -> None:
    parse_text_dump(_doc(HEADLINE, LEAD, ":", "[1] One.", "[2] Two."))


def test_a_photo_copyright_line_does_not_close_the_page() -> None:
    article = parse_text_dump(_doc(HEADLINE, LEAD, "© 2025 Harbour Photo Agency", SECOND, THIRD))
    assert article.paragraphs[-2:] == [SECOND, THIRD]


def test_a_heading_printed_under_the_date_stays_a_heading() -> None:
    text = (
        f"{HEADLINE}\nPublished: March 12, 2025\nKey points\n• Two ferries\n• Forty crew\n\n{LEAD}"
    )
    article = parse_text_dump(text + f"\n\n{SECOND}\n")
    assert article.headings == ["Key points"]


def test_a_short_line_between_two_dates_is_the_publisher() -> None:
    top = "Updated 12 March 2025\nHARBOUR TIMES\nMarch 11, 2025 21:40"
    article = parse_text_dump(_doc(HEADLINE, top, LEAD, SECOND))
    assert (article.paragraphs, article.headings) == ([LEAD, SECOND], [])
    assert article.published == datetime(2025, 3, 11, 21, 40)


# --- more page shapes -----------------------------------------------------------------------


def test_standfirst_over_player_lines_stays_the_first_paragraph() -> None:
    standfirst = "Councillors voted seven to two after a six-hour debate on the islands service"
    text = f"{HEADLINE}\n\n{standfirst}\nListen to this article\n3 min\n\nShare\nSave\n\n{LEAD}\n"
    article = parse_text_dump(text)
    assert article.paragraphs == [standfirst, LEAD]


def test_labelled_relative_update_time_is_no_text() -> None:
    article = parse_text_dump(_doc(HEADLINE, "By Maria Lund", "Updated 2 hours ago", LEAD, SECOND))
    assert (article.paragraphs, article.headings) == ([LEAD, SECOND], [])


def test_role_printed_under_a_byline_is_byline_block() -> None:
    article = parse_text_dump(_doc(HEADLINE, "By Maria Lund\nIslands correspondent", LEAD, SECOND))
    assert (article.paragraphs, article.headings) == ([LEAD, SECOND], [])
    assert article.authors == ["Maria Lund"]


def test_credit_in_square_brackets_ends_a_caption() -> None:
    caption = "Passengers board the first ferry at the northern pier on Monday"
    article = parse_text_dump(_doc(HEADLINE, f"{caption} [Maria Lund/Reuters]", LEAD, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Maria Lund/Reuters")]


def test_caption_under_its_label_with_its_source_line() -> None:
    caption = "The northern pier was rebuilt after the storm of 2019"
    block = f"Image source, Getty Images\nImage caption,\n{caption}"
    article = parse_text_dump(_doc(HEADLINE, block, LEAD, SECOND))
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "Getty Images")]
    assert article.paragraphs == [LEAD, SECOND]

"""Text-dump rules from the twentieth held-out set (market reports, forecasts, reviews, a
parliament debate, a police log, an archive piece, exam results, travel disruption, a health
advisory, transfer news and community notices from twelve more countries): a site's menu on
one line, credits and bylines written yet other ways, and the chrome of such pages."""

from __future__ import annotations

from datetime import datetime

from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, assert_chrome
from tests.dump_parts import dump as _doc

SWITCHER = "  • English\n  • Setswana"


def test_a_sites_menu_on_one_line_is_no_headline() -> None:
    menu = "Home  News  Business  Sport  Lifestyle  Opinion  E-Paper"
    article = parse_text_dump(_doc(menu, HEADLINE, SWITCHER, LEAD, SECOND))
    assert article.title == HEADLINE
    assert article.paragraphs == [LEAD, SECOND]


def test_a_heading_in_title_case_is_no_menu() -> None:
    heading = "Sport Clubs Count Their Losses After The Storm"
    article = parse_text_dump(_doc(HEADLINE, SWITCHER, LEAD, heading, SECOND))
    assert article.headings == [heading]


def test_credits_of_the_twentieth_set() -> None:
    cases = {
        "Eyes on the board: a broker follows closing prices on Wednesday PIC: KAGISO MOENG": (
            "KAGISO MOENG"
        ),
        "Learners check their results on a noticeboard. Photo credit: Ndapewa Shilongo": (
            "Ndapewa Shilongo"
        ),
        "Ylfa wrote the album in a rented house above the harbour. Press photo": "Press photo",
        "The minister addresses parliament in Athens on Tuesday. [InTime News]": "InTime News",
        "Passengers ashore below Bartica. (Photo courtesy of the National Archives of Guyana)": (
            "National Archives of Guyana"
        ),
        "The cover of “The Salt Ferry” by Yoon Seo-jin (Dongbaek Press)": "Dongbaek Press",
    }
    for line, credit in cases.items():
        article = parse_text_dump(_doc(line + "\n" + line, HEADLINE, SWITCHER, LEAD, SECOND))
        assert [c.credit for c in article.captions] == [credit], line
        assert article.paragraphs == [LEAD, SECOND], line


def test_a_full_stop_before_a_label_keeps_the_older_reading() -> None:
    line = "Tunnel boring machines at the worksite on Nov 24. ST PHOTO: GAVIN FOO"
    article = parse_text_dump(_doc(line + "\n" + line, HEADLINE, SWITCHER, LEAD))
    assert article.captions[0].text.endswith("Nov 24.")


def test_bylines_of_the_twentieth_set() -> None:
    cases = {
        "Dimitra Sotiriou | Parliamentary correspondent\n13/05/2025 - 21:47": "Dimitra Sotiriou",
        "Compiled by Rachel Corlett\nTuesday 20th May 2025, 12:14pm": "Rachel Corlett",
        "Review by Kristín Ösp Guðmundsdóttir\n12 April 2025, 14:05 GMT": (
            "Kristín Ösp Guðmundsdóttir"
        ),
        "By Rania Haddad, 06 March 2025 11:15": "Rania Haddad",
        "Selma Haufiku\n2025-01-15 | 17:42": "Selma Haufiku",
        "Compiled by Fa‘amoana Tuilagi\nPublished 19/09/2025, 7:30 am": "Fa‘amoana Tuilagi",
    }
    for byline, author in cases.items():
        article = parse_text_dump(_doc(HEADLINE, SWITCHER, byline, LEAD, SECOND))
        assert article.authors == [author], byline
        assert article.published is not None, byline
        assert article.paragraphs == [LEAD, SECOND], byline
    dated = parse_text_dump(_doc(HEADLINE, SWITCHER, "Selma Haufiku\n2025-01-15 | 17:42", LEAD))
    assert dated.published == datetime(2025, 1, 15, 17, 42)


def test_an_agencys_signature_under_the_story_gives_its_authors() -> None:
    trailer = "(By Huang Yu-ting, Chen Kuan-lin and Ian Fletcher)\nEnditem/ls"
    article = parse_text_dump(_doc(HEADLINE, SWITCHER, LEAD, SECOND, trailer))
    assert article.authors == ["Huang Yu-ting", "Chen Kuan-lin", "Ian Fletcher"]
    assert article.paragraphs == [LEAD, SECOND]


def test_a_role_under_a_byline_in_capitals_under_a_caption() -> None:
    caption = (
        "Tariq Ferguson, right, in action for the Bahamas against Anguilla at the national "
        "stadium in September, in the second half of a qualifier. Picture: Kemuel Rolle"
    )
    article = parse_text_dump(
        _doc(HEADLINE, SWITCHER, caption + "\n" + caption,
             "By KENDRICK MAJOR\nCurrent Sports Reporter", LEAD, SECOND)
    )  # fmt: skip
    assert article.authors == ["KENDRICK MAJOR"]
    assert article.headings == []
    assert article.paragraphs == [LEAD, SECOND]


def test_the_chrome_of_the_twentieth_set() -> None:
    chrome = [
        "You must be logged in to post a comment.",
        "Get the day's top stories from Greece in your inbox every morning.",
        "Newsletter\nYour email",
        "Have you got a story? Email news@example.im or call 695000.",
        "Sign up to our morning briefing",
        "Do you have memories of the steamers? Write to archives@example.gy",
        "Be respectful. Comments are moderated and may take up to an hour to appear.",
        "Font size  A-  A+",
        "The Reykjavík Current is free to read. Members make that possible.",
        "Sign in to comment",
        "Have a notice for next week? Email notices@example.ws by Wednesday noon.",
        "About Us | Contact | Privacy Policy | Terms of Use",
        "Facebook X LINE Copy link",
        "Share  Like  Tweet  Copy link",
        "5 min",
        "Use the comment form below to begin a discussion about this content.",
        "This article was originally published in French in Le Courrier. Translation by M. S.",
        "You have 2 free articles left this month. Subscribe for unlimited access.",
        "More in News\nHanoi metro adds trains\nHoi An floods ease",
        "MORE SPORTS\nSwimmers head to Lima",
    ]
    assert_chrome(chrome)
    notice = "ⓒ The Seoul Standard. All rights reserved. Reproduction prohibited."
    assert parse_text_dump(_doc(HEADLINE, LEAD, SECOND, notice)).paragraphs == [LEAD, SECOND]

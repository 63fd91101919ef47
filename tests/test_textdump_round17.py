"""Text-dump rules from the nineteenth held-out set (letters pages, business briefs, results
roundups, recipes, fact-checks, developing stories, reviews, council reports, editorials,
travel pieces, property features and podcast pages from twelve more countries): credits
written a dozen more ways, captions over the headline, question headlines, dates labelled or
bracketed otherwise, letters' sign-offs, boilerplate a paper prints, lines hanging from a
colon, facts lines, and the chrome of such pages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from newsbot.parsing.textdump import parse_text_dump
from tests.dump_parts import HEADLINE, LEAD, SECOND, THIRD, assert_chrome
from tests.dump_parts import dump as _doc

SWITCHER = "  • English\n  • Kiswahili"


def test_credits_written_many_ways_credit_the_name_after_the_label() -> None:
    cases = {
        "A lone passenger waits near Grasmere. Photograph: Rosalind Penhale/The Meridian": (
            "Rosalind Penhale/The Meridian"
        ),
        "Workers pack milk at the Mbarara plant on March 7. PHOTO/DERRICK WANDERA": (
            "DERRICK WANDERA"
        ),
        "Councillors vote by a show of hands on Thursday. PHOTO | FILIPO LUKUMAY": (
            "FILIPO LUKUMAY"
        ),
        "Water levels at the Kouris dam on March 9 – Photo: Petros Ioannou": "Petros Ioannou",
        "Commuters board a route taxi on Monday evening. (Picture by Jamar Greenidge.)": (
            "Jamar Greenidge"
        ),
        "A longtail boat heads upriver in the late afternoon. © Daniel Kerr": "Daniel Kerr",
        "The view towards Carrickfergus in January. (Pic: Stephen Hamilton/Presseye)": (
            "Stephen Hamilton/Presseye"
        ),
        "The ferry leaving Virtsu on a February morning. Source: Mart Kivisoo/Tallinn Observer": (
            "Mart Kivisoo/Tallinn Observer"
        ),
        "The Note 7 on display in Akihabara on March 18. | KOJI SAKAMOTO": "KOJI SAKAMOTO",
    }
    for line, credit in cases.items():
        article = parse_text_dump(_doc(line + "\n" + line, HEADLINE, SWITCHER, LEAD, SECOND))
        assert [c.credit for c in article.captions] == [credit], line
        assert article.title == HEADLINE, line
        assert article.paragraphs == [LEAD, SECOND], line


def test_a_source_line_under_a_table_is_no_credit() -> None:
    table = "Site\tSites\tCover\nNo-take zones\t10\t41%\nOpen areas\t6\t33%\nSource: BRIN survey"
    article = parse_text_dump(_doc(HEADLINE, LEAD, table, SECOND))
    assert article.captions == []
    assert "Source: BRIN survey" in article.paragraphs


def test_a_question_over_the_switcher_is_the_headline() -> None:
    question = "Episode 47: Who will crew Estonia's island ferries?"
    article = parse_text_dump(_doc("PODCAST\n" + question, SWITCHER, LEAD, SECOND))
    assert article.title == question
    assert article.paragraphs == [LEAD, SECOND]


def test_dates_labelled_or_bracketed_otherwise() -> None:
    gmt = UTC
    cases = {
        "Sun 16 Mar 2025 17.21 GMT\n\n{body}\n\nLast modified on Sun 16 Mar 2025 19.05 GMT": (
            datetime(2025, 3, 16, 17, 21, tzinfo=gmt),
            datetime(2025, 3, 16, 19, 5, tzinfo=gmt),
        ),
        "Mar 21, 2025 (Last updated: Mar 22, 2025 at 9:40 JST)\n\n{body}": (
            datetime(2025, 3, 21),
            datetime(2025, 3, 22, 9, 40, tzinfo=timezone(timedelta(hours=9))),
        ),
        "By Eleni Pantelidou\n14.03.2025, 09:15 | Updated 15.03.2025, 11:40\n\n{body}": (
            datetime(2025, 3, 14, 9, 15),
            datetime(2025, 3, 15, 11, 40),
        ),
        "Publication date 11 April 2025 | 08:37 ICT\n\n{body}": (
            datetime(2025, 4, 11, 8, 37, tzinfo=timezone(timedelta(hours=7))),
            None,
        ),
        "Mar 16, 2025 10:52 PM AST\nUpdated Mar 17, 2025 7:15 AM AST\n\n{body}": (
            datetime(2025, 3, 16, 22, 52, tzinfo=timezone(timedelta(hours=-4))),
            datetime(2025, 3, 17, 7, 15, tzinfo=timezone(timedelta(hours=-4))),
        ),
    }
    body = _doc(LEAD, SECOND).strip()
    for template, (published, updated) in cases.items():
        article = parse_text_dump(_doc(HEADLINE, SWITCHER, template.format(body=body)))
        assert (article.published, article.updated) == (published, updated), template
        assert article.paragraphs == [LEAD, SECOND], template


def test_a_letters_sign_off_is_body_and_closes_its_section() -> None:
    letter = (
        "I am 78 and I gave up driving two years ago on my optician’s advice, as many of us do."
    )
    article = parse_text_dump(
        _doc(
            HEADLINE, LEAD, letter, "Margaret Hollis\nCrosthwaite, Cumbria",
            "Franchising is not a magic wand", SECOND,
            "Dr Ruth Okafor and Dr Simon Pell\nHexham, Northumberland", "Count the cost", THIRD,
        )
    )  # fmt: skip
    assert article.widgets == []
    assert article.headings == ["Franchising is not a magic wand", "Count the cost"]
    assert "Margaret Hollis" in article.paragraphs
    assert "Hexham, Northumberland" in article.paragraphs


def test_a_promotion_readers_may_skip_is_chrome() -> None:
    promotion = (
        "Skip past newsletter promotion\nSign up to Morning Meridian\nFree daily newsletter\n"
        "Start your day with the stories that matter\nEnter your email address\nSign up\n"
        "after newsletter promotion"
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, promotion, SECOND))
    assert article.paragraphs == [LEAD, SECOND]


def test_a_papers_printing_of_a_firms_boilerplate_is_body() -> None:
    boilerplate = (
        "Rwenzori Gold Dairies Limited is a Ugandan dairy processor founded in 2009 and "
        "headquartered in Mbarara City, buying milk from more than 14,000 farmers."
    )
    contacts = "Sarah Nakato, Head of Communications\nEmail: media@example.ug\nTel: +256 772 418"
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, SECOND, THIRD, "About Rwenzori Gold Dairies", boilerplate,
             "For media enquiries, contact:\n" + contacts)
    )  # fmt: skip
    assert article.widgets == []
    assert article.paragraphs[-5:] == [boilerplate, "For media enquiries, contact:",
                                       *contacts.split("\n")]  # fmt: skip


def test_a_facts_line_and_a_recipes_lists_are_body() -> None:
    facts = "Serves 4 · Preparation 20 minutes, plus marinating · Cooking 1 hour 50 minutes"
    ingredients = "800g pork belly, in 4cm pieces\n2 tbsp curry powder\n3 tbsp red curry paste"
    method = "1. Mix the pork with the curry powder.\n2. Simmer for one hour."
    article = parse_text_dump(
        _doc(HEADLINE, LEAD, facts, "Ingredients", ingredients, "Method", method, SECOND)
    )
    assert article.widgets == []
    assert article.headings == ["Ingredients", "Method"]
    assert facts in article.paragraphs
    assert "2 tbsp curry powder" in article.paragraphs


def test_the_chrome_of_such_pages() -> None:
    chrome = [
        "What you need to know:",
        "If you have seen a claim you would like us to check, email factcheck@example.com.",
        "Send your letters to letters@example.bb. Letters should not exceed 300 words.",
        "This is a developing story. Refresh this page for the latest updates.",
        "▶ Listen",
        "Listen to the full episode with the player at the top of this page.",
        "Do you like the content of this article?",
        "Share:\nFacebook\nX\nLINE",
        "Have an opinion on anything you’ve read today? Please email us your letter.",
    ]
    assert_chrome(chrome)
    article = parse_text_dump(_doc(HEADLINE, SWITCHER, "WRITER: Nattaya Srisuwan", LEAD))
    assert article.authors == ["Nattaya Srisuwan"]


def test_a_reviews_pros_and_cons_and_an_episodes_chapters_are_body() -> None:
    verdict = "Pros\nWriting feels immediate\nA battery that lasts weeks"
    against = "Cons\nNo front light\nCostly replacement nibs"
    specs = "Note 7 specifications\n\nScreen: 10.3-inch E Ink\n\nWeight: 298 grams\n\nStorage: 64GB"
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, verdict, against, specs))
    assert article.headings == ["Pros", "Cons"]
    assert article.paragraphs[-2:] == ["No front light", "Costly replacement nibs"]
    assert [w.title for w in article.widgets] == ["Note 7 specifications"]
    chapters = "00:00 Introduction\n02:15 A crossing in the ice\n08:40 Why crews are leaving"
    episode = parse_text_dump(_doc(HEADLINE, LEAD, "Chapters", chapters, SECOND))
    assert episode.widgets == []
    assert episode.headings == ["Chapters"]
    assert "02:15 A crossing in the ice" in episode.paragraphs


def test_prose_under_where_to_stay_at_the_foot_is_the_storys() -> None:
    stay = (
        "Homestays in Prek Chik cost $12 a night, breakfast included. A guide for the forest "
        "walk costs $25 a day. Solar panels give power for a few hours each evening."
    )
    article = parse_text_dump(_doc(HEADLINE, LEAD, SECOND, "Where to stay", stay))
    assert article.widgets == []
    assert article.headings == ["Where to stay"]
    assert article.paragraphs[-1] == stay


def test_a_podcasts_host_is_its_author_and_a_sponsor_is_not() -> None:
    switcher = "  • English\n  • Eesti"
    for line, authors in {
        "Presented by Maarja Sild": ["Maarja Sild"],
        "Hosted by Ann Lee": ["Ann Lee"],
        "Presented by Emirates NBD": [],
    }.items():
        article = parse_text_dump(_doc(HEADLINE, switcher, line, LEAD, SECOND))
        assert article.authors == authors, line
        assert article.paragraphs == [LEAD, SECOND], line


def test_bylines_switchers_and_chrome_of_the_nineteenth_set() -> None:
    article = parse_text_dump(
        _doc(HEADLINE, "  • English\n  • Gaeilge\n  • Ulstèr-Scotch",
             "By Orla McKeown · Property Correspondent", LEAD, SECOND)
    )  # fmt: skip
    assert article.languages_offered == ["English", "Gaeilge", "Ulstèr-Scotch"]
    assert article.authors == ["Orla McKeown"]
    for chrome in (
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms apply.",
        "Subscribe: Apple Podcasts · Spotify · RSS",
        "You might also like\nMoshi traders protest new levy\nTanesco warns of rationing",
        "More episodes\nEpisode 46: Rail Baltica's last mile",
    ):
        article = parse_text_dump(_doc(HEADLINE, LEAD, chrome, SECOND))
        assert article.paragraphs == [LEAD, SECOND], chrome
        assert article.widgets == [], chrome

"""Body rules on small made-up news pages: what goes into ``body`` and what stays out."""

from __future__ import annotations

from newsbot.parsing.html_article import extract_article

PROSE = [
    "The town council met on Tuesday evening to discuss the plan for the new riverside park, "
    "which has been debated for nearly three years by residents and local businesses.",
    "Supporters say the park would bring families back to the old warehouse district, while "
    "critics worry about the cost of cleaning the soil along the water before building starts.",
    "A final vote is expected next month, after a public hearing where anyone living in the "
    "district will be able to speak for up to five minutes about the proposal.",
    "The mayor said she was confident that a compromise could be found before the summer, and "
    "that the council would publish the full cost estimates on its website this week.",
]


def page(*middle: str, url: str = "https://news.example.org/2024/05/park-plan") -> str:
    """A news page: header, an article of plain paragraphs with ``middle`` after the second,
    and a footer."""
    paragraphs = [f"<p>{text}</p>" for text in PROSE]
    body = "\n".join(paragraphs[:2] + list(middle) + paragraphs[2:])
    return f"""<!DOCTYPE html><html lang="en"><head><title>Park plan divides the council</title>
<meta property="og:title" content="Park plan divides the council"></head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main><article><h1>Park plan divides the council</h1>
<div class="article-body">
{body}
</div></article></main>
<footer><p>Example News, all rights reserved.</p></footer></body></html>"""


def extract(html: str) -> tuple[list[str], list[str]]:
    article = extract_article(html, "https://news.example.org/2024/05/park-plan")
    return article.paragraphs, article.headings


def test_interview_questions_set_as_headings_are_body_paragraphs() -> None:
    html = page(
        "<h4><strong>Q: What made you run for the council in the first place?</strong></h4>",
        "<p>I grew up two streets from the river and watched the warehouses close one by one, "
        "so I wanted to have a say in what would come next for the neighbourhood.</p>",
        "<h4>Q: How do you plan your week?</h4>",
        "<p>Mornings are for meetings with residents, and the afternoons for reading every "
        "report the planning office sends, which takes longer than most people think.</p>",
    )
    paragraphs, headings = extract(html)
    assert "Q: What made you run for the council in the first place?" in paragraphs
    assert "Q: How do you plan your week?" in paragraphs
    assert not any(h.startswith("Q:") for h in headings)


def test_a_full_sentence_in_a_heading_tag_is_a_paragraph_but_a_title_stays_a_heading() -> None:
    html = page(
        "<h3>Our plan for the riverside is really very simple.</h3>",
        "<p>Clean the soil first, plant the trees second, and only then think about the "
        "benches, the paths and the small café that everyone keeps asking about.</p>",
        "<h3>What happens next</h3>",
        "<p>The planning office will publish a timetable once the vote has taken place, and "
        "residents will be able to comment on every stage of the works online.</p>",
    )
    paragraphs, headings = extract(html)
    assert "Our plan for the riverside is really very simple." in paragraphs
    assert "What happens next" in headings
    assert "What happens next" not in paragraphs


def test_subscription_offers_are_left_out_of_the_body() -> None:
    html = page(
        '<p>Get <a href="https://shop.example.org/m1">Riverside Monthly</a> delivered through '
        "your letterbox every month. 12 issues for £11.99. "
        '<a href="https://shop.example.org/m1">Click here</a> for more information.</p>',
        '<p><a href="https://example.org/pro">Get access to the region\'s fastest growing '
        "news subscription service Example Pro for as little as Rs 599 for the first year. "
        'Use the code "GETPRO". Example Pro offers you all the information you need for '
        "planning, including analysis, market data and more.</a></p>",
    )
    paragraphs, _ = extract(html)
    body = "\n".join(paragraphs)
    assert "12 issues for" not in body
    assert "Example Pro" not in body
    assert PROSE[3] in paragraphs


def test_a_news_sentence_about_subscription_prices_stays() -> None:
    sentence = (
        "The streaming service raised its monthly subscription to $15.49 on Monday, the "
        "second increase in a year, and said the number of members kept growing."
    )
    paragraphs, _ = extract(page(f"<p>{sentence}</p>"))
    assert sentence in paragraphs


def test_a_long_membership_appeal_is_left_out_of_the_body() -> None:
    appeal = (
        "If you enjoyed this article, we have a proposition for you: join Example Plus. "
        "Members get all of our content, including the magazine, no paywalls or content "
        "meters, an advertising-minimal experience, and unique access to our writers and "
        "editors through conference calls, social-media groups, and more. And importantly, "
        "members help keep this work going for years to come."
    )
    assert len(appeal) > 300
    paragraphs, _ = extract(page(f"<p>{appeal}</p>"))
    assert appeal not in paragraphs
    assert not any("proposition for you" in p for p in paragraphs)


def test_listen_live_prompts_and_bare_date_lines_are_left_out() -> None:
    html = page(
        "<p>Listen to Riverside Radio live at 12:45 and 17:45 weekdays - or listen back here.</p>",
        "<p>sexta-feira, 22 de outubro de 2010 às 20:13</p>",
    )
    paragraphs, _ = extract(html)
    body = "\n".join(paragraphs)
    assert "Riverside Radio" not in body
    assert "20:13" not in body
    assert PROSE[2] in paragraphs


def test_a_key_points_summary_above_the_story_is_not_body() -> None:
    points = (
        "The council finalised a plan for the riverside park, officials of both parties "
        "announced Wednesday at the town hall."
    )
    second = "The vote comes after three years of debate and sets up a public hearing next month."
    html = page().replace(
        '<div class="article-body">',
        '<div class="article-body"><div class="ArticleBody-KeyPoints">'
        '<div class="RenderKeyPoints-header">Key Points</div>'
        f"<ul><li>{points}</li><li>{second}</li></ul></div>",
    )
    paragraphs, _ = extract(html)
    assert second not in paragraphs
    assert points not in paragraphs
    assert PROSE[0] in paragraphs


def test_a_photo_credit_line_with_a_copyright_sign_is_not_body() -> None:
    html = page("<p><em>The old warehouses at dusk, photos © Example Pictures, 2023</em></p>")
    paragraphs, _ = extract(html)
    assert not any("©" in p for p in paragraphs)
    assert PROSE[2] in paragraphs


def test_an_italic_line_under_a_picture_is_its_caption() -> None:
    html = page(
        '<p><a href="/img/warehouse.jpg"><img src="/img/warehouse.jpg" alt=""></a></p>',
        "<p><em>The Old Mill by Harbour Studio</em></p>",
        "<p><em>A line set in italics for emphasis, with no picture above it.</em></p>",
    )
    article = extract_article(html, "https://news.example.org/2024/05/park-plan")
    assert "The Old Mill by Harbour Studio" not in article.paragraphs
    assert "The Old Mill by Harbour Studio" in [c.text for c in article.captions]
    assert "A line set in italics for emphasis, with no picture above it." in article.paragraphs


def test_items_of_a_nested_list_are_each_one_paragraph() -> None:
    items = [
        "Discover which stage of the plan your street is in",
        "Assess what the park would change for you",
        "Pinpoint what the council should do first",
    ]
    nested = "".join(f"<li>{item}</li>" for item in items)
    html = page(f'<ul><li style="list-style-type: none;"><ul>{nested}</ul></li></ul>')
    paragraphs, _ = extract(html)
    for item in items:
        assert paragraphs.count(item) == 1
    assert not any(items[0] in p and items[1] in p for p in paragraphs)


def test_a_tweetable_quote_keeps_its_text_but_not_the_tweet_button() -> None:
    html = page(
        '<p><span class="ctt-text">Every park exists in the space-time continuum of a city.'
        '</span> <a href="https://twitter.com/share?text=x"><span class="ctt-btn">Click To Tweet'
        "</span></a></p>"
    )
    paragraphs, _ = extract(html)
    assert "Every park exists in the space-time continuum of a city." in paragraphs
    assert not any("Click To Tweet" in p for p in paragraphs)


def test_an_opening_paragraph_also_shown_as_the_lead_caption_stays_in_the_body() -> None:
    lead = (
        "The town council will vote next month on a plan to turn the old warehouse district "
        "into a riverside park."
    )
    html = page().replace(
        '<div class="article-body">',
        f'<figure><img src="/img/river.jpg" alt=""><figcaption>{lead}</figcaption></figure>'
        f'<div class="article-body"><p>{lead}</p>',
    )
    article = extract_article(html, "https://news.example.org/2024/05/park-plan")
    assert article.paragraphs[0] == lead
    assert [c.text for c in article.captions] == [lead]


def test_a_caption_repeated_later_in_the_text_stays_out_of_the_body() -> None:
    caption = "Residents walk along the river on a sunny afternoon in May last year."
    html = page(f"<p>{caption}</p>").replace(
        '<div class="article-body">',
        f'<figure><img src="/img/river.jpg" alt=""><figcaption>{caption}</figcaption></figure>'
        '<div class="article-body">',
    )
    paragraphs, _ = extract(html)
    assert caption not in paragraphs


def test_a_lone_social_handle_left_from_a_follow_prompt_is_not_body() -> None:
    html = page(
        '<section class="article-disclaimer"><em>Welcome to the daily briefing. Follow us on '
        'Twitter <a href="https://twitter.com/examplenews">@examplenews</a>.</em></section>'
    )
    paragraphs, _ = extract(html)
    assert not any("@examplenews" in p for p in paragraphs)
    assert PROSE[2] in paragraphs


def test_loose_opening_text_of_the_story_box_is_its_first_paragraph() -> None:
    opening = (
        "We bring you the best plans we have found this week for parks, riverside paths and "
        "a bunch of other public spaces too. Updated every week of the year."
    )
    html = (
        page()
        .replace(
            '<div class="article-body">',
            '<div class="article-body"><section class="article-note"><em>Welcome to the weekly '
            'planning notes. Follow us on Twitter <a href="https://twitter.com/examplenews">'
            "@examplenews</a>.</em></section>"
            f'<section class="article-page">{opening}<p></p>',
        )
        .replace("</div></article>", "</section></div></article>")
    )
    paragraphs, _ = extract(html)
    assert paragraphs[0] == opening
    assert paragraphs[1:] == PROSE


def test_body_written_as_text_between_line_breaks_is_found_over_a_comment_thread() -> None:
    """Precision mode alone takes the readers' comments (real paragraphs) for the story, whose
    text sits straight in a div between <br><br>; the share of the page's prose it holds is
    too small, so the body is looked for again with the fallbacks."""
    blocks = "<br><br>".join(
        f"Part {i} of the story: the state cabinet on Tuesday approved the third phase of the "
        "metro line, a long elevated corridor linking the business park in the west to the "
        "suburbs in the east, officials said."
        for i in range(9)
    )
    comments = "".join(
        f'<li class="comment"><p>Reader {i} wrote: good reporting, but I would like to know '
        "when the work will actually start on the ground.</p></li>"
        for i in range(4)
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Cabinet clears metro line</title>
</head><body><header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<div class="contentwrapper"><h1>Cabinet clears metro line</h1>
<div class="byline">By A Reporter</div>
<div class="ga-headlines" data-articlebody="1"><div class="_3YYSt clearfix">{blocks}</div></div>
<div class="comments-section"><h3>Comments</h3><ul>{comments}</ul></div></div>
<footer><p>All rights reserved.</p></footer></body></html>"""
    paragraphs, _ = extract(html)
    assert [p.split(":")[0] for p in paragraphs] == [f"Part {i} of the story" for i in range(9)]
    assert not any("Reader" in p for p in paragraphs)


def test_marked_body_restores_a_span_paragraph_when_itemprop_names_two_properties() -> None:
    """Blogger marks its post body itemprop="description articleBody"; text set in a bare
    <span> between <div><br></div> breaks is still part of the story."""
    first = (
        "Well, what a morning! After eight long weeks the village hall finally opened its doors "
        "again on Saturday, and half the street was queuing outside by nine."
    )
    span = (
        "For anyone who missed it, the hall was one of the buildings worst hit when the river "
        "burst its banks in the autumn, and the ground floor had to be stripped to the brick."
    )
    rest = "".join(
        f"<div>Paragraph {i}: the volunteers spent weeks painting, cleaning and carrying "
        "chairs, and the committee thanked everyone who gave time and money to the appeal."
        "</div><div><br></div>"
        for i in range(6)
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><title>The hall is back</title></head><body>
<div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting">
<h3 class="post-title">The hall is back</h3>
<div class="post-body entry-content" itemprop="description articleBody"><div dir="ltr">
<div dir="ltr">{first}</div><div><br></div>
<span style="font-family: verdana;">{span}</span><div><br></div>{rest}
</div></div><div class="post-footer">Posted by Jane at 10:00</div></div>
<div class="sidebar"><h2>Popular posts</h2><ul><li><a href="/a">A walk to the mill</a></li>
<li><a href="/b">Lemon cake</a></li></ul></div></body></html>"""
    paragraphs, _ = extract(html)
    assert paragraphs[:2] == [first, span]
    assert len(paragraphs) == 8 and paragraphs[-1].startswith("Paragraph 5")


def _page_with_rail(item_words: int) -> str:
    filler = " ".join(["word"] * item_words)
    cards = "".join(
        f'<div class="card"><h3><a href="/s{i}">Other story {i} in the section</a></h3>'
        f"<p>Summary {i}: {filler}.</p></div>"
        for i in range(6)
    )
    return f"""<!DOCTYPE html><html lang="en"><head><title>Coastal road to close</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article>
<h1>Coastal road to close</h1><div class="article-body">
<p>The coastal road between the two towns will close for repairs from Monday, the roads
authority said. Drivers are advised to use the inland route, which adds ten minutes.</p>
<p>Work is expected to last three weeks.</p></div></article>
<section class="more-from-section"><h2>More from Local</h2>{cards}</section></main>
<footer><p>All rights reserved.</p></footer></body></html>"""


def test_a_rail_of_teaser_cards_beside_a_short_story_stays_out_of_its_body() -> None:
    """Linked headlines over short standfirsts, side by side, are other stories' summaries,
    even when they hold more words than the brief itself."""
    paragraphs, _ = extract(_page_with_rail(item_words=30))
    assert len(paragraphs) == 2 and paragraphs[1] == "Work is expected to last three weeks."


def test_a_rail_of_cards_that_are_each_one_link_stays_out_of_the_body() -> None:
    """Cards wrapped whole in a link (picture, headline, standfirst), in the same <main> as
    a story set in one div per paragraph."""
    text = "".join(f'<div class="essay-text"><p>{p}</p></div>' for p in PROSE)
    cards = "".join(
        f'<a class="card" href="/essays/{i}/"><img src="/t{i}.jpg" alt=""><h3>Essay {i} '
        f"title</h3><p>Standfirst {i}: people on the coast face a longer season.</p></a>"
        for i in range(3)
    )
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Salt season</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main class="essay"><h1>Salt season</h1>
<div class="essay-body">{text}</div>
<section class="essay-more"><h2>More essays</h2><div class="grid">{cards}</div></section>
<section class="essay-donate"><p>Example News is a non-profit. Our reporters are paid fairly
and our work is free to read.</p><a class="btn" href="/donate/">Support our work</a></section>
</main><footer><p>Example News</p></footer></body></html>"""
    paragraphs, headings = extract(html)
    assert paragraphs[:4] == PROSE
    assert not any(p.startswith("Standfirst") for p in paragraphs)
    assert not any(h.startswith("Essay") for h in headings)


def test_a_listicle_whose_headings_link_out_keeps_its_items() -> None:
    """A "where to eat" list's items are linked headings over short texts too, but they link
    to what they review, on other sites: the story itself."""
    dishes = ["flatbreads", "noodle soup", "grilled fish", "lentil stew", "pastries"]
    items = "".join(
        f'<div class="item"><h3><a href="https://place{i}.example.com/">Cafe number {i}</a>'
        f"</h3><p>Cafe {i} is known for its {dish}, and {i + 2} tables on a quiet terrace "
        f"keep filling up from {i + 7} in the morning.</p></div>"
        for i, dish in enumerate(dishes)
    )
    html = _page_with_rail(item_words=30).replace(
        "<p>Work is expected to last three weeks.</p>", items
    )
    paragraphs, _ = extract(html)
    cafes = [p for p in paragraphs if p.startswith("Cafe ")]
    assert len(cafes) >= 3  # (precision-minded extraction may still skip a short item)
    assert not any(p.startswith("Summary") for p in paragraphs)


def test_teaser_labels_in_other_languages_leave_the_body() -> None:
    teasers = [
        "Lesen Sie auch: Händler fürchten um ihre Kundschaft",
        "اقرأ أيضا: ارتفاع الطلب على المياه خلال الصيف",
        "Читайте также: новый мост откроют весной",
    ]
    paragraphs, _ = extract(page(*(f"<p>{t}</p>" for t in teasers)))
    assert paragraphs == PROSE


def test_a_comment_thread_named_in_another_language_stays_out_of_the_body() -> None:
    """A Turkish site's "yorumlar" under a short story: each reader's line and like count
    would otherwise follow the story's paragraphs."""
    thread = "".join(
        f'<div class="yorum"><span class="yorum__ad">Okur {i}</span><p>Reader {i} says the '
        f'fare rise is too steep for families.</p><span class="yorum__begeni">👍 {100 + i}'
        "</span></div>"
        for i in range(6)
    )
    story = "".join(f"<p>{p}</p>" for p in PROSE[:3])
    html = f"""<!DOCTYPE html><html lang="tr"><head><title>Park plan</title></head><body>
<main class="haber-detay"><h1>Park plan divides the council</h1>
<div class="haber-metin" property="articleBody">{story}</div>
<section class="yorumlar"><h3>Yorumlar (6)</h3>{thread}</section></main></body></html>"""
    paragraphs, _ = extract(html)
    assert paragraphs == PROSE[:3]


def test_an_opinion_piece_classed_in_its_own_language_keeps_its_text() -> None:
    """A German "Kommentar" or a Turkish "Yorum" is a column, not readers' comments."""
    html = page().replace('class="article-body"', 'class="article-body kommentar yorum"')
    paragraphs, _ = extract(html)
    assert paragraphs == PROSE


def test_a_long_copyright_notice_under_a_transcript_leaves_the_body() -> None:
    notice = (
        "Copyright © 2026 Example Public Radio. All rights reserved. Visit our website terms "
        "of use and permissions pages at www.example.org for further information."
    )
    paragraphs, _ = extract(page(f"<p>{notice}</p>"))
    assert paragraphs == PROSE


STANDFIRST = "Residents will have their say at a hearing next month before the final vote"


def _hashed_page(
    article: str, after: str = "", outside: str = "", description: str = STANDFIRST
) -> str:
    """A page whose class names are build hashes (no word tells what an element is): headline
    block with kicker and standfirst, the article container, then ``after`` in the same column
    and ``outside`` after it."""
    return f"""<!DOCTYPE html><html lang="en"><head><title>Park plan divides the council</title>
<meta name="description" content="{description}">
<meta property="og:description" content="{description}">
<meta name="author" content="Rosa Delgado"></head><body>
<header><nav><a href="/">Home</a> <a href="/local">Local</a></nav></header>
<main class="css-1a2b3c"><div class="css-2b3c4d"><div class="css-9f8e7d">
<span class="css-77aa01">Local</span><h1 class="css-5e6f7a">Park plan divides the council</h1>
<p class="css-0c1d2e">{STANDFIRST}</p></div>
<div class="css-3b4c5d"><span>By Rosa Delgado</span> <time>12 May 2024</time></div>
<div class="css-8d9e0f"><div class="css-0a1b2c">{article}</div></div>
{after}</div>{outside}</main>
<footer><p>Example News, all rights reserved.</p></footer></body></html>"""


def test_a_standfirst_under_the_headline_given_as_the_page_description_is_not_body() -> None:
    html = _hashed_page("".join(f"<p>{text}</p>" for text in PROSE))
    paragraphs, _ = extract(html)
    assert STANDFIRST not in paragraphs
    assert paragraphs[0] == PROSE[0]


def test_an_opening_paragraph_that_is_also_the_page_description_stays() -> None:
    """Many sites give the story's first paragraph as the description; in the article among
    the others, it is still the story."""
    html = _hashed_page("".join(f"<p>{text}</p>" for text in PROSE), description=PROSE[0])
    html = html.replace(f'<p class="css-0c1d2e">{STANDFIRST}</p>', "")
    paragraphs, _ = extract(html)
    assert paragraphs[0] == PROSE[0]


NEWSLETTER_BOX = (
    '<div class="css-4e5f6a"><h3>Get the evening briefing</h3>'
    "<p>The stories that matter to the valley, in your inbox every weekday at six.</p>"
    '<form action="/newsletters/subscribe" method="post"><input type="email" name="email">'
    '<button type="submit">Sign up</button></form>'
    '<p class="small">By signing up you agree to our privacy notice. You can unsubscribe '
    "at any time.</p></div>"
)


def test_a_newsletter_sign_up_box_after_the_story_is_not_body() -> None:
    html = _hashed_page("".join(f"<p>{text}</p>" for text in PROSE), outside=NEWSLETTER_BOX)
    paragraphs, headings = extract(html)
    assert paragraphs[-1] == PROSE[-1]
    assert "Get the evening briefing" not in headings


def test_topic_links_and_author_bio_between_story_and_sign_up_box_are_not_body() -> None:
    """What lies between the story and a sign-up box is no gap in the story."""
    after = (
        '<div class="css-6a7b8c"><h4>Topics</h4><ul><li><a href="/topic/parks">Parks</a></li>'
        '<li><a href="/topic/council">Council</a></li></ul></div>'
        '<div class="css-1f2e3d"><img src="/authors/rd.jpg" alt="">'
        "<div><strong>Rosa Delgado</strong><p>Rosa Delgado is the Example's local government "
        'reporter.</p><a href="https://social.example/rosa">Follow on X</a></div></div>'
    )
    html = _hashed_page(
        "".join(f"<p>{text}</p>" for text in PROSE), after=after, outside=NEWSLETTER_BOX
    )
    paragraphs, headings = extract(html)
    assert paragraphs[-1] == PROSE[-1]
    assert "Topics" not in headings


def test_a_pull_quote_set_beside_the_text_is_kept_with_its_attribution() -> None:
    """Pull quotes are framed as asides or picture-less figures; the quote is text the story
    shows, even when it repeats one of its sentences, and who said it is a paragraph of its
    own."""
    quote = "A park is only as good as the people who are willing to look after it."
    repeated = "Critics worry about the cost of cleaning the soil along the water."
    html = page(
        f'<aside class="pull" role="presentation"><blockquote><p>{quote}</p>'
        "<footer>Mayor Ines Park</footer></blockquote></aside>",
        f'<figure class="pull-quote alignright"><blockquote><p>{repeated}</p></blockquote>'
        "</figure>",
    )
    paragraphs, _ = extract(html)
    assert paragraphs[2:5] == [quote, "Mayor Ines Park", repeated]


def _table_layout_page(story: str) -> str:
    """An old CMS page laid out in a table: section links, the story's cell (headline, standfirst,
    date line, story, related-story and comment tables), and a most-read column."""
    return f"""<!DOCTYPE html><html><head><title>Park plan divides the council</title></head>
<body><div id="navbar"><a href="/">Home</a> | <a href="/news">News</a></div>
<table width="980" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="leftcol" width="160" valign="top"><b>Sections</b><br /><a href="/news">News</a><br />
<a href="/sport">Sport</a></td>
<td id="centrecol" width="600" valign="top">
<h1 class="storyheadline">Park plan divides the council</h1>
<div class="storysubhead">Residents to have their say at a hearing next month</div>
<div class="storydate">by Staff Reporter | Tuesday, 14 May 2024, 09:30</div>
<div id="storytext">{story}</div>
<table class="related" width="100%"><tr><th>Related stories</th></tr>
<tr><td><a href="/news/1.html">Market traders angry at parking changes</a></td></tr>
<tr><td><a href="/news/2.html">School fair raises £3,000</a></td></tr></table>
<table class="comments" width="100%"><tr><th>Your comments</th></tr>
<tr><td><b>parkfan</b> wrote on 14/05/2024 10:02:<br>About time too, this has taken years.</td></tr>
</table></td>
<td id="rightcol" width="220" valign="top"><b>Most read</b><ol><li><a href="/n/1">Crash on the
bypass</a></li><li><a href="/n/2">Lost cat found</a></li></ol></td></tr></table>
<div id="footer">&copy; 2024 Example Gazette</div></body></html>"""


def test_a_story_in_a_table_layout_is_read_without_the_cells_around_it() -> None:
    html = _table_layout_page("".join(f"<p>{text}</p>" for text in PROSE))
    paragraphs, headings = extract(html)
    assert paragraphs == PROSE
    assert headings == []


def test_a_story_written_between_blank_lines_in_a_table_layout_is_its_paragraphs() -> None:
    html = _table_layout_page("\n" + "<br><br>\n\n".join(PROSE) + "<br><br>\n")
    paragraphs, _ = extract(html)
    assert paragraphs == PROSE


def test_contact_lines_closing_a_release_are_not_body_but_a_contact_sentence_is() -> None:
    closing = "Anyone with views on the plan can email the planning office before the hearing."
    html = page().replace(
        "</div></article>",
        f"<p>{closing}</p><h2>Media enquiries</h2>"
        "<p>Email: press@council.example.org<br>Telephone: 020 7946 0000 (24 hours)</p>"
        "</div></article>",
    )
    paragraphs, headings = extract(html)
    assert paragraphs[-1] == closing
    assert "Media enquiries" not in headings


def test_the_quick_template_line_test_agrees_with_the_full_pattern() -> None:
    from newsbot.parsing.html_article import BOILERPLATE_LINE, is_boilerplate_line

    lines = [
        "Sign up for our daily newsletter to get the news in your inbox",
        "Get the best stories in your INBOX: sign up today",
        "5 min read",
        "Reading time 4 minutes",
        "Follow her on Twitter @reporter",
        "The mayor may be reached at city hall on weekdays",
        "© 2024 Example News. All rights reserved.",
        "Copyright Example Media. All Rights Reserved",
        "Posted 12 March 2024 10:45 a.m. GMT",
        "By Jane Doe 10:45 am",
        "Last updated: 3 May 2024",
        "Related: the budget debate",
        # the letters a case-blind match takes for "i" and "s" that lower() does not change
        "Sign up for the İnbox edition and the newsletter",
        "Sign up for the ınbox edition of our daily newſletter",
        "FOLLOW ŞEHRİ ON TWİTTER",
        "The council said the plan was read in full at the meeting on Monday.",
        "He told reporters: “We will follow the rules.”",
        "A local newsletter reported the fire at 10:30 on Sunday, police said.",
        "Prices rose 3% in March, the statistics office said.",
    ]
    for line in lines:
        assert is_boilerplate_line(line) == bool(BOILERPLATE_LINE.match(line)), line
    assert is_boilerplate_line("Sign up for the İnbox edition and the newsletter")
    assert not is_boilerplate_line("Prices rose 3% in March, the statistics office said.")

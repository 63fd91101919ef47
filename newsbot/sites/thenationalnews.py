"""The National (Abu Dhabi): fact boxes carried URL-encoded, English/Arabic switcher.

Its article pages put fact boxes in the story as percent-encoded HTML (in ``data-`` attributes
of the box, or as a text node full of ``%3C``), repeat each photo caption with a trailing agency
credit, and end with a visible "Updated:" line. The generic extraction handles all of these;
this module removes the template parts around the story that the generic rules cannot know.
"""

from __future__ import annotations

from newsbot.items import ParsedArticle
from newsbot.parsing.html_article import extract_generic

DOMAINS = ("thenationalnews.com",)

TEMPLATE_PARTS = (
    "//*[contains(@class, 'recirculation')]",
    "//*[contains(@class, 'newsletter')]",
    "//*[contains(@class, 'most-popular')]",
    "//*[contains(@class, 'article-tags')]",
)


def parse(html: str, url: str | None) -> ParsedArticle | None:
    """The article with The National's template parts pruned before extraction."""
    article = extract_generic(html, url, prune_xpath=TEMPLATE_PARTS)
    return article if article.blocks else None

"""Made-up text-dump pieces shared by the text-dump rule tests."""

HEADLINE = "Harbour council approves new ferry route to the northern islands"
LEAD = (
    "The harbour council approved a new ferry route on Monday after a debate that lasted six "
    "hours, ending two years of argument over how the northern islands should be served."
)
SECOND = "Officials said the first crossings would run in the spring, weather permitting."
THIRD = "The operator will buy two second-hand vessels and hire forty crew from the islands."


def dump(*blocks: str) -> str:
    """A dump of these blocks, one blank line apart."""
    return "\n\n".join(blocks) + "\n"


def assert_chrome(lines: list[str]) -> None:
    """Each of these lines, set between two paragraphs of a story, leaves the story's text as
    it was: no paragraph, heading or box of its own."""
    from newsbot.parsing.textdump import parse_text_dump

    for line in lines:
        article = parse_text_dump(dump(HEADLINE, LEAD, line, SECOND))
        assert article.paragraphs == [LEAD, SECOND], line
        assert article.headings == [], line
        assert article.widgets == [], line

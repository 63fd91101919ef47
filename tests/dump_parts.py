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

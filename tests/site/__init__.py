"""A fixture news site and the tools to crawl it in tests."""

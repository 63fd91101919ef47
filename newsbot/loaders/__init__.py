"""File loaders for replay: saved dumps, pages, WARC and JSON Lines in, raw documents out.

Loaders read and never parse article structure or store; every byte of a document is kept as
read so it can be given back, and a file or record that cannot become a document at all is a
:class:`LoadProblem` instead of an exception.
"""

from __future__ import annotations

from newsbot.loaders.load import load_path, load_paths
from newsbot.loaders.options import LoaderOptions, LoadProblem, describe_path
from newsbot.loaders.walk import iter_paths

__all__ = ["LoadProblem", "LoaderOptions", "describe_path", "iter_paths", "load_path", "load_paths"]

"""Find the files under the paths a user gives, safely."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from newsbot.loaders.options import LoadProblem, describe_path

logger = logging.getLogger(__name__)

ProblemHandler = Callable[[LoadProblem], None]


def iter_paths(
    paths: Sequence[str | Path], *, on_problem: ProblemHandler | None = None
) -> Iterator[Path]:
    """Files under files/folders, recursively, sorted by name within each folder.

    Symlinks are followed, but every folder and file is visited once (by device and inode), so a
    symlink loop ends the walk of that branch instead of running forever. Broken links, loops,
    unreadable folders and things that are not regular files (a FIFO would block a read forever)
    are skipped and passed to ``on_problem``; without one they are logged.
    """
    report = on_problem or _log_problem
    seen: set[tuple[int, int]] = set()
    for given in paths:
        yield from _walk(Path(given), report, seen, ancestors=())


def _walk(
    path: Path,
    report: ProblemHandler,
    seen: set[tuple[int, int]],
    ancestors: tuple[tuple[int, int], ...],
) -> Iterator[Path]:
    try:
        info = path.stat()
    except FileNotFoundError:
        reason = "broken symlink" if path.is_symlink() else "no such file or folder"
        report(LoadProblem(describe_path(path), reason))
        return
    except OSError as error:
        # ELOOP: a link that points at itself, directly or through other links.
        report(LoadProblem(describe_path(path), f"cannot read: {error.strerror or error}"))
        return
    identity = (info.st_dev, info.st_ino)
    if stat.S_ISDIR(info.st_mode):
        if identity in ancestors:
            report(LoadProblem(describe_path(path), "symlink loop"))
            return
        if identity in seen:
            return
        seen.add(identity)
        try:
            with os.scandir(path) as entries:
                names = sorted((entry.name for entry in entries), key=os.fsencode)
        except OSError as error:
            report(LoadProblem(describe_path(path), f"cannot list folder: {error.strerror}"))
            return
        for name in names:
            yield from _walk(path / name, report, seen, (*ancestors, identity))
    elif stat.S_ISREG(info.st_mode):
        if identity not in seen:
            seen.add(identity)
            yield path
    else:
        report(LoadProblem(describe_path(path), "not a regular file"))


def _log_problem(problem: LoadProblem) -> None:
    logger.warning("skipped %s: %s", problem.source, problem.reason)

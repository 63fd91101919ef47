"""Run the `newsbot` command as a user does: a real process, real database."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def newsbot(
    *args: str, db: str | None = None, check: bool = True, timeout: float = 600
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "newsbot", *args]
    if db is not None:
        command += ["--db", db]
    result = subprocess.run(command, capture_output=True, cwd=ROOT, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(
            f"newsbot {' '.join(args)} exited {result.returncode}:\n"
            f"{result.stderr.decode(errors='replace')[-3000:]}"
        )
    return result


def replay(*paths: str | Path, db: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """Replay and return the summary."""
    result = newsbot("replay", *map(str, paths), "--json", "--no-progress", *extra, db=db)
    return json.loads(result.stdout)


def export(db: str) -> list[dict[str, Any]]:
    out = newsbot("export", db=db).stdout.decode("utf-8")
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def query_json(*args: str, db: str) -> Any:
    return json.loads(newsbot(*args, "--json", db=db).stdout)

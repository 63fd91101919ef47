"""Stopped runs lose nothing and double nothing once run again with the same command.

A replay and a crawl are stopped part-way, once politely (SIGINT) and once outright (SIGKILL),
after at least one batch has reached the database; then the same command runs to the end. The
database must then hold every document exactly once: the same articles, versions and raw
documents as an uninterrupted run.
"""

from __future__ import annotations

import importlib.util
import json
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from tests.site.server import serve_site
from tests.test_crawl import export, newsbot

ROOT = Path(__file__).resolve().parent.parent
DUMPS = 500
GENERATED = 60
RUN_TIMEOUT = 240
STOP_TIMEOUT = 60  # a polite stop finishes the batch in hand; it must not take longer than this
SIGNALS = [pytest.param(signal.SIGINT, id="sigint"), pytest.param(signal.SIGKILL, id="sigkill")]


def generate_dumps(folder: Path, count: int) -> None:
    """The replay benchmark's generator, loaded from its file (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("replay_speed", ROOT / "bench/replay_speed.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.generate(folder, count)


def stored_articles(db_url: str) -> int:
    """Articles committed so far (0 while the schema does not exist yet)."""
    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM articles")).scalar() or 0)
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def stop_after_first_batch(
    command: list[str], db_url: str, signum: signal.Signals, at_least: int
) -> None:
    """Start `command`, wait until `at_least` articles are stored, then send it `signum`."""
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + RUN_TIMEOUT
    while stored_articles(db_url) < at_least:
        assert process.poll() is None, f"the run ended before it was stopped: {process.stderr}"
        assert time.monotonic() < deadline, "nothing was stored in time"
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be stopped"
    process.send_signal(signum)
    try:
        _, log = process.communicate(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        pytest.fail(f"the run did not stop within {STOP_TIMEOUT} s of {signum.name}")
    if signum == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:
        assert "Traceback" not in log, log[-4000:]
    assert stored_articles(db_url) >= at_least


def run_to_the_end(command: list[str]) -> None:
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=RUN_TIMEOUT, check=False
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "Traceback" not in result.stderr, result.stderr[-4000:]


def totals(db_url: str) -> dict[str, int]:
    return json.loads(newsbot("stats", "--db", db_url, "--json"))["totals"]


def identities(db_url: str) -> list[tuple[str, str | None, str]]:
    return sorted((a["id"], a["url"], a["content_hash"]) for a in export(db_url))


# ---------------------------------------------------------------------------------------------
# Replay


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dumps")
    generate_dumps(folder, DUMPS)
    return folder


@pytest.fixture(scope="module")
def replay_reference(dumps: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list, dict]:
    """What an uninterrupted replay of the dumps stores."""
    db_url = f"sqlite:///{tmp_path_factory.mktemp('reference') / 'reference.db'}"
    run_to_the_end(replay_command(dumps, db_url))
    return identities(db_url), totals(db_url)


def replay_command(folder: Path, db_url: str) -> list[str]:
    return [
        sys.executable, "-m", "newsbot", "replay", str(folder), "--db", db_url,
        "--tagger", "fast", "--no-progress",
    ]  # fmt: skip


@pytest.mark.parametrize("signum", SIGNALS)
def test_a_stopped_replay_run_again_stores_every_dump_once(
    db_url: str, dumps: Path, replay_reference: tuple[list, dict], signum: signal.Signals
) -> None:
    command = replay_command(dumps, db_url)
    stop_after_first_batch(command, db_url, signum, at_least=1)
    run_to_the_end(command)
    expected_identities, expected_totals = replay_reference
    assert len(expected_identities) == DUMPS
    assert identities(db_url) == expected_identities
    assert totals(db_url) == expected_totals


# ---------------------------------------------------------------------------------------------
# Crawl


@pytest.fixture
def redis_prefix(redis_url: str) -> Iterator[str]:
    """A key prefix of the test's own; every key under it is deleted afterwards."""
    import redis

    prefix = f"newsbot-test-{uuid.uuid4().hex[:12]}"
    yield prefix
    server = redis.Redis.from_url(redis_url)
    keys = list(server.scan_iter(f"{prefix}:*"))
    if keys:
        server.delete(*keys)


def crawl_command(db_url: str, *options: str) -> list[str]:
    """A slow crawl (small batches, a delay, two requests at a time) so it can be stopped."""
    return [
        sys.executable, "-m", "scrapy", "crawl", "news",
        "-s", f"NEWSBOT_DB={db_url}",
        "-s", "NEWSBOT_TAGGER=fast",
        "-s", "NEWSBOT_BATCH_SIZE=5",
        "-s", "NEWSBOT_FLUSH_SECONDS=0.5",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0.05",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2",
        "-s", "LOG_LEVEL=INFO",
        *options,
    ]  # fmt: skip


def check_crawl_stored_each_article_once(db_url: str, expected_urls: list[str]) -> None:
    articles = export(db_url)
    assert sorted(a["url"] for a in articles) == expected_urls
    assert len({a["id"] for a in articles}) == len(expected_urls)
    assert len({a["content_hash"] for a in articles}) == len(expected_urls)
    stored = totals(db_url)
    count = len(expected_urls)
    assert (stored["articles"], stored["versions"], stored["raw_documents"]) == (count,) * 3
    assert stored["quarantined"] == 0


@pytest.mark.parametrize("signum", SIGNALS)
def test_a_stopped_crawl_run_again_stores_every_article_once(
    db_url: str, signum: signal.Signals
) -> None:
    with serve_site(generated=GENERATED, delay=0.1) as site:
        command = crawl_command(db_url, "-a", f"urls={site.url('/archive/')}")
        stop_after_first_batch(command, db_url, signum, at_least=5)
        run_to_the_end(command)
        expected = sorted(site.url(path) for path in site.generated_paths())
    check_crawl_stored_each_article_once(db_url, expected)


@pytest.mark.parametrize(
    ("signum", "seeded_by"),
    [
        pytest.param(signal.SIGINT, "command line", id="sigint"),
        pytest.param(signal.SIGKILL, "command line", id="sigkill"),
        pytest.param(signal.SIGKILL, "redis list", id="sigkill-seeds-in-redis"),
    ],
)
def test_a_stopped_shared_crawl_run_again_refetches_what_the_dead_worker_lost(
    postgres_url: str,
    redis_url: str,
    redis_prefix: str,
    signum: signal.Signals,
    seeded_by: str,
) -> None:
    """The shared request filter remembers pages the killed worker never stored; they must
    still be fetched on the rerun, which the database, not the filter, decides."""
    import redis

    with serve_site(generated=GENERATED, delay=0.1) as site:
        options = [
            "-s", f"NEWSBOT_REDIS_URL={redis_url}",
            "-s", f"NEWSBOT_REDIS_PREFIX={redis_prefix}",
            "-s", "MAX_IDLE_TIME_BEFORE_CLOSE=2",
        ]  # fmt: skip
        if seeded_by == "command line":
            options += ["-a", f"urls={site.url('/archive/')}"]
        else:
            start_key = f"{redis_prefix}:news:start_urls"
            redis.Redis.from_url(redis_url).rpush(start_key, site.url("/archive/"))
        command = crawl_command(postgres_url, *options)
        stop_after_first_batch(command, postgres_url, signum, at_least=5)
        run_to_the_end(command)
        expected = sorted(site.url(path) for path in site.generated_paths())
    check_crawl_stored_each_article_once(postgres_url, expected)

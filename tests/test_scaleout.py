"""Several crawl workers sharing one Redis, against the real Redis and PostgreSQL.

Two ``scrapy crawl news`` processes crawl the fixture site (its traps plus a generated archive)
through one Redis queue and request filter into one PostgreSQL database. Each article page must
be fetched once across both, each story stored once, and both workers must stop by themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from scrapy.settings import Settings

from newsbot.redis import apply_redis_settings, parse_start_entry, redis_settings
from tests.site.server import ARTICLE_PAGES, ARTICLES, serve_site
from tests.test_crawl import export

ROOT = Path(__file__).resolve().parent.parent
WORKER_TIMEOUT = 180
GENERATED = 40


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (b"https://ex.com/", "https://ex.com/"),
        ("  https://ex.com/feed \n", "https://ex.com/feed"),
        (b'{"url": "https://ex.com/world/", "meta": {"job": 1}}', "https://ex.com/world/"),
        (b'{"meta": {}}', None),
        (b"{not json", None),
        (b"", None),
    ],
)
def test_start_urls_pushed_to_redis_are_read_in_either_form(
    entry: bytes | str, expected: str | None
) -> None:
    assert parse_start_entry(entry) == expected


def test_several_workers_keep_the_shared_queue_when_one_stops() -> None:
    settings = redis_settings("redis://127.0.0.1:6379/0", "crawl7")
    assert settings["SCHEDULER_PERSIST"] is True
    assert "SCHEDULER_QUEUE_CLASS" not in settings  # scrapy-redis's priority queue stays
    keys = [settings[k] for k in ("SCHEDULER_QUEUE_KEY", "SCHEDULER_DUPEFILTER_KEY")]
    assert all(key.startswith("crawl7:") for key in [*keys, settings["REDIS_START_URLS_KEY"]])


@pytest.mark.parametrize(
    ("environ_url", "setting_url", "expected"),
    [
        (None, None, None),
        ("redis://env:6379/0", None, "redis://env:6379/0"),
        (None, "redis://cmd:6379/1", "redis://cmd:6379/1"),
        ("redis://env:6379/0", "redis://cmd:6379/1", "redis://cmd:6379/1"),
    ],
)
def test_the_redis_switch_reads_the_setting_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
    environ_url: str | None,
    setting_url: str | None,
    expected: str | None,
) -> None:
    monkeypatch.delenv("NEWSBOT_REDIS_URL", raising=False)
    if environ_url:
        monkeypatch.setenv("NEWSBOT_REDIS_URL", environ_url)
    settings = Settings()
    if setting_url:
        settings.set("NEWSBOT_REDIS_URL", setting_url, priority="cmdline")
    switched = apply_redis_settings(settings)
    assert switched is (expected is not None)
    assert settings.get("REDIS_URL") == expected
    default_scheduler = "scrapy.core.scheduler.Scheduler"
    assert (settings.get("SCHEDULER") != default_scheduler) is switched


def test_keys_given_on_the_command_line_win_over_the_switch() -> None:
    settings = Settings()
    settings.set("NEWSBOT_REDIS_URL", "redis://127.0.0.1:6379/0", priority="cmdline")
    settings.set("SCHEDULER_QUEUE_KEY", "mine:requests", priority="cmdline")
    settings.set("MAX_IDLE_TIME_BEFORE_CLOSE", 5, priority="cmdline")
    apply_redis_settings(settings)
    assert settings.get("SCHEDULER_QUEUE_KEY") == "mine:requests"
    assert settings.getint("MAX_IDLE_TIME_BEFORE_CLOSE") == 5
    assert settings.get("SCHEDULER_DUPEFILTER_KEY") == "newsbot:%(spider)s:dupefilter"


# ---------------------------------------------------------------------------------------------
# Two workers, real services


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


def worker_command(db_url: str, redis_url: str, prefix: str, *options: str) -> list[str]:
    return [
        sys.executable, "-m", "scrapy", "crawl", "news",
        "-s", f"NEWSBOT_DB={db_url}",
        "-s", f"NEWSBOT_REDIS_URL={redis_url}",
        "-s", f"NEWSBOT_REDIS_PREFIX={prefix}",
        "-s", "MAX_IDLE_TIME_BEFORE_CLOSE=3",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "CONCURRENT_REQUESTS=2",  # a worker holds few requests, so the other gets some
        "-s", "NEWSBOT_TAGGER=fast",
        "-s", "LOG_LEVEL=INFO",
        *options,
    ]  # fmt: skip


def run_workers(commands: list[list[str]]) -> list[str]:
    """Start every worker at once, wait for each to stop by itself; return their logs."""
    workers = [
        subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        for command in commands
    ]
    logs = []
    for worker in workers:
        try:
            _, log = worker.communicate(timeout=WORKER_TIMEOUT)
        except subprocess.TimeoutExpired:
            for other in workers:
                other.kill()
            pytest.fail("a worker did not stop by itself once the queue stayed empty")
        assert worker.returncode == 0, log[-4000:]
        assert "Traceback" not in log, log[-4000:]
        logs.append(log)
    return logs


@pytest.mark.parametrize("seeded_by", ["command line", "redis list"])
def test_two_workers_share_one_crawl_fetching_and_storing_each_article_once(
    postgres_url: str, redis_url: str, redis_prefix: str, seeded_by: str
) -> None:
    import redis

    server = redis.Redis.from_url(redis_url)
    assert export(postgres_url) == []  # creates the schema before the workers race to
    with serve_site(generated=GENERATED, delay=0.2) as site:  # long enough for both to join
        seeds = [site.url("/"), site.url("/archive/")]
        options: list[str] = []
        if seeded_by == "command line":
            options = ["-a", "urls=" + ",".join(seeds)]
        else:
            server.rpush(f"{redis_prefix}:news:start_urls", seeds[0], json.dumps({"url": seeds[1]}))
        commands = [
            worker_command(
                postgres_url, redis_url, redis_prefix, "-s", f"USER_AGENT=newsbot/1 w{n}", *options
            )
            for n in (1, 2)
        ]
        run_workers(commands)
        counts = site.fetch_counts()
        pages = [*ARTICLE_PAGES, *site.generated_paths()]
        expected_urls = sorted(site.url(p) for p in [*ARTICLES, *site.generated_paths()])

    assert {path: counts[path] for path in pages} == dict.fromkeys(pages, 1)
    assert counts["/"] == counts["/archive/"] == 1  # the seeds too
    assert site.user_agents == {"newsbot/1 w1", "newsbot/1 w2"}  # both took part
    articles = export(postgres_url)
    assert sorted(a["url"] for a in articles) == expected_urls
    assert len({a["id"] for a in articles}) == len(articles)
    # The last worker out ended the run: nothing is left to skip tomorrow's pages.
    assert list(server.scan_iter(f"{redis_prefix}:*")) == []

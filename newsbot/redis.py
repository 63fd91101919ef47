"""Several crawl workers sharing one Redis: request queue, request filter and start URLs.

Switched on by ``NEWSBOT_REDIS_URL`` (a setting, so ``-s NEWSBOT_REDIS_URL=...`` works, or the
environment variable of that name). Every ``scrapy crawl news`` process pointed at the same Redis
and key prefix then works on one crawl: scrapy-redis shares the queue and the seen-request
filter, and start URLs pushed to ``<prefix>:news:start_urls`` are read by whichever worker is
free.

What is stored is decided by the database, not by Redis. A worker killed outright takes its
in-flight requests with it, yet their fingerprints stay in the shared filter, which would then
turn those pages away forever. So the filter lives for one *run*: the first worker to come up
with no other live worker (live = holding a named Redis connection, which the server drops the
moment a process dies) starts a new run, which empties the filter, keeps the requests still
queued (marking them seen again), and re-seeds from every start URL the crawl was given. Pages
already stored are skipped by the spider's stored-URL check; those lost in flight are found
again through the seeds. The last worker to finish normally ends the run and clears its state.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Mapping
from typing import Any

import redis
from scrapy import Spider
from scrapy.settings import Settings
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.scheduler import Scheduler

logger = logging.getLogger(__name__)

REDIS_URL_SETTING = "NEWSBOT_REDIS_URL"
DEFAULT_PREFIX = "newsbot"
DEFAULT_MAX_IDLE_SECONDS = 30
LOCK_SECONDS = 30


def redis_url_from(settings: Settings, environ: Mapping[str, str] | None = None) -> str | None:
    """The Redis URL to crawl through: the setting first, then the environment, else None."""
    env = os.environ if environ is None else environ
    return settings.get(REDIS_URL_SETTING) or env.get(REDIS_URL_SETTING) or None


def redis_settings(url: str, prefix: str = DEFAULT_PREFIX) -> dict[str, Any]:
    """The Scrapy settings that turn a crawl into one worker of a shared scrapy-redis crawl.

    ``SCHEDULER_PERSIST`` is on because with several workers the first to stop would otherwise
    wipe the queue the others still work from. The queue stays scrapy-redis's default priority
    queue, so discovery requests (feeds, sitemaps) still go before article pages.

    >>> redis_settings("redis://127.0.0.1:6379/0", "t1")["SCHEDULER_QUEUE_KEY"]
    't1:%(spider)s:requests'
    """
    return {
        "REDIS_URL": url,
        "SCHEDULER": "newsbot.redis.RunScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:%(spider)s:dupefilter",
        "REDIS_START_URLS_KEY": f"{prefix}:%(name)s:start_urls",
        "MAX_IDLE_TIME_BEFORE_CLOSE": DEFAULT_MAX_IDLE_SECONDS,
    }


def apply_redis_settings(settings: Settings) -> bool:
    """Switch `settings` to the shared Redis crawl when a Redis URL is given; say if it did.

    Set at project priority so a ``-s`` on the command line (a per-test key, a longer idle
    time) still wins.
    """
    url = redis_url_from(settings)
    if not url:
        return False
    prefix = settings.get("NEWSBOT_REDIS_PREFIX") or DEFAULT_PREFIX
    for name, value in redis_settings(url, prefix).items():
        settings.set(name, value, priority="project")
    settings.set(REDIS_URL_SETTING, url, priority="project")
    return True


def redis_enabled(settings: Settings) -> bool:
    return settings.get("SCHEDULER") == "newsbot.redis.RunScheduler"


def run_keys(queue_key: str) -> dict[str, str]:
    """Keys and the worker connection name of one shared crawl, derived from its queue key."""
    digest = hashlib.sha1(queue_key.encode()).hexdigest()[:16]
    return {
        "seeds": f"{queue_key}:seeds",
        "lock": f"{queue_key}:lock",
        "worker_name": f"newsbot-worker-{digest}",
    }


def parse_start_entry(data: bytes | str) -> str | None:
    """A start URL pushed to Redis: a bare URL or scrapy-redis's JSON form ``{"url": ...}``."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    text = text.strip()
    if text.startswith("{"):
        try:
            url = json.loads(text).get("url")
        except (ValueError, AttributeError):
            return None
        return url.strip() if isinstance(url, str) and url.strip() else None
    return text or None


class SharedSeeds:
    """The start URLs of the current run: popped from the start-URL list, kept in a set.

    Popping hands each pushed URL to one worker; keeping them lets a run that follows a crash
    start over from every seed, since pages lost in flight are found again only from there.
    """

    def __init__(self, server: redis.Redis, start_key: str, seeds_key: str, batch: int) -> None:
        self.server = server
        self.start_key = start_key
        self.seeds_key = seeds_key
        self.batch = batch

    @classmethod
    def for_spider(cls, spider: Spider) -> SharedSeeds:
        settings = spider.settings
        queue_key = settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
        return cls(
            get_redis_from_settings(settings),
            settings.get("REDIS_START_URLS_KEY") % {"name": spider.name},
            run_keys(queue_key)["seeds"],
            settings.getint("CONCURRENT_REQUESTS", 16),
        )

    def take_new(self) -> list[str]:
        """Pop up to a batch of pushed start URLs and remember them for this run."""
        with self.server.pipeline() as pipe:
            pipe.lrange(self.start_key, 0, self.batch - 1)
            pipe.ltrim(self.start_key, self.batch, -1)
            entries, _ = pipe.execute()
        urls = [u for u in map(parse_start_entry, entries) if u]
        self.remember(urls)
        return urls

    def remember(self, urls: list[str]) -> None:
        if urls:
            self.server.sadd(self.seeds_key, *urls)

    def known(self) -> list[str]:
        members = self.server.smembers(self.seeds_key)
        return sorted(u.decode() if isinstance(u, bytes) else u for u in members)


class RunScheduler(Scheduler):
    """scrapy-redis's scheduler with runs: a new run forgets requests lost by dead workers.

    See the module docstring for why. Every worker keeps one Redis connection named after the
    crawl; ``CLIENT LIST`` then says which workers are alive, and a lock makes joining and the
    start or end of a run one step, so two workers starting together agree on who begins.
    """

    presence: redis.Redis | None = None

    def open(self, spider: Spider) -> None:
        super().open(spider)
        keys = run_keys(self.queue.key)
        self.keys = keys
        pool = self.server.connection_pool
        named = redis.ConnectionPool(
            connection_class=pool.connection_class,
            **{**pool.connection_kwargs, "client_name": keys["worker_name"]},
        )
        self.presence = redis.Redis(connection_pool=named, single_connection_client=True)
        with self.server.lock(keys["lock"], timeout=LOCK_SECONDS, blocking_timeout=LOCK_SECONDS):
            self.presence.ping()  # the named connection now exists: this worker is visible
            if self.live_peers() == 0:
                self.start_run()
            else:
                logger.info("Joining a running crawl (%d other workers)", self.live_peers())

    def live_peers(self) -> int:
        """Other workers of this crawl still connected to Redis."""
        assert self.presence is not None
        own_id = self.presence.client_id()
        return sum(
            1
            for client in self.server.client_list()
            if client.get("name") == self.keys["worker_name"] and int(client["id"]) != own_id
        )

    def start_run(self) -> None:
        """Forget what dead workers had seen; keep their queued requests, marked seen again."""
        self.df.clear()
        leftovers = self.server.zrange(self.queue.key, 0, -1)
        fingerprints = []
        for encoded in leftovers:
            request = self.queue._decode_request(encoded)
            if not request.dont_filter:
                fingerprints.append(self.df.request_fingerprint(request))
        if fingerprints:
            self.server.sadd(self.df.key, *fingerprints)
        logger.info("Starting a new crawl run (%d queued requests kept)", len(leftovers))

    def close(self, reason: str) -> None:
        try:
            with self.server.lock(
                self.keys["lock"], timeout=LOCK_SECONDS, blocking_timeout=LOCK_SECONDS
            ):
                if reason == "finished" and self.live_peers() == 0 and not len(self.queue):
                    # The last worker done with an empty queue: the run is over.
                    self.df.clear()
                    self.server.delete(self.keys["seeds"])
                    logger.info("Crawl run finished; its seen-request filter is cleared")
                self.leave()
        finally:
            self.leave()
            super().close(reason)

    def leave(self) -> None:
        """Stop counting as a live worker before the lock is released, not when TCP closes."""
        if self.presence is not None:
            self.presence.client_setname(f"{self.keys['worker_name']}-gone")
            self.presence.close()
            self.presence = None

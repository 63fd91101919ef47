"""Scrapy settings for newsbot. Stage order is data: ITEM_PIPELINES below."""

from __future__ import annotations

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"

ITEM_PIPELINES = {
    "newsbot.pipelines.structure.StructurePipeline": 100,
    "newsbot.pipelines.dedup.DedupPipeline": 200,
    "newsbot.pipelines.widgets.WidgetPipeline": 300,
    "newsbot.pipelines.entities.EntityPipeline": 400,
    "newsbot.pipelines.persistence.PersistencePipeline": 900,
}

EXTENSIONS = {"newsbot.extensions.SettledHeap": 100, "newsbot.extensions.RunSummary": 900}

# Each stage can be switched off: NEWSBOT_<STAGE>_ENABLED = False.
NEWSBOT_DB = None  # falls back to $NEWSBOT_DB, then sqlite:///newsbot.db
NEWSBOT_TAGGER = "default"  # "default", "fast", or "spacy:<package or path>"
NEWSBOT_TAGGER_BATCH = 64  # documents tagged together (nlp.pipe)
NEWSBOT_BATCH_SIZE = 1000  # documents per database write (its lookups and commit cost ~the same)
NEWSBOT_FLUSH_SECONDS = 2.0  # a partial batch is written at least this often
NEWSBOT_REDIS_URL = None  # or $NEWSBOT_REDIS_URL: crawl as one worker of a Redis-shared crawl
NEWSBOT_REDIS_PREFIX = "newsbot"  # Redis key prefix of the shared crawl

USER_AGENT = "newsbot/0.1 (+https://github.com/newsbot/newsbot)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no code-running console on a port either (Scrapy >= 2.19)
LOG_LEVEL = "WARNING"
LOG_FORMATTER = "newsbot.logformatter.QuietLogFormatter"
LOGSTATS_INTERVAL = 0
FEED_EXPORT_ENCODING = "utf-8"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

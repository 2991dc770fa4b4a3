"""Scrapy settings for partynews.

Polite by default: robots.txt obeyed, one request at a time per domain, AutoThrottle on.
Values a user changes per run (store path, budgets, replay) come from the
`partynews crawl` command or `-s NAME=VALUE`.
"""

BOT_NAME = "partynews"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

USER_AGENT = "partynews/0.1 (+https://github.com/partynews/partynews; news archive crawler)"
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 0.5
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = True
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "crawler.pipelines.ValidatePipeline": 100,
    "crawler.pipelines.NormalisePipeline": 200,
    "crawler.pipelines.DedupePipeline": 300,
    "crawler.pipelines.StorePipeline": 400,
}

# partynews settings
PARTYNEWS_DB = None  # None: $PARTYNEWS_DB or data/partynews.db
PARTYNEWS_RUN_ID = None
PARTYNEWS_MIN_BODY_CHARS = 200
PARTYNEWS_SINCE = None  # cutoff date when the spider argument `since` is not given (scrapyd jobs)

# --- Run history, per-site locks, post-run checks (crawler/extensions) ---
EXTENSIONS = {
    **globals().get("EXTENSIONS", {}),
    "crawler.extensions.runs.RunRecorder": 400,  # before Spidermon: its run row and stats come first
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "crawler.extensions.progress.CrawlProgress": 600,
}
PARTYNEWS_PROGRESS = "auto"  # progress line on stderr: auto (only on a terminal), on, off
PARTYNEWS_PROGRESS_INTERVAL = 1.0  # seconds between progress lines
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["crawler.extensions.monitor.RunChecks"]
PARTYNEWS_TRIGGER = "manual"  # "scheduled" when the scheduler or scrapyd starts the crawl
PARTYNEWS_HEARTBEAT_INTERVAL = 30.0  # seconds between lock/run heartbeats
PARTYNEWS_LOCK_STALE_AFTER = 600.0  # seconds without heartbeat before another host may take the lock
PARTYNEWS_MIN_DATE_COVERAGE = 0.95
PARTYNEWS_MIN_BODY_COVERAGE = 1.0
PARTYNEWS_MIN_AUTHOR_COVERAGE = 0.0  # 0: not checked
PARTYNEWS_MAX_ERROR_RATE = 0.2
PARTYNEWS_MAX_GENERIC_SHARE = 0.5  # bodies from the generic layer on a site with rules
PARTYNEWS_ZERO_ARTICLES_HISTORY = 5
PARTYNEWS_ALERT_COMMAND = None  # e.g. "mail -s partynews ops@example.org": alert JSON on stdin
PARTYNEWS_ALERT_WEBHOOK = None  # URL receiving the alert JSON by POST

"""Downloader middlewares: retries that back off, dropped redirects recorded, an HTTP error count that is fair.

`BackoffRetryMiddleware`: Scrapy's RetryMiddleware re-queues a failed request at
once, hammering a server that just said it is overloaded. This subclass waits
before handing the retry back: ``PARTYNEWS_RETRY_BACKOFF_BASE * 2 ** (attempt - 1)``
seconds, or the server's ``Retry-After`` (seconds or an HTTP date) when it sends
one, never more than ``PARTYNEWS_RETRY_BACKOFF_MAX`` (60 s by default; tests and
replay make both tiny).
The wait is asynchronous: other domains keep crawling meanwhile.

`DroppedRedirectMiddleware`: Scrapy's RedirectMiddleware hands the redirected
request to the scheduler, whose duplicate filter silently discards it when the
target was already requested in this run: an A -> B -> A loop, a page that
redirects to itself, or a redirect to a page crawled under its own URL. Such a
request never reaches an errback, so the URL the spider asked for would end with
no article and no reject. This middleware listens for `request_dropped` and
records the first URL of the chain as a reject: ``redirect_loop`` when the target
is already in the chain, else ``redirect_duplicate``.

`ExcludedAttemptStatsMiddleware`: counts, under ``partynews/excluded_attempts/*``,
the attempts Scrapy's downloader stats count that are not HTTP errors of the
pages the spider wanted: robots.txt fetches (a site without one answers 404, and
so does replay), replay's 404 for a URL no snapshot holds (no server answered;
the spider records it as ``replay_missing``), a 404/410 on a guessed listing page
(the end of the section, by the spider's own rule) and requests a middleware
refused before any download (IgnoreRequest: robots-disallowed, offsite). The
run's HTTP error rate (`crawler.extensions.runs.http_error_counts`) leaves them out.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message
from w3lib.url import canonicalize_url

from crawler.replay import MISSING_FLAG

logger = logging.getLogger(__name__)

#: Stats prefix of the attempts that the run's HTTP error rate leaves out.
EXCLUDED_PREFIX = "partynews/excluded_attempts/"


def retry_after_seconds(value: bytes | str | None, *, now: datetime | None = None) -> float | None:
    """The delay a Retry-After header asks for, or None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def backoff_delay(attempt: int, *, base: float, maximum: float, retry_after: float | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based)."""
    delay = retry_after if retry_after is not None else base * (2 ** max(0, attempt - 1))
    return max(0.0, min(maximum, delay))


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware with exponential backoff and Retry-After support."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("PARTYNEWS_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("PARTYNEWS_RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request, response):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._wait(retry, retry_after_seconds(response.headers.get(b"Retry-After")))
        return retry

    async def process_exception(self, request, exception):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._wait(retry, None)
        return retry

    async def _wait(self, retry, retry_after: float | None) -> None:
        attempt = int(retry.meta.get("retry_times", 1))
        delay = backoff_delay(attempt, base=self.backoff_base, maximum=self.backoff_max, retry_after=retry_after)
        if delay <= 0:
            return
        self.crawler.stats.inc_value("partynews/retry_backoff_seconds", delay)
        logger.debug("Backing off %.2fs before retry %d of %s", delay, attempt, retry.url)
        from twisted.internet import reactor, task

        await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))


class DroppedRedirectMiddleware:
    """Record, as the spider's reject, a redirect that the duplicate filter dropped (see the module docstring)."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> "DroppedRedirectMiddleware":
        middleware = cls(crawler)
        crawler.signals.connect(middleware.request_dropped, signal=signals.request_dropped)
        return middleware

    def request_dropped(self, request, spider) -> None:
        chain = request.meta.get("redirect_urls")
        if not chain:
            return  # a link found twice: the first request stands for it
        target = canonicalize_url(request.url)
        loop = any(canonicalize_url(url) == target for url in chain)
        reason = "redirect_loop" if loop else "redirect_duplicate"
        path = " -> ".join([*chain, request.url])
        detail = f"{path} ({'loops back' if loop else 'target already requested in this run'})"
        reject = getattr(spider, "reject", None)
        if callable(reject):
            reject(chain[0], reason, detail)
        else:
            self.crawler.stats.inc_value(f"partynews/rejected/{reason}")
            logger.info("Dropped redirect: %s", detail)


def is_robots_txt(request) -> bool:
    return urlsplit(request.url).path == "/robots.txt"


def is_excluded_response(request, response) -> bool:
    """Whether a response is left out of the run's HTTP error rate (see the module docstring)."""
    if is_robots_txt(request) or MISSING_FLAG in response.flags:
        return True
    return bool(request.meta.get("guessed")) and response.status in (404, 410)


class ExcludedAttemptStatsMiddleware:
    """Count the download attempts that are not the spider's HTTP traffic (see the module docstring).

    Ordered next to Scrapy's DownloaderStats (850) so both see the same attempts: the
    run's HTTP error rate is DownloaderStats' counts minus these.
    """

    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler) -> "ExcludedAttemptStatsMiddleware":
        return cls(crawler.stats)

    def process_response(self, request, response):
        if is_excluded_response(request, response):
            self.stats.inc_value(f"{EXCLUDED_PREFIX}responses")
            if response.status >= 400:
                self.stats.inc_value(f"{EXCLUDED_PREFIX}errors")
        return response

    def process_exception(self, request, exception):
        if is_robots_txt(request) or isinstance(exception, IgnoreRequest):
            self.stats.inc_value(f"{EXCLUDED_PREFIX}exceptions")
        return None

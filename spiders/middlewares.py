"""Retries that back off: exponential delays, Retry-After honoured, both bounded.

Scrapy's RetryMiddleware re-queues a failed request at once, hammering a server
that just said it is overloaded. This subclass waits before handing the retry back:
``PARTYNEWS_RETRY_BACKOFF_BASE * 2 ** (attempt - 1)`` seconds, or the server's
``Retry-After`` (seconds or an HTTP date) when it sends one, never more than
``PARTYNEWS_RETRY_BACKOFF_MAX`` (60 s by default; tests and replay make both tiny).
The wait is asynchronous: other domains keep crawling meanwhile.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.response import response_status_message

logger = logging.getLogger(__name__)


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

"""Crawl progress on the terminal: sites done, pages, articles, rejects and rate, on one line.

Setting ``PARTYNEWS_PROGRESS``: ``auto`` (the default) shows it only when stderr is a
terminal, where the line is redrawn in place every ``PARTYNEWS_PROGRESS_INTERVAL``
seconds; cron, CI and the scheduler's log files are not terminals and stay quiet.
``on`` prints a plain line per interval wherever stderr goes; ``off`` never prints.

``partynews crawl --all`` runs every spider in one process, so all the crawlers of a
process share one `ProgressBoard` and one line, not a line per site.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from scrapy import signals
from scrapy.exceptions import NotConfigured

_OFF = ("off", "false", "0", "no", "none")
_ON = ("on", "true", "1", "yes")


class ProgressBoard:
    """The totals of every crawler in this process, written to one stream."""

    _current: "ProgressBoard | None" = None

    def __init__(self, stream: TextIO, *, redraw: bool, interval: float) -> None:
        self.stream = stream
        self.redraw = redraw
        self.interval = interval
        self.crawlers: list = []
        self.open = 0
        self.started = None
        self._loop = None

    @classmethod
    def shared(cls, stream: TextIO, *, redraw: bool, interval: float) -> "ProgressBoard":
        if cls._current is None or cls._current.stream is not stream:
            cls._current = cls(stream, redraw=redraw, interval=interval)
        return cls._current

    def opened(self, crawler) -> None:
        if crawler not in self.crawlers:
            self.crawlers.append(crawler)
        self.open += 1
        if self._loop is None:
            from twisted.internet import task

            self.started = time.monotonic()
            self._loop = task.LoopingCall(self.write)
            self._loop.start(self.interval, now=False)

    def closed(self) -> None:
        self.open -= 1
        if self.open > 0:
            return
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        self._loop = None
        self.write(final=True)
        if ProgressBoard._current is self:
            ProgressBoard._current = None

    def totals(self) -> dict[str, int]:
        def total(key: str) -> int:
            return sum(int(c.stats.get_value(key, 0) or 0) for c in self.crawlers)

        return {
            "sites": len(self.crawlers),
            "done": len(self.crawlers) - self.open,
            "pages": total("downloader/response_count"),
            "articles": total("item_scraped_count"),
            "new": total("partynews/articles_new"),
            "rejected": total("partynews/rejected"),
        }

    def line(self) -> str:
        t = self.totals()
        elapsed = time.monotonic() - (self.started or time.monotonic())
        rate = t["pages"] / elapsed if elapsed > 0 else 0.0
        minutes, seconds = divmod(int(elapsed), 60)
        return (f"progress {minutes}:{seconds:02d}  sites {t['done']}/{t['sites']} done  pages {t['pages']}  "
                f"articles {t['articles']} ({t['new']} new stored)  rejects {t['rejected']}  {rate:.1f} pages/s")

    def write(self, final: bool = False) -> None:
        text = self.line()
        if self.redraw:
            text = "\r\x1b[K" + text + ("\n" if final else "")
        else:
            text += "\n"
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            pass  # a closed or broken terminal must not fail the crawl


class CrawlProgress:
    """Scrapy extension feeding one crawler's stats to the process's `ProgressBoard`."""

    def __init__(self, board: ProgressBoard, crawler) -> None:
        self.board = board
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler, stream: TextIO | None = None) -> "CrawlProgress":
        stream = stream or sys.stderr
        mode = str(crawler.settings.get("PARTYNEWS_PROGRESS", "auto")).strip().lower()
        terminal = _is_terminal(stream)
        if mode in _OFF or (mode not in _ON and not terminal):
            raise NotConfigured
        interval = crawler.settings.getfloat("PARTYNEWS_PROGRESS_INTERVAL", 1.0)
        board = ProgressBoard.shared(stream, redraw=terminal, interval=max(interval, 0.05))
        extension = cls(board, crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        self.board.opened(self.crawler)

    def spider_closed(self, spider, reason) -> None:
        self.board.closed()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False

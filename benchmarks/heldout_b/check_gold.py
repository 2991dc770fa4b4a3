#!/usr/bin/env python3
"""Sanity checks for held-out set B (stdlib + lxml). Exit code 1 on any failure."""
import datetime as dt
import glob
import json
import os
import re
import sys
import unicodedata

import lxml.html

HERE = os.path.dirname(os.path.abspath(__file__))
CHROME = [
    "Lượt xem", "lượt xem", "Đang truy cập", "Hôm nay:", "Tổng lượt truy cập", "Thống kê truy cập", "In bài", "Gửi bài",
    "Chia sẻ", "Cỡ chữ", "A+", "Nghe đọc", "Tin liên quan", "Tin cùng chuyên mục", "Tin mới nhất", "Xem nhiều",
    "Ý kiến bạn đọc", "Bản quyền", "Giấy phép số", "Đăng nhập", "Tìm kiếm", "Trang chủ", "Ảnh:", "Nguồn:", "Theo TTXVN",
    "Tác giả:", "Nguồn tin:", "Bài, ảnh", "Đánh giá bài viết", "Thăm dò", "cờ động", "No title", "Các tin khác",
    "Ngày đăng", "Cập nhật", "Gửi lúc", "Ngày in", "Về tác giả", "Bình luận", "bình luận",
]
# article phrases that legitimately contain a chrome word (checked by hand)
ALLOWED = {"05-hoabinh-ldld-thang-cong-nhan": {"Chia sẻ"}}  # theme "Đoàn kết - Đồng hành - Chia sẻ"
KEYS = ["url", "title", "published", "published_precision", "authors", "source", "lead", "body", "images", "notes"]


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def visible_text(doc):
    for bad in doc.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    # put whitespace at element boundaries so block texts do not glue together
    for el in doc.iter():
        if isinstance(el.tag, str):
            el.tail = " " + (el.tail or "")
            if el.tag in ("br", "p", "div", "li", "td", "tr", "h1", "h2", "h3", "figcaption", "span"):
                el.text = " " + (el.text or "")
    return norm(doc.text_content())


def main():
    fails = 0
    pages = sorted(glob.glob(os.path.join(HERE, "pages", "*.html")))
    golds = sorted(glob.glob(os.path.join(HERE, "gold", "*.json")))
    assert [os.path.basename(p)[:-5] for p in pages] == [os.path.basename(g)[:-5] for g in golds], "pages/gold mismatch"

    def fail(name, msg):
        nonlocal fails
        fails += 1
        print(f"FAIL {name}: {msg}")

    lo, hi = dt.datetime(2019, 1, 1), dt.datetime(2026, 11, 30, 23, 59, 59)
    for page, gpath in zip(pages, golds):
        name = os.path.basename(gpath)[:-5]
        raw = open(gpath, encoding="utf-8").read()
        if unicodedata.normalize("NFC", raw) != raw:
            fail(name, "gold not NFC")
        g = json.loads(raw)
        if list(g) != KEYS:
            fail(name, f"keys {list(g)}")
        try:
            data = open(page, "rb").read()
            doc = lxml.html.fromstring(data.decode("utf-8"))
            # the page must also decode correctly when lxml is handed raw bytes
            h = lxml.html.fromstring(data).xpath("//body")[0].text_content()
            if h != lxml.html.fromstring(data.decode("utf-8")).xpath("//body")[0].text_content():
                fail(name, "lxml byte-parse decodes differently (charset meta placement?)")
        except Exception as ex:  # noqa
            fail(name, f"lxml parse: {ex}")
            continue
        text = visible_text(doc)
        # dates
        p, prec = g["published"], g["published_precision"]
        if p is None:
            if prec is not None:
                fail(name, "precision without date")
        else:
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", p):
                fail(name, f"bad ISO {p}")
            d = dt.datetime.fromisoformat(p[:19])
            if not lo <= d <= hi:
                fail(name, f"date out of range {p}")
            if prec not in ("datetime", "date", "inferred"):
                fail(name, f"bad precision {prec}")
            if prec in ("date", "inferred") and not p.endswith("T00:00:00+07:00"):
                fail(name, "day precision with a time")
            if d.year == 2026 and d.month == 11:
                fail(name, "published equals a Nov 2026 today-widget date?")
        # text presence
        for label, s in [("title", g["title"]), ("lead", g["lead"])] + [("para", x) for x in g["body"].split("\n\n")] \
                + [("caption", im["caption"]) for im in g["images"] if im["caption"]] \
                + [("credit", im["credit"]) for im in g["images"] if im["credit"]]:
            if s and norm(s) not in text:
                fail(name, f"{label} not in visible text: {s[:60]!r}")
        for au in g["authors"]:
            if au.lower() not in text.lower():
                fail(name, f"author not on page: {au}")
        if g["source"] and g["source"] not in text:
            fail(name, f"source not on page: {g['source']}")
        # chrome in body / lead / title
        for field in ("body", "lead", "title"):
            v = g[field] or ""
            for c in CHROME:
                if c in v and c not in ALLOWED.get(name, ()):
                    fail(name, f"chrome phrase {c!r} in {field}")
        for im in g["images"]:
            if im["caption"] and norm(im["caption"]) in g["body"]:
                fail(name, "caption text inside body")
        if g["lead"] and g["lead"] in g["body"]:
            fail(name, "lead repeated in body")
        if g["title"] in g["body"]:
            fail(name, "title in body")
        for x in g["body"].split("\n\n"):
            if x != norm(x) or not x:
                fail(name, "paragraph whitespace not collapsed / empty")
        words = len((g["body"] + " " + (g["lead"] or "")).split())
        npar = len(g["body"].split("\n\n"))
        print(f"ok   {name}: {npar} paras, {words} words, published={p} ({prec}), authors={g['authors']}, source={g['source']}, images={len(g['images'])}")
        if not 150 <= words <= 600:
            fail(name, f"word count {words} outside 150-600")
    print(f"{len(golds)} gold files, {fails} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())

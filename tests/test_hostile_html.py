"""Malformed and hostile HTML: through `extract_article` directly, and through a real loopback crawl.

Whatever the page, extraction returns an Article (never raises), its body is
plain text (no markup, no ``javascript:``), text hidden in scripts, templates,
styles or comments never reaches the body, and a crawl never requests a URL
outside the site's allowed domains however the page spells its links
(``<base href>`` pointing away, ``javascript:``, protocol-relative, huge or
NUL-laden hrefs): the off-site target is a second loopback server whose
access log must stay empty.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.config import PROJECT_ROOT
from crawler.extract import extract_article
from faultserver import FaultServer, page

URL = "https://hanam.dcs.vn/tin-tuc/bai-viet-1.html"
TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
FAKE = "FAKEWORD"


def paragraphs(n: int = 6) -> str:
    return "".join(
        f"<p>Đoạn {i}: sáng 21/6, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng "
        f"đầu năm, đánh giá kết quả thực hiện nghị quyết số {i} và triển khai nhiệm vụ trọng tâm.</p>"
        for i in range(n)
    )


def article_page(extra: str = "", *, head: str = "", title: str = "Hội nghị sơ kết công tác xây dựng Đảng") -> str:
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head><body>"
            f"<h1>{title}</h1><div class='content'>{paragraphs()}{extra}</div></body></html>")


def assert_plain(article) -> None:
    assert isinstance(article.body, str)
    assert not TAG.search(article.body), TAG.search(article.body).group(0)
    assert "javascript:x()" not in article.body  # an href value from the markup, not text that says it
    assert "\x00" not in article.body and "\x00" not in (article.title or "")
    for image in article.images:
        assert image.url.startswith(("http://", "https://")), image.url[:80]
    assert (article.canonical_url or "").startswith(("http://", "https://"))


# --- one page at a time ------------------------------------------------------------------------

FAKE_BLOCK = f"<article><h1>{FAKE}</h1><p>{(FAKE + ' ') * 300}</p></article>"
INJECTIONS = {
    "script": f"<script>document.write('{FAKE_BLOCK}')</script>",
    "script_template": f"<script type='text/template'>{FAKE_BLOCK}</script>",
    "json_in_script": f"<script type='application/json'>{{\"body\": \"{(FAKE + ' ') * 300}\"}}</script>",
    "template": f"<template>{FAKE_BLOCK}</template>",
    "noscript": f"<noscript>{FAKE_BLOCK}</noscript>",
    "textarea": f"<textarea>{FAKE_BLOCK}</textarea>",
    "style": f"<style>.x::after {{ content: '{(FAKE + ' ') * 300}' }}</style>",
    "comment": f"<!-- {FAKE_BLOCK} -->",
    "iframe_srcdoc": f"<iframe srcdoc='<p>{(FAKE + ' ') * 300}</p>'></iframe>",
    "unclosed_script": f"<script>var a = '{FAKE_BLOCK}';",
}


@pytest.mark.parametrize("where", ["in_body", "after_body"])
@pytest.mark.parametrize("name", sorted(INJECTIONS))
def test_hidden_fake_article_never_reaches_the_body(name, where):
    injection = INJECTIONS[name]
    html = article_page(injection) if where == "in_body" else article_page() + injection
    article = extract_article(html.encode("utf-8"), URL)
    assert FAKE not in article.body
    assert FAKE not in (article.title or "")
    assert "Đoạn 3" in article.body  # the real text is still found
    assert_plain(article)


def test_ten_thousand_nested_divs():
    html = "<html><body>" + "<div>" * 10_000 + f"<h1>Tiêu đề</h1>{paragraphs()}" + "</div>" * 10_000 + "</body></html>"
    started = time.perf_counter()
    article = extract_article(html.encode(), URL)
    assert time.perf_counter() - started < 30
    assert_plain(article)


def test_ten_thousand_unclosed_nested_tags():
    html = "<html><body>" + "<div><span><b>" * 10_000 + f"<h1>Tiêu đề</h1>{paragraphs()}"
    article = extract_article(html.encode(), URL)
    assert_plain(article)


def test_unclosed_and_misnested_tags_keep_the_text():
    html = (f"<html><head><title>Tin tức</title><body><h1>Hội nghị sơ kết<div class=content><p>{paragraphs()[3:]}"
            "<p>Đoạn cuối <b>đậm <i>nghiêng</b> hết</i><table><tr><td>ô<p>lạc<div></table></span></em>")
    article = extract_article(html.encode(), URL)
    assert_plain(article)
    assert "Đoạn 4" in article.body


def test_nul_bytes_and_control_characters():
    html = article_page().replace("Đảng", "Đ\x00ảng").replace("<p>", "<p\x00>", 2).replace("nghị", "ng\x01h\x1fị")
    article = extract_article(html.encode(), URL)
    assert_plain(article)
    assert "Đoạn 3" in article.body


def test_invalid_utf8_and_binary_garbage():
    data = article_page().encode() .replace("Đoạn 2".encode(), b"\xff\xfe\xc3(\x80")
    assert_plain(extract_article(data, URL))
    assert_plain(extract_article(bytes(range(256)) * 100, URL))
    for empty in (b"", b"   \n", b"<", b"<html", b"<!--", b"\x00" * 1000):
        assert_plain(extract_article(empty, URL))


def test_javascript_links_images_and_canonical():
    extra = ("<p><a href='javascript:alert(1)'>Xem chi tiết</a> và <a href='JaVaScRiPt:evil()'>javascript:void(0)"
             "</a></p><img src='javascript:alert(1)'><img src='data:image/png;base64,AAAA'><img src='/anh/that.jpg'>")
    head = "<link rel='canonical' href='javascript:alert(1)'><meta property='og:url' content='javascript:alert(2)'>"
    article = extract_article(article_page(extra, head=head).encode(), URL)
    assert_plain(article)
    assert article.canonical_url == URL
    assert [img.url for img in article.images] == ["https://hanam.dcs.vn/anh/that.jpg"]


def test_base_href_off_site_does_not_move_the_canonical_url():
    head = "<base href='https://evil.example/'><link rel='canonical' href='/tin-tuc/bai-viet-1.html'>"
    article = extract_article(article_page(head=head).encode(), URL)
    assert_plain(article)
    assert "evil.example" not in article.canonical_url


def test_huge_attribute_values():
    extra = (f"<div class='{'x' * 2_000_000}' id='{'y' * 500_000}'><p>Đoạn kết thúc bài viết.</p></div>"
             f"<img src='data:image/png;base64,{'A' * 1_000_000}'><a href='javascript:{'a' * 500_000}'>liên kết</a>")
    started = time.perf_counter()
    article = extract_article(article_page(extra).encode(), URL)
    assert time.perf_counter() - started < 30
    assert_plain(article)
    assert "Đoạn 3" in article.body


# Random documents from a small grammar of tags, attributes and text, hostile bits included.
# (no <title>/<textarea>: their content is text by the HTML rules, so "</div>" inside them is text, not markup)
_TAGS = ["div", "p", "span", "b", "i", "a", "h1", "h2", "table", "tr", "td", "ul", "li", "script", "style", "template",
         "noscript", "article", "section", "img", "br", "figure", "figcaption", "base", "meta"]
_ATTRS = ["class='content'", "href='javascript:x()'", "href='/a.html'", "href='//evil.example/x'", "src='/x.jpg'",
          "style='display:none'", "class='date'", "itemprop='articleBody'", "href='https://evil.example/'",
          "content='2024-06-21T08:00:00+07:00' property='article:published_time'", "charset='utf-8'", ""]
_TEXTS = st.sampled_from(["Sáng 21/6/2024", "Tin và ảnh: Hà Thanh", "Lượt xem: 453", "Đảng bộ tỉnh", FAKE, "\x00",
                          "&amp;", "&#0;", "]]>", "<![CDATA[", "'", '"', "javascript:", " ", "\n"]) | st.text(max_size=20)


@st.composite
def documents(draw, depth: int = 0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3))
        if choice == 0 or depth > 6:
            parts.append(draw(_TEXTS))
        else:
            tag = draw(st.sampled_from(_TAGS))
            attr = draw(st.sampled_from(_ATTRS))
            inner = draw(documents(depth + 1))
            close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", "</div>"]))
            parts.append(f"<{tag} {attr}>{inner}{close}")
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents(), st.sampled_from(["utf-8", "latin-1", None]))
def test_random_hostile_documents_never_crash(doc, encoding):
    data = doc.encode("utf-8", "surrogatepass")
    article = extract_article(data, URL, encoding=encoding)
    assert_plain(article)
    assert article.content_hash


# --- through a real crawl ---------------------------------------------------------------------------

RUNNER = r"""
import json, sys
spec = json.load(open(sys.argv[1]))
from crawler.crawl import run_crawl
from crawler.extract.rules import ListingRules
from crawler.sites import Site
from spiders.generic import GenericSpider
site = Site(key="hostile_test", name="Hostile test site", level="provincial", domains=("127.0.0.1",),
            start_urls=tuple(spec["start_urls"]), listing=ListingRules(**spec["listing"]))
entry = (GenericSpider, {"site": site, "follow_pages": 1}) if spec["generic"] else site
results = []
code = run_crawl([entry], db=spec["db"], quiet=True, settings_overrides=spec["settings"], results=results)
json.dump({"code": code, "stats": results[0].stats}, open(spec["out"], "w"), default=str)
"""
SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False, "RETRY_TIMES": 0,
            "DOWNLOAD_TIMEOUT": 5, "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "PARTYNEWS_MAX_ERROR_RATE": 1.0,
            "PARTYNEWS_MIN_DATE_COVERAGE": 0.0}


def hostile_site(here: str, away: str) -> dict:
    """A listing whose links try every way off the site, and articles with hostile markup."""
    # Article-shaped paths (slug and numeric id), as the generic discovery expects of an article URL.
    articles = {
        "/tin/nested.html": article_page("<div>" * 10_000 + "<p>Đoạn lồng sâu của bài viết này.</p>" + "</div>" * 10_000),
        "/tin/nul.html": article_page().replace("Đảng", "Đ\x00ảng"),
        "/tin/fake.html": article_page(INJECTIONS["script"] + INJECTIONS["template"] + INJECTIONS["noscript"]),
        "/tin/huge-attr.html": article_page(f"<div class='{'x' * 1_000_000}'><p>Đoạn kết.</p></div>"),
        "/tin/unclosed.html": article_page("<div><p>Đoạn chưa đóng <b>đậm <i>nghiêng")[:-len("</div></body></html>")],
        "/tin/base.html": article_page(f"<a href='/tin/khac.html'>Bài khác</a>", head=f"<base href='{away}/'>"),
    }
    articles = {path.replace(".html", f"-{20240 + i}.html"): body for i, (path, body) in enumerate(articles.items())}
    offsite = [f"{away}/tin/bai-ngoai-{i}.html" for i in range(3)]
    hrefs = [f"{here}{path}" for path in articles] + [
        "/tin/relative-through-base.html",  # resolves against <base>: off-site
        "javascript:location='/tin/nul.html'", "JAVASCRIPT:void(0)", "data:text/html,<p>x</p>",
        "mailto:ban@hanam.dcs.vn", "//" + away.split("//", 1)[1] + "/tin/protocol-relative.html", *offsite,
        f"{here}/tin/\x00nul-in-href.html", f"{here}/tin/{'a' * 5000}.html", "http://%zz/",
    ]
    items = "".join(f'<li><a href="{h}">Hội nghị cán bộ chủ chốt tỉnh lần thứ {i}</a></li>' for i, h in enumerate(hrefs))
    listing = (f"<html><head><base href='{away}/'><title>Tin tức</title></head><body><h1>Tin tức</h1>"
               f"<ul class='list-news'>{items}</ul></body></html>")
    return {"/tin-tuc": page(listing), **{path: page(body) for path, body in articles.items()}}


@pytest.mark.slow
@pytest.mark.parametrize("generic", [False, True], ids=["site_rules", "generic_discovery"])
def test_hostile_crawl_stays_on_site_and_stores_plain_text(tmp_path, generic):
    db = tmp_path / "store.db"
    with FaultServer(host="127.0.0.2") as away, FaultServer() as here:
        here.routes.update(hostile_site(here.base_url, away.base_url))
        away.routes["/*"] = page(article_page())
        spec = {"start_urls": [here.url("/tin-tuc")], "listing": {"links": [".list-news a"]}, "db": str(db),
                "generic": generic, "settings": SETTINGS, "out": str(tmp_path / "out.json")}
        (tmp_path / "spec.json").write_text(json.dumps(spec))
        proc = subprocess.run([sys.executable, "-c", RUNNER, str(tmp_path / "spec.json")], cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-3000:]
        result = json.loads((tmp_path / "out.json").read_text())
        assert away.access_log == [], f"requests left the allowed domain: {away.access_log}"
        requested = [path for _, path in here.access_log]
    assert result["stats"]["finish_reason"] == "finished"
    assert not result["stats"].get("spider_exceptions/count")
    assert "Spider error" not in proc.stderr, proc.stderr[-3000:]
    assert all("javascript" not in p.lower() and "mailto" not in p for p in requested)
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, title, body FROM articles").fetchall()
        rejects = conn.execute("SELECT url, reason FROM rejects").fetchall()
        aliases = conn.execute("SELECT url FROM aliases").fetchall()
    # Pages whose text equals an earlier one (NUL removed, scripts dropped) are kept as aliases.
    stored = {Path(url).name.rsplit("-", 1)[0] + ".html" for url in [r[0] for r in rows] + [a[0] for a in aliases]}
    if not generic:  # the site rules take every listed link of the site: each hostile page is stored
        assert {"nul.html", "fake.html", "huge-attr.html", "unclosed.html", "base.html"} <= stored, rejects
    assert stored, "nothing stored"
    for url, title, body in rows:
        assert FAKE not in body and FAKE not in (title or ""), url
        assert not TAG.search(body), (url, TAG.search(body).group(0))
        assert "javascript:" not in body.lower() and "\x00" not in body, url

"""canonicalize_url: the dedupe key folds spellings of one article and nothing else."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.urls import canonicalize_url, registrable_domain

BASE = "https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html"


def test_spellings_of_one_article_fold_together():
    spellings = [
        BASE,
        "http://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html",
        "HTTPS://HaNam.DCS.vn:443/tin-tuc/hoi-nghi-123.html#binh-luan",
        "http://www.hanam.dcs.vn:80/tin-tuc/hoi-nghi-123.html",
        "https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html?utm_source=zalo&utm_medium=share&fbclid=IwAR0x",
        "https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html?zarsrc=30&gidzl=abc&_ga=2.1",
        "https://hanam.dcs.vn/tin-tuc/./x/../hoi-nghi-123.html",
        "https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html;jsessionid=ABC123",
        "https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html?print=1",
        "https://hanam.dcs.vn/print/tin-tuc/hoi-nghi-123.html",
        "  https://hanam.dcs.vn/tin-tuc/hoi-nghi-123.html?PHPSESSID=1&sid=2&ref=home  ",
    ]
    assert {canonicalize_url(url) for url in spellings} == {BASE}


def test_query_is_sorted_and_content_parameters_kept():
    a = canonicalize_url("https://a.vn/index.php?option=com_content&id=5&view=article")
    b = canonicalize_url("https://a.vn/index.php?view=article&id=5&option=com_content&tmpl=component&print=1")
    assert a == b == "https://a.vn/index.php?id=5&option=com_content&view=article"
    assert canonicalize_url("https://a.vn/x?id=5") != canonicalize_url("https://a.vn/x?id=6")


def test_percent_encoding_and_nfc_normalised():
    decomposed = "https://a.vn/tin-t\u01b0\u0301c"  # "ư" + combining acute
    composed = "https://a.vn/tin-t%E1%BB%A9c"
    lower_escapes = "https://a.vn/tin-t%e1%bb%a9c"
    assert canonicalize_url(decomposed) == canonicalize_url(composed) == canonicalize_url(lower_escapes) == composed
    assert canonicalize_url("https://a.vn/a%2Fb") == "https://a.vn/a%2Fb"  # an escaped slash stays escaped


def test_other_ports_and_hosts_kept():
    assert canonicalize_url("http://127.0.0.1:8080/a") == "https://127.0.0.1:8080/a"
    assert canonicalize_url("http://www.a.vn/") != canonicalize_url("http://b.a.vn/")


def test_canonical_hint_used_only_on_same_registrable_domain():
    url = "https://hanam.dcs.vn/Default.aspx?tabid=1&id=99"
    hint = "https://hanam.dcs.vn/tin-tuc/bai-99.html"
    assert canonicalize_url(url, canonical_hint=hint) == hint
    assert canonicalize_url(url, canonical_hint="/tin-tuc/bai-99.html") == hint  # relative hint resolved
    # another province's site under dcs.vn is another registrable domain
    assert canonicalize_url(url, canonical_hint="https://thanhhoa.dcs.vn/bai-99.html") == canonicalize_url(url)
    assert canonicalize_url(url, canonical_hint="https://facebook.com/x") == canonicalize_url(url)
    # a home page in rel=canonical of an article is a CMS bug, not the article's URL
    assert canonicalize_url(url, canonical_hint="https://hanam.dcs.vn/") == canonicalize_url(url)


def test_registrable_domain():
    assert registrable_domain("www.hanam.dcs.vn") == "hanam.dcs.vn"
    assert registrable_domain("file1.dangcongsan.vn") == "dangcongsan.vn"
    assert registrable_domain("baohanam.com.vn") == "baohanam.com.vn"
    assert registrable_domain("x.chinhphu.gov.vn") == "chinhphu.gov.vn"
    assert registrable_domain("127.0.0.1") == "127.0.0.1"


def test_junk_comes_back_stripped():
    for junk in ["", "   ", "not a url", "javascript:void(0)", "mailto:a@b.vn", "http://[::1", "http://a.vn:99999/"]:
        assert canonicalize_url(f" {junk} ") == junk.strip()


urls = st.builds(
    lambda scheme, host, path, query, fragment: f"{scheme}://{host}/{path}{query}{fragment}",
    st.sampled_from(["http", "https", "HTTP", "ftp"]),
    st.sampled_from(["hanam.dcs.vn", "WWW.Qdnd.VN", "127.0.0.1:8000", "[::1]", "đảng.vn", "a.vn:443", "x..y"]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.text(max_size=30).map(lambda q: "?" + q if q else ""),
    st.text(max_size=5).map(lambda f: "#" + f if f else ""),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(urls, st.text(max_size=60)))
def test_idempotent_and_never_raises(url):
    once = canonicalize_url(url)
    assert isinstance(once, str)
    assert canonicalize_url(once) == once


@settings(max_examples=200, deadline=None)
@given(urls, st.one_of(st.none(), urls, st.text(max_size=30)))
def test_hint_never_raises_and_result_is_stable(url, hint):
    once = canonicalize_url(url, canonical_hint=hint)
    assert canonicalize_url(once) == once

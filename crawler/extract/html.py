"""Bytes to a clean lxml tree, and the small text helpers every layer shares.

Vietnamese pages often declare one charset and send another, and some send
decomposed Unicode: the bytes are trusted over the label, and all text leaves
here in NFC with whitespace collapsed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

import lxml.etree
import lxml.html
from lxml.cssselect import CSSSelector

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_SPACE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode page bytes: a BOM, else valid UTF-8, else the declared or meta charset, else cp1252.

    UTF-8 is tried before the label because Vietnamese sites often label UTF-8
    pages as windows-1252 or iso-8859-1; text that decodes as UTF-8 almost never
    is anything else.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    labels = [declared] if declared else []
    match = _META_CHARSET.search(data[:4096])
    if match:
        labels.append(match.group(1).decode("ascii", "ignore"))
    for label in labels:
        try:
            return data.decode(codecs.lookup(label).name, errors="replace")
        except LookupError:
            continue
    return data.decode("cp1252", errors="replace")


def parse_html(html: bytes | str, declared: str | None = None) -> lxml.html.HtmlElement:
    """An lxml document for any input, however broken; an empty <html> for empty input."""
    text = decode_html(html, declared) if isinstance(html, bytes) else html
    text = _CONTROL.sub("", text)
    if not text.strip():
        return lxml.html.document_fromstring("<html><body></body></html>")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        root = lxml.html.document_fromstring("<html><body></body></html>")
    return root


def normalize_text(text: str | None) -> str:
    """NFC, invisible characters dropped, runs of spaces folded, ends stripped (newlines kept)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    text = _SPACE.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def one_line(text: str | None) -> str:
    """normalize_text with newlines folded too."""
    return " ".join(normalize_text(text).split())


@lru_cache(maxsize=2048)
def css(selector: str) -> CSSSelector:
    """A compiled, cached CSS selector."""
    return CSSSelector(selector, translator="html")


def select(root, selectors, *, first: bool = True):
    """Elements matching the first selector (of several) that matches anything."""
    for selector in selectors:
        try:
            found = css(selector)(root)
        except Exception:  # a bad selector in a rule table must not stop extraction
            continue
        if found:
            return found[:1] if first else found
    return []


_BREAKING = frozenset("br p div li td th tr h1 h2 h3 h4 h5 h6 blockquote section article figure figcaption".split())
_HIDDEN = frozenset(("script", "style", "noscript", "template"))
#: Where `_visible_pieces` says a line ends: a `<br>`, or a block element's start or end.
_BREAK = None


def _visible_pieces(element):
    """The element's visible text nodes in order, with `_BREAK` at each line end."""
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _HIDDEN:
                walker.skip_subtree()
                continue
            if tag in _BREAKING:
                yield _BREAK
            if el.text:
                yield el.text
        else:
            if tag in _BREAKING and tag != "br":
                yield _BREAK
            if el is not element and el.tail:
                yield el.tail


def text_of(element) -> str:
    """An element's visible text on one line; `<br>` and block edges count as spaces."""
    if element is None:
        return ""
    return one_line("".join(" " if piece is _BREAK else piece for piece in _visible_pieces(element)))


def lines_of(element) -> list[str]:
    """An element's visible text as lines: a `<br>` or a block edge ends a line."""
    lines: list[str] = []
    current: list[str] = []
    for piece in _visible_pieces(element):
        if piece is _BREAK:
            lines.append(one_line("".join(current)))
            current.clear()
        else:
            current.append(piece)
    lines.append(one_line("".join(current)))
    return [line for line in lines if line]


def elements_after(element, fits, *, limit: int = 3, levels: int = 1) -> list:
    """Up to `limit` non-empty elements right after `element` that satisfy `fits`, stopping at
    the first that does not. With `levels` > 1, when `element` has none, its parent's next
    siblings are read instead ("<div>article</div></div><div>Ngày đăng: ...</div>")."""
    found: list = []
    node = element
    for _ in range(levels):
        sibling, stopped = node.getnext(), False
        while sibling is not None and len(found) < limit:
            if isinstance(sibling.tag, str) and text_of(sibling):
                if not fits(sibling):
                    stopped = True
                    break
                found.append(sibling)
            sibling = sibling.getnext()
        node = node.getparent()
        if found or stopped or node is None or node.tag in ("body", "html"):
            break
    return found


def classes(element) -> str:
    """Lower-cased class and id of an element, for substring checks."""
    get = element.get
    return f"{get('class') or ''} {get('id') or ''}".lower()


def absolute(url: str | None, base: str) -> str | None:
    from urllib.parse import urljoin

    if not url:
        return None
    url = url.strip()
    if url.startswith(("data:", "javascript:", "about:")):
        return None
    try:
        return urljoin(base, url)
    except ValueError:
        return None


def drop_element(el) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def with_class(root, pattern: "re.Pattern[str]", *, ids: bool = False) -> list:
    """Elements whose class (and, with `ids`, id) matches a compiled pattern, in document order.

    One pass in Python beats CSS `[class*=…]` unions, which lxml turns into an
    XPath string test per selector per element.
    """
    found = []
    for el in root.xpath(".//*[@class or @id]" if ids else ".//*[@class]"):
        value = el.get("class") or ""
        if ids and el.get("id"):
            value = f"{value} {el.get('id')}"
        if pattern.search(value):
            found.append(el)
    return found

"""An article container to paragraphs, images and captions.

One walk over the container in document order. Block elements (and `<br>`) end a
paragraph; each paragraph remembers how it looked (right-aligned, centred, all
bold, all italic, how much of it is link text), because on these sites that is
what tells a byline or a caption from body text. Captions never become
paragraphs: they are attached to the image they describe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import lxml.etree

from crawler.extract.html import absolute, classes, css, one_line, text_of, with_class
from crawler.items import Image

BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table tbody thead tfoot tr td th caption blockquote section "
    "article figure figcaption header footer aside nav main center pre address form hr fieldset details summary".split()
)
SKIP_TAGS = frozenset("script style noscript template iframe object embed svg canvas video audio select option button input textarea map head title meta link".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_BOLD = frozenset(("b", "strong"))
_ITALIC = frozenset(("i", "em"))

#: Class names of caption elements (`td.image_desc`, `.caption`, `.chuthich` ...), plus <figcaption>.
_CAPTION_CLASS = re.compile(r"image_desc|img-?desc|caption|chu-?thich|photo-desc|(?:^|[\s_-])cap(?:$|\s|[_-](?!nhat))", re.I)
#: Words in an image's path (never its host: "tapchicongsan" holds "icon") that mark page chrome.
_CHROME_IMAGE = re.compile(
    r"(?<![a-z])(?:logo|icons?|banner|flag|co-?dong|codong|spacer|blank\.gif|pixel|ads?/|quangcao|avatar|button|btn_|"
    r"bullet|arrow|loading)",
    re.I,
)
_STYLE_RIGHT = re.compile(r"text-align\s*:\s*right", re.I)
_STYLE_CENTER = re.compile(r"text-align\s*:\s*center", re.I)
_STYLE_ITALIC = re.compile(r"font-style\s*:\s*italic", re.I)
_STYLE_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)", re.I)
#: Utility classes that set bold (Bootstrap, Tailwind and home-made ones).
_BOLD_CLASSES = frozenset(("fw-bold", "font-weight-bold", "font-bold", "fw-semibold", "font-semibold", "bold", "text-bold"))
_CREDIT_ONLY = re.compile(r"^\(?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo)\s*[:：]", re.I)


@dataclass
class Block:
    """One paragraph of a container, with the looks that classify it."""

    text: str
    tag: str = "p"
    right: bool = False
    center: bool = False
    bold: bool = False
    italic: bool = False
    link_ratio: float = 0.0

    @property
    def heading(self) -> bool:
        return self.tag in HEADING_TAGS


@dataclass
class Content:
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


def is_chrome_image(img) -> bool:
    src = urlsplit(img.get("src") or img.get("data-src") or "").path
    alt = (img.get("alt") or "").lower()
    if _CHROME_IMAGE.search(src) or "cờ động" in alt or "logo" in alt:
        return True
    for dim in ("width", "height"):
        value = (img.get(dim) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 60:
            return True
    return False


def image_src(img) -> str | None:
    for attr in ("data-src", "data-original", "data-lazy-src", "src"):
        value = img.get(attr)
        if value and not value.startswith("data:"):
            return value
    return None


def find_captions(container, extra_selectors: tuple[str, ...] = ()) -> set:
    """Caption elements inside `container`: explicit caption markup, the text rows of an
    image table, and short centred or italic paragraphs right next to an image."""
    captions = {el for el in container.iter("figcaption")}
    captions.update(el for el in with_class(container, _CAPTION_CLASS) if el is not container)
    for figure in container.iter("figure"):
        captions.update(el for el in figure.iter() if el.get("class") and "desc" in el.get("class").lower())
    for selector in extra_selectors:
        try:
            captions.update(el for el in css(selector)(container) if el is not container)
        except Exception:  # a bad selector in a rule table must not stop extraction
            continue
    for img in container.iter("img"):
        if is_chrome_image(img):
            continue
        table = next((a for a in img.iterancestors("table")), None)
        if table is not None and _is_image_table(table, container):
            for cell in table.iter("td", "th"):
                if not cell.findall(".//img") and one_line(cell.text_content()):
                    captions.add(cell)
            continue
        holder = _image_holder(img, container)
        if holder is None:
            continue
        if holder.tag in ("p", "div", "center", "span") and _holder_caption_text(holder, img):
            captions.update(_inline_caption_parts(holder, img))
        sibling = holder.getnext()
        for _ in range(2):
            if sibling is None or not isinstance(sibling.tag, str):
                break
            if sibling.findall(".//img"):
                break
            text = one_line(sibling.text_content())
            if text and _looks_like_caption(sibling, text, container):
                captions.add(sibling)
                break
            if text:
                break
            sibling = sibling.getnext()
    # A wrapper named for its caption ("figure.wp-caption", "table.image-caption") holds the
    # image itself: only its text parts are the caption.
    captions = {el for el in captions if el.find(".//img") is None}
    # Nested matches (a caption span inside a caption cell) would be taken twice.
    return {el for el in captions if not any(a in captions for a in el.iterancestors())}


def _is_image_table(table, container) -> bool:
    if table is container or table.get("class", "").lower().find("imgeditor") >= 0:
        return table is not container
    rows = table.findall(".//tr")
    text = one_line(table.text_content())
    return 0 < len(rows) <= 3 and len(text) < 400 and len(table.findall(".//img")) <= 2


def _image_holder(img, container):
    """The block element that holds the image (and maybe nothing else)."""
    node = img
    while node.getparent() is not None and node.getparent() is not container:
        parent = node.getparent()
        if parent.tag in BLOCK_TAGS:
            return parent
        node = parent
    return node if node is not img else None


def _holder_caption_text(holder, img) -> bool:
    text = one_line(holder.text_content())
    return 0 < len(text) <= 300 and (_is_centered(holder) or _all_italic(holder) or _CREDIT_ONLY.search(text) is not None)


def _inline_caption_parts(holder, img):
    """Children after the image that carry the caption text: inline (`<p><img><br><em>…</em></p>`)
    or a paragraph without an image of its own (`<div><img><p>… Ảnh: X</p></div>`)."""
    return [el for el in holder if el is not img and el.tag in ("em", "i", "span", "small", "strong", "b", "p", "div")
            and one_line(el.text_content()) and el.find(".//img") is None]


def _looks_like_caption(el, text: str, container) -> bool:
    if len(text) > 300:
        return False
    if _CREDIT_ONLY.search(text) or re.search(r"\(?\s*ảnh\s*:\s*[^)]{2,40}\)?\s*$", text, re.I):
        return True
    return _is_centered(el) or _all_italic(el)


def _is_centered(el) -> bool:
    for node in (el, *list(el.iterchildren())[:1]):
        if not isinstance(node.tag, str):
            continue
        if node.tag == "center" or (node.get("align") or "").lower() == "center":
            return True
        if _STYLE_CENTER.search(node.get("style") or "") or "center" in classes(node):
            return True
    return False


def _all_italic(el) -> bool:
    text = one_line(el.text_content())
    if not text:
        return False
    if _STYLE_ITALIC.search(el.get("style") or "") or el.tag in _ITALIC:
        return True
    italic = "".join(one_line(i.text_content()) for i in el.iter("em", "i") if not any(a.tag in _ITALIC for a in i.iterancestors() if a is not el))
    return len(italic.replace(" ", "")) >= 0.9 * len(text.replace(" ", ""))


def all_bold(el) -> bool:
    """All of the element's visible characters are bold: by its tag, style or class, or inside b/strong."""
    if _STYLE_BOLD.search(el.get("style") or "") or el.tag in _BOLD or _BOLD_CLASSES & set(classes(el).split()):
        return True
    total = _letters(el)
    outer = [b for b in el.iter(*_BOLD) if not _inside_bold(b, el)]
    return total > 0 and sum(_letters(b) for b in outer) >= total


def _letters(el) -> int:
    return len("".join("".join(el.itertext()).split()))


def _inside_bold(node, top) -> bool:
    """Whether `node` sits in another b/strong below `top`."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in _BOLD:
            return True
        parent = parent.getparent()
    return False


def container_content(container, base_url: str, *, caption_selectors: tuple[str, ...] = (), skip: set | None = None) -> Content:
    """Paragraphs and captioned images of an article container."""
    captions = find_captions(container, caption_selectors)
    skip = skip or set()
    walker = _Walker(container, base_url)
    events = lxml.etree.iterwalk(container, events=("start", "end"))
    for event, el in events:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el in skip or tag in SKIP_TAGS:
                events.skip_subtree()
                continue
            if el in captions:
                walker.caption(text_of(el))
                events.skip_subtree()
                continue
            walker.start(el, tag)
        else:
            if el is container:
                walker.flush()
                break
            if el in skip or tag in SKIP_TAGS or el in captions:
                walker.add(el.tail)
                continue
            walker.end(el, tag)
    return Content(walker.blocks, walker.images)


class _Walker:
    def __init__(self, container, base_url: str):
        self.container = container
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.images: list[Image] = []
        self.segments: list[tuple[str, bool, bool, bool]] = []
        self.bold = self.italic = self.link = 0
        self.block_stack = [container]
        self.pending_caption: list[str] = []
        self.brs = 0

    def start(self, el, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self.flush()
            self.block_stack.append(el)
        elif tag == "br":
            self.flush()
            return
        elif tag == "img":
            self.image(el)
        if tag in _BOLD:
            self.bold += 1
        elif tag in _ITALIC:
            self.italic += 1
        elif tag == "a":
            self.link += 1
        self.add(el.text)

    def end(self, el, tag: str) -> None:
        if tag in _BOLD:
            self.bold -= 1
        elif tag in _ITALIC:
            self.italic -= 1
        elif tag == "a":
            self.link -= 1
        if tag in BLOCK_TAGS:
            self.flush()
            if self.block_stack and self.block_stack[-1] is el:
                self.block_stack.pop()
        self.add(el.tail)

    def add(self, text: str | None) -> None:
        if text:
            self.segments.append((text, self.bold > 0, self.italic > 0, self.link > 0))

    def flush(self) -> None:
        if not self.segments:
            return
        text = one_line("".join(s[0] for s in self.segments))
        if text:
            visible = [(len(s[0].strip()), s) for s in self.segments if s[0].strip()]
            total = sum(n for n, _ in visible) or 1
            el = self.block_stack[-1]
            self.blocks.append(
                Block(
                    text=text,
                    tag=el.tag if isinstance(el.tag, str) else "p",
                    right=self._aligned(el, _STYLE_RIGHT, "right"),
                    center=self._aligned(el, _STYLE_CENTER, "center"),
                    bold=all(s[1] for _, s in visible),
                    italic=all(s[2] for _, s in visible),
                    link_ratio=sum(n for n, s in visible if s[3]) / total,
                )
            )
        self.segments = []

    def _aligned(self, el, style_re, word: str) -> bool:
        node = el
        for _ in range(3):
            if node is None or node is self.container:
                return False
            if (node.get("align") or "").lower() == word or style_re.search(node.get("style") or ""):
                return True
            if f"text-{word}" in classes(node) or f"align-{word}" in classes(node) or (word == "center" and node.tag == "center"):
                return True
            node = node.getparent()
        return False

    def image(self, img) -> None:
        if is_chrome_image(img):
            return
        url = absolute(image_src(img), self.base_url)
        if not url:
            return
        self.images.append(Image(url=url))
        if self.pending_caption:
            self.caption(" ".join(self.pending_caption))
            self.pending_caption = []

    def caption(self, text: str) -> None:
        text = one_line(text)
        if not text:
            return
        target = next((img for img in reversed(self.images) if img.caption is None and img.credit is None), None)
        if target is None:
            self.pending_caption.append(text)
            return
        target.caption = text

"""One page to one Article: site rules, then structured metadata, then the generic layer,
field by field, with the shared Vietnamese rules applied to whatever layer answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from datetime import datetime, timezone
from urllib.parse import urlsplit

import lxml.etree

from crawler.extract.blocks import Content, container_content
from crawler.extract.boilerplate import strip_boilerplate_nodes
from crawler.extract.bylines import clean_person_name, is_organisation, is_outlet, split_lead_prefix
from crawler.extract.cleanup import Cleaned, clean_blocks, merge_byline_text
from crawler.extract.generic import (
    best_container,
    clean_meta_title,
    find_headline,
    find_lead,
    find_title_element,
    generic_blocks,
)
from crawler.extract.html import absolute, drop_element, lines_of, one_line, parse_html, select, text_of, with_class
from crawler.extract.metadata import Metadata, read_metadata
from crawler.extract.published import choose_published, metadata_date, rule_date
from crawler.extract.rules import ArticleRules
from crawler.items import LAYER_GENERIC, LAYER_METADATA, LAYER_SITE, Article
from crawler.urls import registrable_domain

#: Class/id tokens of author elements: "tacgia", "author-name", "article__author", "tac-gia", "byline".
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:authors?|tacgia|tac-gia|tac_gia|byline|butdanh)(?:[\s_-]|$)", re.I)

#: A site container that yields less text than this has stopped matching the layout.
MIN_RULE_BODY_CHARS = 80


@dataclass
class _Page:
    url: str
    root: object
    meta: Metadata
    rules: ArticleRules

    @cached_property
    def generic_container(self):
        """The generic layer's article container (`best_container`), found once per page."""
        return best_container(self.root)

    def rule_elements(self) -> set:
        """Elements the rules name for fields other than the body: never body text."""
        r = self.rules
        return {el for sel in (r.title, r.lead, r.published, r.modified, r.author, r.source, r.tags, r.category)
                for el in select(self.root, sel, first=False)}


def extract_article(html: bytes | str, url: str, *, site: str | None = None, use_rules: bool = True,
                    encoding: str | None = None, fetched_at: str | None = None, now: datetime | None = None) -> Article:
    """Extract the article on a page.

    `site` names a registry key; without it the site is found from the URL. With
    `use_rules=False` only metadata and the generic layer run (what an unknown
    layout gets). `encoding` is the charset the server declared; the bytes win
    when they disagree.
    """
    from crawler.sites import get_site, site_for_url

    site_obj = get_site(site) if site else site_for_url(url)
    rules = site_obj.article_rules if (site_obj and use_rules) else ArticleRules()
    root = parse_html(html, encoding)
    page = _Page(url, root, read_metadata(root), rules)
    for selector in rules.remove:
        for el in select(root, (selector,), first=False):
            drop_element(el)
    rule_elements = page.rule_elements()
    strip_boilerplate_nodes(root, keep=rule_elements)

    article = Article(url=url, site=site_obj.key if site_obj else None, fetched_at=fetched_at)
    layers: dict[str, str] = {}
    title_el = _title(page, article, layers)
    skip = set(rule_elements) | ({title_el} if title_el is not None else set())
    author_els = [] if rules.author else _author_elements(root)
    skip.update(author_els)

    lead_el = next(iter(select(root, rules.lead)), None)
    lead_layer = LAYER_SITE
    body_el, body_layer, region = _site_container(page, skip)
    if body_layer is None:
        body_el, body_layer = page.generic_container, LAYER_GENERIC
        if lead_el is None:
            lead_el, _ = find_lead(root, title_el, body_el)
            lead_layer = LAYER_GENERIC
            if lead_el is not None:
                skip.add(lead_el)
        region = container_content(body_el, url, skip=skip) if body_el is not None else Content()
    if lead_el is not None:
        article.lead = split_lead_prefix(text_of(lead_el))[0] or None
        if article.lead:
            layers["lead"] = lead_layer

    _dates(page, article, layers, title_el, body_el, region, now or datetime.now(timezone.utc))
    _tags_category_canonical(page, article, layers)

    blocks = region.blocks if body_layer == LAYER_SITE else generic_blocks(root, url, region, skip=skip, container=body_el)
    cleaned = clean_blocks(blocks, title=article.title, lead=article.lead, images=region.images)
    article.body = "\n\n".join(cleaned.paragraphs)
    if article.body:
        layers["body"] = body_layer
    article.images = region.images
    if article.images:
        layers["images"] = body_layer
    _authors_and_source(page, article, layers, cleaned, body_layer, author_els)
    article.extraction = layers
    return article.finalize()


def _title(page: _Page, article: Article, layers: dict):
    found = select(page.root, page.rules.title)
    if found and text_of(found[0]):
        article.title, layers["title"] = text_of(found[0]), LAYER_SITE
        return found[0]
    meta_title = clean_meta_title(page.meta.title, page.meta.site_name)
    head = page.root.find(".//title")
    head_title = clean_meta_title(text_of(head), page.meta.site_name) if head is not None else None
    title_el, h1_text = find_title_element(page.root, meta_title or head_title)
    if h1_text is None and not meta_title:
        title_el, h1_text = find_headline(page.root, page.generic_container)
    if h1_text:
        article.title, layers["title"] = h1_text, (LAYER_METADATA if meta_title else LAYER_GENERIC)
    elif meta_title:
        article.title, layers["title"] = meta_title, LAYER_METADATA
    elif head_title:
        article.title, layers["title"] = head_title, LAYER_GENERIC
    return title_el


def _site_container(page: _Page, skip: set):
    """The rules' body container and its content, or (None, None, empty) when the rules miss."""
    containers = select(page.root, page.rules.body)
    if containers:
        content = container_content(containers[0], page.url, caption_selectors=page.rules.caption, skip=skip)
        if sum(len(b.text) for b in content.blocks) >= MIN_RULE_BODY_CHARS:
            return containers[0], LAYER_SITE, content
    return None, None, Content()


def _dates(page: _Page, article: Article, layers: dict, title_el, body_el, region: Content, now: datetime) -> None:
    first_text = article.lead or next((b.text for b in region.blocks if len(b.text) > 40), None)
    published, layer = choose_published(
        page.root, rules_selectors=page.rules.published, meta=page.meta, title_el=title_el, body_el=body_el,
        first_text=first_text, url=page.url, image_urls=[img.url for img in region.images], title=article.title, now=now,
    )
    if published:
        article.published, article.published_precision, layers["published"] = published.isoformat(), published.precision, layer
    modified = rule_date(page.root, page.rules.modified) if page.rules.modified else None
    layer = LAYER_SITE
    if modified is None:
        modified, layer = metadata_date(page.meta.modified), LAYER_METADATA
    if modified:
        article.modified, layers["modified"] = modified.isoformat(), layer


def _tags_category_canonical(page: _Page, article: Article, layers: dict) -> None:
    tag_els = select(page.root, page.rules.tags, first=False)
    if tag_els:
        article.tags, layers["tags"] = _unique(text_of(el) for el in tag_els), LAYER_SITE
    elif page.meta.tags:
        article.tags, layers["tags"] = _unique(page.meta.tags), LAYER_METADATA
    category_el = next(iter(select(page.root, page.rules.category)), None)
    if category_el is not None and text_of(category_el):
        article.category, layers["category"] = text_of(category_el), LAYER_SITE
    elif page.meta.section:
        article.category, layers["category"] = page.meta.section, LAYER_METADATA
    article.canonical_url = _canonical(page.url, page.meta.canonical or page.meta.og_url)
    language = page.meta.language
    article.language = language if language and language.isalpha() else "vi"


def _author_elements(root) -> list:
    """Elements named for the author ("div.tacgia", "span.author-name", "td.tac-gia"), innermost
    first, for pages without an author rule. What they hold is still read as a byline:
    an affiliation in "span.author-unit" names nobody."""
    found = [el for el in with_class(root, _AUTHOR_CLASS, ids=True) if len(text_of(el)) <= 150]
    inner = [el for el in found if not any(other is not el and el in other.iterancestors() for other in found)]
    # Outer ones after: "div.author-name > div.author-by(Bởi) + a(Phạm Ngọc Ánh)" names nobody in its parts.
    return (inner + [el for el in found if el not in inner])[:6]


_AUTHOR_LABEL_LINE = re.compile(r"^(?:tác giả|người viết|bút danh)\s*[:：]\s*\S", re.I)


def _labelled_authors(root) -> list[str]:
    """Names from a short 'Tác giả: X' line anywhere outside the body (a meta line under the
    title, an info box): the label leaves no doubt about what follows."""
    for node in _LABEL_TEXT(root):  # text nodes holding a label: few, found in C
        el = node.getparent()
        for candidate in (el, el.getparent()):
            if candidate is None:
                break
            text = text_of(candidate)
            if len(text) <= 80 and _AUTHOR_LABEL_LINE.match(text):
                result = Cleaned()
                merge_byline_text(text, result)
                if result.authors:
                    return result.authors
    return []


_LABEL_TEXT = lxml.etree.XPath(
    "//text()[contains(., 'ác giả') or contains(., 'ÁC GIẢ') or contains(., 'gười viết') or contains(., 'út danh')]")


def _authors_and_source(page: _Page, article: Article, layers: dict, cleaned: Cleaned, body_layer: str,
                        author_els: list = ()) -> None:
    """Authors: the rules' author element, else metadata person names, else an element named
    for the author, else the byline in the text. Source: the rules' source element, else a
    source line in the text."""
    from_rules = Cleaned()
    for el in select(page.root, page.rules.author, first=False)[:3]:
        merge_byline_text(text_of(el), from_rules)
    for el in select(page.root, page.rules.source, first=False)[:1]:
        merge_byline_text(text_of(el), from_rules)
        from_rules.source = from_rules.source or text_of(el) or None
    from_names = Cleaned()
    named: list = []  # author elements that gave a name: their ancestors are not read again
    for el in author_els:
        if any(el in n.iterancestors() for n in named):
            continue
        count = len(from_names.authors)
        # "<b>PGS.TS A</b><br><b>ThS. B</b><br><i>Học viện ...</i>", "<span class=name>ThS. A</span>
        # <span class=unit>Trường ...</span>": a line per <br> or block, else a line per child
        parts = lines_of(el)
        if len(parts) <= 1:
            parts = [p for p in [one_line(el.text)] + [text_of(child) for child in el if isinstance(child.tag, str)] if p]
        for part in parts if len(parts) > 1 else [text_of(el)]:
            merge_byline_text(part, from_names)
        if len(from_names.authors) > count:
            named.append(el)
    meta_people = _unique(n for n in (clean_person_name(a) for a in page.meta.authors
                                      if not is_outlet(a) and not is_organisation(a)) if n)
    if from_rules.authors:
        article.authors, layers["authors"] = from_rules.authors, LAYER_SITE
    elif meta_people:
        article.authors, layers["authors"] = meta_people, LAYER_METADATA
    elif from_names.authors:
        article.authors, layers["authors"] = from_names.authors, LAYER_GENERIC
    elif cleaned.authors:
        article.authors, layers["authors"] = cleaned.authors, body_layer
    else:
        labelled = _labelled_authors(page.root)
        if labelled:
            article.authors, layers["authors"] = labelled, LAYER_GENERIC
    if from_rules.source:
        article.source, layers["source"] = from_rules.source, LAYER_SITE
    elif cleaned.source:
        article.source, layers["source"] = cleaned.source, body_layer
    elif from_names.source:
        article.source, layers["source"] = from_names.source, LAYER_GENERIC


def _canonical(url: str, hint: str | None) -> str:
    """The page's rel=canonical / og:url when it stays on the same site; else the URL."""
    target = absolute(hint, url) if hint else None
    if not target:
        return url
    here, there = urlsplit(url).hostname or "", urlsplit(target).hostname or ""
    if registrable_domain(here) == registrable_domain(there):
        return target
    return url


def _unique(values) -> list[str]:
    seen: list[str] = []
    for value in values:
        value = one_line(value)
        if value and value not in seen:
            seen.append(value)
    return seen

"""Canonical URLs: one spelling per article, the store's dedupe key.

Sites reach the same article through many spellings: http and https, with and
without ``www.``, tracking parameters from social networks (``utm_*``,
``fbclid``, Zalo's ``zarsrc``/``gidzl``), session ids, print views, shuffled
query strings, upper- and lower-case percent escapes. `canonicalize_url` folds
all of these into one string, so that `Store.known_urls` finds an article
however a listing links to it.

Choices, all deliberate:

* the scheme becomes ``https`` (these sites serve both; the key is not a link
  to follow), default ports 80/443 are dropped, other ports kept;
* the host is lower-cased, IDNA-encoded, and a leading ``www.`` is removed:
  no site in the registry serves different content on ``www.`` and the bare
  host, while links to both are common;
* the fragment, user info, tracking/session parameters and print-view markers
  (``print=1``, ``tmpl=component``, ``view=print``, a ``/print/`` or
  ``/ban-in/`` path segment, ``;jsessionid=`` path parameters) are removed;
* ``.``/``..`` path segments are resolved, each segment is decoded, NFC
  normalised and re-encoded the same way; query parameters are sorted;
* a ``canonical_hint`` (the page's rel=canonical or og:url) replaces the URL
  only when it lies on the same registrable domain and is not the site's home
  page (several CMS put the home page in rel=canonical of every article, which
  would fold a whole site into one key).

The registrable domain is computed by a small offline rule instead of the
Public Suffix List (nothing here may touch the network): the last two labels,
or the last three under a Vietnamese second-level suffix (``gov.vn``,
``com.vn``, ``org.vn``, ``dcs.vn``, ...), so ``hanam.dcs.vn`` and
``thanhhoa.dcs.vn`` are different sites.

`canonicalize_url` never raises: input it cannot parse comes back stripped.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urljoin, urlsplit, urlunsplit

#: Query parameters that never select content (compared lower-case).
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "zarsrc", "gidzl", "_ga", "_gl", "_hsenc", "_hsmi",
        "sessionid", "jsessionid", "phpsessid", "asp.net_sessionid", "sid", "cfid", "cftoken",
        "ref", "share", "print",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
#: Parameters whose value "print" (or "component" for Joomla's tmpl) means a print view.
PRINT_VALUED_PARAMS = {"view": "print", "layout": "print", "format": "print", "type": "print", "tmpl": "component"}
#: Path segments that mark a print view of the same article.
PRINT_SEGMENTS = frozenset({"print", "ban-in", "in-bai-viet"})
#: Second-level labels under .vn that act as public suffixes.
VN_SECOND_LEVEL = frozenset(
    {"gov", "com", "org", "net", "edu", "dcs", "ac", "info", "int", "pro", "biz", "name", "health"}
)

_PATH_SAFE = "!$&'()*+,;=:@-._~"
_QUERY_SAFE = "!$'()*,;:@/?-._~"
_PATH_PARAM = re.compile(r";(jsessionid|phpsessid|sid)=[^/]*", re.IGNORECASE)


def canonicalize_url(url: str, *, canonical_hint: str | None = None) -> str:
    """The canonical spelling of `url` (see the module docstring); never raises."""
    try:
        text = str(url).strip()
    except Exception:
        return ""
    try:
        canonical = _canonicalize(text)
    except Exception:
        return text
    if canonical is None:
        return text
    if canonical_hint:
        try:
            hint = _canonicalize(urljoin(text, str(canonical_hint).strip()))
        except Exception:
            hint = None
        if hint and _hint_acceptable(hint, canonical):
            return hint
    return canonical


def registrable_domain(host: str) -> str:
    """The part of `host` a site owns: ``www.hanam.dcs.vn`` -> ``hanam.dcs.vn``, ``qdnd.vn`` -> ``qdnd.vn``."""
    host = host.lower().strip(".")
    if not host or _is_ip(host):
        return host
    labels = host.split(".")
    if len(labels) >= 3 and labels[-1] == "vn" and labels[-2] in VN_SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _canonicalize(text: str) -> str | None:
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = _host(parts.hostname)
    port = parts.port  # raises ValueError on a junk port: caller returns the input
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = _path(parts.path)
    query = _query(parts.query)
    return urlunsplit(("https", netloc, path, query, ""))


def _host(hostname: str) -> str:
    host = unicodedata.normalize("NFC", hostname).lower().rstrip(".")
    if _is_ip(host.strip("[]")):
        return f"[{host}]" if ":" in host else host
    if not host.isascii():
        host = host.encode("idna").decode("ascii")
    if host.startswith("www.") and host.count(".") >= 2:
        host = host[4:]
    return host


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _path(path: str) -> str:
    path = _PATH_PARAM.sub("", path)
    raws = path.split("/")[1:] if path.startswith("/") else path.split("/")
    trailing = bool(raws) and raws[-1] in ("", ".", "..")
    if raws and raws[-1] == "":
        raws.pop()
    segments: list[str] = []
    for raw in raws:
        segment = unicodedata.normalize("NFC", unquote(raw, errors="surrogateescape"))
        if segment == ".":
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        if segment.lower() in PRINT_SEGMENTS:
            continue
        segments.append(quote(segment, safe=_PATH_SAFE, errors="surrogateescape"))
    joined = "/" + "/".join(segments)
    if trailing and segments:
        joined += "/"
    return joined


def _query(query: str) -> str:
    if not query:
        return ""
    pairs = parse_qsl(query, keep_blank_values=True, errors="surrogateescape")
    kept = []
    for key, value in pairs:
        name = key.lower()
        if name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES):
            continue
        if PRINT_VALUED_PARAMS.get(name) == value.lower():
            continue
        kept.append((unicodedata.normalize("NFC", key), unicodedata.normalize("NFC", value)))
    kept.sort()
    return "&".join(
        f"{quote(k, safe=_QUERY_SAFE, errors='surrogateescape')}={quote(v, safe=_QUERY_SAFE, errors='surrogateescape')}"
        if v or not k
        else quote(k, safe=_QUERY_SAFE, errors="surrogateescape")
        for k, v in kept
    )


def _hint_acceptable(hint: str, canonical: str) -> bool:
    hint_parts, own_parts = urlsplit(hint), urlsplit(canonical)
    if registrable_domain(hint_parts.hostname or "") != registrable_domain(own_parts.hostname or ""):
        return False
    hint_is_home = hint_parts.path in ("", "/") and not hint_parts.query
    own_is_home = own_parts.path in ("", "/") and not own_parts.query
    return own_is_home or not hint_is_home

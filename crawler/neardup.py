"""Near-duplicate detection for syndicated copies (MinHash signatures, LSH bands in SQLite).

Party sites republish each other's stories ("Nguồn Báo Hà Nam", "Theo TTXVN"),
lightly edited, so exact hashes miss them. Each body becomes the set of its word
5-grams (NFC, lower-cased, diacritics kept: folding them would merge different
Vietnamese words), summarised by a datasketch `MinHash`. The shingles are hashed here (`shingle_hashes`:
CRC-32 per word, mixed by position with numpy), which is about ten times faster
than hashing each shingle string with datasketch's default SHA-1 wrapper. Two bodies whose
estimated Jaccard similarity reaches `threshold` are near-duplicates.

Why the LSH index lives in SQLite and not in a `datasketch.MinHashLSH` object:
several crawl processes write the same store at once, and a new article must be
compared with the ones another process stored a second ago, inside the same
transaction that inserts it. So the LSH bands are rows of ``minhash_bands``
(one key per band, indexed) and the signatures rows of ``minhash``; a lookup is
one indexed query plus a numpy comparison against the few candidates, whatever
the store size, and nothing is loaded or rebuilt when a process starts.

Banding: `bands` x `rows` = `num_perm`. 16 x 8 over 128 permutations makes a
pair at similarity 0.8 a candidate with probability 0.95 (0.5: 0.06); every
candidate is then checked against `threshold` with the full signatures.
`datasketch.MinHashLSH(threshold=0.8, num_perm=128)` would pick 9 x 13, whose
recall at 0.8 is only 0.40.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import unicodedata
import zlib

import numpy as np
from datasketch import MinHash

SHINGLE_WORDS = 5
DEFAULT_NUM_PERM = 128
DEFAULT_BANDS = 16
DEFAULT_THRESHOLD = 0.8
MAX_CANDIDATES = 200
#: Stored with each signature: signatures made another way are never compared with these.
METHOD = "w5-crc32mix-affine32"

_WORD = re.compile(r"\w+")

SCHEMA = """
CREATE TABLE IF NOT EXISTS minhash (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    num_perm INTEGER NOT NULL,
    method TEXT NOT NULL,
    signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS minhash_bands (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS idx_minhash_bands_article ON minhash_bands(article_id);
"""


def words_of(text: str) -> list[str]:
    """The words of the NFC lower-cased text, diacritics kept."""
    return _WORD.findall(unicodedata.normalize("NFC", text or "").lower())


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word `size`-grams of the text (the whole text when shorter), for tests and exact comparisons."""
    words = words_of(text)
    if not words:
        return set()
    width = min(size, len(words))
    return {" ".join(words[i : i + width]) for i in range(len(words) - width + 1)}


_WORD_HASHES: dict[str, int] = {}
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(text: str, size: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the distinct word `size`-grams of the text, computed with numpy.

    Each word is hashed once (CRC-32, cached: news text reuses a few thousand
    syllables); a shingle's hash mixes its words' hashes by position, so equal
    shingles hash equally in every process.
    """
    words = words_of(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    cache = _WORD_HASHES
    if len(cache) > 500_000:
        cache.clear()
    lookup = cache.get
    codes = [lookup(word) for word in words]
    if None in codes:
        for index, word in enumerate(words):
            if codes[index] is None:
                codes[index] = cache[word] = zlib.crc32(word.encode("utf-8"))
    hashes = np.array(codes, dtype=np.uint64)
    width = min(size, len(words))
    count = len(words) - width + 1
    mixed = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(width):
            mixed = (mixed + hashes[offset : offset + count]) * _MULTIPLIER
    folded = (mixed >> np.uint64(32)) ^ (mixed & np.uint64(0xFFFFFFFF))
    return np.unique(folded)


class NearDupIndex:
    """MinHash signatures and LSH bands of stored articles, kept in the store's own connection."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        num_perm: int = DEFAULT_NUM_PERM,
        bands: int = DEFAULT_BANDS,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:
        if num_perm % bands:
            raise ValueError(f"num_perm {num_perm} is not a multiple of bands {bands}")
        self.conn = conn
        self.num_perm = num_perm
        self.bands = bands
        self.rows = num_perm // bands
        self.threshold = threshold
        template = MinHash(num_perm=num_perm, hashfunc=int)
        self._permutations, self._scheme = template.permutations, template.scheme

    @staticmethod
    def create_tables(conn: sqlite3.Connection) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)

    def signature(self, text: str) -> np.ndarray | None:
        """The MinHash signature of `text` as uint32 values, or None for text without words."""
        hashes = shingle_hashes(text)
        if not len(hashes):
            return None
        minhash = MinHash(num_perm=self.num_perm, hashfunc=int, permutations=self._permutations, scheme=self._scheme)
        minhash.update_batch(hashes)
        return minhash.hashvalues.astype(np.uint32)

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One signed 64-bit key per band (band number mixed in, so bands never collide with each other)."""
        keys = []
        for band in range(self.bands):
            chunk = signature[band * self.rows : (band + 1) * self.rows].tobytes()
            digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big", signed=True))
        return keys

    def matches(self, signature: np.ndarray, exclude: int | None = None) -> list[tuple[int, float]]:
        """Stored articles at estimated similarity >= threshold, most similar first: (article_id, similarity)."""
        keys = self.band_keys(signature)
        marks = ",".join("?" * len(keys))
        ids = [
            row[0]
            for row in self.conn.execute(
                f"SELECT DISTINCT article_id FROM minhash_bands WHERE band_key IN ({marks}) LIMIT {MAX_CANDIDATES}",
                keys,
            )
            if row[0] != exclude
        ]
        if not ids:
            return []
        found = []
        marks = ",".join("?" * len(ids))
        for article_id, num_perm, method, blob in self.conn.execute(
            f"SELECT article_id, num_perm, method, signature FROM minhash WHERE article_id IN ({marks})", ids
        ):
            if num_perm != self.num_perm or method != METHOD:
                continue
            other = np.frombuffer(blob, dtype=np.uint32)
            similarity = float(np.count_nonzero(other == signature)) / self.num_perm
            if similarity >= self.threshold:
                found.append((article_id, similarity))
        found.sort(key=lambda pair: (-pair[1], pair[0]))
        return found

    def add(self, article_id: int, signature: np.ndarray) -> None:
        """Store (or replace) the signature and bands of an article."""
        self.remove(article_id)
        self.conn.execute(
            "INSERT INTO minhash (article_id, num_perm, method, signature) VALUES (?, ?, ?, ?)",
            (article_id, self.num_perm, METHOD, signature.tobytes()),
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO minhash_bands (band_key, article_id) VALUES (?, ?)",
            [(key, article_id) for key in self.band_keys(signature)],
        )

    def remove(self, article_id: int) -> None:
        self.conn.execute("DELETE FROM minhash_bands WHERE article_id = ?", (article_id,))
        self.conn.execute("DELETE FROM minhash WHERE article_id = ?", (article_id,))

    def similarity(self, left: str, right: str) -> float:
        """Estimated Jaccard similarity of two texts' shingle sets (for tests and tuning)."""
        a, b = self.signature(left), self.signature(right)
        if a is None or b is None:
            return 0.0
        return float(np.count_nonzero(a == b)) / self.num_perm


def exact_jaccard(left: str, right: str) -> float:
    """The exact Jaccard similarity of two texts' shingle sets."""
    a, b = shingles(left), shingles(right)
    return len(a & b) / len(a | b) if a or b else 0.0

"""Body-text scoring as the Zyte article-extraction benchmark does it.

Word 4-gram shingles (multisets) of the lower-cased word tokens; precision and
recall per page, averaged over pages; F1 of the two averages. A page with an empty
prediction scores precision 0 and recall 0 unless the truth is empty too.
"""

from __future__ import annotations

import re
from collections import Counter
from statistics import mean

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    words = _WORD.findall((text or "").lower())
    return Counter(tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0)))


def precision_recall(predicted: str, expected: str) -> tuple[float, float]:
    pred, true = shingles(predicted), shingles(expected)
    if not pred and not true:
        return 1.0, 1.0
    if not pred or not true:
        return 0.0, 0.0
    hit = sum((pred & true).values())
    return hit / sum(pred.values()), hit / sum(true.values())


def f1_of_averages(pairs: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1) over pages."""
    if not pairs:
        return 0.0, 0.0, 0.0
    p = mean(pr[0] for pr in pairs)
    r = mean(pr[1] for pr in pairs)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

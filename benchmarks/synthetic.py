"""Synthetic Vietnamese party-news articles for the store benchmark, deterministic and streamed.

`Corpus(n)` is n pages in the order a crawler would submit them:

* originals (about 78 %): 30 to 1,300 syllables of body (median about 600, or
  2,600 characters; one in eight a short notice of under 300), with a title, a
  lead, 0 to 3 captioned images, tags, as on the provincial and central sites;
* exact duplicates (about 6 %): an original's title and body at another site's URL;
* syndicated copies (about 10 %): another site republishing an original lightly
  edited (one sentence reworded, or two words for a short text, and a "Nguồn: ..."
  line): near-duplicates, median shingle Jaccard 0.90, 94 % of them at 0.8 or more;
* re-crawls (about 6 %): an earlier URL fetched again with its text changed
  (a paragraph appended).

Only the plan (one kind and one target per page, a few bytes each) is kept in
memory; page k is rebuilt from its own seed whenever it is asked for, so the
benchmark of 100,000 pages does not hold 400 MB of text. Duplicates and
syndicated copies point at originals with an odd index, re-crawls at originals
with an even one, so a duplicate never meets an original whose text a re-crawl
already changed.
"""

from __future__ import annotations

import itertools
import random
from array import array

from crawler.items import SCHEMA_VERSION, content_hash

ORIGINAL, DUPLICATE, SYNDICATED, RECRAWL = range(4)
KIND_NAMES = ("original", "duplicate", "syndicated", "recrawl")
SHARES = (0.78, 0.06, 0.10, 0.06)

SITES = (
    "hanam", "thanhhoa", "nghean", "hatinh", "quangbinh", "hue", "danang", "quangnam", "binhdinh", "phuyen",
    "khanhhoa", "daklak", "lamdong", "dongnai", "binhduong", "tayninh", "longan", "tiengiang", "bentre", "cantho",
    "angiang", "kiengiang", "camau", "haiphong", "quangninh", "bacninh", "thainguyen", "laocai", "sonla", "dienbien",
)
SECTIONS = ("tin-tuc", "xay-dung-dang", "chinh-tri", "kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh")
CATEGORIES = ("Tin hoạt động", "Xây dựng Đảng", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh")
AUTHORS = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thu Hà", "Vũ Đức Hải",
           "Đặng Thị Lan", "Bùi Văn Long", "Đỗ Thanh Mai", "Ngô Quang Nam")
SOURCES = ("TTXVN", "Báo Nhân Dân", "Báo Quân đội nhân dân", "Tạp chí Cộng sản", "Báo Hà Nam", "Báo Thanh Hóa")

# Words and set phrases of party news, most frequent first (weights fall off as in real text).
VOCABULARY = (
    "và", "của", "các", "đồng chí", "công tác", "cán bộ", "đảng viên", "tỉnh ủy", "thực hiện", "nhân dân",
    "phát triển", "triển khai", "nghị quyết", "Ban Thường vụ", "cấp ủy", "tổ chức đảng", "lãnh đạo", "chỉ đạo",
    "kinh tế", "xã hội", "năm", "trong", "đã", "được", "với", "cho", "những", "nhiệm vụ", "giải pháp", "hội nghị",
    "Bí thư", "Phó Bí thư", "Chủ tịch", "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc", "đoàn thể",
    "huyện", "xã", "phường", "thị trấn", "thành phố", "địa phương", "cơ sở", "chi bộ", "đảng bộ", "nhiệm kỳ",
    "Đại hội", "Trung ương", "Bộ Chính trị", "Ban Bí thư", "chỉ thị", "kết luận", "quy định", "kế hoạch",
    "tuyên truyền", "dân vận", "kiểm tra", "giám sát", "kỷ luật", "chỉnh đốn", "xây dựng", "củng cố", "nâng cao",
    "năng lực", "sức chiến đấu", "chất lượng", "hiệu quả", "đổi mới", "phương thức", "đoàn kết", "thống nhất",
    "nông thôn mới", "đô thị văn minh", "chuyển đổi số", "cải cách hành chính", "thu hút đầu tư", "hạ tầng",
    "giao thông", "giáo dục", "y tế", "văn hóa", "du lịch", "nông nghiệp", "công nghiệp", "doanh nghiệp",
    "thanh niên", "phụ nữ", "cựu chiến binh", "nông dân", "công đoàn", "người có uy tín", "đồng bào dân tộc",
    "quốc phòng", "an ninh", "trật tự", "biên giới", "bảo vệ", "nền tảng tư tưởng", "đấu tranh", "phản bác",
    "quan điểm sai trái", "thù địch", "học tập", "làm theo", "tư tưởng", "đạo đức", "phong cách", "Hồ Chí Minh",
    "tiếp tục", "tăng cường", "đẩy mạnh", "quán triệt", "sơ kết", "tổng kết", "đánh giá", "kết quả", "hạn chế",
    "nguyên nhân", "bài học kinh nghiệm", "phương hướng", "mục tiêu", "chỉ tiêu", "đạt", "vượt", "tăng", "giảm",
    "so với cùng kỳ", "trên địa bàn", "toàn tỉnh", "sáng nay", "chiều", "ngày", "tháng", "phát biểu", "nhấn mạnh",
    "đề nghị", "yêu cầu", "ghi nhận", "biểu dương", "khen thưởng", "tập thể", "cá nhân", "tiêu biểu", "xuất sắc",
)
_WEIGHTS = list(itertools.accumulate(1.0 / (rank + 3) ** 0.9 for rank in range(len(VOCABULARY))))


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choices(VOCABULARY, cum_weights=_WEIGHTS, k=words))
    if rng.random() < 0.3:
        text += f" {rng.randint(2, 98)}%" if rng.random() < 0.5 else f" năm {rng.randint(2015, 2030)}"
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(sentences))


class Corpus:
    """The plan of `n` pages (kinds and targets) and the pages themselves, rebuilt on demand."""

    def __init__(self, n: int, seed: int = 20240621) -> None:
        self.n, self.seed = n, seed
        rng = random.Random(seed)
        self.kinds = array("b", bytes(n))
        self.targets = array("i", [-1]) * n
        pools: tuple[list[int], list[int]] = ([], [])  # originals with an even / odd index
        for k in range(n):
            kind = rng.choices(range(4), weights=SHARES)[0] if k >= 20 else ORIGINAL
            pool = pools[0] if kind == RECRAWL else pools[1]
            if kind != ORIGINAL and not pool:
                kind = ORIGINAL
            if kind == ORIGINAL:
                pools[k % 2].append(k)
            else:
                self.targets[k] = pool[rng.randrange(len(pool))]
            self.kinds[k] = kind
        self.counts = {name: self.kinds.count(i) for i, name in enumerate(KIND_NAMES)}

    def __len__(self) -> int:
        return self.n

    def batches(self, size: int):
        for start in range(0, self.n, size):
            yield [self.article(k) for k in range(start, min(self.n, start + size))]

    def article(self, k: int) -> dict:
        """Page k as the crawler submits it (an Article dict with its content hash)."""
        kind = self.kinds[k] if k < self.n else ORIGINAL
        if kind == ORIGINAL:
            return self.original(k)
        target = self.original(self.targets[k])
        rng = random.Random(self.seed * 7 + k)
        if kind == DUPLICATE:
            return self._elsewhere(target, k, rng, target["body"])
        if kind == SYNDICATED:
            return self._elsewhere(target, k, rng, syndicate(target["body"], rng), source=rng.choice(SOURCES))
        body = target["body"] + "\n\n" + paragraph(rng, rng.randint(1, 3))
        return _finish({**target, "body": body, "fetched_at": _day(k) + "T12:00:00+00:00"})

    def original(self, k: int) -> dict:
        rng = random.Random(self.seed * 1_000_003 + k)
        site = SITES[k % len(SITES)]
        section = rng.randrange(len(SECTIONS))
        size = rng.random()
        if size < 0.12:  # photo news, short notices
            paragraphs = [paragraph(rng, rng.randint(1, 3)) for _ in range(rng.randint(1, 3))]
        else:
            paragraphs = [paragraph(rng, rng.randint(2, 4)) for _ in range(rng.randint(4, 12))]
        title = sentence(rng, rng.randint(5, 10)).rstrip(".")
        day = _day(k)
        return _finish({
            "url": self.url(site, section, k),
            "canonical_url": self.url(site, section, k),
            "site": site,
            "title": title,
            "lead": sentence(rng, rng.randint(20, 40)),
            "body": "\n\n".join(paragraphs),
            "published": f"{day}T{7 + k % 12:02d}:{k % 60:02d}:00+07:00",
            "published_precision": "minute",
            "modified": None,
            "authors": [rng.choice(AUTHORS)],
            "source": None,
            "images": [{"url": f"https://{site}.dcs.vn/uploads/{day}/{k}-{i}.jpg",
                        "caption": sentence(rng, rng.randint(8, 16)), "credit": "Ảnh: " + rng.choice(AUTHORS)}
                       for i in range(rng.randint(0, 3))],
            "tags": rng.sample(VOCABULARY[20:80], rng.randint(0, 4)),
            "category": CATEGORIES[section],
            "language": "vi",
            "fetched_at": f"{day}T10:00:00+00:00",
            "extraction": {"title": "site", "body": "site", "published": "site", "authors": "site"},
            "schema_version": SCHEMA_VERSION,
        })

    @staticmethod
    def url(site: str, section: int, k: int) -> str:
        return f"https://{site}.dcs.vn/{SECTIONS[section]}/bai-viet-{k}.html"

    def _elsewhere(self, target: dict, k: int, rng: random.Random, body: str, source: str | None = None) -> dict:
        site = SITES[(SITES.index(target["site"]) + 1 + rng.randrange(len(SITES) - 1)) % len(SITES)]
        url = self.url(site, rng.randrange(len(SECTIONS)), k)
        return _finish({**target, "url": url, "canonical_url": url, "site": site, "body": body, "source": source,
                        "fetched_at": _day(k) + "T11:00:00+00:00", "images": []})

    def probe(self, j: int) -> tuple[dict, int | None]:
        """A page not in the corpus: for even j a syndicated copy of a stored original (returned as the
        second item), for odd j an unrelated new article (None)."""
        k = self.n + j
        if j % 2:
            return self.original(k), None
        rng = random.Random(self.seed * 13 + k)
        start = 1 + 2 * rng.randrange(max(1, self.n // 2))
        target_index = next((i for i in range(start, self.n, 2) if self.kinds[i] == ORIGINAL), 1)
        target = self.original(target_index)
        return self._elsewhere(target, k, rng, syndicate(target["body"], rng), source="TTXVN"), target_index


def syndicate(body: str, rng: random.Random) -> str:
    """Another site's light edit of `body`: one sentence reworded (two words in a short text), a source line."""
    paragraphs = body.split("\n\n")
    index = rng.randrange(len(paragraphs))
    if len(body) > 1500:
        sentences = paragraphs[index].split(". ")
        sentences[rng.randrange(len(sentences))] = sentence(rng, rng.randint(8, 20)).rstrip(".")
        paragraphs[index] = ". ".join(sentences)
    else:
        for _ in range(2):
            words = paragraphs[index].split(" ")
            words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            paragraphs[index] = " ".join(words)
    return "\n\n".join(paragraphs) + f"\n\nNguồn: {rng.choice(SOURCES)}"


def _day(k: int) -> str:
    return f"20{22 + k % 4}-{1 + k % 12:02d}-{1 + k % 28:02d}"


def _finish(article: dict) -> dict:
    article["content_hash"] = content_hash(article["title"] or "", article["body"])
    return article

"""Valid Article dicts with realistic Vietnamese text, for store, pipeline and export tests.

Bodies are built from a seeded random choice of sentences, so two seeds give
different stories (low shingle overlap) and the same seed the same story.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from crawler.items import Article, Image

VN = timezone(timedelta(hours=7))

SUBJECTS = [
    "Ban Thường vụ Tỉnh ủy", "Đảng ủy Khối các cơ quan tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Đoàn đại biểu Quốc hội tỉnh",
    "Ủy ban Kiểm tra Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Thành ủy", "Huyện ủy", "Đảng ủy xã",
    "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh", "Sở Nội vụ", "Sở Tài chính",
]
VERBS = [
    "tổ chức hội nghị sơ kết", "triển khai kế hoạch thực hiện", "quán triệt nghị quyết về",
    "kiểm tra, giám sát việc thực hiện", "tổng kết công tác", "phát động phong trào thi đua về",
    "ban hành chương trình hành động về", "làm việc với các địa phương về", "đánh giá kết quả",
    "đẩy mạnh tuyên truyền về", "tăng cường lãnh đạo đối với", "góp ý dự thảo văn kiện về",
    "rà soát, bổ sung quy hoạch", "biểu dương các điển hình tiên tiến trong",
]
OBJECTS = [
    "công tác dân vận chính quyền", "xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    "phát triển kinh tế - xã hội năm 2024", "chuyển đổi số trong cơ quan Đảng",
    "cải cách hành chính và nâng cao chỉ số hài lòng của người dân", "xây dựng nông thôn mới nâng cao",
    "phòng, chống tham nhũng, tiêu cực", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "bảo vệ nền tảng tư tưởng của Đảng", "công tác cán bộ nhiệm kỳ 2025 - 2030",
    "giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số", "sắp xếp đơn vị hành chính cấp xã",
    "bảo đảm quốc phòng, an ninh trên địa bàn", "chăm lo đời sống gia đình chính sách",
    "phát triển văn hóa, con người Việt Nam", "kết nạp đảng viên mới trong doanh nghiệp tư nhân",
]
TAILS = [
    "Hội nghị thống nhất các giải pháp trọng tâm trong thời gian tới.",
    "Đồng chí Bí thư nhấn mạnh yêu cầu nêu cao trách nhiệm người đứng đầu.",
    "Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết.",
    "Kết quả đạt được đã góp phần củng cố niềm tin của nhân dân đối với Đảng.",
    "Nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong toàn tỉnh.",
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế cần sớm khắc phục.",
    "Cấp ủy các cấp cần bám sát cơ sở, lắng nghe ý kiến của người dân.",
    "Dịp này, nhiều tập thể và cá nhân được tặng Bằng khen của Ủy ban nhân dân tỉnh.",
]
PLACES = ["Hà Nam", "Thanh Hóa", "Nghệ An", "Quảng Ninh", "Cần Thơ", "Lâm Đồng", "Bắc Ninh", "Đắk Lắk", "Huế", "Cà Mau"]
AUTHORS = ["Hà Thanh", "Minh Quân", "Xuân Hiếu", "Ngọc Lan", "Trần Văn Hùng", "Nguyễn Thị Mai", "Nhóm PV"]


def sentence(rng: random.Random) -> str:
    number = rng.randint(2, 98)
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, "
        f"với {number} đơn vị tham gia và {rng.randint(100, 9000)} lượt cán bộ, đảng viên. {rng.choice(TAILS)}"
    )


def vietnamese_body(seed: int, paragraphs: int = 6, sentences: int = 3) -> str:
    """A body of `paragraphs` paragraphs (blank-line separated), about 250 words per 6 paragraphs."""
    rng = random.Random(seed)
    return "\n\n".join(" ".join(sentence(rng) for _ in range(sentences)) for _ in range(paragraphs))


def make_article(
    seed: int = 0,
    *,
    site: str = "hanam",
    url: str | None = None,
    body: str | None = None,
    title: str | None = None,
    published: datetime | None = None,
    paragraphs: int = 6,
    **overrides,
) -> dict:
    """A valid, finalized Article dict (schema-valid) for seed `seed`."""
    rng = random.Random(seed * 7919 + 1)
    published = published or datetime(2024, 1, 1, 8, 0, tzinfo=VN) + timedelta(hours=seed)
    article = Article(
        url=url or f"https://{site}.dcs.vn/tin-tuc/bai-viet-so-{seed}.html",
        title=title or f"{rng.choice(SUBJECTS)} {rng.choice(PLACES)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} (số {seed})",
        body=body if body is not None else vietnamese_body(seed, paragraphs=paragraphs),
        site=site,
        published=published.isoformat(),
        published_precision="datetime",
        authors=[rng.choice(AUTHORS)],
        lead=f"(ĐCSVN) – Sáng {published.day}/{published.month}, {rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}.",
        images=[Image(url=f"https://{site}.dcs.vn/uploads/{seed}.jpg", caption="Quang cảnh hội nghị.", credit="Ảnh: Hà Thanh")],
        tags=["dân vận", "xây dựng Đảng"],
        category="Tin tức",
        fetched_at=datetime(2024, 6, 1, 9, 0, tzinfo=timezone.utc).isoformat(),
        extraction={"title": "site", "body": "site", "published": "metadata"},
    )
    data = article.finalize().to_dict()
    data.update(overrides)
    return data


def syndicated_copy(original: dict, *, site: str, seed: int, published: datetime | None = None) -> dict:
    """The same story republished on another site: source line added, a few words edited, new URL."""
    words = original["body"].split(" ")
    rng = random.Random(seed)
    for index in rng.sample(range(len(words)), 3):
        words[index] = rng.choice(["tích cực", "hiệu quả", "toàn diện"])
    body = " ".join(words) + "\n\nNguồn Báo Hà Nam"
    return make_article(
        seed,
        site=site,
        url=f"https://{site}.dcs.vn/news/thoi-su/{seed}.html",
        title=original["title"],
        body=body,
        published=published,
        source="Báo Hà Nam",
    )

# Sanity checks for the held-out set: run from benchmarks/heldout/.  python3 check_gold.py
import json, glob, os, re, unicodedata, datetime
import lxml.html
CHROME = ["Lượt xem", "lượt xem", "Đang truy cập", "Tổng lượt truy cập", "In bài viết", "Gửi email", "Chia sẻ", "A+",
          "Nghe đọc", "Tin liên quan", "Các tin khác", "Tin cùng chuyên mục", "Xem nhiều nhất", "Ý kiến bạn đọc",
          "Gửi bình luận", "Bản quyền", "Giấy phép", "Ảnh:", "Nguồn:", "Theo TTXVN", "Tin và ảnh", "Bài, ảnh", "Đăng nhập", "No title"]
ok = True
for g in sorted(glob.glob("gold/*.json")):
    d = json.load(open(g, encoding="utf-8"))
    name = os.path.basename(g)[:-5]
    raw = open(f"pages/{name}.html", encoding="utf-8").read()
    doc = lxml.html.fromstring(raw)
    txt = unicodedata.normalize("NFC", " ".join(doc.text_content().split()))
    s = json.dumps(d, ensure_ascii=False)
    assert s == unicodedata.normalize("NFC", s), name
    for c in CHROME:
        if c in d["body"]:
            print("CHROME", name, c); ok = False
    for p in d["body"].split("\n\n") + ([d["lead"]] if d["lead"] else []) + [d["title"]]:
        if p not in txt:
            print("MISSING", name, p[:60]); ok = False
    if d["published"]:
        dt = datetime.datetime.fromisoformat(d["published"])
        if not (2019 <= dt.year and dt.date() <= datetime.date(2026, 11, 30)):
            print("DATE", name); ok = False
    nfd = raw != unicodedata.normalize("NFC", raw)
    words = len((d["body"] + " " + (d["lead"] or "")).split())
    print(f"{name:45s} pub={d['published']} prec={d['published_precision']} auth={d['authors']} src={d['source']} words={words} paras={d['body'].count(chr(10)*2)+1} imgs={len(d['images'])} nfd={nfd}")
print("OK" if ok else "PROBLEMS")

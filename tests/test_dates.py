"""Vietnamese date labels: a table of real-world shapes and traps, then find_dates,
infer_partial_date and explicit offsets.

`CASES` is also the corpus of `benchmarks/bench_dates.py`.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from crawler.extract.dates import (
    VN_TZ,
    ParsedDate,
    find_dates,
    infer_partial_date,
    parse_date,
    warm_up,
)

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=VN_TZ)
DT, D = "datetime", "date"

# (text, expected ISO or None, precision)
CASES: list[tuple[str, str | None, str | None]] = [
    # header widget / weekday + date
    ("Thứ Sáu, 21/6/2024", "2024-06-21T00:00:00+07:00", D),
    ("Thứ Hai, 19/01/2026", "2026-01-19T00:00:00+07:00", D),
    ("thứ sáu, 21/06/2024", "2024-06-21T00:00:00+07:00", D),
    ("THỨ SÁU, 21/6/2024", "2024-06-21T00:00:00+07:00", D),
    ("Thu Sau, 21/6/2024", "2024-06-21T00:00:00+07:00", D),
    ("CN, 23/6/2024", "2024-06-23T00:00:00+07:00", D),
    ("Chủ nhật, 23/06/2024", "2024-06-23T00:00:00+07:00", D),
    ("Chu nhat 23/6/2024", "2024-06-23T00:00:00+07:00", D),
    (unicodedata.normalize("NFD", "Chủ nhật, 23/6/2024"), "2024-06-23T00:00:00+07:00", D),
    (unicodedata.normalize("NFD", "Thứ Bảy, 22/6/2024 08:15"), "2024-06-22T08:15:00+07:00", DT),
    ("Thứ 7, 22/6/2024", "2024-06-22T00:00:00+07:00", D),
    # dddd, DD/MM/YYYY HH:mm (DNN .lbPublishedDate)
    ("Thứ Tư, 30/03/2022 14:05", "2022-03-30T14:05:00+07:00", DT),
    ("Thứ tư, 30/3/2022 9:05", "2022-03-30T09:05:00+07:00", DT),
    ("Thứ Tư, 30/03/2022 14:05 (GMT+7)", "2022-03-30T14:05:00+07:00", DT),
    ("Thứ Tư, 30/03/2022 | 14:05", "2022-03-30T14:05:00+07:00", DT),
    ("Thứ Ba, 29/09/2015, 10:13", "2015-09-29T10:13:00+07:00", DT),
    ("Thứ ba, 29/9/2015, 10:13", "2015-09-29T10:13:00+07:00", DT),
    # Cập nhật lúc / time before the date
    ("Cập nhật lúc: 18:00 |22/05/2022", "2022-05-22T18:00:00+07:00", DT),
    ("Cập nhật lúc 18:00 | 22/05/2022", "2022-05-22T18:00:00+07:00", DT),
    ("Cập nhật lúc: 18:00 ngày 22/05/2022", "2022-05-22T18:00:00+07:00", DT),
    ("18:00 22/05/2022", "2022-05-22T18:00:00+07:00", DT),
    ("08:30 - 30/03/2022", "2022-03-30T08:30:00+07:00", DT),
    ("8:30, 30/3/2022", "2022-03-30T08:30:00+07:00", DT),
    ("14:05 Thứ Tư, 30/03/2022", "2022-03-30T14:05:00+07:00", DT),
    ("14h05 ngày 30/3/2022", "2022-03-30T14:05:00+07:00", DT),
    ("14h ngày 30/3/2022", "2022-03-30T14:00:00+07:00", DT),
    ("14 giờ 05 ngày 30/3/2022", "2022-03-30T14:05:00+07:00", DT),
    ("14 giờ 05 phút, ngày 30/3/2022", "2022-03-30T14:05:00+07:00", DT),
    ("Lúc 8 giờ ngày 30/3/2022", "2022-03-30T08:00:00+07:00", DT),
    # date then time
    ("04/04/2022 - 08:59", "2022-04-04T08:59:00+07:00", DT),
    ("4/4/2022 - 8:59", "2022-04-04T08:59:00+07:00", DT),
    ("04/04/2022 – 08:59", "2022-04-04T08:59:00+07:00", DT),
    ("Gửi lúc: 05/12/2013 15:42:27", "2013-12-05T15:42:27+07:00", DT),
    ("01/04/2022 - 15:28 GMT+7", "2022-04-01T15:28:00+07:00", DT),
    ("01/04/2022 15:28 (GMT+07:00)", "2022-04-01T15:28:00+07:00", DT),
    ("Cập nhật: 21/06/2024 08:30:00 (GMT+7)", "2024-06-21T08:30:00+07:00", DT),
    ("Ngày đăng: 30-3-2022 14:05", "2022-03-30T14:05:00+07:00", DT),
    ("30/3/2022 lúc 8:30", "2022-03-30T08:30:00+07:00", DT),
    ("30/3/2022 vào lúc 8:30", "2022-03-30T08:30:00+07:00", DT),
    ("ngày 30/3/2022, 14h05", "2022-03-30T14:05:00+07:00", DT),
    ("30/03/2022 14 giờ 5 phút", "2022-03-30T14:05:00+07:00", DT),
    ("30/03/2022 8:30 sáng", "2022-03-30T08:30:00+07:00", DT),
    ("30/03/2022 2:30 chiều", "2022-03-30T14:30:00+07:00", DT),
    # SharePoint am/pm
    ("30/03/2022 2:05 CH", "2022-03-30T14:05:00+07:00", DT),
    ("30/03/2022 9:05 SA", "2022-03-30T09:05:00+07:00", DT),
    ("30/03/2022 12:05 SA", "2022-03-30T00:05:00+07:00", DT),
    ("30/03/2022 12:05 CH", "2022-03-30T12:05:00+07:00", DT),
    ("30/03/2022 2:05 PM", "2022-03-30T14:05:00+07:00", DT),
    ("30/03/2022 2:05 AM", "2022-03-30T02:05:00+07:00", DT),
    # date only, labels
    ("Đăng ngày: 30/03/2022", "2022-03-30T00:00:00+07:00", D),
    ("Ngày:30/03/2022", "2022-03-30T00:00:00+07:00", D),
    ("15/11/2019 | 604", "2019-11-15T00:00:00+07:00", D),
    ("15/11/2019 |604", "2019-11-15T00:00:00+07:00", D),
    ("15/11/2019 - 11069 Lượt xem", "2019-11-15T00:00:00+07:00", D),
    ("30.03.2022", "2022-03-30T00:00:00+07:00", D),
    ("1.4.2022", "2022-04-01T00:00:00+07:00", D),
    ("30-03-2022", "2022-03-30T00:00:00+07:00", D),
    ("1/4/2022", "2022-04-01T00:00:00+07:00", D),
    ("01/04/2022", "2022-04-01T00:00:00+07:00", D),
    ("29/02/2024", "2024-02-29T00:00:00+07:00", D),
    ("01/01/1930", "1930-01-01T00:00:00+07:00", D),
    ("Ngày 30/3/2022.", "2022-03-30T00:00:00+07:00", D),
    # textual months
    ("ngày 30 tháng 3 năm 2022", "2022-03-30T00:00:00+07:00", D),
    ("Ngày 30 tháng 03 năm 2022", "2022-03-30T00:00:00+07:00", D),
    ("Hà Nội, ngày 5 tháng 12 năm 2021", "2021-12-05T00:00:00+07:00", D),
    ("Thứ hai, 26 Tháng 10 2020 14:49", "2020-10-26T14:49:00+07:00", DT),
    ("Thứ Hai, 26 Tháng Mười 2020", "2020-10-26T00:00:00+07:00", D),
    ("01 Tháng Giêng 2021", "2021-01-01T00:00:00+07:00", D),
    ("30 tháng 3, 2022", "2022-03-30T00:00:00+07:00", D),
    ("March 30, 2022", "2022-03-30T00:00:00+07:00", D),
    ("30 Mar 2022", "2022-03-30T00:00:00+07:00", D),
    ("Wed, 30 Mar 2022 07:05:00 GMT", "2022-03-30T07:05:00+00:00", DT),
    ("Wed, 30 Mar 2022 14:05:00 +0700", "2022-03-30T14:05:00+07:00", DT),
    ("Wed, 30 Mar 2022 02:05:00 -0500", "2022-03-30T02:05:00-05:00", DT),
    # ISO (time[datetime], JSON-LD, OG)
    ("2022-03-30T14:05:00+07:00", "2022-03-30T14:05:00+07:00", DT),
    ("2022-03-30T07:05:00Z", "2022-03-30T07:05:00+00:00", DT),
    ("2022-03-30T07:05:00+00:00", "2022-03-30T07:05:00+00:00", DT),
    ("2022-03-30T14:05:00.250+07:00", "2022-03-30T14:05:00.250000+07:00", DT),
    ("2022-03-30T14:05+0700", "2022-03-30T14:05:00+07:00", DT),
    ("2022-03-30 14:05:00", "2022-03-30T14:05:00+07:00", DT),
    ("2022-03-30T14:05:00", "2022-03-30T14:05:00+07:00", DT),
    ("2022-03-30", "2022-03-30T00:00:00+07:00", D),
    ("2022/03/30", "2022-03-30T00:00:00+07:00", D),
    (" 2022-03-30T14:05:00-05:00 ", "2022-03-30T14:05:00-05:00", DT),
    # dateparser fallback (no regex reads "thg")
    ("30 thg 3, 2022", "2022-03-30T00:00:00+07:00", D),
    ("Thứ Tư, 30 thg 3, 2022", "2022-03-30T00:00:00+07:00", D),
    ("30 thg 3, 2022 14:05", "2022-03-30T14:05:00+07:00", DT),
    ("tháng 3 30, 2022", "2022-03-30T00:00:00+07:00", D),
    # traps
    ("Lượt xem: 453", None, None),
    ("11069 Lượt xem", None, None),
    ("Luật số 10/2022/QH15", None, None),
    ("Nghị quyết số 01/2022/NQ-CP", None, None),
    ("0226.3852.701", None, None),
    ("0226 3852 701", None, None),
    ("2/3 số đại biểu", None, None),
    ("1/2", None, None),
    ("Tỉ số 2-1", None, None),
    ("31/02/2023", None, None),
    ("30/13/2022", None, None),
    ("00/12/2022", None, None),
    ("năm 2022", None, None),
    ("Tháng 3/2022", None, None),
    ("14:05", None, None),
    ("14h05", None, None),
    ("01/01/1929", None, None),
    ("31/12/1899", None, None),
    ("30/06/2026", None, None),  # after NOW + 1 day
    ("2099-01-01", None, None),
    ("3/30/2022", None, None),  # US order is never read
    ("hôm qua", None, None),
    ("2 giờ trước", None, None),
    ("Sáng 30/3", None, None),  # no year: infer_partial_date's job
    ("", None, None),
    ("   ", None, None),
    ("Tổng số: 2022", None, None),
    ("Năm 2022, tỉnh có 12 huyện", None, None),
]


@pytest.mark.parametrize(("text", "expected", "precision"), CASES)
def test_parse_date_table(text, expected, precision):
    result = parse_date(text, now=NOW)
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert result.isoformat() == expected
        assert result.precision == precision


def test_table_is_large_enough():
    assert len(CASES) >= 80
    assert sum(1 for _, expected, _ in CASES if expected is None) >= 15


def test_result_is_aware_and_vietnamese_by_default():
    result = parse_date("Thứ Sáu, 21/6/2024", now=NOW)
    assert result.value.tzinfo is not None
    assert result.value.utcoffset() == timedelta(hours=7)
    assert result.value == datetime(2024, 6, 20, 17, 0, tzinfo=timezone.utc)


def test_explicit_offsets_are_kept():
    utc = parse_date("2022-03-30T07:05:00Z", now=NOW)
    vn = parse_date("2022-03-30T14:05:00+07:00", now=NOW)
    assert utc.value.utcoffset() == timedelta(0)
    assert utc.value == vn.value  # same instant
    india = parse_date("2022-03-30T12:35:00+05:30", now=NOW)
    assert india.value.utcoffset() == timedelta(hours=5, minutes=30)
    assert india.value == vn.value
    gmt = parse_date("30/03/2022 07:05 GMT", now=NOW)
    assert gmt.isoformat() == "2022-03-30T07:05:00+00:00"
    gmt_plus = parse_date("30/03/2022 09:05 GMT+9", now=NOW)
    assert gmt_plus.isoformat() == "2022-03-30T09:05:00+09:00"


def test_default_now_rejects_tomorrow_plus_one():
    soon = datetime.now(VN_TZ) + timedelta(days=3)
    assert parse_date(soon.strftime("%d/%m/%Y")) is None
    today = datetime.now(VN_TZ)
    assert parse_date(today.strftime("%d/%m/%Y")) is not None


def test_naive_now_is_taken_as_vietnam_time():
    assert parse_date("02/06/2026", now=datetime(2026, 6, 1, 12, 0)) is not None
    assert parse_date("03/06/2026", now=datetime(2026, 6, 1, 12, 0)) is None


def test_parse_takes_first_date_of_label():
    result = parse_date("Đăng: 30/03/2022 08:00 - Cập nhật: 31/03/2022 09:00", now=NOW)
    assert result.isoformat() == "2022-03-30T08:00:00+07:00"


def test_non_string_input_gives_none():
    assert parse_date(None, now=NOW) is None  # type: ignore[arg-type]
    assert find_dates(None, now=NOW) == []  # type: ignore[arg-type]
    assert infer_partial_date(None, reference=NOW) is None  # type: ignore[arg-type]


# --- find_dates ------------------------------------------------------------

BLOCK = """Thứ Sáu, 21/6/2024
Đảng ủy Khối các cơ quan Trung ương tập huấn nghiệp vụ công tác dân vận
15/11/2019 | 604
Lượt xem: 453
Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị; 2/3 số đại biểu tán thành.
Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội, có hiệu lực từ ngày 01/7/2023.
Liên hệ: 0226.3852.701. Cập nhật lúc: 18:00 |22/05/2022. Ngày mai: 31/02/2023."""


def test_find_dates_in_block():
    found = [d.isoformat() for d in find_dates(BLOCK, now=NOW)]
    assert found == [
        "2024-06-21T00:00:00+07:00",
        "2019-11-15T00:00:00+07:00",
        "2022-11-10T00:00:00+07:00",
        "2023-07-01T00:00:00+07:00",
        "2022-05-22T18:00:00+07:00",
    ]


def test_find_dates_view_count_is_not_a_time():
    (only,) = find_dates("15/11/2019 | 604 Lượt xem", now=NOW)
    assert only.precision == "date"


def test_find_dates_does_not_reuse_a_time():
    found = find_dates("01/04/2022 - 15:28 02/04/2022", now=NOW)
    assert [d.isoformat() for d in found] == ["2022-04-01T15:28:00+07:00", "2022-04-02T00:00:00+07:00"]


def test_find_dates_skips_future_and_old():
    found = find_dates("12/12/1920, 12/12/2030 và 12/12/2020", now=NOW)
    assert [d.isoformat() for d in found] == ["2020-12-12T00:00:00+07:00"]


def test_find_dates_no_partial_dates():
    assert find_dates("Sáng 30/3, chiều 5-4 và tối 1/6; tỉ số 2/3.", now=NOW) == []


def test_find_dates_mixed_shapes_in_order():
    text = "Đăng 2022-03-30T14:05:00+07:00; in lại ngày 5 tháng 4 năm 2022 và 06.04.2022"
    assert [d.isoformat() for d in find_dates(text, now=NOW)] == [
        "2022-03-30T14:05:00+07:00",
        "2022-04-05T00:00:00+07:00",
        "2022-04-06T00:00:00+07:00",
    ]


# --- infer_partial_date ------------------------------------------------------

REF = datetime(2022, 4, 10, 9, 0, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị", "2022-03-30T00:00:00+07:00"),
        ("Chiều 5-4, tại Hà Nội", "2022-04-05T00:00:00+07:00"),
        ("Ngày 12/10, Ban Tuyên giáo", "2021-10-12T00:00:00+07:00"),
        ("Tối 1/4", "2022-04-01T00:00:00+07:00"),
        ("Trưa 10/4, đoàn công tác", "2022-04-10T00:00:00+07:00"),
        ("sáng 30/3,", "2022-03-30T00:00:00+07:00"),
        ("Sáng nay (30/3), Hội nghị", "2022-03-30T00:00:00+07:00"),
        ("Sáng 30.3, x", "2022-03-30T00:00:00+07:00"),
        ("Chiều ngày 5/4, x", "2022-04-05T00:00:00+07:00"),
        ("Ngày 30 tháng 3, Hội nghị", "2022-03-30T00:00:00+07:00"),
        ("(ĐCSVN) – Sáng 30/3, Ban Bí thư", "2022-03-30T00:00:00+07:00"),
        ("QĐND - Chiều 5-4, Bộ Quốc phòng", "2022-04-05T00:00:00+07:00"),
        ("(Baothanhhoa.vn) - Tối 1/4, x", "2022-04-01T00:00:00+07:00"),
        ("  \u201cSáng 30/3, x", "2022-03-30T00:00:00+07:00"),
        (unicodedata.normalize("NFD", "Chiều 5-4, x"), "2022-04-05T00:00:00+07:00"),
    ],
)
def test_infer_partial_date(text, expected):
    result = infer_partial_date(text, reference=REF)
    assert result is not None
    assert result.isoformat() == expected
    assert result.precision == "inferred"


@pytest.mark.parametrize(
    "text",
    [
        "Ban Dân vận Tỉnh ủy tổ chức hội nghị sáng 30/3",
        "2/3 số đại biểu tán thành",
        "Ngày 2/3 số đại biểu",
        "30/3, Ban Dân vận",
        "Sáng 31/2, x",
        "Chiều 5/13",
        "Sáng 30/3/22",
        "Sáng thứ Hai",
        "",
        "Tháng 3/2022, tỉnh",
    ],
)
def test_infer_partial_date_rejects(text):
    assert infer_partial_date(text, reference=REF) is None


def test_infer_partial_date_new_year():
    reference = datetime(2023, 1, 5, 10, 0, tzinfo=VN_TZ)
    assert infer_partial_date("Chiều 30/12", reference=reference).isoformat() == "2022-12-30T00:00:00+07:00"
    assert infer_partial_date("Sáng 5/1, x", reference=reference).isoformat() == "2023-01-05T00:00:00+07:00"
    assert infer_partial_date("Sáng 6/1, x", reference=reference).isoformat() == "2022-01-06T00:00:00+07:00"
    assert infer_partial_date("Sáng 2/1, x", reference=reference).isoformat() == "2023-01-02T00:00:00+07:00"


def test_infer_partial_date_reference_in_other_timezone():
    # 2023-01-04 20:00 UTC is already 5 January in Vietnam.
    reference = datetime(2023, 1, 4, 20, 0, tzinfo=timezone.utc)
    assert infer_partial_date("Sáng 5/1", reference=reference).isoformat() == "2023-01-05T00:00:00+07:00"


def test_infer_partial_date_leap_day():
    assert infer_partial_date("Sáng 29/2", reference=datetime(2024, 3, 1)).isoformat() == "2024-02-29T00:00:00+07:00"
    assert infer_partial_date("Sáng 29/2", reference=datetime(2023, 3, 1)) is None


def test_infer_partial_date_with_year_is_a_plain_date():
    result = infer_partial_date("Sáng 30/3/2021, x", reference=REF)
    assert result == ParsedDate(datetime(2021, 3, 30, tzinfo=VN_TZ), "date")


def test_warm_up_runs():
    warm_up()
    assert parse_date("30 thg 3, 2022", now=NOW) is not None

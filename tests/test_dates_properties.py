"""Property tests for the date module: no crash on any text, nothing out of range,
and ISO strings of aware datetimes read back to the same instant and offset."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract.dates import VN_TZ, ParsedDate, find_dates, infer_partial_date, parse_date

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=VN_TZ)
FLOOR = datetime(1930, 1, 1, tzinfo=timezone(timedelta(hours=14)))  # earliest instant of 1930 anywhere

# Text made mostly of the pieces dates are made of, so the parsers' branches get exercised.
DATE_ALPHABET = "0123456789/.-:|,() hTZ+GMTngàyNgày thángnăm giờ phút lúcSángChiều CHSA\u0301\u0323"
date_like_text = st.text(alphabet=DATE_ALPHABET, max_size=60)
any_text = st.one_of(st.text(max_size=200), date_like_text)
offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
references = st.datetimes(timezones=st.none() | st.just(VN_TZ) | st.just(timezone.utc) | offsets)

lead_starts = st.builds(
    "{} {}{}{}{}".format,
    st.sampled_from(["Sáng", "Chiều", "Tối", "Ngày", "(ĐCSVN) - Sáng", "sáng nay"]),
    st.integers(min_value=0, max_value=40),
    st.sampled_from(["/", "-", ".", " tháng "]),
    st.integers(min_value=0, max_value=15),
    st.one_of(st.just(", x"), date_like_text),
)

SETTINGS = settings(deadline=None, max_examples=300)


def _in_range(result: ParsedDate, now: datetime) -> bool:
    return FLOOR <= result.value <= now + timedelta(days=1) and result.value.year >= 1930


@SETTINGS
@given(any_text)
def test_parse_date_never_raises_and_stays_in_range(text):
    result = parse_date(text, now=NOW)
    if result is not None:
        assert result.value.tzinfo is not None
        assert result.precision in ("datetime", "date")
        assert _in_range(result, NOW)


@SETTINGS
@given(any_text)
def test_parse_date_default_now_never_future(text):
    result = parse_date(text)
    if result is not None:
        assert _in_range(result, datetime.now(VN_TZ))


@SETTINGS
@given(st.lists(any_text, max_size=5).map(" ".join))
def test_find_dates_never_raises_and_stays_in_range(text):
    for result in find_dates(text, now=NOW):
        assert result.precision in ("datetime", "date")
        assert _in_range(result, NOW)


@SETTINGS
@given(st.one_of(any_text, lead_starts), references)
def test_infer_partial_date_never_raises_and_not_after_reference(text, reference):
    result = infer_partial_date(text, reference=reference)
    if result is not None:
        assert _in_range(result, datetime.now(VN_TZ))
        if result.precision == "inferred":
            aware = reference if reference.tzinfo else reference.replace(tzinfo=VN_TZ)
            assert result.value.date() <= aware.astimezone(VN_TZ).date()


@SETTINGS
@given(
    st.datetimes(min_value=datetime(1930, 1, 2), max_value=datetime(2026, 5, 30), timezones=offsets)
)
def test_iso_round_trip(dt):
    result = parse_date(dt.isoformat(), now=NOW)
    assert result is not None
    assert result.value == dt
    assert result.value.utcoffset() == dt.utcoffset()
    assert result.value.replace(tzinfo=None) == dt.replace(tzinfo=None)
    assert result.precision == "datetime"


@SETTINGS
@given(st.dates(min_value=datetime(1930, 1, 1).date(), max_value=datetime(2026, 5, 31).date()))
def test_day_first_numeric_round_trip(day):
    for text in (f"{day.day}/{day.month}/{day.year}", day.strftime("%d/%m/%Y"), day.strftime("%d.%m.%Y")):
        result = parse_date(text, now=NOW)
        assert result is not None, text
        assert result.value.date() == day
        assert result.precision == "date"


@SETTINGS
@given(
    st.dates(min_value=datetime(1931, 1, 1).date(), max_value=datetime(2026, 5, 31).date()),
    st.sampled_from(["Sáng", "Chiều", "Tối", "Ngày", "Trưa"]),
)
def test_partial_date_year_is_latest_not_after_reference(day, word):
    reference = datetime(day.year, day.month, day.day, 8, 0, tzinfo=VN_TZ) + timedelta(days=200)
    result = infer_partial_date(f"{word} {day.day}/{day.month}, x", reference=reference)
    assert result is not None
    assert result.value.date() == day

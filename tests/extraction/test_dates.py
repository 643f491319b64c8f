"""Dates in Vietnamese writing, on hand-built documents."""

from __future__ import annotations

from datetime import date

import pytest

from doingoai.extraction import dates
from doingoai.extraction.doc import Doc


def mentions(text: str) -> list[tuple[str, str, date, date]]:
    doc = dates.run(Doc(source="t.txt", text=text, norm=text))
    return [(text[d.start : d.end], d.value, d.first, d.last) for d in doc.dates]


@pytest.mark.parametrize(
    "text,span,value,first,last",
    [
        ("ngày 28/08/2016", "28/08/2016", "2016-08-28", date(2016, 8, 28), date(2016, 8, 28)),
        ("ngày 28-8-2016", "28-8-2016", "2016-08-28", date(2016, 8, 28), date(2016, 8, 28)),
        ("Quốc khánh 2.9.1945", "2.9.1945", "1945-09-02", date(1945, 9, 2), date(1945, 9, 2)),
        ("Hà Nội, ngày 05 tháng 01 năm 2020", "ngày 05 tháng 01 năm 2020", "2020-01-05", date(2020, 1, 5), date(2020, 1, 5)),
        ("vào tháng 3/2017", "tháng 3/2017", "2017-03", date(2017, 3, 1), date(2017, 3, 31)),
        ("tháng 3 năm 2017", "tháng 3 năm 2017", "2017-03", date(2017, 3, 1), date(2017, 3, 31)),
        ("từ tháng 2.2005", "tháng 2.2005", "2005-02", date(2005, 2, 1), date(2005, 2, 28)),
        ("báo cáo (10/2018)", "10/2018", "2018-10", date(2018, 10, 1), date(2018, 10, 31)),
        ("quý I/2026", "quý I/2026", "2026", date(2026, 1, 1), date(2026, 3, 31)),
        ("quý III năm 2003", "quý III năm 2003", "2003", date(2003, 7, 1), date(2003, 9, 30)),
        ("6 tháng đầu năm 2025", "6 tháng đầu năm 2025", "2025", date(2025, 1, 1), date(2025, 6, 30)),
        ("9 tháng cuối năm 2024", "9 tháng cuối năm 2024", "2024", date(2024, 4, 1), date(2024, 12, 31)),
        ("đầu năm 2005", "đầu năm 2005", "2005", date(2005, 1, 1), date(2005, 3, 31)),
        ("trong năm 2025", "năm 2025", "2025", date(2025, 1, 1), date(2025, 12, 31)),
        ("giai đoạn 2021-2025", "2021-2025", "2021", date(2021, 1, 1), date(2025, 12, 31)),
        ("cuối tháng 10/1993", "cuối tháng 10/1993", "1993-10", date(1993, 10, 21), date(1993, 10, 31)),
    ],
)
def test_forms(text: str, span: str, value: str, first: date, last: date) -> None:
    assert mentions(text) == [(span, value, first, last)]


def test_day_lists_and_ranges_start_on_the_first_day() -> None:
    assert mentions("Trong hai ngày 05 và 06-04-2006, tại Sở")[0][1:] == ("2006-04-05", date(2006, 4, 5), date(2006, 4, 6))
    assert mentions("đợt 2 (16/12/2005 - 5/1/2006)")[0][1:] == ("2005-12-16", date(2005, 12, 16), date(2006, 1, 5))


def test_day_without_year_takes_the_latest_written_year() -> None:
    got = mentions("Năm 2004 tỉnh đón nhiều đoàn. Ngày 15/3 đoàn Lào đến; từ 27 đến 31/5 đoàn Nhật Bản.")
    assert [(s, v) for s, v, _, _ in got] == [("Năm 2004", "2004"), ("Ngày 15/3", "2004-03-15"), ("27 đến 31/5", "2004-05-27")]
    assert got[2][3] == date(2004, 5, 31)
    doc = dates.run(Doc(source="t", text="Năm 2004. Ngày 15/3.", norm="Năm 2004. Ngày 15/3."))
    assert [d.year_inferred for d in doc.dates] == [False, True]


def test_no_year_before_means_no_date() -> None:
    assert mentions("Sáng 22/10, hơn 60 doanh nghiệp Đức đã đến. Năm 2005 là năm bản lề.") == [
        ("Năm 2005", "2005", date(2005, 1, 1), date(2005, 12, 31))]


def test_relative_years_are_not_resolved() -> None:
    assert mentions("Năm 2005 … tháng 3 năm nay và tháng 10 năm ngoái") == [
        ("Năm 2005", "2005", date(2005, 1, 1), date(2005, 12, 31))]


@pytest.mark.parametrize(
    "text",
    ["2/3 số người", "nhà 22/5 Phạm Ngọc Chiêu", "2000 người", "Quyết định số 06/2006/QĐ-BTC", "kéo dài 8 tháng",
     "2 tháng 3 ngày", "Lê Quý Đôn", "tỷ lệ 1/500", "1.500 USD"],
)
def test_not_dates(text: str) -> None:
    assert mentions(text) == []


def test_nearest_prefers_a_written_year() -> None:
    doc = dates.run(Doc(source="t", text="Năm 2004. Ngày 15/3 và 1/6/2005.", norm="Năm 2004. Ngày 15/3 và 1/6/2005."))
    assert dates.nearest(doc, 10, len(doc.text)).value == "2005-06-01"
    assert dates.nearest(doc, 10, len(doc.text), written_year=False).value == "2004-03-15"

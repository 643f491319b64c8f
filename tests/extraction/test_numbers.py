"""Numbers read with Vietnamese conventions, on hand-built documents."""

from __future__ import annotations

import pytest

from doingoai.extraction import numbers
from doingoai.extraction.doc import Doc


def quantities(text: str) -> list[tuple]:
    doc = numbers.run(Doc(source="t.txt", text=text, norm=text))
    return [(text[q.start : q.end], q.value, q.amount, q.scale_word, q.unit, q.qualifier, q.is_money) for q in doc.quantities]


@pytest.mark.parametrize(
    "text,value,amount,scale,unit",
    [
        ("174,048 triệu USD", 174_048_000, 174.048, "triệu", "USD"),  # decimal comma
        ("1.700 USD", 1700, 1700, None, "USD"),  # dot thousands
        ("1,5 tỷ đồng", 1_500_000_000, 1.5, "tỷ", "VND"),
        ("1,5 tỉ đồng", 1_500_000_000, 1.5, "tỷ", "VND"),
        ("11.974.405,56 USD", 11_974_405.56, 11_974_405.56, None, "USD"),
        ("10 nghìn tỷ đồng", 10**13, 10, "nghìn tỷ", "VND"),
        ("500 ngàn đồng", 500_000, 500, "nghìn", "VND"),
        ("500.000đ", 500_000, 500_000, None, "VND"),
        ("3 triệu euro", 3_000_000, 3, "triệu", "EUR"),
        ("5 tỷ yên", 5_000_000_000, 5, "tỷ", "JPY"),
        ("2 triệu nhân dân tệ", 2_000_000, 2, "triệu", "CNY"),
        ("140.000 đôla Canada", 140_000, 140_000, None, "CAD"),
        ("20 triệu đô la Mỹ", 20_000_000, 20, "triệu", "USD"),
        ("US$ 5 triệu", 5_000_000, 5, "triệu", "USD"),
        ("1 tỷ 200 triệu đồng", 1_200_000_000, 1.2, "tỷ", "VND"),  # a compound amount
        ("1,500.25 USD", 1500.25, 1500.25, None, "USD"),  # English style pasted in
    ],
)
def test_money(text: str, value: float, amount: float, scale: str | None, unit: str) -> None:
    ((span, v, a, sw, u, _, money),) = quantities(text)
    assert (span, v, a, sw, u, money) == (text, value, amount, scale, unit, True)


def test_report_counts() -> None:
    got = quantities("tổ chức 19 đoàn/58 lượt cán bộ; đón 54 đoàn với 318 lượt khách quốc tế; ký kết 02 bản ghi nhớ")
    assert [(s, v, u) for s, v, _, _, u, _, _ in got] == [
        ("19 đoàn", 19, "đoàn"), ("58 lượt cán bộ", 58, "lượt cán bộ"), ("54 đoàn", 54, "đoàn"),
        ("318 lượt khách quốc tế", 318, "lượt khách"), ("02 bản ghi nhớ", 2, "bản ghi nhớ")]


def test_counted_nouns() -> None:
    got = quantities("13 dự án FDI đến từ 15 quốc gia và vùng lãnh thổ, 07 đoàn, 29 lượt người, 100 doanh nghiệp")
    assert [u for *_, u, _, _ in got] == ["dự án", "quốc gia và vùng lãnh thổ", "đoàn", "lượt người", "doanh nghiệp"]


@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("hơn 100 doanh nghiệp", "more_than"),
        ("trên 67,8 triệu USD", "more_than"),
        ("khoảng 30 dự án", "about"),
        ("gần 1,4 tỷ USD", "about"),
        ("xấp xỉ 1 tỷ USD", "about"),
        ("ước đạt 50 dự án", "about"),
        ("ít nhất 5 đoàn", "at_least"),
        ("tối thiểu 3 dự án", "at_least"),
        ("10 đoàn trở lên", "at_least"),
        ("20 dự án", "exact"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    ((*_, q, _),) = quantities(text)
    assert q == qualifier


def test_number_words_before_a_counted_noun() -> None:
    got = quantities("sáu dự án, hai đoàn, mười hai thành viên, hai mươi lăm người và năm 2005")
    assert [(v, u) for _, v, _, _, u, _, _ in got] == [(6, "dự án"), (2, "đoàn"), (12, "thành viên"), (25, "người")]


def test_ranges() -> None:
    doc = numbers.run(Doc(source="t", text="20-30 đoàn và từ 500 đến 600 triệu USD", norm="20-30 đoàn và từ 500 đến 600 triệu USD"))
    a, b = doc.quantities
    assert (a.value, a.upper, a.unit, a.qualifier) == (20, 30, "đoàn", "at_least")
    assert (b.value, b.upper, b.unit, b.scale_word) == (500_000_000, 600_000_000, "USD", "triệu")


def test_percent_is_not_a_count() -> None:
    assert [(v, u) for _, v, _, _, u, _, _ in quantities("tăng 12,5% và 30 phần trăm")] == [(12.5, "%"), (30, "%")]


@pytest.mark.parametrize(
    "text",
    [
        "ngày 28/08/2016", "28-8-2016", "tháng 3/2017", "năm 2004", "quý I/2026", "6 tháng đầu năm 2025",
        "Lễ hội lần thứ 7", "Số: 05/BC-UBND", "lúc 14h30", "tàu VD1/2", "điện thoại 9312794", "so với 2004",
        "hàng chục đoàn", "đồng chí Nguyễn Văn A",
    ],
)
def test_not_quantities(text: str) -> None:
    assert [q for q in quantities(text) if q[4] is not None or q[3] is not None] == [] and all(
        q[1] not in (2016, 2017, 2004, 2026, 2025, 7, 5, 9312794) for q in quantities(text))


def test_text_typed_without_tone_marks() -> None:
    got = quantities("cho 36 dư an, vơi tông vôn trên 67,8 triêu USD và 12 câu hỏi")
    assert [(v, sw, u, q) for _, v, _, sw, u, q, _ in got] == [
        (36, None, "dự án", "exact"), (67_800_000, "triệu", "USD", "more_than"), (12, None, None, "exact")]


def test_years_as_counts_when_a_noun_follows() -> None:
    assert [(v, u) for _, v, _, _, u, _, _ in quantities("2000 người")] == [(2000, "người")]


def test_offsets_index_the_text_when_norm_differs() -> None:
    text = "Tổng vốn 1,5 tỷ USD"
    doc = numbers.run(Doc(source="t", text=text, norm=text.replace("tỷ", "tỉ")))
    (q,) = doc.quantities
    assert text[q.start : q.end] == "1,5 tỷ USD" and q.scale_word == "tỷ"


def test_parse_helpers() -> None:
    assert numbers.parse_number("1.700") == 1700
    assert float(numbers.parse_number("1,5")) == 1.5
    assert numbers.parse_words("hai mươi mốt") == 21
    assert numbers.parse_words("một trăm linh năm") == 105

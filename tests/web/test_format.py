"""Numbers, dates and money as a person in Vietnam reads and types them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from doingoai.web import format as fmt
from doingoai.web.pages import templates


def test_numbers_take_a_decimal_comma_and_dot_thousands():
    assert fmt.number(Decimal("1234567.89")) == "1.234.567,89"
    assert fmt.number(1234567) == "1.234.567"
    assert fmt.number(Decimal("0.5"), 2) == "0,50"
    assert fmt.number(Decimal("1234567.123456")) == "1.234.567,123456"  # no digit lost
    assert fmt.number(None) == ""


def test_money_carries_its_currency():
    assert fmt.money(Decimal("1234567.89"), "USD") == "1.234.567,89\xa0US$"
    assert fmt.money(Decimal("1234567"), "VND") == "1.234.567\xa0₫"


def test_dates_are_day_month_year_and_moments_are_in_vietnam_time():
    assert fmt.vn_date(date(2026, 3, 5)) == "05/03/2026"
    assert fmt.vn_date("2019-05-12") == "12/05/2019"
    # 20:30 UTC on 31/12 is already 03:30 on 01/01 in Hà Nội
    assert fmt.vn_datetime(datetime(2025, 12, 31, 20, 30, tzinfo=UTC)) == "01/01/2026 03:30"
    assert fmt.vn_datetime(datetime(2025, 12, 31, 20, 30)) == "01/01/2026 03:30"  # SQLite: naive, stored UTC


def test_delegations_are_counted_as_doan_and_luot():
    assert fmt.delegations(19, 58) == "19 đoàn/58 lượt"
    assert fmt.delegations(1204, 3561) == "1.204 đoàn/3.561 lượt"
    assert fmt.delegations(2, 7, "en") == "2 delegations/7 person-trips"


def test_what_people_type_is_read_the_vietnamese_way():
    assert fmt.parse_number("1.234.567,89") == Decimal("1234567.89")
    assert fmt.parse_number("1234,5") == Decimal("1234.5")
    assert fmt.parse_number(" 2.000 ") == Decimal("2000")
    for ambiguous in ("1.5", "1,234.56", "abc", ""):
        with pytest.raises(ValueError):
            fmt.parse_number(ambiguous)
    assert fmt.parse_date("5/3/2026") == fmt.parse_date("05/03/2026") == fmt.parse_date("2026-03-05") == date(2026, 3, 5)
    for bad in ("31/02/2026", "2026/03/05", "05-2026"):
        with pytest.raises(ValueError):
            fmt.parse_date(bad)


def test_the_template_filters_format_the_same_way():
    page = templates.from_string(
        "{{ n | number }} · {{ m | money('USD') }} · {{ d | vn_date }} · {{ 19 | delegations(58) }} · {{ 'LA' | country }}")
    assert page.render(n=Decimal("1234567.89"), m=Decimal("2500000"), d=date(2026, 3, 5), lang="vi") == \
        "1.234.567,89 · 2.500.000,00\xa0US$ · 05/03/2026 · 19 đoàn/58 lượt · Lào"
    assert "19 delegations/58 person-trips · Laos" in page.render(n=1, m=1, d=date(2026, 3, 5), lang="en")

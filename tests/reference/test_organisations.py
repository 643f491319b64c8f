"""Organisations (organisations.csv), the Vietnamese-bodies negative list, currencies."""

from __future__ import annotations

import pytest

from doingoai.reference import services as ref
from doingoai.reference.models import ORGANISATION_KINDS


def test_at_least_100_with_valid_kinds_and_countries() -> None:
    orgs = ref.organisations()
    assert len(orgs) >= 100
    assert len({o.key for o in orgs}) == len(orgs)
    for org in orgs:
        assert org.kind in ORGANISATION_KINDS, org
        assert org.name_vi and org.name_en, org
        assert org.country is None or ref.country(org.country) is not None, org
    kinds = {o.kind for o in orgs}
    assert kinds == set(ORGANISATION_KINDS)
    assert all(o.kind == "ngo" for o in ref.organisations("ngo"))
    with pytest.raises(ValueError):
        ref.organisations("club")


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("JICA", "jica"), ("Cơ quan Hợp tác Quốc tế Nhật Bản", "jica"),
        ("Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", "jica"), ("cơ quan hợp tác quốc tế nhật bản", "jica"),
        ("Cơ quan Hợp tác Quốc tế Hàn Quốc", "koica"), ("KOICA", "koica"),
        ("Tổ chức Y tế Thế giới", "who"), ("Quỹ Nhi đồng Liên hợp quốc", "unicef"),
        ("Chương trình Phát triển Liên hợp quốc", "undp"), ("Ngân hàng Phát triển châu Á", "adb"),
        ("Tổ chức Thương mại Thế giới", "wto"), ("Quỹ Tiền tệ Quốc tế", "imf"), ("Liên minh châu Âu", "eu"),
        ("Ngân hàng Thế giới", "worldbank"), ("WB", "worldbank"), ("Liên hợp quốc", "un"),
        ("Handicap International", "hi"), ("Humanity & Inclusion", "hi"), ("Hội Chữ thập đỏ quốc tế", "ifrc"),
        ("Korea Foundation", "kf"), ("Hon Hai", "foxconn"), ("Nestle", "nestle"), ("tổ chức Oxfam", "oxfam"),
    ],
)
def test_resolve_organisation(name: str, key: str) -> None:
    found = ref.resolve_organisation(name)
    assert found is not None and found.key == key


def test_search_organisations() -> None:
    assert ref.search_organisations("jica")[0].key == "jica"
    assert ref.search_organisations("lien hop quoc")[0].key == "un"
    assert all(o.kind == "company" for o in ref.search_organisations("tap doan", kind="company"))


@pytest.mark.parametrize(
    "name",
    [
        "Bộ Ngoại giao", "Bộ Ngoại giao Việt Nam", "Sở Ngoại vụ tỉnh Lào Cai", "UBND tỉnh Hà Giang",
        "Ủy ban nhân dân tỉnh Quảng Ninh", "Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO", "VCCI",
        "Hội hữu nghị Việt Nam - Nhật Bản", "Hội Chữ thập đỏ Việt Nam", "Tỉnh ủy Cao Bằng",
    ],
)
def test_vietnamese_bodies(name: str) -> None:
    assert ref.is_vietnamese_body(name)


@pytest.mark.parametrize(
    "name",
    [
        "JICA", "Bộ Ngoại giao Nhật Bản", "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam",
        "Sở Ngoại vụ tỉnh Gunma", "Hội Chữ thập đỏ quốc tế", "Sony", "",
    ],
)
def test_not_vietnamese_bodies(name: str) -> None:
    assert not ref.is_vietnamese_body(name)


def test_no_organisation_is_a_vietnamese_body() -> None:
    for org in ref.organisations():
        for name in (org.name_vi, org.name_en):
            assert not ref.is_vietnamese_body(name), (org.key, name)


@pytest.mark.parametrize(("code", "ok"), [("VND", True), ("usd", True), ("EUR", True), ("XYZ", False), ("", False)])
def test_is_currency(code: str, ok: bool) -> None:
    assert ref.is_currency(code) is ok

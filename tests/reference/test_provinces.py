"""Vietnamese provinces: 63 units before 1 July 2025, 34 after (Resolution 202/2025/QH15)."""

from __future__ import annotations

from datetime import date

import pytest

from doingoai.reference import services as ref
from doingoai.reference.models import KIND_CITY, KIND_PROVINCE

# vn-conventions.md §6.2: new code -> (new name, type on 1 July 2025, former codes)
TABLE_6_2 = {
    "01": ("Hà Nội", KIND_CITY, {"01"}),
    "04": ("Cao Bằng", KIND_PROVINCE, {"04"}),
    "08": ("Tuyên Quang", KIND_PROVINCE, {"02", "08"}),
    "11": ("Điện Biên", KIND_PROVINCE, {"11"}),
    "12": ("Lai Châu", KIND_PROVINCE, {"12"}),
    "14": ("Sơn La", KIND_PROVINCE, {"14"}),
    "15": ("Lào Cai", KIND_PROVINCE, {"10", "15"}),
    "19": ("Thái Nguyên", KIND_PROVINCE, {"06", "19"}),
    "20": ("Lạng Sơn", KIND_PROVINCE, {"20"}),
    "22": ("Quảng Ninh", KIND_PROVINCE, {"22"}),
    "24": ("Bắc Ninh", KIND_PROVINCE, {"24", "27"}),
    "25": ("Phú Thọ", KIND_PROVINCE, {"17", "25", "26"}),
    "31": ("Hải Phòng", KIND_CITY, {"30", "31"}),
    "33": ("Hưng Yên", KIND_PROVINCE, {"33", "34"}),
    "37": ("Ninh Bình", KIND_PROVINCE, {"35", "36", "37"}),
    "38": ("Thanh Hóa", KIND_PROVINCE, {"38"}),
    "40": ("Nghệ An", KIND_PROVINCE, {"40"}),
    "42": ("Hà Tĩnh", KIND_PROVINCE, {"42"}),
    "44": ("Quảng Trị", KIND_PROVINCE, {"44", "45"}),
    "46": ("Huế", KIND_CITY, {"46"}),
    "48": ("Đà Nẵng", KIND_CITY, {"48", "49"}),
    "51": ("Quảng Ngãi", KIND_PROVINCE, {"51", "62"}),
    "52": ("Gia Lai", KIND_PROVINCE, {"52", "64"}),
    "56": ("Khánh Hòa", KIND_PROVINCE, {"56", "58"}),
    "66": ("Đắk Lắk", KIND_PROVINCE, {"54", "66"}),
    "68": ("Lâm Đồng", KIND_PROVINCE, {"60", "67", "68"}),
    "75": ("Đồng Nai", KIND_PROVINCE, {"70", "75"}),
    "79": ("Hồ Chí Minh", KIND_CITY, {"74", "77", "79"}),
    "80": ("Tây Ninh", KIND_PROVINCE, {"72", "80"}),
    "82": ("Đồng Tháp", KIND_PROVINCE, {"82", "87"}),
    "86": ("Vĩnh Long", KIND_PROVINCE, {"83", "84", "86"}),
    "91": ("An Giang", KIND_PROVINCE, {"89", "91"}),
    "92": ("Cần Thơ", KIND_CITY, {"92", "93", "94"}),
    "96": ("Cà Mau", KIND_PROVINCE, {"95", "96"}),
}


def test_counts() -> None:
    assert len(ref.provinces("pre2025")) == 63
    assert len(ref.provinces("2025")) == 34
    assert len(ref.provinces()) == 34
    assert len(ref.provinces("pre2025", include_historical=True)) == 64  # + Hà Tây
    kinds = [p.kind for p in ref.provinces("2025")]
    assert kinds.count(KIND_CITY) == 6 and kinds.count(KIND_PROVINCE) == 28


def test_mapping_reproduces_table_6_2() -> None:
    assert {p.code for p in ref.provinces("2025")} == set(TABLE_6_2)
    for code, (name, kind, former) in TABLE_6_2.items():
        unit = ref.province(code, era="2025")
        assert (unit.name, unit.kind) == (name, kind), code
        assert {p.code for p in ref.predecessors(code)} == former, code
    assert set().union(*(f for *_, f in TABLE_6_2.values())) == {p.code for p in ref.provinces("pre2025")}


@pytest.mark.parametrize(
    ("old", "new"),
    [("02", "08"), ("77", "79"), ("82", "82"), ("46", "46"), ("87", "82"), ("72", "80"), ("91", "91"),
     ("89", "91"), ("06", "19"), ("10", "15"), ("17", "25"), ("26", "25"), ("27", "24"), ("30", "31"),
     ("34", "33"), ("35", "37"), ("36", "37"), ("45", "44"), ("49", "48"), ("54", "66"), ("58", "56"),
     ("60", "68"), ("62", "51"), ("64", "52"), ("67", "68"), ("70", "75"), ("74", "79"), ("83", "86"),
     ("84", "86"), ("93", "92"), ("94", "92"), ("95", "96"), (2, "08")],
)
def test_successor(old: str, new: str) -> None:
    assert ref.successor(old).code == new
    assert ref.successor(old).era == "2025"


def test_every_old_unit_one_successor_every_new_unit_a_predecessor() -> None:
    for old in ref.provinces("pre2025"):
        assert old.successor_code is not None and ref.province(old.successor_code, "2025") is not None
        owners = [new for new in ref.provinces("2025") if old in ref.predecessors(new.code)]
        assert len(owners) == 1, old
    for new in ref.provinces("2025"):
        assert ref.predecessors(new.code), new
        assert ref.successor(new.code) == new  # a 2025 code maps to itself


def test_82_goes_to_dong_thap_only() -> None:
    # vietnam-provinces 2026.x also maps 82 to Tây Ninh through one ward record; Resolution 202 does not.
    assert [p.code for p in ref.provinces("2025") if "82" in {q.code for q in ref.predecessors(p.code)}] == ["82"]


def test_unknown_code() -> None:
    assert ref.province("99") is None
    with pytest.raises(KeyError):
        ref.successor("99")


@pytest.mark.parametrize(
    ("name", "era", "code"),
    [
        ("Hà Giang", None, "02"), ("ha giang", None, "02"), ("HÀ GIANG", None, "02"),
        ("Tp. HCM", "2025", "79"), ("TP.HCM", "2025", "79"), ("TPHCM", "2025", "79"),
        ("Thành phố Hồ Chí Minh", "2025", "79"), ("Sài Gòn", "2025", "79"), ("TP. Hồ Chí Minh", "2025", "79"),
        ("Thừa Thiên Huế", "pre2025", "46"), ("Thừa Thiên - Huế", "pre2025", "46"), ("Huế", "2025", "46"),
        ("Đắc Lắc", None, "66"), ("Đắk Lắk", "pre2025", "66"), ("Bắc Cạn", None, "06"), ("Bắc Kạn", None, "06"),
        ("Bà Rịa - Vũng Tàu", None, "77"), ("Bà Rịa – Vũng Tàu", None, "77"), ("BR-VT", None, "77"),
        ("Khánh Hoà", None, "56"), ("Khánh Hòa", None, "56"), ("Thanh Hoá", None, "38"),
        ("Hòa Bình", None, "17"), ("Hoà Bình", None, "17"), ("tỉnh Hà Giang", None, "02"),
        ("Tuyên Quang", "pre2025", "08"), ("Hà Tây", None, "28"),
    ],
)
def test_resolve_province(name: str, era: str | None, code: str) -> None:
    found = ref.resolve_province(name, era=era)
    assert found is not None and found.code == code
    if era:
        assert found.era == era


def test_a_name_used_in_both_eras_gives_the_2025_unit_by_default() -> None:
    assert ref.resolve_province("Tuyên Quang").era == "2025"
    assert ref.resolve_province("Tuyên Quang", era="pre2025").era == "pre2025"


def test_search_provinces() -> None:
    assert [(p.era, p.code) for p in ref.search_provinces("ha giang")] == [("pre2025", "02")]
    found = ref.search_provinces("quang")
    assert {"22", "44", "51"} <= {p.code for p in found if p.era == "2025"}
    assert all(p.era == "2025" for p in ref.search_provinces("quang", era="2025"))


def test_ha_tay_is_historical() -> None:
    ha_tay = ref.province("28", era="pre2025")
    assert ha_tay.name == "Hà Tây" and ha_tay.valid_to == date(2008, 7, 31)
    assert ha_tay.is_historical
    assert ref.successor("28").code == "01"
    assert ha_tay not in ref.provinces("pre2025")
    assert ha_tay in ref.provinces("all")
    assert ha_tay not in ref.predecessors("01")


def test_kinds_are_data_with_validity_dates() -> None:
    assert ref.province_kind("46", date(2024, 6, 1)) == KIND_PROVINCE  # Thừa Thiên Huế
    assert ref.province_kind("46", date(2025, 3, 1)) == KIND_CITY  # Thành phố Huế
    assert ref.province_kind("46", date(2025, 7, 1)) == KIND_CITY
    assert ref.province("46", "pre2025").kind == KIND_CITY  # as of 30/06/2025
    assert ref.province_kind("79", date(2020, 1, 1)) == KIND_CITY


def test_validity_and_codes() -> None:
    for p in ref.provinces("2025"):
        assert p.valid_from == date(2025, 7, 1) and p.valid_to is None and p.successor_code is None
        assert p.full_name.endswith(p.name)
    for p in ref.provinces("pre2025"):
        assert p.valid_to == date(2025, 6, 30)
        assert p.iso_code and p.iso_code.startswith("VN-")
        assert ref.subdivision(p.iso_code) is not None
    assert len({p.iso_code for p in ref.provinces("pre2025")}) == 63
    assert ref.province(1).code == "01"

"""Countries: ISO 3166-1 with CLDR Vietnamese names and the press names in country_aliases.csv."""

from __future__ import annotations

import pycountry
import pytest

from doingoai.reference import loaders
from doingoai.reference import services as ref

# The press names the reference data must resolve (from the specification of this package).
PRESS_NAMES = {
    "Mỹ": "US", "Hoa Kỳ": "US", "Anh": "GB", "Vương quốc Anh": "GB", "Anh Quốc": "GB",
    "Thụy Sỹ": "CH", "Thụy Sĩ": "CH", "Ả Rập Xê Út": "SA", "Ả-rập Xê-út": "SA", "Saudi Arabia": "SA",
    "Ailen": "IE", "Ireland": "IE", "Philippin": "PH", "Philippines": "PH", "Phi-líp-pin": "PH",
    "Séc": "CZ", "CH Séc": "CZ", "Cộng hòa Séc": "CZ", "Đài Loan": "TW", "Hong Kong": "HK",
    "Hồng Kông": "HK", "Ma Cao": "MO", "Macau": "MO", "Triều Tiên": "KP", "CHDCND Triều Tiên": "KP",
    "Hàn Quốc": "KR", "Nam Hàn": "KR", "Nga": "RU", "LB Nga": "RU", "Lào": "LA", "CHDCND Lào": "LA",
    "Campuchia": "KH", "Căm-pu-chia": "KH", "Thái Lan": "TH", "Nhật": "JP", "Nhật Bản": "JP",
    "Trung Quốc": "CN", "Pháp": "FR", "Đức": "DE", "Ý": "IT", "Italy": "IT", "Italia": "IT",
    "Tây Ban Nha": "ES", "Bồ Đào Nha": "PT", "Hà Lan": "NL", "Bỉ": "BE", "Úc": "AU",
    "Australia": "AU", "Ô-xtrây-li-a": "AU", "Niu Di-lân": "NZ", "New Zealand": "NZ",
    "Canada": "CA", "Ca-na-đa": "CA", "Ấn Độ": "IN", "Indonesia": "ID", "In-đô-nê-xi-a": "ID",
    "Malaysia": "MY", "Ma-lai-xi-a": "MY", "Xin-ga-po": "SG", "Singapore": "SG", "Mi-an-ma": "MM",
    "Myanmar": "MM", "Brunei": "BN", "Đông Timor": "TL", "Cu Ba": "CU", "Cuba": "CU",
    "Braxin": "BR", "Brazil": "BR", "Ác-hen-ti-na": "AR", "Argentina": "AR", "Mêhicô": "MX",
    "Mexico": "MX", "Mê-hi-cô": "MX", "I-xra-en": "IL", "Israel": "IL", "I-ran": "IR", "Iran": "IR",
    "I-rắc": "IQ", "Iraq": "IQ", "Ai Cập": "EG", "Nam Phi": "ZA", "Thổ Nhĩ Kỳ": "TR", "Ba Lan": "PL",
    "Hungary": "HU", "Hung-ga-ri": "HU", "Thụy Điển": "SE", "Na Uy": "NO", "Đan Mạch": "DK",
    "Phần Lan": "FI", "Áo": "AT", "U-crai-na": "UA", "Ucraina": "UA", "Ukraine": "UA",
    "Bun-ga-ri": "BG", "Ru-ma-ni": "RO", "Rumani": "RO", "Hy Lạp": "GR", "Lit-va": "LT",
    "Séc-bi-a": "RS", "Bê-la-rút": "BY", "Ca-dắc-xtan": "KZ", "U-dơ-bê-kít-xtan": "UZ",
    "Mông Cổ": "MN", "Pa-kít-xtan": "PK", "Băng-la-đét": "BD", "Xri Lan-ca": "LK", "Nê-pan": "NP",
    "Áp-ga-ni-xtan": "AF", "Xy-ri": "SY", "Li-băng": "LB", "Gioóc-đa-ni": "JO", "Cô-oét": "KW",
    "Ca-ta": "QA", "UAE": "AE", "Các Tiểu vương quốc Ả Rập Thống nhất": "AE", "Ma-rốc": "MA",
    "An-giê-ri": "DZ", "Ni-giê-ri-a": "NG", "Mô-dăm-bích": "MZ", "Ăng-gô-la": "AO",
    "Vê-nê-xu-ê-la": "VE", "Chi-lê": "CL", "Pê-ru": "PE", "Cô-lôm-bi-a": "CO", "Việt Nam": "VN",
}


@pytest.mark.parametrize(("name", "code"), sorted(PRESS_NAMES.items()))
def test_press_names_resolve(name: str, code: str) -> None:
    found = ref.resolve_country(name)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("THỤY SỸ", "CH"),  # case
        ("thuy sy", "CH"),  # no diacritics
        ("Thuỵ Sĩ", "CH"),  # old tone placement
        ("nước Pháp", "FR"),  # a leading "nước"
        ("Myanmar (Miến Điện)", "MM"),
        ("Korea", "KR"),  # curated: the press means the Republic of Korea
        ("Congo", "CG"),  # ISO's own name of the Republic of the Congo
        ("USA", "US"),
        ("JP", "JP"),  # an upper-case code
        ("VNM", "VN"),
    ],
)
def test_resolution_forms(name: str, code: str) -> None:
    found = ref.resolve_country(name)
    assert found is not None and found.code == code


def test_unknown_name_resolves_to_nothing() -> None:
    assert ref.resolve_country("Atlantis") is None
    assert ref.resolve_country("") is None


def test_every_alias_code_is_iso_and_every_flag_is_boolean() -> None:
    rows = loaders.read_csv("country_aliases.csv")
    assert len(rows) > 400
    for row in rows:
        assert pycountry.countries.get(alpha_2=row["code"]) is not None, row
        assert row["ambiguous"] in ("true", "false"), row
        assert row["preferred"] in ("true", "false"), row


def test_ambiguous_aliases_are_recorded() -> None:
    flags = {(r["code"], r["alias"]): r["ambiguous"] == "true" for r in loaders.read_csv("country_aliases.csv")}
    for pair in [("GB", "Anh"), ("JP", "Nhật"), ("AT", "Áo"), ("IT", "Ý"), ("CZ", "Séc"), ("BE", "Bỉ"),
                 ("NL", "Hà Lan"), ("US", "Mỹ"), ("LA", "Lào"), ("FR", "Pháp"), ("DE", "Đức"), ("RU", "Nga")]:
        assert flags[pair] is True, pair
    for pair in [("US", "Hoa Kỳ"), ("JP", "Nhật Bản"), ("KR", "Hàn Quốc"), ("CH", "Thụy Sỹ")]:
        assert flags[pair] is False, pair


def test_all_iso_countries_with_vietnamese_names() -> None:
    countries = ref.countries()
    assert len(countries) == len(pycountry.countries)
    assert all(c.name_vi and c.name_en for c in countries)
    assert ref.country("de").name_vi == "Đức"  # CLDR
    assert ref.country("TW").name_vi == "Đài Loan (Trung Quốc)"  # our preferred form


def test_viet_nam_is_present_and_home() -> None:
    home = [c for c in ref.countries() if c.is_home]
    assert [c.code for c in home] == ["VN"]
    assert ref.country("VN").name_vi == "Việt Nam"


def test_aliases_carry_press_and_library_names() -> None:
    us = ref.country("US")
    assert {"Mỹ", "Hoa Kỳ", "USA", "United States of America"} <= {us.name_vi, *us.aliases}


def test_search_is_diacritics_insensitive_and_ranks_prefixes_first() -> None:
    assert ref.search_countries("thuy sy")[0].code == "CH"
    found = [c.code for c in ref.search_countries("han", limit=50)]
    assert found[0] == "KR"  # "Hàn Quốc" starts with the query; names that merely contain it come later
    assert ref.search_countries("") == []

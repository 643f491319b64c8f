"""Foreign subdivisions (ISO 3166-2 + subdivision_names_vi.csv) and cities (foreign_cities.csv)."""

from __future__ import annotations

import pycountry
import pytest

from doingoai.reference import loaders
from doingoai.reference import services as ref
from doingoai.reference.models import ForeignCity, Subdivision


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Vân Nam", "CN-YN"), ("Quảng Tây", "CN-GX"), ("Quảng Đông", "CN-GD"), ("Tứ Xuyên", "CN-SC"),
        ("Hải Nam", "CN-HI"), ("Chiết Giang", "CN-ZJ"), ("Giang Tô", "CN-JS"), ("Sơn Đông", "CN-SD"),
        ("Hồ Nam", "CN-HN"), ("Hồ Bắc", "CN-HB"), ("Phúc Kiến", "CN-FJ"), ("Thượng Hải", "CN-SH"),
        ("Bắc Kinh", "CN-BJ"), ("Thiên Tân", "CN-TJ"), ("Trùng Khánh", "CN-CQ"), ("Quý Châu", "CN-GZ"),
        ("Chămpasắc", "LA-CH"), ("Champasak", "LA-CH"), ("Chăm-pa-sắc", "LA-CH"),
        ("Sa-van-na-khẹt", "LA-SV"), ("Savannakhet", "LA-SV"), ("Viêng Chăn", "LA-VT"),
        ("tỉnh Viêng Chăn", "LA-VI"), ("Luông Pha Bang", "LA-LP"), ("Hủa Phăn", "LA-HO"),
        ("Xiêng Khoảng", "LA-XI"), ("Bò Kẹo", "LA-BK"), ("Xê Kông", "LA-XE"), ("Át-tạ-pư", "LA-AT"),
        ("Attapeu", "LA-AT"), ("Sả La Văn", "LA-SL"), ("Salavan", "LA-SL"), ("Khăm Muộn", "LA-KH"),
        ("Bolikhamxay", "LA-BL"), ("Udomxay", "LA-OU"), ("Oudomxay", "LA-OU"), ("Phongsaly", "LA-PH"),
        ("Luang Namtha", "LA-LM"), ("Sayabouly", "LA-XA"),
        ("Rotanak Kiri", "KH-16"), ("Ratanakiri", "KH-16"), ("Ratanak Kiri", "KH-16"),
        ("Mondulkiri", "KH-11"), ("Stung Treng", "KH-19"), ("Kratie", "KH-10"), ("Svay Rieng", "KH-20"),
        ("Prey Veng", "KH-14"), ("Takeo", "KH-21"), ("Kampot", "KH-7"), ("Kep", "KH-23"),
        ("Siem Reap", "KH-17"), ("Xiêm Riệp", "KH-17"), ("Battambang", "KH-2"), ("Phnôm Pênh", "KH-12"),
        ("Phnom Penh", "KH-12"),
        ("Gyeonggi", "KR-41"), ("Kyonggi", "KR-41"), ("Gyeonggi-do", "KR-41"), ("Gangwon", "KR-42"),
        ("Gyeongsangbuk-do", "KR-47"), ("Gyeongsang Nam", "KR-48"), ("Jeju", "KR-49"), ("Busan", "KR-26"),
        ("Daegu", "KR-27"), ("Incheon", "KR-28"), ("Gwangju", "KR-29"), ("Daejeon", "KR-30"),
        ("Ulsan", "KR-31"), ("Seoul", "KR-11"), ("Sejong", "KR-50"),
        ("Tokyo", "JP-13"), ("Tô-ky-ô", "JP-13"), ("Osaka", "JP-27"), ("Kanagawa", "JP-14"),
        ("Chiba", "JP-12"), ("Fukuoka", "JP-40"), ("Nagasaki", "JP-42"), ("Gunma", "JP-10"),
        ("Tottori", "JP-31"), ("Yamagata", "JP-06"), ("Hokkaido", "JP-01"), ("Kyoto", "JP-26"),
        ("Udon Thani", "TH-41"), ("Nakhon Phanom", "TH-48"), ("Khon Kaen", "TH-40"),
        ("Chiang Mai", "TH-50"), ("Bangkok", "TH-10"), ("Băng Cốc", "TH-10"),
        ("Ubon Ratchathani", "TH-34"), ("Sakon Nakhon", "TH-47"),
        ("California", "US-CA"), ("Ca-li-phoóc-ni-a", "US-CA"), ("bang Washington", "US-WA"),
        ("Washington", "US-DC"),  # the capital, not the state
        ("New South Wales", "AU-NSW"), ("Tây Úc", "AU-WA"),
        ("Bretagne", "FR-BRE"), ("Aquitaine", "FR-NAQ"), ("Île-de-France", "FR-IDF"),
        ("Bayern", "DE-BY"), ("Bavaria", "DE-BY"), ("Berlin", "DE-BE"), ("Hamburg", "DE-HH"),
        ("Đông Flanders", "BE-VOV"), ("Oost-Vlaanderen", "BE-VOV"), ("East Flanders", "BE-VOV"),
        ("Tây Flanders", "BE-VWV"),
        ("Primorsky", "RU-PRI"), ("Primorye", "RU-PRI"), ("Khabarovsk", "RU-KHA"), ("Moskva", "RU-MOW"),
        ("Mát-xcơ-va", "RU-MOW"), ("Saint Petersburg", "RU-SPE"),
        ("Ontario", "CA-ON"), ("Quebec", "CA-QC"), ("Tây Bengal", "IN-WB"),
    ],
)
def test_subdivision_names_resolve(name: str, code: str) -> None:
    found = ref.resolve_locality(name)
    assert isinstance(found, Subdivision) and found.code == code


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Côn Minh", "CN.kunming"), ("Kunming", "CN.kunming"), ("Nam Ninh", "CN.nanning"),
        ("Quảng Châu", "CN.guangzhou"), ("Thâm Quyến", "CN.shenzhen"), ("Hàng Châu", "CN.hangzhou"),
        ("Thành Đô", "CN.chengdu"), ("Hồng Hà", "CN.honghe"), ("châu Hồng Hà", "CN.honghe"),
        ("Văn Sơn", "CN.wenshan"), ("Phòng Thành Cảng", "CN.fangchenggang"), ("Đông Hưng", "CN.dongxing"),
        ("Bằng Tường", "CN.pingxiang-gx"), ("Pakse", "LA.pakse"), ("Seattle", "US.seattle"),
        ("San Francisco", "US.sanfrancisco"), ("New York", "US.newyork"), ("Houston", "US.houston"),
        ("Lyon", "FR.lyon"), ("Toulouse", "FR.toulouse"), ("München", "DE.munich"),
        ("Frankfurt", "DE.frankfurt"), ("Leipzig", "DE.leipzig"), ("Kobe", "JP.kobe"),
        ("Yokohama", "JP.yokohama"), ("thành phố Kyoto", "JP.kyoto"), ("TP Kyoto", "JP.kyoto"),
        ("Vladivostok", "RU.vladivostok"), ("Sydney", "AU.sydney"), ("Vancouver", "CA.vancouver"),
        ("Changwon", "KR.changwon"), ("Gumi", "KR.gumi"), ("Luân Đôn", "GB.london"),
        ("London", "GB.london"), ("Canberra", "AU.canberra"), ("Ottawa", "CA.ottawa"),
    ],
)
def test_city_names_resolve(name: str, key: str) -> None:
    found = ref.resolve_locality(name)
    assert isinstance(found, ForeignCity) and found.key == key


def test_a_city_with_its_own_code_is_the_subdivision() -> None:
    assert ref.resolve_locality("Béc-lin").code == "DE-BE"
    assert ref.resolve_locality("thủ đô Bắc Kinh").code == "CN-BJ"
    assert ref.city("DE.berlin").same_as == "DE-BE"
    assert ref.city("DE.berlin").capital


def test_country_narrows_and_parentheses_carry_it() -> None:
    assert ref.resolve_locality("Limburg") is None  # Belgian or Dutch: no guess
    assert ref.resolve_locality("Limburg", country="NL").code == "NL-LI"
    assert ref.resolve_locality("Limburg", country="Bỉ").code == "BE-VLI"
    assert ref.resolve_locality("Vân Nam (Trung Quốc)").code == "CN-YN"
    assert ref.resolve_locality("Vân Nam", country="JP") is None


def test_pycountry_names_in_all_their_forms() -> None:
    assert ref.resolve_locality("Yunnan Sheng").code == "CN-YN"
    assert ref.resolve_locality("Bristol, City of").code == "GB-BST"
    assert ref.resolve_locality("City of Bristol").code == "GB-BST"
    assert ref.resolve_locality("Caerffili").code == "GB-CAY"
    assert ref.resolve_locality("Stockholms län").code == "SE-AB"
    assert ref.resolve_locality("Kyonggi province").code == "KR-41"


def test_search_localities() -> None:
    assert ref.search_localities("champasak")[0].code == "LA-CH"
    assert ref.search_localities("van nam")[0].code == "CN-YN"
    assert ref.search_localities("CHAMPA")[0].code == "LA-CH"  # prefix
    hits = ref.search_localities("kyoto", country="JP")
    assert [getattr(h, "code") for h in hits[:2]] == ["JP-26", "JP.kyoto"]
    assert all(h.country == "JP" for h in ref.search_localities("a", country="JP", limit=50))


def test_vietnam_is_not_a_foreign_locality() -> None:
    assert ref.subdivision("VN-44") is not None  # ISO 3166-2:VN stays available by code
    assert all(s.country != "VN" for s in ref.search_localities("an giang", limit=50))


def test_every_curated_code_is_iso_and_named() -> None:
    rows = loaders.read_csv("subdivision_names_vi.csv")
    assert len({r["code"] for r in rows}) == len(rows)
    for row in rows:
        assert pycountry.subdivisions.get(code=row["code"]) is not None, row
        assert row["name_vi"], row
    curated = [s for s in ref.subdivisions() if s.has_vi_name]
    assert len(curated) == len(rows)
    # the whole of China, Laos, Cambodia, South Korea and Japan have Vietnamese names
    for country in ("CN", "LA", "KH", "KR", "JP"):
        assert all(s.has_vi_name for s in ref.subdivisions(country)), country


def test_cities_file() -> None:
    cities = ref.cities()
    assert len(cities) >= 150
    assert len({c.key for c in cities}) == len(cities)
    for c in cities:
        assert c.name_vi and c.name_en and pycountry.countries.get(alpha_2=c.country), c
        parent = ref.subdivision(c.parent_code) if c.parent_code else None
        if c.source == "curated":  # world cities have a parent only when GeoNames says which
            assert parent is not None, c
        assert parent is None or parent.country == c.country, c
        if c.same_as:
            assert c.same_as == c.parent_code, c
    capitals = {c.country for c in cities if c.capital}
    assert {"US", "GB", "RU", "LA", "KH", "TH", "JP", "KR", "CN", "FR", "DE", "AU", "CA"} <= capitals
    assert len([c for c in cities if c.capital and c.country == "US"]) == 1

"""The sample provinces: their agencies before and after the 2025 reorganisation, places, leaders.

Two dates of 2025 change how a province's records read:
- 1 March 2025: departments were merged (Kế hoạch và Đầu tư into Tài chính, Nông nghiệp and Tài
  nguyên – Môi trường into Nông nghiệp và Môi trường…); the Sở Ngoại vụ was dissolved and its work
  went to the Văn phòng UBND tỉnh;
- 1 July 2025: provinces were merged (Lâm Đồng took in Bình Thuận and Đắk Nông) and the district
  level was abolished: trips and projects after that date name communes and wards.

Every leader named here is fictional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

DEPARTMENTS_MERGED = date(2025, 3, 1)
PROVINCES_MERGED = date(2025, 7, 1)

# Activity relative to a normal year: the pandemic years 2020–2021 saw few trips.
YEAR_SCALE = {2019: 1.0, 2020: 0.28, 2021: 0.12, 2022: 0.62, 2023: 0.92, 2024: 1.0, 2025: 1.0, 2026: 1.0}


def year_scale(year: int) -> float:
    return YEAR_SCALE.get(year, 1.0)


@dataclass(frozen=True)
class Leader:
    title: str
    name: str
    start: date
    end: date | None = None

    def serves(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass
class Profile:
    code: str
    name: str  # "Lâm Đồng"
    ubnd: str  # "UBND tỉnh Lâm Đồng"
    # key -> (name before 1 March 2025, name after)
    agencies: dict[str, tuple[str, str]]
    local_before: tuple[str, ...]  # district / city people's committees (until 30 June 2025)
    local_after: tuple[str, ...]  # commune / ward people's committees (from 1 July 2025)
    businesses: tuple[str, ...]
    places_before: tuple[tuple[str, str], ...]  # (location, commune) of projects
    places_after: tuple[tuple[str, str], ...]
    leaders: tuple[Leader, ...]
    # Normal-year volume: outbound and inbound delegations, FDI, ODA and NGO-aid projects, events.
    volume: dict[str, int] = field(default_factory=dict)
    years: tuple[int, ...] = ()

    def agency(self, key: str, on: date) -> str:
        before, after = self.agencies[key]
        return after if on >= DEPARTMENTS_MERGED else before

    def foreign_affairs_unit(self, on: date) -> str:
        return self.agency("ngoaivu", on)

    def locals_(self, on: date) -> tuple[str, ...]:
        return self.local_after if on >= PROVINCES_MERGED else self.local_before

    def places(self, on: date) -> tuple[tuple[str, str], ...]:
        return self.places_after if on >= PROVINCES_MERGED else self.places_before

    def leaders_on(self, on: date, *titles: str) -> list[Leader]:
        return [l for l in self.leaders if l.serves(on) and (not titles or l.title in titles)]


def _common_agencies(province: str) -> dict[str, tuple[str, str]]:
    same = lambda name: (name, name)  # noqa: E731
    return {
        "ngoaivu": ("Sở Ngoại vụ", "Văn phòng UBND tỉnh"),
        "vpubnd": same("Văn phòng UBND tỉnh"),
        "khdt": ("Sở Kế hoạch và Đầu tư", "Sở Tài chính"),
        "taichinh": same("Sở Tài chính"),
        "congthuong": same("Sở Công Thương"),
        "nongnghiep": ("Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường"),
        "tnmt": ("Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Môi trường"),
        "vhttdl": same("Sở Văn hóa, Thể thao và Du lịch"),
        "gddt": same("Sở Giáo dục và Đào tạo"),
        "yte": same("Sở Y tế"),
        "khcn": same("Sở Khoa học và Công nghệ"),
        "tttt": ("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"),
        "laodong": ("Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"),
        "noivu": same("Sở Nội vụ"),
        "tuphap": same("Sở Tư pháp"),
        "xuctien": same("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"),
        "congan": same(f"Công an tỉnh {province}"),
        "phunu": same(f"Hội Liên hiệp Phụ nữ tỉnh {province}"),
        "tinhdoan": same(f"Tỉnh đoàn {province}"),
        "huunghi": same(f"Liên hiệp các tổ chức hữu nghị tỉnh {province}"),
        "bqlkcn": same("Ban Quản lý các khu công nghiệp tỉnh"),
    }


LAM_DONG = Profile(
    code="68",
    name="Lâm Đồng",
    ubnd="UBND tỉnh Lâm Đồng",
    agencies={
        **_common_agencies("Lâm Đồng"),
        "dhdl": ("Trường Đại học Đà Lạt", "Trường Đại học Đà Lạt"),
        "bienphong": ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    },
    local_before=("UBND thành phố Đà Lạt", "UBND thành phố Bảo Lộc", "UBND huyện Lạc Dương", "UBND huyện Đơn Dương",
                  "UBND huyện Đức Trọng", "UBND huyện Lâm Hà", "UBND huyện Di Linh", "UBND huyện Bảo Lâm"),
    local_after=("UBND phường Xuân Hương - Đà Lạt", "UBND phường Lâm Viên - Đà Lạt", "UBND phường B'Lao",
                 "UBND xã Lạc Dương", "UBND xã Đơn Dương", "UBND phường Phan Thiết", "UBND phường Mũi Né",
                 "UBND phường Bắc Gia Nghĩa", "UBND xã Quảng Trực"),
    businesses=("Hiệp hội Hoa Đà Lạt", "Hiệp hội Du lịch Lâm Đồng", "Hội Doanh nghiệp tỉnh Lâm Đồng",
                "Công ty TNHH Nông sản Langbiang", "Hợp tác xã Rau hoa Thái Phiên", "Công ty CP Cà phê Di Linh Xanh",
                "Công ty TNHH Du lịch Đồi Thông Xanh", "Hợp tác xã Dâu tây Xuân Thọ", "Công ty CP Trà Bảo Lộc Tâm Châu",
                "Công ty TNHH Sữa Cao nguyên Đơn Dương"),
    places_before=(
        ("Khu công nghiệp Lộc Sơn, thành phố Bảo Lộc", "phường Lộc Sơn"),
        ("Khu công nghiệp Phú Hội, huyện Đức Trọng", "xã Phú Hội"),
        ("Khu nông nghiệp ứng dụng công nghệ cao, huyện Đơn Dương", "xã Lạc Xuân"),
        ("Khu du lịch quốc gia hồ Tuyền Lâm, thành phố Đà Lạt", "phường 3"),
        ("Khu du lịch Đan Kia – Suối Vàng, huyện Lạc Dương", "thị trấn Lạc Dương"),
        ("Vùng rau hoa Thái Phiên, thành phố Đà Lạt", "phường 12"),
        ("Vùng cà phê Nam Ban, huyện Lâm Hà", "thị trấn Nam Ban"),
        ("Vùng chè Bảo Lộc", "xã Lộc Thanh"),
        ("Huyện Di Linh", "xã Gia Hiệp"),
        ("Huyện Bảo Lâm", "xã Lộc Thắng"),
    ),
    places_after=(
        ("Khu công nghiệp Lộc Sơn", "phường B'Lao"),
        ("Khu du lịch quốc gia hồ Tuyền Lâm", "phường Xuân Hương - Đà Lạt"),
        ("Khu nông nghiệp ứng dụng công nghệ cao Đơn Dương", "xã Đơn Dương"),
        ("Khu công nghiệp Phú Hội", "xã Đức Trọng"),
        ("Khu du lịch Mũi Né", "phường Mũi Né"),
        ("Khu công nghiệp Hàm Kiệm", "xã Hàm Kiệm"),
        ("Vùng ven biển Tuy Phong", "xã Tuy Phong"),
        ("Khu công nghiệp Nhân Cơ", "xã Nhân Cơ"),
        ("Vùng cà phê Gia Nghĩa", "phường Bắc Gia Nghĩa"),
        ("Khu du lịch Đan Kia – Suối Vàng", "xã Lạc Dương"),
    ),
    leaders=(
        Leader("Bí thư Tỉnh ủy", "Lương Đình Khải", date(2019, 1, 1), date(2025, 6, 30)),
        Leader("Bí thư Tỉnh ủy", "Phạm Quốc Hưng", date(2025, 7, 1)),
        Leader("Chủ tịch HĐND tỉnh", "Hồ Thị Kim Xuyến", date(2019, 1, 1), date(2025, 6, 30)),
        Leader("Chủ tịch HĐND tỉnh", "Trịnh Văn Lộc", date(2025, 7, 1)),
        Leader("Chủ tịch UBND tỉnh", "Lê Quang Thịnh", date(2019, 1, 1), date(2025, 6, 30)),
        Leader("Chủ tịch UBND tỉnh", "Hoàng Minh Tuấn", date(2025, 7, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Đặng Thị Ngọc Lan", date(2019, 1, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Võ Hữu Phước", date(2019, 1, 1), date(2023, 9, 30)),
        Leader("Phó Chủ tịch UBND tỉnh", "Bùi Đức Trung", date(2021, 5, 15)),
        Leader("Phó Chủ tịch UBND tỉnh", "Nguyễn Hữu Khải", date(2025, 7, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Trịnh Quốc Bảo", date(2025, 7, 1)),
    ),
    volume={"outbound": 30, "inbound": 45, "fdi": 10, "oda": 2, "ngo_aid": 5, "events": 15},
)

KHANH_HOA = Profile(
    code="56",
    name="Khánh Hòa",
    ubnd="UBND tỉnh Khánh Hòa",
    agencies=_common_agencies("Khánh Hòa"),
    local_before=("UBND thành phố Nha Trang", "UBND thành phố Cam Ranh", "UBND huyện Vạn Ninh"),
    local_after=("UBND phường Nha Trang", "UBND phường Cam Ranh", "UBND xã Vạn Ninh"),
    businesses=("Hiệp hội Du lịch Nha Trang – Khánh Hòa", "Công ty CP Yến sào Hòn Nội", "Công ty TNHH Hải sản Vân Phong"),
    places_before=(("Khu kinh tế Vân Phong", "xã Vạn Thắng"), ("Bãi Dài, thành phố Cam Ranh", "xã Cam Hải Đông"),
                   ("Thành phố Nha Trang", "phường Lộc Thọ")),
    places_after=(("Khu kinh tế Vân Phong", "xã Vạn Thắng"), ("Bãi Dài", "phường Cam Ranh"),
                  ("Nha Trang", "phường Nha Trang")),
    leaders=(
        Leader("Chủ tịch UBND tỉnh", "Trương Minh Đức", date(2019, 1, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Nguyễn Thị Bảo Ngọc", date(2019, 1, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Lê Hoàng Vũ", date(2022, 3, 1)),
    ),
    volume={"outbound": 12, "inbound": 20, "fdi": 4, "oda": 1, "ngo_aid": 2, "events": 5},
)

DAK_LAK = Profile(
    code="66",
    name="Đắk Lắk",
    ubnd="UBND tỉnh Đắk Lắk",
    agencies=_common_agencies("Đắk Lắk"),
    local_before=("UBND thành phố Buôn Ma Thuột", "UBND huyện Buôn Đôn", "UBND huyện Ea Súp"),
    local_after=("UBND phường Buôn Ma Thuột", "UBND xã Buôn Đôn", "UBND xã Ea Súp"),
    businesses=("Hiệp hội Cà phê Buôn Ma Thuột", "Công ty CP Sầu riêng Ea Kly", "Hợp tác xã Cà phê Ea Tiêu"),
    places_before=(("Khu công nghiệp Hòa Phú, thành phố Buôn Ma Thuột", "xã Hòa Phú"),
                   ("Huyện Krông Pắc", "xã Ea Kly"), ("Huyện Cư M'gar", "xã Ea Tul")),
    places_after=(("Khu công nghiệp Hòa Phú", "xã Hòa Phú"), ("Vùng sầu riêng Krông Pắc", "xã Krông Pắc"),
                  ("Vùng cà phê Cư M'gar", "xã Cư M'gar")),
    leaders=(
        Leader("Chủ tịch UBND tỉnh", "Y Thanh Niê", date(2019, 1, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "Nguyễn Tuấn Kiệt", date(2019, 1, 1)),
        Leader("Phó Chủ tịch UBND tỉnh", "H' Lan Byă", date(2021, 6, 1)),
    ),
    volume={"outbound": 10, "inbound": 16, "fdi": 3, "oda": 1, "ngo_aid": 2, "events": 4},
)

PROFILES = {p.code: p for p in (LAM_DONG, KHANH_HOA, DAK_LAK)}

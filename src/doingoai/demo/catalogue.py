"""Word lists the yearly activity is drawn from: destinations, topics, events, project templates.

Kept apart from the drawing logic (`activity.py`) so that the content can be read and extended as
plain data. "{province}" in a text is the province's name; "{year}" the year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

# --------------------------------------------------------------------------------- destinations
@dataclass(frozen=True)
class Place:
    """A destination without a partner record (or a city within a partner's country)."""

    country: str
    subdivision: str | None
    locality: str
    host: str | None
    weight: int
    topics: tuple[str, ...]


GENERIC_DESTINATIONS = (
    Place("JP", "JP-13", "Tokyo", "Đại sứ quán Việt Nam tại Nhật Bản", 5, ("xúc tiến đầu tư", "nông nghiệp công nghệ cao",
                                                                          "lao động kỹ năng")),
    Place("JP", "JP-27", "Osaka", "Tổng Lãnh sự quán Việt Nam tại Osaka", 2, ("xúc tiến thương mại", "du lịch")),
    Place("JP", "JP-01", "Sapporo, Hokkaido", "Chính quyền tỉnh Hokkaido", 1, ("chăn nuôi bò sữa", "du lịch mùa đông")),
    Place("KR", "KR-11", "Seoul", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA)", 4,
          ("xúc tiến đầu tư", "chuyển đổi số", "nông nghiệp thông minh")),
    Place("KR", "KR-26", "Busan", "Chính quyền thành phố Busan", 1, ("logistics", "du lịch")),
    Place("TH", "TH-10", "Băng Cốc", "Đại sứ quán Việt Nam tại Thái Lan", 2, ("xúc tiến thương mại", "du lịch")),
    Place("SG", None, "Singapore", "Cơ quan Phát triển Doanh nghiệp Singapore", 2, ("xúc tiến đầu tư", "đô thị thông minh")),
    Place("IL", None, "Tel Aviv", "Trung tâm Hợp tác quốc tế Israel (MASHAV)", 3, ("tưới tiết kiệm nước", "nông nghiệp công nghệ cao")),
    Place("NL", "NL-NH", "Aalsmeer", "Chợ đấu giá hoa Aalsmeer", 3, ("sản xuất và xuất khẩu hoa", "logistics hoa tươi")),
    Place("NL", "NL-ZH", "Den Haag", "Bộ Nông nghiệp, Thiên nhiên và Chất lượng thực phẩm Hà Lan", 1,
          ("nông nghiệp bền vững",)),
    Place("AU", "AU-VIC", "Melbourne", "Chính quyền bang Victoria", 2, ("giáo dục – đào tạo", "chăn nuôi bò sữa")),
    Place("DE", "DE-BY", "München", "Phòng Thương mại và Công nghiệp München", 1, ("đào tạo nghề", "năng lượng tái tạo")),
    Place("US", "US-CA", "San Francisco, California", "Tổng Lãnh sự quán Việt Nam tại San Francisco", 1,
          ("đổi mới sáng tạo", "cà phê đặc sản")),
    Place("CN", "CN-GX", "Nam Ninh, Quảng Tây", "Chính quyền Khu tự trị dân tộc Choang Quảng Tây", 1, ("thương mại", "logistics")),
    Place("TW", "TW-TPE", "Đài Bắc", "Văn phòng Kinh tế và Văn hóa Việt Nam tại Đài Bắc", 2,
          ("thu hút đầu tư", "trà và nông sản")),
    Place("FR", "FR-IDF", "Paris", "Đại sứ quán Việt Nam tại Pháp", 1, ("du lịch", "văn hóa")),
    Place("LA", "LA-VT", "Viêng Chăn", "Đại sứ quán Việt Nam tại Lào", 2, ("hợp tác địa phương", "đào tạo")),
    Place("KH", "KH-12", "Phnôm Pênh", "Đại sứ quán Việt Nam tại Campuchia", 1, ("hợp tác biên giới", "thương mại")),
    Place("IN", None, "New Delhi", "Đại sứ quán Việt Nam tại Ấn Độ", 1, ("dược liệu", "công nghệ thông tin")),
)

# Inbound senders without a partner record: (country, title, level, purpose, topics, agency). Texts are
# formatted with {country} (its Vietnamese name), {topic} and {province}.
GENERIC_SENDERS = (
    ("JP", "Đoàn doanh nghiệp {country} tìm hiểu cơ hội đầu tư lĩnh vực {topic} tại tỉnh {province}",
     "organisation_head", "investment_trade_promotion",
     ("nông nghiệp công nghệ cao", "chế biến nông sản", "du lịch nghỉ dưỡng"), "Doanh nghiệp {country}"),
    ("KR", "Đoàn doanh nghiệp {country} khảo sát cơ hội đầu tư lĩnh vực {topic}", "organisation_head",
     "investment_trade_promotion", ("năng lượng tái tạo", "dược liệu", "rau, hoa"), "Doanh nghiệp {country}"),
    ("TW", "Đoàn doanh nghiệp {country} khảo sát vùng nguyên liệu {topic}", "organisation_head",
     "investment_trade_promotion", ("trà", "cà phê", "mắc ca"), "Doanh nghiệp {country}"),
    ("SG", "Đoàn nhà đầu tư {country} tìm hiểu dự án {topic}", "organisation_head", "investment_trade_promotion",
     ("khu nghỉ dưỡng", "bất động sản du lịch", "logistics"), "Quỹ đầu tư {country}"),
    ("JP", "Đoàn giảng viên, sinh viên Trường Đại học Nông nghiệp Tokyo giao lưu, học tập tại tỉnh {province}",
     "other", "friendship_exchange", ("giao lưu văn hóa",), "Trường Đại học Nông nghiệp Tokyo"),
    ("KR", "Đoàn tình nguyện viên {country} hoạt động tình nguyện tại tỉnh {province}", "other", "friendship_exchange",
     ("giáo dục", "y tế cộng đồng"), "Tổ chức tình nguyện {country}"),
    ("FR", "Đoàn phóng viên báo chí {country} tìm hiểu về du lịch tỉnh {province}", "other", "other",
     ("quảng bá du lịch",), "Báo chí {country}"),
    ("LA", "Đoàn Bộ Nông nghiệp và Lâm nghiệp {country} do Bộ trưởng dẫn đầu thăm và làm việc tại tỉnh {province}",
     "minister", "cooperation", ("nông nghiệp", "lâm nghiệp"), "Bộ Nông nghiệp và Lâm nghiệp {country}"),
    ("AU", "Đoàn Đại học Tây Sydney làm việc về hợp tác đào tạo với các cơ sở giáo dục của tỉnh", "organisation_head",
     "cooperation", ("giáo dục – đào tạo",), "Đại học Tây Sydney"),
    ("IL", "Đoàn chuyên gia {country} chuyển giao kỹ thuật {topic}", "other", "training", ("tưới tiết kiệm nước",),
     "Trung tâm Hợp tác quốc tế Israel (MASHAV)"),
    ("IN", "Đoàn doanh nghiệp {country} tìm hiểu nguồn cung {topic}", "organisation_head", "investment_trade_promotion",
     ("dược liệu", "cà phê"), "Doanh nghiệp {country}"),
)

# ----------------------------------------------------------------------------------------- topics
DEPARTMENT_TOPICS: dict[str, tuple[str, ...]] = {
    "nongnghiep": ("nông nghiệp công nghệ cao", "sản xuất hoa, rau theo tiêu chuẩn GlobalGAP", "chăn nuôi bò sữa",
                   "quản lý dịch hại tổng hợp", "nông nghiệp tuần hoàn"),
    "tnmt": ("quản lý rừng bền vững", "chi trả dịch vụ môi trường rừng", "xử lý chất thải rắn đô thị",
             "quản lý tài nguyên nước"),
    "vhttdl": ("phát triển du lịch sinh thái", "quản lý điểm đến du lịch", "bảo tồn di sản văn hóa",
               "tổ chức lễ hội"),
    "gddt": ("giáo dục STEM", "đào tạo giáo viên ngoại ngữ", "trao đổi học sinh"),
    "yte": ("y tế dự phòng", "chăm sóc sức khỏe người cao tuổi", "y học cổ truyền", "quản lý bệnh viện"),
    "khcn": ("chuyển đổi số", "đô thị thông minh", "ứng dụng công nghệ sinh học"),
    "tttt": ("chính quyền số", "thông tin đối ngoại"),
    "congthuong": ("xúc tiến xuất khẩu nông sản", "phát triển chuỗi cung ứng", "thương mại điện tử"),
    "khdt": ("thu hút đầu tư nước ngoài", "quản lý dự án ODA", "xây dựng quy hoạch tỉnh"),
    "taichinh": ("quản lý tài chính công", "thu hút đầu tư nước ngoài"),
    "laodong": ("giáo dục nghề nghiệp", "đưa lao động đi làm việc ở nước ngoài"),
    "noivu": ("cải cách hành chính", "đào tạo, bồi dưỡng cán bộ", "giáo dục nghề nghiệp"),
    "tuphap": ("xây dựng chính quyền địa phương", "trợ giúp pháp lý"),
    "xuctien": ("xúc tiến đầu tư", "quảng bá du lịch", "xúc tiến thương mại"),
    "ngoaivu": ("công tác lễ tân đối ngoại", "hợp tác địa phương", "thông tin đối ngoại"),
    "vpubnd": ("công tác lễ tân đối ngoại", "chính quyền số"),
    "congan": ("phòng, chống tội phạm xuyên quốc gia", "quản lý xuất nhập cảnh"),
    "bqlkcn": ("phát triển khu công nghiệp xanh", "thu hút đầu tư"),
}
# The department that usually goes on a trip about a topic family.
DEPARTMENT_WEIGHTS = {"nongnghiep": 9, "vhttdl": 6, "khdt": 4, "congthuong": 5, "gddt": 4, "yte": 4, "tnmt": 3,
                      "khcn": 3, "tttt": 2, "laodong": 2, "xuctien": 5, "ngoaivu": 4, "noivu": 2, "tuphap": 1,
                      "congan": 1, "bqlkcn": 1}
OTHER_AGENCIES = {"dhdl": ("hợp tác đào tạo, nghiên cứu", "trao đổi giảng viên"), "huunghi": ("giao lưu hữu nghị",),
                  "tinhdoan": ("giao lưu thanh niên",), "phunu": ("bình đẳng giới", "sinh kế cho phụ nữ")}

# Which department goes on a trip about a topic (first keyword found wins).
TOPIC_AGENCIES = (
    (("đầu tư", "thương mại", "xuất khẩu", "logistics", "doanh nghiệp"), ("xuctien", "congthuong", "khdt")),
    (("rau", "hoa", "nông", "bò sữa", "chăn nuôi", "tưới", "cà phê", "chè", "trà", "giống", "trái cây", "sữa",
      "dịch hại", "lâm nghiệp", "Saemaul"), ("nongnghiep",)),
    (("du lịch", "văn hóa", "lễ hội", "di sản", "thể thao"), ("vhttdl",)),
    (("lao động", "nghề"), ("laodong",)),
    (("giáo dục", "đào tạo", "học sinh"), ("gddt", "noivu")),
    (("y tế", "bệnh"), ("yte",)),
    (("môi trường", "rừng", "sinh quyển", "khí hậu", "đa dạng sinh học", "chất thải"), ("tnmt",)),
    (("số", "thông minh", "đổi mới", "công nghệ"), ("khcn",)),
    (("biên giới", "an ninh", "tội phạm"), ("congan",)),
    (("năng lượng",), ("congthuong",)),
)


def agencies_for(topic: str) -> tuple[str, ...]:
    for words, keys in TOPIC_AGENCIES:
        if any(w.lower() in topic.lower() for w in words):
            return keys
    return ("ngoaivu",)


CONFERENCES = (
    "Hội nghị Hợp tác địa phương {country} – Việt Nam", "Diễn đàn Hợp tác kinh tế các địa phương châu Á",
    "Hội nghị quốc tế về nông nghiệp thông minh", "Hội thảo quốc tế về du lịch bền vững",
    "Diễn đàn Thành phố xanh châu Á – Thái Bình Dương", "Hội nghị Mạng lưới các khu dự trữ sinh quyển Đông Nam Á",
)

PURPOSE_TEXT = {
    "cooperation": "Trao đổi phương hướng hợp tác giai đoạn tới; thúc đẩy hợp tác trong lĩnh vực {topic}.",
    "investment_trade_promotion": "Giới thiệu tiềm năng, cơ hội đầu tư của tỉnh; kết nối doanh nghiệp trong lĩnh vực {topic}.",
    "study_tour": "Khảo sát, học tập kinh nghiệm về {topic} để vận dụng tại địa phương.",
    "conference": "Tham dự, trình bày tham luận về {topic}.",
    "training": "Tham gia khóa đào tạo, bồi dưỡng về {topic}.",
    "friendship_exchange": "Giao lưu hữu nghị, tăng cường hiểu biết giữa nhân dân hai bên.",
    "other": "Làm việc về {topic}.",
}
OUTCOMES_OUT = {
    "cooperation": ("Hai bên đánh giá kết quả hợp tác thời gian qua và thống nhất kế hoạch hợp tác năm {next} "
                    "trong lĩnh vực {topic}.",
                    "Thống nhất thành lập tổ công tác chung để triển khai các nội dung hợp tác về {topic}."),
    "investment_trade_promotion": ("Tổ chức {n} buổi làm việc, kết nối {m} doanh nghiệp quan tâm đầu tư vào tỉnh.",
                                   "Giới thiệu {n} dự án kêu gọi đầu tư; {m} nhà đầu tư đăng ký khảo sát thực địa."),
    "study_tour": ("Học tập mô hình {topic}; đề xuất áp dụng thí điểm tại {n} địa phương của tỉnh.",
                   "Báo cáo kết quả khảo sát và kiến nghị UBND tỉnh các giải pháp về {topic}."),
    "conference": ("Trình bày tham luận về {topic}; thiết lập quan hệ với {n} đối tác mới.",),
    "training": ("{m} lượt cán bộ hoàn thành khóa đào tạo về {topic}.",),
    "friendship_exchange": ("Tăng cường hiểu biết và tình hữu nghị giữa nhân dân hai bên.",),
    "other": ("Hoàn thành nội dung làm việc theo kế hoạch.",),
}
OUTCOMES_IN = (
    "Lãnh đạo tỉnh tiếp, làm việc; hai bên trao đổi về hợp tác trong lĩnh vực {topic}.",
    "Đoàn khảo sát thực địa tại {place} và làm việc với các sở, ngành liên quan về {topic}.",
    "Hai bên thống nhất các bước tiếp theo để triển khai hợp tác về {topic}.",
    "Đoàn chào xã giao lãnh đạo tỉnh, tìm hiểu tình hình kinh tế – xã hội và cơ hội hợp tác về {topic}.",
)
INBOUND_MEMBER_TITLES = {
    "foreign_locality": ("Giám đốc Sở Hợp tác quốc tế", "Trưởng phòng Đối ngoại", "Ủy viên Hội đồng tỉnh",
                         "Giám đốc Sở Nông nghiệp", "Giám đốc Sở Du lịch", "Chuyên viên Văn phòng Tỉnh trưởng", "Thư ký"),
    "embassy_consulate": ("Tham tán", "Bí thư thứ nhất", "Tùy viên", "Cán bộ Phòng Kinh tế", "Thư ký"),
    "international_org": ("Chuyên gia chương trình", "Cán bộ dự án", "Chuyên gia tư vấn", "Điều phối viên"),
    "foreign_ngo": ("Điều phối viên chương trình", "Cán bộ dự án", "Chuyên gia giám sát, đánh giá"),
    "company": ("Giám đốc dự án", "Giám đốc tài chính", "Kỹ sư trưởng", "Trưởng phòng phát triển kinh doanh"),
    "overseas_vietnamese": ("Phó Chủ tịch Hội", "Ủy viên Ban Chấp hành Hội", "Hội viên"),
    "other": ("Thành viên đoàn", "Chuyên gia", "Giảng viên", "Phóng viên"),
}

# ------------------------------------------------------------------------------------------ events
@dataclass(frozen=True)
class EventTemplate:
    key: str
    name: str
    kind: str
    months: tuple[int, ...]
    days: tuple[int, int] = (1, 2)
    international: bool = True
    place: str = "Đà Lạt"
    country: str = "VN"
    name_en: str | None = None
    participants: tuple[int, int] | None = (80, 300)
    permit: bool = False
    host: str = "ubnd"  # "ubnd", an agency key, or a plain name
    partners: tuple[str, ...] = ()  # partner keys involved (co-organisers, sponsors, participants)
    years: tuple[int, ...] | None = None  # only these years
    every_year: bool = False
    provinces: tuple[str, ...] | None = None  # only these provinces (None: any)
    after_merger: bool = False
    tags: frozenset[str] = field(default_factory=frozenset)
    outcomes: str | None = None


def T(key: str, name: str, kind: str, months: tuple[int, ...], **kw) -> EventTemplate:  # type: ignore[no-untyped-def]
    tags = frozenset(kw.pop("tags", ()))
    return EventTemplate(key, name, kind, months, tags=tags, **kw)


LD = ("68",)
EVENTS = (
    # recurring, Lâm Đồng
    T("festival_hoa", "Festival Hoa Đà Lạt lần thứ {edition}", "festival", (12,), days=(5, 5),
      place="Quảng trường Lâm Viên, thành phố Đà Lạt", name_en="Dalat Flower Festival", participants=(1_200_000, 2_000_000),
      host="ubnd", partners=("chiangmai", "oostvlaanderen", "gunma", "hollandia"), years=(2019, 2022, 2024, 2026),
      provinces=LD, tags={"festival", "home_big", "culture"},
      outcomes="Thu hút khoảng {n} lượt khách, trong đó nhiều đoàn khách quốc tế; {m} doanh nghiệp nước ngoài tham gia trưng bày."),
    T("invest_home", "Hội nghị Xúc tiến đầu tư tỉnh {province} năm {year}", "conference_seminar", (6, 7, 9, 11),
      place="Trung tâm Hội nghị tỉnh", participants=(400, 900), permit=True, host="ubnd", every_year=True,
      partners=("jetro", "kotra"), tags={"invest", "home_big"},
      outcomes="Trao {n} giấy chứng nhận đăng ký đầu tư và {m} biên bản ghi nhớ đầu tư."),
    T("kieu_bao", "Chương trình gặp mặt kiều bào tỉnh {province} về quê đón Tết Nguyên đán {year}", "meeting", (1, 2),
      participants=(60, 150), host="ngoaivu", partners=("ov_gunma",), every_year=True, tags={"overseas"}),
    T("ngo_meeting", "Hội nghị gặp mặt các tổ chức phi chính phủ nước ngoài năm {year}", "meeting", (12,),
      participants=(50, 120), host="ngoaivu", partners=("worldvision", "plan", "snv", "goodneighbors", "care"),
      every_year=True, tags={"aid"},
      outcomes="Tổng kết công tác vận động viện trợ năm {year}; các tổ chức cam kết tiếp tục hỗ trợ tỉnh."),
    T("training_fa", "Hội nghị tập huấn công tác đối ngoại năm {year}", "training", (4, 5, 8), international=False,
      participants=(120, 250), host="ngoaivu", every_year=True, tags={"training"}),
    T("review_fa", "Hội nghị tổng kết công tác đối ngoại năm {year}", "meeting", (12,), international=False,
      participants=(100, 180), host="ubnd", every_year=True, tags={"internal"}),
    T("trail", "Giải chạy địa hình quốc tế Đà Lạt {year}", "other", (6,), days=(2, 3), participants=(3000, 6000),
      host="vhttdl", years=(2019, 2022, 2023, 2024, 2025, 2026), provinces=LD, tags={"culture"}),
    T("fair_home", "Hội chợ Thương mại quốc tế Lâm Đồng năm {year}", "fair", (3, 4, 10), days=(5, 6),
      place="Quảng trường Lâm Viên, thành phố Đà Lạt", participants=(20_000, 60_000), host="congthuong",
      years=(2019, 2022, 2023, 2024, 2025, 2026), provinces=LD, tags={"trade"}),
    T("tea_coffee", "Lễ hội Trà, Cà phê Bảo Lộc năm {year}", "festival", (12, 1), days=(3, 3),
      place="Thành phố Bảo Lộc", participants=(30_000, 80_000), host="vhttdl", years=(2019, 2023, 2025),
      provinces=LD, partners=("alishan",), tags={"culture", "trade"}),
    # occasional, Lâm Đồng
    T("dalat130", "Hội thảo khoa học quốc tế 'Đà Lạt – 130 năm hình thành và phát triển'", "conference_seminar", (6,),
      participants=(200, 300), permit=True, host="dhdl", years=(2023,), provinces=LD, partners=("cg_fr",),
      tags={"seminar"}),
    T("langbiang", "Hội thảo quốc tế về bảo tồn Khu dự trữ sinh quyển thế giới Langbiang", "conference_seminar",
      (3, 9), participants=(120, 200), permit=True, host="tnmt", years=(2019, 2022, 2024), provinces=LD,
      partners=("giz", "undp"), tags={"seminar", "aid"}),
    T("hitech_seminar", "Hội thảo quốc tế về nông nghiệp công nghệ cao và chuyển đổi số năm {year}",
      "conference_seminar", (8, 10), participants=(150, 250), permit=True, host="nongnghiep",
      years=(2019, 2023, 2025, 2026), partners=("negev", "sanwa", "jica"), tags={"seminar"}),
    T("oda_seminar", "Hội thảo 'Giải pháp thu hút và sử dụng hiệu quả vốn ODA, vốn vay ưu đãi'", "conference_seminar",
      (5, 11), participants=(80, 150), permit=True, host="khdt", years=(2020, 2024, 2026), partners=("adb", "worldbank"),
      tags={"seminar", "aid"}),
    T("japan_day", "Ngày hội Văn hóa Nhật Bản tại Đà Lạt năm {year}", "festival", (9, 10), days=(2, 3),
      participants=(5_000, 12_000), host="ngoaivu", years=(2019, 2023, 2025), provinces=LD,
      partners=("emb_jp", "gunma", "jica"), tags={"culture"}),
    T("korea_week", "Tuần lễ Văn hóa Hàn Quốc tại tỉnh {province} năm {year}", "festival", (5, 11), days=(5, 7),
      participants=(3_000, 8_000), host="vhttdl", years=(2022, 2024, 2026), provinces=LD,
      partners=("cg_kr", "gyeongbuk"), tags={"culture"}),
    T("photo_champasak", "Triển lãm ảnh 'Lâm Đồng – Chămpasắc: tình hữu nghị đặc biệt'", "exhibition", (7,),
      days=(3, 5), participants=(1_000, 3_000), host="ngoaivu", years=(2019, 2024), provinces=LD,
      partners=("champasak", "cg_la"), tags={"culture"}),
    T("coffee_seminar", "Hội thảo quốc tế về cà phê đặc sản và nông nghiệp bền vững", "conference_seminar", (4,),
      participants=(100, 200), permit=True, host="nongnghiep", years=(2022, 2025), partners=("snv",), tags={"seminar"}),
    T("protocol_training", "Tập huấn nghiệp vụ lễ tân đối ngoại và kỹ năng đàm phán quốc tế", "training", (6, 9),
      international=False, participants=(60, 120), host="ngoaivu", years=(2019, 2022, 2024, 2026), tags={"training"}),
    T("fdi_dialogue", "Hội nghị đối thoại với doanh nghiệp có vốn đầu tư nước ngoài năm {year}", "meeting", (8, 10),
      participants=(80, 160), host="khdt", years=(2019, 2021, 2023, 2025), tags={"invest"}),
    T("scholarship_jp", "Hội thảo giới thiệu chương trình học bổng của Chính phủ Nhật Bản", "conference_seminar", (4,),
      participants=(150, 300), host="gddt", years=(2023, 2025), provinces=LD, partners=("emb_jp",), tags={"seminar"}),
    T("sea_festival", "Festival Biển Phan Thiết năm {year}", "festival", (4,), days=(3, 4), place="Phường Phan Thiết",
      participants=(50_000, 120_000), host="vhttdl", years=(2026,), provinces=LD, after_merger=True,
      partners=("gangwon",), tags={"culture"}),
    T("border_conf", "Hội nghị hợp tác phát triển các tỉnh biên giới Việt Nam – Campuchia", "conference_seminar", (3, 8),
      place="Phường Bắc Gia Nghĩa", participants=(120, 220), permit=True, host="ubnd", years=(2026,), provinces=LD,
      after_merger=True, partners=("mondulkiri", "cg_kh"), tags={"seminar", "border"}),
    T("tourism_forum", "Diễn đàn Du lịch bền vững vùng cao nguyên năm {year}", "forum", (8, 11), participants=(150, 300),
      permit=True, host="vhttdl", years=(2019, 2023, 2025), partners=("chiangmai", "yamanashi"), tags={"seminar"}),
    # abroad: fairs and promotion conferences the province takes part in
    T("invest_abroad_jp", "Hội nghị Xúc tiến đầu tư, thương mại, du lịch tỉnh {province} tại Nhật Bản", "conference_seminar",
      (10,), days=(1, 1), place="Tokyo", country="JP", participants=(150, 250), host="ubnd",
      partners=("vnemb_jp", "jetro"), years=(2019, 2024), provinces=LD, tags={"invest", "abroad", "leader"}),
    T("invest_abroad_kr", "Hội nghị Xúc tiến đầu tư tỉnh {province} tại Hàn Quốc", "conference_seminar", (9, 5),
      days=(1, 1), place="Seoul", country="KR", participants=(120, 200), host="ubnd", partners=("kotra",),
      years=(2023, 2026), provinces=LD, tags={"invest", "abroad", "leader"}),
    T("invest_abroad_sg", "Hội thảo giới thiệu cơ hội đầu tư tỉnh {province} tại Singapore", "conference_seminar", (6,),
      days=(1, 1), place="Singapore", country="SG", participants=(80, 150), host="xuctien", years=(2025,),
      provinces=LD, tags={"invest", "abroad"}),
    T("foodex", "Hội chợ Thực phẩm và Đồ uống quốc tế FOODEX Japan {year}", "fair", (3,), days=(4, 4),
      place="Makuhari Messe, Chiba", country="JP", participants=None, host="xuctien", years=(2019, 2023, 2025),
      tags={"trade", "abroad"}),
    T("thaifex", "Hội chợ THAIFEX – Anuga Asia {year}", "fair", (5,), days=(5, 5), place="Băng Cốc", country="TH",
      participants=None, host="xuctien", years=(2024, 2026), tags={"trade", "abroad"}),
    T("caexpo", "Hội chợ Thương mại Trung Quốc – ASEAN (CAEXPO) lần thứ {caexpo}", "expo", (9,), days=(4, 4),
      place="Nam Ninh, Quảng Tây", country="CN", participants=None, host="congthuong", years=(2019, 2023, 2025),
      tags={"trade", "abroad"}),
    T("iftf", "Hội chợ Hoa quốc tế IFTF {year}", "fair", (11,), days=(3, 3), place="Vijfhuizen", country="NL",
      participants=None, host="xuctien", years=(2022, 2024, 2026), provinces=LD, partners=("hollandia",),
      tags={"trade", "abroad"}),
    T("kunming", "Hội chợ Xuất nhập khẩu Côn Minh {year}", "fair", (8,), days=(5, 5), place="Côn Minh, Vân Nam",
      country="CN", participants=None, host="congthuong", years=(2024, 2026), provinces=LD, partners=("yunnan",),
      tags={"trade", "abroad"}),
    T("culture_week_la", "Tuần lễ Văn hóa – Du lịch {province} tại Lào", "festival", (11,), days=(5, 5), place="Pắc Xế",
      country="LA", participants=(2_000, 5_000), host="vhttdl", years=(2022,), provinces=LD, partners=("champasak",),
      tags={"culture", "abroad"}),
    # other provinces' own
    T("sea_nt", "Festival Biển Nha Trang – Khánh Hòa năm {year}", "festival", (6,), days=(4, 5), place="Thành phố Nha Trang",
      participants=(100_000, 300_000), host="vhttdl", years=(2019, 2023, 2025), provinces=("56",),
      tags={"culture", "home_big"}),
    T("coffee_bmt", "Lễ hội Cà phê Buôn Ma Thuột lần thứ {edition_bmt}", "festival", (3,), days=(5, 6),
      place="Thành phố Buôn Ma Thuột", participants=(200_000, 500_000), host="ubnd", years=(2019, 2023, 2025),
      provinces=("66",), partners=("nordic",), tags={"culture", "home_big"}),
)
FESTIVAL_EDITIONS = {2019: "VIII", 2022: "IX", 2024: "X", 2026: "XI"}
BMT_EDITIONS = {2019: "7", 2023: "8", 2025: "9"}
CAEXPO_EDITIONS = {2019: 16, 2023: 20, 2025: 22}

# --------------------------------------------------------------------------------------- projects
USD_PER = {  # yearly averages, rounded: the USD equivalent of a capital in another currency
    "JPY": {2019: "0.00917", 2020: "0.00937", 2021: "0.00911", 2022: "0.00762", 2023: "0.00712", 2024: "0.00661",
            2025: "0.00668", 2026: "0.00655"},
    "KRW": {2019: "0.000858", 2020: "0.000848", 2021: "0.000874", 2022: "0.000774", 2023: "0.000766",
            2024: "0.000733", 2025: "0.000712", 2026: "0.000705"},
    "EUR": {2019: "1.12", 2020: "1.14", 2021: "1.18", 2022: "1.05", 2023: "1.08", 2024: "1.08", 2025: "1.13",
            2026: "1.16"},
    "CHF": {2019: "1.01", 2020: "1.07", 2021: "1.09", 2022: "1.05", 2023: "1.11", 2024: "1.14", 2025: "1.21",
            2026: "1.24"},
}


def usd_rate(currency: str, year: int) -> Decimal:
    table = USD_PER[currency]
    return Decimal(table.get(year, table[max(table)]))


@dataclass(frozen=True)
class FdiActivity:
    name: str
    tag: str  # what an investor does: investors (below) and partner companies list the tags they invest in
    sector: str
    places: tuple[str, ...]  # keywords of suitable places
    capital: tuple[float, float]  # million USD
    after_merger: bool = False  # only in the areas Lâm Đồng took in on 1 July 2025


FDI_ACTIVITIES = (
    FdiActivity("Trang trại sản xuất hoa cắt cành công nghệ cao", "flowers", "agriculture",
                ("nông nghiệp", "rau hoa", "Đơn Dương"), (2, 18)),
    FdiActivity("Khu sản xuất rau thủy canh trong nhà kính", "hydroponic", "agriculture",
                ("nông nghiệp", "rau hoa", "Đức Trọng"), (1.5, 9)),
    FdiActivity("Nhà máy chế biến rau quả đông lạnh xuất khẩu", "frozen_veg", "industry", ("công nghiệp",), (6, 35)),
    FdiActivity("Trang trại bò sữa công nghệ cao và nhà máy chế biến sữa", "dairy", "agriculture",
                ("Đơn Dương", "nông nghiệp"), (12, 60)),
    FdiActivity("Nhà máy chế biến trà ô long", "tea", "industry", ("chè", "B'Lao", "Lộc Sơn"), (3, 15)),
    FdiActivity("Nhà máy chế biến cà phê rang xay và cà phê hòa tan", "coffee", "industry",
                ("cà phê", "công nghiệp"), (8, 45)),
    FdiActivity("Khu nghỉ dưỡng sinh thái", "eco_resort", "tourism", ("du lịch",), (15, 120)),
    FdiActivity("Khách sạn và trung tâm hội nghị quốc tế", "hotel", "tourism", ("Tuyền Lâm", "Đà Lạt"), (20, 80)),
    FdiActivity("Trung tâm nghiên cứu và sản xuất giống hoa", "seeds", "agriculture", ("nông nghiệp", "rau hoa"), (2, 12)),
    FdiActivity("Nhà máy sản xuất giá thể và phân bón hữu cơ vi sinh", "fertilizer", "industry", ("công nghiệp",), (3, 20)),
    FdiActivity("Trang trại trồng và chế biến mắc ca", "macadamia", "agriculture", ("Di Linh", "Bảo Lâm", "cà phê"),
                (4, 25)),
    FdiActivity("Nhà máy chiết xuất dược liệu (atisô, đương quy)", "herbs", "industry", ("công nghiệp", "Lạc Dương"),
                (2, 14)),
    FdiActivity("Trang trại dâu tây và trái cây ôn đới", "strawberry", "agriculture", ("Lạc Dương", "Đơn Dương"), (1, 6)),
    FdiActivity("Phòng khám đa khoa quốc tế", "clinic", "health", ("Đà Lạt", "Nha Trang", "Buôn Ma Thuột"), (2, 10)),
    FdiActivity("Nhà máy điện gió ven biển", "wind", "energy", ("Tuy Phong",), (80, 250), True),
    FdiActivity("Hệ thống điện mặt trời mái nhà khu công nghiệp", "solar", "energy", ("công nghiệp",), (3, 15), True),
    FdiActivity("Khu du lịch nghỉ dưỡng biển", "beach_resort", "tourism", ("Mũi Né",), (30, 150), True),
    FdiActivity("Nhà máy chế biến thủy sản xuất khẩu", "seafood", "industry", ("Hàm Kiệm", "Phan Thiết"), (8, 30), True),
    FdiActivity("Nhà máy chế biến hạt điều và hồ tiêu", "cashew", "industry", ("Nhân Cơ", "Gia Nghĩa"), (5, 20), True),
)
# Investors without a partner record: (name, country, what they invest in).
INVESTORS = (
    ("Công ty TNHH Midori Farm", "JP", ("hydroponic", "strawberry", "flowers")),
    ("Công ty TNHH Sakura Agri", "JP", ("frozen_veg", "hydroponic")),
    ("Công ty CP Fuji Fresh Foods", "JP", ("frozen_veg", "strawberry", "seafood")),
    ("Công ty TNHH Hokuto Seeds", "JP", ("seeds", "herbs")),
    ("Công ty TNHH Aoba Green", "JP", ("fertilizer", "solar")),
    ("Công ty TNHH Nihon Highland Resorts", "JP", ("hotel", "eco_resort")),
    ("Công ty TNHH Hanbit Agro", "KR", ("hydroponic", "strawberry", "fertilizer")),
    ("Công ty TNHH Daon Farm", "KR", ("frozen_veg", "strawberry")),
    ("Công ty TNHH Seoul Fresh Food", "KR", ("frozen_veg", "seafood")),
    ("Công ty TNHH Mirae Bio", "KR", ("herbs", "fertilizer")),
    ("Công ty TNHH Green Korea Energy", "KR", ("solar", "wind")),
    ("Công ty TNHH Seorak Medical", "KR", ("clinic",)),
    ("Công ty TNHH Jeju Ocean Resorts", "KR", ("beach_resort", "hotel")),
    ("Công ty TNHH Trà Thượng Hảo", "TW", ("tea",)),
    ("Công ty TNHH Nông nghiệp Đài Phát", "TW", ("coffee", "tea", "macadamia")),
    ("Công ty TNHH Thực phẩm Vĩnh Hòa", "TW", ("frozen_veg", "cashew")),
    ("Công ty Highland Capital Pte. Ltd.", "SG", ("eco_resort", "hotel")),
    ("Công ty Orchid Hospitality Pte. Ltd.", "SG", ("hotel", "beach_resort")),
    ("Công ty Straits Agro Pte. Ltd.", "SG", ("coffee", "cashew")),
    ("Công ty Lotus Medical Partners Pte. Ltd.", "SG", ("clinic",)),
    ("Công ty Equator Solar Pte. Ltd.", "SG", ("solar",)),
    ("Công ty TNHH Tulip Valley Việt Nam", "NL", ("flowers", "seeds")),
    ("Công ty TNHH Green Delta Horticulture", "NL", ("hydroponic", "flowers")),
    ("Công ty TNHH Holland Dairy Partners", "NL", ("dairy",)),
    ("Công ty TNHH Flanders Plants Asia", "BE", ("flowers", "seeds")),
    ("Công ty TNHH Fromagerie des Hauts Plateaux", "FR", ("dairy",)),
    ("Công ty TNHH Macca Nuts Australia", "AU", ("macadamia",)),
    ("Công ty TNHH Southern Cross Dairy", "AU", ("dairy",)),
    ("Công ty TNHH Pacific Coffee Partners", "US", ("coffee",)),
    ("Công ty TNHH AquaGrow Israel", "IL", ("hydroponic",)),
    ("Công ty TNHH Bavaria Wind Energy", "DE", ("wind",)),
    ("Công ty TNHH Nordsø Wind Asia", "DK", ("wind",)),
    ("Công ty TNHH Siam Highland Resorts", "TH", ("eco_resort", "hotel", "beach_resort")),
    ("Công ty TNHH Baltic Sun Resorts", "RU", ("beach_resort",)),
    ("Công ty TNHH Kerala Spices Việt Nam", "IN", ("cashew",)),
)


@dataclass(frozen=True)
class AidTemplate:
    key: str
    kind: str  # oda / ngo_aid
    donor: str | None  # partner key; None: investor_name
    name: str  # may hold {area}
    sector: str
    dac: str | None
    amount: tuple[float, float]  # million, in `currency`
    currency: str
    years: tuple[int, int]  # duration range
    agency: str  # agency key or a plain name; "{local}" for the local people's committee
    donor_name: str | None = None
    country: str | None = None
    agreement: str | None = None
    location: str | None = None  # ODA: where it is; NGO aid: a commune drawn at random


ODA = (
    AidTemplate("oda_jica_veg", "oda", "jica", "Dự án hợp tác kỹ thuật nâng cao năng lực sản xuất rau an toàn tỉnh Lâm Đồng",
                "agriculture", "31120", (350, 420), "JPY", (3, 3), "nongnghiep", agreement="a_jica_2020",
                location="Đà Lạt, Đơn Dương, Đức Trọng"),
    AidTemplate("oda_adb_rural", "oda", "adb", "Dự án Phát triển cơ sở hạ tầng nông thôn phục vụ sản xuất cho các tỉnh "
                "Tây Nguyên – tiểu dự án tỉnh {province}", "infrastructure", "21020", (28, 55), "USD", (5, 6),
                "Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp tỉnh", location="Các huyện phía Nam tỉnh"),
    AidTemplate("oda_wb_water", "oda", "worldbank", "Chương trình Cấp nước sạch và vệ sinh nông thôn dựa trên kết quả",
                "infrastructure", "14030", (12, 30), "USD", (4, 5), "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
                location="Toàn tỉnh"),
    AidTemplate("oda_giz_forest", "oda", "giz", "Dự án Bảo tồn đa dạng sinh học và quản lý rừng bền vững Langbiang",
                "environment", "41030", (4, 7), "EUR", (5, 5), "tnmt", agreement="a_giz_2021",
                location="Khu dự trữ sinh quyển Langbiang"),
    AidTemplate("oda_undp_climate", "oda", "undp", "Dự án Tăng cường khả năng thích ứng với biến đổi khí hậu cho đồng bào "
                "dân tộc thiểu số", "environment", "41010", (2, 4.5), "USD", (3, 4), "tnmt",
                location="Các xã vùng đồng bào dân tộc thiểu số"),
    AidTemplate("oda_undp_energy", "oda", "undp", "Dự án Thúc đẩy năng lượng tái tạo quy mô nhỏ cho cộng đồng vùng cao",
                "energy", "23210", (1.5, 3), "USD", (3, 3), "congthuong", location="Các xã vùng cao"),
    AidTemplate("oda_fao_forest", "oda", "fao", "Dự án Hỗ trợ phát triển lâm nghiệp cộng đồng vùng Tây Nguyên",
                "agriculture", "31220", (1.5, 3), "USD", (3, 3), "nongnghiep", location="Các xã có rừng cộng đồng"),
    AidTemplate("oda_fao_fire", "oda", "fao", "Dự án Tăng cường năng lực phòng cháy, chữa cháy rừng", "agriculture",
                "31282", (0.8, 1.6), "USD", (2, 3), "nongnghiep", location="Toàn tỉnh"),
    AidTemplate("oda_koica_village", "oda", "koica", "Dự án Phát triển làng nông nghiệp thông minh tỉnh Lâm Đồng",
                "agriculture", "31191", (6, 8), "USD", (5, 5), "nongnghiep", agreement="a_koica_2024",
                location="Lạc Dương, Đơn Dương"),
    AidTemplate("oda_wb_health", "oda", "worldbank", "Dự án Đầu tư nâng cấp mạng lưới y tế cơ sở tỉnh {province}",
                "health", "12220", (15, 25), "USD", (5, 5), "yte", location="Toàn tỉnh"),
    AidTemplate("oda_wb_school", "oda", "worldbank", "Dự án Nâng cao chất lượng giáo dục cho vùng khó khăn",
                "education", "11220", (8, 14), "USD", (4, 5), "gddt", location="Các xã vùng khó khăn"),
    AidTemplate("oda_ifad_value", "oda", None, "Dự án Phát triển chuỗi giá trị nông sản cho hộ nghèo vùng cao",
                "agriculture", "31166", (10, 18), "USD", (5, 6), "nongnghiep",
                donor_name="Quỹ Quốc tế về Phát triển Nông nghiệp (IFAD)", location="Các xã vùng cao"),
    AidTemplate("oda_jica_lake", "oda", "jica", "Dự án Hồ chứa nước phục vụ tưới vùng chè, cà phê Bảo Lộc (vốn vay)",
                "agriculture", "31140", (3_500, 5_200), "JPY", (5, 6), "Ban Quản lý dự án đầu tư xây dựng các công trình "
                "nông nghiệp tỉnh", location="Bảo Lộc, Bảo Lâm"),
    AidTemplate("oda_adb_coast", "oda", "adb", "Dự án Phát triển hạ tầng thích ứng biến đổi khí hậu vùng ven biển Phan Thiết",
                "infrastructure", "41010", (40, 70), "USD", (5, 6), "Ban Quản lý dự án đầu tư xây dựng tỉnh",
                location="Phan Thiết, Mũi Né, Tuy Phong"),
)
# Lâm Đồng's ODA year by year (two a year, fewer in the pandemic years); other provinces draw from ODA_GENERIC.
ODA_SCHEDULE = {2019: ("oda_adb_rural", "oda_fao_forest"), 2020: ("oda_jica_veg",), 2021: ("oda_giz_forest",),
                2022: ("oda_wb_water", "oda_undp_climate"), 2023: ("oda_wb_health", "oda_ifad_value"),
                2024: ("oda_koica_village", "oda_fao_fire"), 2025: ("oda_jica_lake", "oda_undp_energy"),
                2026: ("oda_adb_coast", "oda_wb_school")}
ODA_GENERIC = ("oda_adb_rural", "oda_wb_water", "oda_wb_health", "oda_undp_climate", "oda_fao_forest", "oda_wb_school")

NGO_AID = (
    AidTemplate("ngo_wv_adp", "ngo_aid", "worldvision", "Chương trình phát triển vùng (ADP) {area}", "social", "16010",
                (0.35, 1.2), "USD", (3, 4), "{local}"),
    AidTemplate("ngo_plan_wash", "ngo_aid", "plan", "Dự án Nước sạch và vệ sinh trường học tại {area}", "infrastructure",
                "14030", (0.12, 0.45), "USD", (2, 3), "gddt"),
    AidTemplate("ngo_care_women", "ngo_aid", "care", "Dự án Tăng cường sinh kế cho phụ nữ dân tộc thiểu số tại {area}",
                "social", "15170", (0.2, 0.6), "USD", (2, 3), "phunu"),
    AidTemplate("ngo_snv_coffee", "ngo_aid", "snv", "Dự án Phát triển chuỗi giá trị cà phê bền vững, thích ứng biến đổi "
                "khí hậu tại {area}", "agriculture", "31166", (0.3, 0.9), "EUR", (2, 3), "nongnghiep"),
    AidTemplate("ngo_gni_edu", "ngo_aid", "goodneighbors", "Dự án Hỗ trợ giáo dục và dinh dưỡng cho trẻ em vùng khó khăn "
                "{area}", "education", "11220", (250, 700), "KRW", (2, 3), "{local}"),
    AidTemplate("ngo_swiss_school", "ngo_aid", None, "Dự án Xây dựng nhà bán trú cho học sinh dân tộc thiểu số tại {area}",
                "education", "11120", (0.15, 0.4), "CHF", (1, 2), "gddt",
                donor_name="Quỹ Hỗ trợ Trẻ em Vùng cao (Thụy Sĩ)", country="CH"),
    AidTemplate("ngo_jp_eye", "ngo_aid", None, "Chương trình khám, phẫu thuật mắt miễn phí cho người nghèo tại {area}",
                "health", "12191", (8, 25), "JPY", (1, 1), "yte",
                donor_name="Hội Bác sĩ Tình nguyện Nhật Bản", country="JP"),
    AidTemplate("ngo_kr_house", "ngo_aid", None, "Dự án Xây dựng nhà tình thương cho hộ nghèo tại {area}", "social",
                "16030", (120, 350), "KRW", (1, 1), "huunghi", donor_name="Quỹ Tình thương Hàn – Việt", country="KR"),
    AidTemplate("ngo_wv_wash", "ngo_aid", "worldvision", "Dự án Cấp nước sinh hoạt cho cộng đồng tại {area}",
                "infrastructure", "14030", (0.1, 0.3), "USD", (1, 2), "{local}"),
)

# --------------------------------------------------------------------------------------------- plans
PLAN_GROUPS = (
    ("coop", "Hợp tác với các địa phương nước ngoài và các đối tác truyền thống"),
    ("econ", "Ngoại giao kinh tế; xúc tiến đầu tư, thương mại, du lịch"),
    ("aid", "Vận động, quản lý viện trợ phi chính phủ nước ngoài và vốn ODA"),
    ("culture", "Ngoại giao văn hóa và thông tin đối ngoại"),
    ("ov", "Công tác người Việt Nam ở nước ngoài"),
    ("mgmt", "Quản lý đoàn ra, đoàn vào, hội nghị, hội thảo quốc tế; tập huấn nghiệp vụ"),
)
PLAN_GENERIC_TASKS = {
    "culture": ("Cập nhật thông tin đối ngoại bằng tiếng Anh trên Cổng thông tin điện tử tỉnh",
                "Xuất bản ấn phẩm giới thiệu tiềm năng tỉnh bằng tiếng Anh, Nhật, Hàn"),
    "ov": ("Cập nhật danh sách trí thức, doanh nhân kiều bào gốc {province}",
           "Hỗ trợ thủ tục cho kiều bào về đầu tư, kinh doanh tại tỉnh"),
    "mgmt": ("Báo cáo công tác đối ngoại 6 tháng đầu năm", "Báo cáo tổng kết công tác đối ngoại năm",
             "Rà soát quy chế quản lý thống nhất hoạt động đối ngoại của tỉnh"),
    "aid": ("Xây dựng danh mục dự án kêu gọi viện trợ phi chính phủ nước ngoài",),
    "econ": ("Cập nhật danh mục dự án kêu gọi đầu tư bằng tiếng Anh",),
}

"""The hand-written part of the sample history: partners, their contacts, agreements and relations.

Keys ("gunma", "a_gunma_2019") tie the records together; the builder turns them into ids. Names of
people are not written here: contacts are drawn from `people` with the seeded generator, and an
agreement's foreign signatory is whoever held the partner's leading position on the signing day.

Since 1 July 2025 Lâm Đồng includes the former Bình Thuận and Đắk Nông: their agreements (with Sê
Kông, Gangwon, Mondulkiri…) were signed by "UBND tỉnh Bình Thuận" / "UBND tỉnh Đắk Nông" and are now
held by Lâm Đồng, with a succession note (Nghị quyết 202/2025/QH15, Nghị định 177/2025/NĐ-CP).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

SAMPLE_NOTE = "Dữ liệu mẫu (sample data) — thông tin minh họa, không phải số liệu thật."
MERGER_NOTE = ("Theo Nghị quyết số 202/2025/QH15 của Quốc hội, từ ngày 01/7/2025 tỉnh {old} hợp nhất vào tỉnh "
               "Lâm Đồng; UBND tỉnh Lâm Đồng kế thừa quyền và nghĩa vụ của UBND tỉnh {old} đối với thỏa thuận này "
               "(Nghị định số 177/2025/NĐ-CP). Đã thông báo cho phía {country} bằng văn bản ngày {notified}.")


@dataclass
class PartnerSpec:
    key: str
    data: dict[str, Any]  # PartnerCreate fields
    trip: int = 0  # weight as a destination of outbound trips
    visit: int = 0  # weight as the sender of inbound delegations
    since: date | None = None  # the province deals with it from this date (inherited in the 2025 merger)
    host: str | None = None  # who receives our delegations there
    topics: tuple[str, ...] = ()  # fields of cooperation, for purposes and titles
    invests: tuple[str, ...] = ()  # a company: the kinds of FDI project it invests in (catalogue.FdiActivity.tag)


@dataclass
class ContactSpec:
    partner: str
    role: str  # head / deputy / staff: the head leads inbound delegations and signs agreements
    positions: list[tuple[str, date, date | None]]


@dataclass
class AgreementSpec:
    key: str
    data: dict[str, Any]  # AgreementCreate fields except status, parties and signatories
    parties: list[tuple[str, str | None]]  # (partner key or "", name override)
    vn_signatory: tuple[str, str] | None  # (name, title)
    foreign_signatory: str | None  # partner key whose head signed
    path: list[tuple[str, Any, str | None]]  # (status, date, note): the first is the status it is entered with
    commitments: list[dict[str, Any]] = field(default_factory=list)
    succession: dict[str, Any] | None = None  # responsible_body / since / notes, recorded by an update
    extend_to: tuple[date, date] | None = None  # (day of the edit, new expiry): extended while in force
    occasion: str | None = None  # "outbound" / "inbound" / "event:<key>": the visit it was signed during
    partner_country: str | None = None


def P(key: str, kind: str, name_vi: str, *, trip: int = 0, visit: int = 0, since: date | None = None,
      host: str | None = None, topics: tuple[str, ...] = (), invests: tuple[str, ...] = (), notes: str | None = None,
      **data: Any) -> PartnerSpec:
    note = f"{notes} {SAMPLE_NOTE}" if notes else SAMPLE_NOTE
    return PartnerSpec(key, {"kind": kind, "name_vi": name_vi, "notes": note, **data}, trip, visit, since, host, topics,
                       invests)


D = date
MERGED = D(2025, 7, 1)

# ------------------------------------------------------------------------------------ Lâm Đồng (68)
AGRI = ("nông nghiệp công nghệ cao", "sản xuất rau, hoa", "chế biến nông sản")
TOUR = ("du lịch", "văn hóa")
EDU = ("giáo dục – đào tạo", "đào tạo nguồn nhân lực")

LAM_DONG_PARTNERS: list[PartnerSpec] = [
    # foreign localities
    P("gunma", "foreign_locality", "Tỉnh Gunma", name_en="Gunma Prefecture", name_original="群馬県", country_code="JP",
      subdivision_code="JP-10", city="Maebashi", aliases=["Gunma", "tỉnh Gunma (Nhật Bản)"],
      website="https://www.pref.gunma.jp", trip=5, visit=4, host="Chính quyền tỉnh Gunma",
      topics=AGRI + ("lao động kỹ năng", "du lịch"),
      notes="Đối tác hợp tác từ năm 2019 (Biên bản ghi nhớ ký tại Maebashi)."),
    P("yamanashi", "foreign_locality", "Tỉnh Yamanashi", name_en="Yamanashi Prefecture", name_original="山梨県",
      country_code="JP", subdivision_code="JP-19", city="Kofu", aliases=["Yamanashi"], trip=3, visit=3,
      host="Chính quyền tỉnh Yamanashi", topics=AGRI + TOUR + EDU),
    P("nagano", "foreign_locality", "Tỉnh Nagano", name_en="Nagano Prefecture", name_original="長野県",
      country_code="JP", subdivision_code="JP-20", city="Nagano", aliases=["Nagano"], trip=2, visit=2,
      host="Chính quyền tỉnh Nagano", topics=("đào tạo nghề", "nông nghiệp vùng cao", "du lịch")),
    P("gyeongbuk", "foreign_locality", "Tỉnh Gyeongsangbuk-do", name_en="Gyeongsangbuk-do Province",
      name_original="경상북도", country_code="KR", subdivision_code="KR-47", city="Andong",
      aliases=["Gyeongbuk", "Bắc Gyeongsang", "tỉnh Gyeongsang Bắc"], trip=4, visit=4,
      host="Chính quyền tỉnh Gyeongsangbuk-do", topics=("phát triển nông thôn (Saemaul Undong)", "y tế") + EDU),
    P("gangwon", "foreign_locality", "Tỉnh Gangwon", name_en="Gangwon State", name_original="강원특별자치도",
      country_code="KR", subdivision_code="KR-42", city="Chuncheon", aliases=["Gangwon-do", "Kangwon"],
      trip=1, visit=1, since=MERGED, host="Chính quyền tỉnh Gangwon", topics=("du lịch biển", "thể thao"),
      notes="Đối tác của tỉnh Bình Thuận (cũ) giai đoạn 2019–2024."),
    P("chiangmai", "foreign_locality", "Tỉnh Chiang Mai", name_en="Chiang Mai Province", name_original="เชียงใหม่",
      country_code="TH", subdivision_code="TH-50", city="Chiang Mai", aliases=["Chiềng Mai", "Chiang Mai"],
      trip=3, visit=2, host="Văn phòng Tỉnh trưởng tỉnh Chiang Mai", topics=TOUR + ("hoa và cây cảnh", "cà phê")),
    P("champasak", "foreign_locality", "Tỉnh Chămpasắc", name_en="Champasak Province", country_code="LA",
      subdivision_code="LA-CH", city="Pắc Xế", aliases=["Champasak", "Chăm-pa-sắc", "Champassak"], trip=4, visit=5,
      host="Ủy ban chính quyền tỉnh Chămpasắc", topics=EDU + ("y tế", "nông nghiệp", "thương mại"),
      notes="Quan hệ kết nghĩa từ năm 2019."),
    P("sekong", "foreign_locality", "Tỉnh Sê Kông", name_en="Sekong Province", country_code="LA",
      subdivision_code="LA-XE", city="La Mam", aliases=["Xê Kông", "Sekong", "Xékong"], trip=2, visit=2, since=MERGED,
      host="Ủy ban chính quyền tỉnh Sê Kông", topics=("đào tạo", "nông nghiệp", "y tế"),
      notes="Đối tác của tỉnh Bình Thuận (cũ) từ năm 2022; tỉnh Lâm Đồng kế thừa từ ngày 01/7/2025."),
    P("mondulkiri", "foreign_locality", "Tỉnh Mondulkiri", name_en="Mondulkiri Province", name_original="មណ្ឌលគិរី",
      country_code="KH", subdivision_code="KH-11", city="Sen Monorom", aliases=["Mondulkiri", "Môn-đun-ki-ri"],
      trip=3, visit=4, since=MERGED, host="Ủy ban tỉnh Mondulkiri",
      topics=("quản lý biên giới", "an ninh trật tự", "thương mại biên giới", "y tế"),
      notes="Tỉnh giáp biên giới; quan hệ hữu nghị truyền thống với tỉnh Đắk Nông (cũ), do tỉnh Lâm Đồng "
            "kế thừa từ ngày 01/7/2025."),
    P("yunnan", "foreign_locality", "Tỉnh Vân Nam", name_en="Yunnan Province", name_original="云南省", country_code="CN",
      subdivision_code="CN-YN", city="Côn Minh", aliases=["Yunnan", "Vân Nam (Trung Quốc)"], trip=2, visit=1,
      host="Chính quyền nhân dân tỉnh Vân Nam", topics=("thương mại", "hoa", "du lịch")),
    P("oostvlaanderen", "foreign_locality", "Tỉnh Đông Flanders", name_en="Province of East Flanders",
      name_original="Provincie Oost-Vlaanderen", country_code="BE", subdivision_code="BE-VOV", city="Gent",
      aliases=["Oost-Vlaanderen", "Đông Vlaanderen"], trip=2, visit=2, host="Chính quyền tỉnh Oost-Vlaanderen",
      topics=("hoa và cây cảnh", "nông nghiệp bền vững")),
    P("normandie", "foreign_locality", "Vùng Normandie", name_en="Normandy Region", name_original="Région Normandie",
      country_code="FR", subdivision_code="FR-NOR", city="Rouen", aliases=["Normandy", "Noóc-măng-đi"], trip=2,
      visit=1, host="Hội đồng vùng Normandie", topics=("chăn nuôi bò sữa", "chế biến sữa", "du lịch")),
    # embassies and consulates
    P("emb_jp", "embassy_consulate", "Đại sứ quán Nhật Bản tại Việt Nam", name_en="Embassy of Japan in Viet Nam",
      country_code="JP", city="Hà Nội", address="27 Liễu Giai, Ba Đình, Hà Nội", visit=3),
    P("cg_kr", "embassy_consulate", "Tổng Lãnh sự quán Hàn Quốc tại Thành phố Hồ Chí Minh",
      name_en="Consulate General of the Republic of Korea in Ho Chi Minh City", country_code="KR",
      city="TP. Hồ Chí Minh", visit=3),
    P("cg_fr", "embassy_consulate", "Tổng Lãnh sự quán Pháp tại Thành phố Hồ Chí Minh",
      name_en="Consulate General of France in Ho Chi Minh City", country_code="FR", city="TP. Hồ Chí Minh", visit=2),
    P("cg_la", "embassy_consulate", "Tổng Lãnh sự quán Lào tại Thành phố Hồ Chí Minh",
      name_en="Consulate General of the Lao PDR in Ho Chi Minh City", country_code="LA", city="TP. Hồ Chí Minh",
      visit=3),
    P("cg_kh", "embassy_consulate", "Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh",
      name_en="Consulate General of the Kingdom of Cambodia in Ho Chi Minh City", country_code="KH",
      city="TP. Hồ Chí Minh", visit=2),
    P("emb_be", "embassy_consulate", "Đại sứ quán Vương quốc Bỉ tại Việt Nam", name_en="Embassy of Belgium in Viet Nam",
      country_code="BE", city="Hà Nội", visit=1),
    P("cg_nl", "embassy_consulate", "Tổng Lãnh sự quán Hà Lan tại Thành phố Hồ Chí Minh",
      name_en="Consulate General of the Kingdom of the Netherlands in Ho Chi Minh City", country_code="NL",
      city="TP. Hồ Chí Minh", visit=1),
    P("cg_us", "embassy_consulate", "Tổng Lãnh sự quán Hoa Kỳ tại Thành phố Hồ Chí Minh",
      name_en="U.S. Consulate General in Ho Chi Minh City", country_code="US", city="TP. Hồ Chí Minh", visit=1),
    # international organisations and foreign agencies
    P("jica", "international_org", "Cơ quan Hợp tác Quốc tế Nhật Bản", name_en="Japan International Cooperation Agency",
      short_name="JICA", country_code="JP", reference_key="jica", city="Hà Nội", visit=3, trip=1,
      host="Trụ sở JICA tại Tokyo", topics=("nông nghiệp", "môi trường", "y tế")),
    P("koica", "international_org", "Cơ quan Hợp tác Quốc tế Hàn Quốc",
      name_en="Korea International Cooperation Agency", short_name="KOICA", country_code="KR", reference_key="koica",
      city="Hà Nội", visit=2, topics=("phát triển nông thôn", "nông nghiệp thông minh")),
    P("undp", "international_org", "Chương trình Phát triển Liên hợp quốc", name_en="United Nations Development Programme",
      short_name="UNDP", reference_key="undp", city="Hà Nội", visit=1, topics=("giảm nghèo", "biến đổi khí hậu")),
    P("fao", "international_org", "Tổ chức Lương thực và Nông nghiệp Liên hợp quốc",
      name_en="Food and Agriculture Organization of the United Nations", short_name="FAO", reference_key="fao",
      city="Hà Nội", visit=1, topics=("an ninh lương thực", "lâm nghiệp")),
    P("giz", "international_org", "Tổ chức Hợp tác Quốc tế Đức",
      name_en="Deutsche Gesellschaft für Internationale Zusammenarbeit", short_name="GIZ", country_code="DE",
      reference_key="giz", city="Hà Nội", visit=1, topics=("bảo tồn đa dạng sinh học", "quản lý rừng")),
    P("adb", "international_org", "Ngân hàng Phát triển châu Á", name_en="Asian Development Bank", short_name="ADB",
      reference_key="adb", city="Hà Nội", visit=1, topics=("hạ tầng nông thôn", "cấp nước")),
    P("worldbank", "international_org", "Ngân hàng Thế giới", name_en="World Bank", short_name="WB",
      reference_key="worldbank", city="Hà Nội", visit=1, topics=("cấp nước và vệ sinh", "giao thông nông thôn")),
    P("jetro", "international_org", "Tổ chức Xúc tiến Thương mại Nhật Bản", name_en="Japan External Trade Organization",
      short_name="JETRO", country_code="JP", reference_key="jetro", city="TP. Hồ Chí Minh", visit=1,
      topics=("xúc tiến thương mại", "đầu tư")),
    P("kotra", "international_org", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc",
      name_en="Korea Trade-Investment Promotion Agency", short_name="KOTRA", country_code="KR", reference_key="kotra",
      city="TP. Hồ Chí Minh", visit=1, topics=("xúc tiến thương mại", "đầu tư")),
    # foreign NGOs
    P("snv", "foreign_ngo", "Tổ chức Phát triển Hà Lan", name_en="SNV Netherlands Development Organisation",
      short_name="SNV", country_code="NL", reference_key="snv", visit=2, topics=("cà phê bền vững", "năng lượng sạch")),
    P("worldvision", "foreign_ngo", "Tổ chức Tầm nhìn Thế giới", name_en="World Vision International",
      short_name="World Vision", country_code="US", reference_key="worldvision", visit=2,
      topics=("trẻ em", "sinh kế", "nước sạch")),
    P("plan", "foreign_ngo", "Tổ chức Plan International", name_en="Plan International", short_name="Plan",
      country_code="GB", reference_key="plan", visit=1, topics=("trẻ em gái", "giáo dục")),
    P("care", "foreign_ngo", "Tổ chức CARE Quốc tế", name_en="CARE International", short_name="CARE",
      country_code="CH", reference_key="care", visit=1, topics=("phụ nữ dân tộc thiểu số", "sinh kế")),
    P("goodneighbors", "foreign_ngo", "Tổ chức Good Neighbors International", name_en="Good Neighbors International",
      short_name="GNI", country_code="KR", visit=2, topics=("giáo dục", "nước sạch", "y tế cộng đồng")),
    # investors
    P("kasumi", "company", "Công ty TNHH Hoa Kasumi", name_en="Kasumi Flowers Co., Ltd.", country_code="JP",
      city="Maebashi", visit=2, invests=("flowers", "strawberry"), topics=("hoa cắt cành",)),
    P("sanwa", "company", "Công ty CP Nông nghiệp Sanwa", name_en="Sanwa Agritech Corporation", country_code="JP",
      city="Kofu", visit=2, invests=("hydroponic", "frozen_veg"), topics=("rau công nghệ cao",)),
    P("hanvit", "company", "Tập đoàn Năng lượng xanh Hanvit", name_en="Hanvit Green Energy Corp.", country_code="KR",
      city="Seoul", visit=2, invests=("wind", "solar"), topics=("điện gió", "điện mặt trời")),
    P("daesung", "company", "Công ty TNHH Dược liệu Daesung", name_en="Daesung Bio Co., Ltd.", country_code="KR",
      city="Andong", visit=1, invests=("herbs",), topics=("dược liệu",)),
    P("alishan", "company", "Công ty TNHH Trà Ô long A Lý Sơn", name_en="Alishan Oolong Tea Co., Ltd.",
      country_code="TW", city="Chiayi", visit=1, invests=("tea",), topics=("trà ô long",)),
    P("lionpeak", "company", "Công ty Lion Peak Resorts", name_en="Lion Peak Resorts Pte. Ltd.", country_code="SG",
      city="Singapore", topics=("nghỉ dưỡng",)),
    P("hollandia", "company", "Công ty Hollandia Bloemen", name_en="Hollandia Bloemen B.V.", country_code="NL",
      city="Aalsmeer", visit=2, invests=("seeds", "flowers"), topics=("giống hoa",)),
    P("negev", "company", "Công ty Negev AgriTech", name_en="Negev AgriTech Ltd.", country_code="IL",
      city="Be'er Sheva", visit=1, invests=("hydroponic",), topics=("tưới tiết kiệm",)),
    # Vietnamese missions abroad and overseas Vietnamese
    P("vnemb_jp", "vn_mission_abroad", "Đại sứ quán Việt Nam tại Nhật Bản", name_en="Embassy of Viet Nam in Japan",
      country_code="JP", city="Tokyo", trip=2, host="Đại sứ quán Việt Nam tại Nhật Bản"),
    P("vnemb_la", "vn_mission_abroad", "Đại sứ quán Việt Nam tại Lào", name_en="Embassy of Viet Nam in the Lao PDR",
      country_code="LA", city="Viêng Chăn", trip=1, host="Đại sứ quán Việt Nam tại Lào"),
    P("ov_gunma", "overseas_vietnamese", "Hội người Việt Nam tại Gunma", name_en="Vietnamese Association in Gunma",
      country_code="JP", subdivision_code="JP-10", city="Maebashi", visit=1,
      notes="Cầu nối cho thực tập sinh, du học sinh Lâm Đồng tại Gunma."),
]

# Contacts. Titles read as Vietnamese documents write them; names are drawn by the builder.
LAM_DONG_CONTACTS: list[ContactSpec] = [
    ContactSpec("gunma", "head", [("Thống đốc tỉnh Gunma", D(2019, 7, 28), None)]),
    ContactSpec("gunma", "deputy", [("Trưởng ban Chiến lược quốc tế tỉnh Gunma", D(2018, 4, 1), D(2022, 3, 31)),
                                    ("Phó Thống đốc tỉnh Gunma", D(2022, 4, 1), None)]),
    ContactSpec("yamanashi", "head", [("Thống đốc tỉnh Yamanashi", D(2019, 2, 17), None)]),
    ContactSpec("yamanashi", "deputy", [("Cục trưởng Cục Xúc tiến quốc tế tỉnh Yamanashi", D(2020, 4, 1), None)]),
    ContactSpec("nagano", "head", [("Thống đốc tỉnh Nagano", D(2014, 9, 1), None)]),
    ContactSpec("gyeongbuk", "head", [("Tỉnh trưởng tỉnh Gyeongsangbuk-do", D(2018, 7, 1), None)]),
    ContactSpec("gyeongbuk", "deputy", [("Giám đốc Sở Hợp tác quốc tế tỉnh Gyeongsangbuk-do", D(2021, 1, 1), None)]),
    ContactSpec("gangwon", "head", [("Tỉnh trưởng tỉnh Gangwon", D(2022, 7, 1), None)]),
    ContactSpec("chiangmai", "head", [("Tỉnh trưởng tỉnh Chiang Mai", D(2018, 10, 1), D(2023, 9, 30))]),
    ContactSpec("chiangmai", "head", [("Phó Tỉnh trưởng tỉnh Chiang Mai", D(2019, 10, 1), D(2023, 9, 30)),
                                      ("Tỉnh trưởng tỉnh Chiang Mai", D(2023, 10, 1), None)]),
    ContactSpec("champasak", "head", [("Tỉnh trưởng tỉnh Chămpasắc", D(2016, 3, 1), D(2021, 3, 31))]),
    ContactSpec("champasak", "head", [("Phó Tỉnh trưởng tỉnh Chămpasắc", D(2016, 3, 1), D(2021, 3, 31)),
                                      ("Tỉnh trưởng tỉnh Chămpasắc", D(2021, 4, 1), None)]),
    ContactSpec("champasak", "deputy", [("Giám đốc Sở Ngoại giao tỉnh Chămpasắc", D(2019, 1, 1), None)]),
    ContactSpec("sekong", "head", [("Tỉnh trưởng tỉnh Sê Kông", D(2021, 4, 1), None)]),
    ContactSpec("mondulkiri", "head", [("Tỉnh trưởng tỉnh Mondulkiri", D(2018, 6, 1), None)]),
    ContactSpec("mondulkiri", "deputy", [("Phó Tỉnh trưởng tỉnh Mondulkiri", D(2020, 1, 1), None)]),
    ContactSpec("yunnan", "head", [("Phó Chủ tịch Chính quyền nhân dân tỉnh Vân Nam", D(2018, 1, 1), None)]),
    ContactSpec("yunnan", "deputy", [("Giám đốc Sở Ngoại vụ tỉnh Vân Nam", D(2020, 6, 1), None)]),
    ContactSpec("oostvlaanderen", "head", [("Thống đốc tỉnh Đông Flanders", D(2013, 1, 1), None)]),
    ContactSpec("oostvlaanderen", "deputy", [("Ủy viên Hội đồng tỉnh phụ trách hợp tác quốc tế", D(2019, 1, 1), None)]),
    ContactSpec("normandie", "head", [("Phó Chủ tịch Hội đồng vùng Normandie phụ trách quan hệ quốc tế",
                                       D(2021, 7, 1), None)]),
    ContactSpec("emb_jp", "head", [("Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam", D(2019, 1, 1), D(2023, 9, 30))]),
    ContactSpec("emb_jp", "head", [("Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam", D(2023, 10, 1), None)]),
    ContactSpec("cg_kr", "head", [("Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh", D(2019, 1, 1), D(2022, 8, 31))]),
    ContactSpec("cg_kr", "head", [("Tổng Lãnh sự Hàn Quốc tại TP. Hồ Chí Minh", D(2022, 9, 1), None)]),
    ContactSpec("cg_fr", "head", [("Tổng Lãnh sự Pháp tại TP. Hồ Chí Minh", D(2020, 9, 1), None)]),
    ContactSpec("cg_la", "head", [("Tổng Lãnh sự Lào tại TP. Hồ Chí Minh", D(2019, 1, 1), D(2023, 12, 31))]),
    ContactSpec("cg_la", "head", [("Tổng Lãnh sự Lào tại TP. Hồ Chí Minh", D(2024, 1, 1), None)]),
    ContactSpec("cg_kh", "head", [("Tổng Lãnh sự Campuchia tại TP. Hồ Chí Minh", D(2020, 1, 1), None)]),
    ContactSpec("emb_be", "head", [("Đại sứ Vương quốc Bỉ tại Việt Nam", D(2021, 9, 1), None)]),
    ContactSpec("cg_nl", "head", [("Tổng Lãnh sự Hà Lan tại TP. Hồ Chí Minh", D(2022, 8, 1), None)]),
    ContactSpec("cg_us", "head", [("Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh", D(2023, 8, 1), None)]),
    ContactSpec("jica", "head", [("Trưởng Đại diện JICA tại Việt Nam", D(2020, 4, 1), None)]),
    ContactSpec("jica", "staff", [("Chuyên gia nông nghiệp, Văn phòng JICA Việt Nam", D(2019, 6, 1), None)]),
    ContactSpec("koica", "head", [("Giám đốc Quốc gia KOICA tại Việt Nam", D(2022, 2, 1), None)]),
    ContactSpec("undp", "head", [("Trưởng Đại diện thường trú UNDP tại Việt Nam", D(2021, 8, 1), None)]),
    ContactSpec("fao", "head", [("Trưởng Đại diện FAO tại Việt Nam", D(2020, 5, 1), None)]),
    ContactSpec("giz", "head", [("Giám đốc Chương trình Đa dạng sinh học, GIZ Việt Nam", D(2020, 1, 1), None)]),
    ContactSpec("adb", "head", [("Giám đốc Quốc gia ADB tại Việt Nam", D(2021, 6, 1), None)]),
    ContactSpec("worldbank", "head", [("Chuyên gia trưởng, Ngân hàng Thế giới tại Việt Nam", D(2022, 1, 1), None)]),
    ContactSpec("snv", "head", [("Giám đốc Quốc gia SNV tại Việt Nam", D(2019, 1, 1), None)]),
    ContactSpec("worldvision", "head", [("Giám đốc Quốc gia Tổ chức Tầm nhìn Thế giới tại Việt Nam",
                                         D(2021, 10, 1), None)]),
    ContactSpec("goodneighbors", "head", [("Giám đốc Quốc gia Good Neighbors tại Việt Nam", D(2019, 1, 1), None)]),
    ContactSpec("kasumi", "head", [("Tổng Giám đốc Công ty TNHH Hoa Kasumi", D(2010, 1, 1), None)]),
    ContactSpec("sanwa", "head", [("Chủ tịch Công ty CP Nông nghiệp Sanwa", D(2015, 1, 1), None)]),
    ContactSpec("hanvit", "head", [("Phó Tổng Giám đốc Tập đoàn Hanvit", D(2020, 1, 1), None)]),
    ContactSpec("lionpeak", "head", [("Giám đốc điều hành Lion Peak Resorts", D(2018, 1, 1), None)]),
    ContactSpec("hollandia", "head", [("Giám đốc Hollandia Bloemen khu vực châu Á", D(2021, 1, 1), None)]),
    ContactSpec("vnemb_jp", "head", [("Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản", D(2023, 5, 1), None)]),
    ContactSpec("ov_gunma", "head", [("Chủ tịch Hội người Việt Nam tại Gunma", D(2020, 1, 1), None)]),
]

UBND = "UBND tỉnh Lâm Đồng"


def _ms(description: str, department: str, due: date | None, status: str = "open", progress: int | None = None,
        done_on: date | None = None, notes: str | None = None) -> dict[str, Any]:
    return {"description": description, "responsible_department": department, "due_on": due, "status": status,
            "progress": progress, "done_on": done_on, "notes": notes}


def _merger(old: str, country: str, notified: str) -> dict[str, Any]:
    return {"responsible_body": UBND, "responsible_since": MERGED,
            "succession_notes": MERGER_NOTE.format(old=old, country=country, notified=notified)}


LAM_DONG_AGREEMENTS: list[AgreementSpec] = [
    # ---- Chămpasắc: twinning, a first cooperation programme (expired), the current one
    AgreementSpec(
        "a_champasak_twin", {
            "kind": "twinning", "title": "Thỏa thuận thiết lập quan hệ hữu nghị, kết nghĩa giữa tỉnh Lâm Đồng "
                                         "(Việt Nam) và tỉnh Chămpasắc (Lào)",
            "title_en": "Agreement on establishing twinning relations between Lam Dong Province (Viet Nam) and "
                        "Champasak Province (Lao PDR)",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2019, 3, 22), "effective_on": D(2019, 3, 22),
            "indefinite": True, "signed_place": "Pắc Xế, tỉnh Chămpasắc (Lào)", "languages": ["vi", "lo"],
            "fields": ["chính trị – đối ngoại", "giáo dục – đào tạo", "nông nghiệp", "y tế", "du lịch"],
            "legal_basis": "Luật Thỏa thuận quốc tế năm 2020; Hiệp ước Hữu nghị và Hợp tác Việt Nam – Lào năm 1977",
            "summary": "Hai tỉnh thiết lập quan hệ kết nghĩa, cam kết trao đổi đoàn các cấp hằng năm và hỗ trợ "
                       "nhau trong đào tạo cán bộ, phát triển nông nghiệp và y tế."},
        parties=[("champasak", None)], vn_signatory=("Lê Quang Thịnh", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="champasak",
        path=[("signed", D(2019, 3, 22), None), ("in_force", D(2019, 3, 22), None)],
        commitments=[_ms("Trao đổi đoàn lãnh đạo cấp tỉnh ít nhất một lần mỗi năm", "Sở Ngoại vụ", None,
                         "in_progress", 70)],
        occasion="outbound"),
    AgreementSpec(
        "a_champasak_2019", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Lâm Đồng và tỉnh Chămpasắc giai đoạn 2019–2023",
            "title_en": "Cooperation Agreement between Lam Dong and Champasak, 2019–2023",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2019, 3, 22),
            "effective_on": D(2019, 3, 22), "expires_on": D(2023, 12, 31), "signed_place": "Pắc Xế, tỉnh Chămpasắc (Lào)",
            "languages": ["vi", "lo"], "fields": ["giáo dục – đào tạo", "nông nghiệp", "y tế", "thương mại"],
            "summary": "Chương trình hợp tác 5 năm: đào tạo lưu học sinh, hỗ trợ trường học, chuyển giao giống rau, hoa."},
        parties=[("champasak", None)], vn_signatory=("Lê Quang Thịnh", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="champasak",
        path=[("signed", D(2019, 3, 22), None), ("in_force", D(2019, 3, 22), None), ("expired", D(2023, 12, 31), None)],
        commitments=[
            _ms("Tiếp nhận 20 lưu học sinh tỉnh Chămpasắc mỗi năm học tại Trường Đại học Đà Lạt", "Sở Giáo dục và Đào tạo",
                D(2023, 12, 31), "done", None, D(2023, 11, 30)),
            _ms("Hỗ trợ xây dựng 01 trường tiểu học tại huyện Pắc Sòng", "Sở Ngoại vụ", D(2022, 12, 31), "done", None,
                D(2022, 9, 15), "Bàn giao ngày 15/9/2022."),
            _ms("Chuyển giao giống và kỹ thuật trồng rau, hoa ôn đới", "Sở Nông nghiệp và Phát triển nông thôn",
                D(2021, 12, 31), "cancelled", None, None, "Dừng do dịch COVID-19."),
        ]),
    AgreementSpec(
        "a_champasak_2024", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Lâm Đồng và tỉnh Chămpasắc giai đoạn 2024–2028",
            "title_en": "Cooperation Agreement between Lam Dong and Champasak, 2024–2028",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2024, 4, 12), "effective_on": D(2024, 4, 12),
            "expires_on": D(2028, 12, 31), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "lo"],
            "fields": ["giáo dục – đào tạo", "nông nghiệp công nghệ cao", "y tế", "văn hóa – du lịch"],
            "summary": "Kế tiếp thỏa thuận 2019–2023; bổ sung hợp tác nông nghiệp công nghệ cao và du lịch."},
        parties=[("champasak", None)], vn_signatory=("Lê Quang Thịnh", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="champasak",
        path=[("signed", D(2024, 4, 12), None), ("in_force", D(2024, 4, 12), None)],
        commitments=[
            _ms("Cấp 25 suất học bổng mỗi năm cho lưu học sinh tỉnh Chămpasắc", "Sở Giáo dục và Đào tạo", D(2028, 12, 31),
                "in_progress", 45),
            _ms("Xây dựng mô hình trình diễn trồng rau, hoa công nghệ cao tại Pắc Xế", "Sở Nông nghiệp và Môi trường",
                D(2026, 6, 30), "in_progress", 40, None, "Chậm do điều chỉnh dự toán sau sắp xếp bộ máy."),
            _ms("Tổ chức Tuần lễ văn hóa – du lịch Lâm Đồng tại tỉnh Chămpasắc", "Sở Văn hóa, Thể thao và Du lịch",
                D(2026, 10, 31), "open"),
            _ms("Khám, chữa bệnh miễn phí cho người dân vùng biên giới tỉnh Chămpasắc", "Sở Y tế", D(2025, 12, 31),
                "done", None, D(2025, 11, 20)),
        ],
        occasion="inbound"),
    # ---- Japan
    AgreementSpec(
        "a_gunma_2019", {
            "kind": "mou", "title": "Biên bản ghi nhớ về hợp tác giữa tỉnh Lâm Đồng (Việt Nam) và tỉnh Gunma (Nhật Bản)",
            "title_en": "Memorandum of Understanding on cooperation between Lam Dong Province and Gunma Prefecture",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2019, 10, 8), "effective_on": D(2019, 10, 8),
            "expires_on": D(2024, 10, 7), "signed_place": "Maebashi, tỉnh Gunma (Nhật Bản)", "languages": ["vi", "ja"],
            "fields": ["nông nghiệp", "đào tạo nguồn nhân lực", "lao động kỹ năng", "du lịch"],
            "summary": "Hợp tác nông nghiệp, tiếp nhận thực tập sinh kỹ năng và giao lưu du lịch."},
        parties=[("gunma", None)], vn_signatory=("Lê Quang Thịnh", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="gunma",
        path=[("signed", D(2019, 10, 8), None), ("in_force", D(2019, 10, 8), None)],
        extend_to=(D(2024, 9, 16), D(2029, 10, 7)),
        commitments=[
            _ms("Phối hợp tuyển chọn thực tập sinh kỹ năng ngành nông nghiệp sang tỉnh Gunma", "Sở Lao động - Thương binh và Xã hội",
                D(2024, 10, 7), "done", None, D(2024, 8, 30)),
            _ms("Trao đổi chuyên gia về sản xuất rau an toàn", "Sở Nông nghiệp và Phát triển nông thôn", D(2023, 12, 31),
                "done", None, D(2023, 11, 10)),
            _ms("Quảng bá du lịch Lâm Đồng tại Hội chợ du lịch Gunma", "Sở Văn hóa, Thể thao và Du lịch", D(2026, 9, 30),
                "in_progress", 60),
        ],
        occasion="outbound"),
    AgreementSpec(
        "a_yamanashi_2022", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác về nông nghiệp và du lịch giữa tỉnh Lâm Đồng và tỉnh Yamanashi",
            "title_en": "MOU on agriculture and tourism cooperation between Lam Dong and Yamanashi",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2022, 11, 15),
            "effective_on": D(2022, 11, 15), "expires_on": D(2027, 11, 14), "signed_place": "Đà Lạt, tỉnh Lâm Đồng",
            "languages": ["vi", "ja", "en"], "fields": ["nông nghiệp", "du lịch", "trái cây ôn đới"],
            "summary": "Hợp tác chuyển giao kỹ thuật trồng nho, đào; liên kết quảng bá du lịch vùng cao."},
        parties=[("yamanashi", None)], vn_signatory=("Đặng Thị Ngọc Lan", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="yamanashi",
        path=[("signed", D(2022, 11, 15), None), ("in_force", D(2022, 11, 15), None)],
        commitments=[
            _ms("Thí điểm trồng nho Shine Muscat tại Đơn Dương", "Sở Nông nghiệp và Môi trường", D(2025, 12, 31),
                "in_progress", 75),
            _ms("Liên kết tour du lịch 'Hai vùng cao nguyên'", "Sở Văn hóa, Thể thao và Du lịch", D(2024, 12, 31), "done",
                None, D(2024, 10, 1)),
        ],
        occasion="inbound"),
    AgreementSpec(
        "a_nagano_2025", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác về đào tạo nghề và phát triển nguồn nhân lực giữa tỉnh Lâm Đồng và tỉnh Nagano",
            "title_en": "Agreement on vocational training and human resources between Lam Dong and Nagano",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2025, 10, 21),
            "effective_on": D(2025, 10, 21), "expires_on": D(2030, 10, 20), "signed_place": "Nagano (Nhật Bản)",
            "languages": ["vi", "ja"], "fields": ["đào tạo nghề", "lao động kỹ năng", "nông nghiệp vùng cao"]},
        parties=[("nagano", None)], vn_signatory=("Hoàng Minh Tuấn", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="nagano",
        path=[("signed", D(2025, 10, 21), None), ("in_force", D(2025, 10, 21), None)],
        commitments=[
            _ms("Mở lớp tiếng Nhật và kỹ năng nông nghiệp cho 100 học viên", "Sở Nội vụ", D(2026, 8, 31), "in_progress", 55),
            _ms("Xây dựng đề án trung tâm đào tạo nghề Việt – Nhật tại Đà Lạt", "Sở Giáo dục và Đào tạo", D(2026, 12, 31),
                "open"),
        ],
        occasion="outbound"),
    AgreementSpec(
        "a_gddt_yamanashi_2024", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận trao đổi học sinh, giáo viên giữa Sở Giáo dục và Đào tạo tỉnh Lâm Đồng và "
                     "Ban Giáo dục tỉnh Yamanashi",
            "signing_body": "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng", "signing_level": "department",
            "signed_on": D(2024, 8, 20), "effective_on": D(2024, 9, 1), "expires_on": D(2027, 8, 31),
            "signed_place": "Kofu, tỉnh Yamanashi (Nhật Bản)", "languages": ["vi", "ja"],
            "fields": ["giáo dục phổ thông", "trao đổi học sinh"],
            "legal_basis": "Nghị định số 64/2021/NĐ-CP về ký kết và thực hiện thỏa thuận quốc tế nhân danh sở, "
                           "ban, ngành"},
        parties=[("yamanashi", "Ban Giáo dục tỉnh Yamanashi")],
        vn_signatory=(None, "Giám đốc Sở Giáo dục và Đào tạo"), foreign_signatory=None,
        path=[("signed", D(2024, 8, 20), None), ("in_force", D(2024, 9, 1), None)],
        commitments=[_ms("Trao đổi 2 đoàn học sinh mỗi năm", "Sở Giáo dục và Đào tạo", D(2027, 8, 31), "in_progress", 50)]),
    # ---- Korea
    AgreementSpec(
        "a_gyeongbuk_2019", {
            "kind": "mou", "title": "Biên bản ghi nhớ về hợp tác hữu nghị giữa tỉnh Lâm Đồng và tỉnh Gyeongsangbuk-do",
            "title_en": "MOU on friendship and cooperation between Lam Dong and Gyeongsangbuk-do",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2019, 6, 18), "effective_on": D(2019, 6, 18),
            "expires_on": D(2024, 6, 17), "signed_place": "Andong, tỉnh Gyeongsangbuk-do (Hàn Quốc)",
            "languages": ["vi", "ko"], "fields": ["phát triển nông thôn", "y tế", "giáo dục"]},
        parties=[("gyeongbuk", None)], vn_signatory=("Võ Hữu Phước", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="gyeongbuk",
        path=[("signed", D(2019, 6, 18), None), ("in_force", D(2019, 6, 18), None), ("expired", D(2024, 6, 17), None)],
        commitments=[_ms("Xây dựng 03 làng mô hình Saemaul tại Lạc Dương, Đơn Dương", "Sở Nông nghiệp và Phát triển nông thôn",
                         D(2023, 12, 31), "done", None, D(2023, 12, 15))],
        occasion="outbound"),
    AgreementSpec(
        "a_gyeongbuk_2026", {
            "kind": "mou", "title": "Biên bản ghi nhớ về hợp tác giữa tỉnh Lâm Đồng và tỉnh Gyeongsangbuk-do giai đoạn 2026–2030",
            "signing_body": UBND, "signing_level": "province", "languages": ["vi", "ko"],
            "fields": ["nông nghiệp thông minh", "y tế", "giáo dục", "lao động"],
            "notes": "Hồ sơ đã gửi Bộ Ngoại giao và các cơ quan liên quan lấy ý kiến."},
        parties=[("gyeongbuk", None)], vn_signatory=None, foreign_signatory=None,
        path=[("consulting", None, None)]),
    # ---- former Bình Thuận and Đắk Nông: signed by them, now held by Lâm Đồng
    AgreementSpec(
        "a_gangwon_bt_2019", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác phát triển du lịch giữa tỉnh Bình Thuận và tỉnh Gangwon",
            "signing_body": "UBND tỉnh Bình Thuận", "signing_level": "province", "signed_on": D(2019, 9, 5),
            "effective_on": D(2019, 9, 5), "expires_on": D(2024, 9, 4), "signed_place": "Phan Thiết, tỉnh Bình Thuận",
            "languages": ["vi", "ko"], "fields": ["du lịch biển", "thể thao dưới nước"],
            "notes": "Thỏa thuận của tỉnh Bình Thuận (cũ), hết hiệu lực trước khi hợp nhất; hồ sơ do tỉnh Lâm Đồng lưu giữ."},
        parties=[("gangwon", None)], vn_signatory=("Trịnh Quốc Bảo", "Phó Chủ tịch UBND tỉnh Bình Thuận"),
        foreign_signatory="gangwon",
        path=[("signed", D(2019, 9, 5), None), ("in_force", D(2019, 9, 5), None), ("expired", D(2024, 9, 4), None)]),
    AgreementSpec(
        "a_sekong_bt_2022", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Bình Thuận (Việt Nam) và tỉnh Sê Kông (Lào) giai đoạn 2022–2026",
            "title_en": "Cooperation Agreement between Binh Thuan Province and Sekong Province, 2022–2026",
            "signing_body": "UBND tỉnh Bình Thuận", "signing_level": "province", "signed_on": D(2022, 5, 26),
            "effective_on": D(2022, 5, 26), "expires_on": "+39d", "signed_place": "Phan Thiết, tỉnh Bình Thuận",
            "languages": ["vi", "lo"], "fields": ["đào tạo cán bộ", "nông nghiệp", "y tế"],
            "summary": "Đào tạo cán bộ, hỗ trợ giống cây trồng và khám chữa bệnh cho tỉnh Sê Kông."},
        parties=[("sekong", None)], vn_signatory=("Trịnh Quốc Bảo", "Phó Chủ tịch UBND tỉnh Bình Thuận"),
        foreign_signatory="sekong",
        path=[("signed", D(2022, 5, 26), None), ("in_force", D(2022, 5, 26), None)],
        succession=_merger("Bình Thuận", "Lào", "15/8/2025"),
        commitments=[
            _ms("Đào tạo 30 cán bộ tỉnh Sê Kông về quản lý hành chính", "Sở Nội vụ", D(2025, 12, 31), "done", None,
                D(2025, 12, 10)),
            _ms("Hỗ trợ 50 tấn giống lúa, ngô cho tỉnh Sê Kông", "Sở Nông nghiệp và Môi trường", D(2026, 3, 31),
                "in_progress", 60, None, "Đã bàn giao đợt 1 (30 tấn)."),
            _ms("Tổng kết thỏa thuận, đề xuất giai đoạn 2027–2031", "Văn phòng UBND tỉnh", D(2026, 11, 30), "in_progress", 30),
        ]),
    AgreementSpec(
        "a_mondulkiri_dn_2023", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Đắk Nông (Việt Nam) và tỉnh Mondulkiri (Campuchia) giai đoạn 2023–2027",
            "title_en": "Cooperation Agreement between Dak Nong Province and Mondulkiri Province, 2023–2027",
            "signing_body": "UBND tỉnh Đắk Nông", "signing_level": "province", "signed_on": D(2023, 5, 10),
            "effective_on": D(2023, 5, 10), "expires_on": D(2027, 12, 31), "signed_place": "Sen Monorom, tỉnh Mondulkiri",
            "languages": ["vi", "km"],
            "fields": ["quản lý biên giới", "an ninh trật tự", "thương mại biên giới", "y tế", "giáo dục"]},
        parties=[("mondulkiri", None)], vn_signatory=("Nguyễn Hữu Khải", "Phó Chủ tịch UBND tỉnh Đắk Nông"),
        foreign_signatory="mondulkiri",
        path=[("signed", D(2023, 5, 10), None), ("in_force", D(2023, 5, 10), None)],
        succession=_merger("Đắk Nông", "Campuchia", "20/8/2025"),
        commitments=[
            _ms("Phối hợp tuần tra song phương, giữ gìn an ninh trật tự khu vực biên giới", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                D(2027, 12, 31), "in_progress", 60),
            _ms("Nâng cấp cặp cửa khẩu Bu Prăng – Ô Raing", "Sở Công Thương", D(2025, 12, 31), "in_progress", 35,
                None, "Chờ phê duyệt điều chỉnh quy hoạch."),
            _ms("Khám chữa bệnh miễn phí cho cư dân biên giới tỉnh Mondulkiri", "Sở Y tế", D(2024, 12, 31), "done", None,
                D(2024, 11, 28)),
        ]),
    AgreementSpec(
        "a_border_quangtruc", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa UBND xã Quảng Trực (huyện Tuy Đức, tỉnh Đắk Nông) và UBND xã Bu Sra "
                     "(huyện Pech Chreada, tỉnh Mondulkiri)",
            "signing_body": "UBND xã Quảng Trực, huyện Tuy Đức, tỉnh Đắk Nông", "signing_level": "border_commune",
            "signed_on": D(2022, 8, 16), "effective_on": D(2022, 8, 16), "indefinite": True,
            "signed_place": "xã Quảng Trực, huyện Tuy Đức, tỉnh Đắk Nông", "languages": ["vi", "km"],
            "fields": ["giữ gìn an ninh biên giới", "giao lưu nhân dân hai bên biên giới"],
            "legal_basis": "Nghị định số 64/2021/NĐ-CP"},
        parties=[("", "UBND xã Bu Sra, huyện Pech Chreada, tỉnh Mondulkiri")],
        vn_signatory=(None, "Chủ tịch UBND xã Quảng Trực"), foreign_signatory=None,
        path=[("signed", D(2022, 8, 16), None), ("in_force", D(2022, 8, 16), None)],
        succession={"responsible_body": "UBND xã Quảng Trực (tỉnh Lâm Đồng)", "responsible_since": MERGED,
                    "succession_notes": "Huyện Tuy Đức chấm dứt hoạt động từ ngày 01/7/2025; xã Quảng Trực thuộc tỉnh "
                                        "Lâm Đồng theo Nghị quyết số 202/2025/QH15 và tiếp tục thực hiện thỏa thuận "
                                        "(Nghị định số 177/2025/NĐ-CP)."},
        partner_country="KH"),
    # ---- China, Europe, Thailand
    AgreementSpec(
        "a_yunnan_2019", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác về thương mại và du lịch giữa tỉnh Lâm Đồng và tỉnh Vân Nam",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2019, 11, 7), "effective_on": D(2019, 11, 7),
            "expires_on": D(2022, 11, 6), "signed_place": "Côn Minh, tỉnh Vân Nam (Trung Quốc)", "languages": ["vi", "zh"],
            "fields": ["thương mại", "hoa", "du lịch"]},
        parties=[("yunnan", None)], vn_signatory=("Đặng Thị Ngọc Lan", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="yunnan",
        path=[("signed", D(2019, 11, 7), None), ("in_force", D(2019, 11, 7), None), ("expired", D(2022, 11, 6), None)],
        occasion="outbound"),
    AgreementSpec(
        "a_yunnan_2026", {
            "kind": "mou", "title": "Dự thảo Biên bản ghi nhớ hợp tác giữa tỉnh Lâm Đồng và tỉnh Vân Nam giai đoạn mới",
            "signing_body": UBND, "signing_level": "province", "languages": ["vi", "zh"],
            "fields": ["thương mại", "hoa", "logistics nông sản"]},
        parties=[("yunnan", None)], vn_signatory=None, foreign_signatory=None, path=[("draft", None, None)]),
    AgreementSpec(
        "a_oostvl_2021", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác về phát triển ngành hoa và nông nghiệp bền vững giữa tỉnh Lâm Đồng và "
                     "tỉnh Đông Flanders",
            "title_en": "Cooperation Agreement on floriculture and sustainable agriculture between Lam Dong and East Flanders",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2021, 12, 16), "effective_on": D(2022, 1, 1),
            "expires_on": "+47d", "signed_place": "Ký trực tuyến (Đà Lạt – Gent)", "languages": ["vi", "nl", "en"],
            "fields": ["hoa và cây cảnh", "nông nghiệp bền vững", "đào tạo"]},
        parties=[("oostvlaanderen", None)], vn_signatory=("Lê Quang Thịnh", "Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="oostvlaanderen",
        path=[("signed", D(2021, 12, 16), None), ("in_force", D(2022, 1, 1), None)],
        commitments=[
            _ms("Đào tạo 40 kỹ thuật viên về giống hoa và quản lý dịch hại tổng hợp", "Sở Nông nghiệp và Môi trường",
                D(2026, 6, 30), "in_progress", 80),
            _ms("Đánh giá kết quả và đề xuất gia hạn thỏa thuận", "Văn phòng UBND tỉnh", D(2026, 10, 31), "open"),
        ]),
    AgreementSpec(
        "a_normandie_2023", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác về chăn nuôi bò sữa và chế biến sữa giữa tỉnh Lâm Đồng "
                                    "và vùng Normandie",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2023, 6, 14), "effective_on": D(2023, 6, 14),
            "expires_on": "+76d", "signed_place": "Rouen, vùng Normandie (Pháp)", "languages": ["vi", "fr"],
            "fields": ["chăn nuôi bò sữa", "chế biến sữa", "du lịch"]},
        parties=[("normandie", None)], vn_signatory=("Bùi Đức Trung", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="normandie",
        path=[("signed", D(2023, 6, 14), None), ("in_force", D(2023, 6, 14), None)],
        commitments=[_ms("Xây dựng mô hình sản xuất phô mai quy mô nông hộ tại Đơn Dương", "Sở Nông nghiệp và Môi trường",
                         D(2025, 12, 31), "in_progress", 65)],
        occasion="outbound"),
    AgreementSpec(
        "a_chiangmai_2023", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác về du lịch, văn hóa và nông nghiệp giữa tỉnh Lâm Đồng "
                                    "và tỉnh Chiang Mai",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2023, 2, 21), "effective_on": D(2023, 2, 21),
            "expires_on": D(2028, 2, 20), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "th", "en"],
            "fields": ["du lịch", "văn hóa", "hoa và cây cảnh", "cà phê"]},
        parties=[("chiangmai", None)], vn_signatory=("Đặng Thị Ngọc Lan", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="chiangmai",
        path=[("signed", D(2023, 2, 21), None), ("in_force", D(2023, 2, 21), None)],
        commitments=[_ms("Mở đường bay thuê chuyến Đà Lạt – Chiang Mai", "Sở Văn hóa, Thể thao và Du lịch",
                         D(2024, 12, 31), "in_progress", 30, None, "Hãng bay chưa xác nhận khai thác.")],
        occasion="inbound"),
    # ---- organisations (department level) and investors
    AgreementSpec(
        "a_jica_2020", {
            "kind": "cooperation_agreement",
            "title": "Biên bản thảo luận dự án hợp tác kỹ thuật 'Nâng cao năng lực sản xuất rau an toàn tỉnh Lâm Đồng'",
            "title_en": "Record of Discussions: Technical cooperation project on safe vegetable production in Lam Dong",
            "number": "R/D-JICA-LD-2020", "signing_body": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng",
            "signing_level": "department", "signed_on": D(2020, 1, 14), "effective_on": D(2020, 2, 1),
            "expires_on": D(2023, 1, 31), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "en"],
            "fields": ["nông nghiệp", "an toàn thực phẩm"]},
        parties=[("jica", None)], vn_signatory=(None, "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
        foreign_signatory="jica",
        path=[("signed", D(2020, 1, 14), None), ("in_force", D(2020, 2, 1), None), ("expired", D(2023, 1, 31), None)]),
    AgreementSpec(
        "a_snv_2020", {
            "kind": "mou", "title": "Bản ghi nhớ hợp tác phát triển chuỗi giá trị cà phê bền vững",
            "signing_body": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng", "signing_level": "department",
            "signed_on": D(2020, 2, 25), "effective_on": D(2020, 2, 25), "expires_on": D(2023, 2, 24),
            "signed_place": "Bảo Lộc, tỉnh Lâm Đồng", "languages": ["vi", "en"], "fields": ["cà phê", "sinh kế"]},
        parties=[("snv", None)], vn_signatory=(None, "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
        foreign_signatory="snv",
        path=[("signed", D(2020, 2, 25), None), ("in_force", D(2020, 2, 25), None), ("expired", D(2023, 2, 24), None)]),
    AgreementSpec(
        "a_giz_2021", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận thực hiện Chương trình Bảo tồn đa dạng sinh học và quản lý rừng bền vững",
            "signing_body": "Sở Tài nguyên và Môi trường tỉnh Lâm Đồng", "signing_level": "department",
            "signed_on": D(2021, 4, 20), "effective_on": D(2021, 5, 1), "expires_on": D(2026, 12, 31),
            "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "en", "de"],
            "fields": ["bảo tồn đa dạng sinh học", "quản lý rừng", "Khu dự trữ sinh quyển Langbiang"]},
        parties=[("giz", None)], vn_signatory=(None, "Giám đốc Sở Tài nguyên và Môi trường"), foreign_signatory="giz",
        path=[("signed", D(2021, 4, 20), None), ("in_force", D(2021, 5, 1), None),
              ("suspended", D(2025, 3, 10), "Tạm dừng triển khai để rà soát sau khi hợp nhất Sở Tài nguyên và Môi trường "
                                            "với Sở Nông nghiệp và Phát triển nông thôn.")],
        succession={"responsible_body": "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng",
                    "responsible_since": D(2025, 3, 1),
                    "succession_notes": "Sở Tài nguyên và Môi trường hợp nhất vào Sở Nông nghiệp và Môi trường từ "
                                        "01/3/2025; sở mới kế thừa thỏa thuận."}),
    AgreementSpec(
        "a_koica_2024", {
            "kind": "mou", "title": "Biên bản ghi nhớ về Dự án Phát triển làng nông nghiệp thông minh tỉnh Lâm Đồng",
            "title_en": "MOU on the Smart Agricultural Village Development Project in Lam Dong",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2024, 3, 19), "effective_on": D(2024, 3, 19),
            "expires_on": D(2028, 12, 31), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "ko", "en"],
            "fields": ["nông nghiệp thông minh", "phát triển nông thôn"]},
        parties=[("koica", None)], vn_signatory=("Bùi Đức Trung", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="koica",
        path=[("signed", D(2024, 3, 19), None), ("in_force", D(2024, 3, 19), None)],
        commitments=[
            _ms("Bố trí vốn đối ứng năm 2025", "Sở Tài chính", D(2025, 6, 30), "done", None, D(2025, 6, 12)),
            _ms("Hoàn thành giải phóng mặt bằng khu trình diễn", "UBND xã Lạc Dương", D(2026, 3, 31), "in_progress", 70),
        ],
        occasion="inbound"),
    AgreementSpec(
        "a_lionpeak_2023", {
            "kind": "mou", "title": "Biên bản ghi nhớ đầu tư Dự án Khu nghỉ dưỡng sinh thái hồ Tuyền Lâm",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2023, 7, 6), "effective_on": D(2023, 7, 6),
            "expires_on": D(2026, 7, 5), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "en"],
            "fields": ["đầu tư", "du lịch nghỉ dưỡng"]},
        parties=[("lionpeak", None)], vn_signatory=("Bùi Đức Trung", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="lionpeak",
        path=[("signed", D(2023, 7, 6), None), ("in_force", D(2023, 7, 6), None),
              ("terminated", D(2025, 4, 18), "Nhà đầu tư có văn bản rút khỏi dự án.")],
        occasion="event:invest_home"),
    AgreementSpec(
        "a_hanvit_2025", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác nghiên cứu đầu tư điện gió ven biển Tuy Phong",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2025, 11, 28), "effective_on": D(2025, 11, 28),
            "expires_on": D(2028, 11, 27), "signed_place": "Phan Thiết, tỉnh Lâm Đồng", "languages": ["vi", "ko", "en"],
            "fields": ["năng lượng tái tạo", "đầu tư"]},
        parties=[("hanvit", None)], vn_signatory=("Trịnh Quốc Bảo", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="hanvit",
        path=[("signed", D(2025, 11, 28), None), ("in_force", D(2025, 11, 28), None)],
        commitments=[_ms("Cung cấp số liệu đo gió và quy hoạch vùng biển", "Sở Công Thương", D(2026, 5, 31), "open")],
        occasion="event:invest_home"),
    AgreementSpec(
        "a_hollandia_2026", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác xây dựng Trung tâm giống hoa chất lượng cao Lâm Đồng",
            "signing_body": UBND, "signing_level": "province", "signed_on": D(2026, 11, 10), "effective_on": D(2027, 1, 1),
            "expires_on": D(2031, 12, 31), "signed_place": "Đà Lạt, tỉnh Lâm Đồng", "languages": ["vi", "nl", "en"],
            "fields": ["giống hoa", "chuyển giao công nghệ"]},
        parties=[("hollandia", None), ("cg_nl", None)], vn_signatory=("Đặng Thị Ngọc Lan", "Phó Chủ tịch UBND tỉnh Lâm Đồng"),
        foreign_signatory="hollandia", path=[("signed", D(2026, 11, 10), None)],
        occasion="inbound"),
    AgreementSpec(
        "a_mondulkiri_2026", {
            "kind": "cooperation_agreement",
            "title": "Dự thảo Kế hoạch hợp tác giai đoạn 2026–2030 giữa tỉnh Lâm Đồng và tỉnh Mondulkiri",
            "signing_body": UBND, "signing_level": "province", "languages": ["vi", "km"],
            "fields": ["quản lý biên giới", "thương mại", "y tế", "giáo dục"]},
        parties=[("mondulkiri", None)], vn_signatory=None, foreign_signatory=None, path=[("draft", None, None)]),
]

# Relations rest on agreements; (partner, kind, status, start, end, agreement, fields, notes)
LAM_DONG_RELATIONS: list[dict[str, Any]] = [
    {"partner": "champasak", "kind": "twinning", "start_date": D(2019, 3, 22), "agreement": "a_champasak_twin",
     "fields": ["giáo dục – đào tạo", "nông nghiệp", "y tế"], "notes": "Quan hệ kết nghĩa; trao đổi đoàn hằng năm."},
    {"partner": "gunma", "kind": "cooperation", "start_date": D(2019, 10, 8), "agreement": "a_gunma_2019",
     "fields": ["nông nghiệp", "lao động kỹ năng", "du lịch"]},
    {"partner": "yamanashi", "kind": "cooperation", "start_date": D(2022, 11, 15), "agreement": "a_yamanashi_2022",
     "fields": ["nông nghiệp", "du lịch", "giáo dục"]},
    {"partner": "nagano", "kind": "cooperation", "start_date": D(2025, 10, 21), "agreement": "a_nagano_2025",
     "fields": ["đào tạo nghề", "lao động"]},
    {"partner": "gyeongbuk", "kind": "cooperation", "start_date": D(2019, 6, 18), "agreement": "a_gyeongbuk_2019",
     "fields": ["phát triển nông thôn", "y tế"],
     "notes": "Biên bản ghi nhớ hết hiệu lực 17/6/2024; đang lấy ý kiến dự thảo giai đoạn 2026–2030."},
    {"partner": "chiangmai", "kind": "cooperation", "start_date": D(2023, 2, 21), "agreement": "a_chiangmai_2023",
     "fields": ["du lịch", "văn hóa"]},
    {"partner": "yunnan", "kind": "cooperation", "status": "suspended", "start_date": D(2019, 11, 7),
     "agreement": "a_yunnan_2019", "fields": ["thương mại", "du lịch"],
     "notes": "Gián đoạn từ năm 2020; đang xây dựng dự thảo ghi nhớ mới."},
    {"partner": "oostvlaanderen", "kind": "cooperation", "start_date": D(2021, 12, 16), "agreement": "a_oostvl_2021",
     "fields": ["hoa và cây cảnh", "nông nghiệp bền vững"]},
    {"partner": "normandie", "kind": "cooperation", "start_date": D(2023, 6, 14), "agreement": "a_normandie_2023",
     "fields": ["chăn nuôi bò sữa"]},
    {"partner": "sekong", "kind": "cooperation", "start_date": D(2022, 5, 26), "agreement": "a_sekong_bt_2022",
     "fields": ["đào tạo", "nông nghiệp", "y tế"],
     "notes": "Quan hệ do tỉnh Bình Thuận (cũ) thiết lập; tỉnh Lâm Đồng kế thừa từ 01/7/2025."},
    {"partner": "mondulkiri", "kind": "traditional_friendship", "start_date": D(2009, 4, 1),
     "agreement": "a_mondulkiri_dn_2023", "fields": ["biên giới", "an ninh", "thương mại", "y tế"],
     "notes": "Quan hệ hữu nghị truyền thống của tỉnh Đắk Nông (cũ) từ năm 2009; tỉnh Lâm Đồng kế thừa từ 01/7/2025."},
    {"partner": "gangwon", "kind": "cooperation", "status": "ended", "start_date": D(2019, 9, 5),
     "end_date": D(2024, 9, 4), "agreement": "a_gangwon_bt_2019", "fields": ["du lịch biển"],
     "notes": "Quan hệ của tỉnh Bình Thuận (cũ), kết thúc khi biên bản ghi nhớ hết hiệu lực."},
]

# ------------------------------------------------------------------------ two other provinces (a little)
KHANH_HOA_PARTNERS: list[PartnerSpec] = [
    P("xiengkhouang", "foreign_locality", "Tỉnh Xiêng Khoảng", name_en="Xiangkhouang Province", country_code="LA",
      subdivision_code="LA-XI", city="Phôn Xa-vẳn", trip=3, visit=3, host="Ủy ban chính quyền tỉnh Xiêng Khoảng",
      topics=("đào tạo", "y tế", "nông nghiệp")),
    P("jeju", "foreign_locality", "Tỉnh Jeju", name_en="Jeju Special Self-Governing Province", name_original="제주특별자치도",
      country_code="KR", subdivision_code="KR-49", city="Jeju", trip=2, visit=2, host="Chính quyền tỉnh Jeju",
      topics=("du lịch biển đảo", "thủy sản")),
    P("kaliningrad", "foreign_locality", "Tỉnh Kaliningrad", name_en="Kaliningrad Oblast", country_code="RU",
      subdivision_code="RU-KGD", city="Kaliningrad", trip=1, visit=1, host="Chính quyền tỉnh Kaliningrad",
      topics=("du lịch", "cảng biển")),
    P("cg_ru_dn", "embassy_consulate", "Tổng Lãnh sự quán Nga tại Đà Nẵng", name_en="Consulate General of Russia in Da Nang",
      country_code="RU", city="Đà Nẵng", visit=2),
    P("vanphong_sg", "company", "Công ty Van Phong Logistics", name_en="Van Phong Logistics Pte. Ltd.", country_code="SG",
      city="Singapore", visit=2, invests=(), topics=("cảng biển", "logistics")),
    P("kh_worldvision", "foreign_ngo", "Tổ chức Tầm nhìn Thế giới", name_en="World Vision International",
      short_name="World Vision", country_code="US", reference_key="worldvision", visit=1, topics=("trẻ em",)),
]
KHANH_HOA_AGREEMENTS: list[AgreementSpec] = [
    AgreementSpec(
        "k_xiengkhouang", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Khánh Hòa và tỉnh Xiêng Khoảng giai đoạn 2021–2025",
            "signing_body": "UBND tỉnh Khánh Hòa", "signing_level": "province", "signed_on": D(2021, 11, 25),
            "effective_on": D(2021, 11, 25), "expires_on": D(2025, 12, 31), "signed_place": "Nha Trang, tỉnh Khánh Hòa",
            "languages": ["vi", "lo"], "fields": ["đào tạo", "y tế", "nông nghiệp"]},
        parties=[("xiengkhouang", None)], vn_signatory=("Nguyễn Thị Bảo Ngọc", "Phó Chủ tịch UBND tỉnh Khánh Hòa"),
        foreign_signatory=None,
        path=[("signed", D(2021, 11, 25), None), ("in_force", D(2021, 11, 25), None), ("expired", D(2025, 12, 31), None)]),
    AgreementSpec(
        "k_jeju", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác du lịch giữa tỉnh Khánh Hòa và tỉnh Jeju",
            "signing_body": "UBND tỉnh Khánh Hòa", "signing_level": "province", "signed_on": D(2024, 5, 9),
            "effective_on": D(2024, 5, 9), "expires_on": D(2029, 5, 8), "signed_place": "Jeju (Hàn Quốc)",
            "languages": ["vi", "ko"], "fields": ["du lịch biển đảo"]},
        parties=[("jeju", None)], vn_signatory=("Lê Hoàng Vũ", "Phó Chủ tịch UBND tỉnh Khánh Hòa"),
        foreign_signatory=None, path=[("signed", D(2024, 5, 9), None), ("in_force", D(2024, 5, 9), None)]),
    AgreementSpec(
        "k_kaliningrad", {
            "kind": "mou", "title": "Dự thảo Biên bản ghi nhớ hợp tác giữa tỉnh Khánh Hòa và tỉnh Kaliningrad",
            "signing_body": "UBND tỉnh Khánh Hòa", "signing_level": "province", "languages": ["vi", "ru"],
            "fields": ["du lịch", "cảng biển"]},
        parties=[("kaliningrad", None)], vn_signatory=None, foreign_signatory=None, path=[("draft", None, None)]),
]
DAK_LAK_PARTNERS: list[PartnerSpec] = [
    P("dl_mondulkiri", "foreign_locality", "Tỉnh Mondulkiri", name_en="Mondulkiri Province", country_code="KH",
      subdivision_code="KH-11", city="Sen Monorom", trip=3, visit=3, host="Ủy ban tỉnh Mondulkiri",
      topics=("biên giới", "thương mại")),
    P("attapu", "foreign_locality", "Tỉnh Át-tạ-pư", name_en="Attapeu Province", country_code="LA", subdivision_code="LA-AT",
      city="Samakkhixay", trip=2, visit=2, host="Ủy ban chính quyền tỉnh Át-tạ-pư", topics=("đào tạo", "nông nghiệp")),
    P("chiangrai", "foreign_locality", "Tỉnh Chiang Rai", name_en="Chiang Rai Province", country_code="TH",
      subdivision_code="TH-57", city="Chiang Rai", trip=1, visit=1, host="Văn phòng Tỉnh trưởng tỉnh Chiang Rai",
      topics=("cà phê", "du lịch")),
    P("nordic", "company", "Công ty Nordic Roast", name_en="Nordic Roast ApS", country_code="DK", city="Copenhagen",
      visit=2, invests=("coffee",), topics=("cà phê đặc sản",)),
    P("dl_cg_kh", "embassy_consulate", "Tổng Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh", country_code="KH",
      city="TP. Hồ Chí Minh", visit=2),
]
DAK_LAK_AGREEMENTS: list[AgreementSpec] = [
    AgreementSpec(
        "d_attapu", {
            "kind": "cooperation_agreement",
            "title": "Thỏa thuận hợp tác giữa tỉnh Đắk Lắk và tỉnh Át-tạ-pư giai đoạn 2022–2027",
            "signing_body": "UBND tỉnh Đắk Lắk", "signing_level": "province", "signed_on": D(2022, 10, 12),
            "effective_on": D(2022, 10, 12), "expires_on": D(2027, 10, 11), "signed_place": "Buôn Ma Thuột, tỉnh Đắk Lắk",
            "languages": ["vi", "lo"], "fields": ["đào tạo", "nông nghiệp", "y tế"]},
        parties=[("attapu", None)], vn_signatory=("Nguyễn Tuấn Kiệt", "Phó Chủ tịch UBND tỉnh Đắk Lắk"),
        foreign_signatory=None, path=[("signed", D(2022, 10, 12), None), ("in_force", D(2022, 10, 12), None)]),
    AgreementSpec(
        "d_mondulkiri", {
            "kind": "mou", "title": "Biên bản ghi nhớ hợp tác giữa tỉnh Đắk Lắk và tỉnh Mondulkiri",
            "signing_body": "UBND tỉnh Đắk Lắk", "signing_level": "province", "signed_on": D(2024, 3, 28),
            "effective_on": D(2024, 3, 28), "expires_on": D(2029, 3, 27), "signed_place": "Sen Monorom, tỉnh Mondulkiri",
            "languages": ["vi", "km"], "fields": ["biên giới", "thương mại"]},
        parties=[("dl_mondulkiri", None)], vn_signatory=("H' Lan Byă", "Phó Chủ tịch UBND tỉnh Đắk Lắk"),
        foreign_signatory=None, path=[("signed", D(2024, 3, 28), None), ("in_force", D(2024, 3, 28), None)]),
]

OTHER_PROVINCES = {
    "56": (KHANH_HOA_PARTNERS, KHANH_HOA_AGREEMENTS),
    "66": (DAK_LAK_PARTNERS, DAK_LAK_AGREEMENTS),
}

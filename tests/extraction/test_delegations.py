"""Delegations on hand-built documents: report formulas, named visits, world news that is not one."""

from __future__ import annotations


import pytest

from doingoai.extraction import dates, delegations, numbers
from doingoai.extraction.doc import Doc
from tests.extraction.handmade import hand_doc

# (surface, type, key, country)
JP = ("Nhật Bản", "country", "JP", "JP")
LA = ("Lào", "country", "LA", "LA")
KR = ("Hàn Quốc", "country", "KR", "KR")
US = ("Mỹ", "country", "US", "US")
CN = ("Trung Quốc", "country", "CN", "CN")
TZ = ("Tanzania", "country", "TZ", "TZ")


def make_doc(text: str, *entities: tuple[str, str, str, str | None]) -> Doc:
    return delegations.run(dates.run(numbers.run(hand_doc(text, *entities))))


def only(doc: Doc) -> dict:
    assert len(doc.delegations) == 1, doc.delegations
    return doc.delegations[0]


def test_outbound_count_with_persons_and_year() -> None:
    d = only(make_doc("Năm 2023, tỉnh tổ chức 19 đoàn/58 lượt cán bộ đi công tác nước ngoài."))
    assert (d["direction"], d["delegations"], d["persons"], d["date"]) == ("outbound", 19, 58, "2023")


def test_inbound_count_with_guests() -> None:
    d = only(make_doc("Đón tiếp 54 đoàn với 318 lượt khách quốc tế đến thăm và làm việc tại tỉnh."))
    assert (d["direction"], d["delegations"], d["persons"]) == ("inbound", 54, 318)


def test_leading_zeros_and_report_headings() -> None:
    doc = make_doc("Về đoàn ra: cử 07 đoàn với 29 lượt người.\nĐoàn vào: 06 đoàn với 499 lượt người.")
    got = [(d["direction"], d["delegations"], d["persons"]) for d in doc.delegations]
    assert got == [("outbound", 7, 29), ("inbound", 6, 499)]


def test_heading_on_the_line_before_gives_the_direction() -> None:
    doc = make_doc("1. Công tác đoàn ra\nTrong 6 tháng đầu năm 2024, đã tổ chức 12 đoàn/45 lượt người.")
    d = only(doc)
    assert (d["direction"], d["delegations"], d["persons"], d["date"]) == ("outbound", 12, 45, "2024")


def test_two_counts_in_one_sentence() -> None:
    doc = make_doc("Trong năm, UBND tỉnh đã cử 16 đoàn ra nước ngoài và đón 40 đoàn/606 lượt khách nước ngoài.")
    got = [(d["direction"], d["delegations"], d["persons"]) for d in doc.delegations]
    assert got == [("outbound", 16, None), ("inbound", 40, 606)]


def test_people_sent_abroad_without_a_count_of_delegations() -> None:
    d = only(make_doc("Năm 2024, UBND tỉnh đã cử 58 lượt cán bộ, công chức đi công tác nước ngoài."))
    assert (d["direction"], d["delegations"], d["persons"], d["date"]) == ("outbound", None, 58, "2024")


def test_tourist_arrivals_are_not_delegations() -> None:
    assert make_doc("Năm 2024, tỉnh đón 2 triệu lượt khách quốc tế.").delegations == []
    assert make_doc("Bến xe miền Đông sẽ đón khoảng 60.000 lượt khách.").delegations == []


def test_a_breakdown_is_part_of_the_total() -> None:
    text = "Năm 2023, tỉnh tổ chức 19 đoàn/58 lượt cán bộ đi nước ngoài, trong đó có 05 đoàn do lãnh đạo tỉnh dẫn đầu."
    d = only(make_doc(text))
    assert (d["delegations"], d["persons"]) == (19, 58)


def test_guests_after_a_descriptor_and_a_qualifier() -> None:
    d = only(make_doc("Trong năm 2023, tỉnh đã đón 120 đoàn khách quốc tế với trên 2.000 lượt người."))
    assert (d["direction"], d["delegations"], d["persons"]) == ("inbound", 120, 2000)


def test_count_of_promotion_trips_to_a_foreign_place() -> None:
    d = only(make_doc("Sở đã tổ chức 3 đoàn xúc tiến đầu tư tại Nhật Bản và Hàn Quốc.", JP, KR))
    assert (d["direction"], d["delegations"], d["countries"]) == ("outbound", 3, ["JP", "KR"])


def test_provincial_delegation_abroad() -> None:
    text = ("Đoàn công tác của tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã sang thăm và làm việc tại tỉnh "
            "Champasak (Lào) từ ngày 10 đến 12/3/2024.")
    d = only(make_doc(text, ("Champasak", "locality", "LA-CH", "LA"), LA))
    assert (d["direction"], d["delegations"], d["persons"], d["countries"]) == ("outbound", 1, None, ["LA"])
    assert d["date"] == "2024-03-10"
    assert text[d["evidence"][0] : d["evidence"][1]].startswith("Đoàn công tác")


def test_foreign_provincial_delegation_received() -> None:
    text = ("Đoàn đại biểu tỉnh Xiêng Khoảng (Lào) do ông Bounmy, Phó Tỉnh trưởng dẫn đầu đã đến thăm và "
            "làm việc tại tỉnh Nghệ An.")
    d = only(make_doc(text, ("Xiêng Khoảng", "locality", "LA-XI", "LA"), LA))
    assert (d["direction"], d["delegations"], d["countries"]) == ("inbound", 1, ["LA"])


def test_host_receives_an_ambassador() -> None:
    d = only(make_doc("Ngày 5/4/2024, Chủ tịch UBND tỉnh tiếp Đại sứ Nhật Bản đến thăm và làm việc tại tỉnh.", JP))
    assert (d["direction"], d["delegations"], d["countries"], d["date"]) == ("inbound", 1, ["JP"], "2024-04-05")


def test_state_visit_to_viet_nam_with_month() -> None:
    d = only(make_doc("Thủ tướng Nhật Bản sẽ thăm chính thức Việt Nam vào tháng 11/2024.", JP))
    assert (d["direction"], d["countries"], d["date"]) == ("inbound", ["JP"], "2024-11")


def test_vietnamese_leader_abroad() -> None:
    d = only(make_doc("Chủ tịch nước thăm cấp nhà nước tới Hàn Quốc.", KR))
    assert (d["direction"], d["delegations"], d["countries"]) == ("outbound", 1, ["KR"])


def test_group_with_stated_members() -> None:
    text = "Trong hai ngày 29 và 30-3, đoàn doanh nghiệp du lịch của Mỹ gồm 15 thành viên đã đến tỉnh Bình Thuận."
    d = only(make_doc(text, US))
    assert (d["direction"], d["delegations"], d["persons"], d["date"]) == ("inbound", 1, 15, None)


def test_enumerated_ministers_count_as_visits() -> None:
    text = "Trong năm 2005, các bộ trưởng Thủy sản, Quốc phòng, Ngoại giao VN đã đi thăm Ấn Độ."
    d = only(make_doc(text, ("Ấn Độ", "country", "IN", "IN")))
    assert (d["direction"], d["delegations"], d["date"], d["countries"]) == ("outbound", 3, "2005", ["IN"])


def test_plural_trips_without_a_number() -> None:
    d = only(make_doc("Sở Thương mại tổ chức các đoàn khảo sát thị trường Mỹ, Trung Quốc, châu Phi.", US, CN))
    assert (d["direction"], d["delegations"], d["countries"]) == ("outbound", None, ["US", "CN"])


def test_repeated_mentions_of_one_visit_are_one_entry() -> None:
    text = ("Tổng thống Tanzania kết thúc chuyến thăm Việt Nam\n"
            "Phát biểu tại lễ tiễn chính thức Tổng thống Mkapa và đoàn đại biểu cấp cao Tanzania, Chủ tịch nước cảm ơn.\n"
            "Sau khi rời Hà Nội, Tổng thống Mkapa và đoàn đại biểu cấp cao Tanzania sẽ tiếp tục thăm TP HCM.")
    doc = make_doc(text, TZ)
    d = only(doc)
    assert d["direction"] == "inbound"
    assert text[d["evidence"][0] : d["evidence"][1]].startswith("Phát biểu")  # the body, not the title


@pytest.mark.parametrize(
    "text,entities",
    [
        ("Tổng thống Mỹ đến thăm Nhật Bản và Trung Quốc.", (US, JP, CN)),  # two foreign countries
        ("Đoàn kiểm tra liên ngành đã kiểm tra 5 cơ sở và tạm giữ 2 xe.", ()),  # a domestic team
        ("Tập đoàn Samsung (Hàn Quốc) đầu tư thêm 1 tỷ USD vào tỉnh.", (KR,)),  # a company, not a visit
        ("Kim ngạch xuất khẩu của Việt Nam sang Mỹ tăng 20%.", (US,)),  # trade
        ("Các doanh nghiệp Nhật Bản ngày càng quan tâm đến Việt Nam.", (JP,)),  # no one travels
        ("Chuyến hàng viện trợ của Chính phủ Mỹ đã đến Việt Nam.", (US,)),  # goods, not people
        ("Kết quả thăm dò ở Mỹ cho thấy 40% ủng hộ.", (US,)),  # thăm dò is a poll
        ("Đoàn Văn Khánh đoạt huy chương bạc.", ()),  # a surname
        ("Chủ tịch UBND thành phố tiếp Tổng Lãnh sự Nhật Bản đến chào từ biệt.", (JP,)),  # a resident diplomat
        ("250 đại biểu từ 35 quốc gia tham dự hội nghị tại Hà Nội.", ()),  # participants, not a delegation
    ],
)
def test_not_delegations(text: str, entities: tuple) -> None:
    assert make_doc(text, *entities).delegations == []


def test_shape_is_the_contract() -> None:
    d = only(make_doc("Năm 2023, tỉnh đón 5 đoàn/20 lượt khách quốc tế."))
    assert list(d) == ["direction", "delegations", "persons", "countries", "date", "evidence"]
    assert isinstance(d["evidence"], list) and len(d["evidence"]) == 2

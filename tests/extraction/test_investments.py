"""Investments on hand-built documents: FDI, ODA and NGO aid figures, and what is not one."""

from __future__ import annotations

import re

import pytest

from doingoai.extraction import dates, investments, numbers
from doingoai.extraction.doc import Doc, Entity, Span

JP = ("Nhật Bản", "country", "JP", "JP")
US = ("Mỹ", "country", "US", "US")
KR = ("Hàn Quốc", "country", "KR", "KR")


def make_doc(text: str, *entities: tuple[str, str, str, str | None, dict | None]) -> Doc:
    ents = []
    for surface, type_, key, country, *data in entities:
        for m in re.finditer(re.escape(surface), text):
            ents.append(Entity(m.start(), m.end(), type_, key, surface, country, (data[0] if data else None) or {}))
    sents = [Span(m.start(), m.end()) for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$)", text)
             if m.group().strip()]
    doc = Doc(source="t.txt", text=text, norm=text, sentences=sents, entities=sorted(ents, key=lambda e: e.start))
    return investments.run(dates.run(numbers.run(doc)))


def brief(doc: Doc) -> list[tuple]:
    return [(i["kind"], i["projects"], i["projects_qualifier"], i["capital"] and i["capital"]["value"],
             i["source_countries"]) for i in doc.investments]


def test_fdi_report_formula() -> None:
    doc = make_doc("Năm 2023, tỉnh thu hút 13 dự án FDI với tổng vốn đăng ký 174,048 triệu USD.")
    (i,) = doc.investments
    assert i["capital"] == {"amount": 174.048, "unit": "triệu", "currency": "USD", "value": 174048000,
                            "value_usd": 174048000}
    assert (i["kind"], i["projects"], i["projects_qualifier"], i["source_countries"]) == ("fdi", 13, "exact", None)
    assert list(i) == ["kind", "projects", "projects_qualifier", "capital", "source_countries", "evidence"]


def test_ngo_aid_report_formula() -> None:
    doc = make_doc("Vận động 16 dự án viện trợ phi chính phủ nước ngoài với tổng giá trị cam kết 11.974.405,56 USD.")
    assert brief(doc) == [("ngo_aid", 16, "exact", 11974405.56, None)]
    assert doc.investments[0]["capital"]["unit"] is None


def test_source_countries_and_qualifier() -> None:
    text = ("Trong 6 tháng đầu năm 2024, tỉnh cấp mới cho hơn 20 dự án đầu tư nước ngoài, tổng vốn đăng ký 1,2 tỷ USD, "
            "đến từ 15 quốc gia và vùng lãnh thổ.")
    assert brief(make_doc(text)) == [("fdi", 20, "more_than", 1_200_000_000, 15)]


def test_oda_loan_in_vnd() -> None:
    text = "Nhật Bản viện trợ không hoàn lại cho tỉnh 468 tỷ đồng để xây 45 cầu."
    (i,) = make_doc(text, JP).investments
    assert (i["kind"], i["projects"]) == ("oda", None)
    assert i["capital"] == {"amount": 468, "unit": "tỷ", "currency": "VND", "value": 468_000_000_000, "value_usd": None}


def test_new_and_added_projects_take_the_new_ones() -> None:
    text = ("Từ đầu năm, thành phố thu hút 132 dự án đầu tư nước ngoài (FDI) với vốn đăng ký gần 1,46 tỷ USD, "
            "trong đó có 84 dự án mới và 48 dự án bổ sung tăng vốn.")
    assert brief(make_doc(text)) == [("fdi", 132, "exact", 1_460_000_000, None)]


def test_breakdown_figures_are_entries_of_their_own() -> None:
    text = ("Cả nước có thêm 58 dự án đầu tư nước ngoài được cấp phép với số vốn đăng ký mới 1,032 tỷ USD.\n"
            "Trong đó, công nghiệp đứng đầu (41 dự án và 313 triệu USD vốn đăng ký mới).\n"
            "Tiếp đó là Đồng Nai 191 triệu USD với 2 dự án.")
    assert brief(make_doc(text)) == [("fdi", 58, "exact", 1_032_000_000, None), ("fdi", 41, "exact", 313_000_000, None),
                                     ("fdi", 2, "exact", 191_000_000, None)]


def test_one_named_project() -> None:
    text = ("Vốn FDI vào tỉnh tăng mạnh.\nDự án lớn nhất là Công ty TNHH Rieker Việt Nam với tổng vốn đầu tư 55 triệu USD.")
    assert brief(make_doc(text)) == [("fdi", 1, "exact", 55_000_000, None)]


def test_a_range_has_no_capital() -> None:
    text = "Trong 11 tháng, thành phố chỉ thu hút được 1 dự án FDI duy nhất có vốn 40-100 triệu USD."
    assert brief(make_doc(text)) == [("fdi", 1, "exact", None, None)]


def test_grants_to_recipients_in_an_aid_document() -> None:
    text = ("Đại sứ Canada đã công bố tài trợ 140.000 đôla Canada cho sáu dự án.\n"
            "Hội Liên hiệp Phụ nữ tỉnh Hậu Giang nhận 307,6 triệu đồng.")
    doc = make_doc(text, ("Canada", "country", "CA", "CA"))
    assert brief(doc) == [("oda", 6, "exact", 140000, None), ("oda", 1, "exact", 307_600_000, None)]
    assert doc.investments[0]["capital"]["currency"] == "CAD"


def test_ngo_receiving_a_government_grant_is_oda() -> None:
    text = ("Quỹ Canada tài trợ các dự án phát triển cộng đồng tại Việt Nam.\n"
            "Quỹ còn dành cho Tổ chức phi chính phủ Enfants du Monde 137 triệu đồng.")
    doc = make_doc(text, ("Quỹ Canada", "organisation", "qc", "CA", {"kind": "government_agency"}))
    assert brief(doc) == [("oda", 1, "exact", 137_000_000, None)]


def test_aid_committed_in_the_future_counts() -> None:
    text = "Bộ Ngoại giao Mỹ sẽ viện trợ thêm 3,3 triệu USD cho công tác rà phá bom mìn."
    doc = make_doc(text, ("Bộ Ngoại giao Mỹ", "organisation", "dos", "US", {"kind": "government_agency"}))
    assert brief(doc) == [("oda", None, None, 3_300_000, None)]


def test_text_typed_without_tone_marks() -> None:
    text = "Trong 2 thang đâu năm, TP HCM đa câp giây phep cho 36 dư an đâu tư nươc ngoai, vơi tông vôn trên 67,8 triêu USD."
    assert brief(make_doc(text)) == [("fdi", 36, "exact", 67_800_000, None)]


def test_adjusted_projects_counted_in_turns() -> None:
    text = ("Tỉnh cấp mới 45 dự án đầu tư nước ngoài với tổng vốn đăng ký hơn 1,2 tỷ USD; điều chỉnh tăng vốn cho "
            "30 lượt dự án với số vốn tăng thêm 500 triệu USD.")
    assert brief(make_doc(text)) == [("fdi", 45, "exact", 1_200_000_000, None), ("fdi", 30, "exact", 500_000_000, None)]


def test_an_ngo_with_its_country_in_brackets() -> None:
    text = "Tổ chức World Vision (Mỹ) đã tài trợ 2 tỷ đồng xây dựng trường học."
    doc = make_doc(text, ("World Vision", "organisation", "wv", "US", {"kind": "ngo"}), US)
    assert [i["kind"] for i in doc.investments] == ["ngo_aid"]


def test_headline_figures_repeat_the_body() -> None:
    text = ("Mỹ viện trợ thêm 3,3 triệu USD rà phá mìn (NLĐ)- Bộ Ngoại giao Mỹ sẽ viện trợ thêm 3,3 triệu USD "
            "cho công tác rà phá mìn ở VN.")
    doc = make_doc(text, US)
    assert brief(doc) == [("oda", None, None, 3_300_000, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Dự tính đến năm 2010, Hà Nội thu hút thêm 5 tỷ USD vốn đầu tư trực tiếp nước ngoài.",
        "Kế hoạch năm 2025 thu hút 500 triệu USD vốn FDI.",
        "UBND thành phố vừa trình xin ý kiến Chính phủ về dự án FDI trị giá 1 tỷ USD.",
        "Thành phố đang đàm phán với nhà đầu tư nước ngoài về dự án tàu điện ngầm 900 triệu USD.",
        "Có 2 dự án của doanh nghiệp TP HCM đầu tư ra nước ngoài với số vốn 2,7 triệu USD.",
        "Kim ngạch xuất khẩu của các doanh nghiệp FDI đạt 1,7 tỷ USD.",
        "Vốn đầu tư trong nước đạt 337 triệu USD, trong khi vốn FDI chưa có số liệu.",
        "Tỉnh kêu gọi đầu tư nước ngoài vào 8 dự án với tổng vốn dự kiến 300 triệu USD.",
        "Công ty có vốn điều lệ 9 tỷ đồng và giá cổ phần 103.000 đồng.",
        "Các dự án FDI có vốn dưới 2 triệu USD do tỉnh cấp phép.",
    ],
)
def test_not_investment_statements(text: str) -> None:
    assert make_doc(text).investments == []

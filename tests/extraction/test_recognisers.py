"""Recognisers on hand-built documents: the traps of Vietnamese news text, one by one."""

from __future__ import annotations

import pytest

from doingoai.extraction import normalise, recognisers, sentences
from doingoai.extraction.doc import Doc, Entity


def recognise(text: str) -> Doc:
    doc = Doc(source="t.txt", text=text)
    for component in (normalise, sentences, recognisers):
        doc = component.run(doc)
    return doc


def found(text: str, type_: str) -> list[tuple[str, str]]:
    """(key, mention text) of the entities of one type."""
    doc = recognise(text)
    return [(e.key, text[e.start:e.end]) for e in doc.entities if e.type == type_]


def keys(text: str, type_: str = "country") -> list[str]:
    return [k for k, _ in found(text, type_)]


# ----------------------------------------------------------------------------------- countries
def test_country_names_and_their_variants():
    assert keys("Hàn Quốc, Nhật Bản và Hoa Kỳ ký kết; Mỹ cũng tham gia.") == ["KR", "JP", "US", "US"]
    assert keys("Đoàn Thuỵ Sỹ, đoàn Thụy Sĩ.") == ["CH", "CH"]
    assert keys("hàng xuất sang Trung quốc tăng") == ["CN"]  # old texts write the second syllable small


def test_offsets_index_the_text():
    text = "Đoàn  “Hàn Quốc”  sang thăm."
    [(key, mention)] = found(text, "country")
    assert (key, mention) == ("KR", "Hàn Quốc")


@pytest.mark.parametrize("text", ["Anh, Pháp, Mỹ đều có mặt.", "Du khách đến từ Mỹ, Anh và Pháp."])
def test_anh_in_a_list_of_countries_is_the_uk(text):
    assert "GB" in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Học sinh giỏi tiếng Anh.",
        "Sách Anh ngữ bán chạy.",
        "Trang web có hai thứ tiếng Việt, Anh.",
        "Tôi gặp anh Nam ở chợ.",
        "Anh cho biết sẽ về quê.",
        '"Anh có thể giúp tôi không?" chị hỏi.',
        "Ông Phan Anh Tú được bầu làm chủ tịch.",
        "Đón nhận danh hiệu Anh hùng Lao động.",
        "Anh Dũng và Văn Đàn ghi bàn.",
    ],
)
def test_anh_as_language_pronoun_kinship_or_name_is_not_a_country(text):
    assert "GB" not in keys(text)


def test_anh_after_a_word_that_takes_a_country():
    assert keys("Chiến hạm Anh cập cảng. Quân nhân Anh thiệt mạng.") == ["GB", "GB"]


@pytest.mark.parametrize(
    "text",
    ["Chủ tịch nước Trần Đức Lương thăm Hà Nội.", "Nạn nhân ở thành phố Mỹ Tho.", "Bắc Mỹ và châu Mỹ Latinh.",
     "Dự án Pháp lệnh ký kết điều ước.", "Giá đôla Mỹ ổn định.", "Cảng lớn của bán đảo Triều Tiên."],
)
def test_personal_names_places_and_compounds_are_not_countries(text):
    assert keys(text) == []


def test_a_given_name_used_alone_later_is_still_the_person():
    text = "Đối tượng Đặng Hồng Nhật (sinh năm 1978) bị bắt. Khi xuống xe, Nhật đã bỏ chạy."
    assert "JP" not in keys(text)


def test_short_forms_in_the_adjective_pair_with_viet():
    text = "Quan hệ Việt – Trung và hữu nghị Việt - Hàn, Mỹ - Trung."
    assert found(text, "country") == [("CN", "Trung"), ("KR", "Hàn"), ("US", "Mỹ"), ("CN", "Trung")]


def test_short_forms_alone_are_not_countries():
    assert keys("Miền Trung và Trung Đông; hàn gắn quan hệ.") == []


def test_taiwan_with_china_in_brackets_is_taiwan_only():
    text = "Nhà đầu tư Đài Loan (Trung Quốc) và Hồng Kông (Trung Quốc) dẫn đầu."
    assert found(text, "country") == [("TW", "Đài Loan"), ("HK", "Hồng Kông")]


def test_a_state_form_belongs_to_the_mention():
    assert found("Đoàn Cộng hòa Séc thăm TP HCM.", "country") == [("CZ", "Cộng hòa Séc")]


def test_viet_nam_is_not_a_foreign_country():
    assert keys("Việt Nam và VN hợp tác.") == []


# ------------------------------------------------------------------------------- organisations
def orgs(text: str) -> list[tuple[str, str, str | None]]:
    doc = recognise(text)
    return [(e.key, text[e.start:e.end], e.country) for e in doc.entities if e.type == "organisation"]


def test_a_country_inside_an_organisation_name_is_not_a_country_mention():
    text = "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ. JICA cho biết."
    assert keys(text) == []
    assert [(k, m) for k, m, _ in orgs(text)] == [("r:jica", "Cơ quan Hợp tác Quốc tế Nhật Bản"),
                                                   ("r:jica", "JICA"), ("r:jica", "JICA")]


def test_bodies_of_a_foreign_state_are_organisations():
    text = "Bộ Ngoại giao Mỹ và Tổng Lãnh sự quán Anh tại TP HCM, Chính phủ Hoàng gia Campuchia."
    assert [(m, c) for _, m, c in orgs(text)] == [
        ("Bộ Ngoại giao Mỹ", "US"), ("Tổng Lãnh sự quán Anh tại TP HCM", "GB"),
        ("Chính phủ Hoàng gia Campuchia", "KH")]
    assert keys(text) == []


def test_vietnamese_bodies_are_not_foreign_organisations():
    text = ("Bộ Ngoại giao, Hội Chữ thập đỏ Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) "
            "và Hội hữu nghị Việt Nam - Campuchia tỉnh Tây Ninh họp.")
    assert orgs(text) == []


def test_companies_with_a_head_and_a_foreign_name():
    text = "Hãng Areva (Pháp) và công ty TNHH Corralis Việt Nam; những tập đoàn như Canon, Sentec, Liwayway."
    assert [(m, c) for _, m, c in orgs(text)] == [
        ("Areva", "FR"), ("Corralis Việt Nam", None), ("Canon", "JP"), ("Sentec", None), ("Liwayway", None)]


def test_an_acronym_defined_in_brackets_names_the_body():
    text = "Ủy ban Thị trường mở (FOMC) của Fed nhóm họp. FOMC sẽ quyết định."
    found = {(k, m) for k, m, _ in orgs(text)}
    # the defined acronym names the body at both places; "Fed" is a body of its own (reference data)
    assert {(k, m) for k, m in found if k == "a:FOMC"} == {("a:FOMC", "Ủy ban Thị trường mở"), ("a:FOMC", "FOMC")}
    assert {m for _, m in found} == {"Ủy ban Thị trường mở", "FOMC", "Fed"}


def test_a_union_used_as_a_market_is_not_an_organisation():
    assert orgs("Xuất khẩu sang thị trường EU, Mỹ, Canada và EU.") == []


# ---------------------------------------------------------------------------------- localities
def test_foreign_localities_with_codes():
    doc = recognise("Đoàn tỉnh Vân Nam (Trung Quốc) thăm Lào Cai; hội thảo tại Phnom Penh (Campuchia).")
    locs = [(e.key, e.data["code"], e.country) for e in doc.entities if e.type == "locality"]
    assert locs == [("CN-YN", "CN-YN", "CN"), ("KH-12", "KH-12", "KH")]


def test_a_name_of_both_a_province_and_a_foreign_province():
    assert keys("Đoàn tỉnh Hà Nam thăm Hà Nam (Trung Quốc).", "locality") == ["CN-HA"]
    assert [e.type for e in recognise("Đoàn tỉnh Hà Nam.").entities] == ["province"]


def test_a_sino_vietnamese_place_name_inside_a_personal_name_is_not_a_place():
    assert keys("Ông Lê Thanh Hải, Bí thư Thành ủy, tiếp đoàn.", "locality") == []


def test_a_capital_standing_for_its_government_is_not_a_locality():
    assert keys("Bắc Kinh phản đối tuyên bố này.", "locality") == []
    assert keys("Đoàn đến Bắc Kinh hôm qua.", "locality") == ["CN-BJ"]


def test_places_the_data_lacks_are_placed_by_the_text():
    doc = recognise("Liên hoan phim Amiens (Pháp) trao giải.")
    [loc] = [e for e in doc.entities if e.type == "locality"]
    assert (doc.text[loc.start:loc.end], loc.country, loc.data["code"]) == ("Amiens", "FR", None)


# ----------------------------------------------------------------------------------- provinces
def test_provinces_carry_their_codes_in_both_eras():
    doc = recognise("UBND tỉnh Bắc Ninh và TP HCM.")
    provinces = [e for e in doc.entities if e.type == "province"]
    assert [(doc.text[e.start:e.end], e.data["eras"]) for e in provinces] == [
        ("Bắc Ninh", {"pre2025": "27", "2025": "24"}), ("TP HCM", {"pre2025": "79", "2025": "79"})]


def test_entities_are_entities():
    assert all(isinstance(e, Entity) for e in recognise("Mỹ và Nhật Bản.").entities)


def test_anh_opening_a_title_is_the_country():
    assert keys("Anh tăng viện trợ cho châu Phi\nAnh cho biết sẽ về quê.") == ["GB"]

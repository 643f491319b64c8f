"""World news on hand-written sentences: world cities the text places, foreign state bodies named by a
head and their country, parties and armed groups, credited newspapers and agencies, clubs, and Latin
names that say what they are. Each rule has its trap beside it."""

from __future__ import annotations

import pytest

from doingoai.extraction import pipeline
from doingoai.extraction.output import to_contract


def extract(text: str) -> dict:
    return to_contract(pipeline.extract(text, "t.txt"))


def localities(text: str) -> set[tuple[str, str, str | None]]:
    return {(x["name"], x["country"], x["code"]) for x in extract(text)["foreign_localities"]}


def orgs(text: str) -> set[tuple[str, str | None, str]]:
    return {(x["name"], x["country"], x["kind"]) for x in extract(text)["organizations"]}


def org_names(text: str) -> set[str]:
    return {x["name"] for x in extract(text)["organizations"]}


# ---------------------------------------------------------------------------------- world cities
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quân đội Mỹ tấn công thành phố Fallujah của Iraq.", ("Fallujah", "IQ", None)),
        ("Hàng nghìn người biểu tình tại Karachi, Pakistan.", ("Karachi", "PK", None)),
        ("Lực lượng an ninh Iraq tiêu diệt 20 phiến quân ở Ramadi, tỉnh Anbar.", ("Ramadi", "IQ", None)),
        ("Tổng thống Bush tới thăm thành phố Detroit, bang Michigan.", ("Detroit", "US", None)),
        ("Biểu tình ở Genoa, Italy.", ("Genoa", "IT", "IT-GE")),  # a subdivision of the same name
        ("Iraq: đánh bom ở Basra làm 5 người chết.", ("Basra", "IQ", "IQ-BA")),
        ("Chú bé sống ở thành phố Jackson, bang Mississippi của Mỹ.", ("Jackson", "US", None)),
    ],
)
def test_world_cities_placed_by_the_text(text, expected):
    assert expected in localities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tàu khu trục Exeter cập cảng Portsmouth. Năm 1982, Exeter được Hoàng gia Anh trao huân chương.",
        "Công ty Patra của Nga được bán cho Heineken.",  # a company, not the Greek city
        "Người lao động ở vùng Rio Grande phía bắc Mexico gửi tiền về nhà.",  # a region
        "Ông đã sống nhiều năm ở Mosul trước khi trở về.",  # nothing says which Mosul
        "Florence đã trở lại sân khấu ở Mỹ.",  # a given name: needs a place word and its country
        "Bộ trưởng đi thăm quần đảo Trường Sa.",  # Changsha's Vietnamese reading is the Spratlys
    ],
)
def test_world_city_names_that_are_no_place_there(text):
    assert not {name for name, _, _ in localities(text)} & {"Exeter", "Patra", "Rio Grande", "Mosul", "Florence",
                                                                "Trường Sa"}


def test_a_place_inside_a_body_is_not_a_locality():
    text = "Đội cứu hỏa thành phố Baltimore khống chế đám cháy; Bảo tàng kiến trúc Moscow mở cửa."
    assert not localities(text)
    assert {("Đội cứu hỏa thành phố Baltimore", "US", "government_agency"),
            ("Bảo tàng kiến trúc Moscow", "RU", "other")} <= orgs(text)


def test_our_name_beats_a_library_name():
    assert ("Dải Gaza", "PS", "PS-GZA") in localities("Israel rút quân khỏi Dải Gaza.")


# ------------------------------------------------------------------------------ foreign state bodies
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cảnh sát Iraq bắt giữ 10 nghi phạm.", ("Cảnh sát Iraq", "IQ", "government_agency")),
        ("Lực lượng an ninh Iraq đã tiêu diệt 20 phiến quân.", ("Lực lượng an ninh Iraq", "IQ", "government_agency")),
        ("Thiếu tướng cảnh sát Iraq cho biết.", ("cảnh sát Iraq", "IQ", "government_agency")),
        ("Hạ viện Mỹ thông qua dự luật.", ("Hạ viện Mỹ", "US", "government_agency")),
        ("Nội các Israel phê chuẩn kế hoạch.", ("Nội các Israel", "IL", "government_agency")),
        ("Nhà Trắng tuyên bố sẽ không nhượng bộ.", ("Nhà Trắng", "US", "government_agency")),
        ("Lầu Năm Góc công bố báo cáo.", ("Lầu Năm Góc", "US", "government_agency")),
        ("Đảng Dân chủ Mỹ chỉ trích kế hoạch.", ("Đảng Dân chủ Mỹ", "US", "other")),
    ],
)
def test_foreign_state_bodies(text, expected):
    assert expected in orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cảnh sát bắt giữ hai du khách Mỹ.",  # the country is the tourists'
        "Ông chủ Nhà Trắng tới thăm Mexico.",  # the president, not the institution
        "Quân đội nhân dân Việt Nam tham gia diễn tập.",  # Vietnamese
    ],
)
def test_no_foreign_body_there(text):
    assert not {x for x in org_names(text) if "Mỹ" in x or "Nhà Trắng" in x or "Việt Nam" in x}


# -------------------------------------------------------------------- parties, groups, media, clubs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phong trào Hamas và nhóm Fatah đạt thỏa thuận.", {"Hamas", "Fatah"}),
        ("Mạng lưới Al-Qaeda nhận trách nhiệm.", {"Al-Qaeda"}),
        ("Đảng Likud của Thủ tướng Sharon họp tại Tel Aviv.", {"Likud"}),
        ("Tờ New York Times cho biết.", {"New York Times"}),
        ("Hãng tin Reuters dẫn lời một quan chức.", {"Reuters"}),
        ("Tờ Guardian của Anh đưa tin vụ việc.", {"Guardian"}),
        ("Báo Asahi Shimbun cho biết.", {"Asahi Shimbun"}),
        ("Cầu thủ này ký hợp đồng với CLB Deportivo của Tây Ban Nha.", {"Deportivo"}),
        ("Ông là giáo sư trường Queen Mary thuộc Đại học London.", {"Queen Mary", "Đại học London"}),
        ("Hãng Northwest Airlines của Mỹ đã phá sản.", {"Northwest Airlines"}),
        ("Theo Lehman Brothers, giá dầu sẽ tăng.", {"Lehman Brothers"}),
        ("Rockefeller Foundation tài trợ 1 triệu USD.", {"Rockefeller Foundation"}),
    ],
)
def test_parties_groups_media_clubs_and_suffixed_names(text, expected):
    assert expected <= org_names(text)


def test_a_credited_source_on_its_own_line():
    assert org_names("Các nhà nghiên cứu đã công bố kết quả.\n(Theo Telegraph)") == {"Telegraph"}
    assert org_names("Vụ việc đang được điều tra.\nTheo Dainik Jagran") == {"Dainik Jagran"}


@pytest.mark.parametrize(
    "text",
    [
        "Vụ việc đang được điều tra.\nTheo VnExpress",  # Vietnamese outlets are not foreign bodies
        "Vụ việc đang được điều tra.\n(Theo Tuổi Trẻ)",
        "Theo Smith, giá dầu sẽ tăng mạnh trong năm tới.",  # a person's words, not a credit line
        "Vietnam Airlines và Pacific Airlines tăng chuyến bay.",
        "Quân đội Israel rút khỏi West Bank.",  # a place
        "Ở công trường xây dựng cao ốc Sailing Tower (TP.HCM).",  # "công trường" is no school
    ],
)
def test_no_body_there(text):
    assert not org_names(text) - {"Quân đội Israel"}


def test_an_acronym_written_in_another_case_is_still_the_name():
    out = extract("Cục Dự trữ Liên bang Mỹ (FED) giữ nguyên lãi suất. FED sẽ họp lại vào tháng sau.")
    assert [x["name"] for x in out["organizations"]] == ["FED"]

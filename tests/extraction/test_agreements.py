"""Agreements on hand-built documents: concluded, not planned, with a foreign partner."""

from __future__ import annotations


import pytest

from doingoai.extraction import agreements, dates, numbers
from doingoai.extraction.doc import Doc
from tests.extraction.handmade import hand_doc

KH = ("Campuchia", "country", "KH", "KH")
LA = ("Lào", "country", "LA", "LA")
JP = ("Nhật Bản", "country", "JP", "JP")
KR = ("Hàn Quốc", "country", "KR", "KR")
RK = ("Rotanak Kiri", "locality", "KH-16", "KH")
CP = ("Champasak", "locality", "LA-CH", "LA")


def make_doc(text: str, *entities: tuple[str, str, str, str | None]) -> Doc:
    return agreements.run(dates.run(numbers.run(hand_doc(text, *entities))))


def test_two_mous_with_a_foreign_province() -> None:
    doc = make_doc("Tỉnh đã ký kết 02 bản ghi nhớ với tỉnh Rotanak Kiri (Campuchia).", RK, KH)
    assert doc.agreements == [{
        "kind": "mou", "count": 2, "partners": [{"name": "Rotanak Kiri", "country": "KH"}], "date": None,
        "evidence": [0, 64],
    }]


def test_agreement_with_a_year() -> None:
    doc = make_doc("Năm 2023, UBND tỉnh ký thỏa thuận hợp tác với tỉnh Gyeonggi (Hàn Quốc).",
                   ("Gyeonggi", "locality", "KR-41", "KR"), KR)
    (a,) = doc.agreements
    assert (a["kind"], a["count"], a["date"]) == ("agreement", 1, "2023")
    assert a["partners"] == [{"name": "Gyeonggi", "country": "KR"}]


def test_passive_signing_with_a_date() -> None:
    doc = make_doc("Biên bản ghi nhớ hợp tác giữa tỉnh và tỉnh Champasak (Lào) đã được ký kết ngày 12/3/2024.", CP, LA)
    (a,) = doc.agreements
    assert (a["kind"], a["count"], a["date"]) == ("mou", 1, "2024-03-12")


def test_exchange_of_notes_is_other() -> None:
    doc = make_doc("Chiều qua, Chính phủ Nhật Bản tiếp tục ký công hàm viện trợ VN xây dựng 8 cầu giao thông.",
                   ("Chính phủ Nhật Bản", "organisation", "gov-jp", "JP"))
    (a,) = doc.agreements
    assert (a["kind"], a["count"]) == ("other", 1)
    assert a["partners"] == [{"name": "Chính phủ Nhật Bản", "country": "JP"}]


def test_two_kinds_in_one_sentence() -> None:
    doc = make_doc("Hai bên đã ký 2 bản ghi nhớ và 1 thỏa thuận với tỉnh Champasak (Lào).", CP, LA)
    assert [(a["kind"], a["count"]) for a in doc.agreements] == [("mou", 2), ("agreement", 1)]


def test_each_document_keeps_its_own_partner() -> None:
    text = ("Trong năm, tỉnh đã ký kết 02 bản ghi nhớ với tỉnh Rotanak Kiri (Campuchia) và 01 thỏa thuận hợp tác "
            "với tỉnh Gyeonggi (Hàn Quốc).")
    doc = make_doc(text, RK, KH, ("Gyeonggi", "locality", "KR-41", "KR"), KR)
    assert [(a["kind"], a["count"], [p["name"] for p in a["partners"]]) for a in doc.agreements] == [
        ("mou", 2, ["Rotanak Kiri"]), ("agreement", 1, ["Gyeonggi"])]


def test_number_word_and_other_documents() -> None:
    doc = make_doc("Sở đã ký ba văn bản hợp tác với các đối tác Hàn Quốc.", KR)
    assert [(a["kind"], a["count"]) for a in doc.agreements] == [("other", 3)]


def test_relations_established_with_a_foreign_province() -> None:
    doc = make_doc("Tỉnh Lào Cai và tỉnh Vân Nam (Trung Quốc) chính thức thiết lập quan hệ hữu nghị.",
                   ("Vân Nam", "locality", "CN-YN", "CN"), ("Trung Quốc", "country", "CN", "CN"))
    assert [(a["kind"], a["partners"]) for a in doc.agreements] == [("other", [{"name": "Vân Nam", "country": "CN"}])]


def test_a_country_signing_as_such() -> None:
    text = "Chủ tịch nước đánh giá cao việc hai nước ký kết hiệp định hợp tác kinh tế với Tanzania."
    (a,) = make_doc(text, ("Tanzania", "country", "TZ", "TZ")).agreements
    assert (a["kind"], a["partners"]) == ("agreement", [{"name": "Tanzania", "country": "TZ"}])


@pytest.mark.parametrize(
    "text,entities",
    [
        ("Hai bên sẽ ký biên bản ghi nhớ với tỉnh Champasak (Lào) vào tháng 10.", (CP, LA)),
        ("Dự kiến ký kết thỏa thuận hợp tác với các đối tác Nhật Bản.", (JP,)),
        ("Chính phủ hai nước đang lên kế hoạch đàm phán ký kết một loạt thỏa thuận với Campuchia.", (KH,)),
        ("Tỉnh đề xuất ký bản ghi nhớ với tỉnh Rotanak Kiri (Campuchia).", (RK, KH)),
        ("Tỉnh chuẩn bị ký thỏa thuận với Hàn Quốc.", (KR,)),
        ("Khánh Hòa và TPHCM đã ký kết hợp tác trên nhiều lĩnh vực.", ()),  # two Vietnamese parties
        ("Sở Ngoại vụ đã ký thỏa thuận hợp tác với ITPC và VCCI.", ()),  # Vietnamese bodies
        ("Hội nghị phổ biến Luật ký kết, gia nhập và thực hiện điều ước quốc tế có đại diện Nhật Bản.", (JP,)),
        ("Quan hệ hai nước phát triển từ khi thiết lập quan hệ ngoại giao năm 1972 với Nhật Bản.", (JP,)),
        ("Các quy định phải phù hợp với Hiệp định Thương mại Việt - Mỹ.", (("Mỹ", "country", "US", "US"),)),
        ("Hơn 100 doanh nghiệp Hàn Quốc tìm kiếm, ký kết hợp đồng với các đối tác VN.", (KR,)),
        ("Hai bên trao đổi kinh nghiệm về thực hiện thỏa thuận với Lào.", (LA,)),
    ],
)
def test_not_concluded_or_not_foreign(text: str, entities: tuple) -> None:
    assert make_doc(text, *entities).agreements == []

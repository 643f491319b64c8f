"""Events on hand-built documents: named events, their names, dates and places, and non-events."""

from __future__ import annotations


import pytest

from doingoai.extraction import dates, events, numbers
from doingoai.extraction.doc import Doc
from tests.extraction.handmade import hand_doc

KH = ("Campuchia", "country", "KH", "KH")


def make_doc(text: str, *entities: tuple[str, str, str, str | None]) -> Doc:
    return events.run(dates.run(numbers.run(hand_doc(text, *entities))))


def names(doc: Doc) -> list[tuple[str, str, str | None]]:
    return [(e["name"], e["kind"], e["date"]) for e in doc.events]


def test_festival_with_ordinal_and_month() -> None:
    doc = make_doc("Lễ hội cà phê Buôn Ma Thuột lần thứ 7 diễn ra vào tháng 3/2019 tại Buôn Ma Thuột.")
    (e,) = doc.events
    assert (e["name"], e["kind"], e["date"], e["place"]) == (
        "Lễ hội cà phê Buôn Ma Thuột lần thứ 7", "festival", "2019-03", "Buôn Ma Thuột")
    assert list(e) == ["name", "kind", "date", "place", "evidence"]


def test_conference_with_a_full_date_and_place() -> None:
    text = ("UBND TP HCM sẽ tổ chức Hội thảo Cơ hội đầu tư kinh doanh tại Campuchia vào ngày 14/1/2005 tại TP HCM.")
    (e,) = make_doc(text, KH).events
    assert (e["name"], e["kind"], e["date"]) == ("Hội thảo Cơ hội đầu tư kinh doanh", "conference", "2005-01-14")


def test_multi_day_event_takes_its_first_day() -> None:
    text = ("Trong hai ngày 05 và 06-04-2006, tại Sở Ngoại vụ đã diễn ra Hội nghị phổ biến Luật ký kết, gia nhập và "
            "thực hiện điều ước quốc tế do Bộ Ngoại giao chủ trì.")
    assert names(make_doc(text)) == [("Hội nghị phổ biến Luật ký kết", "conference", "2006-04-05")]


def test_kinds() -> None:
    text = ("Triển lãm Quảng Tây vừa khai mạc tại Hà Nội.\n"
            "Hội chợ Thương mại quốc tế Việt - Trung được tổ chức tại Lào Cai.\n"
            "Diễn đàn doanh nghiệp Campuchia - Việt Nam tổ chức cuối tuần qua.\n"
            "Hội nghị Thượng đỉnh APEC 2017 diễn ra tại Đà Nẵng.\n"
            "Cục du lịch Quảng Tây sẽ tổ chức chương trình xúc tiến du lịch tại Hà Nội.")
    doc = make_doc(text, KH, ("Quảng Tây", "locality", "CN-GX", "CN"))
    assert [(e["name"], e["kind"]) for e in doc.events] == [
        ("Triển lãm Quảng Tây", "exhibition"),
        ("Hội chợ Thương mại quốc tế Việt - Trung", "fair"),
        ("Diễn đàn doanh nghiệp Campuchia - Việt Nam", "forum"),
        ("Hội nghị Thượng đỉnh APEC 2017", "meeting"),
        ("chương trình xúc tiến du lịch", "other"),
    ]


def test_described_meetings() -> None:
    text = ("Sáng 28/6, UBND tỉnh đã có cuộc gặp gỡ lần thứ 3 với 80 nhà đầu tư nước ngoài.\n"
            "Trong cuộc gặp tại Brussels hôm qua, các bộ trưởng tài chính đã bày tỏ quan ngại.")
    doc = make_doc(text, ("Brussels", "locality", "BE-BRU", "BE"))
    assert [(e["name"], e["kind"]) for e in doc.events] == [
        ("cuộc gặp gỡ lần thứ 3 với 80 nhà đầu tư nước ngoài", "meeting"), ("cuộc gặp tại Brussels", "meeting")]


def test_repeated_mentions_are_one_event_and_the_described_one_is_kept() -> None:
    text = ("Theo Ban Tổ chức Hội chợ đầu tư tại TP HCM, nhiều dự án đã đăng ký.\n"
            "UBND thành phố đồng ý tổ chức Hội chợ Đầu tư vào 2 ngày 8 và 9/11 tại Khách sạn New World.\n"
            "Hội chợ còn cung cấp cho các nhà đầu tư thông tin về thị trường.")
    (e,) = make_doc(text).events
    assert text[e["evidence"][0] : e["evidence"][1]].startswith("UBND thành phố")
    assert e["place"] == "Khách sạn New World"


def test_quoted_title_and_the_most_precise_date_after_the_name() -> None:
    doc = make_doc('Ngày 15/11/2024, Sở Ngoại vụ tổ chức Hội thảo "Hợp tác địa phương Việt Nam - Lào" với 100 đại biểu.')
    assert names(doc) == [('Hội thảo "Hợp tác địa phương Việt Nam - Lào"', "conference", "2024-11-15")]
    text = ("Tỉnh tổ chức Hội nghị xúc tiến đầu tư năm 2023 tại TP HCM ngày 15/6/2023 và Lễ hội cà phê Buôn Ma Thuột "
            "lần thứ 8 vào tháng 3/2023.")
    assert [(n, d) for n, _, d in names(make_doc(text))] == [
        ("Hội nghị xúc tiến đầu tư năm 2023", "2023-06-15"), ("Lễ hội cà phê Buôn Ma Thuột lần thứ 8", "2023-03")]


def test_date_needs_a_written_year() -> None:
    text = "Năm 2005 có nhiều sự kiện.\nDự kiến Hội thảo xúc tiến đầu tư vào Lào sẽ diễn ra vào 14/4."
    (e,) = make_doc(text, ("Lào", "country", "LA", "LA")).events
    assert e["date"] is None  # the year of "14/4" is not written in the statement


@pytest.mark.parametrize(
    "text",
    [
        "Tại hội nghị, Sở Du lịch đã giới thiệu về tiềm năng du lịch.",  # a bare kind word
        "Hội thảo này thu hút 200 đại biểu quốc tế.",  # anaphora
        "Năm nay, thành phố đã tổ chức nhiều diễn đàn xúc tiến đầu tư tại Thái Lan.",  # plural
        "ITPC sẽ tổ chức 3 hội nghị đầu tư lớn tại TP HCM.",  # counted
        "Hội nghị tổng kết công tác an toàn lao động năm 2005 diễn ra tại Sở.",  # internal
        "Bầu không khí lễ hội xuất hiện khắp nơi.",  # a mood
        "FSC còn cung cấp dịch vụ hội nghị quốc tế cho doanh nghiệp.",  # a service
        "Doanh nghiệp được cung cấp thông tin về hội chợ, hội thảo nước ngoài.",  # generic kinds
        "Trong buổi gặp gỡ với báo chí chiều nay, Sở cho biết số liệu.",  # a press meeting
        "Hội chợ được tổ chức theo dạng mô hình, triển lãm các hình ảnh dự án.",  # a verb, and a bare kind
    ],
)
def test_not_events(text: str) -> None:
    assert make_doc(text).events == []

"""Subject province on hand-built documents: title, lead, dateline, dominance, era, places."""

from __future__ import annotations

from datetime import date

from doingoai.extraction import normalise, province, sentences
from doingoai.extraction.doc import DateMention, Doc, Entity


def doc_with(text: str, names: dict[str, dict[str, str]], dates: list[date] = ()) -> Doc:
    """A document whose province entities are every occurrence of the given names."""
    doc = Doc(source="t.txt", text=text)
    normalise.run(doc)
    sentences.run(doc)
    for name, eras in names.items():
        start = text.find(name)
        while start >= 0:
            doc.entities.append(Entity(start, start + len(name), "province", "x", name, "VN",
                                       {"eras": eras, "era": "pre2025", "code": eras.get("pre2025")}))
            start = text.find(name, start + 1)
    doc.entities.sort(key=lambda e: e.start)
    doc.dates = [DateMention(0, 1, d.isoformat(), d, d) for d in dates]
    return doc


BAC_NINH = {"pre2025": "27", "2025": "24"}
BAC_GIANG = {"pre2025": "24"}
HCM = {"pre2025": "79", "2025": "79"}
HA_NOI = {"pre2025": "01", "2025": "01"}


def test_the_province_of_the_title_is_the_subject_before_2025():
    doc = province.run(doc_with("Bắc Ninh thu hút FDI\nUBND tỉnh Bắc Ninh cho biết. Đoàn đến từ Hà Nội.",
                                {"Bắc Ninh": BAC_NINH, "Hà Nội": HA_NOI}))
    assert doc.province == {"name": "Bắc Ninh", "code": "27"}
    assert doc.province_2025 == {"name": "Bắc Ninh", "code": "24"}


def test_a_merged_province_maps_to_its_2025_unit():
    doc = province.run(doc_with("Bắc Giang đón đoàn Hàn Quốc\nSáng nay tỉnh Bắc Giang…", {"Bắc Giang": BAC_GIANG}))
    assert doc.province == {"name": "Bắc Giang", "code": "24"}
    assert doc.province_2025 == {"name": "Bắc Ninh", "code": "24"}


def test_a_text_written_after_the_merger_uses_the_34_units():
    text = "Bắc Giang đón đoàn Hàn Quốc\nNgày 10/8/2025, tỉnh Bắc Giang cũ…"
    doc = province.run(doc_with(text, {"Bắc Giang": BAC_GIANG}, [date(2025, 8, 10)]))
    assert doc.province == doc.province_2025 == {"name": "Bắc Ninh", "code": "24"}


def test_the_dateline_decides():
    text = "Khánh Hòa: ký kết hợp tác với TP HCM\nTP HCM và TP HCM và TP HCM cùng Khánh Hòa."
    doc = province.run(doc_with(text, {"Khánh Hòa": {"pre2025": "56", "2025": "56"}, "TP HCM": HCM}))
    assert doc.province == {"name": "Khánh Hòa", "code": "56"}


def test_no_province_when_the_title_and_lead_name_none():
    text = "Thị trường Campuchia\nHiệp định thanh toán. Thương mại tăng.\nSau đó hội thảo tại TP HCM. TP HCM."
    assert province.run(doc_with(text, {"TP HCM": HCM})).province is None


def test_no_province_when_two_are_equally_prominent():
    text = "Hà Nội và TP HCM dẫn đầu thu hút FDI\nHà Nội có 95 dự án, TP HCM có 90 dự án."
    doc = province.run(doc_with(text, {"Hà Nội": HA_NOI, "TP HCM": HCM}))
    assert doc.province is None and doc.province_2025 is None


def test_a_town_counts_for_its_province():
    doc = province.run(doc_with("Cách chức chi cục trưởng hải quan sân bay Vũng Tàu\nĐoàn thanh tra…", {}))
    assert doc.province == {"name": "Bà Rịa - Vũng Tàu", "code": "77"}
    assert doc.province_2025 == {"name": "Hồ Chí Minh", "code": "79"}


def test_an_ambiguous_town_needs_a_place_word():
    assert province.run(doc_with("Anh Vinh đi làm\nAnh Vinh nói.", {})).province is None
    assert province.run(doc_with("Thành phố Vinh mở rộng\nDự án…", {})).province == {"name": "Nghệ An", "code": "40"}


def test_a_plan_year_after_the_merger_does_not_change_the_era():
    text = "Bắc Giang đón đoàn Hàn Quốc\nTỉnh Bắc Giang phấn đấu đến năm 2030…"
    doc = doc_with(text, {"Bắc Giang": BAC_GIANG})
    doc.dates = [DateMention(0, 1, "2030", date(2030, 1, 1), date(2030, 12, 31))]
    assert province.run(doc).province == {"name": "Bắc Giang", "code": "24"}

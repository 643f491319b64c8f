"""Sentence spans: lines always end a sentence; full stops do unless an abbreviation or initial."""

from doingoai.extraction.doc import Doc
from doingoai.extraction.sentences import run, split


def texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split(text)]


def test_lines_and_full_stops():
    text = "Tiêu đề bài báo\nSáng nay đoàn đến. Chiều về Hà Nội! Tối họp?\n\nĐoạn mới."
    assert texts(text) == ["Tiêu đề bài báo", "Sáng nay đoàn đến.", "Chiều về Hà Nội!", "Tối họp?", "Đoạn mới."]


def test_abbreviations_initials_and_numbers_do_not_split():
    text = "Ông N. P. Singh đến TP. HCM ngày 5.6 với 1.700 người. Bà TS. Lan cũng đến."
    assert texts(text) == ["Ông N. P. Singh đến TP. HCM ngày 5.6 với 1.700 người.", "Bà TS. Lan cũng đến."]


def test_lower_case_after_a_stop_continues_the_sentence():
    assert texts("các mặt hàng... và dịch vụ. Sau đó") == ["các mặt hàng... và dịch vụ.", "Sau đó"]


def test_quotes_after_the_stop_stay_in_the_sentence():
    assert texts('Ông nói: "Tốt." Sau đó đi.') == ['Ông nói: "Tốt."', "Sau đó đi."]


def test_spans_index_the_text():
    doc = Doc(source="x", text="  Ab cd.  Ef gh.  ")
    doc.norm = doc.text
    run(doc)
    assert [(s.start, s.end) for s in doc.sentences] == [(2, 8), (10, 16)]

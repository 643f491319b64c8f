"""Reading every accepted format into NFC text, and refusing each kind of bad file with a clear
message that names it. Files are real: written with Python's codecs, python-docx, or by hand (PDF)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from doingoai.documents.reading import DOCX, HTML, PDF, TEXT, ReadError, read_document
from tests.documents.files import (
    ARTICLE,
    cp1258_bytes,
    docx_bytes,
    menu_only_page,
    news_page,
    pdf_image_only,
    pdf_with_text,
    write,
)


def _refused(path: Path, reason: str, **kwargs: int) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_document(path, **kwargs)
    error = caught.value
    assert error.reason == reason, (error.reason, error.message_en)
    assert path.name in error.message_vi and path.name in error.message_en  # names the file, both languages
    assert error.message_vi != error.message_en
    return error


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", ARTICLE.encode("utf-8")),
    ("utf-8", b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")),  # with BOM (Notepad)
    ("utf-16", b"\xff\xfe" + ARTICLE.encode("utf-16-le")),  # little-endian BOM
    ("utf-16", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),  # big-endian BOM
])
def test_unicode_text_files(tmp_path, encoding, data):
    result = read_document(write(tmp_path / "bao-cao.txt", data))
    assert result.text == ARTICLE
    assert result.encoding == encoding and result.media_type == TEXT
    assert result.data == data and result.size == len(data)  # the original bytes, as received


def test_decomposed_utf8_is_stored_nfc(tmp_path):
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    assert read_document(write(tmp_path / "mac.txt", nfd.encode())).text == ARTICLE


def test_windows_1258_is_recognised_and_tone_marks_composed(tmp_path):
    data = cp1258_bytes(ARTICLE)
    assert b"\xd2" in data or b"\xec" in data  # the code page's combining tone marks are really used
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    result = read_document(write(tmp_path / "cu.txt", data))
    assert result.encoding == "cp1258"
    assert result.text == ARTICLE  # NFC: "tỉnh", not "ti" + U+0309 + "nh"
    assert result.text == unicodedata.normalize("NFC", result.text)


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    data = docx_bytes(["Báo cáo công tác đối ngoại năm 2019", "Kết quả đoàn ra:"],
                      [["Quốc gia", "Số đoàn", "Số lượt"], ["Lào", "5", "21"], ["Hàn Quốc", "3", "12"]],
                      ["Đánh giá chung: hoàn thành kế hoạch."], title="Báo cáo 2019")
    result = read_document(write(tmp_path / "bao-cao.docx", data))
    assert result.media_type == DOCX and result.title == "Báo cáo 2019"
    assert result.text == ("Báo cáo công tác đối ngoại năm 2019\nKết quả đoàn ra:\n"
                           "Quốc gia\tSố đoàn\tSố lượt\nLào\t5\t21\nHàn Quốc\t3\t12\n"
                           "Đánh giá chung: hoàn thành kế hoạch.")


def test_pdf_with_a_text_layer(tmp_path):
    result = read_document(write(tmp_path / "bao-cao.pdf", pdf_with_text(ARTICLE.split("\n"))))
    assert result.media_type == PDF
    assert result.text == ARTICLE


def test_content_decides_over_the_name(tmp_path):
    # a PDF saved under a .txt name is still read as a PDF; a docx without extension as a docx
    assert read_document(write(tmp_path / "tai-lieu.txt", pdf_with_text(["Xin chào Lào"]))).media_type == PDF
    assert read_document(write(tmp_path / "tai-lieu", docx_bytes(["Xin chào"]))).media_type == DOCX
    html = news_page(["Ngày 12/3/2019, đoàn công tác của tỉnh đã thăm và làm việc tại tỉnh Chămpasắc, Lào."])
    assert read_document(write(tmp_path / "trang.txt", html.encode())).media_type == HTML


def test_html_news_page_keeps_the_article_and_drops_the_boilerplate(tmp_path):
    paragraphs = [
        "Ngày 12/3/2019, đoàn công tác của tỉnh do đồng chí Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại "
        "tỉnh Chămpasắc, Lào. Hai bên đã ký kết bản ghi nhớ hợp tác giai đoạn 2019-2024.",
        "Dịp này, tỉnh Chămpasắc cũng trao tặng 20 suất học bổng cho sinh viên của tỉnh.",
    ]
    result = read_document(write(tmp_path / "tin.html", news_page(paragraphs).encode()))
    assert result.media_type == HTML and result.encoding == "utf-8"
    assert result.title == "Hợp tác quốc tế năm 2019"
    for paragraph in paragraphs:
        assert paragraph in result.text
    for boilerplate in ("Chuyên mục 3", "Giá vàng", "Bản quyền", "quảng cáo", "Tin đọc nhiều"):
        assert boilerplate not in result.text


# ------------------------------------------------------------------ refusals
def test_empty_file(tmp_path):
    _refused(write(tmp_path / "rong.txt", b""), "empty")
    _refused(write(tmp_path / "trang.txt", b" \n\t\n"), "no_text")


def test_binary_file(tmp_path):
    _refused(write(tmp_path / "du-lieu.bin", bytes(range(256)) * 8), "binary")
    _refused(write(tmp_path / "anh.txt", b"\x89PNG\r\n\x1a\n" + bytes(100)), "binary")
    error = _refused(write(tmp_path / "cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100)), "binary")
    assert ".docx" in error.message_vi


def test_undetectable_encoding(tmp_path):
    # Latin-1 French: not UTF-8, and as cp1258 it gives no Vietnamese letters
    _refused(write(tmp_path / "phap.txt", "Coopération décentralisée, façon très naïve".encode("latin-1")), "encoding")


def test_file_over_the_size_limit(tmp_path):
    path = write(tmp_path / "lon.txt", ("Hợp tác quốc tế. " * 70_000).encode())  # > 1 MB
    error = _refused(path, "too_large", max_mb=1)
    assert error.kind.status == 413 and "1 MB" in error.message_en


def test_pdf_without_a_text_layer(tmp_path):
    error = _refused(write(tmp_path / "ban-quet.pdf", pdf_image_only()), "no_text_layer")
    assert "scanned?" in error.message_en and "bản quét?" in error.message_vi


def test_named_pdf_but_not_a_pdf(tmp_path):
    _refused(write(tmp_path / "gia.pdf", "Đây không phải PDF".encode()), "corrupt")
    _refused(write(tmp_path / "hong.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"), "corrupt")


def test_html_without_an_article(tmp_path):
    _refused(write(tmp_path / "trang-chu.html", menu_only_page().encode()), "no_article")


def test_missing_file(tmp_path):
    _refused(tmp_path / "khong-co.txt", "missing")

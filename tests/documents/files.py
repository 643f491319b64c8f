"""Real files of every accepted format (and some refused ones), built by the tests themselves.

The PDFs are written by hand: a page of text in a standard font with a ToUnicode map (so any
Vietnamese letter can be extracted, as from a PDF exported by a word processor), and a page that
holds only an image (a scan). No PDF library is needed.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx

ARTICLE = (
    "Năm 2019, tỉnh đã tổ chức 19 đoàn/58 lượt cán bộ đi công tác nước ngoài.\n"
    "Tỉnh ký kết bản ghi nhớ hợp tác với tỉnh Chămpasắc (Lào) về giáo dục và y tế."
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] = (), title: str | None = None) -> bytes:  # type: ignore[assignment]
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for text in after:
        document.add_paragraph(text)
    if title:
        document.core_properties.title = title
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(objects: list[bytes]) -> bytes:
    """Assemble numbered objects (1…n, object 1 the catalogue) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(content: bytes, extra: str = "") -> bytes:
    return f"<< /Length {len(content)} {extra}>>\nstream\n".encode() + content + b"\nendstream"


def pdf_with_text(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (any Unicode letters, via a ToUnicode map)."""
    chars = sorted({ch for line in lines for ch in line})
    assert len(chars) < 255
    code = {ch: i + 1 for i, ch in enumerate(chars)}
    entries = [f"<{code[ch]:02X}> <{ord(ch):04X}>" for ch in chars]
    blocks = []
    for i in range(0, len(entries), 100):
        chunk = entries[i:i + 100]
        blocks.append(f"{len(chunk)} beginbfchar\n" + "\n".join(chunk) + "\nendbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + "\n".join(blocks) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        ops.append("<" + "".join(f"{code[ch]:02X}" for ch in line) + "> Tj T*")
    ops.append("ET")
    content = "\n".join(ops).encode()
    widths = " ".join("500" for _ in range(255))
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(content),
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 1 /LastChar 255 /Widths [{widths}] /ToUnicode 6 0 R >>".encode(),
        _stream(cmap),
    ])


def pdf_image_only() -> bytes:
    """A one-page PDF holding a single grey image and no text: what a scanner produces."""
    pixels = bytes([0x80] * 16)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
        _stream(b"q 400 0 0 600 100 100 cm /Im1 Do Q"),
        _stream(pixels, "/Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray /BitsPerComponent 8 "),
    ])


def news_page(article_paragraphs: list[str]) -> str:
    nav = "".join(f'<li><a href="/muc-{i}">Chuyên mục {i}</a></li>' for i in range(1, 12))
    body = "".join(f"<p>{p}</p>" for p in article_paragraphs)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Hợp tác quốc tế năm 2019 - Báo tỉnh</title></head>
<body>
<header><div class="logo">Báo điện tử tỉnh</div><nav><ul>{nav}</ul></nav></header>
<div class="main"><article><h1>Hợp tác quốc tế năm 2019</h1>{body}</article></div>
<aside><h3>Tin đọc nhiều</h3><ul><li><a href="/x">Giá vàng hôm nay tăng mạnh</a></li>
<li><a href="/y">Thời tiết cuối tuần</a></li></ul></aside>
<footer><p>Bản quyền thuộc về Báo điện tử tỉnh. Giấy phép số 123/GP-BTTTT.</p>
<p>Liên hệ quảng cáo: 0123 456 789</p></footer>
</body></html>"""


def menu_only_page() -> str:
    nav = "".join(f'<li><a href="/muc-{i}">Chuyên mục {i}</a></li>' for i in range(1, 12))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Trang chủ</title></head>
<body><nav><ul>{nav}</ul></nav><footer><a href="/lien-he">Liên hệ</a></footer></body></html>"""


_TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258_bytes(text: str) -> bytes:
    """Text as Windows-1258 writes it: base letters precomposed (ă, ơ, ư…), tone marks as combining
    characters where the code page has no precomposed letter (ấ = â + U+0301)."""
    import unicodedata

    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
            out += base.encode("cp1258") + "".join(c for c in decomposed if c in _TONES).encode("cp1258")
    return bytes(out)

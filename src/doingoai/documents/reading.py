"""Reading a source file into NFC text: plain text, DOCX, PDF with a text layer, HTML news pages.

The format is decided by the content (magic bytes) as well as the name: a PDF renamed `.txt` is
still read as a PDF, and a file named `.pdf` that is not one is refused rather than read as text.
Plain text may be UTF-8 (with or without BOM), UTF-16/UTF-32 with a BOM, or Windows-1258 (cp1258,
the Vietnamese Windows code page, recognised when the bytes are not UTF-8 but decode into
Vietnamese letters). cp1258 writes tone marks as separate combining characters, so every text is
NFC-normalised after decoding; offsets of evidence passages index the resulting `text`.

Plain text is kept exactly as decoded (line endings included), so the offsets the extraction
pipeline computes on a `.txt` file are the same whether it read the file or the stored text.

Every failure is a `ReadError` naming the file, in Vietnamese and English.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from doingoai.errors import DomainError
from doingoai.text import nfc

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_MB = 1024 * 1024


class ReadError(DomainError):
    """A file that cannot become a document; `reason` is a stable code (empty, binary, encoding…)."""

    def __init__(self, filename: str, reason: str, vi: str, en: str) -> None:
        self.reason = reason
        super().__init__("document_unreadable", field="file", filename=filename, reason_vi=vi, reason_en=en)


class TooLarge(ReadError):
    def __init__(self, filename: str, size: int, limit_mb: int) -> None:
        self.reason = "too_large"
        DomainError.__init__(self, "document_too_large", field="file", filename=filename,
                             size_mb=_mb(size), limit=limit_mb)


def _mb(size: int) -> str:
    return f"{size / _MB:.1f}".replace(".", ",")


@dataclass(frozen=True)
class ReadResult:
    filename: str
    text: str  # NFC
    media_type: str
    encoding: str | None  # of a text or HTML file: utf-8, utf-16, utf-32, cp1258
    data: bytes = field(repr=False)  # the original bytes, as received
    title: str | None = None  # from the file's own metadata (DOCX properties, HTML title)

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def limit_bytes(max_mb: int | None = None) -> int:
    if max_mb is None:
        from doingoai.settings import get_settings

        max_mb = get_settings().max_upload_mb
    return max_mb * _MB


def read_document(path: Path | str, *, max_mb: int | None = None) -> ReadResult:
    """Read a file from disk. The size limit is checked before the file is loaded."""
    path = Path(path)
    limit = limit_bytes(max_mb)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReadError(path.name, "not_a_file", "không phải một tệp", "not a regular file")
        if size > limit:
            raise TooLarge(path.name, size, limit // _MB)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(str(path), "missing", "không có tệp này", "no such file") from None
    except PermissionError:
        raise ReadError(str(path), "permission", "không có quyền đọc tệp", "permission denied") from None
    except IsADirectoryError:
        raise ReadError(str(path), "not_a_file", "là một thư mục", "is a directory") from None
    return read_bytes(data, path.name, max_mb=limit // _MB)


def read_bytes(data: bytes, filename: str, *, max_mb: int | None = None) -> ReadResult:
    """Read a file's bytes (an upload): detect the format, extract and normalise the text."""
    limit = limit_bytes(max_mb)
    if len(data) > limit:
        raise TooLarge(filename, len(data), limit // _MB)
    if not data:
        raise ReadError(filename, "empty", "tệp rỗng (0 byte)", "the file is empty (0 bytes)")
    kind = _sniff(data, filename)
    if kind == "pdf":
        return _read_pdf(data, filename)
    if kind == "docx":
        return _read_docx(data, filename)
    text, encoding = _decode(data, filename)
    if kind == "html" or _looks_like_html(text):
        return _read_html(data, text, encoding, filename)
    text = nfc(text)
    _require_text(text, filename)
    return ReadResult(filename, text, TEXT, encoding, data)


# ------------------------------------------------------------------ sniffing
_BINARY_MAGIC = {
    b"\x89PNG": ("ảnh PNG", "a PNG image"),
    b"\xff\xd8\xff": ("ảnh JPEG", "a JPEG image"),
    b"GIF8": ("ảnh GIF", "a GIF image"),
    b"II*\x00": ("ảnh TIFF", "a TIFF image"),
    b"MM\x00*": ("ảnh TIFF", "a TIFF image"),
    b"\xd0\xcf\x11\xe0": ("tệp Office 97–2003 (.doc/.xls); hãy lưu lại dạng .docx",
                          "an Office 97–2003 file (.doc/.xls); save it as .docx"),
    b"\x7fELF": ("tệp chương trình", "an executable"),
    b"\x1f\x8b": ("tệp nén gzip", "a gzip archive"),
    b"Rar!": ("tệp nén RAR", "a RAR archive"),
    b"7z\xbc\xaf": ("tệp nén 7z", "a 7z archive"),
    b"{\\rtf": ("tệp RTF; hãy lưu lại dạng .docx", "an RTF file; save it as .docx"),
}


def _sniff(data: bytes, filename: str) -> str:
    """'pdf', 'docx', 'html' or 'text' — by content first, the name second."""
    suffix = Path(filename).suffix.lower()
    head = data[:8]
    if data[:1024].lstrip().startswith(b"%PDF-") or head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return "docx"
        raise ReadError(filename, "unsupported", "tệp nén ZIP không phải văn bản Word (.docx)",
                        "a ZIP archive that is not a Word document (.docx)")
    for magic, (vi, en) in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise ReadError(filename, "binary", f"định dạng không hỗ trợ: {vi}", f"unsupported format: {en}")
    if suffix == ".pdf":
        raise ReadError(filename, "corrupt", "tên tệp là .pdf nhưng nội dung không phải PDF (hỏng hoặc đổi tên?)",
                        "named .pdf but the content is not a PDF (damaged or renamed?)")
    if suffix in (".docx", ".docm"):
        raise ReadError(filename, "corrupt", "tên tệp là .docx nhưng nội dung không phải văn bản Word (hỏng hoặc đổi tên?)",
                        "named .docx but the content is not a Word document (damaged or renamed?)")
    if suffix == ".doc":
        raise ReadError(filename, "unsupported", "tệp .doc (Word 97–2003) không được hỗ trợ; hãy lưu lại dạng .docx",
                        ".doc (Word 97–2003) is not supported; save it as .docx")
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    return "text"


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


# ------------------------------------------------------------------ decoding
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
# C0 control characters that never occur in text (tab, line feed, form feed, carriage return and
# escape excepted): a file with them is binary.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def _vietnamese_letters() -> frozenset[str]:
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = {"đ", "Đ"}
    for vowel in "aăâeêioôơuưy":
        for tone in tones:
            letters.add(unicodedata.normalize("NFC", vowel + tone))
            letters.add(unicodedata.normalize("NFC", vowel.upper() + tone))
    return frozenset(letters)


VIETNAMESE_LETTERS = _vietnamese_letters()
# Letters only Vietnamese uses among the Latin scripts cp1258 could otherwise be mistaken for.
_VIETNAMESE_ONLY = frozenset(ch for ch in VIETNAMESE_LETTERS
                             if ch not in "àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), name
            except UnicodeDecodeError:
                raise ReadError(filename, "encoding", f"có dấu BOM {name.upper()} nhưng nội dung không đúng mã đó",
                                f"has a {name.upper()} byte-order mark but does not decode as {name.upper()}") from None
    if b"\x00" in data or len(_CONTROL.findall(data[:65536])) > 8:
        raise ReadError(filename, "binary",
                        "tệp nhị phân, không phải văn bản (chứa byte NUL/ký tự điều khiển) và không thuộc định dạng được hỗ trợ",
                        "a binary file, not text (contains NUL/control bytes) and not a supported format")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        codec = declared.group(1).decode("ascii").lower()
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass
    text = _as_cp1258(data)
    if text is not None:
        return text, "cp1258"
    raise ReadError(filename, "encoding",
                    "không nhận ra bảng mã (chỉ hỗ trợ Unicode UTF-8/UTF-16 và Windows-1258; "
                    "tệp TCVN3/VNI cần chuyển sang Unicode trước)",
                    "undetectable encoding (supported: Unicode UTF-8/UTF-16 and Windows-1258; "
                    "convert TCVN3/VNI files to Unicode first)")


def _as_cp1258(data: bytes) -> str | None:
    """The text if the bytes read as Vietnamese in Windows-1258, else None."""
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ord(ch) > 127 and ch.isalpha()]
    vietnamese = [ch for ch in letters if ch in VIETNAMESE_LETTERS]
    stray_marks = sum(1 for ch in text if unicodedata.combining(ch))  # a tone mark that composed with nothing
    if not any(ch in _VIETNAMESE_ONLY for ch in vietnamese):
        return None
    if len(vietnamese) < 0.9 * len(letters) or stray_marks > 0.02 * len(vietnamese) + 1:
        return None
    return text


def _require_text(text: str, filename: str) -> None:
    if not text.strip():
        raise ReadError(filename, "no_text", "tệp không có chữ nào (chỉ có khoảng trắng)",
                        "the file has no text (only blank space)")


# ------------------------------------------------------------------- formats
def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith("<!doctype html") or head.startswith("<html")


def _read_html(data: bytes, text: str, encoding: str, filename: str) -> ReadResult:
    import trafilatura

    # trafilatura reports pages it cannot parse through logging; the error below says it plainly.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    found = trafilatura.bare_extraction(text, include_comments=False, include_tables=True, with_metadata=True)
    article = (found.text if found is not None else None) or ""
    if not _has_prose(article, text):
        raise ReadError(filename, "no_article",
                        "trang HTML không có bài viết (chỉ có menu, liên kết, phần chung của trang)",
                        "the HTML page has no article (only menus, links and page furniture)")
    title = getattr(found, "title", None)
    return ReadResult(filename, nfc(article), HTML, encoding, data, nfc(title) if title else None)


def _has_prose(article: str, html: str) -> bool:
    """Some line of the extracted text is prose, not the label of a link (a menu-only page gives
    trafilatura nothing better than its menu)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
        links = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    except (ValueError, lxml.etree.ParserError):
        links = set()
    for line in article.splitlines():
        line = " ".join(line.split())
        if line and line not in links and len(line.split()) >= 5:
            return True
    return False


def _read_docx(data: bytes, filename: str) -> ReadResult:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(filename, "corrupt", f"văn bản Word bị hỏng ({exc})", f"damaged Word document ({exc})") from None
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(_table_lines(block))
        else:
            blocks.append(block.text)
    text = nfc("\n".join(blocks).strip("\n"))
    _require_text(text, filename)
    title = document.core_properties.title or None
    return ReadResult(filename, text, DOCX, None, data, nfc(title) if title else None)


def _table_lines(table) -> list[str]:  # type: ignore[no-untyped-def]
    """One line per row, cells separated by tabs; a merged cell is written once."""
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text for p in cell.paragraphs).strip())
        lines.append("\t".join(cells))
    return lines


def _read_pdf(data: bytes, filename: str) -> ReadResult:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(filename, "encrypted", "PDF có mật khẩu", "the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(filename, "corrupt", f"PDF bị hỏng ({exc})", f"damaged PDF ({exc})") from None
    text = nfc("\n\n".join(p.strip("\n") for p in pages).strip())
    if not text.strip():
        raise ReadError(filename, "no_text_layer",
                        "PDF không có lớp chữ (bản quét?) — cần nhận dạng chữ (OCR) trước",
                        "the PDF has no text layer (scanned?) — run OCR on it first")
    return ReadResult(filename, text, PDF, None, data)

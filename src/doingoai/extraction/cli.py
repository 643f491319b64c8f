"""`doingoai extract FILE...`: print one JSON object per file (JSON Lines), nothing else on stdout.

A file that cannot be read or processed gets a message naming it on stderr; the other files are
still processed and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from doingoai.cli import command, say
from doingoai.settings import Settings


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="Tệp văn bản (txt, docx, pdf, html) / documents to read")


def read_text(path: str) -> str:
    """The document's NFC text: through the documents reader when it exists, else UTF-8 text."""
    try:
        from doingoai.documents.reading import read_document
    except ModuleNotFoundError as exc:
        if exc.name != "doingoai.documents.reading":
            raise
        from doingoai.text import nfc

        return nfc(Path(path).read_text(encoding="utf-8-sig"))
    return read_document(path).text


def _reason(exc: Exception) -> tuple[str, str]:
    vi = getattr(exc, "message_vi", None)
    en = getattr(exc, "message_en", None)
    if vi and en:
        return vi, en
    if isinstance(exc, FileNotFoundError):
        return "không có tệp này", "no such file"
    if isinstance(exc, IsADirectoryError):
        return "là một thư mục", "is a directory"
    if isinstance(exc, PermissionError):
        return "không có quyền đọc tệp", "permission denied"
    if isinstance(exc, UnicodeDecodeError):
        return "không đọc được mã ký tự (cần UTF-8)", "cannot decode the text (UTF-8 expected)"
    return f"{type(exc).__name__}: {exc}", f"{type(exc).__name__}: {exc}"


@command("extract", "Trích xuất thông tin đối ngoại từ văn bản (JSON Lines) / extract foreign-affairs data "
         "from documents (JSON Lines)", _arguments)
def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from doingoai.extraction.output import to_contract
    from doingoai.extraction.pipeline import extract

    if (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "") != "utf8":
        try:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    failed = 0
    for source in args.files:
        try:
            text = read_text(source)
        except Exception as exc:  # noqa: BLE001 — every unreadable file is reported, the rest go on
            vi, en = _reason(exc)
            named = Path(source).name in vi
            say(f"Lỗi: {vi}" if named else f"Lỗi: không đọc được {source}: {vi}",
                f"Error: {en}" if named else f"Error: cannot read {source}: {en}", args.lang, err=True)
            failed += 1
            continue
        try:
            result = to_contract(extract(text, source))
        except Exception as exc:  # noqa: BLE001 — one bad document must not stop the others
            say(f"Lỗi: không trích xuất được {source}: {type(exc).__name__}: {exc}",
                f"Error: extraction failed for {source}: {type(exc).__name__}: {exc}", args.lang, err=True)
            failed += 1
            continue
        print(json.dumps(result, ensure_ascii=False), flush=False)
    sys.stdout.flush()
    return 1 if failed else 0

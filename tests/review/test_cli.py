"""`doingoai ingest` and `doingoai review`, run in-process on a temporary SQLite database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from doingoai.cli import main
from doingoai.settings import get_settings
from tests.documents.files import ARTICLE, cp1258_bytes, docx_bytes
from tests.review.helpers import REPORT


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    monkeypatch.setenv("DOINGOAI_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("DOINGOAI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DOINGOAI_LANGUAGE", "vi")
    get_settings.cache_clear()
    assert main(["init"]) == 0
    capsys.readouterr()
    yield tmp_path
    get_settings.cache_clear()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _proposals(capsys: pytest.CaptureFixture[str], *extra: str) -> list[list[str]]:
    code, out, _ = run(capsys, "review", "list", *extra)
    assert code == 0
    return [line.split("\t") for line in out.splitlines()]


def test_ingest_stores_good_files_and_reports_the_bad_one(cli: Path, capsys):
    good = cli / "bao-cao.txt"
    good.write_text(REPORT, encoding="utf-8")
    old = cli / "cu.txt"
    old.write_bytes(cp1258_bytes(ARTICLE))
    bad = cli / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    news = cli / "tin.docx"
    news.write_bytes(docx_bytes(ARTICLE.split("\n")))

    code, out, err = run(capsys, "ingest", str(good), str(bad), str(old), str(news), "--province", "68", "--kind", "report")
    assert code == 1  # one file failed
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [str(good), str(old), str(news)]
    assert all("văn bản #" in line and "đề xuất" in line for line in lines)
    assert str(bad) in err and "hong.pdf" in err and "PDF" in err
    stored = sorted(p.name for p in (cli / "data" / "documents").rglob("*") if p.is_file())
    assert stored == sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, old, news))

    # again: nothing new, said plainly
    code, out, err = run(capsys, "ingest", str(good), "--province", "68")
    assert code == 0 and out.rstrip().endswith("đã có") and err == ""
    count = len(_proposals(capsys))
    assert _proposals(capsys, "--status", "pending") and len(_proposals(capsys, "--status", "pending")) == count


def test_review_commands(cli: Path, capsys):
    good = cli / "bao-cao.txt"
    good.write_text(REPORT, encoding="utf-8")
    assert run(capsys, "ingest", str(good), "--province", "68")[0] == 0
    rows = _proposals(capsys)
    assert len(rows) >= 2, "the extraction proposed (almost) nothing from the report"
    first, second = rows[0][0], rows[-1][0]

    code, out, _ = run(capsys, "review", "show", first)
    assert code == 0 and f"#{first}" in out and "«" in out

    code, out, err = run(capsys, "review", "reject", first, "--note", "Không liên quan")
    assert code == 0 and "từ chối" in out
    assert _proposals(capsys, "--status", "rejected")[0][0] == first
    code, out, err = run(capsys, "review", "approve", first)
    assert code == 1 and "rejected" in err  # a decision is final; the message says why

    code, out, _ = run(capsys, "review", "needs-info", second, "--note", "Cần ngày cụ thể")
    assert code == 0
    assert _proposals(capsys, "--status", "needs_info")[0][0] == second

    code, _, err = run(capsys, "review", "approve", second, "--edits", "{không phải JSON")
    assert code == 1 and "edits" in err

    code, _, err = run(capsys, "review", "list", "--user", "khong-ai")
    assert code == 1 and "khong-ai" in err


def test_a_user_acts_in_their_own_province(cli: Path, capsys):
    assert run(capsys, "user", "add", "canbo", "--full-name", "Cán bộ", "--role", "officer", "--province", "68",
               "--password", "mat-khau-du-dai-123")[0] == 0
    report = cli / "bao-cao.txt"
    report.write_text(REPORT, encoding="utf-8")
    # the system actor works for every province, so it must be told which
    code, out, err = run(capsys, "ingest", str(report))
    assert code == 1 and "bao-cao.txt" in err and "province_code" in err
    code, out, err = run(capsys, "ingest", str(report), "--user", "canbo")
    assert code == 0, err
    code, out, err = run(capsys, "--lang", "en", "ingest", str(report), "--user", "canbo", "--province", "01")
    assert code == 1 and "another province" in err

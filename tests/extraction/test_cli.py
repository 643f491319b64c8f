"""`doingoai extract` in process: JSON Lines on stdout, one object per file, errors on stderr."""

from __future__ import annotations

import json

from doingoai import cli

TEXT = "Đoàn Hàn Quốc thăm Bắc Ninh\nSáng nay, UBND tỉnh Bắc Ninh tiếp đoàn doanh nghiệp Hàn Quốc."


def test_one_json_object_per_file_in_order(tmp_path, capsys):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(TEXT, encoding="utf-8")
    second.write_text("Tin trong nước.", encoding="utf-8")
    assert cli.main(["extract", str(first), str(second)]) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert len(lines) == 2 and out.err == ""
    a, b = (json.loads(line) for line in lines)
    assert a["source"] == str(first) and b["source"] == str(second)
    assert [c["code"] for c in a["countries"]] == ["KR"]
    assert a["countries"][0]["mentions"][0] == [TEXT.index("Hàn Quốc"), TEXT.index("Hàn Quốc") + 8]
    assert a["province"] == {"name": "Bắc Ninh", "code": "27"}
    assert b["countries"] == [] and b["province"] is None


def test_an_unreadable_file_is_named_on_stderr_and_the_others_still_run(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    assert cli.main(["extract", str(missing), str(good)]) == 1
    out = capsys.readouterr()
    assert "missing.txt" in out.err
    [line] = out.out.splitlines()
    assert json.loads(line)["source"] == str(good)


def test_messages_in_english(tmp_path, capsys):
    assert cli.main(["--lang", "en", "extract", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert "nope.txt" in err and err.startswith("Error")

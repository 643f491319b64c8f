"""Documents through the HTTP API: upload (store, extract, propose), the same file twice, refusals,
list and search, text and original, edit, delete, rights. On SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
from pathlib import Path

from tests.documents.files import (
    ARTICLE,
    cp1258_bytes,
    docx_bytes,
    menu_only_page,
    news_page,
    pdf_image_only,
    pdf_with_text,
)

NEWS = [
    "Ngày 12/3/2019, đoàn công tác của tỉnh do đồng chí Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh "
    "Chămpasắc, Lào. Hai bên đã ký kết bản ghi nhớ hợp tác về giáo dục và y tế.",
    "Dịp này, tỉnh Chămpasắc cũng trao tặng 20 suất học bổng cho sinh viên của tỉnh.",
]


def upload(client, name: str, data: bytes, **form: str):  # type: ignore[no-untyped-def]
    return client.post("/api/documents", files={"file": (name, data)}, data=form)


def stored_files(data_dir: Path) -> list[Path]:
    root = data_dir / "documents"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_upload_keeps_the_original_and_the_nfc_text(officer, settings):
    data = cp1258_bytes(ARTICLE)
    response = upload(officer, "bao-cao-2019.txt", data, kind="report", title="Báo cáo năm 2019")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True
    assert body["proposals_created"] == len(body["proposals"])
    doc = body["document"]
    sha = hashlib.sha256(data).hexdigest()
    assert (doc["filename"], doc["kind"], doc["title"]) == ("bao-cao-2019.txt", "report", "Báo cáo năm 2019")
    assert (doc["media_type"], doc["encoding"], doc["size"], doc["sha256"]) == ("text/plain", "cp1258", len(data), sha)
    assert doc["text_length"] == len(ARTICLE) and doc["province_code"] == "68"

    # the bytes as received, under documents/<sha[:2]>/<sha>, nothing half-written beside them
    assert stored_files(settings.data_dir) == [settings.data_dir / "documents" / sha[:2] / sha]
    assert (settings.data_dir / "documents" / sha[:2] / sha).read_bytes() == data

    text = officer.get(f"/api/documents/{doc['id']}/text")
    assert text.status_code == 200 and text.text == ARTICLE
    assert text.headers["content-type"].startswith("text/plain")
    original = officer.get(f"/api/documents/{doc['id']}/original")
    assert original.status_code == 200 and original.content == data
    assert "bao-cao-2019.txt" in original.headers["content-disposition"]

    # every proposal quotes the text it rests on
    for item in officer.get("/api/review/proposals", params={"document_id": doc["id"]}).json()["items"]:
        assert ARTICLE[item["start"]:item["end"]] == item["quote"]


def test_the_same_file_again_creates_nothing_new(officer, client_for, settings):
    data = docx_bytes(NEWS, title="Tin hợp tác với Chămpasắc")
    first = upload(officer, "tin.docx", data)
    assert first.status_code == 201, first.text
    proposals = officer.get("/api/review/proposals").json()["total"]
    assert proposals == first.json()["proposals_created"]

    again = upload(officer, "tin-ban-sao.docx", data, title="Tên khác")
    assert again.status_code == 200, again.text
    body = again.json()
    assert body["created"] is False and body["proposals_created"] == 0
    assert body["document"]["id"] == first.json()["document"]["id"]
    assert body["document"]["filename"] == "tin.docx"  # the stored document, unchanged
    assert officer.get("/api/documents").json()["total"] == 1
    assert officer.get("/api/review/proposals").json()["total"] == proposals

    # another province keeps its own document; the bytes are stored once
    other = client_for("officer", "01")
    theirs = upload(other, "tin.docx", data)
    assert theirs.status_code == 201 and theirs.json()["document"]["id"] != first.json()["document"]["id"]
    assert len(stored_files(settings.data_dir)) == 1


def test_unreadable_files_are_refused_naming_them_and_nothing_is_stored(officer, settings):
    cases = [
        ("rong.txt", b""),
        ("nhi-phan.bin", bytes(range(256)) * 4),
        ("phap.txt", "Coopération décentralisée, très naïve façon".encode("latin-1")),
        ("ban-quet.pdf", pdf_image_only()),
        ("trang-chu.html", menu_only_page().encode()),
    ]
    for name, data in cases:
        response = upload(officer, name, data)
        assert response.status_code == 422, (name, response.text)
        error = response.json()["error"]
        assert error["code"] == "document_unreadable" and error["field"] == "file"
        assert name in error["message_vi"] and name in error["message_en"]
    settings.max_upload_mb = 1
    too_large = upload(officer, "lon.txt", ("Hợp tác quốc tế. " * 70_000).encode())
    assert too_large.status_code == 413 and too_large.json()["error"]["code"] == "document_too_large"
    assert "lon.txt" in too_large.json()["error"]["message_vi"]
    assert officer.get("/api/documents").json()["total"] == 0
    assert stored_files(settings.data_dir) == []


def test_list_search_and_filters(officer):
    upload(officer, "bao-cao-nam.docx", docx_bytes(["Báo cáo tổng kết công tác đối ngoại."]), kind="report",
           title="Báo cáo tổng kết năm 2019")
    upload(officer, "tin.html", news_page(NEWS).encode(), kind="news", source_url="https://baotinh.vn/tin/1")
    upload(officer, "ke-hoach.pdf", pdf_with_text(["Kế hoạch đón đoàn Hàn Quốc năm 2020"]), kind="plan")

    assert officer.get("/api/documents").json()["total"] == 3
    news = officer.get("/api/documents", params={"kind": "news"}).json()["items"]
    assert [d["title"] for d in news] == ["Hợp tác quốc tế năm 2019"]  # the page's own title
    assert news[0]["source_url"] == "https://baotinh.vn/tin/1" and news[0]["media_type"] == "text/html"
    # q: title and file name, diacritics-insensitive
    assert [d["filename"] for d in officer.get("/api/documents", params={"q": "bao cao TONG KET"}).json()["items"]] \
        == ["bao-cao-nam.docx"]
    # fulltext: every word in the text
    found = officer.get("/api/documents", params={"fulltext": "han quoc 2020"}).json()["items"]
    assert [d["filename"] for d in found] == ["ke-hoach.pdf"]
    assert officer.get("/api/documents", params={"fulltext": "champasac hoc bong"}).json()["total"] == 1
    assert officer.get("/api/documents", params={"sort": "text"}).status_code == 422


def test_edit_and_delete(officer, settings):
    doc = upload(officer, "tin.txt", ARTICLE.encode()).json()["document"]
    changed = officer.patch(f"/api/documents/{doc['id']}", json={"version": 1, "title": "Tin đoàn ra",
                                                                  "published_on": "2019-03-13"})
    assert changed.status_code == 200, changed.text
    assert (changed.json()["title"], changed.json()["version"]) == ("Tin đoàn ra", 2)
    assert officer.patch(f"/api/documents/{doc['id']}", json={"version": 1, "title": "X"}).status_code == 409
    refused = officer.patch(f"/api/documents/{doc['id']}", json={"version": 2, "text": "khác"})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "text"  # the text is what was read

    history = officer.get(f"/api/documents/{doc['id']}/history").json()
    actions = [e["action"] for e in history]
    assert actions[0] == "create" and actions[-1] == "update"  # an "extract" event between them if proposals came
    assert "text" not in history[0]["changes"]["after"]  # the trail describes the document, not its text
    assert history[0]["changes"]["after"]["text_length"] == len(ARTICLE)

    assert officer.delete(f"/api/documents/{doc['id']}", params={"version": 2}).status_code == 204
    assert officer.get(f"/api/documents/{doc['id']}").status_code == 404
    assert officer.get("/api/review/proposals").json()["total"] == 0
    assert stored_files(settings.data_dir) == []  # the original went once the deletion was committed


def test_rights_and_provinces(officer, client_for):
    doc = upload(officer, "tin.txt", ARTICLE.encode()).json()["document"]
    guest = client_for("guest", "68")
    assert guest.get(f"/api/documents/{doc['id']}").status_code == 200
    assert upload(guest, "khac.txt", "Tin khác về hợp tác".encode()).status_code == 403

    other = client_for("officer", "01")
    assert other.get("/api/documents").json()["total"] == 0
    for path in ("", "/text", "/original"):
        assert other.get(f"/api/documents/{doc['id']}{path}").status_code == 403
    assert other.delete(f"/api/documents/{doc['id']}").status_code == 403

    ministry = client_for("officer", None)
    needs_province = upload(ministry, "bo.txt", "Tin của Bộ về hợp tác".encode())
    assert needs_province.status_code == 422 and needs_province.json()["error"]["field"] == "province_code"
    placed = upload(ministry, "bo.txt", "Tin của Bộ về hợp tác".encode(), province_code="01")
    assert placed.status_code == 201 and placed.json()["document"]["province_code"] == "01"
    assert ministry.get("/api/documents").json()["total"] == 2

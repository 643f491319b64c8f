"""Agreements through the HTTP API, on SQLite and PostgreSQL: records, rules, lifecycle, links, filters."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from itertools import count

import pytest

TODAY = date.today()
_docs = count(1)

CHAMPASAK = {"kind": "foreign_locality", "name_vi": "Tỉnh Chămpasắc", "country_code": "LA", "subdivision_code": "LA-CH"}
GYEONGGI = {"kind": "foreign_locality", "name_vi": "Tỉnh Gyeonggi", "country_code": "KR"}


def iso(d: date) -> str:
    return d.isoformat()


def make_partner(client, payload=CHAMPASAK) -> int:  # type: ignore[no-untyped-def]
    response = client.post("/api/partners", json=payload)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def make_document(db, province: str = "68") -> int:  # type: ignore[no-untyped-def]
    from doingoai.documents.models import Document

    n = next(_docs)
    doc = Document(province_code=province, filename=f"mou-{n}.pdf", media_type="application/pdf", size=100,
                   sha256=hashlib.sha256(str(n).encode()).hexdigest(), storage_path=f"docs/{n}.pdf")
    db.add(doc)
    db.flush()
    return doc.id


def mou(partner_id: int | None = None, **fields):  # type: ignore[no-untyped-def]
    """A province-level MOU in force, signed three years ago for five years."""
    signed = TODAY.replace(day=1) - timedelta(days=3 * 365)
    body = {
        "kind": "mou",
        "title": "Bản ghi nhớ hợp tác giữa UBND tỉnh Lâm Đồng và Chính quyền tỉnh Chămpasắc",
        "title_en": "Memorandum of understanding between Lam Dong and Champasak",
        "number": "01/2023/BGN",
        "signing_body": "UBND tỉnh Lâm Đồng",
        "signing_level": "province",
        "status": "in_force",
        "signed_on": iso(signed),
        "effective_on": iso(signed),
        "expires_on": iso(signed + timedelta(days=5 * 365)),
        "signed_place": "Đà Lạt",
        "languages": ["vi", "LO"],
        "fields": ["giáo dục", "y tế", "nông nghiệp"],
        "legal_basis": "Luật Thỏa thuận quốc tế số 70/2020/QH14",
        "parties": [{"partner_id": partner_id} if partner_id else {"name": "Chính quyền tỉnh Chămpasắc",
                                                                   "country_code": "LA"}],
        "signatories": [
            {"side": "vietnamese", "name": "Trần Văn A", "title": "Chủ tịch UBND tỉnh"},
            {"side": "foreign", "name": "Vilay Phommachanh", "title": "Tỉnh trưởng"},
        ],
        "commitments": [
            {"description": "Trao đổi đoàn cấp tỉnh hằng năm", "responsible_department": "Sở Ngoại vụ",
             "due_on": iso(TODAY + timedelta(days=200))},
            {"description": "Tiếp nhận 20 lưu học sinh Lào", "responsible_department": "Sở Giáo dục và Đào tạo",
             "due_on": iso(TODAY - timedelta(days=30)), "status": "in_progress", "progress": 40},
        ],
    }
    body.update(fields)
    return body


def draft(**fields):  # type: ignore[no-untyped-def]
    body = {"kind": "cooperation_agreement", "title": "Thỏa thuận hợp tác về du lịch", "signing_body": "Sở Du lịch",
            "signing_level": "department"}
    body.update(fields)
    return body


def move(client, aid: int, status: str, version: int, **extra):  # type: ignore[no-untyped-def]
    return client.post(f"/api/agreements/{aid}/status", json={"status": status, "version": version, **extra})


# --------------------------------------------------------------------------------------- records
def test_create_read_update_delete(officer):
    pid = make_partner(officer)
    created = officer.post("/api/agreements", json=mou(pid))
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["province_code"] == "68" and body["version"] == 1 and body["status"] == "in_force"
    # a party named only by its partner record takes the partner's name and country
    assert body["parties"] == [{"id": body["parties"][0]["id"], "partner_id": pid, "name": "Tỉnh Chămpasắc",
                                "country_code": "LA", "role": "party"}]
    assert body["languages"] == ["vi", "lo"]
    assert [s["side"] for s in body["signatories"]] == ["vietnamese", "foreign"]
    assert body["next_statuses"] == ["expired", "terminated", "suspended"]
    aid = body["id"]
    assert officer.get(f"/api/agreements/{aid}").json()["title"] == mou()["title"]

    updated = officer.patch(f"/api/agreements/{aid}", json={"version": 1, "summary": "Hợp tác toàn diện"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2 and updated.json()["summary"] == "Hợp tác toàn diện"

    assert officer.delete(f"/api/agreements/{aid}", params={"version": 2}).status_code == 204
    assert officer.get(f"/api/agreements/{aid}").status_code == 404


def test_succession_after_the_2025_reorganisation(officer):
    """Decree 177/2025: the original signing body is kept; the current responsible body is recorded."""
    body = mou(signing_body="UBND huyện Đức Trọng", signing_level="other", responsible_body="UBND tỉnh Lâm Đồng",
               responsible_since="2025-07-01",
               succession_notes="Huyện Đức Trọng chấm dứt hoạt động từ 01/07/2025; UBND tỉnh kế thừa (NĐ 177/2025).")
    created = officer.post("/api/agreements", json=body).json()
    assert (created["signing_body"], created["responsible_body"]) == ("UBND huyện Đức Trọng", "UBND tỉnh Lâm Đồng")
    assert officer.get("/api/agreements", params={"q": "duc trong"}).json()["total"] == 1
    too_early = officer.post("/api/agreements", json={**body, "responsible_since": "2001-01-01"})
    assert too_early.status_code == 422 and too_early.json()["error"]["field"] == "responsible_since"


def test_every_write_is_audited(officer):
    aid = officer.post("/api/agreements", json=draft()).json()["id"]
    officer.patch(f"/api/agreements/{aid}", json={"version": 1, "title_en": "Tourism cooperation agreement"})
    move(officer, aid, "consulting", 2, note="Gửi Bộ Ngoại giao xin ý kiến")
    history = officer.get(f"/api/agreements/{aid}/history").json()
    assert [e["action"] for e in history] == ["create", "update", "status"]
    assert history[1]["changes"]["title_en"] == [None, "Tourism cooperation agreement"]
    assert history[2]["changes"] == {"status": ["draft", "consulting"], "on": iso(TODAY),
                                     "note": "Gửi Bộ Ngoại giao xin ý kiến"}
    assert {e["actor_name"] for e in history} == {officer.user.username}


def test_second_editor_gets_a_conflict(officer):
    aid = officer.post("/api/agreements", json=draft()).json()["id"]
    assert officer.patch(f"/api/agreements/{aid}", json={"version": 1, "notes": "Người thứ nhất"}).status_code == 200
    second = officer.patch(f"/api/agreements/{aid}", json={"version": 1, "notes": "Người thứ hai"})
    assert second.status_code == 409 and second.json()["error"]["code"] == "conflict_version"
    stale = move(officer, aid, "consulting", 1)
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict_version"
    current = officer.get(f"/api/agreements/{aid}").json()
    assert (current["notes"], current["status"], current["version"]) == ("Người thứ nhất", "draft", 2)


# ------------------------------------------------------------------------------------- lifecycle
def test_lifecycle_from_draft_to_termination_with_history(officer):
    created = officer.post("/api/agreements", json=draft()).json()
    aid = created["id"]
    assert [(h["from_status"], h["to_status"], h["on"]) for h in created["status_history"]] == [
        (None, "draft", iso(TODAY))]
    assert created["next_statuses"] == ["consulting"]

    a = move(officer, aid, "consulting", 1, on=iso(TODAY - timedelta(days=40)), note="Xin ý kiến các sở").json()
    assert a["status"] == "consulting" and a["version"] == 2
    # opinions asked for changes: back to drafting, then consulting again
    a = move(officer, aid, "draft", 2, on=iso(TODAY - timedelta(days=35))).json()
    a = move(officer, aid, "consulting", 3, on=iso(TODAY - timedelta(days=30))).json()

    # signing needs the signing date and a party
    refused = move(officer, aid, "signed", 4)
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "signed_on"
    signed_on = TODAY - timedelta(days=20)
    a = officer.patch(f"/api/agreements/{aid}", json={"version": 4, "signed_on": iso(signed_on)}).json()
    refused = move(officer, aid, "signed", 5)
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "parties"
    a = officer.patch(f"/api/agreements/{aid}", json={"version": 5, "parties": [
        {"name": "Sở Du lịch tỉnh Gyeonggi", "country_code": "KR"}]}).json()

    a = move(officer, aid, "signed", 6).json()  # `on` defaults to signed_on
    assert a["status_history"][-1]["on"] == iso(signed_on)
    a = move(officer, aid, "in_force", 7, on=iso(signed_on)).json()
    a = move(officer, aid, "suspended", 8, note="Tạm dừng do dịch bệnh").json()
    a = move(officer, aid, "in_force", 9).json()
    a = move(officer, aid, "terminated", 10, note="Hai bên thống nhất chấm dứt").json()
    assert a["status"] == "terminated" and a["next_statuses"] == [] and a["version"] == 11

    steps = [(h["from_status"], h["to_status"]) for h in a["status_history"]]
    assert steps == [(None, "draft"), ("draft", "consulting"), ("consulting", "draft"), ("draft", "consulting"),
                     ("consulting", "signed"), ("signed", "in_force"), ("in_force", "suspended"),
                     ("suspended", "in_force"), ("in_force", "terminated")]
    assert a["status_history"][-1]["note"] == "Hai bên thống nhất chấm dứt"
    assert {h["changed_by_name"] for h in a["status_history"]} == {officer.user.username}
    audited = [e["changes"]["status"] for e in officer.get(f"/api/agreements/{aid}/history").json()
               if e["action"] == "status"]
    assert audited == [list(step) for step in steps[1:]]


@pytest.mark.parametrize(("start", "target"), [
    ("draft", "signed"), ("draft", "in_force"), ("draft", "terminated"), ("consulting", "in_force"),
    ("signed", "expired"), ("signed", "draft"), ("in_force", "signed"), ("in_force", "in_force"),
    ("expired", "in_force"), ("terminated", "in_force"), ("terminated", "draft"),
])
def test_moves_off_the_lifecycle_are_refused(officer, start, target):
    signed = TODAY - timedelta(days=400)
    body = draft(status=start)
    if start != "draft" and start != "consulting":
        body.update(signed_on=iso(signed), parties=[{"name": "Tỉnh Gyeonggi", "country_code": "KR"}])
    if start == "expired":
        body.update(expires_on=iso(TODAY - timedelta(days=1)))
    created = officer.post("/api/agreements", json=body)
    assert created.status_code == 201, created.text
    aid = created.json()["id"]
    refused = move(officer, aid, target, 1)
    assert refused.status_code == 409, refused.text
    error = refused.json()["error"]
    assert error["code"] == "invalid_transition" and error["field"] == "status"
    assert start in error["message_en"] and target in error["message_vi"]
    after = officer.get(f"/api/agreements/{aid}").json()
    assert (after["status"], after["version"], len(after["status_history"])) == (start, 1, 1)


def test_status_is_not_written_by_patch(officer):
    aid = officer.post("/api/agreements", json=draft()).json()["id"]
    refused = officer.patch(f"/api/agreements/{aid}", json={"version": 1, "status": "in_force"})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "status"
    bad = officer.post(f"/api/agreements/{aid}/status", json={"status": "ratified", "version": 1})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "status"
    assert officer.get(f"/api/agreements/{aid}").json()["status"] == "draft"


def test_the_date_of_a_move(officer):
    aid = officer.post("/api/agreements", json=draft()).json()["id"]
    future = move(officer, aid, "consulting", 1, on=iso(TODAY + timedelta(days=1)))
    assert future.status_code == 422 and future.json()["error"]["field"] == "on"
    move(officer, aid, "consulting", 1, on=iso(TODAY - timedelta(days=10)))
    backwards = move(officer, aid, "draft", 2, on=iso(TODAY - timedelta(days=11)))
    assert backwards.status_code == 422 and backwards.json()["error"]["field"] == "on"
    not_a_date = move(officer, aid, "draft", 2, on="2025-02-30")
    assert not_a_date.status_code == 422 and not_a_date.json()["error"]["field"] == "on"


def test_expiry_needs_a_past_expiry_date_and_a_term(officer):
    signed = TODAY - timedelta(days=800)
    aid = officer.post("/api/agreements", json=mou(signed_on=iso(signed), effective_on=iso(signed),
                                                   expires_on=iso(TODAY + timedelta(days=10)))).json()["id"]
    early = move(officer, aid, "expired", 1)
    assert early.status_code == 422 and early.json()["error"]["field"] == "expires_on"
    forever = officer.post("/api/agreements", json=mou(expires_on=None, indefinite=True)).json()["id"]
    refused = move(officer, forever, "expired", 1)
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "indefinite"
    officer.patch(f"/api/agreements/{aid}", json={"version": 1, "expires_on": iso(TODAY - timedelta(days=1))})
    expired = move(officer, aid, "expired", 2).json()
    assert expired["status"] == "expired" and expired["status_history"][-1]["on"] == iso(TODAY - timedelta(days=1))


def test_readers_cannot_change_status_and_other_provinces_cannot_see(officer, client_for):
    aid = officer.post("/api/agreements", json=draft()).json()["id"]
    for reader in (client_for("leader", "68"), client_for("guest", "68")):
        refused = move(reader, aid, "consulting", 1)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    ha_noi = client_for("officer", "01")
    assert move(ha_noi, aid, "consulting", 1).status_code == 403
    assert ha_noi.get(f"/api/agreements/{aid}").status_code == 403
    assert ha_noi.get("/api/agreements").json()["total"] == 0
    assert ha_noi.get("/api/agreements/expiring").json()["total"] == 0
    assert move(officer, 999_999, "consulting", 1).status_code == 404
    assert officer.get(f"/api/agreements/{aid}").json()["status"] == "draft"


# ------------------------------------------------------------------------------------------ rules
@pytest.mark.parametrize(("fields", "field"), [
    ({"effective_on": "2020-01-01", "signed_on": "2020-02-01"}, "effective_on"),
    ({"expires_on": "2020-01-01", "effective_on": "2021-01-01", "signed_on": "2020-06-01"}, "expires_on"),
    ({"expires_on": "2019-12-31", "effective_on": None, "signed_on": "2020-01-01"}, "expires_on"),
    ({"expires_on": "2030-01-01", "indefinite": True}, "expires_on"),
    ({"signed_on": None, "effective_on": None}, "signed_on"),
    ({"signed_on": iso(TODAY + timedelta(days=3)), "effective_on": None, "status": "signed"}, "signed_on"),
    ({"effective_on": iso(TODAY + timedelta(days=3))}, "effective_on"),
    ({"parties": []}, "parties"),
    ({"parties": [{"role": "witness"}]}, "parties.0.name"),
    ({"status": "expired", "expires_on": iso(TODAY + timedelta(days=30))}, "expires_on"),
])
def test_rules_on_the_final_state(officer, fields, field):
    response = officer.post("/api/agreements", json=mou(**fields))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == field
    assert officer.get("/api/agreements").json()["total"] == 0


def test_rules_hold_on_update_too(officer):
    aid = officer.post("/api/agreements", json=mou()).json()["id"]
    for patch, field in [({"signed_on": None}, "signed_on"), ({"effective_on": "1999-01-01"}, "effective_on"),
                         ({"indefinite": True}, "expires_on"), ({"parties": []}, "parties")]:
        response = officer.patch(f"/api/agreements/{aid}", json={"version": 1, **patch})
        assert response.status_code == 422 and response.json()["error"]["field"] == field, (patch, response.text)
    assert officer.get(f"/api/agreements/{aid}").json()["version"] == 1


def test_bad_input_names_the_field_and_writes_nothing(officer):
    cases = [
        ({**mou(), "colour": "red"}, "colour"),
        ({**mou(), "kind": "treaty"}, "kind"),
        ({**mou(), "title": ""}, "title"),
        ({**mou(), "title": "x" * 501}, "title"),
        ({**mou(), "signed_on": "2023-02-30"}, "signed_on"),
        ({**mou(), "expires_on": "20231-01-01"}, "expires_on"),
        ({**mou(), "signed_on": "1066-10-14"}, "signed_on"),
        ({**mou(), "signing_level": "district"}, "signing_level"),
        ({**mou(), "languages": ["vi", "xx"]}, "languages.1"),
        ({**mou(), "fields": ["y tế", ""]}, "fields.1"),
        ({**mou(), "parties": [{"name": "Tỉnh X", "country_code": "XX"}]}, "parties.0.country_code"),
        ({**mou(), "parties": [{"name": "Tỉnh X", "role": "boss"}]}, "parties.0.role"),
        ({**mou(), "parties": [{"name": "Tỉnh X", "partner_id": 0}]}, "parties.0.partner_id"),
        ({**mou(), "signatories": [{"side": "both", "name": "A"}]}, "signatories.0.side"),
        ({**mou(), "signatories": [{"side": "foreign"}]}, "signatories.0.name"),
        ({**mou(), "commitments": [{"description": "Việc", "progress": 150}]}, "commitments.0.progress"),
        ({**mou(), "commitments": [{"description": "Việc", "status": "overdue"}]}, "commitments.0.status"),
        ({**mou(), "commitments": [{"description": "Việc", "due_on": "soon"}]}, "commitments.0.due_on"),
        ({**mou(), "files": [{"document_id": 1}]}, "files.0.label"),
        ({**mou(), "province_code": "99"}, "province_code"),
        ({**mou(), "status": "ratified"}, "status"),
    ]
    for payload, field in cases:
        response = officer.post("/api/agreements", json=payload)
        assert response.status_code == 422, (field, response.text)
        error = response.json()["error"]
        assert error["field"] == field, (field, error)
        assert error["message_vi"] and error["message_en"] and error["message_vi"] != error["message_en"]
    assert officer.get("/api/agreements").json()["total"] == 0


# ------------------------------------------------------------------------------- children, links
def test_child_rows_keep_their_ids_on_update(officer):
    created = officer.post("/api/agreements", json=mou()).json()
    aid = created["id"]
    first, second = created["commitments"]
    party = created["parties"][0]
    changed = officer.patch(f"/api/agreements/{aid}", json={"version": 1, "commitments": [
        {**{k: second[k] for k in ("id", "description", "responsible_department", "due_on")},
         "status": "in_progress", "progress": 70},
        {"description": "Tổ chức Tuần văn hóa Lào tại Đà Lạt", "due_on": iso(TODAY + timedelta(days=90))},
    ]})
    assert changed.status_code == 200, changed.text
    body = changed.json()
    # only child rows changed, and still the version moved: a second editor would get a conflict
    assert body["version"] == 2
    assert [c["id"] for c in body["commitments"]][0] == second["id"]
    assert first["id"] not in [c["id"] for c in body["commitments"]]
    assert [c["progress"] for c in body["commitments"]] == [70, None]
    assert body["parties"][0]["id"] == party["id"]  # collections not sent are left alone
    update = officer.get(f"/api/agreements/{aid}/history").json()[-1]
    assert update["action"] == "update" and "commitments" in update["changes"]

    foreign = officer.patch(f"/api/agreements/{aid}", json={"version": 2, "commitments": [
        {"id": 999_999, "description": "Không có"}]})
    assert foreign.status_code == 422 and foreign.json()["error"]["field"] == "id"


def test_commitments_done_and_overdue(officer):
    created = officer.post("/api/agreements", json=mou()).json()
    aid = created["id"]
    assert [c["overdue"] for c in created["commitments"]] == [False, True]  # derived from due_on
    done = created["commitments"][1]
    payload = {k: done[k] for k in ("id", "description", "due_on")}
    result = officer.patch(f"/api/agreements/{aid}", json={"version": 1, "commitments": [
        {**payload, "status": "done", "done_on": iso(TODAY)}]})
    assert result.status_code == 200, result.text
    row = result.json()["commitments"][0]
    assert (row["status"], row["progress"], row["overdue"]) == ("done", 100, False)
    half = officer.patch(f"/api/agreements/{aid}", json={"version": 2, "commitments": [
        {**payload, "status": "done", "progress": 50}]})
    assert half.status_code == 422 and half.json()["error"]["field"] == "commitments.0.progress"
    early = officer.patch(f"/api/agreements/{aid}", json={"version": 2, "commitments": [
        {**payload, "status": "open", "done_on": iso(TODAY)}]})
    assert early.status_code == 422 and early.json()["error"]["field"] == "commitments.0.done_on"


def test_links_stay_inside_the_province(officer, client_for, db):
    pid = make_partner(officer)
    doc = make_document(db, "68")
    created = officer.post("/api/agreements", json=mou(pid, files=[{"document_id": doc, "label": "Bản tiếng Việt"}]))
    assert created.status_code == 201, created.text
    assert created.json()["files"][0]["document_id"] == doc

    ha_noi = client_for("officer", "01")
    other_partner = make_partner(ha_noi, GYEONGGI)
    other_doc = make_document(db, "01")
    refused = officer.post("/api/agreements", json=mou(other_partner))
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "parties.0.partner_id"
    refused = officer.post("/api/agreements", json=mou(pid, files=[{"document_id": other_doc, "label": "Bản dịch"}]))
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "files.0.document_id"
    missing = officer.post("/api/agreements", json=mou(999_999))
    assert missing.status_code == 422 and missing.json()["error"]["field"] == "parties.0.partner_id"
    assert officer.get("/api/agreements").json()["total"] == 1

    # a partner that signed an agreement is not deleted from under it
    blocked = officer.delete(f"/api/partners/{pid}")
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "conflict_in_use"


# ---------------------------------------------------------------------------------- lists, filters
def _seed(officer):  # type: ignore[no-untyped-def]
    champasak, gyeonggi = make_partner(officer), make_partner(officer, GYEONGGI)
    ids = {}
    ids["laos"] = officer.post("/api/agreements", json=mou(champasak, signed_on="2019-03-01", effective_on="2019-03-01",
                                                          expires_on=iso(TODAY + timedelta(days=20)))).json()["id"]
    ids["korea"] = officer.post("/api/agreements", json=mou(
        gyeonggi, kind="twinning", title="Thỏa thuận kết nghĩa với tỉnh Gyeonggi", signed_on="2022-06-15",
        effective_on="2022-06-15", expires_on=iso(TODAY + timedelta(days=80)), fields=["công nghệ cao"])).json()["id"]
    ids["long"] = officer.post("/api/agreements", json=mou(
        champasak, title="Chương trình hợp tác giai đoạn dài", signed_on="2024-01-10", effective_on="2024-01-10",
        expires_on=iso(TODAY + timedelta(days=400)))).json()["id"]
    ids["signed"] = officer.post("/api/agreements", json=mou(
        gyeonggi, title="Thỏa thuận đã ký chưa hiệu lực", status="signed", signed_on="2024-05-05", effective_on=None,
        expires_on=iso(TODAY + timedelta(days=10)))).json()["id"]
    ids["draft"] = officer.post("/api/agreements", json=draft()).json()["id"]
    return champasak, gyeonggi, ids


def test_filters(officer):
    champasak, gyeonggi, ids = _seed(officer)

    def found(**params):  # type: ignore[no-untyped-def]
        response = officer.get("/api/agreements", params=params)
        assert response.status_code == 200, response.text
        return {a["id"] for a in response.json()["items"]}

    assert found(status="in_force") == {ids["laos"], ids["korea"], ids["long"]}
    assert found(kind="twinning") == {ids["korea"]}
    assert found(signing_level="department") == {ids["draft"]}
    assert found(country="kr") == {ids["korea"], ids["signed"]}
    assert found(partner_id=champasak) == {ids["laos"], ids["long"]}
    assert found(date_from="2022-01-01", date_to="2024-01-31") == {ids["korea"], ids["long"]}
    assert found(expiring_within_days=90) == {ids["laos"], ids["korea"]}
    assert found(expiring_within_days=90, country="KR") == {ids["korea"]}
    assert found(q="GYEONGGI ket nghia") == {ids["korea"]}
    assert found(q="cong nghe cao") == {ids["korea"]}
    assert found(q="chămpasắc") == {ids["laos"], ids["long"]}  # the party's name
    # undated records come last in either direction
    newest = [a["id"] for a in officer.get("/api/agreements", params={"sort": "-signed_on"}).json()["items"]]
    assert newest == [ids["signed"], ids["long"], ids["korea"], ids["laos"], ids["draft"]]
    oldest = [a["id"] for a in officer.get("/api/agreements", params={"sort": "signed_on"}).json()["items"]]
    assert oldest == [ids["laos"], ids["korea"], ids["long"], ids["signed"], ids["draft"]]
    for bad, field in [({"status": "lost"}, "status"), ({"expiring_within_days": -1}, "expiring_within_days"),
                       ({"sort": "search_text"}, "sort"), ({"country": "KOR"}, "country")]:
        response = officer.get("/api/agreements", params=bad)
        assert response.status_code == 422 and response.json()["error"]["field"] == field, bad


def test_expiring_endpoint(officer):
    _, _, ids = _seed(officer)
    soon = officer.get("/api/agreements/expiring").json()  # 90 days by default
    assert [a["id"] for a in soon["items"]] == [ids["laos"], ids["korea"]]  # soonest first, only those in force
    assert soon["total"] == 2
    later = officer.get("/api/agreements/expiring", params={"days": 500}).json()
    assert [a["id"] for a in later["items"]] == [ids["laos"], ids["korea"], ids["long"]]
    assert officer.get("/api/agreements/expiring", params={"days": 5}).json()["total"] == 0
    bad = officer.get("/api/agreements/expiring", params={"days": "soon"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "days"

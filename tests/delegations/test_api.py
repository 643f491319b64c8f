"""Delegations out and in through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

TOKYO = {
    "title": "Đoàn công tác của lãnh đạo tỉnh tại Nhật Bản",
    "direction": "outbound",
    "leader_name": "Nguyễn Văn An",
    "leader_title": "Phó Chủ tịch UBND tỉnh",
    "leader_level": "province_leader",
    "purpose": "investment_trade_promotion",
    "purpose_text": "Xúc tiến đầu tư vào nông nghiệp công nghệ cao",
    "start_on": "2025-03-10",
    "end_on": "2025-03-15",
    "approval_number": "512/QĐ-UBND",
    "approval_date": "2025-02-20",
    "approver": "Chủ tịch UBND tỉnh",
    "funding_source": "state_budget",
    "destinations": [{"country_code": "jp", "locality": "Tokyo", "subdivision_code": "JP-13", "host_name": "JETRO"}],
    "members": [
        {"full_name": "Nguyễn Văn An", "position": "Phó Chủ tịch UBND tỉnh", "role": "head", "passport_type": "official"},
        {"full_name": "Trần Thị Bình", "agency": "Sở Ngoại vụ", "role": "member"},
        {"full_name": "Lê Minh", "role": "interpreter"},
    ],
}

VISITORS = {
    "title": "Đoàn Tỉnh trưởng Chămpasắc thăm và làm việc",
    "direction": "inbound",
    "leader_level": "provincial_governor",
    "purpose": "friendship_exchange",
    "start_on": "2025-05-02",
    "destinations": [{"country_code": "LA", "locality": "Chămpasắc"}],
    "members": [{"full_name": "Vilay", "role": "head"}, {"full_name": "Khamphone", "role": "guest"}],
}


def make(client, **changes):
    response = client.post("/api/delegations", json={**TOKYO, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_read_update_delete(officer):
    body = make(officer)
    assert body["province_code"] == "68" and body["version"] == 1
    assert body["destinations"][0]["country_code"] == "JP" and body["destinations"][0]["subdivision_code"] == "JP-13"
    assert [m["role"] for m in body["members"]] == ["head", "member", "interpreter"]
    assert body["member_count"] == 3
    assert body["planned"] is True and body["report_overdue"] is False

    did = body["id"]
    assert officer.get(f"/api/delegations/{did}").json()["title"] == TOKYO["title"]
    updated = officer.patch(f"/api/delegations/{did}", json={"version": 1, "outcomes": "Ký 02 biên bản ghi nhớ"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2 and updated.json()["member_count"] == 3

    assert officer.delete(f"/api/delegations/{did}", params={"version": 1}).status_code == 409
    assert officer.delete(f"/api/delegations/{did}", params={"version": 2}).status_code == 204
    assert officer.get(f"/api/delegations/{did}").status_code == 404


def test_inbound_delegation_rows_say_where_guests_come_from(officer, client_for):
    partner = officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": "Tỉnh Chămpasắc",
                                                   "country_code": "LA"}).json()
    body = officer.post("/api/delegations", json={
        **VISITORS, "destinations": [{"country_code": "LA", "partner_id": partner["id"]}]}).json()
    assert body["direction"] == "inbound" and body["member_count"] == 2
    assert body["destinations"][0]["partner_id"] == partner["id"]
    # Without a country it is an unknown origin: allowed for inbound, not for outbound.
    assert officer.post("/api/delegations", json={**VISITORS, "destinations": []}).status_code == 201
    no_dest = officer.post("/api/delegations", json={**TOKYO, "destinations": []})
    assert no_dest.status_code == 422 and no_dest.json()["error"]["field"] == "destinations"


def test_member_count_follows_the_members(officer):
    body = make(officer)
    did, members = body["id"], body["members"]
    keep = [{"id": m["id"], "full_name": m["full_name"], "role": m["role"]} for m in members]

    # add two members: the existing ones keep their ids
    grown = officer.patch(f"/api/delegations/{did}", json={"version": 1, "members": [
        *keep, {"full_name": "Phạm Quang", "role": "staff"}, {"full_name": "Đỗ Hà"}]}).json()
    assert grown["member_count"] == 5
    assert [m["id"] for m in grown["members"][:3]] == [m["id"] for m in members]

    # edit one member only: count unchanged, version still moves (another editor gets a conflict)
    edited = officer.patch(f"/api/delegations/{did}", json={"version": 2, "members": [
        {**keep[0], "position": "Phó Chủ tịch thường trực"}, *keep[1:], *[
            {"id": m["id"], "full_name": m["full_name"]} for m in grown["members"][3:]]]})
    assert edited.status_code == 200, edited.text
    assert edited.json()["member_count"] == 5 and edited.json()["version"] == 3
    stale = officer.patch(f"/api/delegations/{did}", json={"version": 2, "members": []})
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict_version"

    # remove all but the head
    shrunk = officer.patch(f"/api/delegations/{did}", json={"version": 3, "members": [keep[0]]}).json()
    assert shrunk["member_count"] == 1 and shrunk["members"][0]["id"] == members[0]["id"]

    # a PATCH that does not touch the members leaves the count alone
    other = officer.patch(f"/api/delegations/{did}", json={"version": 4, "notes": "Đã về nước"}).json()
    assert other["member_count"] == 1

    # the count is derived: a client cannot type it in
    refused = officer.post("/api/delegations", json={**TOKYO, "member_count": 40})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "member_count"
    typed = officer.patch(f"/api/delegations/{did}", json={"version": 5, "member_count": 40})
    assert typed.status_code == 422 and typed.json()["error"]["field"] == "member_count"
    assert officer.get(f"/api/delegations/{did}").json()["member_count"] == 1


def test_rules_name_the_field_and_write_nothing(officer):
    today = date.today()
    cases = [
        ({"end_on": "2025-03-01"}, "end_on"),
        ({"leader_level": "minister"}, "leader_level"),  # an inbound level on an outbound delegation
        ({"direction": "inbound", "leader_level": "department"}, "leader_level"),
        ({"destinations": [{"country_code": "VN"}]}, "destinations.0.country_code"),
        ({"destinations": [{"country_code": "JP", "subdivision_code": "KR-11"}]}, "destinations.0.subdivision_code"),
        ({"members": [{"full_name": "A", "role": "head"}, {"full_name": "B", "role": "head"}]}, "members.1.role"),
        ({"approval_date": "2025-03-20"}, "approval_date"),  # approved after the trip ended
        ({"report_submitted_on": "2025-03-12"}, "report_submitted_on"),  # reported before it ended
        ({"report_due_on": "2025-03-01"}, "report_due_on"),
        ({"planned": False, "plan_task_id": 999_999}, "planned"),
        ({"plan_task_id": 999_999}, "plan_task_id"),
        ({"outcome_links": [{"note": "không trỏ tới đâu"}]}, "outcome_links.0"),
        ({"outcome_links": [{"agreement_id": 999_999}]}, "outcome_links.0.agreement_id"),
        ({"outcome_links": [{"project_id": 999_999}]}, "outcome_links.0.project_id"),
        ({"destinations": [{"country_code": "JP", "partner_id": 999_999}]}, "destinations.0.partner_id"),
        ({"members": [{"full_name": "A", "person_id": 999_999}]}, "members.0.person_id"),
    ]
    for changes, field in cases:
        response = officer.post("/api/delegations", json={**TOKYO, **changes})
        assert response.status_code == 422, (field, response.text)
        error = response.json()["error"]
        assert error["field"] == field, (field, error)
        assert error["message_vi"] != error["message_en"]
    # the report is overdue once its due date has passed without a report
    late = make(officer, start_on=str(today - timedelta(days=30)), end_on=str(today - timedelta(days=25)),
                approval_date=None, report_due_on=str(today - timedelta(days=10)))
    assert late["report_overdue"] is True
    assert officer.get("/api/delegations").json()["total"] == 1


def test_bad_input_names_the_field_and_writes_nothing(officer):
    did = make(officer)["id"]
    cases = [
        ({**TOKYO, "destinations": [{"country_code": "XX"}]}, "destinations.0.country_code"),
        ({**TOKYO, "destinations": [{"country_code": "JP", "subdivision_code": "JP-99"}]},
         "destinations.0.subdivision_code"),
        ({**TOKYO, "colour": "red"}, "colour"),
        ({**TOKYO, "members": [{"full_name": "A", "shoe_size": 42}]}, "members.0.shoe_size"),
        ({**TOKYO, "title": "x" * 501}, "title"),
        ({**TOKYO, "title": "   "}, "title"),
        ({**TOKYO, "purpose": "holiday"}, "purpose"),
        ({**TOKYO, "direction": "sideways"}, "direction"),
        ({**TOKYO, "start_on": "2025-02-30"}, "start_on"),
        ({**TOKYO, "members": [{"full_name": "A", "passport_type": "golden"}]}, "members.0.passport_type"),
        ({**TOKYO, "members": [{"full_name": ""}]}, "members.0.full_name"),
        ({**TOKYO, "plan_task_id": -1}, "plan_task_id"),
        ({**TOKYO, "planned": "perhaps"}, "planned"),
        ({k: v for k, v in TOKYO.items() if k != "start_on"}, "start_on"),
        ({k: v for k, v in TOKYO.items() if k != "leader_level"}, "leader_level"),
    ]
    for payload, field in cases:
        response = officer.post("/api/delegations", json=payload)
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field, (field, response.json())
    patches = [
        ({"title": None}, "title"),
        ({"title": "y" * 501}, "title"),
        ({"direction": None}, "direction"),
        ({"members": None}, "members"),
        ({"end_on": "2024-01-01"}, "end_on"),
        ({"outcome_links": [{"id": 999_999, "event_id": 1}]}, "id"),  # not a row of this delegation
    ]
    for changes, field in patches:
        response = officer.patch(f"/api/delegations/{did}", json={"version": 1, **changes})
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field, (field, response.json())
    assert officer.get("/api/delegations").json()["total"] == 1
    after = officer.get(f"/api/delegations/{did}").json()
    assert after["version"] == 1 and after["title"] == TOKYO["title"] and after["member_count"] == 3


def test_links_stay_inside_the_province(officer, client_for):
    other = client_for("officer", "01")
    partner = other.post("/api/partners", json={"kind": "company", "name_vi": "Hanoi Partner", "country_code": "JP"}).json()
    person = other.post("/api/persons", json={"full_name": "Người Hà Nội"}).json()
    event = other.post("/api/events", json={"name": "Hội chợ", "kind": "fair", "start_on": "2025-01-01"}).json()
    plan = other.post("/api/plans", json={"title": "Kế hoạch 2025", "year": 2025, "groups": [
        {"title": "Đoàn ra", "tasks": [{"title": "Đoàn đi Nhật Bản"}]}]}).json()
    task_id = plan["groups"][0]["tasks"][0]["id"]
    cases = [
        ({"destinations": [{"country_code": "JP", "partner_id": partner["id"]}]}, "destinations.0.partner_id"),
        ({"members": [{"full_name": "X", "person_id": person["id"]}]}, "members.0.person_id"),
        ({"outcome_links": [{"event_id": event["id"]}]}, "outcome_links.0.event_id"),
        ({"plan_task_id": task_id}, "plan_task_id"),
    ]
    for changes, field in cases:
        response = officer.post("/api/delegations", json={**TOKYO, **changes})
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field
        assert "tỉnh khác" in response.json()["error"]["message_vi"]
    # and the other province can link its own
    own = other.post("/api/delegations", json={**TOKYO, "plan_task_id": task_id, "outcome_links": [
        {"event_id": event["id"], "note": "Ký kết tại hội chợ"}]})
    assert own.status_code == 201, own.text
    assert officer.get(f"/api/delegations/{own.json()['id']}").status_code == 403


def test_outcome_links_and_their_targets(officer):
    event = officer.post("/api/events", json={"name": "Diễn đàn đầu tư", "kind": "forum", "start_on": "2025-03-12",
                                              "country_code": "JP"}).json()
    body = make(officer, outcome_links=[{"event_id": event["id"], "note": "Tham dự diễn đàn"}])
    link = body["outcome_links"][0]
    assert link["event_id"] == event["id"] and link["agreement_id"] is None
    # two targets in one link: refused
    two = officer.patch(f"/api/delegations/{body['id']}", json={"version": 1, "outcome_links": [
        {"id": link["id"], "event_id": event["id"], "agreement_id": 1}]})
    assert two.status_code == 422 and two.json()["error"]["field"] == "outcome_links.0"
    # the event a delegation cites cannot be deleted from under it
    blocked = officer.delete(f"/api/events/{event['id']}")
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "conflict_in_use"
    # … until the link is removed
    officer.patch(f"/api/delegations/{body['id']}", json={"version": 1, "outcome_links": []})
    assert officer.delete(f"/api/events/{event['id']}").status_code == 204


def test_filters_and_sorting(officer):
    partner = officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": "Tỉnh Gyeonggi",
                                                   "country_code": "KR"}).json()
    make(officer)  # JP, 3 members, planned, province_leader, 2025-03-10
    make(officer, title="Đoàn Sở Công Thương khảo sát thị trường Hàn Quốc", leader_level="department",
         purpose="study_tour", planned=False, start_on="2025-06-01", end_on="2025-06-05", approval_date=None,
         destinations=[{"country_code": "KR", "partner_id": partner["id"]}, {"country_code": "JP"}],
         members=[{"full_name": "Hoàng Yến"}])
    officer.post("/api/delegations", json=VISITORS)  # inbound from LA, 2 members, 2025-05-02

    def titles(**params):
        response = officer.get("/api/delegations", params=params)
        assert response.status_code == 200, response.text
        return [d["title"] for d in response.json()["items"]]

    assert len(titles()) == 3
    assert titles(direction="inbound") == [VISITORS["title"]]
    assert len(titles(country="jp")) == 2  # any destination
    assert titles(country="KR") == titles(partner_id=partner["id"]) == titles(planned="false")
    assert len(titles(level="department")) == 1 and len(titles(purpose="study_tour")) == 1
    assert titles(date_from="2025-04-01", date_to="2025-05-31") == [VISITORS["title"]]
    assert titles(q="so cong thuong han quoc") == titles(level="department")
    assert titles(q="tran thi binh") == [TOKYO["title"]]  # a member's name, without diacritics
    assert titles(q="gyeonggi") == titles(partner_id=partner["id"])  # the host partner's name
    assert titles(sort="member_count") == titles(sort="-member_count")[::-1]
    assert [officer.get("/api/delegations", params={"sort": "-member_count"}).json()["items"][0]["member_count"]] == [3]
    assert titles(sort="start_on")[0] == TOKYO["title"]
    assert titles(sort="title") == titles(sort="-title")[::-1] and len(titles(sort="title")) == 3
    bad = officer.get("/api/delegations", params={"sort": "leader_name"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "sort"
    assert officer.get("/api/delegations", params={"level": "king"}).json()["error"]["field"] == "level"


def test_every_write_is_audited(officer):
    did = make(officer)["id"]
    officer.patch(f"/api/delegations/{did}", json={"version": 1, "members": [{"full_name": "Một mình"}]})
    history = officer.get(f"/api/delegations/{did}/history").json()
    assert [e["action"] for e in history] == ["create", "update"]
    before, after = history[1]["changes"]["member_count"]
    assert (before, after) == (3, 1)
    assert [m["full_name"] for m in history[1]["changes"]["members"][1]] == ["Một mình"]


def test_guests_and_other_provinces(client_for):
    officer, guest, hanoi = client_for("officer", "68"), client_for("guest", "68"), client_for("officer", "01")
    make(officer)
    make(officer, restricted=True, title="Đoàn mật")
    assert guest.get("/api/delegations").json()["total"] == 1
    assert hanoi.get("/api/delegations").json()["total"] == 0
    assert guest.post("/api/delegations", json=TOKYO).status_code == 403

"""Events through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

FORUM = {
    "name": "Diễn đàn Hợp tác đầu tư Việt Nam – Hàn Quốc",
    "name_en": "Vietnam – Korea Investment Cooperation Forum",
    "kind": "forum",
    "start_on": "2025-09-10",
    "end_on": "2025-09-11",
    "place": "Trung tâm Hội nghị tỉnh",
    "permit_number": "1234/QĐ-UBND",
    "permit_date": "2025-08-01",
    "permit_issuer": "Chủ tịch UBND tỉnh",
    "participants_count": 250,
    "organisers": [
        {"name": "UBND tỉnh", "role": "host"},
        {"name": "KOTRA", "role": "co_organiser"},
    ],
}


def make(client, **changes):
    response = client.post("/api/events", json={**FORUM, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_read_update_delete(officer):
    body = make(officer)
    assert body["country_code"] == "VN"  # held in Vietnam unless said otherwise
    assert body["international"] is True and body["status"] == "planned"
    assert [o["role"] for o in body["organisers"]] == ["host", "co_organiser"]
    eid = body["id"]
    updated = officer.patch(f"/api/events/{eid}", json={"version": 1, "status": "held", "participants_count": 312,
                                                        "outcomes": "Trao 05 giấy chứng nhận đầu tư"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["participants_count"] == 312 and updated.json()["version"] == 2
    stale = officer.patch(f"/api/events/{eid}", json={"version": 1, "notes": "x"})
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict_version"
    history = officer.get(f"/api/events/{eid}/history").json()
    assert [e["action"] for e in history] == ["create", "update"]
    assert history[1]["changes"]["status"] == ["planned", "held"]
    assert officer.delete(f"/api/events/{eid}").status_code == 204
    assert officer.get(f"/api/events/{eid}").status_code == 404


def test_a_vietnamese_event_abroad(officer):
    body = make(officer, name="Hội chợ nông sản Việt Nam tại Osaka", kind="fair", country_code="jp", place="Osaka")
    assert body["country_code"] == "JP"
    refused = officer.post("/api/events", json={**FORUM, "country_code": "JP", "international": False})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "international"
    domestic = make(officer, name="Hội nghị tổng kết", kind="meeting", international=False)
    assert domestic["international"] is False


def test_organisers_and_partners_keep_their_ids(officer):
    partner = officer.post("/api/partners", json={"kind": "international_org", "name_vi": "KOTRA",
                                                   "country_code": "KR"}).json()
    body = make(officer, organisers=[{"name": "UBND tỉnh", "role": "host"},
                                     {"partner_id": partner["id"], "role": "sponsor"}])
    host, sponsor = body["organisers"]
    assert sponsor["partner_id"] == partner["id"] and sponsor["name"] is None
    changed = officer.patch(f"/api/events/{body['id']}", json={"version": 1, "organisers": [
        {"id": sponsor["id"], "partner_id": partner["id"], "role": "co_organiser"},
        {"name": "Hiệp hội doanh nghiệp", "role": "participant"},
    ]}).json()
    assert [(o["id"], o["role"]) for o in changed["organisers"][:1]] == [(sponsor["id"], "co_organiser")]
    assert host["id"] not in [o["id"] for o in changed["organisers"]]
    assert changed["organisers"][1]["role"] == "participant"
    assert changed["version"] == 2


def test_rules_name_the_field_and_write_nothing(officer):
    future = str(date.today() + timedelta(days=30))
    cases = [
        ({"end_on": "2025-09-01"}, "end_on"),
        ({"permit_date": "2025-09-20"}, "permit_date"),  # a permit after the opening day
        ({"status": "held", "start_on": future, "end_on": None, "permit_date": None}, "status"),
        ({"organisers": [{"role": "host"}]}, "organisers.0.name"),
        ({"organisers": [{"partner_id": 999_999}]}, "organisers.0.partner_id"),
        ({"outcome_links": [{"note": "trống"}]}, "outcome_links.0"),
        ({"outcome_links": [{"agreement_id": 999_999, "project_id": 999_999}]}, "outcome_links.0"),
        ({"outcome_links": [{"agreement_id": 999_999}]}, "outcome_links.0.agreement_id"),
        ({"outcome_links": [{"project_id": 999_999}]}, "outcome_links.0.project_id"),
    ]
    for changes, field in cases:
        response = officer.post("/api/events", json={**FORUM, **changes})
        assert response.status_code == 422, (field, response.text)
        error = response.json()["error"]
        assert error["field"] == field, (field, error)
        assert error["message_vi"] != error["message_en"]
    assert officer.get("/api/events").json()["total"] == 0


def test_bad_input_names_the_field_and_writes_nothing(officer):
    eid = make(officer)["id"]
    cases = [
        ({**FORUM, "participants_count": -1}, "participants_count"),
        ({**FORUM, "participants_count": 2.5}, "participants_count"),
        ({**FORUM, "country_code": "XX"}, "country_code"),
        ({**FORUM, "kind": "party"}, "kind"),
        ({**FORUM, "status": "postponed"}, "status"),
        ({**FORUM, "name": "n" * 501}, "name"),
        ({**FORUM, "permit_number": "p" * 61}, "permit_number"),
        ({**FORUM, "start_on": "2025-13-01"}, "start_on"),
        ({**FORUM, "organisers": [{"name": "X", "role": "caterer"}]}, "organisers.0.role"),
        ({**FORUM, "organisers": [{"name": "X", "budget": 5}]}, "organisers.0.budget"),
        ({**FORUM, "venue": "Hà Nội"}, "venue"),
        ({k: v for k, v in FORUM.items() if k != "kind"}, "kind"),
    ]
    for payload, field in cases:
        response = officer.post("/api/events", json=payload)
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field, (field, response.json())
    for changes, field in [({"name": None}, "name"), ({"country_code": None}, "country_code"),
                           ({"participants_count": -5}, "participants_count"), ({"end_on": "2020-01-01"}, "end_on")]:
        response = officer.patch(f"/api/events/{eid}", json={"version": 1, **changes})
        assert response.status_code == 422 and response.json()["error"]["field"] == field, (field, response.text)
    assert officer.get("/api/events").json()["total"] == 1
    assert officer.get(f"/api/events/{eid}").json()["version"] == 1


def test_filters(officer):
    partner = officer.post("/api/partners", json={"kind": "international_org", "name_vi": "KOTRA",
                                                   "country_code": "KR"}).json()
    make(officer, organisers=[{"partner_id": partner["id"], "role": "co_organiser"}])
    make(officer, name="Hội chợ Cà phê Quốc tế", kind="fair", start_on="2025-03-01", end_on="2025-03-03",
         permit_date="2025-02-01", organisers=[])
    make(officer, name="Lễ hội Hoa tại Nhật Bản", kind="festival", country_code="JP", start_on="2025-11-01",
         end_on=None, permit_date=None, status="cancelled", organisers=[])

    def names(**params):
        response = officer.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return [e["name"] for e in response.json()["items"]]

    assert len(names()) == 3
    assert names(kind="fair") == ["Hội chợ Cà phê Quốc tế"]
    assert names(status="cancelled") == names(country="jp") == ["Lễ hội Hoa tại Nhật Bản"]
    assert names(partner_id=partner["id"]) == [FORUM["name"]]
    assert names(date_from="2025-09-01", date_to="2025-12-31", sort="start_on") == [FORUM["name"], "Lễ hội Hoa tại Nhật Bản"]
    assert names(q="ca phe") == ["Hội chợ Cà phê Quốc tế"]
    assert names(q="kotra") == [FORUM["name"]]  # the organiser is a partner record: found by its name
    assert len(names(sort="-participants_count")) == 3
    assert officer.get("/api/events", params={"kind": "party"}).json()["error"]["field"] == "kind"


def test_outcome_links_stay_inside_the_province(officer, client_for):
    hanoi = client_for("officer", "01")
    partner = hanoi.post("/api/partners", json={"kind": "company", "name_vi": "Công ty Hà Nội", "country_code": "KR"}).json()
    refused = officer.post("/api/events", json={**FORUM, "organisers": [{"partner_id": partner["id"]}]})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "organisers.0.partner_id"
    body = make(officer)
    assert hanoi.get(f"/api/events/{body['id']}").status_code == 403
    assert hanoi.get("/api/events").json()["total"] == 0

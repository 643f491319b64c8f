"""Partners, persons and relations through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

CHAMPASAK = {
    "kind": "foreign_locality",
    "name_vi": "Tỉnh Chămpasắc",
    "name_en": "Champasak Province",
    "aliases": ["Champasak", "Chăm-pa-sắc"],
    "country_code": "la",
    "subdivision_code": "LA-CH",
}


def test_create_read_update_delete_partner(officer):
    created = officer.post("/api/partners", json=CHAMPASAK)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["country_code"] == "LA"  # codes are normalised to upper case
    assert body["province_code"] == "68"  # the officer's own province
    assert body["version"] == 1

    pid = body["id"]
    assert officer.get(f"/api/partners/{pid}").json()["name_vi"] == "Tỉnh Chămpasắc"

    updated = officer.patch(f"/api/partners/{pid}", json={"version": 1, "website": "https://champasak.gov.la"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2

    assert officer.delete(f"/api/partners/{pid}", params={"version": 2}).status_code == 204
    assert officer.get(f"/api/partners/{pid}").status_code == 404


def test_search_ignores_diacritics_and_finds_aliases(officer):
    officer.post("/api/partners", json=CHAMPASAK)
    officer.post("/api/partners", json={"kind": "international_org", "name_vi": "Cơ quan Hợp tác Quốc tế Nhật Bản",
                                        "short_name": "JICA", "country_code": "JP"})
    for query in ("champasak", "CHAMPASAC", "cham pa sac", "chămpasắc"):
        names = [p["name_vi"] for p in officer.get("/api/partners", params={"q": query}).json()["items"]]
        assert names == ["Tỉnh Chămpasắc"] or query == "cham pa sac" and not names, (query, names)
    assert officer.get("/api/partners", params={"q": "hop tac quoc te"}).json()["total"] == 1
    assert officer.get("/api/partners", params={"country": "JP"}).json()["items"][0]["short_name"] == "JICA"


def test_list_is_paged_and_sorted(officer):
    for name in ("Gyeonggi", "Akita", "Yunnan"):
        officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": name, "country_code": "KR"})
    page = officer.get("/api/partners", params={"sort": "-name_vi", "per_page": 2}).json()
    assert [p["name_vi"] for p in page["items"]] == ["Yunnan", "Gyeonggi"]
    assert page["total"] == 3
    second = officer.get("/api/partners", params={"sort": "-name_vi", "per_page": 2, "page": 2}).json()
    assert [p["name_vi"] for p in second["items"]] == ["Akita"]
    bad = officer.get("/api/partners", params={"sort": "password"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "sort"


def test_bad_input_names_the_field_and_writes_nothing(officer):
    cases = [
        ({**CHAMPASAK, "country_code": "XX"}, "country_code"),
        ({**CHAMPASAK, "colour": "red"}, "colour"),
        ({**CHAMPASAK, "name_vi": "x" * 301}, "name_vi"),
        ({**CHAMPASAK, "kind": "planet"}, "kind"),
        ({**CHAMPASAK, "subdivision_code": "KR-41"}, "subdivision_code"),  # not in Laos
        ({k: v for k, v in CHAMPASAK.items() if k != "name_vi"}, "name_vi"),
    ]
    for payload, field in cases:
        response = officer.post("/api/partners", json=payload)
        assert response.status_code == 422, (field, response.text)
        error = response.json()["error"]
        assert error["field"] == field
        assert error["message_vi"] and error["message_en"] and error["message_vi"] != error["message_en"]
    assert officer.get("/api/partners").json()["total"] == 0


def test_second_editor_gets_a_conflict(officer):
    pid = officer.post("/api/partners", json=CHAMPASAK).json()["id"]
    first = officer.patch(f"/api/partners/{pid}", json={"version": 1, "notes": "Ghi chú của người thứ nhất"})
    assert first.status_code == 200
    second = officer.patch(f"/api/partners/{pid}", json={"version": 1, "notes": "Ghi chú của người thứ hai"})
    assert second.status_code == 409
    assert second.json()["error"]["code"] == "conflict_version"
    assert officer.get(f"/api/partners/{pid}").json()["notes"] == "Ghi chú của người thứ nhất"


def test_every_write_is_audited_with_its_author(officer):
    pid = officer.post("/api/partners", json=CHAMPASAK).json()["id"]
    officer.patch(f"/api/partners/{pid}", json={"version": 1, "name_en": "Champasak"})
    history = officer.get(f"/api/partners/{pid}/history").json()
    assert [e["action"] for e in history] == ["create", "update"]
    assert {e["actor_name"] for e in history} == {officer.user.username}
    assert history[1]["changes"]["name_en"] == ["Champasak Province", "Champasak"]


def test_person_positions_over_time(officer):
    pid = officer.post("/api/partners", json=CHAMPASAK).json()["id"]
    person = officer.post("/api/persons", json={
        "full_name": "Vilay Phommachanh",
        "positions": [
            {"partner_id": pid, "title": "Phó Tỉnh trưởng", "start_date": "2016-01-01", "end_date": "2020-12-31"},
            {"partner_id": pid, "title": "Tỉnh trưởng", "start_date": "2021-01-01"},
        ],
    })
    assert person.status_code == 201, person.text
    body = person.json()
    assert [p["title"] for p in body["positions"]] == ["Phó Tỉnh trưởng", "Tỉnh trưởng"]
    # editing one position keeps the other's id
    keep = body["positions"][0]["id"]
    changed = officer.patch(f"/api/persons/{body['id']}", json={
        "version": 1,
        "positions": [{"id": keep, "title": "Phó Tỉnh trưởng thường trực"}],
    }).json()
    assert [(p["id"], p["title"]) for p in changed["positions"]] == [(keep, "Phó Tỉnh trưởng thường trực")]
    assert officer.get("/api/persons", params={"partner_id": pid}).json()["total"] == 1

    wrong = officer.post("/api/persons", json={"full_name": "X", "positions": [
        {"title": "Y", "start_date": "2020-01-01", "end_date": "2019-01-01"}]})
    assert wrong.status_code == 422 and wrong.json()["error"]["field"] == "end_date"


def test_relation_rests_on_a_partner_of_the_same_province(officer, client_for):
    pid = officer.post("/api/partners", json=CHAMPASAK).json()["id"]
    rel = officer.post("/api/relations", json={"partner_id": pid, "kind": "twinning", "start_date": "2012-05-10",
                                               "fields": ["giáo dục", "y tế"]})
    assert rel.status_code == 201, rel.text
    assert rel.json()["partner"]["name_vi"] == "Tỉnh Chămpasắc"
    assert officer.get("/api/relations", params={"country": "LA"}).json()["total"] == 1

    other = client_for("officer", "01")
    refused = other.post("/api/relations", json={"partner_id": pid, "kind": "cooperation"})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "partner_id"

    # a partner a relation rests on cannot be deleted from under it
    blocked = officer.delete(f"/api/partners/{pid}")
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "conflict_in_use"


def test_country_filter_accepts_any_case(officer):
    officer.post("/api/partners", json=CHAMPASAK)
    assert officer.get("/api/partners", params={"country": "la"}).json()["total"] == 1
    assert officer.get("/api/partners", params={"country": "LA", "kind": "company"}).json()["total"] == 0
    assert officer.get("/api/partners", params={"country": "Lao"}).status_code == 422

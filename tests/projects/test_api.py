"""FDI / ODA / NGO aid projects through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

TODAY = date.today()

AEON = {"kind": "company", "name_vi": "Tập đoàn AEON", "name_en": "AEON Co., Ltd.", "short_name": "AEON",
        "country_code": "JP"}
JICA = {"kind": "international_org", "name_vi": "Cơ quan Hợp tác Quốc tế Nhật Bản", "short_name": "JICA",
        "country_code": "JP"}


def iso(d: date) -> str:
    return d.isoformat()


def make_partner(client, payload=AEON) -> int:  # type: ignore[no-untyped-def]
    response = client.post("/api/partners", json=payload)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def fdi(**fields):  # type: ignore[no-untyped-def]
    body = {
        "kind": "fdi",
        "name": "Nhà máy chế biến cà phê Lâm Đồng",
        "name_en": "Lam Dong coffee processing plant",
        "code": "2123456789",
        "investor_name": "Công ty TNHH Cà phê Hokkaido",
        "country_code": "JP",
        "sector": "agriculture",
        "capital_amount": "25000000",
        "currency": "USD",
        "proposed_on": "2023-01-10",
        "approved_on": "2023-03-15",
        "start_on": "2023-06-01",
        "end_on": "2073-03-14",
        "location": "Khu công nghiệp Lộc Sơn",
        "commune": "Phường Lộc Phát",
        "implementing_agency": "Công ty TNHH Cà phê Hokkaido Việt Nam",
        "status": "licensed",
    }
    body.update(fields)
    return body


def aid(**fields):  # type: ignore[no-untyped-def]
    body = {"kind": "ngo_aid", "name": "Nước sạch cho các trường học vùng cao", "investor_name": "Tổ chức Đông Tây Hội ngộ",
            "country_code": "US", "dac_code": "14030", "capital_amount": "1200000000", "currency": "VND",
            "usd_equivalent": "47000", "approved_on": "2024-04-02", "status": "committed"}
    body.update(fields)
    return body


def move(client, pid: int, status: str, version: int, **extra):  # type: ignore[no-untyped-def]
    return client.post(f"/api/projects/{pid}/status", json={"status": status, "version": version, **extra})


# --------------------------------------------------------------------------------------- records
def test_create_read_update_delete(officer):
    created = officer.post("/api/projects", json=fdi())
    assert created.status_code == 201, created.text
    body = created.json()
    assert (body["province_code"], body["version"], body["status"]) == ("68", 1, "licensed")
    assert Decimal(body["capital_amount"]) == Decimal("25000000")
    assert Decimal(body["usd_equivalent"]) == Decimal("25000000")  # USD: derived from the amount
    assert body["next_statuses"] == ["implementing", "withdrawn"]
    assert [(h["from_status"], h["to_status"], h["on"]) for h in body["status_history"]] == [
        (None, "licensed", "2023-03-15")]
    pid = body["id"]
    assert officer.get(f"/api/projects/{pid}").json()["name"] == "Nhà máy chế biến cà phê Lâm Đồng"

    updated = officer.patch(f"/api/projects/{pid}", json={"version": 1, "capital_amount": "30000000.50",
                                                          "disbursed_amount": "12000000"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["version"] == 2
    assert Decimal(updated.json()["usd_equivalent"]) == Decimal("30000000.50")  # follows the amount

    history = officer.get(f"/api/projects/{pid}/history").json()
    assert [e["action"] for e in history] == ["create", "update"]
    assert history[1]["changes"]["capital_amount"] == ["25000000.00", "30000000.50"]

    assert officer.delete(f"/api/projects/{pid}", params={"version": 2}).status_code == 204
    assert officer.get(f"/api/projects/{pid}").status_code == 404


def test_investor_partner_gives_country_and_is_searchable(officer):
    pid = make_partner(officer)
    body = officer.post("/api/projects", json=fdi(partner_id=pid, investor_name=None, country_code=None)).json()
    assert (body["partner_id"], body["country_code"]) == (pid, "JP")
    assert officer.get("/api/projects", params={"q": "aeon"}).json()["total"] == 1
    # an investor with projects is not deleted from under them
    blocked = officer.delete(f"/api/partners/{pid}")
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "conflict_in_use"


def test_sector_from_the_dac_code(officer):
    water = officer.post("/api/projects", json=aid()).json()
    assert (water["sector"], water["dac_code"]) == ("infrastructure", "14030")
    assert Decimal(water["usd_equivalent"]) == Decimal("47000")  # given, the currency being VND
    chosen = officer.post("/api/projects", json=aid(sector="education")).json()
    assert chosen["sector"] == "education"  # a chosen sector wins
    # a derived sector follows the code; a chosen one stays
    moved = officer.patch(f"/api/projects/{water['id']}", json={"version": 1, "dac_code": "12220"}).json()
    assert moved["sector"] == "health"
    kept = officer.patch(f"/api/projects/{chosen['id']}", json={"version": 1, "dac_code": "12220"}).json()
    assert kept["sector"] == "education"
    none = officer.post("/api/projects", json=aid(dac_code=None)).json()
    assert none["sector"] == "other"


def test_usd_equivalent(officer):
    usd = officer.post("/api/projects", json=fdi(usd_equivalent="24000000"))
    assert usd.status_code == 422 and usd.json()["error"]["field"] == "usd_equivalent"
    same = officer.post("/api/projects", json=fdi(usd_equivalent="25000000.00"))
    assert same.status_code == 201, same.text
    pid = same.json()["id"]
    # moving to another currency drops the value derived from the USD amount, unless one is given
    vnd = officer.patch(f"/api/projects/{pid}", json={"version": 1, "currency": "VND",
                                                      "capital_amount": "630000000000"}).json()
    assert vnd["usd_equivalent"] is None
    vnd = officer.patch(f"/api/projects/{pid}", json={"version": 2, "usd_equivalent": "24900000"}).json()
    assert Decimal(vnd["usd_equivalent"]) == Decimal("24900000")
    back = officer.patch(f"/api/projects/{pid}", json={"version": 3, "currency": "usd",
                                                       "capital_amount": "25000000"}).json()
    assert (back["currency"], Decimal(back["usd_equivalent"])) == ("USD", Decimal("25000000"))


# ------------------------------------------------------------------------------------- lifecycle
def test_fdi_lifecycle_with_history_and_audit(officer):
    created = officer.post("/api/projects", json=fdi(status="proposed", approved_on=None, start_on=None,
                                                     end_on=None)).json()
    pid = created["id"]
    assert created["next_statuses"] == ["licensed", "withdrawn"]  # not "committed": that is for ODA and aid
    wrong = move(officer, pid, "committed", 1)
    assert wrong.status_code == 409 and wrong.json()["error"]["code"] == "invalid_transition"
    undated = move(officer, pid, "licensed", 1)
    assert undated.status_code == 422 and undated.json()["error"]["field"] == "approved_on"
    p = officer.patch(f"/api/projects/{pid}", json={"version": 1, "approved_on": "2023-03-15"}).json()
    p = move(officer, pid, "licensed", 2, note="Cấp Giấy chứng nhận đăng ký đầu tư").json()
    assert p["status"] == "licensed" and p["status_history"][-1]["on"] == "2023-03-15"
    p = move(officer, pid, "implementing", 3, on="2023-07-01").json()
    p = move(officer, pid, "completed", 4).json()
    assert (p["status"], p["next_statuses"], p["version"]) == ("completed", [], 5)
    assert [(h["from_status"], h["to_status"]) for h in p["status_history"]] == [
        (None, "proposed"), ("proposed", "licensed"), ("licensed", "implementing"), ("implementing", "completed")]
    statuses = [e["changes"] for e in officer.get(f"/api/projects/{pid}/history").json() if e["action"] == "status"]
    assert statuses[0] == {"status": ["proposed", "licensed"], "on": "2023-03-15",
                           "note": "Cấp Giấy chứng nhận đăng ký đầu tư"}
    assert [c["status"] for c in statuses] == [["proposed", "licensed"], ["licensed", "implementing"],
                                               ["implementing", "completed"]]
    final = move(officer, pid, "implementing", 5)
    assert final.status_code == 409 and final.json()["error"]["code"] == "invalid_transition"


@pytest.mark.parametrize(("kind", "start", "target", "allowed"), [
    ("oda", "proposed", "committed", True),
    ("oda", "proposed", "licensed", False),
    ("ngo_aid", "proposed", "committed", True),
    ("other", "proposed", "licensed", True),
    ("other", "proposed", "committed", True),
    ("fdi", "proposed", "implementing", False),
    ("fdi", "proposed", "withdrawn", True),
    ("fdi", "licensed", "withdrawn", True),
    ("oda", "committed", "implementing", True),
    ("fdi", "implementing", "withdrawn", True),
    ("fdi", "implementing", "proposed", False),
    ("fdi", "withdrawn", "proposed", False),
    ("oda", "completed", "withdrawn", False),
])
def test_moves(officer, kind, start, target, allowed):
    status = start
    created = officer.post("/api/projects", json=fdi(kind=kind, status=status, start_on=None, end_on=None))
    assert created.status_code == 201, created.text
    pid = created.json()["id"]
    response = move(officer, pid, target, 1)
    if allowed:
        assert response.status_code == 200, response.text
        assert response.json()["status"] == target and len(response.json()["status_history"]) == 2
    else:
        assert response.status_code == 409 and response.json()["error"]["code"] == "invalid_transition"
        after = officer.get(f"/api/projects/{pid}").json()
        assert (after["status"], after["version"], len(after["status_history"])) == (status, 1, 1)


def test_status_fits_the_kind(officer):
    wrong = officer.post("/api/projects", json=fdi(kind="oda"))  # ODA is committed, not licensed
    assert wrong.status_code == 422 and wrong.json()["error"]["field"] == "status"
    pid = officer.post("/api/projects", json=fdi()).json()["id"]
    changed = officer.patch(f"/api/projects/{pid}", json={"version": 1, "kind": "ngo_aid"})
    assert changed.status_code == 422 and changed.json()["error"]["field"] == "kind"
    refused = officer.patch(f"/api/projects/{pid}", json={"version": 1, "status": "implementing"})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "status"
    stale = move(officer, pid, "implementing", 7)
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict_version"
    assert officer.get(f"/api/projects/{pid}").json()["status"] == "licensed"


def test_readers_and_other_provinces(officer, client_for):
    pid = officer.post("/api/projects", json=fdi()).json()["id"]
    leader = client_for("leader", "68")
    assert leader.get(f"/api/projects/{pid}").status_code == 200
    assert move(leader, pid, "implementing", 1).status_code == 403
    ha_noi = client_for("officer", "01")
    assert ha_noi.get("/api/projects").json()["total"] == 0
    assert ha_noi.get(f"/api/projects/{pid}").status_code == 403
    assert move(ha_noi, pid, "implementing", 1).status_code == 403


# ------------------------------------------------------------------------------------------ rules
@pytest.mark.parametrize(("fields", "field"), [
    ({"approved_on": "2022-12-31"}, "approved_on"),  # before proposed_on
    ({"start_on": "2023-03-01"}, "start_on"),  # before approved_on
    ({"end_on": "2023-05-01"}, "end_on"),  # before start_on
    ({"proposed_on": None, "approved_on": None}, "approved_on"),  # licensed needs it
    ({"approved_on": iso(TODAY + timedelta(days=5)), "start_on": None, "end_on": None}, "approved_on"),
    ({"currency": None}, "currency"),
    ({"currency": None, "capital_amount": None, "disbursed_amount": "10"}, "currency"),
    ({"disbursed_amount": "25000000.01"}, "disbursed_amount"),
    ({"currency": "EUR", "capital_amount": None, "usd_equivalent": "10"}, "usd_equivalent"),
])
def test_rules_on_the_final_state(officer, fields, field):
    response = officer.post("/api/projects", json=fdi(**fields))
    assert response.status_code == 422, response.text
    assert response.json()["error"]["field"] == field
    assert officer.get("/api/projects").json()["total"] == 0


def test_bad_input_names_the_field_and_writes_nothing(officer):
    cases = [
        ({**fdi(), "investor": "x"}, "investor"),
        ({**fdi(), "kind": "loan"}, "kind"),
        ({**fdi(), "name": ""}, "name"),
        ({**fdi(), "name": "x" * 501}, "name"),
        ({**fdi(), "country_code": "XX"}, "country_code"),
        ({**fdi(), "currency": "XYZ"}, "currency"),
        ({**fdi(), "currency": "US"}, "currency"),
        ({**fdi(), "capital_amount": "-1"}, "capital_amount"),
        ({**fdi(), "capital_amount": "10.001"}, "capital_amount"),
        ({**fdi(), "capital_amount": "1e16"}, "capital_amount"),
        ({**fdi(), "capital_amount": "nhiều"}, "capital_amount"),
        ({**fdi(), "usd_equivalent": "-5"}, "usd_equivalent"),
        ({**fdi(), "sector": "mining"}, "sector"),
        ({**fdi(), "dac_code": "1403"}, "dac_code"),
        ({**fdi(), "approved_on": "2023-02-29"}, "approved_on"),
        ({**fdi(), "partner_id": 0}, "partner_id"),
        ({**fdi(), "status": "approved"}, "status"),
        ({**fdi(), "commune": "x" * 201}, "commune"),
    ]
    for payload, field in cases:
        response = officer.post("/api/projects", json=payload)
        assert response.status_code == 422, (field, response.text)
        error = response.json()["error"]
        assert error["field"] == field, (field, error)
        assert error["message_vi"] and error["message_en"] and error["message_vi"] != error["message_en"]
    assert officer.get("/api/projects").json()["total"] == 0


def test_links_stay_inside_the_province(officer, client_for):
    agreement = officer.post("/api/agreements", json={"kind": "mou", "title": "Bản ghi nhớ hợp tác đầu tư"}).json()["id"]
    linked = officer.post("/api/projects", json=fdi(agreement_id=agreement))
    assert linked.status_code == 201, linked.text
    assert officer.get("/api/projects", params={"agreement_id": agreement}).json()["total"] == 1

    ha_noi = client_for("officer", "01")
    other_partner = make_partner(ha_noi, JICA)
    other_agreement = ha_noi.post("/api/agreements", json={"kind": "mou", "title": "MOU Hà Nội"}).json()["id"]
    for fields, field in [({"partner_id": other_partner}, "partner_id"), ({"agreement_id": other_agreement}, "agreement_id"),
                          ({"agreement_id": 999_999}, "agreement_id")]:
        refused = officer.post("/api/projects", json=fdi(**fields))
        assert refused.status_code == 422 and refused.json()["error"]["field"] == field, fields
    assert officer.get("/api/projects").json()["total"] == 1


# ---------------------------------------------------------------------------------- lists, filters
def test_filters_and_sorting(officer):
    aeon, jica = make_partner(officer), make_partner(officer, JICA)
    ids = {
        "coffee": officer.post("/api/projects", json=fdi()).json()["id"],
        "mall": officer.post("/api/projects", json=fdi(
            name="Trung tâm thương mại AEON Đà Lạt", partner_id=aeon, investor_name=None, sector="trade_services",
            capital_amount="180000000", approved_on="2024-08-20", start_on=None, end_on=None,
            location="Phường 1, Đà Lạt", commune=None)).json()["id"],
        "road": officer.post("/api/projects", json={
            "kind": "oda", "name": "Đường vành đai Bảo Lộc", "partner_id": jica, "dac_code": "21020",
            "capital_amount": "9500000000", "currency": "JPY", "usd_equivalent": "64000000",
            "approved_on": "2022-11-30", "status": "committed"}).json()["id"],
        "water": officer.post("/api/projects", json=aid()).json()["id"],
        "idea": officer.post("/api/projects", json={"kind": "fdi", "name": "Khu nghỉ dưỡng Tuyền Lâm",
                                                    "country_code": "KR", "sector": "tourism"}).json()["id"],
    }

    def found(**params):  # type: ignore[no-untyped-def]
        response = officer.get("/api/projects", params=params)
        assert response.status_code == 200, response.text
        return [p["id"] for p in response.json()["items"]]

    assert set(found(kind="fdi")) == {ids["coffee"], ids["mall"], ids["idea"]}
    assert set(found(status="committed")) == {ids["road"], ids["water"]}
    assert found(sector="infrastructure") == [ids["water"], ids["road"]]  # from their DAC codes; newest first
    assert set(found(country="jp")) == {ids["coffee"], ids["mall"], ids["road"]}
    assert found(partner_id=jica) == [ids["road"]]
    assert set(found(date_from="2023-01-01", date_to="2024-06-30")) == {ids["coffee"], ids["water"]}
    assert found(q="vanh dai bao loc") == [ids["road"]]
    assert found(q="cơ quan hợp tác quốc tế") == [ids["road"]]  # the donor partner's name
    assert found(q="loc phat") == [ids["coffee"]]  # commune
    # by capital in USD, largest first; projects without a USD figure last
    assert found(sort="-usd_equivalent") == [ids["mall"], ids["road"], ids["coffee"], ids["water"], ids["idea"]]
    assert found(sort="usd_equivalent") == [ids["water"], ids["coffee"], ids["road"], ids["mall"], ids["idea"]]
    assert found(sort="-approved_on") == [ids["mall"], ids["water"], ids["coffee"], ids["road"], ids["idea"]]
    assert len(found(sort="name")) == 5  # (the order of names with diacritics depends on the database collation)
    for bad, field in [({"kind": "loan"}, "kind"), ({"sector": "mining"}, "sector"), ({"sort": "secret"}, "sort"),
                       ({"date_from": "2024-13-01"}, "date_from"), ({"partner_id": "x"}, "partner_id")]:
        response = officer.get("/api/projects", params=bad)
        assert response.status_code == 422 and response.json()["error"]["field"] == field, bad

"""The figures endpoint: every number is derived from records entered through the API."""

from __future__ import annotations

from datetime import date, timedelta


def _delegation(client, direction, start, countries, members, *, level="department", planned=True):
    payload = {
        "title": f"Đoàn {direction} {start}",
        "direction": direction,
        "leader_level": level,
        "purpose": "cooperation",
        "start_on": start,
        "planned": planned,
        "destinations": [{"country_code": c} for c in countries],
        "members": [{"full_name": f"Thành viên {i}"} for i in range(members)],
    }
    response = client.post("/api/delegations", json=payload)
    assert response.status_code == 201, response.text
    return response.json()


def _history(client):
    _delegation(client, "outbound", "2025-03-02", ["US"], 2, level="province_leader")
    _delegation(client, "outbound", "2025-06-10", ["FR", "JP"], 3)
    _delegation(client, "outbound", "2025-11-20", ["JP"], 5, planned=False)
    _delegation(client, "outbound", "2024-12-31", ["JP"], 7)  # outside the year
    _delegation(client, "inbound", "2025-04-01", ["KR"], 4, level="provincial_governor")


def test_delegations_are_counted_as_doan_and_luot(officer):
    _history(officer)
    response = officer.get("/api/figures", params={"year": 2025})
    assert response.status_code == 200, response.text
    figures = response.json()
    out = figures["delegations"]["outbound"]
    assert out["total"]["text"] == "3 đoàn/10 lượt"
    assert (out["total"]["delegations"], out["total"]["persons"]) == (3, 10)
    by_country = {r["key"]: (r["delegations"], r["persons"]) for r in out["breakdowns"]["country"]}
    # a delegation to two countries counts once per country in the breakdown, once in the total
    assert by_country == {"US": (1, 2), "FR": (1, 3), "JP": (2, 8)}
    by_planned = {r["key"]: r["text"] for r in out["breakdowns"]["planned"]}
    assert by_planned == {True: "2 đoàn/5 lượt", False: "1 đoàn/5 lượt"}
    by_level = {r["key"]: r["delegations"] for r in out["breakdowns"]["level"]}
    assert by_level == {"province_leader": 1, "department": 2}
    assert figures["delegations"]["inbound"]["total"]["text"] == "1 đoàn/4 lượt"


def test_figures_follow_the_records_when_members_change(officer):
    d = _delegation(officer, "outbound", "2025-05-05", ["LA"], 2)
    officer.patch(f"/api/delegations/{d['id']}", json={"version": d["version"],
                                                         "members": [{"full_name": f"Người {i}"} for i in range(6)]})
    total = officer.get("/api/figures", params={"year": 2025}).json()["delegations"]["outbound"]["total"]
    assert total["text"] == "1 đoàn/6 lượt"


def test_period_and_country_filters(officer):
    _history(officer)
    q1 = officer.get("/api/figures", params={"date_from": "2025-01-01", "date_to": "2025-03-31"}).json()
    assert q1["delegations"]["outbound"]["total"]["text"] == "1 đoàn/2 lượt"
    japan = officer.get("/api/figures", params={"year": 2025, "country": "JP"}).json()
    assert japan["delegations"]["outbound"]["total"]["text"] == "2 đoàn/8 lượt"
    bad = officer.get("/api/figures", params={"date_from": "2025-05-01", "date_to": "2025-01-01"})
    assert bad.status_code == 422
    assert officer.get("/api/figures", params={"breakdowns": "colour"}).status_code == 422


def test_figures_respect_province_isolation(client_for):
    lam_dong, ha_noi = client_for("officer", "68"), client_for("officer", "01")
    _history(lam_dong)
    _delegation(ha_noi, "outbound", "2025-02-02", ["CN"], 9)
    assert ha_noi.get("/api/figures", params={"year": 2025}).json()["delegations"]["outbound"]["total"]["text"] \
        == "1 đoàn/9 lượt"
    ministry = client_for("leader", None)
    assert ministry.get("/api/figures", params={"year": 2025}).json()["delegations"]["outbound"]["total"]["text"] \
        == "4 đoàn/19 lượt"
    one = ministry.get("/api/figures", params={"year": 2025, "province": "68"}).json()
    assert one["delegations"]["outbound"]["total"]["text"] == "3 đoàn/10 lượt"
    by_province = {r["key"]: r["delegations"] for r in ministry.get(
        "/api/figures", params={"year": 2025, "breakdowns": "province"}).json()["delegations"]["outbound"]["breakdowns"]["province"]}
    assert by_province == {"01": 1, "68": 3}


def test_agreements_and_projects_figures(officer):
    soon = (date.today() + timedelta(days=30)).isoformat()
    agreement = officer.post("/api/agreements", json={
        "kind": "mou", "title": "Bản ghi nhớ hợp tác với tỉnh Champasak", "status": "draft",
    })
    assert agreement.status_code == 201, agreement.text
    figures = officer.get("/api/figures").json()
    assert figures["agreements"]["by_status"]["draft"] == 1
    project = officer.post("/api/projects", json={
        "kind": "fdi", "name": "Nhà máy chế biến cà phê", "sector": "industry", "country_code": "JP",
        "capital_amount": "174048000", "currency": "USD",
    })
    assert project.status_code == 201, project.text
    assert soon  # expiring agreements are checked in tests/agreements; here: the figure is present
    assert "expiring" in figures["agreements"]


def test_the_tally_equals_the_grouped_counts(officer, db):
    """The figures' fast path (one tally) gives exactly what counting each breakdown separately gives."""
    from datetime import date

    from doingoai.accounts.security import Actor
    from doingoai.delegations import services as delegations

    _history(officer)
    _delegation(officer, "inbound", "2025-08-08", ["KR", "JP"], 3, level="minister", planned=False)
    actor = Actor.of(officer.user)
    start, end = date(2025, 1, 1), date(2025, 12, 31)
    tallied = delegations.tally(db, actor, start, end)
    for direction in ("outbound", "inbound"):
        assert tallied[direction]["total"] == delegations.count(db, actor, direction, start, end, None)
        for group in ("country", "level", "planned"):
            assert tallied[direction][group] == delegations.count(db, actor, direction, start, end, group)

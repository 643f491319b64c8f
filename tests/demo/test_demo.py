"""`doingoai demo`: the sample database is built in-process, then read back through the API.

One full build for the module (a few seconds); the checks are those a visitor of the demo relies
on: the printed logins work, the figures are the records behind them, the sample is marked as such.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import redirect_stdout
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from doingoai import cli
from doingoai.app import create_app
from doingoai.demo import builder
from doingoai.demo.cli import demo_settings
from doingoai.settings import Settings

SEED = "2019"


def run_demo(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli.main(["--lang", "vi", "demo", "--no-serve", *args])
    return code, out.getvalue()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data_dir = tmp_path_factory.mktemp("demo")
    code, output = run_demo("--data-dir", str(data_dir), "--seed", SEED)
    assert code == 0, output
    return data_dir, output


@pytest.fixture(scope="module")
def demo_app(demo: tuple[Path, str]):  # type: ignore[no-untyped-def]
    return create_app(demo_settings(Settings(), demo[0]))


@pytest.fixture(scope="module")
def login(demo_app) -> Callable[[str], TestClient]:  # type: ignore[no-untyped-def]
    def sign_in(username: str) -> TestClient:
        client = TestClient(demo_app)
        response = client.post("/api/auth/token", json={"username": username, "password": builder.PASSWORD})
        assert response.status_code == 201, response.text
        client.headers["Authorization"] = f"Bearer {response.json()['token']}"
        return client

    return sign_in


@pytest.fixture(scope="module")
def officer(login) -> TestClient:  # type: ignore[no-untyped-def]
    return login("canbo")


def all_items(client: TestClient, path: str, **params: object) -> list[dict]:
    items: list[dict] = []
    page = 1
    while True:
        response = client.get(path, params={**params, "page": page, "per_page": 500})
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        if len(items) >= body["total"]:
            assert len(items) == body["total"]
            return items
        page += 1


# --------------------------------------------------------------------------------- the command
def test_prints_where_to_open_it_and_every_login(demo: tuple[Path, str]) -> None:
    data_dir, output = demo
    assert "DỮ LIỆU MẪU" in output and "SAMPLE DATA" in output
    assert "http://127.0.0.1:8000/" in output and "http://127.0.0.1:8000/api/docs" in output
    assert builder.PASSWORD in output
    for user in builder.USERS:
        if user.shown:
            assert user.username in output
    assert str(data_dir / "doingoai.db") in output
    assert (data_dir / builder.MARKER).is_file()


def test_every_printed_login_signs_in_with_its_role(demo_app, login) -> None:  # type: ignore[no-untyped-def]
    shown = [u for u in builder.USERS if u.shown]
    assert {u.role for u in shown} == {"admin", "officer", "leader", "guest"}
    assert any(u.province is None for u in shown), "a ministry-level account"
    for user in shown:
        me = login(user.username).get("/api/me").json()
        assert (me["role"], me["province_code"]) == (user.role, user.province)
    wrong = TestClient(demo_app).post("/api/auth/token", json={"username": "canbo", "password": "sai-mat-khau"})
    assert wrong.status_code == 401


def test_the_pages_carry_the_sample_banner(demo_app) -> None:  # type: ignore[no-untyped-def]
    assert demo_app.state.settings.sample is True
    page = TestClient(demo_app).get("/login")
    assert page.status_code == 200
    assert "DỮ LIỆU MẪU" in page.text


def test_refuses_a_directory_holding_another_database(tmp_path: Path) -> None:
    real = tmp_path / "doingoai.db"
    real.write_bytes(b"not a demo")
    code, _ = run_demo("--data-dir", str(tmp_path))
    assert code == 2
    assert real.read_bytes() == b"not a demo"


def test_each_run_rebuilds_the_same_history_for_a_seed(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text

    def fingerprint() -> list[tuple]:
        engine = create_engine(builder.database_url(tmp_path))
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT title, start_on, member_count FROM delegations ORDER BY id")).all()
            rows += conn.execute(text("SELECT name, capital_amount, status FROM projects ORDER BY id")).all()
        engine.dispose()
        return [tuple(r) for r in rows]

    assert run_demo("--data-dir", str(tmp_path), "--seed", "7", "--scale", "small")[0] == 0
    first = fingerprint()
    assert run_demo("--data-dir", str(tmp_path), "--seed", "7", "--scale", "small")[0] == 0
    assert fingerprint() == first  # deleted and rebuilt, not added to


# ------------------------------------------------------------------------------------ the data
@pytest.mark.parametrize("direction", ["outbound", "inbound"])
def test_2025_delegation_figures_are_the_records_behind_them(officer: TestClient, direction: str) -> None:
    figures = officer.get("/api/figures", params={"year": 2025}).json()
    total = figures["delegations"][direction]["total"]
    assert total["delegations"] > 10 and total["persons"] > total["delegations"]
    items = all_items(officer, "/api/delegations", direction=direction, date_from="2025-01-01", date_to="2025-12-31")
    assert len(items) == total["delegations"]
    assert sum(len(d["members"]) for d in items) == sum(d["member_count"] for d in items) == total["persons"]
    assert total["text"] == f"{total['delegations']} đoàn/{total['persons']} lượt"
    assert all(2 <= d["member_count"] <= 12 for d in items)
    assert any(not d["planned"] for d in items) and any(d["planned"] for d in items)


def test_2025_project_figures_are_the_records_behind_them(officer: TestClient) -> None:
    figures = officer.get("/api/figures", params={"year": 2025}).json()["projects"]
    items = all_items(officer, "/api/projects", date_from="2025-01-01", date_to="2025-12-31")
    assert figures["total"]["count"] == len(items) > 0
    assert Decimal(figures["total"]["usd"]) == sum(Decimal(p["usd_equivalent"] or 0) for p in items) > 0
    for kind in ("fdi", "oda", "ngo_aid"):
        assert figures["by_kind"][kind]["count"] == sum(p["kind"] == kind for p in items) > 0
    assert {p["currency"] for p in items} > {"USD"}, "some capital in JPY / KRW / EUR with its USD equivalent"


def test_agreements_by_status_are_the_records_behind_them(officer: TestClient) -> None:
    by_status = officer.get("/api/figures", params={"year": 2025}).json()["agreements"]["by_status"]
    items = all_items(officer, "/api/agreements")
    for status, count in by_status.items():
        assert count == sum(a["status"] == status for a in items)
    assert {"draft", "consulting", "signed", "in_force", "expired", "terminated"} <= {a["status"] for a in items}
    commitments = [c for a in items for c in a["commitments"]]
    assert any(c["overdue"] for c in commitments) and any(c["status"] == "done" for c in commitments)


def test_some_agreements_expire_within_90_days(officer: TestClient) -> None:
    soon = officer.get("/api/agreements/expiring", params={"days": 90}).json()["items"]
    assert len(soon) >= 2
    today = date.today()
    for agreement in soon:
        assert agreement["status"] == "in_force"
        assert today <= date.fromisoformat(agreement["expires_on"]) <= today + timedelta(days=90)
    figures = officer.get("/api/figures", params={"expiring_days": 90}).json()["agreements"]["expiring"]
    assert [row["id"] for row in figures] == [a["id"] for a in soon]


def test_agreements_of_the_merged_provinces_are_held_by_lam_dong(officer: TestClient) -> None:
    inherited = [a for a in all_items(officer, "/api/agreements")
                 if a["signing_body"] in ("UBND tỉnh Bình Thuận", "UBND tỉnh Đắk Nông")]
    assert {a["signing_body"] for a in inherited} == {"UBND tỉnh Bình Thuận", "UBND tỉnh Đắk Nông"}
    held = [a for a in inherited if a["status"] == "in_force"]
    assert held and all(a["responsible_body"] == "UBND tỉnh Lâm Đồng" and a["responsible_since"] == "2025-07-01"
                        and "202/2025/QH15" in a["succession_notes"] for a in held)


def test_records_carry_their_audit_trail(officer: TestClient) -> None:
    delegation = all_items(officer, "/api/delegations", date_from="2025-01-01", date_to="2025-03-31")[0]
    history = officer.get(f"/api/delegations/{delegation['id']}/history").json()
    assert [(e["action"], e["actor_name"]) for e in history] == [("create", "canbo")]
    expired = next(a for a in all_items(officer, "/api/agreements", status="expired"))
    actions = [e["action"] for e in officer.get(f"/api/agreements/{expired['id']}/history").json()]
    assert actions[0] == "create" and actions.count("status") == 2
    assert [h["to_status"] for h in expired["status_history"]] == ["signed", "in_force", "expired"]


def test_partners_are_marked_as_sample_data(officer: TestClient) -> None:
    partners = all_items(officer, "/api/partners")
    assert len(partners) >= 35
    assert all("Dữ liệu mẫu" in (p["notes"] or "") for p in partners)
    assert {"foreign_locality", "embassy_consulate", "international_org", "foreign_ngo", "company",
            "vn_mission_abroad", "overseas_vietnamese"} <= {p["kind"] for p in partners}
    codes = {p["subdivision_code"] for p in partners}
    assert {"JP-10", "KR-47", "TH-50", "LA-CH", "KH-11", "CN-YN", "BE-VOV"} <= codes


def test_the_plan_is_carried_out_by_delegations_events_and_agreements(officer: TestClient) -> None:
    plans = all_items(officer, "/api/plans")
    assert len(plans) == 2
    tasks = [t for p in plans for g in p["groups"] for t in g["tasks"]]
    assert any(t["event_id"] for t in tasks) and any(t["agreement_id"] for t in tasks)
    linked = [t for t in tasks if t["delegation_ids"]]
    assert linked
    for task in linked[:5]:
        for delegation_id in task["delegation_ids"]:
            delegation = officer.get(f"/api/delegations/{delegation_id}").json()
            assert delegation["plan_task_id"] == task["id"] and delegation["planned"]
    assert any(p["status"] == "closed" for p in plans) and any(0 < (p["progress"] or 0) < 100 for p in plans)


def test_the_ministry_sees_several_provinces_an_office_its_own(login) -> None:  # type: ignore[no-untyped-def]
    params = {"year": 2025, "breakdowns": "province"}
    ministry = login("bongoaigiao").get("/api/figures", params=params).json()
    office = login("canbo").get("/api/figures", params=params).json()
    rows = ministry["delegations"]["outbound"]["breakdowns"]["province"]
    assert {r["key"] for r in rows} == {"68", "56", "66"}
    assert [r["key"] for r in office["delegations"]["outbound"]["breakdowns"]["province"]] == ["68"]
    assert sum(r["delegations"] for r in rows) == ministry["delegations"]["outbound"]["total"]["delegations"]


def test_the_review_queue_holds_proposals_with_their_evidence(officer: TestClient) -> None:
    pending = officer.get("/api/review/proposals", params={"status": "pending", "per_page": 100}).json()
    assert pending["total"] > 0
    detail = officer.get(f"/api/review/proposals/{pending['items'][0]['id']}").json()
    assert detail["passage"]["text"] and detail["passage"]["text"] == detail["quote"]

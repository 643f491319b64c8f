"""The figures function of projects (used by the report figures): count and capital in USD by kind and country."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from doingoai.projects.schemas import ProjectQuery
from doingoai.projects.services import capital_figures
from tests import factories


def project(client, kind, country, approved_on, amount, currency, usd=None, **fields) -> int:  # type: ignore[no-untyped-def]
    status = {"fdi": "licensed", "other": "licensed"}.get(kind, "committed") if approved_on else "proposed"
    body = {"kind": kind, "name": f"Dự án {kind} {country} {approved_on}", "country_code": country,
            "approved_on": approved_on, "capital_amount": amount, "currency": currency, "usd_equivalent": usd,
            "status": status, **fields}
    response = client.post("/api/projects", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_count_and_capital_by_kind_and_country(officer, client_for, db):
    project(officer, "fdi", "JP", "2025-03-01", "25000000", "USD")
    project(officer, "fdi", "JP", "2025-09-15", "1500000.50", "USD")
    project(officer, "fdi", "KR", "2025-05-05", "630000000000", "VND", "24900000")
    project(officer, "fdi", "KR", "2025-06-06", "50000000000", "VND")  # no USD figure yet
    project(officer, "oda", "JP", "2025-01-20", "9500000000", "JPY", "64000000")
    project(officer, "ngo_aid", "US", "2025-11-11", "47000", "USD")
    project(officer, "fdi", "SG", "2024-12-31", "1000000", "USD")  # before the period
    project(officer, "fdi", "SG", None, None, None)  # only proposed: no approval date
    project(client_for("officer", "01"), "fdi", "JP", "2025-03-01", "99000000", "USD")  # another province

    actor = factories.actor(db, "officer", "68")
    year = ProjectQuery(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))  # on approved_on
    figures = capital_figures(db, actor, year)

    assert figures["total"] == {"count": 6, "usd": Decimal("115447000.50"), "without_usd": 1}
    assert figures["by_kind"] == {
        "fdi": {"count": 4, "usd": Decimal("51400000.50"), "without_usd": 1},
        "oda": {"count": 1, "usd": Decimal("64000000.00"), "without_usd": 0},
        "ngo_aid": {"count": 1, "usd": Decimal("47000.00"), "without_usd": 0},
        "other": {"count": 0, "usd": Decimal("0.00"), "without_usd": 0},
    }
    assert figures["by_country"] == [
        {"country_code": "JP", "count": 3, "usd": Decimal("90500000.50"), "without_usd": 0},
        {"country_code": "KR", "count": 2, "usd": Decimal("24900000.00"), "without_usd": 1},
        {"country_code": "US", "count": 1, "usd": Decimal("47000.00"), "without_usd": 0},
    ]
    assert {(r["kind"], r["country_code"]): (r["count"], r["usd"]) for r in figures["rows"]} == {
        ("oda", "JP"): (1, Decimal("64000000.00")),
        ("fdi", "JP"): (2, Decimal("26500000.50")),
        ("fdi", "KR"): (2, Decimal("24900000.00")),
        ("ngo_aid", "US"): (1, Decimal("47000.00")),
    }
    assert figures["rows"][0]["kind"] == "oda"  # largest first

    # the list's filters apply: FDI only, and the count is the list's total
    fdi = capital_figures(db, actor, ProjectQuery(kind="fdi", date_from=date(2025, 1, 1), date_to=date(2025, 12, 31)))
    assert fdi["total"]["count"] == 4
    listed = officer.get("/api/projects", params={"kind": "fdi", "date_from": "2025-01-01", "date_to": "2025-12-31"})
    assert listed.json()["total"] == 4
    # all periods: the proposed project (no USD, no date) counts too
    assert capital_figures(db, actor)["total"]["count"] == 8
    ministry = factories.actor(db, "officer", None)
    assert capital_figures(db, ministry, year)["total"]["usd"] == Decimal("214447000.50")
    empty = capital_figures(db, factories.actor(db, "officer", "79"), year)
    assert empty["total"] == {"count": 0, "usd": Decimal("0.00"), "without_usd": 0} and empty["rows"] == []

"""The figures functions of agreements (used by the report figures): counts by status, the expiring list."""

from __future__ import annotations

from datetime import date, timedelta

from doingoai.agreements.schemas import AgreementQuery
from doingoai.agreements.services import expiring, status_counts
from tests import factories

TODAY = date.today()
PARTY = [{"name": "Tỉnh Chămpasắc", "country_code": "LA"}]


def agreement(client, status, signed_on, expires_in=None, **fields) -> int:  # type: ignore[no-untyped-def]
    body = {"kind": "mou", "title": f"Thỏa thuận {status} {signed_on}", "status": status, "signed_on": signed_on,
            "parties": PARTY, **fields}
    if expires_in is not None:
        body["expires_on"] = (TODAY + timedelta(days=expires_in)).isoformat()
    response = client.post("/api/agreements", json=body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_counts_by_status_follow_the_records_and_the_filters(officer, client_for, db):
    agreement(officer, "in_force", "2024-03-01", 30)
    agreement(officer, "in_force", "2025-02-01", 400, kind="twinning")
    agreement(officer, "signed", "2025-06-30")
    agreement(officer, "terminated", "2023-05-05")
    agreement(officer, "draft", None)
    agreement(client_for("officer", "01"), "in_force", "2025-01-01")  # another province

    actor = factories.actor(db, "officer", "68")
    counts = status_counts(db, actor)
    assert counts == {"draft": 1, "consulting": 0, "signed": 1, "in_force": 2, "suspended": 0, "expired": 0,
                      "terminated": 1}
    year_2025 = AgreementQuery(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))  # on signed_on
    assert status_counts(db, actor, year_2025) == {**dict.fromkeys(counts, 0), "signed": 1, "in_force": 1}
    assert sum(status_counts(db, actor, AgreementQuery(kind="twinning")).values()) == 1
    # the count is the list: same filters, same scope
    assert officer.get("/api/agreements", params={"date_from": "2025-01-01", "date_to": "2025-12-31"}).json()["total"] == 2

    ministry = factories.actor(db, "officer", None)
    assert status_counts(db, ministry)["in_force"] == 3
    assert status_counts(db, ministry, AgreementQuery(province="01"))["in_force"] == 1


def test_expiring_list_is_plain_data_soonest_first(officer, db):
    later = agreement(officer, "in_force", "2022-01-01", 60, responsible_body="UBND tỉnh Lâm Đồng",
                      signing_body="UBND huyện Đức Trọng")
    sooner = agreement(officer, "in_force", "2022-01-01", 5, signing_body="Sở Y tế")
    agreement(officer, "in_force", "2022-01-01", 200)
    agreement(officer, "signed", "2022-01-01", 10)  # not in force

    actor = factories.actor(db, "officer", "68")
    rows = expiring(db, actor)  # 90 days by default
    assert [r["id"] for r in rows] == [sooner, later]
    assert rows[0]["days_left"] == 5 and rows[0]["expires_on"] == TODAY + timedelta(days=5)
    assert rows[0]["responsible_body"] == "Sở Y tế"  # the signing body, nobody else took it over
    assert rows[1]["responsible_body"] == "UBND tỉnh Lâm Đồng"
    assert rows[1]["parties"] == ["Tỉnh Chămpasắc"]
    assert [r["id"] for r in expiring(db, actor, AgreementQuery(expiring_within_days=30))] == [sooner]
    assert len(expiring(db, actor, AgreementQuery(expiring_within_days=365))) == 3
    assert expiring(db, factories.actor(db, "officer", "01")) == []

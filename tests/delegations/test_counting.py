"""The figures "N đoàn/M lượt", on a small hand-built history (records made through the API)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from doingoai.accounts.security import Actor
from doingoai.delegations.services import count, format_count, format_row
from doingoai.errors import Invalid


def trip(client, country, members, *, start, direction="outbound", planned=True, level=None, **extra):
    countries = country if isinstance(country, list) else [country]
    payload = {
        "title": f"Đoàn {direction} {'/'.join(countries)} {start}",
        "direction": direction,
        "leader_level": level or ("department" if direction == "outbound" else "ambassador"),
        "purpose": "cooperation",
        "start_on": start,
        "planned": planned,
        "destinations": [{"country_code": c} for c in countries],
        "members": [{"full_name": f"Thành viên {i}"} for i in range(members)],
        **extra,
    }
    response = client.post("/api/delegations", json=payload)
    assert response.status_code == 201, response.text
    return response.json()


def actor_of(client) -> Actor:
    return Actor.of(client.user)


def by_key(rows):
    return {r["key"]: (r["delegations"], r["persons"]) for r in rows}


@pytest.fixture
def history(officer):
    """Three outbound trips, 2+3+5 members, to the US, France and Japan in spring 2025."""
    trip(officer, "US", 2, start="2025-03-10", level="province_leader")
    trip(officer, "FR", 3, start="2025-04-02", planned=False)
    trip(officer, "JP", 5, start="2025-04-20")
    return officer


def test_total_counts_delegations_and_person_trips(history, db):
    actor = actor_of(history)
    [total] = count(db, actor, "outbound", date(2025, 1, 1), date(2025, 12, 31))
    assert total == {"key": None, "delegations": 3, "persons": 10}
    assert format_row(total) == "3 đoàn/10 lượt"
    # nothing in the period is still a row: 0 đoàn/0 lượt
    assert count(db, actor, "outbound", date(2020, 1, 1), date(2020, 12, 31)) == [
        {"key": None, "delegations": 0, "persons": 0}]


def test_by_country_planned_level_month(history, db):
    actor = actor_of(history)
    assert by_key(count(db, actor, "outbound", group_by="country")) == {"FR": (1, 3), "JP": (1, 5), "US": (1, 2)}
    assert by_key(count(db, actor, "outbound", group_by="planned")) == {False: (1, 3), True: (2, 7)}
    assert by_key(count(db, actor, "outbound", group_by="level")) == {"department": (2, 8), "province_leader": (1, 2)}
    assert by_key(count(db, actor, "outbound", group_by="month")) == {"2025-03": (1, 2), "2025-04": (2, 8)}
    assert by_key(count(db, actor, "outbound", group_by="province")) == {"68": (3, 10)}
    rows = count(db, actor, "outbound", group_by="country")
    assert [r["key"] for r in rows] == ["FR", "JP", "US"]  # sorted by key


def test_counts_take_the_list_filters(history, db):
    actor = actor_of(history)
    assert by_key(count(db, actor, "outbound", planned=True)) == {None: (2, 7)}
    assert by_key(count(db, actor, "outbound", country="jp", group_by="level")) == {"department": (1, 5)}
    # the same parameters give the same delegations in the list as in the figure
    listed = history.get("/api/delegations", params={"direction": "outbound", "level": "department"}).json()
    assert by_key(count(db, actor, "outbound", level="department")) == {
        None: (listed["total"], sum(d["member_count"] for d in listed["items"]))}


def test_a_delegation_to_two_countries_counts_once_per_country_and_once_in_total(history, db):
    # 4 people to the US and to France (two French cities: still one France)
    trip(history, ["US", "FR", "FR"], 4, start="2025-05-05")
    actor = actor_of(history)
    [total] = count(db, actor, "outbound")
    assert format_row(total) == "4 đoàn/14 lượt"
    countries = by_key(count(db, actor, "outbound", group_by="country"))
    assert countries == {"FR": (2, 7), "JP": (1, 5), "US": (2, 6)}
    assert sum(n for n, _ in countries.values()) == 5  # more than the 4 in the total, by design


def test_direction_period_province_and_visibility(history, db, client_for):
    trip(history, "LA", 6, start="2025-04-01", direction="inbound")
    trip(history, "CN", 7, start="2024-12-31")  # before the period
    trip(history, "KR", 9, start="2025-06-01", restricted=True)
    hanoi = client_for("officer", "01")
    trip(hanoi, "US", 11, start="2025-04-01")
    period = (date(2025, 1, 1), date(2025, 12, 31))

    officer = actor_of(history)
    assert by_key(count(db, officer, "outbound", *period)) == {None: (4, 19)}
    assert by_key(count(db, officer, "inbound", *period)) == {None: (1, 6)}
    assert by_key(count(db, officer, None, *period)) == {None: (5, 25)}
    # the period is inclusive at both ends and taken on start_on
    assert by_key(count(db, officer, "outbound", date(2025, 3, 10), date(2025, 4, 20))) == {None: (3, 10)}

    guest = actor_of(client_for("guest", "68"))
    assert by_key(count(db, guest, "outbound", *period)) == {None: (3, 10)}  # no restricted delegations

    ministry = actor_of(client_for("officer", None))
    assert by_key(count(db, ministry, "outbound", *period, group_by="province")) == {"01": (1, 11), "68": (4, 19)}
    assert by_key(count(db, ministry, "outbound", *period, province="01")) == {None: (1, 11)}


def test_delegations_without_destination_count_under_no_country(officer, db):
    officer.post("/api/delegations", json={"title": "Đoàn khách quốc tế", "direction": "inbound",
                                           "leader_level": "organisation_head", "purpose": "other",
                                           "start_on": "2025-02-01", "members": [{"full_name": "A"}]})
    trip(officer, "JP", 2, start="2025-02-03", direction="inbound")
    assert by_key(count(db, actor_of(officer), "inbound", group_by="country")) == {"JP": (1, 2), None: (1, 1)}


def test_counts_follow_member_edits(officer, db):
    body = trip(officer, "US", 2, start="2025-03-10")
    actor = actor_of(officer)
    officer.patch(f"/api/delegations/{body['id']}", json={
        "version": 1, "members": [*body["members"], {"full_name": "Thêm"}, {"full_name": "Thêm nữa"}]})
    assert format_row(count(db, actor, "outbound")[0]) == "1 đoàn/4 lượt"
    officer.delete(f"/api/delegations/{body['id']}")
    assert format_row(count(db, actor, "outbound")[0]) == "0 đoàn/0 lượt"


def test_format_and_bad_grouping(officer, db):
    assert format_count(19, 58) == "19 đoàn/58 lượt"
    assert format_count(1204, 12345) == "1.204 đoàn/12.345 lượt"
    with pytest.raises(Invalid) as error:
        count(db, actor_of(officer), "outbound", group_by="colour")
    assert error.value.field == "group_by"
    with pytest.raises(ValidationError):
        count(db, actor_of(officer), "outbound", colour="red")

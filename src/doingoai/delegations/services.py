"""Delegations: the rules, the derived member count, and the counting behind "N đoàn/M lượt".

Counting rules (what the figures mean):

* A delegation is one "đoàn"; its members are its "lượt người" (person-trips). The head is a member
  like any other; a person on two trips counts twice. `member_count` is kept equal to the number of
  member rows by this service on every write; no client can set it.
* A delegation falls in a period when its start date (`start_on`) does; `date_from`/`date_to` are
  inclusive.
* By country, a delegation is counted once in every country of its destinations (for inbound:
  every country its guests come from): a trip to the US and France is one đoàn and N lượt in the US
  row AND in the France row, but still one đoàn and N lượt in the total. The by-country rows
  therefore add up to more than the total whenever a delegation visits several countries; two
  localities in the same country count once for that country. A delegation with no destination
  row is counted under the key None.
* The counts see what the actor sees: their own province (the ministry: every province, or one),
  and no restricted delegations for guests; with the list's filters, a count is taken over exactly
  the delegations the list with the same parameters shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from babel.numbers import format_decimal
from sqlalchemy import Select, exists, extract, func, null, select
from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.core.services import RecordService, check_order, check_reference, linked_labels
from doingoai.delegations.models import (
    LEVELS_BY_DIRECTION,
    Delegation,
    Destination,
    Direction,
    Member,
    MemberRole,
    OutcomeLink,
)
from doingoai.delegations.schemas import DelegationQuery
from doingoai.errors import Invalid

GROUPINGS = (None, "country", "level", "planned", "month", "province")
_TARGETS = (("agreement_id", "agreements"), ("project_id", "projects"), ("event_id", "events"))
PARTNER_NAMES = ("name_vi", "name_en", "short_name")


class DelegationService(RecordService[Delegation]):
    model = Delegation
    entity = "delegation"
    label_vi = "đoàn"
    search_fields = ("title", "leader_name", "leader_title", "purpose_text", "approval_number", "approver")
    date_field = "start_on"
    sort_fields = ("id", "start_on", "end_on", "member_count", "title", "created_at", "updated_at")
    default_sort = "-start_on"
    children = {"destinations": Destination, "members": Member, "outcome_links": OutcomeLink}
    equal_filters = {"direction": "direction", "level": "leader_level", "purpose": "purpose", "planned": "planned",
                     "plan_task_id": "plan_task_id"}

    def filter(self, stmt: Select[tuple[Delegation]], query: DelegationQuery) -> Select[tuple[Delegation]]:  # type: ignore[override]
        if query.country:
            stmt = stmt.where(exists().where(Destination.delegation_id == Delegation.id,
                                             Destination.country_code == query.country))
        if query.partner_id:
            stmt = stmt.where(exists().where(Destination.delegation_id == Delegation.id,
                                             Destination.partner_id == query.partner_id))
        return stmt

    def apply(self, obj: Delegation, values: dict[str, Any]) -> None:
        super().apply(obj, values)
        # Derived, never typed in: the lượt người of this đoàn.
        obj.member_count = len(obj.members)

    def search_values(self, obj: Delegation) -> Iterable[str | None]:
        yield from super().search_values(obj)
        for d in obj.destinations:
            yield d.locality
            yield d.host_name
        for m in obj.members:
            yield m.full_name
        yield from linked_labels(self.session, "partners", [d.partner_id for d in obj.destinations], PARTNER_NAMES)

    def check(self, obj: Delegation) -> None:
        check_order(obj, "start_on", "end_on")
        last_day = obj.end_on or obj.start_on
        if obj.leader_level not in LEVELS_BY_DIRECTION[Direction(obj.direction)]:
            allowed = ", ".join(sorted(LEVELS_BY_DIRECTION[Direction(obj.direction)]))
            raise Invalid("leader_level", f"không dùng cho đoàn {_direction_vi(obj.direction)}; chọn: {allowed}",
                          f"not a level for an {obj.direction} delegation; one of: {allowed}")
        if obj.approval_date is not None and obj.approval_date > last_day:
            raise Invalid("approval_date", f"phải trước hoặc bằng ngày kết thúc chuyến đi ({last_day:%d/%m/%Y})",
                          f"must be on or before the last day of the trip ({last_day.isoformat()})")
        for field in ("report_due_on", "report_submitted_on"):
            value = getattr(obj, field)
            if value is not None and value < last_day:
                raise Invalid(field, f"báo cáo kết quả có từ ngày kết thúc chuyến đi ({last_day:%d/%m/%Y}) trở đi",
                              f"the result report comes on or after the last day of the trip ({last_day.isoformat()})")
        if obj.plan_task_id is not None and not obj.planned:
            raise Invalid("planned", "đoàn thực hiện một nhiệm vụ của kế hoạch (plan_task_id) là đoàn trong kế hoạch",
                          "a delegation carrying out a plan task (plan_task_id) is a planned one")
        check_reference(self.session, "plan_tasks", obj.plan_task_id, obj.province_code, "plan_task_id")
        self._check_destinations(obj)
        self._check_members(obj)
        for i, link in enumerate(obj.outcome_links):
            set_targets = [field for field, _ in _TARGETS if getattr(link, field) is not None]
            if len(set_targets) != 1:
                raise Invalid(f"outcome_links.{i}", "cần đúng một trong agreement_id, project_id, event_id",
                              "needs exactly one of agreement_id, project_id, event_id")
            for field, table in _TARGETS:
                check_reference(self.session, table, getattr(link, field), obj.province_code,
                                f"outcome_links.{i}.{field}")

    def _check_destinations(self, obj: Delegation) -> None:
        if obj.direction == Direction.outbound and not obj.destinations:
            raise Invalid("destinations", "đoàn ra phải có ít nhất một nơi đến",
                          "an outbound delegation needs at least one destination")
        for i, dest in enumerate(obj.destinations):
            if dest.country_code == "VN":
                raise Invalid(f"destinations.{i}.country_code", "phải là một nước ngoài",
                              "must be a foreign country")
            if dest.subdivision_code and not dest.subdivision_code.startswith(dest.country_code + "-"):
                raise Invalid(f"destinations.{i}.subdivision_code", f"không thuộc quốc gia {dest.country_code}",
                              f"is not a subdivision of {dest.country_code}")
            check_reference(self.session, "partners", dest.partner_id, obj.province_code,
                            f"destinations.{i}.partner_id")

    def _check_members(self, obj: Delegation) -> None:
        heads = 0
        for i, member in enumerate(obj.members):
            if member.role == MemberRole.head:
                heads += 1
                if heads > 1:
                    raise Invalid(f"members.{i}.role", "một đoàn chỉ có một trưởng đoàn",
                                  "a delegation has only one head")
            check_reference(self.session, "persons", member.person_id, obj.province_code, f"members.{i}.person_id")


def _direction_vi(direction: Direction | str) -> str:
    return "ra" if Direction(direction) is Direction.outbound else "vào"


# ---------------------------------------------------------------------------------- figures
def count(
    session: Session,
    actor: Actor,
    direction: Direction | str | None,
    date_from: date | None = None,
    date_to: date | None = None,
    group_by: str | None = None,
    *,
    province: str | None = None,
    **filters: Any,
) -> list[dict[str, Any]]:
    """Delegations (đoàn) and person-trips (lượt) by `group_by`, one dict per key:
    `{"key": ..., "delegations": int, "persons": int}`.

    `direction` None counts both directions together. Keys: None → one row with key None (the
    total, also when there is nothing: 0 đoàn/0 lượt); "country" → ISO code (None: no destination);
    "level" → LeaderLevel value; "planned" → True/False; "month" → "YYYY-MM" of start_on;
    "province" → province code. Rows come sorted by key (None last). `filters` are those of the
    delegation list (country, level, purpose, planned, partner_id, q…): the count is taken over
    exactly the records the list with the same parameters shows. See the module docstring for how
    a delegation to several countries is counted.
    """
    if group_by not in GROUPINGS:
        raise Invalid("group_by", "chỉ nhóm theo: " + ", ".join(str(g) for g in GROUPINGS),
                      "group by one of: " + ", ".join(str(g) for g in GROUPINGS))
    query = DelegationQuery(direction=direction, date_from=date_from, date_to=date_to, province=province, **filters)
    stmt = DelegationService(session, actor).filtered(query)
    d = stmt.with_only_columns(
        Delegation.id, Delegation.member_count, Delegation.leader_level, Delegation.planned,
        Delegation.province_code, extract("year", Delegation.start_on).label("year"),
        extract("month", Delegation.start_on).label("month"),
    ).subquery()
    delegations = func.count(d.c.id)
    persons = func.coalesce(func.sum(d.c.member_count), 0)

    if group_by == "country":
        # One (delegation, country) pair per country visited, however many localities there.
        pairs = (select(Destination.delegation_id, Destination.country_code)
                 .where(Destination.delegation_id.in_(select(d.c.id))).distinct().subquery())
        agg = (select(pairs.c.country_code, delegations, persons)
               .select_from(d.outerjoin(pairs, pairs.c.delegation_id == d.c.id))
               .group_by(pairs.c.country_code))
    elif group_by == "month":
        agg = select(d.c.year, d.c.month, delegations, persons).group_by(d.c.year, d.c.month)
    elif group_by is None:
        agg = select(null(), delegations, persons)
    else:
        column = {"level": d.c.leader_level, "planned": d.c.planned, "province": d.c.province_code}[group_by]
        agg = select(column, delegations, persons).group_by(column)

    rows = []
    for row in session.execute(agg):
        if group_by == "month":
            key: Any = f"{int(row[0]):04d}-{int(row[1]):02d}"
            n, m = row[2], row[3]
        else:
            key, n, m = row
        if group_by == "level" and key is not None:
            key = getattr(key, "value", key)
        if group_by == "planned" and key is not None:
            key = bool(key)
        rows.append({"key": key, "delegations": int(n), "persons": int(m)})
    rows.sort(key=lambda r: (r["key"] is None, str(r["key"])))
    return rows


def tally(
    session: Session,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    province: str | None = None,
    **filters: Any,
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The figures' usual breakdowns for both directions at once, in two queries instead of eight:
    `{"outbound": {"total": [row], "level": [...], "planned": [...], "country": [...]}, "inbound": …}`,
    rows shaped and sorted exactly as `count()` gives them (and equal to them — the tests hold both
    to the same history). One grouped scan over (direction, level, planned) gives the total, by
    level and by planned; one join with the destinations gives by country."""
    query = DelegationQuery(date_from=date_from, date_to=date_to, province=province, **filters)
    d = (DelegationService(session, actor).filtered(query)
         .with_only_columns(Delegation.id, Delegation.direction, Delegation.leader_level, Delegation.planned,
                            Delegation.member_count).subquery())
    grouped = session.execute(
        select(d.c.direction, d.c.leader_level, d.c.planned, func.count(d.c.id), func.coalesce(func.sum(d.c.member_count), 0))
        .group_by(d.c.direction, d.c.leader_level, d.c.planned)).all()
    pairs = (select(Destination.delegation_id, Destination.country_code)
             .where(Destination.delegation_id.in_(select(d.c.id))).distinct().subquery())
    by_country = session.execute(
        select(d.c.direction, pairs.c.country_code, func.count(d.c.id), func.coalesce(func.sum(d.c.member_count), 0))
        .select_from(d.outerjoin(pairs, pairs.c.delegation_id == d.c.id))
        .group_by(d.c.direction, pairs.c.country_code)).all()

    result: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for direction in Direction:
        sums: dict[str, dict[Any, list[int]]] = {"total": {None: [0, 0]}, "level": {}, "planned": {}}
        for row_direction, level, planned, n, m in grouped:
            if Direction(row_direction) is not direction:
                continue
            for group, key in (("total", None), ("level", getattr(level, "value", level)), ("planned", bool(planned))):
                cell = sums[group].setdefault(key, [0, 0])
                cell[0] += int(n)
                cell[1] += int(m)
        countries = {code: [int(n), int(m)] for row_direction, code, n, m in by_country
                     if Direction(row_direction) is direction}
        result[direction.value] = {
            group: _rows(cells) for group, cells in (*sums.items(), ("country", countries))
        }
    return result


def _rows(cells: dict[Any, list[int]]) -> list[dict[str, Any]]:
    rows = [{"key": key, "delegations": n, "persons": m} for key, (n, m) in cells.items()]
    rows.sort(key=lambda r: (r["key"] is None, str(r["key"])))
    return rows


def format_count(delegations: int, persons: int, locale: str = "vi") -> str:
    """The figure as reports write it: "19 đoàn/58 lượt" (Vietnamese thousands: "1.204 đoàn/…")."""
    return f"{format_decimal(delegations, locale=locale)} đoàn/{format_decimal(persons, locale=locale)} lượt"


def format_row(row: dict[str, Any]) -> str:
    return format_count(row["delegations"], row["persons"])

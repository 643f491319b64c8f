"""Projects: the rules beyond the generic record service, the status lifecycle, and figures.

Derived, never typed twice:
- `usd_equivalent` equals `capital_amount` when the currency is USD (a different value sent is
  refused); when the currency changes away from USD the derived value is cleared unless a new
  one is sent;
- `sector` comes from `dac_code` when not given (and follows a changed dac_code while it is still
  the derived one), else "other";
- `country_code` comes from the investor / donor partner when not given.

Rules on the final state (`check`), each refused with 422 naming the field:
- dates in order: proposed_on ≤ approved_on ≤ start_on ≤ end_on (among those given);
- amounts need a currency; the USD equivalent needs an amount; disbursed ≤ capital;
- licensed is for FDI, committed for ODA and NGO aid (either for "other"); from approval on
  (licensed, committed, implementing, completed) approved_on is required and not in the future;
- the partner and the agreement are records of the same province.
The status moves along `PROJECT_TRANSITIONS` (models.py) through `change_status` (core lifecycle).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.core.lifecycle import LifecycleService
from doingoai.core.models import Base
from doingoai.core.services import check_order, check_reference
from doingoai.errors import Invalid
from doingoai.projects.models import (
    APPROVAL_STATUS,
    APPROVED_STATUSES,
    Project,
    ProjectKind,
    ProjectStatus,
    ProjectStatusChange,
    sector_for_dac,
)
from doingoai.projects.schemas import ProjectQuery

CENT = Decimal("0.01")
DATE_CHAIN = ("proposed_on", "approved_on", "start_on", "end_on")


def _partner(session: Session, partner_id: int) -> Any:
    """A partner's names and country, read by table name (domains do not import each other's models)."""
    t = Base.metadata.tables["partners"]
    return session.execute(select(t.c.name_vi, t.c.name_en, t.c.short_name, t.c.country_code)
                           .where(t.c.id == partner_id)).one_or_none()


class ProjectService(LifecycleService[Project]):
    model = Project
    entity = "project"
    label_vi = "dự án"
    history_model = ProjectStatusChange
    date_field = "approved_on"  # the period filter: projects licensed / committed in the period
    sort_fields = ("id", "name", "usd_equivalent", "capital_amount", "proposed_on", "approved_on", "start_on",
                   "end_on", "status", "kind", "created_at", "updated_at")
    default_sort = "-approved_on"
    equal_filters = {"kind": "kind", "status": "status", "sector": "sector", "country": "country_code",
                     "partner_id": "partner_id", "agreement_id": "agreement_id"}

    # ------------------------------------------------------------------ reads

    def search_values(self, obj: Project) -> Iterable[str | None]:
        yield from (obj.name, obj.name_en, obj.code, obj.investor_name, obj.location, obj.commune,
                    obj.implementing_agency)
        if obj.partner_id is not None:
            partner = _partner(self.session, obj.partner_id)
            if partner is not None:
                yield from partner[:3]

    def status_date(self, obj: Project, status: Any) -> date | None:
        return {ProjectStatus.proposed: obj.proposed_on, ProjectStatus.licensed: obj.approved_on,
                ProjectStatus.committed: obj.approved_on,
                ProjectStatus.implementing: obj.start_on, ProjectStatus.completed: obj.end_on}.get(status)

    # ----------------------------------------------------------------- writes
    def apply(self, obj: Project, values: dict[str, Any]) -> None:
        was_usd, old_dac, old_sector = obj.currency == "USD", obj.dac_code, obj.sector
        super().apply(obj, values)
        # sector: derived from the DAC code unless chosen
        if obj.sector is None or ("sector" not in values and "dac_code" in values
                                  and old_sector == sector_for_dac(old_dac)):
            obj.sector = sector_for_dac(obj.dac_code)
        # USD equivalent: the amount itself when the currency is USD
        sent = values.get("usd_equivalent")
        if obj.currency == "USD":
            if sent is not None and obj.capital_amount is not None and sent != obj.capital_amount:
                raise Invalid("usd_equivalent", "phải bằng số vốn khi đơn vị tiền là USD",
                              "must equal the capital amount when the currency is USD")
            obj.usd_equivalent = obj.capital_amount
        elif was_usd and "usd_equivalent" not in values:
            obj.usd_equivalent = None  # we derived it from the USD amount; it means nothing in another currency

    def check(self, obj: Project) -> None:
        given = [f for f in DATE_CHAIN if getattr(obj, f) is not None]
        for first, second in zip(given, given[1:]):
            check_order(obj, first, second)
        if obj.currency is None:
            for field in ("capital_amount", "disbursed_amount"):
                if getattr(obj, field) is not None:
                    raise Invalid("currency", "bắt buộc khi có số tiền", "required with an amount")
        if obj.usd_equivalent is not None and obj.capital_amount is None:
            raise Invalid("usd_equivalent", "cần số vốn và đơn vị tiền", "needs the capital amount and its currency")
        capital, disbursed = obj.capital_amount, obj.disbursed_amount
        if disbursed is not None and capital is not None and disbursed > capital:
            raise Invalid("disbursed_amount", "không được lớn hơn số vốn", "cannot exceed the capital amount")
        approval = (ProjectStatus.licensed, ProjectStatus.committed)
        if obj.status in approval and obj.status not in APPROVAL_STATUS[obj.kind]:
            right = "licensed" if obj.kind == ProjectKind.fdi else "committed"
            raise Invalid("status" if obj.id is None else "kind",
                          f"dự án loại '{obj.kind.value}' dùng trạng thái '{right}', không phải '{obj.status.value}'",
                          f"a '{obj.kind.value}' project is '{right}', not '{obj.status.value}'")
        if obj.status in APPROVED_STATUSES:
            if obj.approved_on is None:
                raise Invalid("approved_on", "bắt buộc khi dự án đã được cấp phép / phê duyệt",
                              "required once the project is licensed / committed")
            if obj.approved_on > date.today():
                raise Invalid("approved_on", "không được ở tương lai với dự án đã được cấp phép / phê duyệt",
                              "cannot be in the future for a licensed / committed project")
        if obj.partner_id is not None:
            check_reference(self.session, "partners", obj.partner_id, obj.province_code, "partner_id")
            if obj.country_code is None:
                obj.country_code = _partner(self.session, obj.partner_id).country_code
        check_reference(self.session, "agreements", obj.agreement_id, obj.province_code, "agreement_id")


# ---------------------------------------------------------------------------------------- figures
def _money(value: Any) -> Decimal:
    return Decimal(value or 0).quantize(CENT)


def capital_figures(session: Session, actor: Actor, filters: ProjectQuery | None = None) -> dict[str, Any]:
    """Count and capital in USD of the projects a list with `filters` shows (scope, kind, status,
    period on approved_on…), by kind, by country and by both. Capital is the sum of usd_equivalent;
    `without_usd` counts the projects that have no USD figure, so a total is never silently short.

    Returns plain data:
        {"total": {"count": 7, "usd": Decimal("125000000.00"), "without_usd": 1},
         "by_kind": {"fdi": {...}, "oda": {...}, "ngo_aid": {...}, "other": {...}},
         "by_country": [{"country_code": "JP", "count": 3, "usd": ..., "without_usd": 0}, …],  # largest first
         "rows": [{"kind": "fdi", "country_code": "JP", "count": 2, "usd": ..., "without_usd": 0}, …]}
    """
    filters = filters or ProjectQuery()
    sub = ProjectService(session, actor).filtered(filters).subquery()
    stmt = (select(sub.c.kind, sub.c.country_code, func.count(), func.sum(sub.c.usd_equivalent),
                   func.count(sub.c.usd_equivalent))
            .group_by(sub.c.kind, sub.c.country_code))

    def cell() -> dict[str, Any]:
        return {"count": 0, "usd": Decimal("0.00"), "without_usd": 0}

    def add(target: dict[str, Any], row: dict[str, Any]) -> None:
        for key in ("count", "usd", "without_usd"):
            target[key] += row[key]

    rows: list[dict[str, Any]] = []
    total, by_kind = cell(), {kind.value: cell() for kind in ProjectKind}
    by_country: dict[str | None, dict[str, Any]] = {}
    for kind, country, count, usd, with_usd in session.execute(stmt):
        row = {"kind": ProjectKind(kind).value, "country_code": country, "count": count, "usd": _money(usd),
               "without_usd": count - with_usd}
        rows.append(row)
        add(total, row)
        add(by_kind[row["kind"]], row)
        add(by_country.setdefault(country, {"country_code": country, **cell()}), row)

    def largest_first(r: dict[str, Any]) -> tuple[Any, ...]:
        return (-r["usd"], -r["count"], r["country_code"] or "~", r.get("kind", ""))

    return {"total": total, "by_kind": by_kind, "by_country": sorted(by_country.values(), key=largest_first),
            "rows": sorted(rows, key=largest_first)}

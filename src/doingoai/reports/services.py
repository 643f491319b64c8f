"""The figures an office reports, computed from the records through each domain's services.

Every number here is the count or sum of records that the corresponding list shows with the same
filters, so a figure can always be traced to the records behind it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.errors import DomainError
from doingoai.agreements import services as agreements
from doingoai.agreements.schemas import AgreementQuery
from doingoai.delegations import services as delegations
from doingoai.projects import services as projects
from doingoai.projects.schemas import ProjectQuery
from doingoai.reports.schemas import FiguresQuery


def _count(row: dict[str, Any]) -> dict[str, Any]:
    return {**row, "text": delegations.format_count(row["delegations"], row["persons"])}


def figures(session: Session, actor: Actor, query: FiguresQuery, today: date | None = None) -> dict[str, Any]:
    if query.province and not actor.sees_province(query.province):
        raise DomainError("other_province", field="province")
    today = today or date.today()
    start, end = query.period(today)
    scope: dict[str, Any] = {"province": query.province}
    delegation_filters = {**scope, **({"country": query.country} if query.country else {})}

    # Total, level, planned and country for both directions come from one tally (two queries);
    # month and province, when asked for, from their own grouped count.
    tallied = delegations.tally(session, actor, start, end, **delegation_filters)
    by_direction: dict[str, Any] = {}
    for direction, groups in tallied.items():
        breakdowns = {}
        for group in query.breakdowns:
            rows = groups[group] if group in groups else delegations.count(
                session, actor, direction, start, end, group, **delegation_filters)
            breakdowns[group] = [_count(r) for r in rows]
        by_direction[direction] = {"total": _count(groups["total"][0]), "breakdowns": breakdowns}

    signed = agreements.status_counts(session, actor, AgreementQuery(date_from=start, date_to=end, **scope))
    everything = agreements.status_counts(session, actor, AgreementQuery(**scope))
    expiring = agreements.expiring(session, actor, AgreementQuery(expiring_within_days=query.expiring_days, **scope))

    project_filters = ProjectQuery(date_from=start, date_to=end, country=query.country, **scope)
    capital = projects.capital_figures(session, actor, project_filters)

    return {
        "date_from": start,
        "date_to": end,
        "province": query.province if actor.is_ministry else actor.province_code,
        "delegations": by_direction,
        "agreements": {"by_status": everything, "signed_in_period": sum(signed.values()), "expiring": expiring},
        "projects": {"total": capital["total"], "by_kind": capital["by_kind"], "by_country": capital["by_country"]},
    }

"""The dashboard at /: this year's figures, read through the domains' own counting functions.

Each panel appears only when its domain offers the figure (delegations' `count`, agreements'
`status_counts` and `expiring`, projects' `capital_figures`); figures are never typed in here.
"""

from __future__ import annotations

import importlib
from datetime import date
from types import ModuleType
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from doingoai.audit import services as audit
from doingoai.web.format import vn_date, vn_datetime
from doingoai.web.pages import Page, PageDep
from doingoai.web.records import ACTION_LABELS, VIEWS

router = APIRouter(include_in_schema=False)


def _service(name: str, *functions: str) -> ModuleType | None:
    try:
        module = importlib.import_module(f"doingoai.{name}.services")
    except ModuleNotFoundError as exc:
        if exc.name is not None and f"doingoai.{name}.services".startswith(exc.name):
            return None
        raise
    return module if all(hasattr(module, f) for f in functions) else None


# Audit entries about things that are not records of a domain's pages.
ENTITY_LABELS = {"user": "người dùng", "api_token": "mã truy cập", "proposal": "đề xuất"}
ENTITY_LINKS = {"proposal": "/review/{}"}


def _label(entity: str, value: str | None) -> str:
    views = VIEWS.get(entity)
    return views.enums.get(value or "", value or "") if views else (value or "")


def delegation_panel(page: Page, year: int) -> dict[str, Any] | None:
    delegations = _service("delegations", "count")
    if delegations is None:
        return None
    first, last = date(year, 1, 1), date(year, 12, 31)
    out = {}
    for direction in ("outbound", "inbound"):
        rows = delegations.count(page.session, page.actor, direction, first, last)
        total = rows[0] if rows else {"delegations": 0, "persons": 0}
        out[direction] = total
    return out


def agreement_panel(page: Page) -> dict[str, Any] | None:
    agreements = _service("agreements", "status_counts", "expiring")
    if agreements is None:
        return None
    counts = agreements.status_counts(page.session, page.actor)
    soon = agreements.expiring(page.session, page.actor)
    return {
        "statuses": [(page._(_label("agreement", k)), n, f"/agreements?status={k}") for k, n in counts.items()],
        "total": sum(counts.values()),
        "expiring": [{"title": a["title"], "href": f"/agreements/{a['id']}", "expires": vn_date(a["expires_on"]),
                      "days": a["days_left"]} for a in soon],
    }


def project_panel(page: Page) -> dict[str, Any] | None:
    projects = _service("projects", "capital_figures")
    if projects is None:
        return None
    figures = projects.capital_figures(page.session, page.actor)
    return {
        "kinds": [(page._(_label("project", kind)), cell["count"], cell["usd"], cell["without_usd"],
                   f"/projects?kind={kind}") for kind, cell in figures["by_kind"].items()],
        "total": figures["total"],
    }


def recent_changes(page: Page) -> list[dict[str, Any]] | None:
    if page.actor is None or not page.actor.can_read_restricted:
        return None  # the audit trail is not for guests
    events, _ = audit.search(page.session, page.actor, page=1, per_page=12)
    out = []
    for e in events:
        views = VIEWS.get(e.entity)
        out.append({
            "at": vn_datetime(e.at), "actor": e.actor_name,
            "action": page._(ACTION_LABELS.get(e.action, e.action)),
            "what": page._(views.one if views else ENTITY_LABELS.get(e.entity, e.entity)),
            "href": (f"{views.prefix}/{e.entity_id}" if views else ENTITY_LINKS.get(e.entity, "").format(e.entity_id) or None)
            if e.entity_id and e.action != "delete" else None,
            "id": e.entity_id,
        })
    return out


@router.get("/", response_class=HTMLResponse)
def dashboard(page: PageDep) -> HTMLResponse:
    year = date.today().year
    return page.render("dashboard.html", year=year, delegations=delegation_panel(page, year),
                       agreements=agreement_panel(page), projects=project_panel(page), changes=recent_changes(page))

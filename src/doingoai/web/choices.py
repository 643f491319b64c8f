"""Choice lists of records, for the fields that link one record to another (`partner_id`…).

Each reads through the owning domain's service (scope and visibility apply) and is None when that
domain is not installed, so a form then shows a plain number field instead.
"""

from __future__ import annotations

from typing import Any

from doingoai.web.forms import ChoiceProvider
from doingoai.web.records import choices_from, optional_import


def _provider(domain: str, service: str, query: str, label: Any) -> ChoiceProvider | None:
    svc = optional_import(f"doingoai.{domain}.services", service)
    q = optional_import(f"doingoai.{domain}.schemas", query)
    return choices_from(svc, q, label) if svc is not None and q is not None else None


def _dated(title: str, day: Any) -> str:
    return f"{title} ({day:%d/%m/%Y})" if day else title


partners = _provider("partners", "PartnerService", "PartnerQuery", lambda p: p.name_vi)
persons = _provider("partners", "PersonService", "PersonQuery", lambda p: p.full_name)
agreements = _provider("agreements", "AgreementService", "AgreementQuery", lambda a: _dated(a.title, a.signed_on))
projects = _provider("projects", "ProjectService", "ProjectQuery", lambda p: p.name)
events = _provider("events", "EventService", "EventQuery", lambda e: _dated(e.name, e.start_on))
documents = _provider("documents", "DocumentService", "DocumentQuery", lambda d: d.title or d.filename)


def providers(**named: ChoiceProvider | None) -> dict[str, ChoiceProvider]:
    """`providers(partner_id=partners, …)` without the domains that are not installed."""
    return {name: provider for name, provider in named.items() if provider is not None}


# Where each kind of link leads.
LINKS = {
    "partner_id": "/partners/{}",
    "person_id": "/persons/{}",
    "agreement_id": "/agreements/{}",
    "project_id": "/projects/{}",
    "event_id": "/events/{}",
    "document_id": "/documents/{}",
}

"""From the extraction output to proposals, and from a proposal to the input of a record.

`drafts(contract, text)` turns one document's extraction output (the public contract,
shared/spec/extraction-output.md) into proposal drafts: each foreign locality and organisation is a
partner proposal; each delegation, agreement, investment and event entry is one proposal.

`record_input(kind, section, data, quote)` gives the payload of the target domain's Create schema
(partners, delegations, agreements, projects, events) that approving the proposal would create. It
proposes only what the text supports: a date known to the month or the year only is not turned
into a day (the reviewer supplies it; the partial date is kept in the notes); a field the record
requires and the text does not give is left out, so the approval names it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from doingoai.review.matching import name_key

SECTIONS = {
    "foreign_localities": "partner",
    "organizations": "partner",
    "delegations": "delegation",
    "agreements": "agreement",
    "investments": "project",
    "events": "event",
}

ORGANISATION_KINDS = {"international_org": "international_org", "government_agency": "other", "ngo": "foreign_ngo",
                      "company": "company", "other": "other"}
AGREEMENT_KINDS = {"mou": "mou", "agreement": "cooperation_agreement", "other": "other"}
AGREEMENT_LABELS = {"mou": "Bản ghi nhớ hợp tác", "agreement": "Thỏa thuận hợp tác", "other": "Văn bản hợp tác"}
EVENT_KINDS = {"conference": "conference_seminar", "seminar": "conference_seminar", "workshop": "conference_seminar",
               "fair": "fair", "expo": "expo", "forum": "forum", "festival": "festival", "exhibition": "exhibition",
               "meeting": "meeting", "training": "training"}
PROJECT_LABELS = {"fdi": "Dự án FDI", "oda": "Dự án ODA", "ngo_aid": "Dự án viện trợ phi chính phủ",
                  "other": "Dự án có vốn nước ngoài"}
DIRECTION_LABELS = {"outbound": "Đoàn ra", "inbound": "Đoàn vào"}


@dataclass
class Draft:
    kind: str
    section: str
    data: dict[str, Any]
    start: int
    end: int
    quote: str
    summary: str
    fingerprint: str


def _fingerprint(kind: str, identity: Any) -> str:
    blob = json.dumps([kind, identity], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()


def _span(entry: dict[str, Any], text: str) -> tuple[int, int]:
    span = entry.get("evidence") or next(iter(entry.get("mentions") or []), None) or [0, 0]
    start, end = int(span[0]), int(span[1])
    start = max(0, min(start, len(text)))
    return start, max(start, min(end, len(text)))


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _number(value: Any) -> str:
    """A count or amount as a Vietnamese reader writes it: 174.048.000, 1,5."""
    if value is None:
        return "?"
    try:
        from babel.numbers import format_decimal

        return format_decimal(value, locale="vi")
    except (ValueError, TypeError, InvalidOperation):
        return str(value)


def summary(section: str, entry: dict[str, Any]) -> str:
    country = f" ({entry['country']})" if entry.get("country") else ""
    if section == "foreign_localities":
        return _shorten(f"Địa phương nước ngoài: {entry.get('name')}{country}", 500)
    if section == "organizations":
        return _shorten(f"Tổ chức nước ngoài: {entry.get('name')}{country}", 500)
    if section == "delegations":
        label = DIRECTION_LABELS.get(entry.get("direction") or "", "Đoàn")
        counts = f"{_number(entry.get('delegations'))} đoàn/{_number(entry.get('persons'))} lượt"
        where = ", ".join(entry.get("countries") or [])
        return _shorten(f"{label}: {counts}" + (f" — {where}" if where else ""), 500)
    if section == "agreements":
        label = AGREEMENT_LABELS.get(entry.get("kind") or "other", "Văn bản hợp tác")
        count = entry.get("count") or 1
        parties = ", ".join(f"{p.get('name')}" + (f" ({p['country']})" if p.get("country") else "")
                            for p in entry.get("partners") or [])
        return _shorten(f"{label}" + (f" ({count})" if count != 1 else "") + (f" với {parties}" if parties else ""), 500)
    if section == "investments":
        label = PROJECT_LABELS.get(entry.get("kind") or "other", "Dự án")
        capital = entry.get("capital") or {}
        money = f", {_number(capital.get('value'))} {capital.get('currency') or ''}".rstrip() if capital.get("value") else ""
        return _shorten(f"{label}: {_number(entry.get('projects'))} dự án{money}", 500)
    if section == "events":
        when = f" ({entry['date']})" if entry.get("date") else ""
        return _shorten(f"Sự kiện: {entry.get('name')}{when}", 500)
    return section


def drafts(contract: dict[str, Any], text: str) -> list[Draft]:
    """One draft per proposal-worthy entry of the extraction output, in the output's order."""
    out: list[Draft] = []
    seen: set[str] = set()
    for section, kind in SECTIONS.items():
        for entry in contract.get(section) or []:
            start, end = _span(entry, text)
            if kind == "partner":
                identity: Any = [section, name_key(entry.get("name")) or entry.get("name"), entry.get("country")]
            else:
                identity = [section, entry]
            fingerprint = _fingerprint(kind, identity)
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
            out.append(Draft(kind, section, dict(entry), start, end, text[start:end], summary(section, entry), fingerprint))
    return out


# ------------------------------------------------------------- proposal → record input
def exact_date(value: str | None) -> date | None:
    """A contract date as a day, only when the text gives the day (YYYY-MM-DD)."""
    if not value or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _date_note(value: str | None, what: str) -> str | None:
    if value and exact_date(value) is None:
        return f"{what} theo văn bản: {value} (văn bản không nêu ngày cụ thể)"
    return None


def _money(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return None


def _notes(*parts: str | None) -> str | None:
    kept = [p for p in parts if p]
    return "\n".join(kept) if kept else None


def record_input(kind: str, section: str, data: dict[str, Any], quote: str) -> dict[str, Any]:
    """The Create payload (as a dict, before validation) that approving this proposal would use."""
    excerpt = _shorten(quote, 300)
    source_note = f"Trích văn bản: «{excerpt}»" if excerpt else None
    if kind == "partner":
        return _partner_input(section, data, quote, excerpt)
    if kind == "delegation":
        direction = data.get("direction") or "outbound"
        countries = data.get("countries") or []
        payload = {
            "title": _shorten(f"{DIRECTION_LABELS.get(direction, 'Đoàn')}: {excerpt}", 500),
            "direction": direction,
            "leader_level": "other",
            "purpose": "other",
            "start_on": exact_date(data.get("date")),
            "destinations": [{"country_code": c} for c in countries],
            "notes": _notes(_date_note(data.get("date"), "Thời gian"), source_note),
        }
        return {k: v for k, v in payload.items() if v is not None}
    if kind == "agreement":
        label = AGREEMENT_LABELS.get(data.get("kind") or "other", "Văn bản hợp tác")
        partners = data.get("partners") or []
        names = ", ".join(p.get("name") or "" for p in partners if p.get("name"))
        signed_on = exact_date(data.get("date"))
        payload = {
            "kind": AGREEMENT_KINDS.get(data.get("kind") or "other", "other"),
            "title": _shorten(f"{label} với {names}" if names else f"{label}: {excerpt}", 500),
            "status": "signed",  # the contract lists agreements concluded, not planned
            "signed_on": signed_on,
            "parties": [{k: v for k, v in {"name": p.get("name"), "country_code": p.get("country")}.items() if v}
                        for p in partners if p.get("name")],
            "notes": _notes(_date_note(data.get("date"), "Ngày ký"), source_note),
        }
        return {k: v for k, v in payload.items() if v is not None}
    if kind == "project":
        project_kind = data.get("kind") if data.get("kind") in PROJECT_LABELS else "other"
        capital = data.get("capital") or {}
        amount = _money(capital.get("value"))
        qualifier = data.get("projects_qualifier")
        payload = {
            "kind": project_kind,
            "name": _shorten(f"{PROJECT_LABELS[project_kind]}: {excerpt}", 500),
            "capital_amount": amount,
            "currency": capital.get("currency") if amount is not None else None,
            "notes": _notes(f"Số vốn ghi là ước lượng ({qualifier})" if qualifier not in (None, "exact") else None,
                            source_note),
        }
        return {k: v for k, v in payload.items() if v is not None}
    if kind == "event":
        start_on = exact_date(data.get("date"))
        payload = {
            "name": _shorten(data.get("name") or excerpt, 500),
            "kind": EVENT_KINDS.get(data.get("kind") or "", "other"),
            "start_on": start_on,
            "place": _shorten(data["place"], 300) if data.get("place") else None,
            "notes": _notes(_date_note(data.get("date"), "Thời gian"), source_note),
        }
        return {k: v for k, v in payload.items() if v is not None}
    raise ValueError(f"unknown proposal kind {kind!r}")


def _partner_input(section: str, data: dict[str, Any], quote: str, excerpt: str) -> dict[str, Any]:
    """A partner from a foreign locality or organisation entry, completed from the reference data
    (Vietnamese and original names, ISO 3166-2 code, organisation key) when it knows the name."""
    from doingoai.reference.models import Subdivision
    from doingoai.review.matching import reference_entry

    name = data.get("name") or excerpt
    country = data.get("country")
    found = reference_entry("locality" if section == "foreign_localities" else "organisation", name, country)
    payload: dict[str, Any] = {"name_vi": name, "country_code": country}
    if section == "foreign_localities":
        payload["kind"] = "foreign_locality"
        code = data.get("code")
        if code and country and str(code).upper().startswith(str(country).upper() + "-"):
            payload["subdivision_code"] = code
        if isinstance(found, Subdivision):
            payload.update(name_vi=found.name_vi, subdivision_code=found.code, country_code=found.country)
            if name_key(found.name) != name_key(found.name_vi):
                payload["name_original"] = found.name
        elif found is not None:  # a city
            payload.update(name_vi=found.name_vi, name_en=found.name_en, city=found.name_en,
                           country_code=found.country, subdivision_code=found.parent_code)
    else:
        payload["kind"] = ORGANISATION_KINDS.get(data.get("kind") or "other", "other")
        if found is not None:
            payload.update(name_vi=found.name_vi, name_en=found.name_en, short_name=found.acronym,
                           reference_key=found.key, kind=ORGANISATION_KINDS.get(found.kind, payload["kind"]),
                           country_code=found.country or country)
        elif name and len(name) <= 15 and name.replace("-", "").isupper():
            payload["short_name"] = name
    known = {name_key(payload.get(f)) for f in ("name_vi", "name_en", "name_original", "short_name")} - {""}
    aliases = []
    for spelling in (name, " ".join(quote.split())):
        if spelling and name_key(spelling) and name_key(spelling) not in known:
            known.add(name_key(spelling))
            aliases.append(spelling)
    if aliases:
        payload["aliases"] = aliases
    return {k: v for k, v in payload.items() if v is not None}


def aggregate_count(kind: str, data: dict[str, Any]) -> tuple[str, int] | None:
    """(field, n) when the entry states a figure over several records ("19 đoàn/58 lượt", "13 dự án"):
    one record cannot be created from it."""
    field = {"delegation": "delegations", "agreement": "count", "project": "projects"}.get(kind)
    if field is None:
        return None
    value = data.get(field)
    if isinstance(value, (int, float)) and value > 1:
        return field, int(value)
    return None

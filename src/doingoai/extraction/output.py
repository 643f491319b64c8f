"""Output: turn a Doc into the object of the public contract (shared/spec/extraction-output.md).

Exactly the contract's keys, in its order. Entities are grouped (one item per country, locality,
organisation) with all their mentions, items sorted by their first mention.
"""

from __future__ import annotations

from typing import Any

from doingoai.extraction.doc import Doc, Entity

KEYS = ("source", "province", "province_2025", "countries", "foreign_localities", "organizations",
        "delegations", "agreements", "investments", "events")


def _groups(doc: Doc, type_: str) -> list[list[Entity]]:
    groups: dict[str, list[Entity]] = {}
    for entity in sorted((e for e in doc.entities if e.type == type_), key=lambda e: (e.start, e.end)):
        groups.setdefault(entity.key, []).append(entity)
    return list(groups.values())  # dicts keep insertion order: sorted by first mention


def _mentions(group: list[Entity]) -> list[list[int]]:
    seen: list[list[int]] = []
    for e in group:
        span = [e.start, e.end]
        if span not in seen:
            seen.append(span)
    return seen


def _country(group: list[Entity]) -> dict[str, Any]:
    first = group[0]
    return {"code": first.key, "name": first.name, "mentions": _mentions(group)}


def _locality(doc: Doc, group: list[Entity]) -> dict[str, Any]:
    first = group[0]
    code = first.data.get("code")
    name = first.name if code else doc.text[first.start:first.end]  # no code: the name as written
    return {"name": name, "country": first.country, "code": code, "mentions": _mentions(group)}


def _organisation(doc: Doc, group: list[Entity]) -> dict[str, Any]:
    first = group[0]
    acronym = next((doc.text[e.start:e.end] for e in group if e.data.get("acronym")
                    and doc.text[e.start:e.end].casefold() == e.data["acronym"].casefold()), None)
    name = acronym or first.data.get("display") or doc.text[first.start:first.end]
    return {"name": name, "country": first.country, "kind": first.data.get("kind", "other"),
            "mentions": _mentions(group)}


def to_contract(doc: Doc) -> dict[str, Any]:
    """The contract object for `doc`, keys in the contract's order."""
    return {
        "source": doc.source,
        "province": doc.province,
        "province_2025": doc.province_2025,
        "countries": [_country(g) for g in _groups(doc, "country")],
        "foreign_localities": [_locality(doc, g) for g in _groups(doc, "locality")],
        "organizations": [_organisation(doc, g) for g in _groups(doc, "organisation")],
        "delegations": list(doc.delegations),
        "agreements": list(doc.agreements),
        "investments": list(doc.investments),
        "events": list(doc.events),
    }

"""Recognising a partner the province already has, under another spelling.

"tỉnh Champasak", "Champasak" and "Chămpasắc" are one partner. Names are compared by a *key*:
folded (no diacritics, no case), punctuation and hyphens removed, generic words (tỉnh, thành phố,
province, state…) dropped, words joined ("Chăm-pa-sắc" → "champasac"). A proposal matches a
partner of the same country when a key of the proposal equals a key of the partner (its names and
aliases), or when both resolve, through the reference data, to the same subdivision or
organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from doingoai.text import fold

# Folded generic words and phrases, dropped from names before comparing (longest first).
GENERIC = sorted({
    "tinh", "thanh pho", "tp", "province", "provincial", "city", "city of", "province of", "state", "state of",
    "bang", "prefecture", "county", "quan", "huyen", "thi xa", "vung", "region", "khu", "khu tu tri", "tu tri",
    "autonomous", "autonomous region", "dac khu", "special", "municipality", "metropolitan", "district",
    "the", "of", "cua", "nuoc", "chinh quyen", "shi", "ken", "do", "sheng", "oblast", "krai",
}, key=lambda w: -len(w))
_GENERIC_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in GENERIC) + r")\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def name_key(name: str | None) -> str:
    """The comparison key of a name: 'tỉnh Chăm-pa-sắc' → 'champasac'. Empty if nothing specific is left."""
    if not name:
        return ""
    words = _NON_WORD.sub(" ", fold(name))
    specific = _GENERIC_RE.sub(" ", words).split()
    return "".join(specific)


def partner_names(partner: Any) -> list[str]:
    names = [partner.name_vi, partner.name_en, partner.name_original, partner.short_name]
    return [n for n in [*names, *(partner.aliases or [])] if n]


def reference_entry(kind: str, name: str, country: str | None) -> Any | None:
    """The reference data's entry for a name: a Subdivision or ForeignCity for a locality, an
    Organisation for an organisation; None when the reference data does not know it."""
    from doingoai.reference import services as ref

    if not name:
        return None
    if kind == "locality":
        return ref.resolve_locality(name, country)
    found = ref.resolve_organisation(name)
    if found is not None and country and found.country and found.country != country.upper():
        return None
    return found


def reference_key(kind: str, name: str, country: str | None) -> str | None:
    """A stable key of the reference entry: the ISO 3166-2 code of a subdivision, "city:<key>" for a
    city, the organisation key (as kept in Partner.reference_key)."""
    found = reference_entry(kind, name, country)
    if found is None:
        return None
    from doingoai.reference.models import ForeignCity

    if isinstance(found, ForeignCity):
        return f"city:{found.key}"
    return str(found.code if kind == "locality" else found.key)


def find_partner(
    session: Session,
    province_code: str,
    *,
    kind: str,
    names: Iterable[str],
    country: str | None,
    code: str | None = None,
) -> Any | None:
    """The province's partner these names (and the ISO 3166-2 code, if any) designate, or None.

    kind: "locality" or "organisation" — which reference list to consult."""
    from doingoai.partners.models import Partner, PartnerKind

    names = [n for n in names if n]
    keys = {name_key(n) for n in names} - {""}
    ref_keys = {k for n in names if (k := reference_key(kind, n, country))}
    if code:
        ref_keys.add(code.upper())
    stmt = select(Partner).where(Partner.province_code == province_code)
    if country:
        stmt = stmt.where(or_(Partner.country_code == country.upper(), Partner.country_code.is_(None)))
    if kind == "locality":
        stmt = stmt.where(Partner.kind == PartnerKind.foreign_locality)
    else:
        stmt = stmt.where(Partner.kind != PartnerKind.foreign_locality)
    candidates = list(session.scalars(stmt.order_by(Partner.id)))
    # 1. the same subdivision / organisation of the reference data
    for partner in candidates:
        own = {partner.subdivision_code, partner.reference_key} - {None}
        if own & ref_keys:
            return partner
    # 2. the same name under one of its spellings
    for partner in candidates:
        if keys & {name_key(n) for n in partner_names(partner)}:
            return partner
    # 3. a spelling of the partner that the reference data resolves to the same key
    if ref_keys:
        for partner in candidates:
            for n in partner_names(partner):
                if reference_key(kind, n, partner.country_code or country) in ref_keys:
                    return partner
    return None


def new_spellings(partner: Any, spellings: Iterable[str]) -> list[str]:
    """Spellings whose key the partner does not know yet, to add to its aliases (each key once)."""
    known = {name_key(n) for n in partner_names(partner)}
    added: list[str] = []
    for spelling in spellings:
        spelling = " ".join(spelling.split())
        key = name_key(spelling)
        if spelling and key and key not in known:
            known.add(key)
            added.append(spelling)
    return added

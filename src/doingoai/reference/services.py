"""Reference data services: countries, foreign localities, Vietnamese provinces, organisations.

Everything is read-only and held in memory. Nothing is loaded at import time: each domain is built
on first use and cached (:func:`functools.cache`), so a process that only needs provinces never
loads ISO 3166-2. The gazetteer and the world cities (GeoNames, :mod:`.world_cities`) are also
cached on disk (:mod:`.cache`), so a new process reads them instead of building them. Names are compared by key (:func:`doingoai.reference.names.key`): NFC, case,
diacritics and punctuation do not matter ("ha giang" = "Hà Giang", "TP.HCM" = "Tp. HCM").

Resolution (``resolve_*``) returns one entity or ``None``. When several entities answer to a name,
curated names beat library names, which beat derived forms; a remaining tie returns ``None``
rather than a guess. Search (``search_*``) returns ranked candidates: exact matches, then prefix
matches, then matches at a word start, then matches anywhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from . import cache, loaders, world_cities
from .index import Hit, NameIndex
from .loaders import NameSet
from .models import (
    ORGANISATION_KINDS,
    Country,
    ForeignCity,
    GazetteerEntry,
    Organisation,
    Province,
    Subdivision,
)
from .names import fold, key, looks_ambiguous, strip_prefix

EraFilter = Literal["pre2025", "2025", "all"]
Locality = Subdivision | ForeignCity
Ident = tuple[str, ...]

__all__ = [
    "countries",
    "country",
    "resolve_country",
    "search_countries",
    "subdivision",
    "subdivisions",
    "city",
    "cities",
    "resolve_locality",
    "search_localities",
    "provinces",
    "province",
    "resolve_province",
    "successor",
    "predecessors",
    "province_kind",
    "search_provinces",
    "organisations",
    "organisation",
    "resolve_organisation",
    "search_organisations",
    "is_vietnamese_body",
    "is_currency",
    "gazetteer",
]


# --- shared helpers ---------------------------------------------------------------------------

_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")


def _pick(candidates: Iterable[tuple[tuple, Hashable]]) -> Hashable | None:
    """The best-ranked effective entity, or None when the best rank is shared by two entities."""
    ranked = sorted(candidates, key=lambda c: c[0])
    if not ranked:
        return None
    best_rank, best = ranked[0]
    for rank, other in ranked[1:]:
        if rank != best_rank:
            break
        if other != best:
            return None
    return best


def _drop_shadowed(
    names: dict[Ident, NameSet],
    effective: Callable[[Ident], Ident],
    nested: Callable[[Ident, Ident], bool],
) -> None:
    """Remove derived (tier 2) names that are another entity's real (tier 0/1) name.

    "Congo" is derived from "Congo, The Democratic Republic of the" but is the Republic of the
    Congo's own name; "Viêng Chăn" derived from "Viêng Chăn (tỉnh)" is the capital's curated name.
    Nested entities (a city and its own prefecture) keep the shared name.
    """
    owners: dict[str, list[tuple[Ident, int]]] = {}
    for ident, nameset in names.items():
        for form in nameset.forms.values():
            owners.setdefault(form.key, []).append((ident, form.tier))
    for k, owned in owners.items():
        if len(owned) < 2:
            continue
        for ident, tier in owned:
            if tier < 2:
                continue
            me = effective(ident)
            if any(
                other_tier < 2 and effective(other) != me and not nested(me, effective(other))
                for other, other_tier in owned
            ):
                names[ident].discard(k)


# --- countries --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Countries:
    by_code: dict[str, Country]
    by_alpha3: dict[str, str]
    names: dict[Ident, NameSet]
    index: NameIndex


@functools.cache
def _countries() -> _Countries:
    loaded = loaders.load_countries()
    names = {("country", c.code): n for c, n in loaded}
    _drop_shadowed(names, lambda i: i, lambda a, b: False)
    by_code = {
        c.code: replace(c, aliases=names[("country", c.code)].aliases(c.name_vi)) for c, _ in loaded
    }
    index = NameIndex((ident, n.forms.values()) for ident, n in names.items())
    by_alpha3 = {c.alpha3: c.code for c in by_code.values()}
    return _Countries(by_code, by_alpha3, names, index)


def countries() -> list[Country]:
    """All ISO 3166-1 countries and territories (Việt Nam included, ``is_home``), by code."""
    return sorted(_countries().by_code.values(), key=lambda c: c.code)


def country(code: str) -> Country | None:
    """Country by ISO 3166-1 alpha-2 or alpha-3 code (case-insensitive)."""
    reg = _countries()
    code = code.strip().upper()
    return reg.by_code.get(code) or reg.by_code.get(reg.by_alpha3.get(code, ""))


_COUNTRY_PREFIXES = tuple(
    key(p)
    for p in (
        "nước",
        "quốc gia",
        "đất nước",
        "vương quốc",
        "cộng hòa",
        "liên bang",
        "the",
        "republic of",
        "kingdom of",
        "state of",
    )
)


def resolve_country(name: str) -> Country | None:
    """The country a name refers to: "Mỹ", "Hoa Kỳ", "USA", "Thụy Sỹ", "nước Pháp", "JP"…"""
    reg = _countries()
    found = _resolve_in(reg.index, name, _COUNTRY_PREFIXES)
    if found is None and re.fullmatch(r"[A-Z]{2,3}", name.strip()):
        return country(name)
    return reg.by_code[found[1]] if found else None


def _resolve_in(index: NameIndex, name: str, prefixes: tuple[str, ...]) -> Ident | None:
    """Shared resolution for countries and organisations: exact, then parts, then prefixes."""
    attempts = [key(name)]
    match = _PAREN.match(name)
    if match:
        attempts += [key(match.group(1)), key(match.group(2))]
    for k in attempts:
        hits = index.lookup(k)
        if hits:
            return _pick(((h.tier,), h.ident) for h in hits)  # type: ignore[return-value]
    for k in attempts:
        for _, rest in strip_prefix(k, prefixes):
            hits = index.lookup(rest)
            if hits:
                return _pick(((h.tier,), h.ident) for h in hits)  # type: ignore[return-value]
    return None


def search_countries(q: str, limit: int = 20) -> list[Country]:
    """Countries whose names match ``q`` (diacritics- and case-insensitive), best first."""
    reg = _countries()
    return [reg.by_code[i[1]] for i in reg.index.search(key(q), limit=limit)]  # type: ignore[index]


# --- foreign subdivisions and cities ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Localities:
    subdivisions: dict[str, Subdivision]
    cities: dict[str, ForeignCity]
    names: dict[Ident, NameSet]
    index: NameIndex
    lineage: Callable[[Ident], frozenset[Ident]]


def _subdivision_lineage(code: str, subs: dict[str, dict], countries_: set[str]) -> set:
    out: set[Ident] = set()
    seen = code
    while seen and seen in subs and ("subdivision", seen) not in out:
        sub = subs[seen]
        out.add(("subdivision", seen))
        out.add(("country", sub["country"]))
        suffix = seen.split("-", 1)[1]
        if suffix in countries_ and suffix != sub["country"]:
            out.add(("country", suffix))  # CN-HK is also the country HK
        seen = sub["parent"] or ""
    return out


def _existing_names(subs_loaded: list[tuple[dict, NameSet]], cities_loaded: list) -> world_cities.Existing:
    """What our data and the other libraries already name, for choosing world-city names."""
    existing = world_cities.Existing()
    taken = existing.taken
    for names in _countries().names.values():
        taken.update(names.forms)
    for names in _provinces().names.values():
        taken.update(names.forms)
    for names in _organisations().names.values():
        taken.update(names.forms)
    for fields, names in subs_loaded:
        taken.update(names.forms)
        for k in names.forms:
            existing.subdivisions.setdefault((fields["country"], world_cities._bare(k)), set()).add(fields["code"])
    for city_, names in cities_loaded:
        taken.update(names.forms)
        existing.curated_cities.setdefault(city_.country, set()).update(names.forms)
        existing.curated_cities[city_.country].add(key(city_.name_en.split(" (")[0]))
    return existing


@functools.cache
def _localities() -> _Localities:
    country_codes = set(_countries().by_code)
    subs_loaded = loaders.load_subdivisions()
    cities_loaded = loaders.load_cities()
    cities_loaded += world_cities.load(lambda: _existing_names(subs_loaded, cities_loaded))
    parents = {f["code"]: f for f, _ in subs_loaded}
    cities_ = {c.key: c for c, _ in cities_loaded}
    names: dict[Ident, NameSet] = {}
    for f, n in subs_loaded:
        if f["country"] != loaders.HOME_COUNTRY:  # Vietnam's own units are provinces
            names[("subdivision", f["code"])] = n
    for c, n in cities_loaded:
        names[("city", c.key)] = n
    memo: dict[Ident, frozenset[Ident]] = {}

    def lineage(ident: Ident) -> frozenset[Ident]:
        """The entity, the subdivisions enclosing it and its country (computed on demand)."""
        if ident not in memo:
            if ident[0] == "subdivision":
                own = _subdivision_lineage(ident[1], parents, country_codes)
            else:
                c = cities_[ident[1]]
                own = {("city", c.key), ("country", c.country)}
                for code in (c.parent_code, c.same_as):
                    if code:
                        own |= _subdivision_lineage(code, parents, country_codes)
            memo[ident] = frozenset(own)
        return memo[ident]

    def effective(ident: Ident) -> Ident:
        if ident[0] == "city" and cities_[ident[1]].same_as:
            return ("subdivision", cities_[ident[1]].same_as)  # type: ignore[return-value]
        return ident

    def nested(a: Ident, b: Ident) -> bool:
        return a in lineage(b) or b in lineage(a)

    _drop_shadowed(names, effective, nested)
    built: dict[str, Subdivision] = {}
    for f, n in subs_loaded:
        nameset = names.get(("subdivision", f["code"]), n)
        built[f["code"]] = Subdivision(**f, aliases=nameset.aliases(f["name_vi"]))
    subs = built
    cities_ = {k: replace(c, aliases=names[("city", k)].aliases(c.name_vi)) for k, c in cities_.items()}
    index = NameIndex((ident, n.forms.values()) for ident, n in names.items())
    return _Localities(subs, cities_, names, index, lineage)


def subdivision(code: str) -> Subdivision | None:
    """ISO 3166-2 subdivision by code ("CN-YN"), Vietnam's own ISO codes included."""
    return _localities().subdivisions.get(code.strip().upper())


def subdivisions(country: str | None = None) -> list[Subdivision]:
    """Subdivisions of one country (alpha-2), or all of them."""
    subs = _localities().subdivisions.values()
    if country:
        country = country.strip().upper()
        return [s for s in subs if s.country == country]
    return list(subs)


def city(key_: str) -> ForeignCity | None:
    """Foreign city by its key ("CN.kunming")."""
    return _localities().cities.get(key_.strip())


def cities(country: str | None = None) -> list[ForeignCity]:
    all_ = _localities().cities.values()
    return [c for c in all_ if country is None or c.country == country.strip().upper()]


_CITY_HINTS = tuple(key(p) for p in ("thành phố", "tp", "thủ đô", "thị xã", "city of"))
_SUBDIVISION_HINTS = tuple(
    key(p)
    for p in (
        "tỉnh",
        "bang",
        "tiểu bang",
        "vùng",
        "khu tự trị",
        "đặc khu hành chính",
        "đặc khu",
        "châu tự trị",
        "châu",
        "hạt",
        "quận",
        "huyện",
        "province of",
        "prefecture of",
        "state of",
    )
)
_CITY_SUFFIXES = (" city",)
_SUBDIVISION_SUFFIXES = (" province", " prefecture", " state", " region", " county", " oblast", " krai")


def _country_code(value: str | None) -> str | None:
    if not value:
        return None
    found = country(value) if re.fullmatch(r"[A-Za-z]{2,3}", value.strip()) else None
    found = found or resolve_country(value)
    return found.code if found else value.strip().upper()


def _locality_of(ident: Ident) -> Locality:
    reg = _localities()
    if ident[0] == "city":
        found = reg.cities[ident[1]]
        if found.same_as:
            return reg.subdivisions[found.same_as]
        return found
    return reg.subdivisions[ident[1]]


def _locality_country(ident: Ident) -> str:
    reg = _localities()
    return reg.cities[ident[1]].country if ident[0] == "city" else reg.subdivisions[ident[1]].country


def resolve_locality(name: str, country: str | None = None) -> Locality | None:
    """The foreign subdivision or city a name refers to.

    "Vân Nam" → CN-YN, "Đông Flanders" → BE-VOV, "Côn Minh" → the city of Kunming. A city that is
    its own ISO subdivision resolves to the subdivision ("Berlin" → DE-BE). A leading "tỉnh",
    "bang", "thành phố", "TP"… or a trailing "province"/"city" says which kind is meant
    ("thành phố Kyoto" → the city, "Kyoto" → the prefecture). ``country`` (code or name) narrows
    the search; "Vân Nam (Trung Quốc)" carries its country in parentheses.
    """
    reg = _localities()
    code = _country_code(country)
    attempts: list[tuple[str, str | None]] = [(key(name), None)]
    match = _PAREN.match(name)
    if match:
        in_paren = resolve_country(match.group(2)) if code is None else None
        if in_paren is not None:
            code = in_paren.code
            attempts = [(key(match.group(1)), None)]
        else:
            attempts += [(key(match.group(1)), None), (key(match.group(2)), None)]
    expanded: list[tuple[str, str | None]] = []
    for k, _ in attempts:
        expanded.append((k, None))
        expanded += [(rest, "city") for _, rest in strip_prefix(k, _CITY_HINTS)]
        expanded += [(rest, "subdivision") for _, rest in strip_prefix(k, _SUBDIVISION_HINTS)]
        expanded += [(k[: -len(s)], "city") for s in _CITY_SUFFIXES if k.endswith(s)]
        expanded += [(k[: -len(s)], "subdivision") for s in _SUBDIVISION_SUFFIXES if k.endswith(s)]

    for k, hint in expanded:
        hits = [h for h in reg.index.lookup(k) if code is None or _locality_country(h.ident) == code]
        if hits:
            best = _pick((_locality_rank(h, hint), _effective_locality(h.ident)) for h in hits)
            return _locality_of(best) if best else None  # type: ignore[arg-type]
    return None


def _effective_locality(ident: Hashable) -> Ident:
    reg = _localities()
    if ident[0] == "city" and reg.cities[ident[1]].same_as:  # type: ignore[index]
        return ("subdivision", reg.cities[ident[1]].same_as)  # type: ignore[index,return-value]
    return ident  # type: ignore[return-value]


def _locality_rank(hit: Hit, hint: str | None) -> tuple[int, int]:
    ident = hit.ident
    if ident[0] == "city":  # type: ignore[index]
        found = _localities().cities[ident[1]]  # type: ignore[index]
        kind_rank = {"city": 0, "subdivision": 1}.get(
            hint or "", 0 if (found.capital or found.preferred) else 2
        )
    else:
        kind_rank = 0 if hint == "subdivision" else 1
    # With a hint the kind decides first; without one the most trusted name does.
    return (kind_rank, hit.tier) if hint else (hit.tier, kind_rank)


def search_localities(q: str, country: str | None = None, limit: int = 20) -> list[Locality]:
    """Foreign subdivisions and cities matching ``q``, best first ("champasak", "van nam")."""
    reg = _localities()
    code = _country_code(country)

    def accept(ident: Hashable) -> bool:
        return code is None or _locality_country(ident) == code  # type: ignore[arg-type]

    out: list[Locality] = []
    seen: set[Ident] = set()
    for ident in reg.index.search(key(q), accept=accept, limit=None):
        eff = _effective_locality(ident)
        if eff not in seen:
            seen.add(eff)
            out.append(_locality_of(eff))
            if len(out) >= limit:
                break
    return out


# --- Vietnamese provinces ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Provinces:
    by_era: dict[str, dict[str, Province]]
    names: dict[Ident, NameSet]
    index: NameIndex
    kinds: dict[tuple[str, str], list[loaders.KindSpan]]


@functools.cache
def _provinces() -> _Provinces:
    loaded = loaders.load_provinces()
    by_era: dict[str, dict[str, Province]] = {"pre2025": {}, "2025": {}}
    names: dict[Ident, NameSet] = {}
    for p, n in loaded:
        by_era[p.era][p.code] = p
        names[(p.era, p.code)] = n
    for p in by_era["pre2025"].values():
        if p.successor_code not in by_era["2025"] and p.successor_code not in by_era["pre2025"]:
            raise loaders.DataError(f"provinces_vn.csv pre2025:{p.code}: unknown successor")
    kinds: dict[tuple[str, str], list[loaders.KindSpan]] = {}
    for span in loaders.load_province_kinds():
        kinds.setdefault((span.era, span.code), []).append(span)
    index = NameIndex((ident, n.forms.values()) for ident, n in names.items())
    return _Provinces(by_era, names, index, kinds)


def _norm_code(code: str | int) -> str:
    return str(code).strip().zfill(2)


def _check_era(era: str | None, allowed: tuple[str | None, ...]) -> None:
    if era not in allowed:
        raise ValueError(f"era must be one of {allowed}, not {era!r}")


def provinces(era: EraFilter = "2025", include_historical: bool = False) -> list[Province]:
    """Provincial-level units: the 34 from 2025 ("2025"), the 63 before ("pre2025"), or "all".

    Historical units that ended before the merger (Hà Tây, 2008) are listed only with
    ``include_historical=True`` or ``era="all"``.
    """
    _check_era(era, ("pre2025", "2025", "all"))
    reg = _provinces()
    if era == "2025":
        return sorted(reg.by_era["2025"].values(), key=lambda p: p.code)
    pre = [p for p in reg.by_era["pre2025"].values() if include_historical or era == "all" or not p.is_historical]
    pre.sort(key=lambda p: p.code)
    return pre + sorted(reg.by_era["2025"].values(), key=lambda p: p.code) if era == "all" else pre


def province(code: str | int, era: EraFilter | None = "2025") -> Province | None:
    """Unit by statistical code in an era; ``era=None``/"all" tries 2025 first, then pre-2025."""
    _check_era(era, ("pre2025", "2025", "all", None))
    reg = _provinces()
    code = _norm_code(code)
    eras = ("2025", "pre2025") if era in (None, "all") else (era,)
    for e in eras:
        if code in reg.by_era[e]:
            return reg.by_era[e][code]
    return None


def successor(code: str | int) -> Province:
    """The 2025 unit of a pre-2025 code (02 → 08 Tuyên Quang); a 2025 code gives itself.

    Raises :class:`KeyError` for an unknown code.
    """
    reg = _provinces()
    code = _norm_code(code)
    old = reg.by_era["pre2025"].get(code)
    if old is not None:
        target = old.successor_code or code
        while target not in reg.by_era["2025"]:  # a historical unit: follow its pre-2025 successor
            target = reg.by_era["pre2025"][target].successor_code or target
        return reg.by_era["2025"][target]
    if code in reg.by_era["2025"]:
        return reg.by_era["2025"][code]
    raise KeyError(f"unknown province code {code!r}")


def predecessors(code: str | int, include_historical: bool = False) -> list[Province]:
    """The pre-2025 units that went into a 2025 unit (08 → Hà Giang 02, Tuyên Quang 08)."""
    code = _norm_code(code)
    return [
        p
        for p in provinces("pre2025", include_historical=include_historical)
        if successor(p.code).code == code
    ]


def province_kind(code: str | int, on: date, era: Literal["pre2025", "2025"] | None = None) -> str | None:
    """The unit's type ("tỉnh" / "thành phố trực thuộc trung ương") on a given day."""
    reg = _provinces()
    code = _norm_code(code)
    era = era or ("2025" if on >= date(2025, 7, 1) else "pre2025")
    spans = reg.kinds.get((era, code))
    return loaders.kind_on(spans, on) if spans else None


_PROVINCE_PREFIXES = tuple(key(p) for p in ("tỉnh", "thành phố", "tp", "thủ đô", "province of"))
_ERA_RANK = {"2025": 0, "pre2025": 1}


def resolve_province(name: str, era: Literal["pre2025", "2025"] | None = None) -> Province | None:
    """The unit a name refers to ("Hà Giang", "Tp. HCM", "Thừa Thiên - Huế", "Đắc Lắc").

    Without ``era`` a name used in both eras gives the 2025 unit; use :func:`successor` to map an
    old unit to its new one.
    """
    _check_era(era, ("pre2025", "2025", None))
    reg = _provinces()
    if name.strip().isdigit():
        return province(name, era)
    k = key(name)
    attempts = [k] + [rest for _, rest in strip_prefix(k, _PROVINCE_PREFIXES)]
    for attempt in attempts:
        hits = [h for h in reg.index.lookup(attempt) if era is None or h.ident[0] == era]  # type: ignore[index]
        if hits:
            def rank(hit: Hit) -> tuple[int, int, int]:
                unit = reg.by_era[hit.ident[0]][hit.ident[1]]  # type: ignore[index]
                return (hit.tier, _ERA_RANK[unit.era], 1 if unit.is_historical else 0)

            best = _pick((rank(h), h.ident) for h in hits)
            return reg.by_era[best[0]][best[1]] if best else None  # type: ignore[index]
    return None


def search_provinces(q: str, era: Literal["pre2025", "2025"] | None = None, limit: int = 20) -> list[Province]:
    """Units whose names match ``q`` ("ha giang" finds Hà Giang), 2025 units first on a tie."""
    _check_era(era, ("pre2025", "2025", None))
    reg = _provinces()
    found = reg.index.search(
        key(q), accept=lambda i: era is None or i[0] == era, limit=None  # type: ignore[index]
    )
    return [reg.by_era[i[0]][i[1]] for i in found][:limit]  # type: ignore[index]


# --- organisations ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Organisations:
    by_key: dict[str, Organisation]
    names: dict[Ident, NameSet]
    index: NameIndex
    bodies: tuple[loaders.VietnameseBody, ...]


@functools.cache
def _organisations() -> _Organisations:
    loaded = loaders.load_organisations(set(_countries().by_code))
    names = {("organisation", o.key): n for o, n in loaded}
    _drop_shadowed(names, lambda i: i, lambda a, b: False)
    by_key = {o.key: replace(o, aliases=names[("organisation", o.key)].aliases(o.name_vi)) for o, _ in loaded}
    index = NameIndex((ident, n.forms.values()) for ident, n in names.items())
    return _Organisations(by_key, names, index, tuple(loaders.load_vietnamese_bodies()))


def organisations(kind: str | None = None) -> list[Organisation]:
    """International organisations, foreign agencies, NGOs and companies (optionally one kind)."""
    if kind is not None and kind not in ORGANISATION_KINDS:
        raise ValueError(f"kind must be one of {ORGANISATION_KINDS}, not {kind!r}")
    return [o for o in _organisations().by_key.values() if kind is None or o.kind == kind]


def organisation(key_: str) -> Organisation | None:
    return _organisations().by_key.get(key_.strip())


_ORGANISATION_PREFIXES = tuple(key(p) for p in ("tổ chức", "cơ quan", "the"))


def resolve_organisation(name: str) -> Organisation | None:
    """The organisation a name refers to: "JICA", "Cơ quan Hợp tác Quốc tế Nhật Bản", "WB"…"""
    reg = _organisations()
    found = _resolve_in(reg.index, name, _ORGANISATION_PREFIXES)
    return reg.by_key[found[1]] if found else None


def search_organisations(q: str, limit: int = 20, kind: str | None = None) -> list[Organisation]:
    reg = _organisations()
    found = reg.index.search(
        key(q),
        accept=lambda i: kind is None or reg.by_key[i[1]].kind == kind,  # type: ignore[index]
        limit=limit,
    )
    return [reg.by_key[i[1]] for i in found]  # type: ignore[index]


@functools.cache
def _foreign_country_pattern() -> re.Pattern[str]:
    """Keys of unambiguous foreign country names, for telling "Sở Ngoại vụ tỉnh Gunma" apart."""
    reg = _countries()
    keys = {
        form.key
        for (_, code), nameset in reg.names.items()
        if code != loaders.HOME_COUNTRY
        for form in nameset.forms.values()
        if form.tier < 2 and not form.ambiguous and not looks_ambiguous(form.surface)
    }
    alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    return re.compile(rf"(?:^| )(?:{alternation})(?: |$)")


def is_vietnamese_body(name: str) -> bool:
    """Whether a name is a Vietnamese body (Bộ Ngoại giao, UBND tỉnh…, VUFO, VCCI), not foreign.

    A name that says the body is "tại Việt Nam" (a foreign body's office in Vietnam) is never
    Vietnamese; nor is a state or party body named with a foreign country ("Sở … tỉnh Gunma").
    """
    k = key(name)
    if not k or " tai viet nam" in f" {k}":
        return False
    for body in _organisations().bodies:
        for body_key in body.keys:
            if k == body_key:
                return True
            if body.match == "prefix" and k.startswith(body_key + " "):
                if body.kind in ("mass_organisation", "business_association"):
                    return True
                return not _names_foreign_place(k[len(body_key) :])
    return False


_PLACE_MARKER = re.compile(r" (?:tinh|thanh pho|tp|thu do|bang|quan|huyen|xa|phuong) (.+)$")


def _names_foreign_place(rest: str) -> bool:
    """Whether the tail of a body's name places it abroad ("… tỉnh Gunma", "… Nhật Bản")."""
    if _foreign_country_pattern().search(rest):
        return True
    match = _PLACE_MARKER.search(" " + rest.strip())
    if match is None:
        return False
    place = match.group(1)
    return resolve_province(place) is None and resolve_locality(place) is not None


# --- currencies -------------------------------------------------------------------------------


@functools.cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_currency(code: str) -> bool:
    """Whether ``code`` is an ISO 4217 currency code ("VND", "usd")."""
    return isinstance(code, str) and code.strip().upper() in _currency_codes()


# --- gazetteer --------------------------------------------------------------------------------


@functools.cache
def _gazetteer() -> tuple[GazetteerEntry, ...]:
    """The gazetteer, from the disk cache when it has this build of it (see :mod:`.cache`)."""
    rows = cache.cached(
        "gazetteer", cache.reference_digest(b"gazetteer-1"), _build_gazetteer, _gazetteer_rows_ok
    )
    make = GazetteerEntry._make
    return tuple(map(make, rows))


def _gazetteer_rows_ok(rows: object) -> bool:
    return isinstance(rows, list) and bool(rows) and all(
        isinstance(r, tuple) and len(r) == len(GazetteerEntry._fields) for r in rows[:5]
    )


def _build_gazetteer() -> list[tuple]:
    countries_ = _countries()
    localities = _localities()
    provinces_ = _provinces()
    organisations_ = _organisations()

    # (gazetteer type, key, effective identity, identity for lineage, names)
    entities: list[tuple[str, str, Ident, Ident, NameSet]] = []
    for (_, code), n in countries_.names.items():
        entities.append(("country", code, ("country", code), ("country", code), n))
    for ident, n in localities.names.items():
        kind = "city" if ident[0] == "city" else "subdivision"
        entities.append((kind, ident[1], _effective_locality(ident), ident, n))
    for (era, code), n in provinces_.names.items():
        unit = provinces_.by_era[era][code]
        entities.append(("province", unit.key, ("province", era, code), ("province", era, code), n))
    for (_, k), n in organisations_.names.items():
        entities.append(("organisation", k, ("organisation", k), ("organisation", k), n))

    memo: dict[Ident, frozenset[Ident]] = {}

    def lineage(ident: Ident, effective: Ident) -> frozenset[Ident]:
        if ident not in memo:
            if ident[0] in ("city", "subdivision"):
                memo[ident] = localities.lineage(ident) | localities.lineage(effective)
            elif ident[0] == "province":
                unit = provinces_.by_era[ident[1]][ident[2]]
                own = {ident, ("country", loaders.HOME_COUNTRY)}
                if unit.era == "pre2025":
                    own.add(("province", "2025", successor(unit.code).code))
                    if unit.successor_code and unit.successor_code != unit.code:
                        own.add(("province", "pre2025", unit.successor_code))
                memo[ident] = frozenset(own)
            else:
                memo[ident] = frozenset({ident})
        return memo[ident]

    owners: dict[str, list[int]] = {}
    for position, (*_, names) in enumerate(entities):
        for k in names.forms:
            owners.setdefault(k, []).append(position)

    def collides(position: int, k: str) -> bool:
        me = entities[position]
        for other in owners[k]:
            if other == position:
                continue
            them = entities[other]
            if me[2] == them[2]:
                continue
            if me[2] in lineage(them[3], them[2]) or them[2] in lineage(me[3], me[2]):
                continue
            return True
        return False

    entries: list[tuple] = []
    append = entries.append
    for position, (kind, entity_key, _, _, names) in enumerate(entities):
        flags: dict[str, bool] = {}
        for k, form in names.forms.items():
            flag = form.ambiguous
            if flag is None:
                flag = looks_ambiguous(form.surface, k)
            if not flag and len(owners[k]) > 1:
                flag = collides(position, k)
            flags[k] = flag
        for surface, k in names.surfaces.items():
            flag = flags[k]
            if not flag and names.forms[k].ambiguous is None and surface != names.forms[k].surface:
                flag = looks_ambiguous(surface, k)
            append((surface, fold(surface), kind, entity_key, flag))
    return entries


def gazetteer() -> list[GazetteerEntry]:
    """Every name and alias of every entity, for the extraction recognisers.

    Cities are ours (``foreign_cities.csv``) and the world cities of GeoNames
    (:mod:`doingoai.reference.world_cities`: ``city(key).source == "geonames"``), whose names never
    repeat another entity's. Read from the disk cache when it holds this build (see :mod:`.cache`).

    Foreign subdivisions exclude Vietnam's own (those are provinces). A surface that names several
    entities appears once per entity; it is ``ambiguous`` when it is also an ordinary word or a
    personal name (our data files say so), when it looks like Vietnamese once folded (library
    names only), or when it names two entities that are not nested in each other ("Georgia" the
    country and the US state — but not "Berlin" the city and the Land).
    """
    return list(_gazetteer())

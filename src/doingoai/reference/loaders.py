"""Build reference entities from the libraries (pycountry, Babel) and our data files.

Each ``load_*`` function returns entities together with their *names*: every surface form the
entity is known by, with a tier saying where it comes from —

* tier 0: curated by us (a data file in ``reference/data``),
* tier 1: as written by a library (ISO 3166 via pycountry, CLDR via Babel),
* tier 2: derived from a tier 0/1 name by :func:`names.library_forms` ("Yunnan Sheng" → "Yunnan").

A lower tier wins when two entities answer to the same name. ``ambiguous`` is the curated flag when
we curated the name, otherwise ``None`` (the service applies :func:`names.looks_ambiguous`).
Nothing here runs at import time; :mod:`doingoai.reference.services` calls these once, lazily.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from doingoai.text import clean

from .models import (
    KIND_CITY,
    ORGANISATION_KINDS,
    PROVINCE_KINDS,
    Country,
    ForeignCity,
    Organisation,
    Province,
)
from .names import key, library_forms

DATA_DIR = Path(__file__).with_name("data")
_TIDY = re.compile(r"\S+(?: \S+)*")
HOME_COUNTRY = "VN"


@dataclass(frozen=True, slots=True)
class NameForm:
    surface: str
    key: str
    tier: int
    ambiguous: bool | None  # curated flag; None = not curated


class DataError(ValueError):
    """A reference data file is inconsistent (unknown code, bad value, duplicate key)."""


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a data file; lines starting with '#' are comments; values are NFC and trimmed."""
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#") and line.strip()]
    rows = []
    for number, row in enumerate(csv.DictReader(lines), start=1):
        if None in row:
            raise DataError(f"{name}: row {number} has more fields than the header: {row}")
        rows.append({k: _tidy(v or "") for k, v in row.items()})
    return rows


def _tidy(value: str) -> str:
    """:func:`doingoai.text.clean`, skipped when the value is already clean (the usual case)."""
    if unicodedata.is_normalized("NFC", value) and (not value or _TIDY.fullmatch(value)):
        return value
    return clean(value)


def split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def boolean(value: str, where: str) -> bool:
    if value.lower() in ("true", "1", "yes"):
        return True
    if value.lower() in ("false", "0", "no", ""):
        return False
    raise DataError(f"{where}: not a boolean: {value!r}")


def iso_date(value: str, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataError(f"{where}: not an ISO date: {value!r}") from exc


class NameSet:
    """The names of one entity.

    ``forms`` holds one :class:`NameForm` per matching key (lowest tier wins; a curated ambiguity
    flag wins over none); ``surfaces`` keeps every distinct written surface with its key, so the
    gazetteer can list "Hà Giang" and "Ha Giang", "TP.HCM" and "TP HCM" separately.
    """

    __slots__ = ("forms", "surfaces")

    def __init__(self) -> None:
        self.forms: dict[str, NameForm] = {}
        self.surfaces: dict[str, str] = {}

    def add(self, surface: str, tier: int, ambiguous: bool | None = None) -> None:
        surface = _tidy(surface)
        k = key(surface)
        if not k:
            return
        self.surfaces.setdefault(surface, k)
        old = self.forms.get(k)
        if old is None:
            self.forms[k] = NameForm(surface, k, tier, ambiguous)
            return
        flag = old.ambiguous if old.ambiguous is not None else ambiguous
        best = old.surface if old.tier <= tier else surface
        self.forms[k] = NameForm(best, k, min(tier, old.tier), flag)

    def add_derived(self, surface: str, country: str | None = None, inner: bool = True) -> None:
        for form in library_forms(surface, country, inner):
            self.add(form, 2)

    def discard(self, k: str) -> None:
        self.forms.pop(k, None)
        for surface in [s for s, sk in self.surfaces.items() if sk == k]:
            del self.surfaces[surface]

    def aliases(self, display: str) -> tuple[str, ...]:
        display = _tidy(display)
        return tuple(s for s in self.surfaces if s != display)


# --- countries ------------------------------------------------------------------------------


def _english_name(country) -> str:  # noqa: ANN001 - pycountry record
    name = getattr(country, "common_name", None) or country.name
    forms = library_forms(name)
    if "," in name and forms and not name.startswith("Saint Helena"):
        return forms[0]
    return name


def load_countries() -> list[tuple[Country, NameSet]]:
    import babel
    import pycountry

    vi = babel.Locale("vi").territories
    en = babel.Locale("en").territories
    curated: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(read_csv("country_aliases.csv"), start=1):
        code = row["code"].upper()
        if pycountry.countries.get(alpha_2=code) is None:
            raise DataError(f"country_aliases.csv row {number}: unknown ISO 3166-1 code {code!r}")
        curated.setdefault(code, []).append(row)

    result = []
    for record in pycountry.countries:
        code = record.alpha_2
        names = NameSet()
        preferred = None
        rows = curated.get(code, [])
        for row in rows:
            where = f"country_aliases.csv {code} {row['alias']!r}"
            names.add(row["alias"], 0, boolean(row["ambiguous"], where))
            if boolean(row["preferred"], where):
                preferred = row["alias"]
        library = [vi.get(code), en.get(code), record.name]
        library += [getattr(record, "common_name", None), getattr(record, "official_name", None)]
        for name in library:
            if name:
                names.add(name, 1)
        for name in library:
            if name:
                names.add_derived(name)
        for row in rows:
            names.add_derived(row["alias"], inner=False)
        name_vi = clean(preferred or vi.get(code) or record.name)
        country = Country(
            code=code,
            name_vi=name_vi,
            name_en=_english_name(record),
            aliases=(),
            is_home=code == HOME_COUNTRY,
            alpha3=record.alpha_3,
        )
        result.append((country, names))
    return result


# --- foreign subdivisions and cities --------------------------------------------------------


def load_subdivisions() -> list[tuple[dict, NameSet]]:
    """ISO 3166-2 subdivisions as (Subdivision fields without aliases, names).

    The caller builds the :class:`Subdivision` once its aliases are final (5,000 records: building
    each object twice would cost more than all the name handling).
    """
    import pycountry

    curated: dict[str, dict[str, str]] = {}
    for row in read_csv("subdivision_names_vi.csv"):
        code = row["code"].upper()
        if pycountry.subdivisions.get(code=code) is None:
            raise DataError(f"subdivision_names_vi.csv: unknown ISO 3166-2 code {code!r}")
        if code in curated:
            raise DataError(f"subdivision_names_vi.csv: {code} appears twice")
        curated[code] = row

    result = []
    for record in pycountry.subdivisions:
        code, name, country = record.code, record.name, record.country_code
        names = NameSet()
        row = curated.get(code)
        ambiguous: set[str] = set()
        if row:
            ambiguous = {key(a) for a in split(row["ambiguous"])}
            for surface in [row["name_vi"], *split(row["aliases"])]:
                names.add(surface, 0, key(surface) in ambiguous)
        # our file may flag ISO's own name too ("Washington" for US-WA)
        names.add(name, 1, True if ambiguous and key(name) in ambiguous else None)
        names.add_derived(name, country)
        if row:
            for surface in [row["name_vi"], *split(row["aliases"])]:
                names.add_derived(surface, inner=False)
            name_vi = row["name_vi"]
        else:
            plain = library_forms(name) if any(c in name for c in ",[(") else ()
            name_vi = plain[0] if plain else name
        fields = {
            "code": code,
            "country": country,
            "name": name,
            "name_vi": name_vi,
            "type": record.type,
            "parent": record.parent_code or None,
            "has_vi_name": row is not None,
        }
        result.append((fields, names))
    return result


def load_cities() -> list[tuple[ForeignCity, NameSet]]:
    import pycountry

    result = []
    seen: set[str] = set()
    for row in read_csv("foreign_cities.csv"):
        where = f"foreign_cities.csv {row['key']}"
        if row["key"] in seen:
            raise DataError(f"{where}: duplicate key")
        seen.add(row["key"])
        country = row["country"].upper()
        if pycountry.countries.get(alpha_2=country) is None:
            raise DataError(f"{where}: unknown country {country!r}")
        for field in ("parent_code", "same_as"):
            code = row[field]
            if code and (
                pycountry.subdivisions.get(code=code) is None or not code.startswith(country + "-")
            ):
                raise DataError(f"{where}: {field} {code!r} is not a subdivision of {country}")
        if not row["key"].startswith(country + "."):
            raise DataError(f"{where}: key must start with '{country}.'")
        ambiguous = {key(a) for a in split(row["ambiguous"])}
        names = NameSet()
        for surface in [row["name_vi"], row["name_en"], *split(row["aliases"])]:
            names.add(surface, 0, key(surface) in ambiguous)
        for surface in [row["name_vi"], row["name_en"], *split(row["aliases"])]:
            names.add_derived(surface, inner=False)
        city = ForeignCity(
            key=row["key"],
            name_vi=row["name_vi"],
            name_en=row["name_en"],
            country=country,
            parent_code=row["parent_code"] or None,
            aliases=(),
            capital=boolean(row["capital"], where),
            same_as=row["same_as"] or None,
            preferred=boolean(row["preferred"], where),
        )
        result.append((city, names))
    return result


# --- Vietnamese provinces -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class KindSpan:
    era: str
    code: str
    kind: str
    valid_from: date | None
    valid_to: date | None
    source: str

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


def load_province_kinds() -> list[KindSpan]:
    spans = []
    for row in read_csv("province_kinds.csv"):
        where = f"province_kinds.csv {row['era']}:{row['code']}"
        if row["kind"] not in PROVINCE_KINDS:
            raise DataError(f"{where}: kind must be one of {PROVINCE_KINDS}, not {row['kind']!r}")
        spans.append(
            KindSpan(
                era=row["era"],
                code=row["code"],
                kind=row["kind"],
                valid_from=iso_date(row["valid_from"], where),
                valid_to=iso_date(row["valid_to"], where),
                source=row["source"],
            )
        )
    return spans


def kind_on(spans: Iterable[KindSpan], day: date) -> str | None:
    """The kind in force on ``day`` among one unit's spans (the latest span if none covers it)."""
    spans = sorted(spans, key=lambda s: s.valid_from or date.min)
    for span in reversed(spans):
        if span.covers(day):
            return span.kind
    return spans[-1].kind if spans else None


def load_provinces(today: date | None = None) -> list[tuple[Province, NameSet]]:
    today = today or date.today()
    spans: dict[tuple[str, str], list[KindSpan]] = {}
    for span in load_province_kinds():
        spans.setdefault((span.era, span.code), []).append(span)
    result = []
    seen: set[tuple[str, str]] = set()
    for row in read_csv("provinces_vn.csv"):
        era, code = row["era"], row["code"]
        where = f"provinces_vn.csv {era}:{code}"
        if era not in ("pre2025", "2025"):
            raise DataError(f"{where}: era must be 'pre2025' or '2025'")
        if (era, code) in seen:
            raise DataError(f"{where}: duplicate")
        seen.add((era, code))
        if (era, code) not in spans:
            raise DataError(f"{where}: no row in province_kinds.csv")
        valid_to = iso_date(row["valid_to"], where)
        kind = kind_on(spans[(era, code)], min(valid_to or today, today))
        ambiguous = {key(a) for a in split(row["ambiguous"])}
        names = NameSet()
        for surface in [row["name"], row["full_name"], *split(row["aliases"])]:
            names.add(surface, 0, key(surface) in ambiguous)
        province = Province(
            code=code,
            name=row["name"],
            full_name=row["full_name"],
            kind=kind or KIND_CITY,
            era=era,  # type: ignore[arg-type]
            valid_from=iso_date(row["valid_from"], where),
            valid_to=valid_to,
            successor_code=row["successor_code"] or None,
            aliases=names.aliases(row["name"]),
            iso_code=row["iso_code"] or None,
        )
        result.append((province, names))
    return result


# --- organisations and Vietnamese bodies ----------------------------------------------------


def load_organisations(country_codes: set[str]) -> list[tuple[Organisation, NameSet]]:
    result = []
    seen: set[str] = set()
    for row in read_csv("organisations.csv"):
        where = f"organisations.csv {row['key']}"
        if row["key"] in seen:
            raise DataError(f"{where}: duplicate key")
        seen.add(row["key"])
        if row["kind"] not in ORGANISATION_KINDS:
            raise DataError(f"{where}: kind must be one of {ORGANISATION_KINDS}")
        country = row["country"].upper() or None
        if country and country not in country_codes:
            raise DataError(f"{where}: unknown country {country!r}")
        ambiguous = {key(a) for a in split(row["ambiguous"])}
        names = NameSet()
        surfaces = [row["acronym"], row["name_vi"], row["name_en"], *split(row["aliases"])]
        for surface in surfaces:
            if surface:
                names.add(surface, 0, key(surface) in ambiguous)
        for surface in surfaces:
            if surface:
                names.add_derived(surface)  # "… (JICA)" also gives "JICA"
        organisation = Organisation(
            key=row["key"],
            acronym=row["acronym"] or None,
            name_vi=row["name_vi"],
            name_en=row["name_en"],
            kind=row["kind"],
            country=country,
            aliases=names.aliases(row["name_vi"]),
        )
        result.append((organisation, names))
    return result


@dataclass(frozen=True, slots=True)
class VietnameseBody:
    name: str
    match: str  # "exact" | "prefix"
    kind: str
    keys: tuple[str, ...]


def load_vietnamese_bodies() -> list[VietnameseBody]:
    bodies = []
    for row in read_csv("vietnamese_bodies.csv"):
        if row["match"] not in ("exact", "prefix"):
            raise DataError(f"vietnamese_bodies.csv {row['name']!r}: match must be exact|prefix")
        keys = tuple(k for k in (key(n) for n in [row["name"], *split(row["aliases"])]) if k)
        bodies.append(VietnameseBody(row["name"], row["match"], row["kind"], keys))
    return bodies


def iter_rows(*names: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(file name, row) for each row of the given data files — for tests and checks."""
    for name in names:
        for row in read_csv(name):
            yield name, row

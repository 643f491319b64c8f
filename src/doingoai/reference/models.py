"""Reference entities: read-only value objects held in memory (no database tables).

Countries and subdivisions come from ISO 3166 (pycountry) and CLDR (Babel); cities, Vietnamese
provinces and organisations come from the data files in ``reference/data`` (see its README). Every
object is frozen and hashable, so other packages can keep them in sets and as dict keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, NamedTuple

Era = Literal["pre2025", "2025"]
OrganisationKind = Literal["international_org", "government_agency", "ngo", "company", "other"]
GazetteerType = Literal["country", "subdivision", "city", "province", "organisation"]

ORGANISATION_KINDS: tuple[str, ...] = (
    "international_org",
    "government_agency",
    "ngo",
    "company",
    "other",
)
# Types of Vietnamese provincial-level units, as written in Vietnamese law.
KIND_PROVINCE = "tỉnh"
KIND_CITY = "thành phố trực thuộc trung ương"
PROVINCE_KINDS: tuple[str, ...] = (KIND_PROVINCE, KIND_CITY)
# First day of the 34-unit map (Resolution 202/2025/QH15); the 63-unit map ends the day before.
MERGER_DATE = date(2025, 7, 1)


@dataclass(frozen=True, slots=True)
class Country:
    """An ISO 3166-1 country or territory.

    ``name_vi`` is CLDR's Vietnamese name unless our alias file marks a preferred form (e.g.
    "Đài Loan (Trung Quốc)"); ``aliases`` are every other name we match, ours first.
    """

    code: str  # ISO 3166-1 alpha-2
    name_vi: str
    name_en: str
    aliases: tuple[str, ...] = ()
    is_home: bool = False  # Việt Nam
    alpha3: str = ""

    @property
    def key(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class Subdivision:
    """An ISO 3166-2 subdivision (province, state, prefecture, region…) of a foreign country.

    ``name`` is ISO's own (local-language) name; ``name_vi`` is the name the Vietnamese press uses
    when our data file has one, otherwise ISO's name in its plainest form ("Yunnan Sheng" → kept,
    aliases carry "Yunnan"). ``parent`` is the code of the enclosing subdivision, if any.
    """

    code: str
    country: str
    name: str
    name_vi: str
    type: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    has_vi_name: bool = False  # name_vi comes from our curated file

    @property
    def key(self) -> str:
        return self.code


@dataclass(frozen=True, slots=True)
class ForeignCity:
    """A foreign city (or prefecture/county below ISO 3166-2 level): ours or a world city.

    Our cities come from ``foreign_cities.csv`` (``source="curated"``); world cities of GeoNames
    (``source="geonames"``, :mod:`doingoai.reference.world_cities`) add the places world news names.

    ``parent_code`` is the ISO 3166-2 subdivision the city lies in. ``same_as`` is set when the
    city *is* that subdivision (Berlin = DE-BE) — for a world city, when a subdivision of its country
    bears its name (Baghdad = IQ-BG, the annotation's same-name rule); name resolution then returns
    the subdivision.
    ``capital`` marks national capitals (the extractor decides when one stands for a government).
    """

    key: str
    name_vi: str
    name_en: str
    country: str
    parent_code: str | None
    aliases: tuple[str, ...] = ()
    capital: bool = False
    same_as: str | None = None
    preferred: bool = False  # the bare name means the city, not a subdivision of the same name
    population: int | None = None  # world cities only
    source: str = "curated"  # "curated" (foreign_cities.csv) | "geonames" (world cities)

    @property
    def code(self) -> str:
        return self.key


@dataclass(frozen=True, slots=True)
class Province:
    """A Vietnamese provincial-level unit in one era.

    ``era`` is "pre2025" (the 63 units in force until 30/06/2025, plus historical units such as
    Hà Tây) or "2025" (the 34 units from 01/07/2025). ``kind`` is the unit's type on the last day
    of its validity (today for current units); the full history is in ``province_kinds.csv``.
    ``successor_code`` is the 2025 unit a pre-2025 unit went into (None for 2025 units).
    """

    code: str
    name: str
    full_name: str
    kind: str
    era: Era
    valid_from: date | None
    valid_to: date | None
    successor_code: str | None
    aliases: tuple[str, ...] = ()
    iso_code: str | None = None  # ISO 3166-2:VN, pre-2025 units only

    @property
    def key(self) -> str:
        """Era-qualified key, unique across eras: "pre2025:02", "2025:08"."""
        return f"{self.era}:{self.code}"

    @property
    def is_historical(self) -> bool:
        """Ended before the 2025 merger (Hà Tây)."""
        return self.valid_to is not None and self.valid_to < date(2025, 6, 30)


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation, foreign agency, foreign NGO or foreign company."""

    key: str
    acronym: str | None
    name_vi: str
    name_en: str
    kind: str
    country: str | None  # ISO 3166-1 alpha-2 of the home country; None for international bodies
    aliases: tuple[str, ...] = ()


class GazetteerEntry(NamedTuple):
    """One surface form of one entity, for the extraction recognisers (an immutable tuple).

    ``folded`` is :func:`doingoai.text.fold` of ``surface``. ``key`` is the entity's key: ISO code
    for countries and subdivisions, the city key, the era-qualified province key ("2025:08") or the
    organisation key. ``ambiguous`` means the surface needs context before it is taken as this
    entity (an ordinary word, a personal name, or the name of another entity).
    """

    surface: str
    folded: str
    type: GazetteerType
    key: str
    ambiguous: bool

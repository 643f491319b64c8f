"""Public (read-only) shapes of reference data for the JSON API."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict


class _Public(BaseModel):
    model_config = ConfigDict(from_attributes=True, frozen=True)


class CountryPublic(_Public):
    code: str
    alpha3: str
    name_vi: str
    name_en: str
    aliases: list[str]
    is_home: bool


class SubdivisionPublic(_Public):
    kind: Literal["subdivision"] = "subdivision"
    code: str
    country: str
    name: str
    name_vi: str
    type: str
    parent: str | None
    aliases: list[str]


class ForeignCityPublic(_Public):
    kind: Literal["city"] = "city"
    key: str
    name_vi: str
    name_en: str
    country: str
    parent_code: str | None
    same_as: str | None
    capital: bool
    aliases: list[str]


LocalityPublic = SubdivisionPublic | ForeignCityPublic


class ProvinceBrief(_Public):
    code: str
    name: str
    era: Literal["pre2025", "2025"]


class ProvincePublic(_Public):
    code: str
    name: str
    full_name: str
    kind: str
    era: Literal["pre2025", "2025"]
    valid_from: date | None
    valid_to: date | None
    successor_code: str | None
    iso_code: str | None
    aliases: list[str]


class ProvinceDetail(ProvincePublic):
    """A unit with its place in the 2025 merger: the unit it went into, or the units it came from."""

    successor: ProvinceBrief | None = None
    predecessors: list[ProvinceBrief] = []


class OrganisationPublic(_Public):
    key: str
    acronym: str | None
    name_vi: str
    name_en: str
    kind: Literal["international_org", "government_agency", "ngo", "company", "other"]
    country: str | None
    aliases: list[str]

"""JSON routes for reference data (read-only). Thin: parse, call a service, shape the answer."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query

from . import services
from .models import ForeignCity, Province
from .schemas import (
    CountryPublic,
    ForeignCityPublic,
    LocalityPublic,
    OrganisationPublic,
    ProvinceBrief,
    ProvinceDetail,
    ProvincePublic,
    SubdivisionPublic,
)

router = APIRouter(prefix="/api/reference", tags=["reference"])

Q = Annotated[str | None, Query(max_length=200, description="Search text; diacritics and case are ignored")]
Limit = Annotated[int, Query(ge=1, le=500)]
OrganisationKind = Literal["international_org", "government_agency", "ngo", "company", "other"]


def _not_found(what: str, code: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"{what} {code!r} not found")


@router.get("/countries", response_model=list[CountryPublic])
def list_countries(q: Q = None, limit: Limit = 300) -> list:
    """Countries and territories (ISO 3166-1) with Vietnamese names; ``q`` searches all names."""
    if q:
        return services.search_countries(q, limit=limit)
    return services.countries()[:limit]


@router.get("/countries/{code}", response_model=CountryPublic)
def get_country(code: str):  # noqa: ANN201
    found = services.country(code)
    if found is None:
        raise _not_found("country", code)
    return found


def _locality_public(item) -> LocalityPublic:  # noqa: ANN001
    if isinstance(item, ForeignCity):
        return ForeignCityPublic.model_validate(item)
    return SubdivisionPublic.model_validate(item)


@router.get("/localities", response_model=list[LocalityPublic])
def list_localities(
    q: Q = None,
    country: Annotated[str | None, Query(max_length=100, description="ISO 3166-1 code or name")] = None,
    limit: Limit = 20,
) -> list:
    """Foreign subdivisions (ISO 3166-2) and cities; ``q`` searches their names, ``country``
    narrows to one country (and lists all of its localities when ``q`` is empty)."""
    if q:
        return [_locality_public(x) for x in services.search_localities(q, country=country, limit=limit)]
    if not country:
        raise HTTPException(status_code=422, detail="give q (search text) or country")
    found = services.country(country) or services.resolve_country(country)
    if found is None:
        raise _not_found("country", country)
    items = [*services.subdivisions(found.code), *services.cities(found.code)]
    return [_locality_public(x) for x in items[:limit]]


@router.get("/localities/{code}", response_model=LocalityPublic)
def get_locality(code: str):  # noqa: ANN201
    """One subdivision by ISO 3166-2 code ("CN-YN") or one city by key ("CN.kunming")."""
    found = services.subdivision(code) or services.city(code)
    if found is None:
        raise _not_found("locality", code)
    return _locality_public(found)


@router.get("/provinces", response_model=list[ProvincePublic])
def list_provinces(
    era: Literal["pre2025", "2025", "all"] | None = None,
    q: Q = None,
    limit: Limit = 100,
) -> list:
    """Vietnamese provincial-level units: the 34 from 1 July 2025 (default), the 63 before
    ("pre2025"), or "all" (with the historical Hà Tây). ``q`` searches both eras unless ``era``
    says which."""
    if q:
        return services.search_provinces(q, era=None if era in (None, "all") else era, limit=limit)
    return services.provinces(era or "2025")[:limit]


def _brief(unit: Province) -> ProvinceBrief:
    return ProvinceBrief(code=unit.code, name=unit.name, era=unit.era)


@router.get("/provinces/{code}", response_model=ProvinceDetail)
def get_province(code: str, era: Literal["pre2025", "2025"] | None = None) -> ProvinceDetail:
    """One unit; a pre-2025 unit comes with the 2025 unit it went into, a 2025 unit with the
    pre-2025 units it was formed from. Without ``era`` the 2025 unit is preferred."""
    unit = services.province(code, era)
    if unit is None:
        raise _not_found("province", code)
    detail = ProvinceDetail.model_validate(unit)
    if unit.era == "pre2025":
        return detail.model_copy(update={"successor": _brief(services.successor(unit.code))})
    units = services.predecessors(unit.code)
    return detail.model_copy(update={"predecessors": [_brief(p) for p in units]})


@router.get("/organisations", response_model=list[OrganisationPublic])
def list_organisations(q: Q = None, kind: OrganisationKind | None = None, limit: Limit = 20) -> list:
    """International organisations, foreign agencies, NGOs and companies."""
    if q:
        return services.search_organisations(q, limit=limit, kind=kind)
    return services.organisations(kind)[:limit]


@router.get("/organisations/{key}", response_model=OrganisationPublic)
def get_organisation(key: str):  # noqa: ANN201
    found = services.organisation(key)
    if found is None:
        raise _not_found("organisation", key)
    return found

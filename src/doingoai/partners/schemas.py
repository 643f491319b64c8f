from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from doingoai.core.schemas import (
    CountryFilter,
    ChildPublic,
    CountryCode,
    ListQuery,
    Name,
    RecordCreate,
    RecordPublic,
    ShortText,
    Strict,
    SubdivisionCode,
    Text,
    make_update_schema,
)
from doingoai.partners.models import PartnerKind, RelationKind, RelationStatus

Alias = Annotated[str, Field(min_length=1, max_length=300)]


class PartnerCreate(RecordCreate):
    kind: PartnerKind
    name_vi: Name
    name_en: Name | None = None
    name_original: Name | None = None
    short_name: Annotated[str, Field(max_length=60)] | None = None
    aliases: Annotated[list[Alias], Field(max_length=50)] = []
    country_code: CountryCode | None = None
    subdivision_code: SubdivisionCode | None = None
    city: ShortText | None = None
    reference_key: Annotated[str, Field(max_length=60)] | None = None
    iati_ref: Annotated[str, Field(max_length=100)] | None = None
    website: Annotated[str, Field(max_length=300)] | None = None
    email: Annotated[str, Field(max_length=200)] | None = None
    phone: Annotated[str, Field(max_length=60)] | None = None
    address: Annotated[str, Field(max_length=500)] | None = None
    notes: Text | None = None


PartnerUpdate = make_update_schema(PartnerCreate, "PartnerUpdate")


class PartnerPublic(RecordPublic):
    kind: PartnerKind
    name_vi: str
    name_en: str | None
    name_original: str | None
    short_name: str | None
    aliases: list[str]
    country_code: str | None
    subdivision_code: str | None
    city: str | None
    reference_key: str | None
    iati_ref: str | None
    website: str | None
    email: str | None
    phone: str | None
    address: str | None
    notes: str | None


class PartnerQuery(ListQuery):
    kind: PartnerKind | None = None
    country: CountryFilter | None = None


class PositionIn(Strict):
    id: int | None = None
    partner_id: int | None = None
    organisation: ShortText | None = None
    title: ShortText
    start_date: date | None = None
    end_date: date | None = None


class PositionPublic(ChildPublic):
    partner_id: int | None
    organisation: str | None
    title: str
    start_date: date | None
    end_date: date | None


class PersonCreate(RecordCreate):
    full_name: Name
    name_original: Name | None = None
    country_code: CountryCode | None = None
    email: Annotated[str, Field(max_length=200)] | None = None
    phone: Annotated[str, Field(max_length=60)] | None = None
    notes: Text | None = None
    positions: Annotated[list[PositionIn], Field(max_length=100)] = []


PersonUpdate = make_update_schema(PersonCreate, "PersonUpdate")


class PersonPublic(RecordPublic):
    full_name: str
    name_original: str | None
    country_code: str | None
    email: str | None
    phone: str | None
    notes: str | None
    positions: list[PositionPublic]


class PersonQuery(ListQuery):
    partner_id: int | None = Field(None, ge=1)
    country: CountryFilter | None = None


class RelationCreate(RecordCreate):
    partner_id: int = Field(ge=1)
    kind: RelationKind
    status: RelationStatus = RelationStatus.active
    start_date: date | None = None
    end_date: date | None = None
    agreement_id: int | None = Field(None, ge=1)
    fields: Annotated[list[ShortText], Field(max_length=50)] = []
    notes: Text | None = None


RelationUpdate = make_update_schema(RelationCreate, "RelationUpdate")


class PartnerBrief(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name_vi: str
    country_code: str | None
    kind: PartnerKind


class RelationPublic(RecordPublic):
    partner_id: int
    partner: PartnerBrief
    kind: RelationKind
    status: RelationStatus
    start_date: date | None
    end_date: date | None
    agreement_id: int | None
    fields: list[str]
    notes: str | None


class RelationQuery(ListQuery):
    kind: RelationKind | None = None
    status: RelationStatus | None = None
    partner_id: int | None = Field(None, ge=1)
    country: CountryFilter | None = None

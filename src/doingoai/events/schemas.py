from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field, StringConstraints

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
    Text,
    make_update_schema,
)
from doingoai.events.models import EventKind, EventStatus, OrganiserRole

Title = Annotated[str, StringConstraints(min_length=1, max_length=500)]
DocNumber = Annotated[str, StringConstraints(max_length=60)]
Note = Annotated[str, StringConstraints(max_length=500)]
RowId = Annotated[int, Field(ge=1)]
# Visitors of a large fair or festival can run to millions: a wider bound than core's Count.
Participants = Annotated[int, Field(ge=0, le=100_000_000)]


class OrganiserIn(Strict):
    """A name, a partner record, or both (checked on the saved state)."""

    id: RowId | None = None
    name: Name | None = None
    partner_id: RowId | None = None
    role: OrganiserRole = OrganiserRole.host


class OrganiserPublic(ChildPublic):
    name: str | None
    partner_id: int | None
    role: OrganiserRole


class EventOutcomeLinkIn(Strict):
    """Exactly one of agreement_id (an MOU signed there) or project_id (a project awarded there)."""

    id: RowId | None = None
    agreement_id: RowId | None = None
    project_id: RowId | None = None
    note: Note | None = None


class EventOutcomeLinkPublic(ChildPublic):
    agreement_id: int | None
    project_id: int | None
    note: str | None


class EventCreate(RecordCreate):
    name: Title
    name_en: Title | None = None
    kind: EventKind
    international: bool = True
    start_on: date
    end_on: date | None = None
    place: Annotated[str, StringConstraints(max_length=300)] | None = None
    country_code: CountryCode = Field("VN", description="Where it is held; Vietnam unless abroad")
    permit_number: DocNumber | None = Field(None, description="Permit under Decision 06/2020/QĐ-TTg")
    permit_date: date | None = None
    permit_issuer: ShortText | None = None
    participants_count: Participants | None = None
    status: EventStatus = EventStatus.planned
    outcomes: Text | None = None
    notes: Text | None = None
    organisers: Annotated[list[OrganiserIn], Field(max_length=100)] = []
    outcome_links: Annotated[list[EventOutcomeLinkIn], Field(max_length=200)] = []


EventUpdate = make_update_schema(EventCreate, "EventUpdate")


class EventPublic(RecordPublic):
    name: str
    name_en: str | None
    kind: EventKind
    international: bool
    start_on: date
    end_on: date | None
    place: str | None
    country_code: str
    permit_number: str | None
    permit_date: date | None
    permit_issuer: str | None
    participants_count: int | None
    status: EventStatus
    outcomes: str | None
    notes: str | None
    organisers: list[OrganiserPublic]
    outcome_links: list[EventOutcomeLinkPublic]


class EventQuery(ListQuery):
    kind: EventKind | None = None
    status: EventStatus | None = None
    international: bool | None = None
    country: CountryFilter | None = Field(None, description="Country where it is held")
    partner_id: RowId | None = Field(None, description="Organiser, sponsor or partner involved")

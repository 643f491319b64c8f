"""Delegation inputs and outputs. `member_count` is output only: it is derived from the members."""

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
    SubdivisionCode,
    Text,
    make_update_schema,
)
from doingoai.delegations.models import Direction, FundingSource, LeaderLevel, MemberRole, PassportType, Purpose

Title = Annotated[str, StringConstraints(min_length=1, max_length=500)]
PersonName = Annotated[str, StringConstraints(min_length=1, max_length=200)]
DocNumber = Annotated[str, StringConstraints(max_length=60)]
Note = Annotated[str, StringConstraints(max_length=500)]
RowId = Annotated[int, Field(ge=1)]


class DestinationIn(Strict):
    id: RowId | None = None
    country_code: CountryCode
    locality: ShortText | None = None
    subdivision_code: SubdivisionCode | None = None
    partner_id: RowId | None = None
    host_name: Name | None = None


class DestinationPublic(ChildPublic):
    country_code: str
    locality: str | None
    subdivision_code: str | None
    partner_id: int | None
    host_name: str | None


class MemberIn(Strict):
    id: RowId | None = None
    full_name: PersonName
    position: ShortText | None = None
    agency: Name | None = None
    role: MemberRole = MemberRole.member
    person_id: RowId | None = None
    passport_type: PassportType | None = None


class MemberPublic(ChildPublic):
    full_name: str
    position: str | None
    agency: str | None
    role: MemberRole
    person_id: int | None
    passport_type: PassportType | None


class OutcomeLinkIn(Strict):
    """Exactly one of agreement_id, project_id, event_id (checked on the saved state)."""

    id: RowId | None = None
    agreement_id: RowId | None = None
    project_id: RowId | None = None
    event_id: RowId | None = None
    note: Note | None = None


class OutcomeLinkPublic(ChildPublic):
    agreement_id: int | None
    project_id: int | None
    event_id: int | None
    note: str | None


class DelegationCreate(RecordCreate):
    title: Title
    direction: Direction
    leader_name: PersonName | None = None
    leader_title: ShortText | None = None
    leader_level: LeaderLevel = Field(description="outbound: province_leader, department, district_commune, "
                                                  "enterprise, other; inbound: head_of_state_government, minister, "
                                                  "provincial_governor, ambassador, organisation_head, other")
    purpose: Purpose
    purpose_text: Text | None = None
    start_on: date
    end_on: date | None = None
    approval_number: DocNumber | None = None
    approval_date: date | None = None
    approver: ShortText | None = None
    funding_source: FundingSource | None = None
    planned: bool = Field(True, description="false: phát sinh ngoài kế hoạch")
    plan_task_id: RowId | None = Field(None, description="The plan task this trip carries out")
    report_due_on: date | None = None
    report_submitted_on: date | None = None
    outcomes: Text | None = None
    notes: Text | None = None
    destinations: Annotated[list[DestinationIn], Field(max_length=50)] = Field(
        [], description="Outbound: where it goes. Inbound: where the guests come from, who sends them")
    members: Annotated[list[MemberIn], Field(max_length=2000)] = []
    outcome_links: Annotated[list[OutcomeLinkIn], Field(max_length=200)] = []


DelegationUpdate = make_update_schema(DelegationCreate, "DelegationUpdate")


class DelegationPublic(RecordPublic):
    title: str
    direction: Direction
    leader_name: str | None
    leader_title: str | None
    leader_level: LeaderLevel
    purpose: Purpose
    purpose_text: str | None
    start_on: date
    end_on: date | None
    approval_number: str | None
    approval_date: date | None
    approver: str | None
    funding_source: FundingSource | None
    planned: bool
    plan_task_id: int | None
    report_due_on: date | None
    report_submitted_on: date | None
    report_overdue: bool
    outcomes: str | None
    notes: str | None
    member_count: int = Field(description="lượt người: the number of members, derived")
    destinations: list[DestinationPublic]
    members: list[MemberPublic]
    outcome_links: list[OutcomeLinkPublic]


class DelegationQuery(ListQuery):
    direction: Direction | None = None
    country: CountryFilter | None = Field(None, description="Any destination in this country")
    level: LeaderLevel | None = None
    purpose: Purpose | None = None
    planned: bool | None = None
    partner_id: RowId | None = Field(None, description="Host (outbound) or sending (inbound) partner")
    plan_task_id: RowId | None = None

"""Inputs and outputs of projects. Like agreements, `status` is set on creation and afterwards moves
only through `POST /api/projects/{id}/status`; PATCH refuses it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from doingoai.core.lifecycle import StatusChangeIn, StatusChangePublic
from doingoai.core.schemas import (
    CountryFilter,
    CountryCode,
    CurrencyCode,
    ListQuery,
    Money,
    RecordCreate,
    RecordPublic,
    Text,
    make_update_schema,
)
from doingoai.projects.models import ProjectKind, ProjectStatus, Sector

Title = Annotated[str, StringConstraints(min_length=1, max_length=500)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=300)]
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2200, 12, 31))]


class ProjectFields(RecordCreate):
    kind: ProjectKind
    name: Title
    name_en: Title | None = None
    code: Annotated[str, StringConstraints(min_length=1, max_length=100)] | None = Field(
        None, description="Project code or licence (investment registration certificate) number")
    partner_id: int | None = Field(None, ge=1, description="Investor (FDI) or donor (ODA, NGO aid) partner record")
    investor_name: Body | None = Field(None, description="Investor / donor name when there is no partner record")
    country_code: CountryCode | None = Field(None, description="Investor / donor country; from the partner if omitted")
    sector: Sector | None = Field(None, description="Derived from dac_code if omitted, else 'other'")
    dac_code: Annotated[str, StringConstraints(pattern=r"^\d{5}$")] | None = Field(
        None, description="OECD DAC 5-digit purpose code")
    capital_amount: Money | None = Field(None, description="Registered capital (FDI) / total value (ODA, aid)")
    currency: CurrencyCode | None = Field(None, description="ISO 4217 currency of the amounts")
    usd_equivalent: Money | None = Field(None, description="Capital in USD; equals the amount when the currency is USD")
    disbursed_amount: Money | None = Field(None, description="Disbursed / realised so far, in the same currency")
    proposed_on: Day | None = None
    approved_on: Day | None = Field(None, description="Licensed (FDI) / committed or approved (ODA, NGO aid)")
    start_on: Day | None = None
    end_on: Day | None = None
    location: Annotated[str, StringConstraints(min_length=1, max_length=500)] | None = None
    commune: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = Field(
        None, description="Commune / ward (xã, phường) name")
    implementing_agency: Body | None = None
    agreement_id: int | None = Field(None, ge=1, description="The agreement the project comes from")
    notes: Text | None = None


class ProjectCreate(ProjectFields):
    status: ProjectStatus = Field(ProjectStatus.proposed, description="Initial status; later changes go "
                                                                      "through POST /api/projects/{id}/status")


ProjectUpdate = make_update_schema(ProjectFields, "ProjectUpdate")


class ProjectStatusIn(StatusChangeIn):
    status: ProjectStatus


class ProjectPublic(RecordPublic):
    kind: ProjectKind
    name: str
    name_en: str | None
    code: str | None
    partner_id: int | None
    investor_name: str | None
    country_code: str | None
    sector: Sector
    dac_code: str | None
    capital_amount: Decimal | None
    currency: str | None
    usd_equivalent: Decimal | None
    disbursed_amount: Decimal | None
    status: ProjectStatus
    next_statuses: list[ProjectStatus] = Field(description="Statuses it may move to now")
    proposed_on: date | None
    approved_on: date | None
    start_on: date | None
    end_on: date | None
    location: str | None
    commune: str | None
    implementing_agency: str | None
    agreement_id: int | None
    notes: str | None
    status_history: list[StatusChangePublic]


class ProjectQuery(ListQuery):
    """`date_from` / `date_to` select on `approved_on` (licensed / committed in the period)."""

    kind: ProjectKind | None = None
    status: ProjectStatus | None = None
    sector: Sector | None = None
    country: CountryFilter | None = Field(None, description="Investor / donor country")
    partner_id: int | None = Field(None, ge=1)
    agreement_id: int | None = Field(None, ge=1)

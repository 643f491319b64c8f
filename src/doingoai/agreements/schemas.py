"""Inputs and outputs of agreements. `status` is set on creation (an agreement already in force can
be registered as such) and afterwards moves only through `POST /api/agreements/{id}/status`, so the
PATCH schema is derived from the fields *without* status and refuses it like any unknown field."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints

from doingoai.agreements.models import (
    AgreementKind,
    AgreementStatus,
    CommitmentStatus,
    PartyRole,
    Side,
    SigningLevel,
)
from doingoai.core.lifecycle import StatusChangeIn, StatusChangePublic
from doingoai.core.schemas import (
    CountryFilter,
    ChildPublic,
    CountryCode,
    ListQuery,
    Progress,
    RecordCreate,
    RecordPublic,
    Strict,
    Text,
    make_update_schema,
)
from doingoai.errors import bilingual

Title = Annotated[str, StringConstraints(min_length=1, max_length=500)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=300)]  # a body / unit name
# A real calendar date (pydantic refuses 2024-02-30) in a plausible range: catches "0202" and "2202".
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2200, 12, 31))]


def _language(code: str) -> str:
    from babel import Locale

    code = code.lower()
    if len(code) not in (2, 3) or code not in Locale("vi").languages:
        raise bilingual("language_code", f"'{code}' is not an ISO 639 language code",
                        f"'{code}' không phải mã ngôn ngữ ISO 639")
    return code


LanguageCode = Annotated[str, StringConstraints(min_length=2, max_length=3), AfterValidator(_language)]


# ------------------------------------------------------------------------------------- child rows
class PartyIn(Strict):
    id: int | None = Field(None, description="Id of an existing row to keep and change; omit for a new one")
    partner_id: int | None = Field(None, ge=1, description="The partner record, if there is one")
    name: Body | None = Field(None, description="As written in the agreement; taken from the partner if omitted")
    country_code: CountryCode | None = Field(None, description="Taken from the partner if omitted")
    role: PartyRole = PartyRole.party


class PartyPublic(ChildPublic):
    partner_id: int | None
    name: str
    country_code: str | None
    role: PartyRole


class SignatoryIn(Strict):
    id: int | None = None
    side: Side
    name: Label
    title: Label | None = None


class SignatoryPublic(ChildPublic):
    side: Side
    name: str
    title: str | None


class FileIn(Strict):
    id: int | None = None
    document_id: int = Field(ge=1)
    label: Label


class FilePublic(ChildPublic):
    document_id: int
    label: str


class CommitmentIn(Strict):
    id: int | None = None
    description: Annotated[str, StringConstraints(min_length=1, max_length=5000)]
    responsible_department: Body | None = None
    due_on: Day | None = None
    status: CommitmentStatus = CommitmentStatus.open
    progress: Progress | None = Field(None, description="Percent; 100 when done (filled in if omitted)")
    done_on: Day | None = Field(None, description="Only for a commitment that is done")
    notes: Text | None = None


class CommitmentPublic(ChildPublic):
    description: str
    responsible_department: str | None
    due_on: date | None
    status: CommitmentStatus
    overdue: bool = Field(description="Open or in progress and past its due date (derived, not stored)")
    progress: int | None
    done_on: date | None
    notes: str | None


# ---------------------------------------------------------------------------------------- records
class AgreementFields(RecordCreate):
    kind: AgreementKind
    title: Title
    title_en: Title | None = None
    number: Annotated[str, StringConstraints(min_length=1, max_length=100)] | None = None
    signing_body: Body | None = Field(None, description="The Vietnamese party that signed, e.g. 'UBND tỉnh Lâm Đồng'")
    signing_level: SigningLevel | None = None
    responsible_body: Body | None = Field(None, description="Body now responsible, if not the signing body "
                                                            "(Decree 177/2025 succession)")
    responsible_since: Day | None = None
    succession_notes: Text | None = None
    signed_on: Day | None = None
    effective_on: Day | None = None
    expires_on: Day | None = None
    indefinite: bool = Field(False, description="No expiry date (vô thời hạn)")
    signed_place: Label | None = None
    languages: Annotated[list[LanguageCode], Field(max_length=10)] = []
    fields: Annotated[list[Label], Field(max_length=50)] = Field([], description="Fields of cooperation")
    legal_basis: Text | None = None
    summary: Text | None = None
    notes: Text | None = None
    parties: Annotated[list[PartyIn], Field(max_length=100)] = []
    signatories: Annotated[list[SignatoryIn], Field(max_length=100)] = []
    files: Annotated[list[FileIn], Field(max_length=100)] = []
    commitments: Annotated[list[CommitmentIn], Field(max_length=500)] = []


class AgreementCreate(AgreementFields):
    status: AgreementStatus = Field(AgreementStatus.draft, description="Initial status; later changes go "
                                                                       "through POST /api/agreements/{id}/status")


AgreementUpdate = make_update_schema(AgreementFields, "AgreementUpdate")


class AgreementStatusIn(StatusChangeIn):
    status: AgreementStatus


class AgreementPublic(RecordPublic):
    kind: AgreementKind
    title: str
    title_en: str | None
    number: str | None
    signing_body: str | None
    signing_level: SigningLevel | None
    responsible_body: str | None
    responsible_since: date | None
    succession_notes: str | None
    status: AgreementStatus
    next_statuses: list[AgreementStatus] = Field(description="Statuses it may move to now")
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None
    indefinite: bool
    signed_place: str | None
    languages: list[str]
    fields: list[str]
    legal_basis: str | None
    summary: str | None
    notes: str | None
    parties: list[PartyPublic]
    signatories: list[SignatoryPublic]
    files: list[FilePublic]
    commitments: list[CommitmentPublic]
    status_history: list[StatusChangePublic]


class AgreementQuery(ListQuery):
    status: AgreementStatus | None = None
    kind: AgreementKind | None = None
    signing_level: SigningLevel | None = None
    country: CountryFilter | None = Field(None, description="Any party's country")
    partner_id: int | None = Field(None, ge=1, description="Any party's partner record")
    expiring_within_days: int | None = Field(None, ge=0, le=3650,
                                             description="In force and expiring between today and today + N days")


class ExpiringQuery(Strict):
    days: int = Field(90, ge=0, le=3650)

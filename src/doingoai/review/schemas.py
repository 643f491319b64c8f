from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from doingoai.core.schemas import Strict
from doingoai.review.models import ProposalKind, ProposalStatus

Note = Annotated[str, Field(min_length=1, max_length=20_000)]


class ProposalQuery(Strict):
    status: ProposalStatus | None = None
    kind: ProposalKind | None = None
    document_id: int | None = Field(None, ge=1)
    province: str | None = Field(None, pattern=r"^\d{2}$", description="Ministry users: one province")
    page: int = Field(1, ge=1, le=1_000_000)
    per_page: int = Field(50, ge=1, le=500)


class ProposalPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    document_id: int
    province_code: str
    kind: ProposalKind
    section: str = Field(description="The list of the extraction output the entry came from")
    status: ProposalStatus
    summary: str
    data: dict[str, Any] = Field(description="The entry, in the shape of the extraction output")
    start: int
    end: int
    quote: str = Field(description="text[start:end] of the document: the evidence passage")
    decided_by_name: str | None
    decided_at: datetime | None
    note: str | None
    record_entity: str | None
    record_id: int | None
    version: int
    created_at: datetime


class Passage(BaseModel):
    start: int
    end: int
    text: str
    before: str = Field(description="Text just before the passage")
    after: str = Field(description="Text just after the passage")


class Candidate(BaseModel):
    entity: str
    id: int
    label: str


class ProposalDetail(ProposalPublic):
    document_title: str | None
    document_filename: str
    passage: Passage
    record_input: dict[str, Any] = Field(description="What approving would create (the target's Create fields); "
                                                     "`edits` override these keys")
    match: Candidate | None = Field(None, description="An existing record the approval would link to instead")
    problem: str | None = Field(None, description="Why it cannot be approved as it stands, if so")


class ProposalPage(BaseModel):
    items: list[ProposalPublic]
    total: int
    page: int
    per_page: int


class ApproveIn(Strict):
    edits: dict[str, Any] | None = Field(None, description="Values that replace the proposed ones (keys of the "
                                                           "target record's Create schema)")
    merge_into: int | None = Field(None, ge=1, description="Link to this existing record instead of creating one")
    version: int | None = Field(None, ge=1, description="The proposal version you read; a newer one gives 409")


class DecisionIn(Strict):
    note: Note
    version: int | None = Field(None, ge=1)


class ApproveResult(BaseModel):
    proposal: ProposalPublic
    entity: str
    record_id: int
    created: bool = Field(description="False when the proposal was linked to an existing record")


class RecordSourcePublic(BaseModel):
    id: int
    entity: str
    record_id: int
    document_id: int
    document_title: str | None
    document_filename: str
    start: int
    end: int
    quote: str = Field(description="text[start:end] of the document")
    proposal_id: int | None
    created_at: datetime

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from doingoai.core.schemas import ListQuery, ProvinceCode, RecordPublic, Strict, Text
from doingoai.documents.models import DocumentKind

Title = Annotated[str, Field(min_length=1, max_length=500)]
Url = Annotated[str, Field(max_length=1000, pattern=r"^https?://\S+$")]


class DocumentFields(Strict):
    """What a person may say about a document; the rest is read from the file."""

    kind: DocumentKind = DocumentKind.other
    title: Title | None = None
    source_url: Url | None = None
    published_on: date | None = None
    notes: Text | None = None


class DocumentIn(DocumentFields):
    """Internal: the full row the documents service creates from a file that was read."""

    province_code: ProvinceCode | None = None
    restricted: bool = False
    filename: Annotated[str, Field(min_length=1, max_length=300)]
    media_type: Annotated[str, Field(max_length=100)]
    encoding: Annotated[str, Field(max_length=40)] | None = None
    size: int = Field(ge=1)
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
    storage_path: Annotated[str, Field(max_length=500)]
    # Kept exactly (no trimming): evidence offsets index this text.
    text: Annotated[str, StringConstraints(strip_whitespace=False)]


class DocumentUpdate(Strict):
    kind: DocumentKind | None = None
    title: Title | None = None
    source_url: Url | None = None
    published_on: date | None = None
    notes: Text | None = None
    restricted: bool | None = None
    version: int = Field(ge=1, description="The version you read; a newer one gives 409")


class DocumentPublic(RecordPublic):
    filename: str
    title: str | None
    kind: DocumentKind
    media_type: str
    encoding: str | None
    size: int
    sha256: str
    source_url: str | None
    published_on: date | None
    notes: str | None
    text_length: int = Field(description="Characters of the NFC text (offsets index it)")


class DocumentQuery(ListQuery):
    kind: DocumentKind | None = None
    fulltext: str | None = Field(None, max_length=200, description="Words that must all occur in the text "
                                                                   "(diacritics-insensitive)")


class IngestedProposal(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    status: str
    summary: str


class IngestResult(BaseModel):
    document: DocumentPublic
    created: bool = Field(description="False when the same file was already stored in this province")
    proposals_created: int
    proposals: list[IngestedProposal]

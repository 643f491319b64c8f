from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text, UniqueConstraint, func
from sqlalchemy.orm import Mapped, column_property, mapped_column

from doingoai.core.models import Base, RecordMixin, enum_column
from doingoai.documents.kinds import DocumentKind  # noqa: F401 - re-exported: the model's enum


class Document(RecordMixin, Base):
    """A source file kept as received (bytes on disk, addressed by digest) plus its decoded NFC text.

    Offsets of evidence passages (extraction, review, record links) index into `text`.
    """

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("province_code", "sha256", name="uq_documents_province_sha256"),)

    filename: Mapped[str] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[DocumentKind] = enum_column(DocumentKind, default=DocumentKind.other)
    media_type: Mapped[str] = mapped_column(String(100))
    encoding: Mapped[str | None] = mapped_column(String(40))  # of a text file: utf-8, utf-16, cp1258
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    storage_path: Mapped[str] = mapped_column(String(500))  # relative to the data directory
    # Deferred: lists and most reads never need the whole text, only its length.
    text: Mapped[str] = mapped_column(Text, default="", deferred=True)
    # Folded copy of `text` (no diacritics, lower case) for full-text search with LIKE; not offset-aligned.
    text_folded: Mapped[str] = mapped_column(Text, default="", server_default="", deferred=True)
    text_length: Mapped[int] = column_property(func.length(text))
    source_url: Mapped[str | None] = mapped_column(String(1000))
    published_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

"""Proposals read from documents, and the links from records back to the passages they came from."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, delete, event, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from doingoai.core.models import Base, IdMixin, TimestampMixin, enum_column, utcnow
from doingoai.review.states import ProposalKind, ProposalStatus  # noqa: F401 - re-exported: the model's enums


PROPOSAL_TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.pending: frozenset({ProposalStatus.needs_info, ProposalStatus.approved, ProposalStatus.rejected}),
    ProposalStatus.needs_info: frozenset({ProposalStatus.needs_info, ProposalStatus.approved, ProposalStatus.rejected}),
    ProposalStatus.approved: frozenset(),
    ProposalStatus.rejected: frozenset(),
}


class Proposal(IdMixin, TimestampMixin, Base):
    """One entry of the extraction output for one document, waiting for a person's decision.

    `data` is the entry in the shape of the extraction contract (shared/spec/extraction-output.md);
    `start`/`end` is its evidence passage in the document's text (`quote` = text[start:end]).
    """

    __tablename__ = "proposals"
    __table_args__ = (
        UniqueConstraint("document_id", "fingerprint", name="uq_proposals_document_fingerprint"),
        Index("ix_proposals_province_status", "province_code", "status"),
    )

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    province_code: Mapped[str] = mapped_column(String(2))  # the document's province
    kind: Mapped[ProposalKind] = enum_column(ProposalKind)
    # The list of the extraction output the entry came from: foreign_localities, organizations,
    # delegations, agreements, investments or events.
    section: Mapped[str] = mapped_column(String(40))
    status: Mapped[ProposalStatus] = enum_column(ProposalStatus, default=ProposalStatus.pending)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    quote: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(String(500))
    # Same document, same entry → same fingerprint: extracting a document again adds nothing twice.
    fingerprint: Mapped[str] = mapped_column(String(64))
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)
    decided_by_name: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(Text)
    # The record the approval created or linked to (entity as in the audit trail: "partner"…).
    record_entity: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # two reviewers deciding at once: the second gets 409


class RecordSource(IdMixin, Base):
    """A record came from (or was confirmed by) a passage of a document: text[start:end].

    Not a foreign key to the record (records live in several tables); rows of a deleted record are
    removed with it (see review.services). The document cannot be deleted while a row points at it.
    """

    __tablename__ = "record_sources"
    __table_args__ = (Index("ix_record_sources_record", "entity", "record_id"),)

    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    proposal_id: Mapped[int | None] = mapped_column(ForeignKey("proposals.id", ondelete="SET NULL"), index=True)
    province_code: Mapped[str] = mapped_column(String(2), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow,
                                                 server_default=text("CURRENT_TIMESTAMP"))


# The tables of the records a proposal can become, and their entity names (as in the audit trail).
ENTITY_BY_TABLE = {"partners": "partner", "delegations": "delegation", "agreements": "agreement",
                   "projects": "project", "events": "event"}


@event.listens_for(Session, "after_flush")
def _forget_deleted_records(session: Session, _context: Any) -> None:
    """A deleted record's links to passages go with it (they would otherwise keep its documents from
    ever being deleted). In the same transaction as the deletion."""
    for obj in session.deleted:
        entity = ENTITY_BY_TABLE.get(getattr(obj, "__tablename__", ""))
        if entity is not None and getattr(obj, "id", None) is not None:
            session.connection().execute(
                delete(RecordSource).where(RecordSource.entity == entity, RecordSource.record_id == obj.id))

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from doingoai.core.models import Base, IdMixin, utcnow


class AuditEvent(IdMixin, Base):
    """One write. Stored in the same transaction as the write, so there is no write without its event."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    # Not a foreign key: the trail must outlive the deletion of a user account.
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor_name: Mapped[str] = mapped_column(String(120))
    province_code: Mapped[str | None] = mapped_column(String(2), nullable=True, index=True)
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Where the data came from, when not typed by hand: {"document_id": 3, "span": [120, 240]}.
    source: Mapped[dict[str, Any] | None] = mapped_column(nullable=True)

"""Events the province organises, co-organises, permits or takes part in.

International conferences and seminars need a permit under Decision 06/2020/QĐ-TTg (the Prime
Minister's for the highest levels, the Chủ tịch UBND tỉnh's for the rest): its number, date and
issuer are kept on the event.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.models import Base, ChildMixin, RecordMixin, enum_column


class EventKind(enum.StrEnum):
    conference_seminar = "conference_seminar"
    fair = "fair"
    expo = "expo"
    forum = "forum"
    festival = "festival"
    meeting = "meeting"
    training = "training"
    exhibition = "exhibition"
    other = "other"


class EventStatus(enum.StrEnum):
    planned = "planned"
    held = "held"
    cancelled = "cancelled"


class OrganiserRole(enum.StrEnum):
    host = "host"  # đơn vị chủ trì / tổ chức
    co_organiser = "co_organiser"  # đồng tổ chức / phối hợp
    sponsor = "sponsor"  # tài trợ
    participant = "participant"  # đối tác tham gia (a partner involved, not organising)


class Event(RecordMixin, Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_province_start", "province_code", "start_on"),)

    name: Mapped[str] = mapped_column(String(500))
    name_en: Mapped[str | None] = mapped_column(String(500))
    kind: Mapped[EventKind] = enum_column(EventKind)
    international: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(300))
    # Where it is held: Vietnam by default; a Vietnamese event abroad (a trade fair in Osaka) has a foreign one.
    country_code: Mapped[str] = mapped_column(String(2), default="VN", server_default="VN", index=True)
    permit_number: Mapped[str | None] = mapped_column(String(60))
    permit_date: Mapped[date | None] = mapped_column(Date)
    permit_issuer: Mapped[str | None] = mapped_column(String(200))
    participants_count: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[EventStatus] = enum_column(EventStatus, default=EventStatus.planned)
    outcomes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    organisers: Mapped[list[Organiser]] = relationship(
        cascade="all, delete-orphan", order_by="Organiser.id", lazy="selectin")
    outcome_links: Mapped[list[EventOutcomeLink]] = relationship(
        cascade="all, delete-orphan", order_by="EventOutcomeLink.id", lazy="selectin")


class Organiser(ChildMixin, Base):
    """An organiser, co-organiser, sponsor or partner involved; a partner record when there is one."""

    __tablename__ = "event_organisers"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str | None] = mapped_column(String(300))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    role: Mapped[OrganiserRole] = enum_column(OrganiserRole, default=OrganiserRole.host)


class EventOutcomeLink(ChildMixin, Base):
    """An MOU signed at the event (agreements) or a project awarded there (projects)."""

    __tablename__ = "event_outcome_links"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str | None] = mapped_column(String(500))

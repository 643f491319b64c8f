from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.models import Base, ChildMixin, RecordMixin, enum_column


class PartnerKind(enum.StrEnum):
    foreign_locality = "foreign_locality"
    embassy_consulate = "embassy_consulate"
    international_org = "international_org"
    foreign_ngo = "foreign_ngo"
    company = "company"
    vn_mission_abroad = "vn_mission_abroad"
    overseas_vietnamese = "overseas_vietnamese"
    other = "other"


class RelationKind(enum.StrEnum):
    traditional_friendship = "traditional_friendship"
    cooperation = "cooperation"
    twinning = "twinning"


class RelationStatus(enum.StrEnum):
    active = "active"
    suspended = "suspended"
    ended = "ended"


class Partner(RecordMixin, Base):
    """A foreign locality, embassy, organisation, NGO, company… the province deals with."""

    __tablename__ = "partners"
    __table_args__ = (Index("ix_partners_province_kind", "province_code", "kind"),)

    kind: Mapped[PartnerKind] = enum_column(PartnerKind)
    name_vi: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    name_original: Mapped[str | None] = mapped_column(String(300))
    short_name: Mapped[str | None] = mapped_column(String(60))
    # Other spellings met in documents ("Chămpasắc", "tỉnh Champasak"): used to recognise the partner.
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    subdivision_code: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(200))
    reference_key: Mapped[str | None] = mapped_column(String(60))  # an organisation of the reference list
    iati_ref: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None] = mapped_column(String(300))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    address: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)


class Person(RecordMixin, Base):
    """A contact person; positions over time tie them to partners."""

    __tablename__ = "persons"

    full_name: Mapped[str] = mapped_column(String(200))
    name_original: Mapped[str | None] = mapped_column(String(200))
    country_code: Mapped[str | None] = mapped_column(String(2))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)

    positions: Mapped[list[Position]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Position.start_date"
    )


class Position(ChildMixin, Base):
    __tablename__ = "person_positions"

    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    organisation: Mapped[str | None] = mapped_column(String(300))  # when the employer is not a partner record
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="positions")


class Relation(RecordMixin, Base):
    """The province's standing relation with a partner: friendship, cooperation or twinning."""

    __tablename__ = "relations"

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[RelationKind] = enum_column(RelationKind)
    status: Mapped[RelationStatus] = enum_column(RelationStatus, default=RelationStatus.active)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # The agreement the relation rests on (agreements domain); by table name, not by import.
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"))
    fields: Mapped[list[Any]] = mapped_column(JSON, default=list)  # fields of cooperation
    notes: Mapped[str | None] = mapped_column(Text)

    partner: Mapped[Partner] = relationship()

"""Delegations out (đoàn ra) and in (đoàn vào).

One `Delegation` row is one "đoàn"; its `members` are its "lượt người" (person-trips: a person on two
trips counts twice). `member_count` is derived from the members by the service and never typed in: it
exists so that "19 đoàn/58 lượt" over a million delegations is one indexed SUM, not a join.

The same `destinations` rows serve both directions: for an outbound delegation they are where it
went (country, locality, host partner); for an inbound one, where the guests came from and which
partner sent them.
"""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.models import Base, ChildMixin, RecordMixin, enum_column


class Direction(enum.StrEnum):
    outbound = "outbound"  # đoàn ra
    inbound = "inbound"  # đoàn vào


class LeaderLevel(enum.StrEnum):
    """The level of the delegation's head — one enum for both directions, split in two sets.

    One column keeps "by level" figures a single GROUP BY and the list filter a single parameter;
    the two sets do not overlap in meaning (a Vietnamese department director is never a foreign
    minister), so the service refuses a level outside its direction's set (`LEVELS_BY_DIRECTION`).
    `other` belongs to both.
    """

    # outbound: who leads the Vietnamese delegation
    province_leader = "province_leader"  # lãnh đạo tỉnh (Tỉnh ủy, HĐND, UBND)
    department = "department"  # sở, ban, ngành
    district_commune = "district_commune"  # cấp huyện/xã (xã/phường after 2025)
    enterprise = "enterprise"  # doanh nghiệp
    # inbound: who leads the foreign delegation
    head_of_state_government = "head_of_state_government"
    minister = "minister"
    provincial_governor = "provincial_governor"  # leader of a foreign locality
    ambassador = "ambassador"
    organisation_head = "organisation_head"  # head of an international organisation / NGO / company
    other = "other"


LEVELS_BY_DIRECTION: dict[Direction, frozenset[LeaderLevel]] = {
    Direction.outbound: frozenset({LeaderLevel.province_leader, LeaderLevel.department, LeaderLevel.district_commune,
                                   LeaderLevel.enterprise, LeaderLevel.other}),
    Direction.inbound: frozenset({LeaderLevel.head_of_state_government, LeaderLevel.minister,
                                  LeaderLevel.provincial_governor, LeaderLevel.ambassador,
                                  LeaderLevel.organisation_head, LeaderLevel.other}),
}


class Purpose(enum.StrEnum):
    cooperation = "cooperation"
    investment_trade_promotion = "investment_trade_promotion"
    study_tour = "study_tour"
    conference = "conference"
    training = "training"
    friendship_exchange = "friendship_exchange"
    other = "other"


class FundingSource(enum.StrEnum):
    state_budget = "state_budget"
    partner = "partner"
    enterprise = "enterprise"
    mixed = "mixed"
    other = "other"


class MemberRole(enum.StrEnum):
    head = "head"
    deputy = "deputy"
    member = "member"
    interpreter = "interpreter"
    staff = "staff"
    guest = "guest"


class PassportType(enum.StrEnum):
    diplomatic = "diplomatic"
    official = "official"
    ordinary = "ordinary"


class Delegation(RecordMixin, Base):
    __tablename__ = "delegations"
    __table_args__ = (
        # The figures: province + direction + period, summing member_count (one province's office)…
        # The trailing columns make the index covering: the tallies never read the table itself.
        Index("ix_delegations_province_direction_start", "province_code", "direction", "start_on",
              "leader_level", "planned", "member_count"),
        # … and direction + period across every province (the ministry).
        Index("ix_delegations_direction_start", "direction", "start_on", "province_code",
              "leader_level", "planned", "member_count"),
    )

    title: Mapped[str] = mapped_column(String(500))
    direction: Mapped[Direction] = enum_column(Direction)
    leader_name: Mapped[str | None] = mapped_column(String(200))
    leader_title: Mapped[str | None] = mapped_column(String(200))
    leader_level: Mapped[LeaderLevel] = enum_column(LeaderLevel)
    purpose: Mapped[Purpose] = enum_column(Purpose)
    purpose_text: Mapped[str | None] = mapped_column(Text)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    approval_number: Mapped[str | None] = mapped_column(String(60))
    approval_date: Mapped[date | None] = mapped_column(Date)
    approver: Mapped[str | None] = mapped_column(String(200))
    funding_source: Mapped[FundingSource | None] = enum_column(FundingSource, nullable=True)
    planned: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    # The plan item this trip carries out. The link is kept here only (plan tasks read it back to
    # list their delegations): stored on both sides it could disagree, and the two foreign keys
    # would form a cycle PostgreSQL cannot create in one pass.
    plan_task_id: Mapped[int | None] = mapped_column(ForeignKey("plan_tasks.id", ondelete="SET NULL"), index=True)
    report_due_on: Mapped[date | None] = mapped_column(Date)
    report_submitted_on: Mapped[date | None] = mapped_column(Date)
    outcomes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    # Derived: len(members), kept by the service. Never part of an input schema.
    member_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    destinations: Mapped[list[Destination]] = relationship(
        cascade="all, delete-orphan", order_by="Destination.id", lazy="selectin")
    members: Mapped[list[Member]] = relationship(cascade="all, delete-orphan", order_by="Member.id", lazy="selectin")
    outcome_links: Mapped[list[OutcomeLink]] = relationship(
        cascade="all, delete-orphan", order_by="OutcomeLink.id", lazy="selectin")

    @property
    def report_overdue(self) -> bool:
        """The result report is due, past its date, and not in."""
        return (self.report_due_on is not None and self.report_submitted_on is None
                and self.report_due_on < date.today())


class Destination(ChildMixin, Base):
    """Outbound: a country/locality visited and its host. Inbound: where the guests come from, who sends them."""

    __tablename__ = "delegation_destinations"
    __table_args__ = (Index("ix_delegation_destinations_delegation_country", "delegation_id", "country_code"),)

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"))
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    locality: Mapped[str | None] = mapped_column(String(200))
    subdivision_code: Mapped[str | None] = mapped_column(String(10))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"), index=True)
    host_name: Mapped[str | None] = mapped_column(String(300))


class Member(ChildMixin, Base):
    __tablename__ = "delegation_members"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(200))
    agency: Mapped[str | None] = mapped_column(String(300))
    role: Mapped[MemberRole] = enum_column(MemberRole, default=MemberRole.member)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id", ondelete="SET NULL"), index=True)
    passport_type: Mapped[PassportType | None] = enum_column(PassportType, nullable=True)


class OutcomeLink(ChildMixin, Base):
    """A result of the trip that is itself a record: an agreement signed, a project, an event.

    The targets RESTRICT deletion: an agreement a delegation cites cannot vanish from under it
    (the generic delete answers 409 conflict_in_use).
    """

    __tablename__ = "delegation_outcome_links"

    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="RESTRICT"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="RESTRICT"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="RESTRICT"), index=True)
    note: Mapped[str | None] = mapped_column(String(500))

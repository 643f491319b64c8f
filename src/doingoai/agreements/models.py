"""International agreements (thỏa thuận quốc tế) of the province, its departments and border communes.

Law 70/2020/QH14 on international agreements, Decree 64/2021/NĐ-CP (agreements of departments
and border communes) and Decree 177/2025/NĐ-CP (succession after the 2025 reorganisation). An
agreement keeps: who signed on the Vietnamese side (the *original* signing body and its level)
and who answers for it now (the *current responsible body*, after a merger or a district PC's
abolition), its foreign parties, signatories, dates (signed / in force / expiry or indefinite),
place and languages of signature, fields of cooperation, its status and the history of status
changes, the files of its texts, and the commitments (action items) that follow it up.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.lifecycle import StatusChangeMixin
from doingoai.core.models import Base, ChildMixin, RecordMixin, enum_column


class AgreementKind(enum.StrEnum):
    mou = "mou"  # bản ghi nhớ, ý định thư
    cooperation_agreement = "cooperation_agreement"  # thỏa thuận / chương trình / kế hoạch hợp tác
    twinning = "twinning"  # thỏa thuận kết nghĩa / thiết lập quan hệ hữu nghị
    other = "other"


class SigningLevel(enum.StrEnum):
    """Who the Vietnamese party is (Law 70/2020 art. 2(2); district PCs were abolished on 01/07/2025)."""

    province = "province"  # HĐND / UBND tỉnh
    department = "department"  # a specialised department of the provincial PC (Decree 64/2021)
    border_commune = "border_commune"  # UBND xã biên giới
    other = "other"  # provincial branch of an organisation, a former district PC…


class AgreementStatus(enum.StrEnum):
    draft = "draft"  # being drafted
    consulting = "consulting"  # dossier sent for written opinions (Law art. 19; Decree 64 art. 5)
    signed = "signed"  # signed, not yet in force
    in_force = "in_force"
    suspended = "suspended"  # implementation suspended (tạm đình chỉ, Law art. 34)
    expired = "expired"  # its term ended
    terminated = "terminated"  # ended before its term (chấm dứt, rút khỏi)


# The lifecycle: the only moves `POST /api/agreements/{id}/status` accepts.
# - consulting → draft: opinions asked for changes (or a consulted body disagreed) and the text is redrafted.
# - draft/consulting cannot be "terminated": an abandoned draft is simply deleted.
# - signed → terminated: ended before it entered into force.
# - in_force ⇄ suspended: suspension of implementation and its lifting.
# - expired and terminated are final; an agreement renewed after it lapsed is a new agreement
#   (extending one still in force is an edit of expires_on, by PATCH).
AGREEMENT_TRANSITIONS: dict[AgreementStatus, tuple[AgreementStatus, ...]] = {
    AgreementStatus.draft: (AgreementStatus.consulting,),
    AgreementStatus.consulting: (AgreementStatus.signed, AgreementStatus.draft),
    AgreementStatus.signed: (AgreementStatus.in_force, AgreementStatus.terminated),
    AgreementStatus.in_force: (AgreementStatus.expired, AgreementStatus.terminated, AgreementStatus.suspended),
    AgreementStatus.suspended: (AgreementStatus.in_force, AgreementStatus.expired, AgreementStatus.terminated),
    AgreementStatus.expired: (),
    AgreementStatus.terminated: (),
}

# Statuses of an agreement that has been signed: they need signed_on and at least one party.
SIGNED_STATUSES = frozenset({AgreementStatus.signed, AgreementStatus.in_force, AgreementStatus.suspended,
                             AgreementStatus.expired, AgreementStatus.terminated})


class PartyRole(enum.StrEnum):
    party = "party"  # a signing party (bên ký kết)
    witness = "witness"  # present at / witnessing the signing (chứng kiến)
    sponsor = "sponsor"  # funds or supports the cooperation without signing
    other = "other"


class Side(enum.StrEnum):
    vietnamese = "vietnamese"
    foreign = "foreign"


class CommitmentStatus(enum.StrEnum):
    """Stored states of a commitment. "Overdue" is not stored: it is derived (open or in progress and
    past its due date), so it can never be out of date."""

    open = "open"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"


OPEN_COMMITMENT_STATUSES = frozenset({CommitmentStatus.open, CommitmentStatus.in_progress})


class Agreement(RecordMixin, Base):
    __tablename__ = "agreements"  # relations (partners domain) and projects link here by this name
    __table_args__ = (
        Index("ix_agreements_province_status", "province_code", "status"),
        Index("ix_agreements_status_expires", "status", "expires_on"),
        Index("ix_agreements_province_signed", "province_code", "signed_on"),
    )

    kind: Mapped[AgreementKind] = enum_column(AgreementKind, default=AgreementKind.other)
    title: Mapped[str] = mapped_column(String(500))  # Vietnamese title
    title_en: Mapped[str | None] = mapped_column(String(500))
    number: Mapped[str | None] = mapped_column(String(100))  # number / reference, if the text has one
    # The Vietnamese party that signed (original signing body) and its level.
    signing_body: Mapped[str | None] = mapped_column(String(300))
    signing_level: Mapped[SigningLevel | None] = enum_column(SigningLevel, nullable=True)
    # Decree 177/2025: the body that answers for the agreement now, if not the signing body
    # (the UBND tỉnh for a former district PC's agreements, the merged department…).
    responsible_body: Mapped[str | None] = mapped_column(String(300))
    responsible_since: Mapped[date | None] = mapped_column(Date)
    succession_notes: Mapped[str | None] = mapped_column(Text)  # successor history, name-change amendment…
    status: Mapped[AgreementStatus] = enum_column(AgreementStatus, default=AgreementStatus.draft)
    signed_on: Mapped[date | None] = mapped_column(Date, index=True)
    effective_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    indefinite: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    signed_place: Mapped[str | None] = mapped_column(String(200))
    languages: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ISO 639 codes: ["vi", "lo"]
    fields: Mapped[list[Any]] = mapped_column(JSON, default=list)  # fields of cooperation
    legal_basis: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.id")
    signatories: Mapped[list[AgreementSignatory]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementSignatory.id")
    files: Mapped[list[AgreementFile]] = relationship(cascade="all, delete-orphan", order_by="AgreementFile.id")
    commitments: Mapped[list[Commitment]] = relationship(cascade="all, delete-orphan", order_by="Commitment.id")
    status_history: Mapped[list[AgreementStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementStatusChange.id")

    @property
    def next_statuses(self) -> tuple[AgreementStatus, ...]:
        return AGREEMENT_TRANSITIONS[self.status]


class AgreementParty(ChildMixin, Base):
    """A party to the agreement other than the Vietnamese signing body: usually the foreign one."""

    __tablename__ = "agreement_parties"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    # A partner who signed an agreement is not deleted from under it.
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(300))  # as written in the agreement; from the partner if not given
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)
    role: Mapped[PartyRole] = enum_column(PartyRole, default=PartyRole.party)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")


class AgreementSignatory(ChildMixin, Base):
    __tablename__ = "agreement_signatories"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    side: Mapped[Side] = enum_column(Side)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(200))  # position, as signed: "Phó Chủ tịch UBND tỉnh"


class AgreementFile(ChildMixin, Base):
    """A stored document of the agreement: its text in each language, the decision allowing it…"""

    __tablename__ = "agreement_files"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    # The original of a signed agreement must be kept (Law 70/2020 art. 46(2)): not deleted from under it.
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"), index=True)
    label: Mapped[str] = mapped_column(String(200))  # "Bản tiếng Việt", "Quyết định cho phép ký"…


class Commitment(ChildMixin, Base):
    """An action item that follows the agreement up: who does what by when, and how far it got."""

    __tablename__ = "agreement_commitments"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    responsible_department: Mapped[str | None] = mapped_column(String(300))  # or unit
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CommitmentStatus] = enum_column(CommitmentStatus, default=CommitmentStatus.open)
    progress: Mapped[int | None] = mapped_column(Integer)  # percent
    done_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    @property
    def overdue(self) -> bool:
        return self.status in OPEN_COMMITMENT_STATUSES and self.due_on is not None and self.due_on < date.today()


class AgreementStatusChange(StatusChangeMixin, Base):
    __tablename__ = "agreement_status_changes"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)

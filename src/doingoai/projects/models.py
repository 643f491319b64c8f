"""Foreign-invested (FDI), ODA and foreign NGO aid projects in the province.

One record type covers the three, as the office reports them side by side: who invests or gives
(a partner record, or a name), from which country, in which sector, how much (amount + ISO 4217
currency, with its USD equivalent for figures across currencies), where, implemented by whom,
from which agreement, and a status lifecycle with its history.

The approval date is one column, `approved_on`, whatever the kind calls it: the date of the
investment registration certificate for FDI (licensed), of the approval / commitment for ODA and
NGO aid (committed). Period figures are taken on it.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.lifecycle import StatusChangeMixin
from doingoai.core.models import Base, RecordMixin, enum_column


class ProjectKind(enum.StrEnum):
    fdi = "fdi"  # foreign direct investment (dự án FDI)
    oda = "oda"  # ODA and concessional loans (Decree 114/2021)
    ngo_aid = "ngo_aid"  # foreign non-governmental aid (Decree 80/2020, now 313/2025)
    other = "other"


class Sector(enum.StrEnum):
    """A short list of sectors, the grain provincial reports use. A project may also carry the
    5-digit OECD DAC purpose code (`dac_code`, as IATI wants it); when the sector is not given it is
    derived from that code (see DAC_SECTORS), else "other"."""

    agriculture = "agriculture"  # nông, lâm, ngư nghiệp (DAC 311–313)
    industry = "industry"  # công nghiệp, chế biến, khai khoáng, xây dựng (DAC 321–323)
    energy = "energy"  # năng lượng (DAC 230–236)
    health = "health"  # y tế, dân số (DAC 120–130)
    education = "education"  # giáo dục, đào tạo (DAC 110–114)
    environment = "environment"  # môi trường, khí hậu (DAC 410)
    infrastructure = "infrastructure"  # giao thông, cấp thoát nước, viễn thông, hạ tầng (DAC 140, 210, 220)
    tourism = "tourism"  # du lịch (DAC 332)
    trade_services = "trade_services"  # thương mại, tài chính, dịch vụ, bất động sản (DAC 240, 250, 331)
    governance = "governance"  # quản lý nhà nước, pháp luật, xã hội dân sự (DAC 151–152)
    social = "social"  # an sinh, văn hóa, nhân đạo, cứu trợ (DAC 160, 720–740)
    other = "other"  # đa ngành, chưa phân loại (DAC 430, 510–600, 910–998)


# DAC 3-digit sector category → our sector. A 5-digit purpose code starts with its category.
DAC_SECTORS: dict[str, Sector] = {
    "111": Sector.education, "112": Sector.education, "113": Sector.education, "114": Sector.education,
    "121": Sector.health, "122": Sector.health, "123": Sector.health, "130": Sector.health,
    "140": Sector.infrastructure, "210": Sector.infrastructure, "220": Sector.infrastructure,
    "151": Sector.governance, "152": Sector.governance,
    "160": Sector.social, "720": Sector.social, "730": Sector.social, "740": Sector.social,
    "231": Sector.energy, "232": Sector.energy, "233": Sector.energy, "234": Sector.energy,
    "235": Sector.energy, "236": Sector.energy,
    "240": Sector.trade_services, "250": Sector.trade_services, "331": Sector.trade_services,
    "311": Sector.agriculture, "312": Sector.agriculture, "313": Sector.agriculture,
    "321": Sector.industry, "322": Sector.industry, "323": Sector.industry,
    "332": Sector.tourism,
    "410": Sector.environment,
}


def sector_for_dac(code: str | None) -> Sector:
    return DAC_SECTORS.get((code or "")[:3], Sector.other)


class ProjectStatus(enum.StrEnum):
    proposed = "proposed"  # proposed / being appraised
    licensed = "licensed"  # FDI: investment registration certificate issued
    committed = "committed"  # ODA, NGO aid: approved / committed
    implementing = "implementing"
    completed = "completed"
    withdrawn = "withdrawn"  # withdrawn, refused, licence revoked or ended early


# The lifecycle: the only moves `POST /api/projects/{id}/status` accepts. The approval step is
# "licensed" for FDI and "committed" for ODA and NGO aid; a project of kind "other" may take either.
# completed and withdrawn are final.
PROJECT_TRANSITIONS: dict[ProjectStatus, tuple[ProjectStatus, ...]] = {
    ProjectStatus.proposed: (ProjectStatus.licensed, ProjectStatus.committed, ProjectStatus.withdrawn),
    ProjectStatus.licensed: (ProjectStatus.implementing, ProjectStatus.withdrawn),
    ProjectStatus.committed: (ProjectStatus.implementing, ProjectStatus.withdrawn),
    ProjectStatus.implementing: (ProjectStatus.completed, ProjectStatus.withdrawn),
    ProjectStatus.completed: (),
    ProjectStatus.withdrawn: (),
}

# Which approval status fits which kind.
APPROVAL_STATUS: dict[ProjectKind, frozenset[ProjectStatus]] = {
    ProjectKind.fdi: frozenset({ProjectStatus.licensed}),
    ProjectKind.oda: frozenset({ProjectStatus.committed}),
    ProjectKind.ngo_aid: frozenset({ProjectStatus.committed}),
    ProjectKind.other: frozenset({ProjectStatus.licensed, ProjectStatus.committed}),
}

# Statuses past approval: they need approved_on.
APPROVED_STATUSES = frozenset({ProjectStatus.licensed, ProjectStatus.committed, ProjectStatus.implementing,
                               ProjectStatus.completed})


class Project(RecordMixin, Base):
    __tablename__ = "projects"
    __table_args__ = (
        Index("ix_projects_province_kind_status", "province_code", "kind", "status"),
        # A province's projects of a period (the figures), without reading every project of the province.
        Index("ix_projects_province_approved", "province_code", "approved_on"),
        # Every province's projects of a period (the ministry's figures), covering what they sum.
        Index("ix_projects_approved_cover", "approved_on", "province_code", "kind", "country_code", "usd_equivalent"),
    )

    kind: Mapped[ProjectKind] = enum_column(ProjectKind)
    name: Mapped[str] = mapped_column(String(500))  # Vietnamese name
    name_en: Mapped[str | None] = mapped_column(String(500))
    code: Mapped[str | None] = mapped_column(String(100))  # project code / licence (certificate) number
    # The investor (FDI) or donor (ODA, NGO aid): a partner record, or only a name.
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="RESTRICT"), index=True)
    investor_name: Mapped[str | None] = mapped_column(String(300))
    country_code: Mapped[str | None] = mapped_column(String(2), index=True)  # of the investor / donor
    sector: Mapped[Sector] = enum_column(Sector, default=Sector.other)
    dac_code: Mapped[str | None] = mapped_column(String(5))  # OECD DAC 5-digit purpose code
    # Capital: registered capital (FDI), total value (ODA, aid); Numeric, never float.
    capital_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    currency: Mapped[str | None] = mapped_column(String(3))
    usd_equivalent: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))
    disbursed_amount: Mapped[Decimal | None] = mapped_column(Numeric(20, 2))  # same currency as the capital
    status: Mapped[ProjectStatus] = enum_column(ProjectStatus, default=ProjectStatus.proposed)
    proposed_on: Mapped[date | None] = mapped_column(Date)
    approved_on: Mapped[date | None] = mapped_column(Date)  # licensed (FDI) / committed (ODA, aid)
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str | None] = mapped_column(String(500))
    commune: Mapped[str | None] = mapped_column(String(200))  # commune / ward (xã, phường) name
    implementing_agency: Mapped[str | None] = mapped_column(String(300))
    # The agreement the project comes from (agreements domain); by table name, not by import.
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    status_history: Mapped[list[ProjectStatusChange]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectStatusChange.id")

    @property
    def next_statuses(self) -> tuple[ProjectStatus, ...]:
        return tuple(s for s in PROJECT_TRANSITIONS[self.status]
                     if s not in (ProjectStatus.licensed, ProjectStatus.committed) or s in APPROVAL_STATUS[self.kind])


class ProjectStatusChange(StatusChangeMixin, Base):
    __tablename__ = "project_status_changes"

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)

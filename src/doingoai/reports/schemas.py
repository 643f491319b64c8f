from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from doingoai.core.schemas import CountryFilter, Strict
from doingoai.errors import bilingual

Breakdown = Literal["country", "level", "planned", "month", "province"]


class FiguresQuery(Strict):
    date_from: date | None = Field(None, description="Period start (inclusive); default 1 January of this year")
    date_to: date | None = Field(None, description="Period end (inclusive); default 31 December of this year")
    year: int | None = Field(None, ge=1945, le=2100, description="Shortcut for the whole calendar year")
    province: str | None = Field(None, pattern=r"^\d{2}$", description="Ministry users: one province")
    country: CountryFilter | None = Field(None, description="Only delegations/projects with this country")
    breakdowns: list[Breakdown] = Field(["country", "level", "planned"], max_length=5,
                                        description="Delegation breakdowns to compute")
    expiring_days: int = Field(90, ge=1, le=3650, description="Agreements in force expiring within this many days")

    @model_validator(mode="after")
    def _period(self) -> FiguresQuery:
        if self.year is not None and (self.date_from or self.date_to):
            raise bilingual("period", "give either year or date_from/date_to", "chỉ dùng year hoặc date_from/date_to")
        if self.date_from and self.date_to and self.date_to < self.date_from:
            raise bilingual("date_order", "date_to must be on or after date_from", "date_to phải sau hoặc bằng date_from")
        return self

    def period(self, today: date) -> tuple[date, date]:
        year = self.year or today.year
        return self.date_from or date(year, 1, 1), self.date_to or date(year, 12, 31)


class Count(BaseModel):
    key: Any = None
    delegations: int
    persons: int
    text: str = Field(description='As reports write it: "19 đoàn/58 lượt"')


class DirectionFigures(BaseModel):
    total: Count
    breakdowns: dict[str, list[Count]]


class Money(BaseModel):
    count: int
    usd: Decimal
    without_usd: int = Field(description="Projects without a USD figure (not in usd)")


class CountryMoney(Money):
    country_code: str | None


class ProjectFigures(BaseModel):
    total: Money
    by_kind: dict[str, Money]
    by_country: list[CountryMoney]


class ExpiringAgreement(BaseModel):
    id: int
    province_code: str
    title: str
    kind: str
    expires_on: date
    days_left: int


class AgreementFigures(BaseModel):
    by_status: dict[str, int]
    signed_in_period: int
    expiring: list[ExpiringAgreement]


class Figures(BaseModel):
    date_from: date
    date_to: date
    province: str | None
    delegations: dict[str, DirectionFigures]
    agreements: AgreementFigures
    projects: ProjectFigures

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from doingoai.accounts.models import Role
from doingoai.core.schemas import ProvinceCode, Strict

Username = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{3,60}$")]
Password = Annotated[str, StringConstraints(min_length=8, max_length=200)]


class UserCreate(Strict):
    username: Username
    full_name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    email: Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", max_length=200)] | None = None
    password: Password
    role: Role
    province_code: ProvinceCode | None = Field(None, description="Empty for a ministry-level account")
    language: Literal["vi", "en"] = "vi"


class UserUpdate(Strict):
    full_name: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None
    email: str | None = Field(None, max_length=200)
    password: Password | None = None
    role: Role | None = None
    language: Literal["vi", "en"] | None = None
    active: bool | None = None


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    full_name: str
    email: str | None
    role: Role
    province_code: str | None
    language: str
    active: bool


class LoginRequest(Strict):
    username: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    token_name: Annotated[str, StringConstraints(min_length=1, max_length=120)] = "api"
    days: int | None = Field(30, ge=1, le=3650, description="Token lifetime; null for no expiry")


class TokenCreate(Strict):
    name: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    days: int | None = Field(30, ge=1, le=3650)


class TokenIssued(BaseModel):
    token: str = Field(description="Shown once; only its digest is kept")
    id: int
    name: str
    expires_at: datetime | None
    user: UserPublic

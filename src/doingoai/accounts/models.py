from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import Boolean, DateTime, Enum, ForeignKey, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.models import Base, IdMixin, TimestampMixin


class Role(enum.StrEnum):
    """What a user may do. The province decides *where*: a user without one works at ministry level."""

    admin = "admin"  # everything in scope, including users
    officer = "officer"  # reads and edits records
    leader = "leader"  # reads everything in scope, including restricted records
    guest = "guest"  # reads what is not restricted


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200), nullable=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(Enum(Role, native_enum=False, length=20, validate_strings=True))
    # None: a ministry-level account that sees every province.
    province_code: Mapped[str | None] = mapped_column(String(2), nullable=True, index=True)
    language: Mapped[str] = mapped_column(String(2), default="vi", server_default="vi")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))

    tokens: Mapped[list[ApiToken]] = relationship(back_populates="user", cascade="all, delete-orphan")


class ApiToken(IdMixin, TimestampMixin, Base):
    """A bearer token for scripts. Only its SHA-256 is stored; the token is shown once, at creation."""

    __tablename__ = "api_tokens"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    user: Mapped[User] = relationship(back_populates="tokens")


class BrowserSession(IdMixin, Base):
    """A signed-in browser. Server-side, so signing out or disabling a user ends it at once."""

    __tablename__ = "browser_sessions"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()

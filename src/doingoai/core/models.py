"""Declarative base and the columns every record shares.

Every record belongs to a province (the office that keeps it), carries a version number used for
optimistic concurrency (two people editing the same record: the second gets a conflict instead of
silently overwriting), a `restricted` flag (not shown to guests), and a folded copy of its names
for diacritics-insensitive search.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import enum

from sqlalchemy import JSON, Boolean, DateTime, Enum, ForeignKey, Integer, MetaData, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so Alembic migrations are identical on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


def enum_column(kind: type[enum.Enum], **kwargs: Any) -> Any:
    """Enums stored as their value in a VARCHAR + CHECK, identical on SQLite and PostgreSQL."""
    return mapped_column(Enum(kind, native_enum=False, length=40, validate_strings=True,
                              values_callable=lambda e: [m.value for m in e]), **kwargs)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, server_default=text("CURRENT_TIMESTAMP"))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow, server_default=text("CURRENT_TIMESTAMP")
    )


class RecordMixin(IdMixin, TimestampMixin):
    """Columns of a top-level record kept by a provincial office."""

    province_code: Mapped[str] = mapped_column(String(2), index=True)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:  # noqa: N805 - declared_attr receives the class
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        # SQLAlchemy checks the version in the UPDATE's WHERE clause, so even two writers racing
        # inside the same instant cannot both win.
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]


class ChildMixin(IdMixin):
    """Rows owned by a record (members, commitments, tasks…): they share the parent's province."""

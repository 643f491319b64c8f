"""Writing and reading the audit trail. Writers call `record` inside their own transaction."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.audit.models import AuditEvent


def jsonable(value: Any) -> Any:
    """Audit changes are JSON: dates as ISO text, decimals as strings (exact), enums as values."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    province_code: str | None,
    changes: dict[str, Any] | None = None,
    source: dict[str, Any] | None = None,
) -> AuditEvent:
    event = AuditEvent(
        actor_id=actor.user_id,
        actor_name=actor.username,
        province_code=province_code,
        action=action,
        entity=entity,
        entity_id=entity_id,
        changes=jsonable(changes or {}),
        source=jsonable(source) if source else None,
    )
    session.add(event)
    return event


def _scoped(actor: Actor) -> Select[tuple[AuditEvent]]:
    stmt = select(AuditEvent)
    if not actor.is_ministry:
        stmt = stmt.where(AuditEvent.province_code == actor.province_code)
    return stmt


def history(session: Session, actor: Actor, entity: str, entity_id: int) -> list[AuditEvent]:
    stmt = _scoped(actor).where(AuditEvent.entity == entity, AuditEvent.entity_id == entity_id)
    return list(session.scalars(stmt.order_by(AuditEvent.at, AuditEvent.id)))


def search(
    session: Session,
    actor: Actor,
    *,
    entity: str | None = None,
    action: str | None = None,
    actor_name: str | None = None,
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[AuditEvent], int]:
    stmt = _scoped(actor)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if actor_name:
        stmt = stmt.where(AuditEvent.actor_name == actor_name)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).offset((page - 1) * per_page).limit(per_page))
    return list(rows), total

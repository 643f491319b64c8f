from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel

from doingoai.audit import services
from doingoai.audit.schemas import AuditEventPublic
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.errors import Forbidden

router = APIRouter(prefix="/api/audit", tags=["audit"])


class AuditPage(BaseModel):
    items: list[AuditEventPublic]
    total: int
    page: int
    per_page: int


@router.get("", response_model=AuditPage, summary="The audit trail, newest first")
def list_events(
    session: SessionDep,
    actor: ActorDep,
    entity: Annotated[str | None, Query(max_length=60)] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    actor_name: Annotated[str | None, Query(max_length=120)] = None,
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[int, Query(ge=1, le=500)] = 50,
) -> Any:
    if not actor.can_read_restricted:
        raise Forbidden("xem nhật ký thay đổi", "read the audit trail")
    items, total = services.search(session, actor, entity=entity, action=action, actor_name=actor_name,
                                   page=page, per_page=per_page)
    return {"items": items, "total": total, "page": page, "per_page": per_page}

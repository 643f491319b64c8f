"""The router factory: list, read, create, update, delete and history for a record type.

Each domain's `api.py` calls `record_router(...)` with its service and schemas, then adds the
routes that are its own (status transitions, figures…). Handlers stay thin: parse, call the
service, commit, serialise.
"""

# No `from __future__ import annotations` here: the handlers' parameter types are the closure
# variables `create`, `update`, `query`; as strings FastAPI cannot resolve them and would take the
# request body for a query parameter named "data".
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel

from doingoai.audit import services as audit
from doingoai.audit.schemas import AuditEventPublic
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.core.schemas import ListQuery, Page
from doingoai.core.services import RecordService


def record_router(
    service: type[RecordService[Any]],
    *,
    prefix: str,
    tag: str,
    create: type[BaseModel],
    update: type[BaseModel],
    public: type[BaseModel],
    query: type[ListQuery] = ListQuery,
) -> APIRouter:
    router = APIRouter(prefix=prefix, tags=[tag])
    page_model = Page[public]  # type: ignore[valid-type]

    @router.get("", response_model=page_model, summary=f"List {tag}")
    def list_records(session: SessionDep, actor: ActorDep, params: Annotated[query, Query()]) -> Any:  # type: ignore[valid-type]
        rows, total = service(session, actor).list(params)
        return {"items": rows, "total": total, "page": params.page, "per_page": params.per_page}

    @router.post("", response_model=public, status_code=status.HTTP_201_CREATED, summary=f"Create {tag}")
    def create_record(data: create, session: SessionDep, actor: ActorDep) -> Any:  # type: ignore[valid-type]
        obj = service(session, actor).create(data)
        session.commit()
        return obj

    @router.get("/{record_id}", response_model=public, summary=f"Read {tag}")
    def read_record(record_id: int, session: SessionDep, actor: ActorDep) -> Any:
        return service(session, actor).get(record_id)

    @router.patch("/{record_id}", response_model=public, summary=f"Update {tag}")
    def update_record(record_id: int, data: update, session: SessionDep, actor: ActorDep) -> Any:  # type: ignore[valid-type]
        obj = service(session, actor).update(record_id, data)
        session.commit()
        return obj

    @router.delete("/{record_id}", status_code=status.HTTP_204_NO_CONTENT, summary=f"Delete {tag}")
    def delete_record(
        record_id: int,
        session: SessionDep,
        actor: ActorDep,
        version: Annotated[int | None, Query(ge=1, description="The version you read")] = None,
    ) -> Response:
        service(session, actor).delete(record_id, version)
        session.commit()
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @router.get("/{record_id}/history", response_model=list[AuditEventPublic], summary=f"Audit trail of one {tag}")
    def record_history(record_id: int, session: SessionDep, actor: ActorDep) -> Any:
        service(session, actor).get(record_id)  # same visibility rules as reading the record
        return audit.history(session, actor, service.entity, record_id)

    return router

"""JSON routes of agreements: the record routes, plus

- `GET  /api/agreements/expiring?days=90` — in force and expiring within N days, soonest first;
- `POST /api/agreements/{id}/status` — move the status along the lifecycle
  (`{"status", "on", "note", "version"}`), 409 `invalid_transition` for a move it does not allow.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from doingoai.agreements import schemas as s
from doingoai.agreements.services import AgreementService
from doingoai.core.api import record_router
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.core.schemas import Page

router = APIRouter()
own = APIRouter(prefix="/api/agreements", tags=["agreements"])


@own.get("/expiring", response_model=Page[s.AgreementPublic], summary="Agreements in force expiring soon")
def expiring_agreements(session: SessionDep, actor: ActorDep, params: Annotated[s.ExpiringQuery, Query()]) -> Any:
    query = s.AgreementQuery(expiring_within_days=params.days, sort="expires_on", per_page=500)
    rows, total = AgreementService(session, actor).list(query)
    return {"items": rows, "total": total, "page": 1, "per_page": query.per_page}


@own.post("/{record_id}/status", response_model=s.AgreementPublic, summary="Change an agreement's status")
def change_agreement_status(record_id: int, data: s.AgreementStatusIn, session: SessionDep, actor: ActorDep) -> Any:
    obj = AgreementService(session, actor).change_status(record_id, data)
    session.commit()
    return obj


# Own routes first: "/expiring" must not be taken for a record id.
router.include_router(own)
router.include_router(record_router(AgreementService, prefix="/api/agreements", tag="agreements",
                                    create=s.AgreementCreate, update=s.AgreementUpdate, public=s.AgreementPublic,
                                    query=s.AgreementQuery))

"""Plans: list, create, read, update, delete, history, and the progress roll-up by group."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from doingoai.core.api import record_router
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.plans import schemas as s
from doingoai.plans.services import PlanService

router = APIRouter()
router.include_router(record_router(PlanService, prefix="/api/plans", tag="plans", create=s.PlanCreate,
                                    update=s.PlanUpdate, public=s.PlanPublic, query=s.PlanQuery))


@router.get("/api/plans/{record_id}/progress", response_model=s.PlanProgress, tags=["plans"],
            summary="Progress of a plan, as a whole and by task group")
def plan_progress(record_id: int, session: SessionDep, actor: ActorDep) -> Any:
    return PlanService(session, actor).progress(record_id)

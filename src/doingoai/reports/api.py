from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from doingoai.core.deps import ActorDep, SessionDep
from doingoai.reports import services
from doingoai.reports.schemas import Figures, FiguresQuery

router = APIRouter(prefix="/api", tags=["figures"])


@router.get("/figures", response_model=Figures, summary="Figures for a period, derived from the records")
def get_figures(session: SessionDep, actor: ActorDep, params: Annotated[FiguresQuery, Query()]) -> Any:
    """Delegations out and in as N đoàn / M lượt (total and by country, level, planned…), agreements
    by status and those expiring, projects' count and capital (USD) by kind and country."""
    return services.figures(session, actor, params)

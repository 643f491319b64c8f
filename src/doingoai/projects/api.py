"""JSON routes of projects: the record routes, plus

- `POST /api/projects/{id}/status` — move the status along the lifecycle
  (`{"status", "on", "note", "version"}`), 409 `invalid_transition` for a move it does not allow.

List filters: kind, status, sector, country, partner_id, agreement_id, q, and the period
(`date_from`/`date_to`) on approved_on; sort by usd_equivalent (capital in USD), capital_amount,
name or any of the dates.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from doingoai.core.api import record_router
from doingoai.core.deps import ActorDep, SessionDep
from doingoai.projects import schemas as s
from doingoai.projects.services import ProjectService

router = APIRouter()
own = APIRouter(prefix="/api/projects", tags=["projects"])


@own.post("/{record_id}/status", response_model=s.ProjectPublic, summary="Change a project's status")
def change_project_status(record_id: int, data: s.ProjectStatusIn, session: SessionDep, actor: ActorDep) -> Any:
    obj = ProjectService(session, actor).change_status(record_id, data)
    session.commit()
    return obj


router.include_router(own)
router.include_router(record_router(ProjectService, prefix="/api/projects", tag="projects", create=s.ProjectCreate,
                                    update=s.ProjectUpdate, public=s.ProjectPublic, query=s.ProjectQuery))

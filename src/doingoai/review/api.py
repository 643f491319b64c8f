"""Review: the proposals read from documents, decisions on them, and where a record came from."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from doingoai.core.deps import ActorDep, SessionDep
from doingoai.review import services
from doingoai.review.schemas import (
    ApproveIn,
    ApproveResult,
    DecisionIn,
    ProposalDetail,
    ProposalPage,
    ProposalPublic,
    ProposalQuery,
    RecordSourcePublic,
)

router = APIRouter(tags=["review"])


@router.get("/api/review/proposals", response_model=ProposalPage, summary="List proposals")
def list_proposals(session: SessionDep, actor: ActorDep, params: Annotated[ProposalQuery, Query()]) -> Any:
    rows, total = services.list_proposals(session, actor, params)
    return {"items": rows, "total": total, "page": params.page, "per_page": params.per_page}


@router.get("/api/review/proposals/{proposal_id}", response_model=ProposalDetail,
            summary="One proposal with its evidence passage, what approving would create, and a matching record")
def read_proposal(proposal_id: int, session: SessionDep, actor: ActorDep,
                  context: Annotated[int, Query(ge=0, le=5000, description="Characters around the passage")] = 300) -> Any:
    return services.detail(session, actor, proposal_id, context)


@router.post("/api/review/proposals/{proposal_id}/approve", response_model=ApproveResult,
             summary="Approve: create the record (or link to merge_into / the recognised partner)")
def approve(proposal_id: int, body: ApproveIn, session: SessionDep, actor: ActorDep) -> Any:
    result = services.approve(session, actor, proposal_id, body.edits, body.merge_into, version=body.version)
    session.commit()
    return {"proposal": result.proposal, "entity": result.entity, "record_id": result.record.id,
            "created": result.created}


@router.post("/api/review/proposals/{proposal_id}/reject", response_model=ProposalPublic, summary="Reject, with a note")
def reject(proposal_id: int, body: DecisionIn, session: SessionDep, actor: ActorDep) -> Any:
    proposal = services.reject(session, actor, proposal_id, body.note, version=body.version)
    session.commit()
    return proposal


@router.post("/api/review/proposals/{proposal_id}/needs-info", response_model=ProposalPublic,
             summary="Ask for more information before deciding, with a note")
def needs_info(proposal_id: int, body: DecisionIn, session: SessionDep, actor: ActorDep) -> Any:
    proposal = services.needs_info(session, actor, proposal_id, body.note, version=body.version)
    session.commit()
    return proposal


@router.post("/api/review/documents/{document_id}/extract", response_model=list[ProposalPublic],
             summary="Run the extraction again over a stored document; only new entries become proposals")
def extract_again(document_id: int, session: SessionDep, actor: ActorDep) -> Any:
    proposals = services.extract_again(session, actor, document_id)
    session.commit()
    return proposals


@router.get("/api/records/{entity}/{record_id}/sources", response_model=list[RecordSourcePublic],
            summary="The document passages a record came from")
def record_sources(
    entity: Annotated[str, Path(pattern=r"^[a-z_]{1,40}$", description="partner, delegation, agreement, project, event")],
    record_id: int,
    session: SessionDep,
    actor: ActorDep,
) -> Any:
    return services.sources_of(session, actor, entity, record_id)

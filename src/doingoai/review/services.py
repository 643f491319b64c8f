"""Review: proposals from documents, and the ONE service that turns an approved proposal into records.

    ingest(file) ─► extraction (the public contract) ─► proposals (pending, with evidence spans)
    approve(proposal, edits?, merge_into?) ─► a record through its domain's service
                                             + a record_sources row (record ↔ passage)
                                             + the record's audit event carrying the source

Records are written only through the domains' own services (partners, delegations, agreements,
projects, events), so their rules, rights and audit apply exactly as for a record typed by hand.
A partner the province already has under another spelling is recognised (see `matching`) and the
new spelling is added to its aliases; `merge_into` lets the reviewer choose the existing record.
Every status change is audited. Callers commit: one approval is one transaction.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from doingoai.accounts.security import Actor
from doingoai.audit import services as audit
from doingoai.audit.services import jsonable
from doingoai.core.models import utcnow
from doingoai.core.services import RecordService
from doingoai.documents.models import Document
from doingoai.documents.reading import ReadResult
from doingoai.documents.services import DocumentService, passage
from doingoai.documents.storage import DocumentStore
from doingoai.errors import DomainError, Forbidden, Invalid, NotFound
from doingoai.review import mapping
from doingoai.review.matching import find_partner, new_spellings
from doingoai.review.models import PROPOSAL_TRANSITIONS, Proposal, ProposalKind, ProposalStatus, RecordSource
from doingoai.review.schemas import ProposalQuery


# ------------------------------------------------------------------ targets
@dataclass(frozen=True)
class Target:
    """The domain a proposal kind becomes: its service and its Create / Update schemas."""

    service: type[RecordService[Any]]
    create: type[BaseModel]
    update: type[BaseModel]

    @property
    def entity(self) -> str:
        return self.service.entity


# kind -> (package, service class, Create schema, Update schema)
TARGETS: dict[str, tuple[str, str, str, str]] = {
    "partner": ("doingoai.partners", "PartnerService", "PartnerCreate", "PartnerUpdate"),
    "delegation": ("doingoai.delegations", "DelegationService", "DelegationCreate", "DelegationUpdate"),
    "agreement": ("doingoai.agreements", "AgreementService", "AgreementCreate", "AgreementUpdate"),
    "project": ("doingoai.projects", "ProjectService", "ProjectCreate", "ProjectUpdate"),
    "event": ("doingoai.events", "EventService", "EventCreate", "EventUpdate"),
}


def target(kind: str) -> Target:
    package, service, create, update = TARGETS[kind]
    services = importlib.import_module(f"{package}.services")
    schemas = importlib.import_module(f"{package}.schemas")
    return Target(getattr(services, service), getattr(schemas, create), getattr(schemas, update))


def target_for_entity(entity: str) -> Target:
    """The target whose records carry this entity name ("partner", "delegation"…)."""
    for kind in TARGETS:
        found = target(kind)
        if found.entity == entity:
            return found
    raise DomainError("route_not_found")


# -------------------------------------------------------------- extraction
def extract_contract(text: str, filename: str) -> dict[str, Any]:
    """The extraction output (public contract) for a document's text."""
    from doingoai.extraction.output import to_contract
    from doingoai.extraction.pipeline import extract

    try:
        return to_contract(extract(text, filename))
    except Exception as exc:  # noqa: BLE001 — any failure of the pipeline is reported naming the file
        raise DomainError("extraction_failed", field="file", filename=filename,
                          detail=f"{type(exc).__name__}: {exc}") from exc


def create_proposals(session: Session, actor: Actor, document: Document, contract: dict[str, Any]) -> list[Proposal]:
    """Proposals for the entries of `contract` the document does not have yet (by fingerprint)."""
    have = set(session.scalars(select(Proposal.fingerprint).where(Proposal.document_id == document.id)))
    created: list[Proposal] = []
    for draft in mapping.drafts(contract, document.text):
        if draft.fingerprint in have:
            continue
        have.add(draft.fingerprint)
        proposal = Proposal(document_id=document.id, province_code=document.province_code, kind=ProposalKind(draft.kind),
                            section=draft.section, status=ProposalStatus.pending, data=jsonable(draft.data),
                            start=draft.start, end=draft.end, quote=draft.quote, summary=draft.summary,
                            fingerprint=draft.fingerprint)
        session.add(proposal)
        created.append(proposal)
    session.flush()
    if created:
        audit.record(session, actor, "extract", "document", document.id, document.province_code,
                     {"proposals": [p.id for p in created], "province": contract.get("province"),
                      "province_2025": contract.get("province_2025")})
    return created


@dataclass
class Ingested:
    document: Document
    created: bool  # False: the same file was already stored in this province; nothing was written
    proposals: list[Proposal]


def ingest(
    session: Session,
    actor: Actor,
    read: ReadResult,
    store: DocumentStore,
    *,
    province_code: str | None = None,
    kind: str | None = None,
    title: str | None = None,
    source_url: str | None = None,
) -> Ingested:
    """Store a file that was read, run the extraction over its text and create the proposals.

    Extraction runs before anything is written: a document whose extraction fails is not stored."""
    documents = DocumentService(session, actor, store)
    province = documents.province_for(province_code)
    existing = documents.find(province, read.sha256)
    if existing is not None:
        return Ingested(existing, False, [])
    contract = extract_contract(read.text, read.filename)
    document, created = documents.store_file(read, province_code=province, kind=kind, title=title,
                                             source_url=source_url)
    if not created:  # stored meanwhile by someone else
        return Ingested(document, False, [])
    return Ingested(document, True, create_proposals(session, actor, document, contract))


def extract_again(session: Session, actor: Actor, document_id: int) -> list[Proposal]:
    """Run the (perhaps improved) extraction over a stored document; only new entries become proposals."""
    document = DocumentService(session, actor).get(document_id)
    _require_review(actor, document.province_code)
    contract = extract_contract(document.text, document.filename)
    return create_proposals(session, actor, document, contract)


# ------------------------------------------------------------------- reads
def _require_review(actor: Actor, province_code: str) -> None:
    if not actor.can_edit:
        raise Forbidden("duyệt đề xuất", "review proposals")
    if not actor.sees_province(province_code):
        raise DomainError("other_province")


def _scoped(actor: Actor) -> Select[tuple[Proposal]]:
    stmt = select(Proposal).join(Document, Document.id == Proposal.document_id)
    if not actor.is_ministry:
        stmt = stmt.where(Proposal.province_code == actor.province_code)
    if not actor.can_read_restricted:
        stmt = stmt.where(Document.restricted.is_(False))
    return stmt


def list_proposals(session: Session, actor: Actor, query: ProposalQuery) -> tuple[list[Proposal], int]:
    stmt = _scoped(actor)
    if query.status:
        stmt = stmt.where(Proposal.status == query.status)
    if query.kind:
        stmt = stmt.where(Proposal.kind == query.kind)
    if query.document_id:
        stmt = stmt.where(Proposal.document_id == query.document_id)
    if query.province:
        stmt = stmt.where(Proposal.province_code == query.province)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.scalars(stmt.order_by(Proposal.document_id, Proposal.start, Proposal.id)
                           .offset((query.page - 1) * query.per_page).limit(query.per_page))
    return list(rows), total


def get_proposal(session: Session, actor: Actor, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound("đề xuất", proposal_id)
    if not actor.sees_province(proposal.province_code):
        raise DomainError("other_province")
    document = session.get(Document, proposal.document_id)
    if document is not None and document.restricted and not actor.can_read_restricted:
        raise NotFound("đề xuất", proposal_id)
    return proposal


def record_input(proposal: Proposal) -> dict[str, Any]:
    """What approving the proposal as it stands would create (before the reviewer's edits)."""
    return jsonable(mapping.record_input(proposal.kind.value, proposal.section, proposal.data, proposal.quote))


def match_for(session: Session, proposal: Proposal) -> Any | None:
    """The existing partner a partner proposal designates, if the province has it already."""
    if proposal.kind is not ProposalKind.partner:
        return None
    data = proposal.data
    return find_partner(session, proposal.province_code,
                        kind="locality" if proposal.section == "foreign_localities" else "organisation",
                        names=[data.get("name") or "", proposal.quote], country=data.get("country"),
                        code=data.get("code"))


def problem_of(proposal: Proposal) -> str | None:
    """Why the proposal cannot become one record as it stands (a figure over several records)."""
    aggregate = mapping.aggregate_count(proposal.kind.value, proposal.data)
    if aggregate is None:
        return None
    return _aggregate_error(proposal, *aggregate).message_vi


def detail(session: Session, actor: Actor, proposal_id: int, context: int = 300) -> dict[str, Any]:
    proposal = get_proposal(session, actor, proposal_id)
    document = session.get(Document, proposal.document_id)
    match = match_for(session, proposal) if proposal.status in (ProposalStatus.pending, ProposalStatus.needs_info) else None
    return {
        **{c: getattr(proposal, c) for c in ("id", "document_id", "province_code", "kind", "section", "status",
                                             "summary", "data", "start", "end", "quote", "decided_by_name",
                                             "decided_at", "note", "record_entity", "record_id", "version",
                                             "created_at")},
        "document_title": document.title,
        "document_filename": document.filename,
        "passage": passage(document, proposal.start, proposal.end, context),
        "record_input": record_input(proposal),
        "match": {"entity": "partner", "id": match.id, "label": match.name_vi} if match is not None else None,
        "problem": problem_of(proposal) if proposal.status in (ProposalStatus.pending, ProposalStatus.needs_info) else None,
    }


# --------------------------------------------------------------- decisions
def _source(proposal: Proposal) -> dict[str, Any]:
    return {"document_id": proposal.document_id, "span": [proposal.start, proposal.end], "proposal_id": proposal.id}


def _check_version(proposal: Proposal, version: int | None) -> None:
    if version is not None and version != proposal.version:
        raise DomainError("conflict_version", field="version", current=proposal.version, sent=version)


def _decide(session: Session, actor: Actor, proposal: Proposal, status: ProposalStatus, note: str | None,
            extra: dict[str, Any] | None = None) -> Proposal:
    before = proposal.status
    if status not in PROPOSAL_TRANSITIONS[before]:
        raise DomainError("invalid_transition", field="status", current=before.value, target=status.value)
    proposal.status = status
    proposal.note = note
    proposal.decided_by_id = actor.user_id
    proposal.decided_by_name = actor.username
    proposal.decided_at = utcnow()
    try:
        session.flush()
    except StaleDataError as exc:  # another reviewer decided between our read and our write
        raise DomainError("conflict_version", field="version", current="?", sent=proposal.version) from exc
    changes: dict[str, Any] = {"status": [before.value, status.value]}
    if note:
        changes["note"] = note
    changes.update(extra or {})
    audit.record(session, actor, {"approved": "approve", "rejected": "reject", "needs_info": "needs_info"}[status.value],
                 "proposal", proposal.id, proposal.province_code, changes, _source(proposal))
    return proposal


def reject(session: Session, actor: Actor, proposal_id: int, note: str, *, version: int | None = None) -> Proposal:
    proposal = get_proposal(session, actor, proposal_id)
    _require_review(actor, proposal.province_code)
    _check_version(proposal, version)
    return _decide(session, actor, proposal, ProposalStatus.rejected, note)


def needs_info(session: Session, actor: Actor, proposal_id: int, note: str, *, version: int | None = None) -> Proposal:
    proposal = get_proposal(session, actor, proposal_id)
    _require_review(actor, proposal.province_code)
    _check_version(proposal, version)
    return _decide(session, actor, proposal, ProposalStatus.needs_info, note)


@dataclass
class Approved:
    proposal: Proposal
    entity: str
    record: Any
    created: bool


def _aggregate_error(proposal: Proposal, field: str, count: int) -> Invalid:
    what = {"delegation": ("đoàn", "delegations"), "agreement": ("văn bản", "documents"),
            "project": ("dự án", "projects")}[proposal.kind.value]
    return Invalid(field,
                   f"văn bản nêu số liệu tổng hợp ({count} {what[0]}), không phải một bản ghi: hãy nhập từng bản ghi "
                   f"rồi liên kết (merge_into), hoặc đánh dấu cần bổ sung / từ chối",
                   f"the text states a figure over {count} {what[1]}, not one record: enter them one by one and "
                   f"link this proposal to one (merge_into), or mark it needs_info / reject it")


def approve(
    session: Session,
    actor: Actor,
    proposal_id: int,
    edits: dict[str, Any] | None = None,
    merge_into: int | None = None,
    *,
    version: int | None = None,
) -> Approved:
    """Approve a proposal: create its record (or link it to `merge_into` / the partner recognised
    under another spelling), link the record to the passage, and mark the proposal approved.

    `edits` replace the proposed values (keys of the target's Create schema; with `merge_into`,
    of its Update schema). Nothing is written if any rule fails; the caller commits."""
    proposal = get_proposal(session, actor, proposal_id)
    _require_review(actor, proposal.province_code)
    _check_version(proposal, version)
    if ProposalStatus.approved not in PROPOSAL_TRANSITIONS[proposal.status]:
        raise DomainError("invalid_transition", field="status", current=proposal.status.value, target="approved")
    edits = dict(edits or {})
    if "province_code" in edits:
        raise Invalid("edits.province_code", "bản ghi thuộc tỉnh của văn bản", "the record belongs to the document's province")
    tgt = target(proposal.kind.value)
    service = tgt.service(session, actor)
    source = _source(proposal)

    existing = None
    if merge_into is not None:
        existing = service.get(merge_into)
        if existing.province_code != proposal.province_code:
            raise Invalid("merge_into", "bản ghi thuộc tỉnh khác", "the record belongs to another province")
    elif proposal.kind is ProposalKind.partner:
        existing = match_for(session, proposal)

    if existing is not None:
        record = _link_existing(service, tgt, proposal, existing, edits, source)
        created = False
    else:
        aggregate = mapping.aggregate_count(proposal.kind.value, proposal.data)
        if aggregate is not None:
            raise _aggregate_error(proposal, *aggregate)
        values = {**mapping.record_input(proposal.kind.value, proposal.section, proposal.data, proposal.quote), **edits}
        values = _complete(session, proposal, values, edits)
        values["province_code"] = proposal.province_code
        document = session.get(Document, proposal.document_id)
        if document is not None and document.restricted:
            values.setdefault("restricted", True)  # what comes from a restricted document stays restricted
        record = service.create(tgt.create.model_validate(values), source=source)
        created = True

    session.add(RecordSource(entity=tgt.entity, record_id=record.id, document_id=proposal.document_id,
                             start=proposal.start, end=proposal.end, proposal_id=proposal.id,
                             province_code=proposal.province_code))
    proposal.record_entity, proposal.record_id = tgt.entity, record.id
    _decide(session, actor, proposal, ProposalStatus.approved, None,
            {"record": {"entity": tgt.entity, "id": record.id, "created": created},
             **({"edits": edits} if edits else {}), **({"merge_into": merge_into} if merge_into else {})})
    return Approved(proposal, tgt.entity, record, created)


def _link_existing(service: RecordService[Any], tgt: Target, proposal: Proposal, record: Any,
                   edits: dict[str, Any], source: dict[str, Any]) -> Any:
    """Link the proposal to an existing record: a partner learns the new spelling; edits update it."""
    values = dict(edits)
    if proposal.kind is ProposalKind.partner:
        added = new_spellings(record, [proposal.data.get("name") or "", proposal.quote])
        if added:
            values["aliases"] = [*(values.get("aliases") or record.aliases or []), *added]
    if not values:
        return record
    values["version"] = record.version
    return service.update(record.id, tgt.update.model_validate(values), source=source)


def _complete(session: Session, proposal: Proposal, values: dict[str, Any], edits: dict[str, Any]) -> dict[str, Any]:
    """Fill what follows from other records: agreement parties recognised as partners, an event
    that has taken place is 'held'."""
    if proposal.kind is ProposalKind.agreement and "parties" not in edits:
        parties = []
        for party in values.get("parties") or []:
            found = find_partner(session, proposal.province_code, kind="locality", names=[party.get("name") or ""],
                                 country=party.get("country_code")) or \
                find_partner(session, proposal.province_code, kind="organisation", names=[party.get("name") or ""],
                             country=party.get("country_code"))
            parties.append({**party, "partner_id": found.id} if found is not None else party)
        values["parties"] = parties
    if proposal.kind is ProposalKind.event and "status" not in edits:
        start_on = values.get("start_on")
        if isinstance(start_on, str):
            try:
                start_on = date.fromisoformat(start_on)
            except ValueError:
                start_on = None
        if isinstance(start_on, date) and start_on <= date.today():
            values["status"] = "held"
    return values


# ----------------------------------------------------------- record sources
def sources_of(session: Session, actor: Actor, entity: str, record_id: int) -> list[dict[str, Any]]:
    """The passages a record came from, with the quoted text (the record's own visibility rules apply)."""
    tgt = target_for_entity(entity)
    tgt.service(session, actor).get(record_id)
    rows = session.execute(
        select(RecordSource, Document).join(Document, Document.id == RecordSource.document_id)
        .where(RecordSource.entity == entity, RecordSource.record_id == record_id)
        .order_by(RecordSource.id)
    ).all()
    out = []
    for source, document in rows:
        if document.restricted and not actor.can_read_restricted:
            continue
        out.append({"id": source.id, "entity": source.entity, "record_id": source.record_id,
                    "document_id": document.id, "document_title": document.title,
                    "document_filename": document.filename, "start": source.start, "end": source.end,
                    "quote": (document.text or "")[source.start:source.end], "proposal_id": source.proposal_id,
                    "created_at": source.created_at})
    return out

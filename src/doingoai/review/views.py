"""The review queue: proposals read from documents, each with its evidence passage highlighted in
context, and the decisions — approve (with edits), reject, ask for more information. The buttons
work as plain form posts and, with htmx, replace just the proposal's card."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, Response

from pydantic import ValidationError

from doingoai.errors import DomainError, Invalid, translate_validation_errors
from doingoai.review import services
from doingoai.review.models import ProposalKind, ProposalStatus
from doingoai.review.schemas import ProposalQuery
from doingoai.web import i18n
from doingoai.web.format import parse_date, vn_date
from doingoai.web.pages import FormDep, Page, PageDep, register_nav
from doingoai.web.records import VIEWS, error_text

PER_PAGE = 20
ENUMS = {
    ProposalKind.partner: "Đối tác",
    ProposalKind.delegation: "Đoàn ra, đoàn vào",
    ProposalKind.agreement: "Thỏa thuận",
    ProposalKind.project: "Dự án",
    ProposalKind.event: "Sự kiện",
    ProposalStatus.pending: "Chờ duyệt",
    ProposalStatus.needs_info: "Cần bổ sung thông tin",
    ProposalStatus.approved: "Đã duyệt",
    ProposalStatus.rejected: "Đã từ chối",
}
i18n.add({
    "Chờ duyệt": "Pending", "Cần bổ sung thông tin": "Needs information", "Đã duyệt": "Approved",
    "Đã từ chối": "Rejected", "Đề xuất chờ duyệt": "Proposals to review", "Duyệt và tạo bản ghi": "Approve",
    "Từ chối": "Reject", "Cần bổ sung": "Needs information", "Lý do, ghi chú": "Reason or note",
    "Sẽ tạo bản ghi": "Approving creates", "Sửa trước khi duyệt": "Edit before approving",
    "Trùng với bản ghi đã có": "Matches an existing record", "Lưu ý": "Note",
    "Đã tạo, liên kết bản ghi": "Record created or linked", "Người quyết định": "Decided by",
    "Không có đề xuất nào.": "No proposals.", "Từ văn bản": "From document",
    "Cần ghi lý do.": "A note is required.", "Chi tiết đề xuất": "Proposal",
})
register_nav("/review", "Duyệt đề xuất", need="staff")

router = APIRouter(include_in_schema=False)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _editable(record_input: dict[str, Any]) -> list[tuple[str, str]]:
    """The proposed record's plain values, as a person would type them (dates dd/mm/yyyy)."""
    out = []
    for key, value in record_input.items():
        if isinstance(value, bool) or key == "province_code" or isinstance(value, (list, dict)):
            continue
        if isinstance(value, str) and _ISO_DAY.match(value):
            value = vn_date(value)
        out.append((key, "" if value is None else str(value)))
    return out


def _card(page: Page, proposal_id: int, error: str | None = None, field: str | None = None) -> dict[str, Any]:
    d = services.detail(page.session, page.actor, proposal_id, context=250)  # type: ignore[arg-type]
    views = VIEWS.get(d["record_entity"] or "")
    target = VIEWS.get(str(getattr(d["kind"], "value", d["kind"])))
    labels = target.labels if target else {}
    return {
        **d,
        "kind_label": page._(ENUMS.get(d["kind"], str(d["kind"]))),
        "status_label": page._(ENUMS.get(d["status"], str(d["status"]))),
        "open": d["status"] in (ProposalStatus.pending, ProposalStatus.needs_info),
        "editable": [(key, page._(labels.get(key, key)), value) for key, value in _editable(d["record_input"])],
        "record_href": f"{views.prefix}/{d['record_id']}" if views and d["record_id"] else None,
        "match_href": f"/partners/{d['match']['id']}" if d.get("match") else None,
        "error": error, "error_field": field,
    }


def _respond(page: Page, proposal_id: int, error: str | None = None, field: str | None = None,
             status: int = 200) -> Response:
    card = _card(page, proposal_id, error, field)
    if page.request.headers.get("hx-request"):
        # htmx swaps only successful responses: the card with its message is the answer either way.
        return page.render("review/card.html", p=card)
    if error is None:
        return page.redirect(page.request.headers.get("referer") or "/review", flash="saved")
    return page.render("review/proposal.html", status=status, p=card)


@router.get("/review", response_class=HTMLResponse)
def queue(page: PageDep, status: str = "pending", kind: str = "",
          page_no: Annotated[int, Query(alias="page", ge=1, le=1_000_000)] = 1) -> Response:
    statuses = {s.value for s in ProposalStatus}
    query = ProposalQuery(status=status if status in statuses else None,
                          kind=kind if kind in {k.value for k in ProposalKind} else None,
                          page=page_no, per_page=PER_PAGE)
    rows, total = services.list_proposals(page.session, page.actor, query)  # type: ignore[arg-type]
    cards = [_card(page, p.id) for p in rows]
    return page.render("review/queue.html", cards=cards, total=total, status_filter=status, kind=kind,
                       statuses=[(s.value, page._(ENUMS[s])) for s in ProposalStatus],
                       kinds=[(k.value, page._(ENUMS[k])) for k in ProposalKind],
                       page_no=query.page, pages=max(1, -(-total // PER_PAGE)))


@router.get("/review/{proposal_id}", response_class=HTMLResponse)
def proposal(proposal_id: int, page: PageDep) -> Response:
    return page.render("review/proposal.html", p=_card(page, proposal_id))


@router.post("/review/{proposal_id}/approve", response_class=HTMLResponse)
def approve(proposal_id: int, page: PageDep, form: FormDep) -> Response:
    d = services.detail(page.session, page.actor, proposal_id)  # type: ignore[arg-type]
    edits: dict[str, Any] = {}
    for key, proposed in _editable(d["record_input"]):
        sent = form.get(f"edit.{key}")
        if sent is None or str(sent).strip() == proposed:
            continue
        text = str(sent).strip()
        try:
            original = d["record_input"][key]
            edits[key] = (parse_date(text).isoformat() if isinstance(original, str) and _ISO_DAY.match(original) and text
                          else (text or None))
        except ValueError:
            return _respond(page, proposal_id, page._("Ngày không hợp lệ (dùng ngày/tháng/năm, ví dụ 05/03/2026)"),
                            f"edit.{key}", 422)
    version = str(form.get("version") or "")
    try:
        services.approve(page.session, page.actor, proposal_id, edits or None,  # type: ignore[arg-type]
                         version=int(version) if version.isdigit() else None)
        page.session.commit()
    except DomainError as exc:
        page.session.rollback()
        return _respond(page, proposal_id, _message(page, exc), _edit_field(exc), exc.kind.status)
    except ValidationError as exc:  # the edited values do not make a valid record
        page.session.rollback()
        first = translate_validation_errors(list(exc.errors()))[0]
        message = first["message_vi"] if page.lang == "vi" else first["message_en"]
        return _respond(page, proposal_id, f"{first['field']}: {message}", f"edit.{first['field']}", 422)
    return _respond(page, proposal_id)


def _decision(proposal_id: int, page: Page, form: Any, decide: Any) -> Response:
    note = str(form.get("note") or "").strip()
    if not note:
        return _respond(page, proposal_id, page._("Cần ghi lý do."), "note", 422)
    version = str(form.get("version") or "")
    try:
        decide(page.session, page.actor, proposal_id, note, version=int(version) if version.isdigit() else None)
        page.session.commit()
    except DomainError as exc:
        page.session.rollback()
        return _respond(page, proposal_id, _message(page, exc), exc.field, exc.kind.status)
    return _respond(page, proposal_id)


@router.post("/review/{proposal_id}/reject", response_class=HTMLResponse)
def reject(proposal_id: int, page: PageDep, form: FormDep) -> Response:
    return _decision(proposal_id, page, form, services.reject)


@router.post("/review/{proposal_id}/needs-info", response_class=HTMLResponse)
def needs_info(proposal_id: int, page: PageDep, form: FormDep) -> Response:
    return _decision(proposal_id, page, form, services.needs_info)


def _message(page: Page, exc: DomainError) -> str:
    return error_text(exc, page.lang) if isinstance(exc, Invalid) and exc.field else (
        exc.message_vi if page.lang == "vi" else exc.message_en)


def _edit_field(exc: DomainError) -> str | None:
    return f"edit.{exc.field}" if exc.field else None



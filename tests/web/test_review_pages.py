"""The review queue: evidence in context, and the decisions through plain posts and htmx."""

from __future__ import annotations

from sqlalchemy import select

from doingoai.accounts.security import Actor
from doingoai.documents.reading import read_bytes
from doingoai.documents.services import DocumentService
from doingoai.documents.storage import DocumentStore
from doingoai.partners.models import Partner
from doingoai.review import services as review
from doingoai.review.models import Proposal, ProposalKind, ProposalStatus
from tests.web.conftest import text_of

TEXT = ("Ngày 12/3/2025, đoàn công tác của tỉnh Chămpasắc (Lào) do đồng chí Phó Tỉnh trưởng dẫn đầu đã đến "
        "thăm và làm việc tại tỉnh Lâm Đồng. Cùng ngày, Tập đoàn Samsung (Hàn Quốc) đề xuất dự án đầu tư "
        "nhà máy với tổng vốn 120 triệu USD.")


def _span(word: str) -> list[int]:
    start = TEXT.index(word)
    return [start, start + len(word)]


# What the extraction reads in TEXT, written by hand (the public contract): the pages are tested
# on known proposals, whatever the pipeline's current rules find.
CONTRACT = {
    "source": "tin.txt", "province": None, "province_2025": None,
    "countries": [{"code": "LA", "name": "Lào", "mentions": [_span("Lào")]}],
    "foreign_localities": [{"name": "Chămpasắc", "country": "LA", "code": None, "mentions": [_span("Chămpasắc")]}],
    "organizations": [{"name": "Tập đoàn Samsung", "country": "KR", "kind": "company",
                       "mentions": [_span("Tập đoàn Samsung")]}],
    "delegations": [], "agreements": [], "investments": [], "events": [],
}


def _ingest(db, client, settings) -> list[Proposal]:  # type: ignore[no-untyped-def]
    actor = Actor.of(client.user)
    document, _ = DocumentService(db, actor, DocumentStore(settings.data_dir)).store_file(
        read_bytes(TEXT.encode(), "tin.txt"), kind="news", title="Tin làm việc với Chămpasắc")
    proposals = review.create_proposals(db, actor, document, CONTRACT)
    db.commit()
    assert len(proposals) == 2
    return proposals


def test_the_queue_shows_each_passage_in_context(officer_page, db, settings):
    proposals = _ingest(db, officer_page, settings)
    page = officer_page.get("/review")
    assert page.status_code == 200
    for p in proposals:
        assert f'id="proposal-{p.id}"' in page.text
        assert f"<mark>{p.quote}</mark>" in page.text
    assert "Tin làm việc với Chămpasắc" in page.text
    assert 'hx-post="/review/' in page.text  # the buttons work without a page reload when htmx runs


def test_approve_with_htmx_replaces_the_card_and_links_the_record(officer_page, db, settings):
    proposals = _ingest(db, officer_page, settings)
    partner = next(p for p in proposals if p.kind is ProposalKind.partner)
    refused = officer_page.post(f"/review/{partner.id}/approve", data={"version": "1"}, headers={"HX-Request": "true"})
    assert refused.status_code == 403  # no CSRF token
    card = officer_page.post(f"/review/{partner.id}/approve", headers={"HX-Request": "true", "X-CSRF-Token": officer_page.csrf},
                             data={"version": str(partner.version)})
    assert card.status_code == 200 and "<html" not in card.text  # a fragment: just the card
    assert "Đã duyệt" in card.text and 'href="/partners/' in card.text
    db.refresh(partner)
    assert partner.status is ProposalStatus.approved
    record_page = text_of(officer_page.get(f"/partners/{partner.record_id}").text)
    assert "Đoạn văn bản nguồn" in record_page and partner.quote in record_page


def test_approve_with_edits_and_decisions_that_need_a_note(officer_page, db, settings):
    proposals = _ingest(db, officer_page, settings)
    first, second = proposals[0], proposals[-1]
    no_note = officer_page.post(f"/review/{first.id}/reject", data={"csrf_token": officer_page.csrf, "version": "1"})
    assert no_note.status_code == 422 and "Cần ghi lý do." in no_note.text
    rejected = officer_page.post(f"/review/{first.id}/reject", data={"csrf_token": officer_page.csrf, "version": "1",
                                                                   "note": "Trùng lặp"})
    assert rejected.status_code == 303
    db.refresh(first)
    assert first.status is ProposalStatus.rejected and first.note == "Trùng lặp"
    asked = officer_page.post(f"/review/{second.id}/needs-info", headers={"HX-Request": "true"},
                              data={"csrf_token": officer_page.csrf, "version": "1", "note": "Cần rõ tên"})
    assert "Cần bổ sung thông tin" in asked.text
    late = officer_page.post(f"/review/{first.id}/approve", data={"csrf_token": officer_page.csrf, "version": "2"})
    assert late.status_code == 409 and "Không chuyển được trạng thái" in text_of(late.text)


def test_another_province_cannot_see_the_proposals(officer_page, browser_for, db, settings):
    proposals = _ingest(db, officer_page, settings)
    hanoi = browser_for("officer", "01")
    assert f'id="proposal-{proposals[0].id}"' not in hanoi.get("/review").text
    assert hanoi.get(f"/review/{proposals[0].id}").status_code == 403
    assert db.scalar(select(Proposal.status).where(Proposal.id == proposals[0].id)) is ProposalStatus.pending


def test_approve_with_edits(officer_page, db, settings):
    proposals = _ingest(db, officer_page, settings)
    samsung = next(p for p in proposals if "Samsung" in p.quote)
    form = officer_page.get(f"/review/{samsung.id}").text
    assert 'name="edit.name_vi" value="Tập đoàn Samsung"' in form
    done = officer_page.post(f"/review/{samsung.id}/approve", data={
        "csrf_token": officer_page.csrf, "version": "1", "edit.name_vi": "Tập đoàn Samsung Electronics"})
    assert done.status_code == 303
    db.refresh(samsung)
    assert db.get(Partner, samsung.record_id).name_vi == "Tập đoàn Samsung Electronics"

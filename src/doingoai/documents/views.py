"""Pages of the documents domain: the office's stored texts, uploading one (which proposes records
for review), reading its text, editing its description."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from doingoai.documents import schemas as s
from doingoai.documents.models import DocumentKind
from doingoai.documents.reading import read_bytes
from doingoai.documents.services import DocumentService
from doingoai.documents.storage import DocumentStore
from doingoai.errors import DomainError
from doingoai.web import i18n
from doingoai.web.forms import FormField
from doingoai.web.pages import FormDep, Page, PageDep
from doingoai.web.records import Column, RecordViews, optional_import

LABELS = {
    "kind": "Loại văn bản",
    "title": "Tiêu đề",
    "source_url": "Địa chỉ nguồn (http…)",
    "published_on": "Ngày ban hành, đăng",
    "notes": "Ghi chú",
    "filename": "Tên tệp",
    "size": "Dung lượng (byte)",
    "fulltext": "Tìm trong nội dung",
    "file": "Tệp văn bản",
}
ENUMS = {
    DocumentKind.report: "Báo cáo",
    DocumentKind.plan: "Kế hoạch",
    DocumentKind.news: "Tin bài",
    DocumentKind.minutes: "Biên bản",
    DocumentKind.agreement: "Thỏa thuận",
    DocumentKind.decision: "Quyết định",
    DocumentKind.other: "Khác",
}
i18n.add({
    "văn bản": "document", "Loại văn bản": "Kind of document", "Tiêu đề": "Title",
    "Địa chỉ nguồn (http…)": "Source address (http…)", "Ngày ban hành, đăng": "Published on",
    "Tên tệp": "File name", "Dung lượng (byte)": "Size (bytes)", "Tìm trong nội dung": "Search the text",
    "Tệp văn bản": "File", "Tin bài": "News", "Biên bản": "Minutes", "Quyết định": "Decision",
    "Tải lên văn bản": "Upload a document",
    "Tệp txt (UTF-8, UTF-16, Windows-1258), docx, pdf có chữ hoặc html. Hệ thống đọc văn bản và đề xuất các bản ghi để duyệt.":
        "A txt (UTF-8, UTF-16, Windows-1258), docx, pdf with text or html file. The system reads it and proposes records for review.",
    "Tải lên": "Upload", "Toàn văn": "Full text", "Tải tệp gốc": "Download the original",
    "Đề xuất từ văn bản này": "Proposals from this document", "Chọn một tệp.": "Choose a file.",
    "Văn bản này đã có trong hệ thống.": "This document is already stored.",
    "Đã lưu văn bản và tạo {n} đề xuất để duyệt.": "Document stored; {n} proposals created for review.",
})

document_views = RecordViews(
    DocumentService, domain="documents", prefix="/documents", create=s.DocumentFields, update=s.DocumentUpdate,
    query=s.DocumentQuery, title="Văn bản", one="văn bản", name=lambda d: d.title or d.filename, labels=LABELS,
    enums=ENUMS, creatable=False,
    columns=[Column("title", link=True, value=lambda d: d.title or d.filename), Column("kind"),
             Column("published_on"), Column("filename"), Column("created_at")],
    detail_extra=lambda page, doc: _detail(page, doc),
)
UPLOAD_FIELDS = [FormField("file", "file", "Tệp văn bản", True), *document_views.fields]


def _detail(page: Page, doc: Any) -> dict[str, Any]:
    proposals: list[Any] = []
    review = optional_import("doingoai.review.services", "list_proposals")
    query = optional_import("doingoai.review.schemas", "ProposalQuery")
    if review is not None and query is not None and page.actor is not None and page.actor.can_edit:
        proposals, _ = review(page.session, page.actor, query(document_id=doc.id, per_page=200))
    labels = optional_import("doingoai.review.views", "ENUMS") or {}
    return {"document_text": doc.text or "",
            "proposals": [(p, page._(labels.get(p.status, str(p.status)))) for p in proposals]}


def _upload_page(page: Page, values: dict[str, Any], errors: dict[str, str], message: str | None = None,
                 status: int = 200) -> HTMLResponse:
    fields = list(UPLOAD_FIELDS)
    if page.actor is not None and page.actor.is_ministry:
        fields.insert(0, document_views.province_field())
    choices = {f.name: document_views.choices(page, f) for f in fields if f.is_choice}
    return page.render("documents/upload.html", status=status, views=document_views, fields=fields,
                       values=values, errors=errors, message=message, choices=choices)


router = APIRouter(include_in_schema=False)


@router.get("/documents/new", response_class=HTMLResponse)
def upload_form(page: PageDep) -> Response:
    DocumentService(page.session, page.actor).require_edit()  # type: ignore[arg-type]
    return _upload_page(page, {"kind": "other"}, {})


@router.post("/documents/new", response_class=HTMLResponse)
def upload(page: PageDep, form: FormDep) -> Response:
    from doingoai.review import services as review
    from doingoai.web import forms

    fields = [f for f in UPLOAD_FIELDS if f.name != "file"]
    if page.actor is not None and page.actor.is_ministry:
        fields.insert(0, document_views.province_field())
    parsed = forms.parse(fields, form, page.lang)
    errors = dict(parsed.errors)
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        errors["file"] = page._("Chọn một tệp.")
    if errors:
        return _upload_page(page, parsed.raw, errors, status=422)
    settings = page.settings
    values = parsed.values
    try:
        data = file.file.read(settings.max_upload_mb * 1024 * 1024 + 1)  # type: ignore[union-attr]
        read = read_bytes(data, file.filename, max_mb=settings.max_upload_mb)  # type: ignore[union-attr]
        result = review.ingest(page.session, page.actor, read, DocumentStore(settings.data_dir),  # type: ignore[arg-type]
                               province_code=values.get("province_code"), kind=values.get("kind"),
                               title=values.get("title"), source_url=values.get("source_url"))
        page.session.commit()
    except DomainError as exc:
        page.session.rollback()
        message = exc.message_vi if page.lang == "vi" else exc.message_en
        if exc.field in ("file", *(f.name for f in fields)):
            errors[exc.field] = message
            return _upload_page(page, parsed.raw, errors, status=exc.kind.status)
        return _upload_page(page, parsed.raw, errors, message=message, status=exc.kind.status)
    return page.redirect(f"/documents/{result.document.id}", flash="created" if result.created else "saved")


router.include_router(document_views.router)

"""Pages of the agreements domain: international agreements, their parties, commitments and status."""

from __future__ import annotations

from fastapi import APIRouter

from doingoai.agreements import schemas as s
from doingoai.agreements.models import AgreementKind, AgreementStatus, CommitmentStatus, PartyRole, Side, SigningLevel
from doingoai.agreements.services import AgreementService
from doingoai.web import i18n
from doingoai.web.choices import LINKS, documents, partners, providers
from doingoai.web.records import Column, RecordViews

LABELS = {
    "kind": "Loại thỏa thuận",
    "title": "Tên thỏa thuận",
    "title_en": "Tên tiếng Anh",
    "number": "Số, ký hiệu",
    "signing_body": "Cơ quan ký",
    "signing_level": "Cấp ký",
    "responsible_body": "Cơ quan chịu trách nhiệm hiện nay",
    "responsible_since": "Chịu trách nhiệm từ ngày",
    "succession_notes": "Ghi chú kế thừa",
    "status": "Trạng thái",
    "signed_on": "Ngày ký",
    "effective_on": "Ngày có hiệu lực",
    "expires_on": "Ngày hết hiệu lực",
    "indefinite": "Vô thời hạn",
    "signed_place": "Nơi ký",
    "languages": "Ngôn ngữ văn bản (mã ISO 639)",
    "fields": "Lĩnh vực hợp tác",
    "legal_basis": "Căn cứ pháp lý",
    "summary": "Tóm tắt nội dung",
    "notes": "Ghi chú",
    "parties": "Các bên",
    "partner_id": "Đối tác",
    "name": "Tên",
    "country_code": "Quốc gia",
    "country": "Quốc gia",
    "role": "Vai trò",
    "signatories": "Người ký",
    "side": "Phía",
    "files": "Văn bản đính kèm",
    "document_id": "Văn bản lưu trữ",
    "label": "Nhãn",
    "commitments": "Cam kết, việc cần làm",
    "description": "Nội dung công việc",
    "responsible_department": "Đơn vị thực hiện",
    "due_on": "Hạn",
    "progress": "Tiến độ (%)",
    "done_on": "Ngày hoàn thành",
    "expiring_within_days": "Hết hạn trong (ngày)",
}
ENUMS = {
    AgreementKind.mou: "Bản ghi nhớ",
    AgreementKind.cooperation_agreement: "Thỏa thuận hợp tác",
    AgreementKind.twinning: "Thỏa thuận kết nghĩa",
    AgreementKind.other: "Khác",
    SigningLevel.province: "Cấp tỉnh",
    SigningLevel.department: "Sở, ban, ngành",
    SigningLevel.border_commune: "Xã biên giới",
    AgreementStatus.draft: "Dự thảo",
    AgreementStatus.consulting: "Đang lấy ý kiến",
    AgreementStatus.signed: "Đã ký",
    AgreementStatus.in_force: "Đang hiệu lực",
    AgreementStatus.suspended: "Tạm đình chỉ",
    AgreementStatus.expired: "Hết hiệu lực",
    AgreementStatus.terminated: "Chấm dứt",
    PartyRole.party: "Bên ký kết",
    PartyRole.witness: "Chứng kiến",
    PartyRole.sponsor: "Tài trợ",
    Side.vietnamese: "Phía Việt Nam",
    Side.foreign: "Phía nước ngoài",
    CommitmentStatus.open: "Chưa thực hiện",
    CommitmentStatus.in_progress: "Đang thực hiện",
    CommitmentStatus.done: "Đã xong",
    CommitmentStatus.cancelled: "Đã hủy",
}
i18n.add({
    "Thỏa thuận": "Agreements", "thỏa thuận": "agreement", "Loại thỏa thuận": "Kind of agreement",
    "Tên thỏa thuận": "Title", "Số, ký hiệu": "Number", "Cơ quan ký": "Signing body", "Cấp ký": "Signing level",
    "Cơ quan chịu trách nhiệm hiện nay": "Body now responsible", "Chịu trách nhiệm từ ngày": "Responsible since",
    "Ghi chú kế thừa": "Succession notes", "Ngày ký": "Signed on", "Ngày có hiệu lực": "In force from",
    "Ngày hết hiệu lực": "Expires on", "Vô thời hạn": "Indefinite", "Nơi ký": "Place of signature",
    "Ngôn ngữ văn bản (mã ISO 639)": "Languages of the text (ISO 639 codes)", "Căn cứ pháp lý": "Legal basis",
    "Tóm tắt nội dung": "Summary", "Các bên": "Parties", "Tên": "Name", "Vai trò": "Role", "Người ký": "Signatories",
    "Phía": "Side", "Văn bản đính kèm": "Attached documents", "Văn bản lưu trữ": "Stored document", "Nhãn": "Label",
    "Cam kết, việc cần làm": "Commitments", "Nội dung công việc": "Description", "Đơn vị thực hiện": "Responsible unit",
    "Hạn": "Due", "Tiến độ (%)": "Progress (%)", "Ngày hoàn thành": "Done on",
    "Hết hạn trong (ngày)": "Expiring within (days)",
    "Bản ghi nhớ": "Memorandum of understanding", "Thỏa thuận hợp tác": "Cooperation agreement",
    "Thỏa thuận kết nghĩa": "Twinning agreement", "Cấp tỉnh": "Province", "Sở, ban, ngành": "Department",
    "Xã biên giới": "Border commune", "Dự thảo": "Draft", "Đang lấy ý kiến": "Consulting", "Đã ký": "Signed",
    "Tạm đình chỉ": "Suspended", "Hết hiệu lực": "Expired", "Chấm dứt": "Terminated",
    "Bên ký kết": "Signing party", "Chứng kiến": "Witness", "Tài trợ": "Sponsor", "Phía Việt Nam": "Vietnamese side",
    "Phía nước ngoài": "Foreign side", "Chưa thực hiện": "Open", "Đang thực hiện": "In progress",
    "Đã xong": "Done", "Đã hủy": "Cancelled",
})

agreement_views = RecordViews(
    AgreementService, domain="agreements", prefix="/agreements", create=s.AgreementCreate, update=s.AgreementUpdate,
    query=s.AgreementQuery, status=s.AgreementStatusIn, title="Thỏa thuận", one="thỏa thuận",
    name=lambda a: a.title, labels=LABELS, enums=ENUMS,
    providers=providers(partner_id=partners, document_id=documents), links=LINKS,
    columns=[Column("title", link=True), Column("kind"), Column("status"), Column("signed_on"),
             Column("expires_on"), Column("parties", "Các bên", value=lambda a: ", ".join(p.name for p in a.parties))],
)

router = APIRouter(include_in_schema=False)
router.include_router(agreement_views.router)

"""Pages of the events domain: conferences, fairs, forums… with their organisers and outcomes."""

from __future__ import annotations

from fastapi import APIRouter

from doingoai.events import schemas as s
from doingoai.events.models import EventKind, EventStatus, OrganiserRole
from doingoai.events.services import EventService
from doingoai.web import i18n
from doingoai.web.choices import LINKS, agreements, partners, projects, providers
from doingoai.web.records import Column, RecordViews

LABELS = {
    "name": "Tên sự kiện",
    "name_en": "Tên tiếng Anh",
    "kind": "Loại sự kiện",
    "international": "Có yếu tố nước ngoài",
    "start_on": "Ngày bắt đầu",
    "end_on": "Ngày kết thúc",
    "place": "Địa điểm",
    "country_code": "Quốc gia tổ chức",
    "country": "Quốc gia tổ chức",
    "permit_number": "Số văn bản cho phép",
    "permit_date": "Ngày cho phép",
    "permit_issuer": "Cơ quan cho phép",
    "participants_count": "Số người tham dự",
    "status": "Trạng thái",
    "outcomes": "Kết quả",
    "notes": "Ghi chú",
    "organisers": "Đơn vị tổ chức",
    "organisers.name": "Tên đơn vị",
    "partner_id": "Đối tác",
    "role": "Vai trò",
    "outcome_links": "Kết quả liên quan",
    "agreement_id": "Thỏa thuận",
    "project_id": "Dự án",
    "note": "Ghi chú",
}
ENUMS = {
    EventKind.conference_seminar: "Hội nghị, hội thảo",
    EventKind.fair: "Hội chợ",
    EventKind.expo: "Triển lãm thương mại",
    EventKind.forum: "Diễn đàn",
    EventKind.festival: "Lễ hội",
    EventKind.meeting: "Gặp gỡ, tiếp xúc",
    EventKind.training: "Đào tạo, tập huấn",
    EventKind.exhibition: "Trưng bày",
    EventKind.other: "Khác",
    EventStatus.planned: "Dự kiến",
    EventStatus.held: "Đã tổ chức",
    EventStatus.cancelled: "Đã hủy",
    OrganiserRole.host: "Chủ trì",
    OrganiserRole.co_organiser: "Phối hợp",
    OrganiserRole.sponsor: "Tài trợ",
    OrganiserRole.participant: "Tham gia",
}
i18n.add({
    "sự kiện": "event", "Tên sự kiện": "Event", "Loại sự kiện": "Kind of event",
    "Có yếu tố nước ngoài": "International", "Quốc gia tổ chức": "Country held in",
    "Số văn bản cho phép": "Permit number", "Ngày cho phép": "Permit date", "Cơ quan cho phép": "Permit issued by",
    "Số người tham dự": "Participants", "Đơn vị tổ chức": "Organisers", "Tên đơn vị": "Organiser name",
    "Hội chợ": "Fair", "Triển lãm thương mại": "Trade expo", "Diễn đàn": "Forum", "Lễ hội": "Festival",
    "Gặp gỡ, tiếp xúc": "Meeting", "Trưng bày": "Exhibition", "Dự kiến": "Planned", "Đã tổ chức": "Held",
    "Chủ trì": "Host", "Phối hợp": "Co-organiser", "Tham gia": "Participant",
})

event_views = RecordViews(
    EventService, domain="events", prefix="/events", create=s.EventCreate, update=s.EventUpdate,
    query=s.EventQuery, title="Sự kiện", one="sự kiện", name=lambda e: e.name, labels=LABELS, enums=ENUMS,
    links=LINKS, providers=providers(partner_id=partners, agreement_id=agreements, project_id=projects),
    columns=[Column("name", link=True), Column("kind"), Column("status"), Column("start_on"), Column("place"),
             Column("participants_count")],
)

router = APIRouter(include_in_schema=False)
router.include_router(event_views.router)

"""Pages of the partners domain: partners, contact persons and the province's relations."""

from __future__ import annotations

from fastapi import APIRouter

from doingoai.partners import schemas as s
from doingoai.partners.models import PartnerKind, RelationKind, RelationStatus
from doingoai.partners.services import PartnerService, PersonService, RelationService
from doingoai.web import i18n
from doingoai.web.choices import LINKS, agreements, partners, providers
from doingoai.web.records import Column, RecordViews, Related

PARTNER_LABELS = {
    "kind": "Loại đối tác",
    "name_vi": "Tên tiếng Việt",
    "name_en": "Tên tiếng Anh",
    "name_original": "Tên nguyên bản",
    "short_name": "Tên viết tắt",
    "aliases": "Tên gọi khác",
    "country_code": "Quốc gia",
    "country": "Quốc gia",
    "subdivision_code": "Mã vùng (ISO 3166-2)",
    "city": "Thành phố",
    "reference_key": "Mã tổ chức tham chiếu",
    "iati_ref": "Mã tổ chức IATI",
    "website": "Trang web",
    "email": "Thư điện tử",
    "phone": "Điện thoại",
    "address": "Địa chỉ",
    "notes": "Ghi chú",
}
PERSON_LABELS = {
    "full_name": "Họ và tên",
    "name_original": "Tên nguyên bản",
    "country_code": "Quốc tịch",
    "country": "Quốc tịch",
    "email": "Thư điện tử",
    "phone": "Điện thoại",
    "notes": "Ghi chú",
    "positions": "Chức vụ",
    "partner_id": "Đối tác",
    "organisation": "Cơ quan (khi không phải đối tác)",
    "title": "Chức danh",
    "start_date": "Từ ngày",
    "end_date": "Đến ngày",
}
RELATION_LABELS = {
    "partner_id": "Đối tác",
    "kind": "Loại quan hệ",
    "status": "Trạng thái",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "agreement_id": "Thỏa thuận",
    "fields": "Lĩnh vực hợp tác",
    "notes": "Ghi chú",
    "country": "Quốc gia",
}
ENUMS = {
    PartnerKind.foreign_locality: "Địa phương nước ngoài",
    PartnerKind.embassy_consulate: "Đại sứ quán, lãnh sự quán",
    PartnerKind.international_org: "Tổ chức quốc tế",
    PartnerKind.foreign_ngo: "Tổ chức phi chính phủ nước ngoài",
    PartnerKind.company: "Doanh nghiệp",
    PartnerKind.vn_mission_abroad: "Cơ quan đại diện Việt Nam ở nước ngoài",
    PartnerKind.overseas_vietnamese: "Người Việt Nam ở nước ngoài",
    PartnerKind.other: "Khác",
    RelationKind.traditional_friendship: "Hữu nghị truyền thống",
    RelationKind.cooperation: "Hợp tác",
    RelationKind.twinning: "Kết nghĩa",
    RelationStatus.active: "Đang hiệu lực",
    RelationStatus.suspended: "Tạm dừng",
    RelationStatus.ended: "Đã chấm dứt",
}
i18n.add({
    "Đối tác": "Partners", "đối tác": "partner", "Cá nhân": "Persons", "cá nhân": "person",
    "Quan hệ": "Relations", "quan hệ": "relation",
    "Loại đối tác": "Kind of partner", "Tên tiếng Việt": "Vietnamese name", "Tên tiếng Anh": "English name",
    "Tên nguyên bản": "Original name", "Tên viết tắt": "Short name", "Tên gọi khác": "Other names",
    "Quốc gia": "Country", "Mã vùng (ISO 3166-2)": "Subdivision (ISO 3166-2)", "Thành phố": "City",
    "Mã tổ chức tham chiếu": "Reference organisation key", "Mã tổ chức IATI": "IATI organisation identifier",
    "Trang web": "Website", "Thư điện tử": "E-mail", "Điện thoại": "Phone", "Địa chỉ": "Address",
    "Ghi chú": "Notes", "Họ và tên": "Full name", "Quốc tịch": "Nationality", "Chức vụ": "Positions",
    "Cơ quan (khi không phải đối tác)": "Organisation (when not a partner)", "Chức danh": "Title",
    "Loại quan hệ": "Kind of relation", "Ngày bắt đầu": "Start date", "Ngày kết thúc": "End date",
    "Lĩnh vực hợp tác": "Fields of cooperation",
    "Địa phương nước ngoài": "Foreign locality", "Đại sứ quán, lãnh sự quán": "Embassy or consulate",
    "Tổ chức quốc tế": "International organisation", "Tổ chức phi chính phủ nước ngoài": "Foreign NGO",
    "Doanh nghiệp": "Company", "Cơ quan đại diện Việt Nam ở nước ngoài": "Vietnamese mission abroad",
    "Người Việt Nam ở nước ngoài": "Overseas Vietnamese", "Khác": "Other",
    "Hữu nghị truyền thống": "Traditional friendship", "Hợp tác": "Cooperation", "Kết nghĩa": "Twinning",
    "Đang hiệu lực": "Active", "Tạm dừng": "Suspended", "Đã chấm dứt": "Ended",
    "Quan hệ với đối tác": "Relations with this partner", "Người làm việc tại đối tác": "People at this partner",
    "Tên khác": "Also known as",
})

relation_views = RecordViews(
    RelationService, domain="partners", prefix="/relations", create=s.RelationCreate, update=s.RelationUpdate,
    query=s.RelationQuery, title="Quan hệ", one="quan hệ", name=lambda r: r.partner.name_vi,
    labels=RELATION_LABELS, enums=ENUMS,
    providers=providers(partner_id=partners, agreement_id=agreements), links=LINKS,
    columns=[Column("partner_id", "Đối tác", link=True, value=lambda r: r.partner.name_vi),
             Column("kind"), Column("status"), Column("start_date"), Column("end_date")],
    nav=False,
)
person_views = RecordViews(
    PersonService, domain="partners", prefix="/persons", create=s.PersonCreate, update=s.PersonUpdate,
    query=s.PersonQuery, title="Cá nhân", one="cá nhân", name=lambda p: p.full_name, labels=PERSON_LABELS,
    providers=providers(partner_id=partners), links=LINKS,
    columns=[Column("full_name", link=True), Column("country_code"), Column("email"), Column("phone")],
    nav=False,
)
partner_views = RecordViews(
    PartnerService, domain="partners", prefix="/partners", create=s.PartnerCreate, update=s.PartnerUpdate,
    query=s.PartnerQuery, title="Đối tác", one="đối tác", name=lambda p: p.name_vi, labels=PARTNER_LABELS,
    enums=ENUMS, nav=False,
    columns=[Column("name_vi", link=True), Column("short_name"), Column("kind"), Column("country_code"),
             Column("city")],
    related=[
        Related("Quan hệ với đối tác", views=relation_views,
                rows=lambda page, p: RelationService(page.session, page.actor).list(
                    s.RelationQuery(partner_id=p.id, per_page=50))[0],
                columns=[Column("kind", link=True), Column("status"), Column("start_date"), Column("end_date")],
                more=lambda p: f"/relations?partner_id={p.id}"),
        Related("Người làm việc tại đối tác", views=person_views,
                rows=lambda page, p: PersonService(page.session, page.actor).list(
                    s.PersonQuery(partner_id=p.id, per_page=50))[0],
                more=lambda p: f"/persons?partner_id={p.id}"),
    ],
)
RecordViews.set_tabs(partner_views, person_views, relation_views)

router = APIRouter(include_in_schema=False)
for views in (partner_views, person_views, relation_views):
    router.include_router(views.router)

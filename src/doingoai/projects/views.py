"""Pages of the projects domain: FDI, ODA and foreign NGO aid projects, their capital and status."""

from __future__ import annotations

from fastapi import APIRouter

from doingoai.projects import schemas as s
from doingoai.projects.models import ProjectKind, ProjectStatus, Sector
from doingoai.projects.services import ProjectService
from doingoai.web import i18n
from doingoai.web.choices import LINKS, agreements, partners, providers
from doingoai.web.records import Column, RecordViews

LABELS = {
    "kind": "Loại dự án",
    "name": "Tên dự án",
    "name_en": "Tên tiếng Anh",
    "code": "Mã dự án",
    "partner_id": "Nhà đầu tư, nhà tài trợ",
    "investor_name": "Tên nhà đầu tư, nhà tài trợ (khi chưa có hồ sơ đối tác)",
    "country_code": "Quốc gia",
    "country": "Quốc gia",
    "sector": "Lĩnh vực",
    "dac_code": "Mã mục đích DAC (5 chữ số)",
    "capital_amount": "Vốn đăng ký, giá trị",
    "currency": "Đơn vị tiền tệ (mã ISO 4217)",
    "usd_equivalent": "Vốn quy đổi USD",
    "disbursed_amount": "Đã giải ngân, thực hiện",
    "status": "Trạng thái",
    "proposed_on": "Ngày đề xuất",
    "approved_on": "Ngày cấp phép, phê duyệt",
    "start_on": "Ngày bắt đầu",
    "end_on": "Ngày kết thúc",
    "location": "Địa điểm",
    "commune": "Xã, phường",
    "implementing_agency": "Cơ quan thực hiện",
    "agreement_id": "Thỏa thuận",
    "notes": "Ghi chú",
}
ENUMS = {
    ProjectKind.fdi: "Đầu tư trực tiếp nước ngoài (FDI)",
    ProjectKind.oda: "ODA, vốn vay ưu đãi",
    ProjectKind.ngo_aid: "Viện trợ phi chính phủ nước ngoài",
    ProjectKind.other: "Khác",
    Sector.agriculture: "Nông, lâm, ngư nghiệp",
    Sector.industry: "Công nghiệp, xây dựng",
    Sector.energy: "Năng lượng",
    Sector.health: "Y tế",
    Sector.education: "Giáo dục, đào tạo",
    Sector.environment: "Môi trường, khí hậu",
    Sector.infrastructure: "Hạ tầng",
    Sector.tourism: "Du lịch",
    Sector.trade_services: "Thương mại, dịch vụ",
    Sector.governance: "Quản lý nhà nước",
    Sector.social: "An sinh, văn hóa, nhân đạo",
    ProjectStatus.proposed: "Đề xuất",
    ProjectStatus.licensed: "Đã cấp phép",
    ProjectStatus.committed: "Đã cam kết, phê duyệt",
    ProjectStatus.implementing: "Đang thực hiện",
    ProjectStatus.completed: "Hoàn thành",
    ProjectStatus.withdrawn: "Rút, chấm dứt",
}
i18n.add({
    "Dự án": "Projects", "dự án": "project", "Loại dự án": "Kind of project", "Tên dự án": "Project name",
    "Mã dự án": "Project code", "Nhà đầu tư, nhà tài trợ": "Investor or donor",
    "Tên nhà đầu tư, nhà tài trợ (khi chưa có hồ sơ đối tác)": "Investor or donor name (when not a partner record)",
    "Lĩnh vực": "Sector", "Mã mục đích DAC (5 chữ số)": "DAC purpose code (5 digits)",
    "Vốn đăng ký, giá trị": "Capital or value", "Đơn vị tiền tệ (mã ISO 4217)": "Currency (ISO 4217 code)",
    "Vốn quy đổi USD": "Capital in USD", "Đã giải ngân, thực hiện": "Disbursed so far",
    "Ngày đề xuất": "Proposed on", "Ngày cấp phép, phê duyệt": "Licensed or approved on", "Địa điểm": "Location",
    "Xã, phường": "Commune", "Cơ quan thực hiện": "Implementing agency",
    "Đầu tư trực tiếp nước ngoài (FDI)": "Foreign direct investment (FDI)", "ODA, vốn vay ưu đãi": "ODA and concessional loans",
    "Viện trợ phi chính phủ nước ngoài": "Foreign NGO aid", "Nông, lâm, ngư nghiệp": "Agriculture, forestry, fisheries",
    "Công nghiệp, xây dựng": "Industry, construction", "Năng lượng": "Energy", "Y tế": "Health",
    "Giáo dục, đào tạo": "Education, training", "Môi trường, khí hậu": "Environment, climate",
    "Hạ tầng": "Infrastructure", "Du lịch": "Tourism", "Thương mại, dịch vụ": "Trade, services",
    "Quản lý nhà nước": "Governance", "An sinh, văn hóa, nhân đạo": "Social, culture, humanitarian",
    "Đề xuất": "Proposed", "Đã cấp phép": "Licensed", "Đã cam kết, phê duyệt": "Committed or approved",
    "Đang thực hiện": "In progress", "Hoàn thành": "Completed", "Rút, chấm dứt": "Withdrawn or ended",
})

project_views = RecordViews(
    ProjectService, domain="projects", prefix="/projects", create=s.ProjectCreate, update=s.ProjectUpdate,
    query=s.ProjectQuery, status=s.ProjectStatusIn, title="Dự án", one="dự án", name=lambda p: p.name,
    labels=LABELS, enums=ENUMS, providers=providers(partner_id=partners, agreement_id=agreements), links=LINKS,
    money={"capital_amount": "currency", "disbursed_amount": "currency", "usd_equivalent": "USD"},
    columns=[Column("name", link=True), Column("kind"), Column("status"), Column("country_code"),
             Column("usd_equivalent"), Column("approved_on")],
)

router = APIRouter(include_in_schema=False)
router.include_router(project_views.router)

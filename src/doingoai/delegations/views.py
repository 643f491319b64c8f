"""Pages of the delegations domain: delegations out (đoàn ra) and in (đoàn vào), members, destinations."""

from __future__ import annotations

from fastapi import APIRouter

from doingoai.delegations import schemas as s
from doingoai.delegations.models import Direction, FundingSource, LeaderLevel, MemberRole, PassportType, Purpose
from doingoai.delegations.services import DelegationService
from doingoai.web import i18n
from doingoai.web.choices import LINKS, agreements, events, partners, persons, projects, providers
from doingoai.web.records import Column, RecordViews

LABELS = {
    "title": "Tên đoàn",
    "direction": "Chiều",
    "leader_name": "Trưởng đoàn",
    "leader_title": "Chức vụ trưởng đoàn",
    "leader_level": "Cấp trưởng đoàn",
    "level": "Cấp trưởng đoàn",
    "purpose": "Mục đích",
    "purpose_text": "Mục đích, nội dung chi tiết",
    "start_on": "Ngày đi, ngày đến",
    "end_on": "Ngày về, ngày rời",
    "approval_number": "Số quyết định cử đoàn, cho phép",
    "approval_date": "Ngày quyết định",
    "approver": "Cơ quan quyết định",
    "funding_source": "Nguồn kinh phí",
    "planned": "Trong kế hoạch",
    "plan_task_id": "Nhiệm vụ kế hoạch (mã)",
    "report_due_on": "Hạn báo cáo kết quả",
    "report_submitted_on": "Ngày nộp báo cáo",
    "outcomes": "Kết quả",
    "notes": "Ghi chú",
    "destinations": "Nơi đến, nơi đi",
    "country_code": "Quốc gia",
    "country": "Quốc gia",
    "locality": "Địa phương",
    "subdivision_code": "Mã vùng (ISO 3166-2)",
    "partner_id": "Đối tác",
    "host_name": "Cơ quan đón, cử đoàn",
    "members": "Thành viên đoàn",
    "full_name": "Họ và tên",
    "position": "Chức vụ, chức danh",
    "agency": "Cơ quan",
    "role": "Vai trò",
    "person_id": "Hồ sơ cá nhân",
    "passport_type": "Loại hộ chiếu",
    "outcome_links": "Kết quả liên quan",
    "agreement_id": "Thỏa thuận",
    "project_id": "Dự án",
    "event_id": "Sự kiện",
    "note": "Ghi chú",
    "member_count": "Số người",
}
ENUMS = {
    Direction.outbound: "Đoàn ra",
    Direction.inbound: "Đoàn vào",
    LeaderLevel.province_leader: "Lãnh đạo tỉnh",
    LeaderLevel.department: "Sở, ban, ngành",
    LeaderLevel.district_commune: "Cấp xã, phường",
    LeaderLevel.enterprise: "Doanh nghiệp",
    LeaderLevel.head_of_state_government: "Nguyên thủ, người đứng đầu Chính phủ",
    LeaderLevel.minister: "Bộ trưởng",
    LeaderLevel.provincial_governor: "Lãnh đạo địa phương nước ngoài",
    LeaderLevel.ambassador: "Đại sứ",
    LeaderLevel.organisation_head: "Người đứng đầu tổ chức",
    LeaderLevel.other: "Khác",
    Purpose.cooperation: "Hợp tác",
    Purpose.investment_trade_promotion: "Xúc tiến đầu tư, thương mại",
    Purpose.study_tour: "Khảo sát, học tập kinh nghiệm",
    Purpose.conference: "Hội nghị, hội thảo",
    Purpose.training: "Đào tạo, tập huấn",
    Purpose.friendship_exchange: "Giao lưu hữu nghị",
    FundingSource.state_budget: "Ngân sách nhà nước",
    FundingSource.partner: "Phía đối tác",
    FundingSource.mixed: "Hỗn hợp",
    MemberRole.head: "Trưởng đoàn",
    MemberRole.deputy: "Phó đoàn",
    MemberRole.member: "Thành viên",
    MemberRole.interpreter: "Phiên dịch",
    MemberRole.staff: "Phục vụ",
    MemberRole.guest: "Khách mời",
    PassportType.diplomatic: "Hộ chiếu ngoại giao",
    PassportType.official: "Hộ chiếu công vụ",
    PassportType.ordinary: "Hộ chiếu phổ thông",
}
i18n.add({
    "đoàn": "delegation", "Tên đoàn": "Delegation", "Chiều": "Direction", "Trưởng đoàn": "Head of delegation",
    "Chức vụ trưởng đoàn": "Head's position", "Cấp trưởng đoàn": "Head's level", "Mục đích": "Purpose",
    "Mục đích, nội dung chi tiết": "Purpose in detail", "Ngày đi, ngày đến": "Start date",
    "Ngày về, ngày rời": "End date", "Số quyết định cử đoàn, cho phép": "Approval decision number",
    "Ngày quyết định": "Decision date", "Cơ quan quyết định": "Approved by", "Nguồn kinh phí": "Funding",
    "Trong kế hoạch": "Planned", "Nhiệm vụ kế hoạch (mã)": "Plan task (id)",
    "Hạn báo cáo kết quả": "Report due", "Ngày nộp báo cáo": "Report submitted on", "Kết quả": "Outcomes",
    "Nơi đến, nơi đi": "Destinations or origins", "Địa phương": "Locality",
    "Cơ quan đón, cử đoàn": "Host or sending body", "Thành viên đoàn": "Members", "Thành viên": "Member",
    "Chức vụ, chức danh": "Position",
    "Cơ quan": "Agency", "Hồ sơ cá nhân": "Person record", "Loại hộ chiếu": "Passport",
    "Kết quả liên quan": "Outcome links", "Sự kiện": "Events", "Số người": "People",
    "Lãnh đạo tỉnh": "Province leaders", "Cấp xã, phường": "Commune level",
    "Nguyên thủ, người đứng đầu Chính phủ": "Head of state or government", "Bộ trưởng": "Minister",
    "Lãnh đạo địa phương nước ngoài": "Leader of a foreign locality", "Đại sứ": "Ambassador",
    "Người đứng đầu tổ chức": "Head of an organisation", "Xúc tiến đầu tư, thương mại": "Investment and trade promotion",
    "Khảo sát, học tập kinh nghiệm": "Study tour", "Hội nghị, hội thảo": "Conference or seminar",
    "Đào tạo, tập huấn": "Training", "Giao lưu hữu nghị": "Friendship exchange",
    "Ngân sách nhà nước": "State budget", "Phía đối tác": "Partner", "Hỗn hợp": "Mixed", "Phó đoàn": "Deputy head",
    "Phiên dịch": "Interpreter", "Phục vụ": "Staff", "Khách mời": "Guest",
    "Hộ chiếu ngoại giao": "Diplomatic passport", "Hộ chiếu công vụ": "Official passport",
    "Hộ chiếu phổ thông": "Ordinary passport",
})

delegation_views = RecordViews(
    DelegationService, domain="delegations", prefix="/delegations", create=s.DelegationCreate,
    update=s.DelegationUpdate, query=s.DelegationQuery, title="Đoàn ra, đoàn vào", one="đoàn",
    name=lambda d: d.title, labels=LABELS, enums=ENUMS, links=LINKS,
    providers=providers(partner_id=partners, person_id=persons, agreement_id=agreements, project_id=projects,
                        event_id=events),
    columns=[Column("title", link=True), Column("direction"), Column("leader_level"), Column("start_on"),
             Column("end_on"), Column("member_count", "Số người")],
)

router = APIRouter(include_in_schema=False)
router.include_router(delegation_views.router)

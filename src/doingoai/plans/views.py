"""Pages of the plans domain: the annual foreign-affairs plan, its task groups and tasks, progress."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from doingoai.plans import schemas as s
from doingoai.plans.models import PlanStatus, TaskStatus
from doingoai.plans.services import PlanService
from doingoai.web import i18n
from doingoai.web.format import vn_date
from doingoai.web.pages import Page
from doingoai.web.records import Column, RecordViews

LABELS = {
    "title": "Tên kế hoạch",
    "year": "Năm",
    "start_on": "Từ ngày",
    "end_on": "Đến ngày",
    "number": "Số kế hoạch, quyết định",
    "approved_on": "Ngày phê duyệt",
    "status": "Trạng thái",
    "notes": "Ghi chú",
    "groups": "Nhóm nhiệm vụ",
    "groups.title": "Tên nhóm",
    "order": "Thứ tự",
}
ENUMS = {
    PlanStatus.draft: "Dự thảo",
    PlanStatus.approved: "Đã phê duyệt",
    PlanStatus.closed: "Đã kết thúc",
    TaskStatus.not_started: "Chưa bắt đầu",
    TaskStatus.in_progress: "Đang thực hiện",
    TaskStatus.done: "Đã xong",
    TaskStatus.cancelled: "Đã hủy",
}
i18n.add({
    "kế hoạch": "plan", "Tên kế hoạch": "Plan", "Năm": "Year", "Số kế hoạch, quyết định": "Number",
    "Ngày phê duyệt": "Approved on", "Nhóm nhiệm vụ": "Task groups", "Tên nhóm": "Group", "Thứ tự": "Order",
    "Đã phê duyệt": "Approved", "Đã kết thúc": "Closed", "Chưa bắt đầu": "Not started",
    "Nhiệm vụ": "Tasks", "Tiến độ chung": "Overall progress", "Đơn vị chủ trì": "Responsible",
    "Thời hạn": "Deadline", "Tiến độ": "Progress", "Quá hạn": "Overdue",
})


def plan_tasks(page: Page, plan: Any) -> dict[str, Any]:
    """The plan's groups with their tasks and the progress roll-up (read-only on the page)."""
    progress = PlanService(page.session, page.actor).progress(plan.id)  # type: ignore[arg-type]
    by_group = {g["id"]: g for g in progress["groups"]}
    groups = []
    for group in plan.groups:
        groups.append({
            "title": group.title, "progress": by_group.get(group.id, {}).get("progress"),
            "tasks": [{"title": t.title, "responsible": t.responsible or "", "deadline": vn_date(t.deadline),
                       "status": page._(ENUMS.get(t.status, str(t.status))), "progress": t.progress}
                      for t in group.tasks],
        })
    return {"plan_progress": progress.get("progress"), "plan_groups": groups}


plan_views = RecordViews(
    PlanService, domain="plans", prefix="/plans", create=s.PlanCreate, update=s.PlanUpdate, query=s.PlanQuery,
    title="Kế hoạch", one="kế hoạch", name=lambda p: p.title, labels=LABELS, enums=ENUMS,
    columns=[Column("title", link=True), Column("year"), Column("status"), Column("approved_on")],
    detail_extra=plan_tasks,
)

router = APIRouter(include_in_schema=False)
router.include_router(plan_views.router)

"""Plans: status transitions, task rules, the progress roll-up, and the delegations carrying tasks out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, select

from doingoai.core.models import Base
from doingoai.core.schemas import ListQuery
from doingoai.core.services import RecordService, check_order, check_reference
from doingoai.errors import DomainError, Invalid
from doingoai.plans.models import Plan, PlanStatus, PlanTask, TaskGroup, TaskStatus, rollup
from doingoai.plans.schemas import PlanQuery

# draft → approved → closed; an approved plan may go back to draft for rework, a closed one be reopened.
TRANSITIONS: dict[PlanStatus, frozenset[PlanStatus]] = {
    PlanStatus.draft: frozenset({PlanStatus.approved}),
    PlanStatus.approved: frozenset({PlanStatus.draft, PlanStatus.closed}),
    PlanStatus.closed: frozenset({PlanStatus.approved}),
}
_TARGETS = (("event_id", "events"), ("agreement_id", "agreements"), ("project_id", "projects"))


class PlanService(RecordService[Plan]):
    model = Plan
    entity = "plan"
    label_vi = "kế hoạch"
    search_fields = ("title", "number", "notes")
    sort_fields = ("id", "year", "title", "status", "approved_on", "created_at", "updated_at")
    default_sort = "-year"
    children = {"groups": TaskGroup}
    equal_filters = {"year": "year", "status": "status"}

    # ----------------------------------------------------------------- reads
    def filter(self, stmt: Select[tuple[Plan]], query: PlanQuery) -> Select[tuple[Plan]]:  # type: ignore[override]
        # The period filter: a plan is in the period when its year is.
        if query.date_from:
            stmt = stmt.where(Plan.year >= query.date_from.year)
        if query.date_to:
            stmt = stmt.where(Plan.year <= query.date_to.year)
        return stmt

    def get(self, record_id: int) -> Plan:
        plan = super().get(record_id)
        self._attach_delegations([plan])
        return plan

    def list(self, query: ListQuery) -> tuple[Sequence[Plan], int]:
        rows, total = super().list(query)
        self._attach_delegations(rows)
        return rows, total

    def _attach_delegations(self, plans: Sequence[Plan]) -> None:
        """Each task's `delegation_ids`: the delegations naming it as the plan item they carry out.
        Read by table name (delegations is another domain), one query for the whole page."""
        if not plans:
            return
        d = Base.metadata.tables["delegations"]
        stmt = (select(d.c.plan_task_id, d.c.id)
                .join(PlanTask, PlanTask.id == d.c.plan_task_id)
                .join(TaskGroup, TaskGroup.id == PlanTask.group_id)
                .where(TaskGroup.plan_id.in_([p.id for p in plans]))
                .order_by(d.c.id))
        if not self.actor.can_read_restricted:
            stmt = stmt.where(d.c.restricted.is_(False))
        found: dict[int, list[int]] = defaultdict(list)
        for task_id, delegation_id in self.session.execute(stmt):
            found[task_id].append(delegation_id)
        for plan in plans:
            for task in plan.tasks:
                task.delegation_ids = found.get(task.id, [])

    def progress(self, plan_id: int) -> dict[str, Any]:
        """The roll-up of one plan, as a whole and by group."""
        plan = self.get(plan_id)
        whole = rollup(plan.tasks)
        return {
            "plan_id": plan.id,
            **whole,
            "groups": [{"id": g.id, "title": g.title, "order": g.order, **rollup(g.tasks)} for g in plan.groups],
        }

    # ---------------------------------------------------------------- writes
    def apply(self, obj: Plan, values: dict[str, Any]) -> None:
        before = obj.status  # None while the plan is being created: any status may be imported
        super().apply(obj, values)
        if before is not None and obj.status is not None:
            old, new = PlanStatus(before), PlanStatus(obj.status)
            if new != old and new not in TRANSITIONS[old]:
                raise DomainError("invalid_transition", field="status", current=old.value, target=new.value)

    def search_values(self, obj: Plan) -> Iterable[str | None]:
        yield from super().search_values(obj)
        for group in obj.groups:
            yield group.title
            for task in group.tasks:
                yield task.title
                yield task.responsible

    def check(self, obj: Plan) -> None:
        check_order(obj, "start_on", "end_on")
        if obj.start_on is not None and obj.start_on.year > obj.year:
            raise Invalid("start_on", f"kế hoạch năm {obj.year} không thể bắt đầu sau năm đó",
                          f"a {obj.year} plan cannot start after that year")
        if obj.end_on is not None and obj.end_on.year < obj.year:
            raise Invalid("end_on", f"kế hoạch năm {obj.year} không thể kết thúc trước năm đó",
                          f"a {obj.year} plan cannot end before that year")
        if PlanStatus(obj.status or PlanStatus.draft) is not PlanStatus.draft and obj.approved_on is None:
            raise Invalid("approved_on", "kế hoạch đã phê duyệt phải có ngày phê duyệt",
                          "an approved plan needs its approval date")
        for g, group in enumerate(obj.groups):
            for t, task in enumerate(group.tasks):
                self._check_task(obj, task, f"groups.{g}.tasks.{t}")

    def _check_task(self, plan: Plan, task: PlanTask, path: str) -> None:
        status = TaskStatus(task.status or TaskStatus.not_started)
        progress = task.progress or 0
        if status is TaskStatus.done and progress != 100:
            raise Invalid(f"{path}.progress", "nhiệm vụ đã hoàn thành có tiến độ 100",
                          "a done task is at 100% progress")
        if status is TaskStatus.not_started and progress != 0:
            raise Invalid(f"{path}.progress", "nhiệm vụ chưa bắt đầu có tiến độ 0",
                          "a task not started is at 0% progress")
        for field, table in _TARGETS:
            check_reference(self.session, table, getattr(task, field), plan.province_code, f"{path}.{field}")

"""The annual foreign-affairs plan: Plan → task groups → tasks.

A task's status is stored (the responsible officer sets it); whether it is *overdue* is derived
from its deadline and today, never stored, so it cannot go stale. The plan's progress is the mean
of its tasks' progress, cancelled tasks left out (a task dropped from the plan is not work undone).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from doingoai.core.models import Base, ChildMixin, RecordMixin, enum_column


class PlanStatus(enum.StrEnum):
    draft = "draft"
    approved = "approved"
    closed = "closed"


class TaskStatus(enum.StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"


def task_overdue(deadline: date | None, status: TaskStatus | str, today: date | None = None) -> bool:
    """Past its deadline and neither done nor cancelled."""
    if deadline is None or TaskStatus(status) in (TaskStatus.done, TaskStatus.cancelled):
        return False
    return deadline < (today or date.today())


def rollup(tasks: Iterable[Any], today: date | None = None) -> dict[str, Any]:
    """Progress (mean of the non-cancelled tasks' progress, one decimal; None without such tasks)
    and the number of tasks by status, plus `overdue` (which overlaps the statuses)."""
    tasks = list(tasks)
    counts = {s.value: 0 for s in TaskStatus} | {"overdue": 0}
    for task in tasks:
        counts[TaskStatus(task.status).value] += 1
        counts["overdue"] += task_overdue(task.deadline, task.status, today)
    live = [t.progress or 0 for t in tasks if TaskStatus(t.status) is not TaskStatus.cancelled]
    progress = round(sum(live) / len(live), 1) if live else None
    return {"progress": progress, "task_total": len(tasks), "task_counts": counts}


class Plan(RecordMixin, Base):
    __tablename__ = "plans"

    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int] = mapped_column(Integer, index=True)
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    number: Mapped[str | None] = mapped_column(String(60))  # số hiệu kế hoạch / quyết định phê duyệt
    approved_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = enum_column(PlanStatus, default=PlanStatus.draft)
    notes: Mapped[str | None] = mapped_column(Text)

    groups: Mapped[list[TaskGroup]] = relationship(
        cascade="all, delete-orphan", order_by="(TaskGroup.order, TaskGroup.id)", lazy="selectin")

    @property
    def tasks(self) -> list[PlanTask]:
        return [task for group in self.groups for task in group.tasks]

    @property
    def progress(self) -> float | None:
        return rollup(self.tasks)["progress"]

    @property
    def task_counts(self) -> dict[str, int]:
        return rollup(self.tasks)["task_counts"]


class TaskGroup(ChildMixin, Base):
    __tablename__ = "plan_task_groups"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    tasks: Mapped[list[PlanTask]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="(PlanTask.order, PlanTask.id)",
        lazy="selectin")

    @property
    def progress(self) -> float | None:
        return rollup(self.tasks)["progress"]


class PlanTask(ChildMixin, Base):
    __tablename__ = "plan_tasks"

    group_id: Mapped[int] = mapped_column(ForeignKey("plan_task_groups.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    responsible: Mapped[str | None] = mapped_column(String(300))  # đơn vị chủ trì
    deadline: Mapped[date | None] = mapped_column(Date)
    status: Mapped[TaskStatus] = enum_column(TaskStatus, default=TaskStatus.not_started)
    progress: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The record that carries the task out, by table name (other domains are not imported).
    # Delegations are the exception: a delegation names the task it carries out
    # (delegations.plan_task_id, several trips may serve one task); the service reads them back.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    group: Mapped[TaskGroup] = relationship(back_populates="tasks")

    # Filled by PlanService from delegations.plan_task_id (read back, not a column here).
    delegation_ids: Sequence[int] = ()

    @property
    def overdue(self) -> bool:
        return task_overdue(self.deadline, self.status)

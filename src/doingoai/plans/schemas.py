from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from doingoai.core.schemas import (
    ChildPublic,
    Count,
    ListQuery,
    Progress,
    RecordCreate,
    RecordPublic,
    Strict,
    Text,
    make_update_schema,
)
from doingoai.plans.models import PlanStatus, TaskStatus

Title = Annotated[str, StringConstraints(min_length=1, max_length=500)]
DocNumber = Annotated[str, StringConstraints(max_length=60)]
RowId = Annotated[int, Field(ge=1)]
Year = Annotated[int, Field(ge=1945, le=2100)]


class TaskIn(Strict):
    id: RowId | None = None
    title: Title
    order: Count = 0
    responsible: Annotated[str, StringConstraints(max_length=300)] | None = Field(None, description="Đơn vị chủ trì")
    deadline: date | None = None
    status: TaskStatus = TaskStatus.not_started
    progress: Progress = 0
    event_id: RowId | None = None
    agreement_id: RowId | None = None
    project_id: RowId | None = None
    notes: Text | None = None


class TaskPublic(ChildPublic):
    title: str
    order: int
    responsible: str | None
    deadline: date | None
    status: TaskStatus
    overdue: bool = Field(description="Past its deadline, neither done nor cancelled (derived from today)")
    progress: int
    event_id: int | None
    agreement_id: int | None
    project_id: int | None
    delegation_ids: list[int] = Field(description="Delegations that name this task (delegations.plan_task_id)")
    notes: str | None


class TaskGroupIn(Strict):
    id: RowId | None = None
    title: Title
    order: Count = 0
    tasks: Annotated[list[TaskIn], Field(max_length=500)] = []


class TaskGroupPublic(ChildPublic):
    title: str
    order: int
    progress: float | None
    tasks: list[TaskPublic]


class PlanCreate(RecordCreate):
    title: Title
    year: Year
    start_on: date | None = None
    end_on: date | None = None
    number: DocNumber | None = Field(None, description="Number of the plan or of its approval decision")
    approved_on: date | None = None
    status: PlanStatus = PlanStatus.draft
    notes: Text | None = None
    groups: Annotated[list[TaskGroupIn], Field(max_length=100)] = []


PlanUpdate = make_update_schema(PlanCreate, "PlanUpdate")


class TaskCounts(BaseModel):
    not_started: int
    in_progress: int
    done: int
    cancelled: int
    overdue: int = Field(description="Overlaps the statuses: not_started or in_progress tasks past their deadline")


class PlanPublic(RecordPublic):
    title: str
    year: int
    start_on: date | None
    end_on: date | None
    number: str | None
    approved_on: date | None
    status: PlanStatus
    notes: str | None
    progress: float | None = Field(description="Mean progress of the non-cancelled tasks, 0–100; null without tasks")
    task_counts: TaskCounts
    groups: list[TaskGroupPublic]


class PlanQuery(ListQuery):
    year: Year | None = None
    status: PlanStatus | None = None


class GroupProgress(BaseModel):
    id: int
    title: str
    order: int
    progress: float | None
    task_total: int
    task_counts: TaskCounts


class PlanProgress(BaseModel):
    plan_id: int
    progress: float | None
    task_total: int
    task_counts: TaskCounts
    groups: list[GroupProgress]

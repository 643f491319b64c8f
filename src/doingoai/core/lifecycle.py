"""Status lifecycles: records whose status moves only along allowed paths, with a history of the moves.

A record with a lifecycle (an agreement: draft → consulting → signed → in force → expired…, a
project: proposed → licensed → implementing → completed…) keeps `status` out of its PATCH schema.
The status moves only through `LifecycleService.change_status`, behind a `POST …/{id}/status`
route. The move is checked against the record's `next_statuses` (the domain writes its allowed
moves next to its status enum in `models.py`), refused with 409 `invalid_transition` otherwise;
the record's rules run on the new state; a row is added to the record's status history (written
here, never by the client) and the move is audited with the transition in `changes`:
`{"status": ["signed", "in_force"], "on": "2024-05-01", "note": "…"}`.

A domain uses it with:
- a child model `class XStatusChange(StatusChangeMixin, Base)` with the parent's foreign key,
  and a relationship `status_history` on the record (`cascade="all, delete-orphan"`, ordered by
  `XStatusChange.id`: the order the moves were made in);
- a property `next_statuses` on the record model: the statuses it may move to now;
- a service subclassing `LifecycleService`, naming `history_model` and optionally overriding
  `status_date` (the record date a move defaults to: signed_on for "signed"…);
- an input schema subclassing `StatusChangeIn` with `status: TheDomainStatus`.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, Field
from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column
from sqlalchemy.orm.exc import StaleDataError

from doingoai.audit import services as audit
from doingoai.core.models import Base, ChildMixin, utcnow
from doingoai.core.schemas import ChildPublic, Strict
from doingoai.core.schemas import Text as TextField
from doingoai.core.services import RecordService
from doingoai.errors import DomainError, Invalid

M = TypeVar("M", bound=Base)


class StatusChangeMixin(ChildMixin):
    """One move of a record's status: from → to, on a date, with a note and who recorded it."""

    # None on the first row: the status the record was entered with, dated by the record's own date
    # for it if known (signed_on, proposed_on…), else the day it was entered.
    from_status: Mapped[str | None] = mapped_column(String(40))
    to_status: Mapped[str] = mapped_column(String(40))
    on: Mapped[date] = mapped_column("changed_on", Date)  # when it happened (a date the user gives)
    note: Mapped[str | None] = mapped_column(Text)
    changed_by_name: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)  # when it was entered

    @declared_attr
    def changed_by_id(cls) -> Mapped[int | None]:  # noqa: N805 - declared_attr receives the class
        return mapped_column(ForeignKey("users.id", ondelete="SET NULL"), nullable=True)


class StatusChangeIn(Strict):
    """Body of `POST …/{id}/status`. Domains subclass it to type `status` with their enum."""

    status: Enum
    on: date | None = Field(None, description="When the change happened, not in the future nor before the previous "
                                              "change; defaults to the record's own date for that status "
                                              "(e.g. signed_on) when that fits, else today.")
    note: TextField | None = None
    version: int = Field(ge=1, description="The version you read; a newer one gives 409")


class StatusChangePublic(ChildPublic):
    from_status: str | None
    to_status: str
    on: date
    note: str | None
    changed_by_name: str
    recorded_at: datetime


class LifecycleService(RecordService[M]):
    history_model: ClassVar[type[Any]]
    history_relation: ClassVar[str] = "status_history"

    def status_date(self, obj: M, status: Any) -> date | None:
        """The record's own date for a status (signed_on for "signed"…), the default date of a move."""
        return None

    def next_statuses(self, obj: M) -> tuple[Any, ...]:
        return tuple(obj.next_statuses)  # type: ignore[attr-defined]

    def create(self, data: BaseModel, *, source: dict[str, Any] | None = None) -> M:
        obj = super().create(data, source=source)
        on = self._default_date(obj, obj.status, None)  # type: ignore[attr-defined]
        self._add_history(obj, None, obj.status, on, None)  # type: ignore[attr-defined]
        self.session.flush()
        return obj

    def change_status(self, record_id: int, data: StatusChangeIn, *, source: dict[str, Any] | None = None) -> M:
        obj = self.get(record_id)
        self.require_edit(obj.province_code)
        if data.version != obj.version:
            raise DomainError("conflict_version", field="version", current=obj.version, sent=data.version)
        current, target = obj.status, data.status  # type: ignore[attr-defined]
        if target not in self.next_statuses(obj):
            raise DomainError("invalid_transition", field="status", current=_value(current), target=_value(target))
        obj.status = target  # type: ignore[attr-defined]
        try:
            self._finish(obj)  # the record's rules on its new state (a signed agreement needs signed_on…)
            on = self._move_date(obj, target, data.on)
        except DomainError:
            obj.status = current  # type: ignore[attr-defined]  # a caller that goes on with the session sees no change
            raise
        self._add_history(obj, current, target, on, data.note)
        try:
            self.session.flush()
        except StaleDataError as exc:
            raise DomainError("conflict_version", field="version", current="?", sent=data.version) from exc
        audit.record(self.session, self.actor, "status", self.entity, obj.id, obj.province_code,
                     {"status": [_value(current), _value(target)], "on": on, "note": data.note}, source)
        return obj

    def _move_date(self, obj: M, target: Any, given: date | None) -> date:
        # The first row only says what status the record was entered with; the moves after it must
        # be in date order (a record registered today may well have been licensed years ago).
        moves = [h for h in getattr(obj, self.history_relation) if h.from_status is not None]
        last = moves[-1].on if moves else None
        on = given or self._default_date(obj, target, last)
        if on > date.today():
            raise Invalid("on", "không được ở tương lai", "cannot be in the future")
        if last is not None and on < last:
            raise Invalid("on", f"phải sau hoặc bằng ngày của lần chuyển trước ({last:%d/%m/%Y})",
                          f"must be on or after the previous change ({last.isoformat()})")
        return on

    def _default_date(self, obj: M, target: Any, last: date | None) -> date:
        """The record's own date for the new status, unless it is missing, in the future or before
        the previous change (back in force after a suspension is not the effective date): then today."""
        today = date.today()
        own = self.status_date(obj, target)
        if own is None or own > today or (last is not None and own < last):
            return today
        return own

    def _add_history(self, obj: M, current: Any, target: Any, on: date, note: str | None) -> None:
        getattr(obj, self.history_relation).append(self.history_model(
            from_status=None if current is None else _value(current), to_status=_value(target), on=on, note=note,
            changed_by_id=self.actor.user_id, changed_by_name=self.actor.username,
        ))


def _value(status: Any) -> Any:
    return status.value if isinstance(status, Enum) else status

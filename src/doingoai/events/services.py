"""Events: the rules beyond the generic record service."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import Select, exists

from doingoai.core.services import RecordService, check_order, check_reference, linked_labels
from doingoai.errors import Invalid
from doingoai.events.models import Event, EventOutcomeLink, EventStatus, Organiser
from doingoai.events.schemas import EventQuery

_TARGETS = (("agreement_id", "agreements"), ("project_id", "projects"))
PARTNER_NAMES = ("name_vi", "name_en", "short_name")


class EventService(RecordService[Event]):
    model = Event
    entity = "event"
    label_vi = "sự kiện"
    search_fields = ("name", "name_en", "place", "permit_number")
    date_field = "start_on"
    sort_fields = ("id", "start_on", "name", "kind", "status", "participants_count", "created_at", "updated_at")
    default_sort = "-start_on"
    children = {"organisers": Organiser, "outcome_links": EventOutcomeLink}
    equal_filters = {"kind": "kind", "status": "status", "country": "country_code"}

    def filter(self, stmt: Select[tuple[Event]], query: EventQuery) -> Select[tuple[Event]]:  # type: ignore[override]
        if query.international is not None:
            stmt = stmt.where(Event.international.is_(query.international))
        if query.partner_id:
            stmt = stmt.where(exists().where(Organiser.event_id == Event.id, Organiser.partner_id == query.partner_id))
        return stmt

    def search_values(self, obj: Event) -> Iterable[str | None]:
        yield from super().search_values(obj)
        for organiser in obj.organisers:
            yield organiser.name
        yield from linked_labels(self.session, "partners", [o.partner_id for o in obj.organisers], PARTNER_NAMES)

    def check(self, obj: Event) -> None:
        check_order(obj, "start_on", "end_on")
        if obj.permit_date is not None and obj.start_on is not None and obj.permit_date > obj.start_on:
            raise Invalid("permit_date", f"giấy phép phải có trước ngày khai mạc ({obj.start_on:%d/%m/%Y})",
                          f"the permit comes before the opening day ({obj.start_on.isoformat()})")
        if obj.status == EventStatus.held and obj.start_on > date.today():
            raise Invalid("status", "sự kiện chưa diễn ra thì chưa thể là 'đã tổ chức'",
                          "an event that has not started yet cannot be 'held'")
        if obj.country_code != "VN" and not obj.international:
            raise Invalid("international", "sự kiện tổ chức ở nước ngoài là sự kiện quốc tế",
                          "an event held abroad is international")
        for i, organiser in enumerate(obj.organisers):
            if not organiser.name and organiser.partner_id is None:
                raise Invalid(f"organisers.{i}.name", "cần tên hoặc partner_id", "needs a name or a partner_id")
            check_reference(self.session, "partners", organiser.partner_id, obj.province_code,
                            f"organisers.{i}.partner_id")
        for i, link in enumerate(obj.outcome_links):
            if sum(getattr(link, field) is not None for field, _ in _TARGETS) != 1:
                raise Invalid(f"outcome_links.{i}", "cần đúng một trong agreement_id, project_id",
                              "needs exactly one of agreement_id, project_id")
            for field, table in _TARGETS:
                check_reference(self.session, table, getattr(link, field), obj.province_code,
                                f"outcome_links.{i}.{field}")

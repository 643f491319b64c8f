"""Partners, persons and relations: the rules beyond the generic record service."""

from __future__ import annotations

from collections.abc import Iterable
from sqlalchemy import Select, exists, select

from doingoai.core.services import RecordService, check_order, check_reference
from doingoai.errors import Invalid
from doingoai.partners.models import Partner, PartnerKind, Person, Position, Relation
from doingoai.partners.schemas import PersonQuery, RelationQuery

class PartnerService(RecordService[Partner]):
    model = Partner
    entity = "partner"
    label_vi = "đối tác"
    search_fields = ("name_vi", "name_en", "name_original", "short_name", "city")
    sort_fields = ("id", "name_vi", "country_code", "kind", "created_at", "updated_at")
    default_sort = "name_vi"
    equal_filters = {"kind": "kind", "country": "country_code"}

    def search_values(self, obj: Partner) -> Iterable[str | None]:
        yield from super().search_values(obj)
        yield from obj.aliases or []

    def check(self, obj: Partner) -> None:
        if obj.subdivision_code and obj.country_code and not obj.subdivision_code.startswith(obj.country_code + "-"):
            raise Invalid("subdivision_code", f"không thuộc quốc gia {obj.country_code}",
                          f"is not a subdivision of {obj.country_code}")
        if obj.kind in (PartnerKind.foreign_locality, PartnerKind.embassy_consulate) and not obj.country_code:
            raise Invalid("country_code", "bắt buộc với địa phương nước ngoài và cơ quan đại diện",
                          "required for foreign localities and embassies")


class PersonService(RecordService[Person]):
    model = Person
    entity = "person"
    label_vi = "cá nhân"
    search_fields = ("full_name", "name_original", "email")
    sort_fields = ("id", "full_name", "created_at", "updated_at")
    default_sort = "full_name"
    children = {"positions": Position}
    equal_filters = {"country": "country_code"}

    def filter(self, stmt: Select[tuple[Person]], query: PersonQuery) -> Select[tuple[Person]]:  # type: ignore[override]
        if query.partner_id:
            stmt = stmt.where(exists().where(Position.person_id == Person.id, Position.partner_id == query.partner_id))
        return stmt

    def check(self, obj: Person) -> None:
        for i, position in enumerate(obj.positions):
            check_order(position, "start_date", "end_date")
            check_reference(self.session, "partners", position.partner_id, obj.province_code, f"positions.{i}.partner_id")


class RelationService(RecordService[Relation]):
    model = Relation
    entity = "relation"
    label_vi = "quan hệ"
    search_fields = ("notes",)
    date_field = "start_date"
    sort_fields = ("id", "start_date", "kind", "status", "created_at")
    default_sort = "-start_date"
    equal_filters = {"kind": "kind", "status": "status", "partner_id": "partner_id"}

    def filter(self, stmt: Select[tuple[Relation]], query: RelationQuery) -> Select[tuple[Relation]]:  # type: ignore[override]
        if query.country:
            stmt = stmt.where(Relation.partner_id.in_(select(Partner.id).where(Partner.country_code == query.country)))
        return stmt

    def check(self, obj: Relation) -> None:
        check_order(obj, "start_date", "end_date")
        check_reference(self.session, "partners", obj.partner_id, obj.province_code, "partner_id")
        check_reference(self.session, "agreements", obj.agreement_id, obj.province_code, "agreement_id")

    def search_values(self, obj: Relation) -> Iterable[str | None]:
        partner = self.session.get(Partner, obj.partner_id)
        yield obj.notes
        yield from obj.fields or []
        if partner is not None:
            yield from PartnerService(self.session, self.actor).search_values(partner)


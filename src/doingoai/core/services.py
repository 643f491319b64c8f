"""The generic record service: the one place where scoping, rights, versions and the audit live.

A domain service subclasses `RecordService`, names its model and its searchable fields, and adds
its own filters and rules (`check`). Reads are scoped to the actor's province (ministry users see
all) and hide restricted records from guests; writes check the actor may edit, compare the
version the client read, keep child collections in step, refresh the folded search text and
record an audit event in the same transaction. Callers commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, func, inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from doingoai.accounts.security import Actor
from doingoai.audit import services as audit
from doingoai.audit.services import jsonable
from doingoai.core.models import Base, utcnow
from doingoai.core.schemas import ListQuery
from doingoai.errors import DomainError, Forbidden, Invalid, NotFound
from doingoai.text import fold

M = TypeVar("M", bound=Base)


def check_order(obj: Any, first: str, second: str) -> None:
    """Two dates of a record must not be in the wrong order (start ≤ end, signed ≤ expiry…)."""
    a, b = getattr(obj, first), getattr(obj, second)
    if isinstance(a, date) and isinstance(b, date) and b < a:
        raise Invalid(second, f"phải sau hoặc bằng {first} ({a:%d/%m/%Y})", f"must be on or after {first} ({a.isoformat()})")


def column_values(obj: Base) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(obj).mapper.column_attrs}


def _snapshot(obj: Base) -> dict[str, Any]:
    skip = {"search_text", "updated_at", "created_at", "version"}
    return {k: jsonable(v) for k, v in column_values(obj).items() if k not in skip}


class RecordService(Generic[M]):
    model: ClassVar[type[Any]]
    entity: ClassVar[str]  # stable name used in the audit trail and errors: "delegation"
    label_vi: ClassVar[str]
    search_fields: ClassVar[tuple[str, ...]] = ("name",)
    date_field: ClassVar[str | None] = None  # the column the period filter applies to
    sort_fields: ClassVar[tuple[str, ...]] = ("id",)
    default_sort: ClassVar[str] = "-id"
    # relationship name -> child model, for nested lists in Create/Update payloads
    children: ClassVar[dict[str, type[Any]]] = {}
    # list parameter -> the column it must equal when given; filters of any other shape go in `filter`
    equal_filters: ClassVar[dict[str, str]] = {}

    def __init__(self, session: Session, actor: Actor) -> None:
        self.session = session
        self.actor = actor

    # ----------------------------------------------------------------- reads
    def scoped(self) -> Select[tuple[M]]:
        stmt = select(self.model)
        if not self.actor.is_ministry:
            stmt = stmt.where(self.model.province_code == self.actor.province_code)
        if not self.actor.can_read_restricted:
            stmt = stmt.where(self.model.restricted.is_(False))
        return stmt

    def get(self, record_id: int) -> M:
        obj = self.session.get(self.model, record_id)
        if obj is None:
            raise NotFound(self.label_vi, record_id)
        if not self.actor.sees_province(obj.province_code):
            raise DomainError("other_province")
        if obj.restricted and not self.actor.can_read_restricted:
            raise NotFound(self.label_vi, record_id)
        return obj

    def filter(self, stmt: Select[tuple[M]], query: ListQuery) -> Select[tuple[M]]:
        """Domain filters beyond the common ones; override and call super()."""
        return stmt

    def filtered(self, query: ListQuery) -> Select[tuple[M]]:
        """The records a list with these parameters shows (unordered, unpaged): scoped, filtered by
        the domain, by free text, province and period. Figures use it too, so a count always
        matches the list behind it."""
        stmt = self.filter(self.scoped(), query)
        for param, column in self.equal_filters.items():
            value = getattr(query, param, None)
            if value is not None:
                stmt = stmt.where(getattr(self.model, column) == value)
        if query.q:
            for word in fold(query.q).split():
                stmt = stmt.where(self.model.search_text.contains(word, autoescape=True))
        if query.province:
            if not self.actor.sees_province(query.province):
                raise DomainError("other_province", field="province")
            stmt = stmt.where(self.model.province_code == query.province)
        if self.date_field and (query.date_from or query.date_to):
            column = getattr(self.model, self.date_field)
            if query.date_from:
                stmt = stmt.where(column >= query.date_from)
            if query.date_to:
                stmt = stmt.where(column <= query.date_to)
        return stmt

    def list(self, query: ListQuery) -> tuple[Sequence[M], int]:
        stmt = self.filtered(query)
        total = self.session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        stmt = stmt.order_by(*self._order(query.sort or self.default_sort))
        rows = self.session.scalars(stmt.offset((query.page - 1) * query.per_page).limit(query.per_page))
        return rows.unique().all(), total

    def _order(self, sort: str) -> list[Any]:
        name = sort.removeprefix("-")
        if name not in self.sort_fields:
            raise Invalid("sort", "chỉ sắp xếp theo: " + ", ".join(self.sort_fields),
                          "sortable fields: " + ", ".join(self.sort_fields))
        column = getattr(self.model, name)
        # Records without the value (no date, no amount yet) come last either way, on SQLite and PostgreSQL alike.
        order = (column.desc() if sort.startswith("-") else column.asc()).nulls_last()
        return [order, self.model.id.desc() if sort.startswith("-") else self.model.id.asc()]

    # ---------------------------------------------------------------- writes
    def require_edit(self, province_code: str | None = None) -> None:
        if not self.actor.can_edit:
            raise Forbidden("sửa dữ liệu", "edit records")
        if province_code is not None and not self.actor.sees_province(province_code):
            raise DomainError("other_province")

    def _target_province(self, requested: str | None) -> str:
        if self.actor.is_ministry:
            if requested is None:
                raise Invalid("province_code", "người dùng cấp bộ phải chọn tỉnh", "ministry users must name the province")
            return requested
        if requested not in (None, self.actor.province_code):
            raise DomainError("other_province", field="province_code")
        return self.actor.province_code  # type: ignore[return-value]

    def create(self, data: BaseModel, *, source: dict[str, Any] | None = None) -> M:
        values = data.model_dump(exclude_unset=False)
        province = self._target_province(values.pop("province_code", None))
        self.require_edit(province)
        obj = self.model(province_code=province, created_by_id=self.actor.user_id)
        self.apply(obj, values)
        self.session.add(obj)
        self._finish(obj)
        self.session.flush()
        audit.record(self.session, self.actor, "create", self.entity, obj.id, province,
                     {"after": self.snapshot(obj)}, source)
        return obj

    def update(self, record_id: int, data: BaseModel, *, source: dict[str, Any] | None = None) -> M:
        obj = self.get(record_id)
        self.require_edit(obj.province_code)
        values = data.model_dump(exclude_unset=True)
        sent = values.pop("version")
        if sent != obj.version:
            raise DomainError("conflict_version", field="version", current=obj.version, sent=sent)
        before = self.snapshot(obj)
        self.apply(obj, values)
        self._finish(obj)
        after = self.snapshot(obj)
        changes = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
        if changes:
            # Touching the row makes the UPDATE that moves the version even when only child rows
            # changed (commitments, positions…): the next editor from the old version gets a conflict.
            obj.updated_at = utcnow()
        try:
            self.session.flush()
        except StaleDataError as exc:  # someone committed between our read and our write
            raise DomainError("conflict_version", field="version", current="?", sent=sent) from exc
        if changes:
            audit.record(self.session, self.actor, "update", self.entity, obj.id, obj.province_code, changes, source)
        return obj

    def delete(self, record_id: int, version: int | None = None) -> None:
        obj = self.get(record_id)
        self.require_edit(obj.province_code)
        if version is not None and version != obj.version:
            raise DomainError("conflict_version", field="version", current=obj.version, sent=version)
        snapshot = self.snapshot(obj)
        self.before_delete(obj)
        self.session.delete(obj)
        self.session.flush()
        audit.record(self.session, self.actor, "delete", self.entity, record_id, obj.province_code, {"before": snapshot})

    # ------------------------------------------------------------------ hooks
    def apply(self, obj: M, values: dict[str, Any]) -> None:
        """Copy validated input onto the record; nested lists go to their child collections."""
        for key, value in values.items():
            if key in self.children:
                sync_children(self.session, getattr(obj, key), self.children[key], value or [])
            else:
                setattr(obj, key, value)

    def check(self, obj: M) -> None:
        """Rules on the record's final state (dates in order, status consistent…); override."""

    def before_delete(self, obj: M) -> None:
        """Refuse a delete that would leave other records pointing at nothing."""
        users = blocking_references(self.session, self.model.__tablename__, obj.id)
        if users:
            raise DomainError("conflict_in_use", detail="còn được tham chiếu từ / still referred to by " + ", ".join(users))

    def search_values(self, obj: M) -> Iterable[str | None]:
        return (getattr(obj, f) for f in self.search_fields)

    def snapshot(self, obj: M) -> dict[str, Any]:
        snap = _snapshot(obj)
        for rel in self.children:
            snap[rel] = [_child_snapshot(child) for child in getattr(obj, rel)]
        return snap

    def _finish(self, obj: M) -> None:
        # Rules and search values may query (check_reference…); without no_autoflush that query
        # would flush the half-finished record first, and the search text set afterwards would
        # cost a second UPDATE — a new record would come back at version 2, an edit jump by 2.
        with self.session.no_autoflush:
            self.check(obj)
            obj.search_text = fold(" ".join(v for v in self.search_values(obj) if v))


def _child_snapshot(child: Base) -> dict[str, Any]:
    # The key to the owning row says nothing (it is the record being audited); links elsewhere
    # (partner_id, person_id, agreement_id…) are part of what changed and are kept.
    owner = {fk.parent.key for fk in child.__table__.foreign_keys if (fk.ondelete or "").upper() == "CASCADE"}
    snap = {k: jsonable(v) for k, v in column_values(child).items() if k not in owner}
    for rel in inspect(child).mapper.relationships:
        if rel.uselist and rel.direction.name == "ONETOMANY":
            snap[rel.key] = [_child_snapshot(c) for c in getattr(child, rel.key)]
    return snap


def build_child(model: type[Any], data: dict[str, Any], pools: dict[str, dict[int, Any]] | None = None) -> Any:
    """A child row from its input dict; nested lists become grandchildren (plan → groups → tasks).

    A nested row that carries an id is an existing grandchild moving here (see `sync_children`)."""
    relationships = inspect(model).relationships
    scalars = {k: v for k, v in data.items() if k not in relationships and k != "id"}
    child = model(**scalars)
    for key, value in data.items():
        if key in relationships and isinstance(value, list):
            sync_children(None, getattr(child, key), relationships[key].mapper.class_, value,
                          (pools or {}).get(key, {}))
    return child


def _nested(model: type[Any]) -> dict[str, Any]:
    return {key: rel for key, rel in inspect(model).relationships.items()
            if rel.uselist and rel.direction.name == "ONETOMANY"}


def sync_children(session: Session | None, current: list[Any], model: type[Any], items: list[dict[str, Any]],
                  pool: dict[int, Any] | None = None) -> None:
    """Make a child collection equal to `items`: rows with an id are updated, others added, the rest removed.

    Keeping ids (rather than delete-and-recreate) matters: commitments and tasks are referred to by
    id from elsewhere and keep their own history. Nested lists are synced the same way, and a
    grandchild may move between rows of the same record keeping its id (a task sent back under
    another group): `pool` holds every grandchild of the record's rows, and each id may be claimed
    once. An id that is not a row of this record, or is listed twice, is refused.
    """
    source = pool if pool is not None else {child.id: child for child in current if child.id is not None}
    nested = _nested(model)
    # The grandchildren of every row of this collection, by relationship, for rows moving between rows.
    pools = {key: {g.id: g for child in current for g in getattr(child, key) if g.id is not None} for key in nested}
    keep: list[Any] = []
    for item in items:
        child_id = item.get("id")
        if child_id is None:
            keep.append(build_child(model, item, pools))
            continue
        child = source.pop(child_id, None)
        if child is None:
            raise Invalid("id", f"không có dòng con số {child_id} trong bản ghi này (hoặc dòng được nêu hai lần)",
                          f"no child row {child_id} in this record (or the row is listed twice)")
        for key, value in item.items():
            if key == "id":
                continue
            if key in nested:
                sync_children(session, getattr(child, key), nested[key].mapper.class_, value or [], pools[key])
            else:
                setattr(child, key, value)
        keep.append(child)
    current[:] = keep


def _owner_fk(table: Any) -> Any:
    """The foreign key of a child table that points at the row owning it (the one that cascades)."""
    owners = [fk for fk in table.foreign_keys if (fk.ondelete or "").upper() == "CASCADE"]
    if len(owners) != 1:
        raise LookupError(f"{table.name}: no single owning foreign key")
    return owners[0]


def _province_of(table_name: str, record_id: int) -> Select[Any]:
    """SELECT the province of a row; a child row (a plan task…) takes it from the record owning it,
    following the cascading foreign keys upwards (plan_tasks → plan_task_groups → plans)."""
    start = table = Base.metadata.tables[table_name]
    joins = []
    while "province_code" not in table.c:
        fk = _owner_fk(table)
        joins.append((fk.column.table, fk.parent == fk.column))
        table = fk.column.table
    stmt = select(table.c.province_code).select_from(start)
    for target, on in joins:
        stmt = stmt.join(target, on)
    return stmt.where(start.c.id == record_id)


def check_reference(session: Session, table: str, record_id: int | None, province_code: str, field: str) -> None:
    """A link to another record (by table name, so domains need not import each other) must point
    at an existing record of the same province. The target may also be a child row (a plan task):
    its province is that of the record owning it."""
    if record_id is None:
        return
    found = session.execute(_province_of(table, record_id)).scalar_one_or_none()
    if found is None:
        raise Invalid(field, f"không có bản ghi số {record_id}", f"no record {record_id}")
    if found != province_code:
        raise Invalid(field, f"bản ghi số {record_id} thuộc tỉnh khác", f"record {record_id} belongs to another province")


def linked_labels(session: Session, table: str, ids: Iterable[int | None], columns: Sequence[str]) -> list[str]:
    """The names of records a record links to (host partners, organisers…), read by table name so
    domains need not import each other; used for the folded search text."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return []
    t = Base.metadata.tables[table]
    rows = session.execute(select(*(t.c[c] for c in columns)).where(t.c.id.in_(wanted)).order_by(t.c.id))
    return [value for row in rows for value in row if value]


def blocking_references(session: Session, table: str, record_id: int) -> list[str]:
    """Tables with rows that point at this record through a foreign key that neither cascades nor
    clears itself: deleting the record would break them. Found from the schema, not listed by hand."""
    found = []
    for other in Base.metadata.sorted_tables:
        for fk in other.foreign_keys:
            if fk.column.table.name != table or (fk.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                continue
            if session.scalar(select(func.count()).select_from(other).where(fk.parent == record_id)):
                found.append(other.name)
    return found

"""The pages of a record type, like core/api.py's `record_router` is its JSON routes.

`RecordViews(...)` gives, for one service and its schemas:

    GET  /partners                 list: free-text search, filters, sorting, paging (?page=)
    GET  /partners/new             create form          POST /partners/new
    GET  /partners/{id}            detail: fields, child rows, related records, history, sources
    GET  /partners/{id}/edit       edit form            POST /partners/{id}/edit
    GET  /partners/{id}/delete     confirmation         POST /partners/{id}/delete
    POST /partners/{id}/status     status move (records with a lifecycle)

Handlers stay thin: read the form, call the service, commit, render. Forms come from the Create
schema (web/forms.py); errors the schema or the service raise are shown next to the field they
name, in the page's language. A domain overrides a page by putting `<name>.html` in its own
templates/ folder (they extend `records/<name>.html`).
"""

from __future__ import annotations

import math
from functools import lru_cache
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, ValidationError

from doingoai.audit import services as audit
from doingoai.core.schemas import ListQuery
from doingoai.core.services import RecordService
from doingoai.errors import DomainError, Invalid, translate_validation_errors
from doingoai.text import fold
from doingoai.web import forms
from doingoai.web import format as fmt
from doingoai.web.forms import FormField
from doingoai.web.pages import FormDep, Page, PageDep, register_nav

PER_PAGE = 25
BASE_QUERY_FIELDS = set(ListQuery.model_fields)

# Labels of the columns every record has.
COMMON_LABELS = {
    "id": "Mã",
    "province_code": "Tỉnh",
    "restricted": "Bản ghi hạn chế (không hiển thị với khách)",
    "version": "Phiên bản",
    "created_at": "Tạo lúc",
    "updated_at": "Sửa lần cuối",
    "date_from": "Từ ngày",
    "date_to": "Đến ngày",
    "q": "Tìm kiếm",
}

ACTION_LABELS = {"create": "Tạo mới", "update": "Cập nhật", "delete": "Đã xóa", "status": "Chuyển trạng thái",
                 "approve": "Duyệt", "reject": "Từ chối", "needs_info": "Cần bổ sung", "extract": "Đọc văn bản",
                 "login": "Đăng nhập", "revoke": "Thu hồi"}


# Every record type's views, by the service's entity name ("partner"): the dashboard and the history
# pages use it to name and link records of any domain.
VIEWS: dict[str, RecordViews] = {}


@dataclass(frozen=True)
class Column:
    """A column of the list page (and of related-record tables)."""

    name: str
    label: str | None = None  # Vietnamese; default: the field's label
    link: bool = False  # the cell links to the record's page
    value: Callable[[Any], Any] | None = None  # computed instead of read from the attribute
    sort: str | None = None  # sort key; default: the name when the service sorts by it


@dataclass(frozen=True)
class Related:
    """Records of another type shown on a record's page (a partner's relations…)."""

    title: str  # Vietnamese
    rows: Callable[[Page, Any], Sequence[Any]]
    views: RecordViews | None = None  # how to show and link them
    columns: Sequence[Column] = ()
    more: Callable[[Any], str] | None = None  # address of the full, filtered list


@dataclass
class FormState:
    values: dict[str, Any]
    errors: dict[str, str] = field(default_factory=dict)
    message: str | None = None  # an error that names no field of the form
    conflict: bool = False


class RecordViews:
    def __init__(
        self,
        service: type[RecordService[Any]],
        *,
        domain: str,
        prefix: str,
        create: type[BaseModel],
        update: type[BaseModel],
        query: type[ListQuery] = ListQuery,
        title: str,
        one: str,
        name: Callable[[Any], str],
        labels: Mapping[str, str],
        columns: Sequence[Column],
        enums: Mapping[str, str] | None = None,
        providers: Mapping[str, forms.ChoiceProvider] | None = None,
        widgets: Mapping[str, str] | None = None,
        exclude: Iterable[str] = (),
        order: Iterable[str] | None = None,
        links: Mapping[str, str] | None = None,
        money: Mapping[str, str] | None = None,
        related: Sequence[Related] = (),
        status: type[BaseModel] | None = None,
        detail_extra: Callable[[Page, Any], dict[str, Any]] | None = None,
        creatable: bool = True,
        nav: bool = True,
        template_name: str | None = None,
    ) -> None:
        self.service = service
        self.domain = domain
        self.prefix = prefix
        self.create_schema, self.update_schema, self.query_schema = create, update, query
        self.title, self.one, self.name = title, one, name
        self.labels = {**COMMON_LABELS, **labels}
        self.enums = dict(enums or {})
        self.providers = dict(providers or {})
        self.links = dict(links or {})  # reference field -> address pattern: {"partner_id": "/partners/{}"}
        self.money = dict(money or {})  # amount field -> currency field
        self.related = list(related)
        self.status_schema = status
        self.detail_extra = detail_extra  # more for the detail page (a plan's tasks…)
        self.creatable = creatable  # False: the domain has its own way to add one (documents: an upload)
        self.template_name = template_name or prefix.strip("/").replace("/", "_")
        exclude = set(exclude)
        fields = forms.fields_of(create, self.labels, exclude=exclude | {"province_code"}, widgets=widgets,
                                 providers=self.providers, order=order)
        # The restricted flag is asked last, after what the record is about.
        self.fields = tuple(f for f in fields if f.name != "restricted") + tuple(f for f in fields if f.name == "restricted")
        # What an edit may change: a status with a lifecycle moves through its own form, not the edit.
        self.edit_fields = tuple(f for f in self.fields if f.name in update.model_fields)
        self.columns = list(columns)
        self.tabs: list[tuple[str, str]] = []  # sibling record types of the domain, shown as tabs (set_tabs)
        self.filters = self._filters()
        self.router = self._router()
        VIEWS[service.entity] = self
        if nav:
            register_nav(prefix, title)

    @staticmethod
    def set_tabs(*views: RecordViews) -> None:
        """Record types of one domain shown as tabs of one menu entry (partners · persons · relations)."""
        tabs = [(v.prefix, v.title) for v in views]
        for v in views:
            v.tabs = tabs
        register_nav(views[0].prefix, views[0].title, also=tuple(v.prefix for v in views[1:]))
    # ------------------------------------------------------------------ helpers
    def templates(self, name: str) -> list[str]:
        return [f"{self.domain}/{self.template_name}_{name}.html", f"{self.domain}/{name}.html", f"records/{name}.html"]

    def url(self, obj: Any) -> str:
        return f"{self.prefix}/{obj.id}"

    def province_field(self) -> FormField:
        """Ministry users say which province a new record belongs to."""
        return FormField("province_code", "text", self.labels["province_code"], True, 2, provider=_province_choices())

    def svc(self, page: Page) -> RecordService[Any]:
        return self.service(page.session, page.actor)  # type: ignore[arg-type]

    def field(self, name: str) -> FormField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None

    def _filters(self) -> tuple[FormField, ...]:
        extra = [n for n in self.query_schema.model_fields if n not in BASE_QUERY_FIELDS]
        widgets = {n: "country" for n in extra if n == "country"}
        found = forms.fields_of(self.query_schema, self.labels, widgets=widgets, providers=self.providers,
                                order=extra, exclude=BASE_QUERY_FIELDS)
        dates: tuple[FormField, ...] = ()
        if self.service.date_field:
            dates = (FormField("date_from", "date", "Từ ngày"), FormField("date_to", "date", "Đến ngày"))
        return tuple(f for f in found if f.kind in ("select", "country", "checkbox", "text", "integer", "date")) + dates

    def choices(self, page: Page, f: FormField) -> forms.Choices:
        """The options of a choice field, in the page's language, computed once per request."""
        cache = page.extra.setdefault("_choices", {})
        key = (self.prefix, f.name)
        if key not in cache:
            if f.provider is not None:
                cache[key] = f.provider(page)
            elif f.kind == "country":
                cache[key] = [(code, f"{name} ({code})") for code, name in fmt.countries(page.lang)]
            else:
                cache[key] = [(v, page._(self.enums.get(v, v))) for v in f.enum_values]
        return cache[key]

    def show(self, page: Page, f: FormField | None, value: Any, obj: Any = None) -> Markup | str:
        """A value as a person reads it on the page."""
        if value is None or value == "" or value == []:
            return ""
        kind = f.kind if f is not None else _kind_of(value)
        name = f.name if f is not None else ""
        if name in self.money and obj is not None:
            currency = self.money[name]  # a field of the record, or a fixed code ("USD")
            return fmt.money(value, getattr(obj, currency, None) if hasattr(obj, currency) else currency)
        if f is not None and f.is_choice and kind != "multi":
            text = dict(self.choices(page, f)).get(str(getattr(value, "value", value)), str(value))
            if name in self.links:
                return Markup('<a href="{}">{}</a>').format(self.links[name].format(value), text)
            return text
        if kind == "multi":
            labels = dict(self.choices(page, f)) if f is not None else {}
            return ", ".join(labels.get(str(getattr(v, "value", v)), str(v)) for v in value)
        if kind == "checkbox" or isinstance(value, bool):
            return page._("Có") if value else page._("Không")
        if kind == "date":
            return fmt.vn_date(value)
        if kind == "datetime":
            return fmt.vn_datetime(value)
        if kind in ("decimal", "integer") and not isinstance(value, str):
            return fmt.number(value)
        if kind == "decimal":
            try:
                return fmt.number(Decimal(value))
            except InvalidOperation:
                return str(value)
        if kind == "lines" and isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, str) and value.startswith(("http://", "https://")) and " " not in value:
            return Markup('<a href="{0}" rel="noopener noreferrer">{0}</a>').format(value)
        return str(getattr(value, "value", value))

    def cell(self, page: Page, column: Column, obj: Any) -> Markup | str:
        value = column.value(obj) if column.value else getattr(obj, column.name, None)
        shown = self.show(page, self.field(column.name) or self._filter(column.name), value, obj) \
            if column.value is None else ("" if value is None else str(value))
        if column.link:
            return Markup('<a href="{}">{}</a>').format(self.url(obj), shown or f"#{obj.id}")
        return shown

    def _filter(self, name: str) -> FormField | None:
        for f in self.filters:
            if f.name == name:
                return f
        return None

    def column_label(self, column: Column) -> str:
        return column.label or self.labels.get(column.name, column.name)

    # ------------------------------------------------------------------ pages
    def list_page(self, page: Page) -> HTMLResponse:
        params = {k: v for k, v in page.request.query_params.items() if v != "" and k != "lang"}
        raw = {k: params.get(k, "") for k in [f.name for f in self.filters] + ["q", "province"]}
        errors: dict[str, str] = {}
        values: dict[str, Any] = {}
        for f in self.filters:
            if f.kind == "checkbox" and params.get(f.name) in ("1", "0"):
                values[f.name] = params[f.name] == "1"  # yes / no; absent: either
            elif f.name in params:
                parsed = forms.parse([f], params, page.lang)
                errors.update(parsed.errors)
                if f.name not in parsed.errors and parsed.values.get(f.name) is not None:
                    values[f.name] = parsed.values[f.name]
        for key in ("q", "sort", "page", "province"):
            if key in params:
                values[key] = params[key]
        values["per_page"] = PER_PAGE
        try:
            query = self.query_schema.model_validate(values)
        except ValidationError as exc:
            for d in translate_validation_errors(list(exc.errors())):
                errors[d["field"]] = d["message_vi"] if page.lang == "vi" else d["message_en"]
            query = self.query_schema.model_validate({"per_page": PER_PAGE})
        try:
            rows, total = self.svc(page).list(query)
        except Invalid as exc:  # an unknown sort key, a bad filter combination
            errors[exc.field or "q"] = error_text(exc, page.lang)
            query = self.query_schema.model_validate({"per_page": PER_PAGE})
            rows, total = self.svc(page).list(query)
        pages = max(1, math.ceil(total / PER_PAGE))
        sort = query.sort or self.service.default_sort
        headers = []
        for column in self.columns:
            key = column.sort or (column.name if column.name in self.service.sort_fields else None)
            state = "asc" if sort == key else "desc" if sort == f"-{key}" else None
            headers.append({"label": page._(self.column_label(column)), "sort": key, "state": state,
                            "href": page.url_with(sort=(f"-{key}" if state == "asc" else key), page=None) if key else None})
        table = [[self.cell(page, c, obj) for c in self.columns] for obj in rows]
        filter_choices = {f.name: self.choices(page, f) for f in self.filters if f.is_choice}
        return page.render(self.templates("list"), views=self, rows=rows, table=table, headers=headers,
                           total=total, page_no=query.page, pages=pages, raw=raw, errors=errors,
                           filter_choices=filter_choices, sort=query.sort or "",
                           provinces=_province_choices()(page) if page.actor and page.actor.is_ministry else None)

    def detail_page(self, page: Page, record_id: int) -> HTMLResponse:
        obj = self.svc(page).get(record_id)
        return page.render(self.templates("detail"), views=self, obj=obj, **self.detail_context(page, obj))

    def detail_context(self, page: Page, obj: Any) -> dict[str, Any]:
        fields = [(page._(f.label), self.show(page, f, getattr(obj, f.name, None), obj))
                  for f in self.fields if f.kind != "rows" and f.name != "restricted"]
        fields.insert(0, (page._("Tỉnh"), province_name(obj.province_code)))
        children = []
        for f in self.fields:
            if f.kind == "rows":
                cols = [c for c in f.children]
                children.append({
                    "label": page._(f.label),
                    "headers": [page._(c.label) for c in cols],
                    "rows": [[self.show(page, c, getattr(child, c.name, None), child) for c in cols]
                             for child in getattr(obj, f.name, [])],
                })
        related = []
        for rel in self.related:
            items = rel.rows(page, obj)
            views = rel.views
            columns = list(rel.columns) or (list(views.columns) if views else [])
            related.append({
                "title": page._(rel.title),
                "headers": [views.column_label(c) if views else (c.label or c.name) for c in columns],
                "rows": [[views.cell(page, c, item) if views else str(getattr(item, c.name, "")) for c in columns]
                         for item in items],
                "more": rel.more(obj) if rel.more else None,
            })
        history = self.history(page, obj)
        status_choices = None
        if self.status_schema is not None and page.actor is not None and page.actor.can_edit:
            nexts = getattr(self.svc(page), "next_statuses")(obj)
            status_field = self.field("status") or FormField("status", "select", "Trạng thái")
            labels = dict(self.choices(page, status_field)) if status_field.enum_values else {}
            status_choices = [(str(getattr(s, "value", s)), labels.get(str(getattr(s, "value", s)), page._(self.enums.get(str(getattr(s, "value", s)), str(s))))) for s in nexts]
        extra = self.detail_extra(page, obj) if self.detail_extra else {}
        return {**extra, "fields": fields, "children": children, "related": related, "history": history,
                "sources": sources_of(page, self.service.entity, obj.id), "status_choices": status_choices,
                "status_history": [
                    {"on": fmt.vn_date(h.on), "from": page._(self.enums.get(h.from_status or "", h.from_status or "")),
                     "to": page._(self.enums.get(h.to_status, h.to_status)), "note": h.note or "", "by": h.changed_by_name}
                    for h in getattr(obj, "status_history", []) or []]}

    def history(self, page: Page, obj: Any) -> list[dict[str, Any]]:
        if page.actor is None:
            return []
        out = []
        for event in audit.history(page.session, page.actor, self.service.entity, obj.id):
            changes = []
            if event.action in ("update", "approve"):
                for key, pair in (event.changes or {}).items():
                    if isinstance(pair, list) and len(pair) == 2:
                        f = self.field(key)
                        changes.append((page._(self.labels.get(key, key)),
                                        self.show(page, f, _decode(f, pair[0])), self.show(page, f, _decode(f, pair[1]))))
            elif event.action == "status":
                pair = (event.changes or {}).get("status") or [None, None]
                changes.append((page._("Trạng thái"), page._(self.enums.get(pair[0] or "", pair[0] or "")),
                                page._(self.enums.get(pair[1] or "", pair[1] or ""))))
            out.append({"at": fmt.vn_datetime(event.at), "actor": event.actor_name,
                        "action": page._(ACTION_LABELS.get(event.action, event.action)), "changes": changes,
                        "source": event.source})
        return out

    def form_fields(self, page: Page, creating: bool) -> list[FormField]:
        fields = list(self.fields if creating else self.edit_fields)
        if creating and page.actor is not None and page.actor.is_ministry:
            fields.insert(0, self.province_field())
        return fields

    def form_page(self, page: Page, state: FormState, obj: Any = None, status: int = 200) -> HTMLResponse:
        creating = obj is None
        fields = self.form_fields(page, creating)
        for f in fields:
            if f.kind == "rows":
                rows = state.values.setdefault(f.name, [])
                state.values[f.name] = list(rows) + [forms.blank_row(f) for _ in range(2 if rows else 3)]
        choices = {f.name: self.choices(page, f) for f in fields if f.is_choice}
        for f in fields:
            for c in f.children:
                if c.is_choice:
                    choices[f"{f.name}.{c.name}"] = self.choices(page, c)
        action = f"{self.prefix}/new" if creating else f"{self.url(obj)}/edit"
        return page.render(self.templates("form"), status=status, views=self, obj=obj, fields=fields,
                           state=state, choices=choices, action=action, creating=creating,
                           version=state.values.get("version") or (obj.version if obj is not None else None))

    def submit(self, page: Page, form: Mapping[str, Any], obj: Any = None) -> Response:
        creating = obj is None
        fields = self.form_fields(page, creating)
        parsed = forms.parse(fields, form, page.lang)
        values = dict(parsed.values)
        state = FormState(values=dict(parsed.raw), errors=dict(parsed.errors))
        for f in fields:
            if f.required and values.get(f.name) in (None, "") and f.name not in state.errors:
                state.errors[f.name] = page._("Thiếu trường bắt buộc")
        version = str(form.get("version") or "")
        state.values["version"] = version
        if creating:
            values = {k: v for k, v in values.items() if v is not None}
        else:
            values["version"] = int(version) if version.isdigit() else 0
        data = None
        if not state.errors:
            try:
                data = (self.create_schema if creating else self.update_schema).model_validate(values)
            except ValidationError as exc:
                for d in translate_validation_errors(list(exc.errors())):
                    state.errors.setdefault(parsed.form_path(d["field"]),
                                            d["message_vi"] if page.lang == "vi" else d["message_en"])
        if data is not None:
            try:
                saved = self.svc(page).create(data) if creating else self.svc(page).update(obj.id, data)
                page.session.commit()
            except DomainError as exc:
                page.session.rollback()
                self._place_error(page, exc, parsed, state, fields)
            else:
                return page.redirect(self.url(saved), flash="created" if creating else "saved")
        if not state.errors and state.message is None:
            state.message = page._("Hãy sửa các lỗi được đánh dấu bên dưới.")
        if obj is not None:
            page.session.refresh(obj)
        return self.form_page(page, state, obj, status=409 if state.conflict else 422)

    def _place_error(self, page: Page, exc: DomainError, parsed: forms.Parsed, state: FormState,
                     fields: Sequence[FormField]) -> None:
        names = {f.name for f in fields} | {f"{f.name}.{c.name}" for f in fields for c in f.children}
        path = parsed.form_path(exc.field) if exc.field else None
        bare = ".".join(p for p in (path or "").split(".") if not p.isdigit())
        if exc.kind.code == "conflict_version":
            state.conflict = True
            state.message = exc.message_vi if page.lang == "vi" else exc.message_en
        elif path and bare in names:
            state.errors[path] = error_text(exc, page.lang)
        else:
            state.message = exc.message_vi if page.lang == "vi" else exc.message_en

    def delete_page(self, page: Page, obj: Any, message: str | None = None, status: int = 200) -> HTMLResponse:
        return page.render(self.templates("delete"), status=status, views=self, obj=obj, message=message)

    def delete(self, page: Page, record_id: int, form: Mapping[str, Any]) -> Response:
        version = str(form.get("version") or "")
        try:
            self.svc(page).delete(record_id, int(version) if version.isdigit() else None)
            page.session.commit()
        except DomainError as exc:
            page.session.rollback()
            if exc.kind.code in ("not_found", "other_province", "forbidden"):
                raise
            obj = self.svc(page).get(record_id)
            return self.delete_page(page, obj, exc.message_vi if page.lang == "vi" else exc.message_en,
                                    status=exc.kind.status)
        return page.redirect(self.prefix, flash="deleted")

    def change_status(self, page: Page, record_id: int, form: Mapping[str, Any]) -> Response:
        assert self.status_schema is not None
        parsed = forms.parse([FormField("on", "date", "Ngày"), FormField("note", "textarea", "Ghi chú")], form, page.lang)
        version = str(form.get("version") or "")
        obj = self.svc(page).get(record_id)
        error = next(iter(parsed.errors.values()), None)
        if error is None:
            try:
                data = self.status_schema.model_validate({
                    "status": form.get("status"), "on": parsed.values.get("on"), "note": parsed.values.get("note"),
                    "version": int(version) if version.isdigit() else 0})
                getattr(self.svc(page), "change_status")(record_id, data)
                page.session.commit()
                return page.redirect(self.url(obj), flash="saved")
            except ValidationError as exc:
                d = translate_validation_errors(list(exc.errors()))[0]
                error = d["message_vi"] if page.lang == "vi" else d["message_en"]
            except DomainError as exc:
                page.session.rollback()
                error = exc.message_vi if page.lang == "vi" else exc.message_en
                if exc.kind.code in ("not_found", "other_province", "forbidden"):
                    raise
        page.session.refresh(obj)
        return page.render(self.templates("detail"), status=409 if "version" in (error or "") else 422,
                           views=self, obj=obj, status_error=error, **self.detail_context(page, obj))

    # ------------------------------------------------------------------ routes
    def _router(self) -> APIRouter:
        router = APIRouter(prefix=self.prefix, include_in_schema=False)
        views = self

        @router.get("", response_class=HTMLResponse, name=f"{self.template_name}_list")
        def list_records(page: PageDep) -> Response:
            return views.list_page(page)

        if self.creatable:
            @router.get("/new", response_class=HTMLResponse)
            def new_record(page: PageDep) -> Response:
                views.svc(page).require_edit()
                return views.form_page(page, FormState(values=forms.defaults(views.create_schema, views.fields)))

            @router.post("/new", response_class=HTMLResponse)
            def create_record(page: PageDep, form: FormDep) -> Response:
                return views.submit(page, form)

        @router.get("/{record_id}", response_class=HTMLResponse)
        def show_record(record_id: int, page: PageDep) -> Response:
            return views.detail_page(page, record_id)

        @router.get("/{record_id}/edit", response_class=HTMLResponse)
        def edit_record(record_id: int, page: PageDep) -> Response:
            obj = views.svc(page).get(record_id)
            views.svc(page).require_edit(obj.province_code)
            return views.form_page(page, FormState(values=forms.initial(views.edit_fields, obj)), obj)

        @router.post("/{record_id}/edit", response_class=HTMLResponse)
        def update_record(record_id: int, page: PageDep, form: FormDep) -> Response:
            obj = views.svc(page).get(record_id)
            return views.submit(page, form, obj)

        @router.get("/{record_id}/delete", response_class=HTMLResponse)
        def confirm_delete(record_id: int, page: PageDep) -> Response:
            obj = views.svc(page).get(record_id)
            views.svc(page).require_edit(obj.province_code)
            return views.delete_page(page, obj)

        @router.post("/{record_id}/delete", response_class=HTMLResponse)
        def delete_record(record_id: int, page: PageDep, form: FormDep) -> Response:
            return views.delete(page, record_id, form)

        if self.status_schema is not None:
            @router.post("/{record_id}/status", response_class=HTMLResponse)
            def change_status(record_id: int, page: PageDep, form: FormDep) -> Response:
                return views.change_status(page, record_id, form)

        return router


def choices_from(service: type[RecordService[Any]], query: type[ListQuery], label: Callable[[Any], str],
                 **filters: Any) -> forms.ChoiceProvider:
    """A choice list of the records of another type the user may see (a partner for a relation…)."""
    def provide(page: Page) -> forms.Choices:
        rows, _ = service(page.session, page.actor).list(query.model_validate({"per_page": 500, **filters}))  # type: ignore[arg-type]
        return sorted(((str(r.id), label(r)) for r in rows), key=lambda pair: fold(pair[1]))
    return provide


def optional_import(module: str, name: str) -> Any:
    """A name from another domain, when that domain is installed (the links between domains degrade)."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise


def error_text(exc: DomainError, lang: str) -> str:
    """A service's error as shown next to its field: the rule, without the field's technical name."""
    if isinstance(exc, Invalid):
        text = getattr(exc, "_vi" if lang == "vi" else "_en", "")
        prefix = f"{exc.field}: "
        return text[len(prefix):] if text.startswith(prefix) else text
    return exc.message_vi if lang == "vi" else exc.message_en


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "checkbox"
    if isinstance(value, (int, Decimal, float)):
        return "decimal"
    if isinstance(value, date):
        return "date"
    return "text"


def _decode(f: FormField | None, value: Any) -> Any:
    """Audit changes are JSON (dates as ISO text, decimals as strings): back to values to show."""
    if f is None or not isinstance(value, str):
        return value
    try:
        if f.kind == "date":
            return date.fromisoformat(value[:10])
        if f.kind == "decimal":
            return Decimal(value)
    except (ValueError, InvalidOperation):
        return value
    return value


def _province_choices() -> forms.ChoiceProvider:
    def provide(page: Page) -> forms.Choices:
        return [(code, f"{name} ({code})") for code, name in provinces()]
    return provide


@lru_cache(maxsize=1)
def provinces() -> tuple[tuple[str, str], ...]:
    """The 34 provinces (code, name) from the reference data."""
    from doingoai.reference import services as ref

    return tuple((p.code, p.name) for p in ref.provinces(era="2025"))


def province_name(code: str | None) -> str:
    if not code:
        return ""
    name = dict(provinces()).get(code)
    return f"{name} ({code})" if name else code


def sources_of(page: Page, entity: str, record_id: int) -> list[dict[str, Any]]:
    """The document passages a record came from (kept by the review domain), with some context."""
    sources = optional_import("doingoai.review.services", "sources_of")
    targets = optional_import("doingoai.review.services", "TARGETS") or {}
    if page.actor is None or sources is None or entity not in targets:
        return []
    from doingoai.documents.services import DocumentService, passage

    documents = DocumentService(page.session, page.actor)
    return [{**source, **passage(documents.get(source["document_id"]), source["start"], source["end"], 200)}
            for source in sources(page.session, page.actor, entity, record_id)]

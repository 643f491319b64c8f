"""HTML forms built from a record's Pydantic Create schema, and what people type parsed back.

The schema already says what a record holds (types, required fields, lengths, enums), so a form is
derived from it instead of being written again: text, long text, choice lists for enums and
country codes, dates typed dd/mm/yyyy, numbers with a decimal comma, one-value-per-line lists,
and simple child rows (`positions.0.title`…). Parsing only turns text into values; the rules stay
in the schema and the service, whose errors name the field the form shows them next to.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from doingoai.web import format as fmt
from doingoai.web import i18n

Choices = list[tuple[str, str]]
# A choice list computed for the request (records in scope, names in the page's language).
ChoiceProvider = Callable[[Any], Choices]

LONG_TEXT = 500  # longer than this: a text area


@dataclass(frozen=True)
class FormField:
    name: str
    kind: str  # text textarea select checkbox integer decimal date datetime lines multi rows country
    label: str  # Vietnamese message id
    required: bool = False
    max_length: int | None = None
    enum_values: tuple[str, ...] = ()
    provider: ChoiceProvider | None = None
    children: tuple[FormField, ...] = ()  # kind == "rows"
    has_default: bool = False  # the schema fills it in when left empty (a member's role…)

    @property
    def is_choice(self) -> bool:
        return self.kind in ("select", "multi", "country") or self.provider is not None


def unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    """`Annotated[str, ...] | None` -> (str, [constraints…])."""
    metadata: list[Any] = []
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            args = get_args(annotation)
            annotation, metadata = args[0], metadata + list(args[1:])
        elif origin in (Union, types.UnionType):
            args = [a for a in get_args(annotation) if a is not type(None)]
            if len(args) != 1:
                return annotation, metadata
            annotation = args[0]
        else:
            return annotation, metadata


def _constraints(metadata: Iterable[Any]) -> list[Any]:
    """Constraints, also those inside a nested `Field(...)` (pydantic keeps them in its metadata)."""
    out: list[Any] = []
    for item in metadata:
        out.append(item)
        out.extend(_constraints(getattr(item, "metadata", None) or []))
    return out


def _max_length(metadata: Iterable[Any]) -> int | None:
    for item in _constraints(metadata):
        value = getattr(item, "max_length", None)
        if isinstance(value, int):
            return value
    return None


def _kind(name: str, annotation: Any, max_length: int | None, pattern: bool = False) -> tuple[str, tuple[str, ...], Any]:
    origin = get_origin(annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "select", tuple(str(m.value) for m in annotation), None
    if origin is Literal:
        return "select", tuple(str(a) for a in get_args(annotation)), None
    if origin in (list, tuple, set):
        inner, inner_meta = unwrap(get_args(annotation)[0]) if get_args(annotation) else (str, [])
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return "rows", (), inner
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return "multi", tuple(str(m.value) for m in inner), None
        return "lines", (), inner
    if annotation is bool:
        return "checkbox", (), None
    if annotation is int:
        return "integer", (), None
    if annotation in (Decimal, float):
        return "decimal", (), None
    if annotation is datetime:
        return "datetime", (), None
    if annotation is date:
        return "date", (), None
    if annotation is str:
        if name == "country_code" or name.endswith("_country_code"):
            return "country", (), None
        long = (max_length is None and not pattern) or (max_length or 0) > LONG_TEXT
        return ("textarea" if long else "text"), (), None
    return "skip", (), None  # dicts and other structures are not edited in a form


def fields_of(schema: type[BaseModel], labels: Mapping[str, str], *, exclude: Iterable[str] = (),
              widgets: Mapping[str, str] | None = None, providers: Mapping[str, ChoiceProvider] | None = None,
              order: Iterable[str] | None = None) -> tuple[FormField, ...]:
    """The form of a schema; `labels` maps field names to their Vietnamese label."""
    widgets, providers, skip = widgets or {}, providers or {}, set(exclude) | {"id", "version"}
    out = []
    names = list(order or ()) + [n for n in schema.model_fields if n not in set(order or ())]
    for name in names:
        info = schema.model_fields.get(name)
        if info is None or name in skip:
            continue
        annotation, metadata = unwrap(info.annotation)
        max_length = _max_length([*info.metadata, *metadata])
        pattern = any(getattr(m, "pattern", None) for m in _constraints([*info.metadata, *metadata]))
        kind, values, inner = _kind(name, annotation, max_length, pattern)
        kind = widgets.get(name, kind)
        if kind == "skip":
            continue
        children: tuple[FormField, ...] = ()
        if kind == "rows":
            # "organisers.name" labels the name of an organiser row, where "name" is the record's own
            own = {k.split(".", 1)[1]: v for k, v in labels.items() if k.startswith(name + ".")}
            children = tuple(f for f in fields_of(inner, {**labels, **own}, providers=providers) if f.kind != "rows")
        default = None if info.is_required() else info.get_default(call_default_factory=True)
        out.append(FormField(name, kind, labels.get(name, name), info.is_required(), max_length, values,
                             providers.get(name), children, has_default=default not in (None, [], "")))
    return tuple(out)


# ------------------------------------------------------------------ record -> form text
def initial(fields: Iterable[FormField], obj: Any) -> dict[str, Any]:
    """A record's values as the text its edit form shows."""
    out: dict[str, Any] = {}
    for f in fields:
        value = getattr(obj, f.name, None) if not isinstance(obj, Mapping) else obj.get(f.name)
        if f.kind == "rows":
            out[f.name] = [{"id": str(getattr(c, "id", "") or ""), **initial(f.children, c)} for c in value or []]
        else:
            out[f.name] = as_text(f, value)
    return out


def as_text(f: FormField, value: Any) -> Any:
    if value is None:
        return "" if f.kind not in ("checkbox", "multi") else (False if f.kind == "checkbox" else [])
    if f.kind == "checkbox":
        return bool(value)
    if f.kind == "multi":
        return [str(getattr(v, "value", v)) for v in value]
    if f.kind == "lines":
        return "\n".join(str(v) for v in value)
    if f.kind == "decimal":
        return fmt.number_input(value)
    if f.kind == "date":
        return fmt.vn_date(value)
    if f.kind == "datetime":
        return fmt.vn_datetime(value)
    return str(getattr(value, "value", value))


def defaults(schema: type[BaseModel], fields: Iterable[FormField]) -> dict[str, Any]:
    """A new record's form starts from the schema's defaults (a delegation is planned unless said otherwise)."""
    out = initial(fields, {})
    for f in fields:
        info = schema.model_fields.get(f.name)
        if info is None or f.kind == "rows" or info.is_required():
            continue
        default = info.get_default(call_default_factory=True)
        if default is not None and default != [] and default != "":
            out[f.name] = as_text(f, default)
    return out


# ------------------------------------------------------------------ form text -> values
@dataclass
class Parsed:
    values: dict[str, Any] = field(default_factory=dict)  # for the schema
    raw: dict[str, Any] = field(default_factory=dict)  # what was typed, to show the form again
    errors: dict[str, str] = field(default_factory=dict)  # field path -> message in the page's language
    row_index: dict[str, list[int]] = field(default_factory=dict)  # rows kept -> their index in the form

    def form_path(self, path: str) -> str:
        """A schema error path (`positions.1.title`) as the form's field name (blank rows were skipped)."""
        parts = path.split(".")
        if len(parts) >= 2 and parts[0] in self.row_index and parts[1].isdigit():
            kept = self.row_index[parts[0]]
            i = int(parts[1])
            if i < len(kept):
                parts[1] = str(kept[i])
        return ".".join(parts)


def parse(fields: Iterable[FormField], form: Mapping[str, Any], lang: str, prefix: str = "") -> Parsed:
    result = Parsed()
    for f in fields:
        key = prefix + f.name
        if f.kind == "rows":
            _parse_rows(f, form, lang, key, result)
            continue
        if f.kind == "multi":
            chosen = [str(v) for v in _getlist(form, key) if v]
            result.raw[f.name] = chosen
            result.values[f.name] = chosen
            continue
        if f.kind == "checkbox":
            result.raw[f.name] = result.values[f.name] = form.get(key) not in (None, "", "0", "false")
            continue
        text = str(form.get(key) or "").strip()
        result.raw[f.name] = text
        try:
            result.values[f.name] = _value(f, text)
        except ValueError:
            result.errors[key] = i18n.gettext(lang, _PARSE_ERRORS[f.kind])
    return result


_PARSE_ERRORS = {
    "integer": "Phải là số nguyên",
    "decimal": "Phải là số (dấu phẩy thập phân, dấu chấm hàng nghìn, ví dụ 1.234,5)",
    "date": "Ngày không hợp lệ (dùng ngày/tháng/năm, ví dụ 05/03/2026)",
    "datetime": "Ngày không hợp lệ (dùng ngày/tháng/năm, ví dụ 05/03/2026)",
}


def _value(f: FormField, text: str) -> Any:
    if f.kind == "lines":
        return [line.strip() for line in text.splitlines() if line.strip()]
    if text == "":
        return None
    if f.kind == "integer":
        number = fmt.parse_number(text)
        if number != number.to_integral_value():
            raise ValueError(text)
        return int(number)
    if f.kind == "decimal":
        return fmt.parse_number(text)
    if f.kind == "date":
        return fmt.parse_date(text)
    if f.kind == "datetime":
        day, _, clock = text.partition(" ")
        moment = datetime.combine(fmt.parse_date(day), datetime.min.time())
        if clock:
            hour, _, minute = clock.partition(":")
            moment = moment.replace(hour=int(hour), minute=int(minute or 0))
        return moment.replace(tzinfo=fmt.VIETNAM_TIME)
    return text


def _getlist(form: Mapping[str, Any], key: str) -> list[Any]:
    getlist = getattr(form, "getlist", None)
    if getlist is not None:
        return list(getlist(key))
    value = form.get(key)
    return value if isinstance(value, list) else ([] if value is None else [value])


def _parse_rows(f: FormField, form: Mapping[str, Any], lang: str, key: str, result: Parsed) -> None:
    indices = sorted({int(k.split(".")[1]) for k in form if k.startswith(key + ".") and k.split(".")[1].isdigit()})
    rows, raw_rows, kept = [], [], []
    for i in indices:
        row_prefix = f"{key}.{i}."
        sub = parse(f.children, form, lang, row_prefix)
        row_id = str(form.get(row_prefix + "id") or "").strip()
        removed = form.get(row_prefix + "_delete") not in (None, "")
        raw_rows.append({"id": row_id, "_delete": removed, **sub.raw})
        blank = all(v in (None, "", [], False) for v in sub.values.values())
        if removed or (blank and not row_id and not sub.errors):
            continue
        # A cell left empty takes the schema's default (a member's role: "member"), not "nothing".
        values = {k: v for k, v in sub.values.items()
                  if not (v is None and next((c.has_default for c in f.children if c.name == k), False))}
        if row_id.isdigit():
            values["id"] = int(row_id)
        rows.append(values)
        kept.append(i)
        result.errors.update(sub.errors)
    result.values[f.name] = rows
    result.raw[f.name] = raw_rows
    result.row_index[f.name] = kept


def blank_row(f: FormField) -> dict[str, Any]:
    return {"id": "", **{c.name: as_text(c, None) for c in f.children}}


def with_provider(fields: Iterable[FormField], name: str, provider: ChoiceProvider) -> tuple[FormField, ...]:
    return tuple(replace(f, provider=provider) if f.name == name else f for f in fields)

"""The one catalogue of errors a user can meet, each with a code and a Vietnamese and English message.

Every error leaves the API as JSON of the same shape, whatever raised it:

    {"error": {"code": "validation_error", "message_vi": "...", "message_en": "...",
               "field": "signed_date", "details": [{"field": ..., "code": ..., ...}]}}

`field` names the first offending field (dotted path) so a form or a script can point at it.
This module has no web dependency (the command line imports it and must start fast); the HTTP
handlers that turn these errors into responses are in `doingoai.http_errors`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticCustomError


@dataclass(frozen=True)
class ErrorKind:
    code: str
    status: int
    vi: str
    en: str


def _kind(code: str, status: int, vi: str, en: str) -> ErrorKind:
    return ErrorKind(code, status, vi, en)


# Codes are stable: clients and tests rely on them. Messages may take {placeholders}.
CATALOGUE: dict[str, ErrorKind] = {
    k.code: k
    for k in (
        _kind("validation_error", 422, "Dữ liệu không hợp lệ: {detail}", "Invalid data: {detail}"),
        _kind("not_found", 404, "Không tìm thấy {entity} số {id}.", "{entity} {id} was not found."),
        _kind("route_not_found", 404, "Không có địa chỉ này.", "No such address."),
        _kind("method_not_allowed", 405, "Phương thức không được hỗ trợ.", "Method not allowed."),
        _kind("conflict_version", 409,
              "Bản ghi đã được người khác sửa (phiên bản hiện tại {current}, bạn gửi {sent}). Hãy tải lại rồi sửa tiếp.",
              "The record was changed by someone else (current version {current}, you sent {sent}). Reload and edit again."),
        _kind("conflict_duplicate", 409, "Đã có bản ghi trùng: {detail}", "A matching record already exists: {detail}"),
        _kind("conflict_in_use", 409, "Không xóa được: {detail}", "Cannot delete: {detail}"),
        _kind("invalid_transition", 409, "Không chuyển được trạng thái từ '{current}' sang '{target}'.",
              "Cannot move status from '{current}' to '{target}'."),
        _kind("not_authenticated", 401, "Cần đăng nhập.", "Authentication required."),
        _kind("bad_credentials", 401, "Sai tên đăng nhập hoặc mật khẩu.", "Wrong username or password."),
        _kind("forbidden", 403, "Bạn không có quyền {action}.", "You are not allowed to {action}."),
        _kind("other_province", 403, "Bản ghi thuộc tỉnh khác; bạn không có quyền truy cập.",
              "The record belongs to another province; you have no access to it."),
        _kind("csrf", 403, "Phiên biểu mẫu đã hết hạn; hãy tải lại trang.", "The form has expired; reload the page."),
        _kind("payload_too_large", 413, "Tệp quá lớn (tối đa {limit} MB).", "File too large (limit {limit} MB)."),
        _kind("document_unreadable", 422, "Không đọc được tệp '{filename}': {reason_vi}",
              "Cannot read file '{filename}': {reason_en}"),
        _kind("extraction_failed", 500, "Không trích xuất được thông tin từ tệp '{filename}': {detail}",
              "Extraction failed for file '{filename}': {detail}"),
        _kind("document_too_large", 413, "Tệp '{filename}' quá lớn ({size_mb} MB; tối đa {limit} MB).",
              "File '{filename}' is too large ({size_mb} MB; limit {limit} MB)."),
        _kind("internal_error", 500, "Lỗi hệ thống; đã ghi lại để xử lý.", "Internal error; it has been logged."),
    )
}


class DomainError(Exception):
    """An error a service raises on purpose; carries a catalogue code, the field and message values."""

    def __init__(self, code: str, field: str | None = None, **params: Any) -> None:
        self.kind = CATALOGUE[code]
        self.field = field
        self.params = params
        super().__init__(self.message_en)

    @property
    def message_vi(self) -> str:
        return self.kind.vi.format(**self.params)

    @property
    def message_en(self) -> str:
        return self.kind.en.format(**self.params)

    def to_json(self) -> dict[str, Any]:
        return {"error": {"code": self.kind.code, "message_vi": self.message_vi,
                          "message_en": self.message_en, "field": self.field}}


class NotFound(DomainError):
    def __init__(self, entity: str, id: Any) -> None:  # noqa: A002 - the message placeholder is "id"
        super().__init__("not_found", entity=entity, id=id)


class Forbidden(DomainError):
    def __init__(self, action_vi: str, action_en: str | None = None) -> None:
        super().__init__("forbidden", action=action_vi)
        self._action_en = action_en or action_vi

    @property
    def message_en(self) -> str:
        return self.kind.en.format(action=getattr(self, "_action_en", self.params.get("action")))


class Invalid(DomainError):
    """A validation error found by a service rule on a record's final state, naming the field."""

    def __init__(self, field: str, vi: str, en: str) -> None:
        self._vi, self._en = f"{field}: {vi}", f"{field}: {en}"
        super().__init__("validation_error", field=field, detail=self._en)

    @property
    def message_vi(self) -> str:
        return self.kind.vi.format(detail=self._vi)

    @property
    def message_en(self) -> str:
        return self.kind.en.format(detail=self._en)


def bilingual(code: str, en: str, vi: str) -> PydanticCustomError:
    """A validation error raised inside a schema validator, carrying its Vietnamese text too."""
    return PydanticCustomError(code, en, {"vi": vi})


# Vietnamese wording for pydantic's own error types; anything missing falls back to a generic text.
_PYDANTIC_VI: dict[str, str] = {
    "missing": "Thiếu trường bắt buộc",
    "extra_forbidden": "Trường không được chấp nhận",
    "string_too_long": "Quá dài (tối đa {max_length} ký tự)",
    "string_too_short": "Quá ngắn (tối thiểu {min_length} ký tự)",
    "string_type": "Phải là chuỗi ký tự",
    "string_pattern_mismatch": "Sai định dạng",
    "int_parsing": "Phải là số nguyên",
    "int_type": "Phải là số nguyên",
    "int_from_float": "Phải là số nguyên",
    "float_parsing": "Phải là số",
    "float_type": "Phải là số",
    "decimal_parsing": "Phải là số",
    "decimal_type": "Phải là số",
    "decimal_max_digits": "Quá nhiều chữ số",
    "decimal_max_places": "Quá nhiều chữ số thập phân",
    "greater_than_equal": "Phải lớn hơn hoặc bằng {ge}",
    "greater_than": "Phải lớn hơn {gt}",
    "less_than_equal": "Phải nhỏ hơn hoặc bằng {le}",
    "less_than": "Phải nhỏ hơn {lt}",
    "date_parsing": "Ngày không hợp lệ (dùng YYYY-MM-DD)",
    "date_from_datetime_parsing": "Ngày không hợp lệ (dùng YYYY-MM-DD)",
    "date_from_datetime_inexact": "Ngày không được có giờ",
    "date_type": "Ngày không hợp lệ",
    "datetime_parsing": "Thời điểm không hợp lệ",
    "datetime_from_date_parsing": "Thời điểm không hợp lệ",
    "bool_parsing": "Phải là true hoặc false",
    "bool_type": "Phải là true hoặc false",
    "enum": "Phải là một trong: {expected}",
    "literal_error": "Phải là một trong: {expected}",
    "list_type": "Phải là danh sách",
    "dict_type": "Phải là đối tượng",
    "model_type": "Phải là đối tượng",
    "model_attributes_type": "Phải là đối tượng",
    "too_long": "Quá nhiều phần tử (tối đa {max_length})",
    "too_short": "Quá ít phần tử (tối thiểu {min_length})",
    "json_invalid": "JSON không hợp lệ",
    "value_error": "Giá trị không hợp lệ",
    "uuid_parsing": "Mã UUID không hợp lệ",
    "url_parsing": "Địa chỉ không hợp lệ",
    "value_not_email": "Địa chỉ thư không hợp lệ",
}


def _field_path(loc: tuple[Any, ...]) -> str:
    # FastAPI prefixes the location with "body"/"query"/"path"; the client thinks in field names.
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header", "form")]
    return ".".join(parts) or "body"


def translate_validation_errors(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for err in errors:
        ctx = err.get("ctx") or {}
        etype = err.get("type", "value_error")
        if "vi" in ctx:
            vi = str(ctx["vi"])
        else:
            template = _PYDANTIC_VI.get(etype, "Giá trị không hợp lệ")
            try:
                vi = template.format(**ctx)
            except (KeyError, IndexError):
                vi = template
        en = str(err.get("msg", "Invalid value")).removeprefix("Value error, ")
        out.append({"field": _field_path(tuple(err.get("loc", ()))), "code": etype, "message_vi": vi, "message_en": en})
    return out

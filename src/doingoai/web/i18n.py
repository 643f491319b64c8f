"""The interface's words, in Vietnamese (the message ids) and English.

Every visible text of a page goes through `gettext(lang, msgid)` (`_()` in templates). The message
id is the Vietnamese text itself, so templates read naturally; English comes from `EN`. A domain's
views add their own words (field names, statuses) with `add({...})`. A test checks that every
message a template or a view uses has its English.

The language of a page is, in order: `?lang=` on the address (remembered in a cookie), the cookie,
the signed-in user's setting, the server's default (`DOINGOAI_LANGUAGE`).
"""

from __future__ import annotations

from typing import Any

from fastapi import Request

from doingoai.accounts.security import Actor

LANGUAGES = ("vi", "en")
LANG_COOKIE = "doingoai_lang"

EN: dict[str, str] = {
    # layout, navigation, user menu
    "Hệ thống quản lý công tác đối ngoại": "Foreign-affairs records",
    "Bỏ qua, đến nội dung chính": "Skip to main content",
    "Trang chủ": "Home",
    "Tổng quan": "Overview",
    "Đối tác": "Partners",
    "Cá nhân": "Persons",
    "Quan hệ": "Relations",
    "Thỏa thuận": "Agreements",
    "Đoàn ra, đoàn vào": "Delegations",
    "Dự án": "Projects",
    "Sự kiện": "Events",
    "Kế hoạch": "Plans",
    "Văn bản": "Documents",
    "Duyệt đề xuất": "Review",
    "Báo cáo": "Reports",
    "Người dùng": "Users",
    "Tài liệu API": "API documentation",
    "Đăng nhập": "Sign in",
    "Đăng xuất": "Sign out",
    "Ngôn ngữ": "Language",
    "Tiếng Việt": "Tiếng Việt",
    "English": "English",
    "Tài khoản": "Account",
    "Cấp bộ": "Ministry level",
    "Tỉnh": "Province",
    "DỮ LIỆU MẪU — dữ liệu trong hệ thống này là dữ liệu minh họa, không phải số liệu thật.":
        "SAMPLE DATA — the records in this system are made up for demonstration, not real figures.",
    "Điều hướng chính": "Main navigation",
    # login
    "Tên đăng nhập": "Username",
    "Mật khẩu": "Password",
    "Đăng nhập để tiếp tục.": "Sign in to continue.",
    "Bạn đã đăng xuất.": "You have signed out.",
    # roles
    "Quản trị": "Administrator",
    "Cán bộ": "Officer",
    "Lãnh đạo": "Leader",
    "Khách": "Guest",
    # generic record pages
    "Tìm kiếm": "Search",
    "Tìm": "Search",
    "Tìm theo tên, không cần dấu": "Search by name, accents optional",
    "Lọc": "Filter",
    "Bỏ lọc": "Clear filters",
    "Tất cả": "All",
    "Từ ngày": "From",
    "Đến ngày": "To",
    "Thêm mới": "New",
    "Sửa": "Edit",
    "Xóa": "Delete",
    "Lưu": "Save",
    "Hủy": "Cancel",
    "Quay lại": "Back",
    "Xem": "View",
    "Không có bản ghi nào.": "No records.",
    "{total} bản ghi": "{total} records",
    "Trang {page}/{pages}": "Page {page} of {pages}",
    "Trang trước": "Previous page",
    "Trang sau": "Next page",
    "Phân trang": "Pagination",
    "Sắp xếp theo {column}": "Sort by {column}",
    "Thông tin": "Details",
    "Lịch sử thay đổi": "History",
    "Chưa có thay đổi nào được ghi lại.": "No changes recorded yet.",
    "Thời điểm": "When",
    "Người thực hiện": "By",
    "Thao tác": "Action",
    "Nội dung": "Changes",
    "Tạo mới": "Created",
    "Cập nhật": "Updated",
    "Đã xóa": "Deleted",
    "Duyệt": "Approved",
    "Nguồn": "Source",
    "Đoạn văn bản nguồn": "Source passages",
    "văn bản số {id}": "document {id}",
    "Có": "Yes",
    "Không": "No",
    "Bản ghi hạn chế (không hiển thị với khách)": "Restricted record (hidden from guests)",
    "Hạn chế": "Restricted",
    "Phiên bản": "Version",
    "Tạo lúc": "Created",
    "Sửa lần cuối": "Last changed",
    "Mã": "ID",
    "Thêm {what}": "New {what}",
    "Sửa {what}": "Edit {what}",
    "Xóa {what}": "Delete {what}",
    "Bạn có chắc muốn xóa bản ghi này? Thao tác được ghi vào lịch sử nhưng không hoàn tác được trên giao diện.":
        "Delete this record? The deletion is kept in the history but cannot be undone from these pages.",
    "Xóa hẳn": "Delete permanently",
    "Đã lưu.": "Saved.",
    "Đã tạo bản ghi.": "Record created.",
    "Đã xóa bản ghi.": "Record deleted.",
    "Hãy sửa các lỗi được đánh dấu bên dưới.": "Please correct the fields marked below.",
    "Tải lại phiên bản hiện tại": "Load the current version",
    "Các dòng con": "Rows",
    "Bỏ dòng này": "Remove this row",
    "Mỗi dòng một giá trị": "One value per line",
    "ngày/tháng/năm": "dd/mm/yyyy",
    "Ví dụ 1.234.567,89": "e.g. 1.234.567,89 (decimal comma)",
    "Ngày không hợp lệ (dùng ngày/tháng/năm, ví dụ 05/03/2026)": "Invalid date (use dd/mm/yyyy, e.g. 05/03/2026)",
    "Phải là số (dấu phẩy thập phân, dấu chấm hàng nghìn, ví dụ 1.234,5)":
        "Must be a number (decimal comma, dot for thousands, e.g. 1.234,5)",
    "Phải là số nguyên": "Must be a whole number",
    "Thiếu trường bắt buộc": "This field is required",
    "(bắt buộc)": "(required)",
    "— chọn —": "— choose —",
    "Liên quan": "Related",
    "Xem tất cả": "See all",
    "Ngày": "Date",
    "Từ": "From",
    "Sang": "To",
    "Chuyển sang": "Move to",
    "Chuyển trạng thái": "Change status",
    "Thu hồi": "Revoked",
    "Đọc văn bản": "Read a document",
    "người dùng": "user",
    "mã truy cập": "API token",
    "đề xuất": "proposal",
    "{n} dự án chưa có số vốn quy đổi USD.": "{n} projects have no capital in USD yet.",
    # errors
    "Lỗi": "Error",
    "Không tìm thấy trang": "Page not found",
    "Về trang chủ": "Back to the home page",
    # dashboard
    "Năm {year}": "Year {year}",
    "Đoàn ra": "Outbound delegations",
    "Đoàn vào": "Inbound delegations",
    "Thỏa thuận theo trạng thái": "Agreements by status",
    "Thỏa thuận hết hạn trong 90 ngày tới": "Agreements expiring within 90 days",
    "Không có thỏa thuận nào sắp hết hạn.": "No agreement expires in the next 90 days.",
    "Dự án theo loại": "Projects by kind",
    "Số dự án": "Projects",
    "Vốn (USD)": "Capital (USD)",
    "Thay đổi gần đây": "Recent changes",
    "Hết hạn": "Expires",
    "Trạng thái": "Status",
    "Loại": "Kind",
    "Số lượng": "Count",
    "Tổng": "Total",
    "{n} đoàn/{m} lượt": "{n} delegations/{m} person-trips",
    # admin users
    "Quản lý người dùng": "User management",
    "Thêm người dùng": "Add a user",
    "Họ và tên": "Full name",
    "Thư điện tử": "E-mail",
    "Vai trò": "Role",
    "Mã tỉnh (bỏ trống: cấp bộ)": "Province code (empty: ministry level)",
    "Đang hoạt động": "Active",
    "Đã khóa": "Disabled",
    "Khóa": "Disable",
    "Mở khóa": "Enable",
    "Đã khóa tài khoản {username}.": "Account {username} disabled.",
    "Đã mở khóa tài khoản {username}.": "Account {username} enabled.",
    "Đã thêm người dùng {username}.": "User {username} added.",
    # API docs
}

# Words added by the domains' views (field names, statuses…), Vietnamese -> English.
_EXTRA: dict[str, str] = {}


def add(words: dict[str, str]) -> None:
    """A domain's views register the English of their own words.

    One Vietnamese text has one English text everywhere: a second, different translation is a
    mistake (the same word meaning two things) and is refused when the views are imported.
    """
    for vi, en in words.items():
        known = english(vi)
        if known is not None and known != en:
            raise ValueError(f"'{vi}' is already translated as '{known}', not '{en}': use another Vietnamese label")
        _EXTRA[vi] = en


def english(msgid: str) -> str | None:
    return EN.get(msgid) or _EXTRA.get(msgid)


def gettext(lang: str, msgid: str, **params: Any) -> str:
    text = msgid if lang == "vi" else (english(msgid) or msgid)
    return text.format(**params) if params else text


def negotiate(request: Request, actor: Actor | None, default: str) -> str:
    asked = request.query_params.get("lang")
    if asked in LANGUAGES:
        return asked
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie in LANGUAGES:
        return cookie
    if actor is not None and actor.language in LANGUAGES:
        return actor.language
    return default

"""The partners pages: list with search, filters, sorting and paging; forms; detail; delete; rights."""

from __future__ import annotations

import re

from sqlalchemy import func, select

from doingoai.audit.models import AuditEvent
from doingoai.partners.models import Partner, Person
from tests.web.conftest import field_error, text_of

CHAMPASAK = {"kind": "foreign_locality", "name_vi": "Tỉnh Chămpasắc", "name_en": "Champasak Province",
             "aliases": "Champasak\nChăm-pa-sắc", "country_code": "LA", "subdivision_code": "LA-CH"}


def _create(client, data=CHAMPASAK) -> int:
    response = client.post("/partners/new", data={"csrf_token": client.csrf, **data})
    assert response.status_code == 303, response.text
    return int(response.headers["location"].rsplit("/", 1)[1])


def test_create_through_the_form_then_read_it(officer_page, db):
    pid = _create(officer_page)
    partner = db.get(Partner, pid)
    assert partner.province_code == "68" and partner.country_code == "LA"
    assert partner.aliases == ["Champasak", "Chăm-pa-sắc"]  # one alias per line
    page = officer_page.get(f"/partners/{pid}")
    assert page.status_code == 200
    text = text_of(page.text)
    assert "Tỉnh Chămpasắc" in text and "Địa phương nước ngoài" in text and "Lào (LA)" in text
    assert "Lâm Đồng (68)" in text
    assert "Đã tạo bản ghi." in text  # the message after the redirect
    assert "Lịch sử thay đổi" in text and "Tạo mới" in text and officer_page.user.username in text


def test_a_form_without_the_csrf_token_writes_nothing(officer_page, db):
    response = officer_page.post("/partners/new", data=CHAMPASAK)
    assert response.status_code == 403
    assert "Phiên biểu mẫu đã hết hạn" in response.text
    assert db.scalar(select(func.count()).select_from(Partner)) == 0


def test_errors_are_shown_next_to_their_field_in_vietnamese(officer_page, db):
    cases = [
        ({**CHAMPASAK, "country_code": "XX"}, "country_code", "'XX' không phải mã quốc gia ISO 3166-1"),
        ({**CHAMPASAK, "subdivision_code": "KR-41"}, "subdivision_code", "không thuộc quốc gia LA"),  # service rule
        ({**CHAMPASAK, "name_vi": ""}, "name_vi", "Thiếu trường bắt buộc"),
        ({**CHAMPASAK, "name_vi": "x" * 301}, "name_vi", "Quá dài (tối đa 300 ký tự)"),
        ({**CHAMPASAK, "kind": "embassy_consulate", "country_code": "", "subdivision_code": ""}, "country_code",
         "bắt buộc với địa phương nước ngoài và cơ quan đại diện"),
    ]
    for data, field, message in cases:
        response = officer_page.post("/partners/new", data={"csrf_token": officer_page.csrf, **data})
        assert response.status_code == 422, field
        assert field_error(response.text, field) == message, (field, text_of(response.text)[:400])
        assert 'aria-invalid="true"' in response.text
        assert "Hãy sửa các lỗi được đánh dấu bên dưới." in response.text
        assert 'value="Tỉnh Chămpasắc"' in response.text or field == "name_vi"  # what was typed is kept
    assert db.scalar(select(func.count()).select_from(Partner)) == 0


def test_errors_in_english_when_the_page_is_english(officer_page):
    officer_page.get("/partners?lang=en")
    response = officer_page.post("/partners/new", data={"csrf_token": officer_page.csrf, **CHAMPASAK, "name_vi": ""})
    assert field_error(response.text, "name_vi") == "This field is required"
    response = officer_page.post("/partners/new", data={"csrf_token": officer_page.csrf, **CHAMPASAK,
                                                        "subdivision_code": "KR-41"})
    assert field_error(response.text, "subdivision_code") == "is not a subdivision of LA"


def test_search_ignores_diacritics_and_filters_sort_and_page(officer_page):
    _create(officer_page)
    _create(officer_page, {"kind": "international_org", "name_vi": "Cơ quan Hợp tác Quốc tế Nhật Bản",
                           "short_name": "JICA", "country_code": "JP"})
    for q in ("champasac", "CHAMPASAK", "chăm-pa-sắc"):
        listing = text_of(officer_page.get("/partners", params={"q": q}).text)
        assert "Tỉnh Chămpasắc" in listing and "JICA" not in listing, q
    assert "1 bản ghi" in text_of(officer_page.get("/partners", params={"q": "hop tac quoc te"}).text)
    by_country = text_of(officer_page.get("/partners", params={"country": "JP"}).text)
    assert "JICA" in by_country and "Chămpasắc" not in by_country
    by_kind = text_of(officer_page.get("/partners", params={"kind": "foreign_locality"}).text)
    assert "Chămpasắc" in by_kind and "JICA" not in by_kind

    ascending = officer_page.get("/partners", params={"sort": "name_vi"}).text
    descending = officer_page.get("/partners", params={"sort": "-name_vi"}).text
    assert ascending.index("Cơ quan Hợp tác") < ascending.index("Tỉnh Chămpasắc")
    assert descending.index("Tỉnh Chămpasắc") < descending.index("Cơ quan Hợp tác")
    assert 'aria-sort="descending"' in descending

    bad_sort = officer_page.get("/partners", params={"sort": "password"})
    assert bad_sort.status_code == 200 and "chỉ sắp xếp theo" in bad_sort.text


def test_pages_of_twenty_five(officer_page):
    for i in range(27):
        _create(officer_page, {"kind": "company", "name_vi": f"Công ty {i:02d}"})
    first = text_of(officer_page.get("/partners").text)
    assert "27 bản ghi" in first and "Trang 1/2" in first and "Công ty 24" in first and "Công ty 25" not in first
    second = text_of(officer_page.get("/partners", params={"page": 2}).text)
    assert "Trang 2/2" in second and "Công ty 26" in second and "Công ty 00" not in second


def test_edit_keeps_a_second_editor_from_overwriting(officer_page, browser_for, db):
    pid = _create(officer_page)
    form = officer_page.get(f"/partners/{pid}/edit").text
    assert 'name="version" value="1"' in form and "Champasak\nChăm-pa-sắc" in form
    saved = officer_page.post(f"/partners/{pid}/edit", data={"csrf_token": officer_page.csrf, "version": "1",
                                                             **CHAMPASAK, "city": "Pakse"})
    assert saved.status_code == 303
    db.refresh(db.get(Partner, pid))
    assert db.get(Partner, pid).city == "Pakse" and db.get(Partner, pid).version == 2

    colleague = browser_for("officer", "68")
    late = colleague.post(f"/partners/{pid}/edit", data={"csrf_token": colleague.csrf, "version": "1",
                                                         **CHAMPASAK, "city": "Champasak"})
    assert late.status_code == 409
    assert "Bản ghi đã được người khác sửa" in late.text and "Tải lại phiên bản hiện tại" in late.text
    assert 'value="Champasak"' in late.text  # the colleague's typing is not lost
    history = text_of(officer_page.get(f"/partners/{pid}").text)
    assert "Thành phố" in history and "Pakse" in history and "Cập nhật" in history


def test_delete_asks_first(officer_page, db):
    pid = _create(officer_page)
    confirm = officer_page.get(f"/partners/{pid}/delete")
    assert confirm.status_code == 200 and "Bạn có chắc muốn xóa bản ghi này?" in confirm.text
    assert officer_page.post(f"/partners/{pid}/delete", data={"version": "1"}).status_code == 403  # CSRF
    done = officer_page.post(f"/partners/{pid}/delete", data={"csrf_token": officer_page.csrf, "version": "1"})
    assert done.status_code == 303 and done.headers["location"] == "/partners"
    assert db.get(Partner, pid) is None
    assert db.scalar(select(AuditEvent.action).where(AuditEvent.entity == "partner", AuditEvent.entity_id == pid)
                     .order_by(AuditEvent.id.desc()).limit(1)) == "delete"


def test_a_partner_in_use_is_not_deleted(officer_page, db):
    pid = _create(officer_page)
    related = officer_page.post("/relations/new", data={"csrf_token": officer_page.csrf, "partner_id": str(pid),
                                                        "kind": "twinning", "start_date": "12/05/2019"})
    assert related.status_code == 303
    refused = officer_page.post(f"/partners/{pid}/delete", data={"csrf_token": officer_page.csrf, "version": "1"})
    assert refused.status_code == 409 and "Không xóa được" in refused.text
    page = text_of(officer_page.get(f"/partners/{pid}").text)
    assert "Quan hệ với đối tác" in page and "Kết nghĩa" in page and "12/05/2019" in page


def test_person_with_positions_as_child_rows(officer_page, db):
    pid = _create(officer_page)
    form = officer_page.get("/persons/new").text
    assert 'name="positions.0.title"' in form and f'<option value="{pid}">Tỉnh Chămpasắc</option>' in form
    bad = officer_page.post("/persons/new", data={
        "csrf_token": officer_page.csrf, "full_name": "Khamphan Phommathat", "country_code": "LA",
        "positions.0.title": "", "positions.0.partner_id": "", "positions.0.start_date": "",  # a blank row: ignored
        "positions.1.title": "Phó Tỉnh trưởng", "positions.1.partner_id": str(pid),
        "positions.1.start_date": "01/01/2024", "positions.1.end_date": "31/12/2020"})
    assert bad.status_code == 422
    # PersonService names the field "end_date" without its row, so the message stands above the form
    assert "end_date: phải sau hoặc bằng start_date (01/01/2024)" in text_of(bad.text)
    assert db.scalar(select(func.count()).select_from(Person)) == 0
    wrong_date = officer_page.post("/persons/new", data={
        "csrf_token": officer_page.csrf, "full_name": "Khamphan", "positions.0.title": "Cố vấn",
        "positions.0.start_date": "2024/01/01"})
    assert field_error(wrong_date.text, "positions.0.start_date") == \
        "Ngày không hợp lệ (dùng ngày/tháng/năm, ví dụ 05/03/2026)"

    good = officer_page.post("/persons/new", data={
        "csrf_token": officer_page.csrf, "full_name": "Khamphan Phommathat", "country_code": "LA",
        "positions.1.title": "Phó Tỉnh trưởng", "positions.1.partner_id": str(pid),
        "positions.1.start_date": "01/01/2020"})
    assert good.status_code == 303
    person = db.scalar(select(Person))
    assert [(p.title, p.partner_id, p.start_date.isoformat()) for p in person.positions] == \
        [("Phó Tỉnh trưởng", pid, "2020-01-01")]
    detail = text_of(officer_page.get(f"/persons/{person.id}").text)
    assert "Phó Tỉnh trưởng" in detail and "01/01/2020" in detail and "Tỉnh Chămpasắc" in detail
    assert "Khamphan Phommathat" in text_of(officer_page.get(f"/partners/{pid}").text)  # people at the partner

    # editing keeps the row's id; ticking "remove" drops it
    edit = officer_page.get(f"/persons/{person.id}/edit").text
    row_id = re.search(r'name="positions\.0\.id" value="(\d+)"', edit).group(1)
    removed = officer_page.post(f"/persons/{person.id}/edit", data={
        "csrf_token": officer_page.csrf, "version": "1", "full_name": "Khamphan Phommathat",
        "positions.0.id": row_id, "positions.0.title": "Phó Tỉnh trưởng", "positions.0._delete": "1"})
    assert removed.status_code == 303
    db.refresh(person)
    assert person.positions == []


def test_an_office_sees_only_its_own_province(officer_page, browser_for):
    pid = _create(officer_page)
    hanoi = browser_for("officer", "01")
    assert "Chămpasắc" not in hanoi.get("/partners").text
    other = hanoi.get(f"/partners/{pid}")
    assert other.status_code == 403 and "Bản ghi thuộc tỉnh khác" in other.text
    assert hanoi.get(f"/partners/{pid}/edit").status_code == 403
    refused = hanoi.post(f"/partners/{pid}/edit", data={"csrf_token": hanoi.csrf, "version": "1", **CHAMPASAK})
    assert refused.status_code == 403
    ministry = browser_for("leader", None)
    assert "Chămpasắc" in ministry.get("/partners").text
    assert 'name="province"' in ministry.get("/partners").text  # ministry users filter by province


def test_guests_read_but_do_not_write(officer_page, browser_for):
    _create(officer_page)
    _create(officer_page, {"kind": "company", "name_vi": "Công ty kín", "restricted": "1"})
    guest = browser_for("guest", "68")
    listing = guest.get("/partners").text
    assert "Chămpasắc" in listing and "Công ty kín" not in listing
    assert "/partners/new" not in listing
    assert guest.get("/partners/new").status_code == 403


def test_ministry_user_chooses_the_province(browser_for, db):
    ministry = browser_for("officer", None)
    form = ministry.get("/partners/new").text
    assert '<option value="68">Lâm Đồng (68)</option>' in form
    missing = ministry.post("/partners/new", data={"csrf_token": ministry.csrf, **CHAMPASAK})
    assert field_error(missing.text, "province_code") == "Thiếu trường bắt buộc"
    done = ministry.post("/partners/new", data={"csrf_token": ministry.csrf, "province_code": "01", **CHAMPASAK})
    assert done.status_code == 303
    assert db.scalar(select(Partner.province_code)) == "01"


def test_api_errors_stay_json_and_page_errors_are_html(officer_page):
    api = officer_page.get("/api/partners/999")
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"
    page = officer_page.get("/partners/999")
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Không tìm thấy đối tác số 999." in page.text
    assert officer_page.get("/no-such-page").status_code == 404
    assert "Không có địa chỉ này." in officer_page.get("/no-such-page").text
    assert officer_page.get("/api/no-such-route").json()["error"]["code"] == "route_not_found"

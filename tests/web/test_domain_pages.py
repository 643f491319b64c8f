"""The other record domains' pages, the status moves of records with a lifecycle, and the dashboard."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import select

from doingoai.agreements.models import Agreement
from doingoai.delegations.models import Delegation
from doingoai.projects.models import Project
from doingoai.web.records import VIEWS
from tests.web.conftest import field_error, text_of


def _post(client, path: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    return client.post(path, data={"csrf_token": client.csrf, **data})


def test_every_record_type_has_its_pages(officer_page):
    for entity, views in VIEWS.items():
        listing = officer_page.get(views.prefix)
        assert listing.status_code == 200, entity
        if views.creatable:
            assert officer_page.get(f"{views.prefix}/new").status_code == 200, entity


def test_delegation_with_members_counts_on_the_dashboard(officer_page, db):
    year = date.today().year
    response = _post(officer_page, "/delegations/new", {
        "title": "Đoàn lãnh đạo tỉnh thăm Chămpasắc", "direction": "outbound", "leader_level": "province_leader",
        "purpose": "cooperation", "start_on": f"10/02/{year}", "planned": "1",
        "destinations.0.country_code": "LA",
        "members.0.full_name": "Trần Văn An", "members.0.role": "head",
        "members.1.full_name": "Lê Thị Bình", "members.2.full_name": "Phạm Cường"})
    assert response.status_code == 303, re.findall(r"field-error[^>]*>([^<]*)|<p>([^<]*)</p>", response.text)
    delegation = db.scalar(select(Delegation))
    assert delegation.member_count == 3 and delegation.start_on == date(year, 2, 10)
    _post(officer_page, "/delegations/new", {
        "title": "Đoàn Đại sứ Nhật Bản", "direction": "inbound", "leader_level": "ambassador",
        "purpose": "cooperation", "start_on": f"01/04/{year}", "destinations.0.country_code": "JP",
        "members.0.full_name": "Tanaka", "members.1.full_name": "Sato"})

    home = officer_page.get("/")
    assert re.search(r'id="fig-outbound">\s*1 đoàn/3 lượt\s*<', home.text)
    assert re.search(r'id="fig-inbound">\s*1 đoàn/2 lượt\s*<', home.text)
    missing = _post(officer_page, "/delegations/new", {"title": "Thiếu ngày", "direction": "outbound",
                                                       "leader_level": "department", "purpose": "training"})
    assert missing.status_code == 422 and field_error(missing.text, "start_on") == "Thiếu trường bắt buộc"

    english = officer_page.get("/?lang=en")
    assert re.search(r'id="fig-outbound">\s*1 delegations/3 person-trips\s*<', english.text)


def test_agreement_parties_status_moves_and_expiry(officer_page, db):
    soon = date.today() + timedelta(days=30)
    partner = _post(officer_page, "/partners/new", {"kind": "foreign_locality", "name_vi": "Tỉnh Chămpasắc",
                                                    "country_code": "LA"})
    pid = partner.headers["location"].rsplit("/", 1)[1]
    created = _post(officer_page, "/agreements/new", {
        "kind": "mou", "title": "Bản ghi nhớ hợp tác với tỉnh Chămpasắc", "status": "in_force",
        "signed_on": "01/05/2023", "effective_on": "01/05/2023", "expires_on": soon.strftime("%d/%m/%Y"),
        "fields": "Nông nghiệp\nGiáo dục", "parties.0.partner_id": pid})
    assert created.status_code == 303, re.findall(r'field-error[^>]*>([^<]*)|<p>([^<]*)</p>', created.text)
    agreement = db.scalar(select(Agreement))
    assert agreement.fields == ["Nông nghiệp", "Giáo dục"] and agreement.parties[0].name == "Tỉnh Chămpasắc"

    detail = text_of(officer_page.get(f"/agreements/{agreement.id}").text)
    assert "Đang hiệu lực" in detail and "01/05/2023" in detail and "Chuyển sang" in detail
    home = text_of(officer_page.get("/").text)
    assert "Bản ghi nhớ hợp tác với tỉnh Chămpasắc" in home and soon.strftime("%d/%m/%Y") in home

    # a move the lifecycle does not allow is refused with the reason; an allowed one is recorded
    refused = _post(officer_page, f"/agreements/{agreement.id}/status", {"status": "draft", "version": "1"})
    assert refused.status_code == 422 or refused.status_code == 409
    assert "Không chuyển được trạng thái" in text_of(refused.text)
    moved = _post(officer_page, f"/agreements/{agreement.id}/status",
                  {"status": "suspended", "on": date.today().strftime("%d/%m/%Y"), "note": "Tạm dừng", "version": "1"})
    assert moved.status_code == 303
    db.refresh(agreement)
    assert agreement.status.value == "suspended"
    assert "Tạm đình chỉ" in text_of(officer_page.get(f"/agreements/{agreement.id}").text)

    edit = officer_page.get(f"/agreements/{agreement.id}/edit").text
    assert 'name="status"' not in edit  # the status moves only through its own form


def test_project_money_reads_the_vietnamese_way(officer_page, db):
    created = _post(officer_page, "/projects/new", {
        "kind": "fdi", "name": "Nhà máy chế biến nông sản", "country_code": "JP",
        "capital_amount": "25.000.000,50", "currency": "USD", "usd_equivalent": "25.000.000,50"})
    assert created.status_code == 303, re.findall(r'field-error[^>]*>([^<]*)|<p>([^<]*)</p>', created.text)
    project = db.scalar(select(Project))
    assert str(project.capital_amount) == "25000000.50"
    detail = text_of(officer_page.get(f"/projects/{project.id}").text)
    assert "25.000.000,50 US$" in detail
    listing = officer_page.get("/projects").text
    assert "25.000.000,50" in listing
    assert "25.000.000,50" in officer_page.get("/").text  # capital by kind on the dashboard

    bad = _post(officer_page, "/projects/new", {"kind": "fdi", "name": "Sai số", "capital_amount": "1.5"})
    assert field_error(bad.text, "capital_amount") == \
        "Phải là số (dấu phẩy thập phân, dấu chấm hàng nghìn, ví dụ 1.234,5)"


def test_guests_do_not_see_the_audit_trail_on_the_dashboard(browser_for):
    guest = browser_for("guest", "68")
    assert "Thay đổi gần đây" not in guest.get("/").text
    assert "Thay đổi gần đây" in browser_for("leader", "68").get("/").text

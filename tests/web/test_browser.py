"""The real application in Debian's Chromium: sign in, search, forms, language, dashboard — and no
request ever leaves this machine (offices run on closed networks).

The app runs under uvicorn in a thread, on a free port of 127.0.0.1, against a SQLite database
built by the migrations. Chromium is Debian's (`apt-get install chromium`); Playwright never
downloads a browser. Run only these: `pytest -m browser`; skip them: `-m "not browser"`.
"""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import uvicorn

from doingoai import migrations
from doingoai.accounts import services as accounts
from doingoai.accounts.schemas import UserCreate
from doingoai.accounts.security import SYSTEM, Actor
from doingoai.app import create_app
from doingoai.db import transaction
from doingoai.settings import Settings

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
USERNAME, PASSWORD = "lan.nguyen", "mat-khau-thu-nghiem"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _seed(app) -> None:  # type: ignore[no-untyped-def]
    from doingoai.delegations import schemas as ds
    from doingoai.delegations.services import DelegationService
    from doingoai.partners import schemas as ps
    from doingoai.partners.services import PartnerService

    year = date.today().year
    with transaction(app.state.sessionmaker) as session:
        user = accounts.create_user(session, SYSTEM, UserCreate(
            username=USERNAME, full_name="Nguyễn Thị Lan", password=PASSWORD, role="officer", province_code="68"))
        session.flush()
        actor = Actor.of(user)
        PartnerService(session, actor).create(ps.PartnerCreate(
            kind="foreign_locality", name_vi="Tỉnh Chămpasắc", country_code="LA", aliases=["Champasak"]))
        PartnerService(session, actor).create(ps.PartnerCreate(kind="international_org", name_vi="JICA", country_code="JP"))
        for title, direction, level, people in (
            ("Đoàn lãnh đạo tỉnh thăm Lào", "outbound", "province_leader", 3),
            ("Đoàn Sở Ngoại vụ đi Hàn Quốc", "outbound", "department", 2),
            ("Đoàn Đại sứ Nhật Bản", "inbound", "ambassador", 4),
        ):
            DelegationService(session, actor).create(ds.DelegationCreate(
                title=title, direction=direction, leader_level=level, purpose="cooperation",
                start_on=date(year, 3, 1), destinations=[{"country_code": "LA"}],
                members=[{"full_name": f"Thành viên {i}"} for i in range(people)]))


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{data / 'doingoai.db'}"
    migrations.upgrade(url)
    app = create_app(Settings(data_dir=data, database_url=url, sample=True))
    _seed(app)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    app.state.engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Debian's chromium is needed for the browser tests: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.requested = requested  # type: ignore[attr-defined]
    yield tab
    context.close()
    outside = [u for u in requested if not u.startswith(live_server + "/") and not u.startswith("data:")]
    assert outside == [], f"requests that left the machine: {outside}"
    assert requested, "the test made requests"


def _sign_in(page, base: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(base + "/partners")
    assert "/login" in page.url
    page.get_by_label("Tên đăng nhập").fill(USERNAME)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(base + "/partners")


def test_sign_in_search_create_and_switch_language(page, live_server):  # type: ignore[no-untyped-def]
    base = live_server
    page.goto(base + "/login")
    page.get_by_label("Tên đăng nhập").fill(USERNAME)
    page.get_by_label("Mật khẩu").fill("sai-mat-khau")
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_role("alert").inner_text() == "Sai tên đăng nhập hoặc mật khẩu."
    _sign_in(page, base)
    assert page.locator("h1").inner_text() == "Đối tác"
    assert "DỮ LIỆU MẪU" in page.locator(".sample-banner").inner_text()

    # search without diacritics, live (htmx swaps the results and updates the address)
    page.get_by_label("Tìm kiếm").fill("champasac")
    page.wait_for_url(re.compile(r"q=champasac"))
    results = page.locator("#results")
    assert "Tỉnh Chămpasắc" in results.inner_text() and "JICA" not in results.inner_text()

    # create a partner through the form: a bad field first, shown next to it in Vietnamese
    page.goto(base + "/partners/new")
    page.get_by_label("Loại đối tác").select_option("foreign_locality")
    page.get_by_label("Tên tiếng Việt").fill("Tỉnh Gyeonggi")
    page.get_by_label("Quốc gia").select_option("KR")
    page.get_by_label("Mã vùng (ISO 3166-2)").fill("LA-CH")
    page.get_by_role("button", name="Lưu").click()
    error = page.locator("#f-subdivision_code-err")
    assert error.inner_text() == "không thuộc quốc gia KR"
    assert page.get_by_label("Mã vùng (ISO 3166-2)").get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Tên tiếng Việt").input_value() == "Tỉnh Gyeonggi"  # nothing typed is lost
    page.get_by_label("Mã vùng (ISO 3166-2)").fill("KR-41")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url(re.compile(r"/partners/\d+$"))
    assert page.locator("h1").inner_text() == "Tỉnh Gyeonggi"
    assert page.get_by_role("status").inner_text() == "Đã tạo bản ghi."
    assert "Hàn Quốc (KR)" in page.locator("dl.fields").inner_text()

    # the whole interface in English
    page.get_by_role("link", name="EN", exact=True).click()
    page.wait_for_url(re.compile(r"lang=en"))
    assert page.locator("html").get_attribute("lang") == "en"
    assert "South Korea (KR)" in page.locator("dl.fields").inner_text()
    page.get_by_role("link", name="Partners", exact=True).first.click()
    assert page.locator("h1").inner_text() == "Partners"
    assert page.get_by_role("link", name="New partner").is_visible()


def test_dashboard_figures(page, live_server):  # type: ignore[no-untyped-def]
    _sign_in(page, live_server)
    page.goto(live_server + "/?lang=vi")
    assert page.locator("#fig-outbound").inner_text() == "2 đoàn/5 lượt"
    assert page.locator("#fig-inbound").inner_text() == "1 đoàn/4 lượt"
    page.get_by_role("link", name="Đoàn ra", exact=True).click()
    page.wait_for_url(re.compile(r"/delegations\?direction=outbound"))
    assert "2 bản ghi" in page.locator("#results").inner_text()


def test_api_documentation_loads_only_local_files(page, live_server):  # type: ignore[no-untyped-def]
    page.goto(live_server + "/api/docs")
    page.locator(".swagger-ui .info .title").wait_for()
    assert "doingoai" in page.locator(".swagger-ui .info .title").inner_text()
    page.locator(".opblock-summary").first.click()  # an operation opens: the bundle works offline
    page.locator(".opblock.is-open").first.wait_for()

"""What every page shares: the language catalogue, the layout, static files served locally, API docs."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

import doingoai
from doingoai.app import create_app
from doingoai.settings import Settings
from doingoai.web import forms, i18n, pages, records, vendor
from doingoai.web.dashboard import ENTITY_LABELS
from tests.web.conftest import text_of

SRC = Path(doingoai.__file__).parent
TEMPLATES = [p for p in SRC.rglob("*.html") if "static" not in p.parts]
MSGID = re.compile(r"""_\(\s*(["'])(.+?)\1""")


def _template_messages() -> set[str]:
    return {m.group(2) for path in TEMPLATES for m in MSGID.finditer(path.read_text(encoding="utf-8"))}


def _view_messages(app) -> set[str]:  # type: ignore[no-untyped-def]
    words = set(records.COMMON_LABELS.values()) | set(records.ACTION_LABELS.values())
    words |= set(pages.FLASH_MESSAGES.values()) | set(pages.ROLE_LABELS.values()) | set(forms._PARSE_ERRORS.values())
    words |= {e.label for e in pages.NAV} | set(ENTITY_LABELS.values())
    for views in records.VIEWS.values():
        words |= {views.title, views.one, *views.labels.values(), *views.enums.values()}
        words |= {f.label for f in views.fields} | {c.label for f in views.fields for c in f.children}
        words |= {f.label for f in views.filters} | {c.label for c in views.columns if c.label}
        words |= {r.title for r in views.related}
    return words


def test_every_visible_text_has_its_english(app):
    used = _template_messages() | _view_messages(app)
    assert len(used) > 200
    missing = sorted(m for m in used if i18n.english(m) is None)
    assert missing == [], f"add these to web/i18n.py or the domain's views: {missing}"


def test_every_record_page_is_translated(browser_for):
    """No Vietnamese word of the interface is left on an English page (records' own data aside)."""
    officer = browser_for("officer", "68")
    for path in ["/", *(v.prefix for v in records.VIEWS.values()), *(f"{v.prefix}/new" for v in records.VIEWS.values()
                                                                      if v.creatable)]:
        page = officer.get(path, params={"lang": "en"})
        assert page.status_code == 200, path
        text = text_of(re.sub(r"<option[^>]*>[^<]*</option>", "", page.text))  # country names are data
        leftovers = [w for w in ("Thêm", "Tìm kiếm", "Lưu", "Trạng thái", "Ghi chú", "Tất cả", "bản ghi") if w in text]
        assert leftovers == [], (path, leftovers)


def test_no_page_or_stylesheet_loads_anything_from_elsewhere():
    external = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import\s+url\(\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//""")
    for path in [*TEMPLATES, *SRC.joinpath("web", "static", "css").glob("*.css")]:
        assert not external.search(path.read_text(encoding="utf-8")), path


def test_pages_refuse_other_origins_and_serve_htmx_locally(officer_page):
    page = officer_page.get("/partners")
    policy = page.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert '<script src="/static/vendor/htmx/htmx.min.js"' in page.text
    htmx = officer_page.get("/static/vendor/htmx/htmx.min.js")
    assert htmx.status_code == 200 and "htmx" in htmx.text[:2000]
    assert officer_page.get("/static/css/app.css").status_code == 200


def test_api_docs_are_served_from_vendored_files(anonymous):
    docs = anonymous.get("/api/docs")
    assert docs.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text and "/openapi.json" in docs.text
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    assert anonymous.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    init = anonymous.get("/static/js/swagger-init.js").text
    assert "validatorUrl: null" in init  # Swagger UI would otherwise fetch a badge from the internet
    assert anonymous.get("/api/redoc").status_code == 404  # ReDoc's bundle loads a logo from the internet: not served
    assert anonymous.get("/openapi.json").json()["info"]["title"] == "doingoai"


def test_vendored_files_are_recorded_with_version_licence_and_integrity():
    readme = (vendor.VENDOR_DIR / "README.md").read_text(encoding="utf-8")
    for pkg in vendor.PACKAGES:
        row = next(line for line in readme.splitlines() if line.startswith(f"| {pkg.name} |"))
        assert f"| {pkg.version} |" in row and "sha512-" in row
        for name in pkg.files.values():
            assert (vendor.VENDOR_DIR / pkg.folder / name).is_file(), (pkg.name, name)
    assert "make vendor" in readme
    makefile = (SRC.parent.parent / "Makefile").read_text()
    assert re.search(r"^vendor:.*## ", makefile, re.M), "the Makefile's vendor target documents itself"


def test_sample_banner_only_on_sample_databases(engine, browser_for):
    assert "DỮ LIỆU MẪU" not in browser_for("officer", "68").get("/").text
    sample = create_app(Settings(data_dir=Path("/tmp"), database_url="sqlite://", sample=True), engine)
    page = TestClient(sample).get("/login")
    assert "DỮ LIỆU MẪU" in page.text and "sample data" in page.text
    assert "SAMPLE DATA" in TestClient(sample).get("/login?lang=en").text


def test_html_errors_for_pages_json_for_the_api(anonymous):
    assert anonymous.get("/api/partners").json()["error"]["code"] == "not_authenticated"
    missing = anonymous.get("/nowhere")
    assert missing.status_code == 404 and "<html" in missing.text and "Không có địa chỉ này." in missing.text
    assert "No such address." in anonymous.get("/nowhere?lang=en").text

"""The reference JSON routes, on a bare FastAPI app with only this router."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from doingoai.reference.api import router


@pytest.fixture(scope="module")
def client() -> TestClient:
    app = FastAPI()
    app.include_router(router)
    return TestClient(app)


def test_countries(client: TestClient) -> None:
    body = client.get("/api/reference/countries").json()
    assert len(body) == 249 and {"code", "name_vi", "name_en", "aliases", "is_home"} <= set(body[0])
    hits = client.get("/api/reference/countries", params={"q": "thuy sy", "limit": 5}).json()
    assert hits[0]["code"] == "CH"
    assert client.get("/api/reference/countries/vn").json()["is_home"] is True
    response = client.get("/api/reference/countries/XX")
    assert response.status_code == 404 and "XX" in response.json()["detail"]


def test_localities(client: TestClient) -> None:
    hits = client.get("/api/reference/localities", params={"q": "van nam"}).json()
    assert hits[0] == hits[0] | {"kind": "subdivision", "code": "CN-YN", "name_vi": "Vân Nam", "country": "CN"}
    hits = client.get("/api/reference/localities", params={"q": "con minh"}).json()
    assert hits[0]["kind"] == "city" and hits[0]["key"] == "CN.kunming" and hits[0]["parent_code"] == "CN-YN"
    hits = client.get("/api/reference/localities", params={"q": "kyoto", "country": "JP"}).json()
    assert [h["kind"] for h in hits[:2]] == ["subdivision", "city"]
    laos = client.get("/api/reference/localities", params={"country": "LA", "limit": 500}).json()
    assert {"LA-CH", "LA.pakse"} <= {h.get("code") or h.get("key") for h in laos}
    assert client.get("/api/reference/localities").status_code == 422
    assert client.get("/api/reference/localities/CN.kunming").json()["name_vi"] == "Côn Minh"
    assert client.get("/api/reference/localities/BE-VOV").json()["name_vi"] == "Đông Flanders"
    assert client.get("/api/reference/localities/XX-00").status_code == 404


def test_provinces(client: TestClient) -> None:
    assert len(client.get("/api/reference/provinces").json()) == 34
    assert len(client.get("/api/reference/provinces", params={"era": "pre2025"}).json()) == 63
    assert len(client.get("/api/reference/provinces", params={"era": "all", "limit": 500}).json()) == 98
    hits = client.get("/api/reference/provinces", params={"q": "ha giang"}).json()
    assert hits[0]["code"] == "02" and hits[0]["era"] == "pre2025"
    assert client.get("/api/reference/provinces", params={"era": "1990"}).status_code == 422


def test_province_detail(client: TestClient) -> None:
    old = client.get("/api/reference/provinces/02", params={"era": "pre2025"}).json()
    assert old["successor"] == {"code": "08", "name": "Tuyên Quang", "era": "2025"}
    new = client.get("/api/reference/provinces/79").json()
    assert new["era"] == "2025" and new["kind"] == "thành phố trực thuộc trung ương"
    assert {p["code"] for p in new["predecessors"]} == {"74", "77", "79"}
    # without an era a code only used before 2025 gives the old unit
    assert client.get("/api/reference/provinces/77").json()["successor"]["code"] == "79"
    assert client.get("/api/reference/provinces/99").status_code == 404


def test_organisations(client: TestClient) -> None:
    hits = client.get("/api/reference/organisations", params={"q": "Cơ quan Hợp tác Quốc tế Nhật Bản"}).json()
    assert hits[0]["key"] == "jica" and hits[0]["country"] == "JP"
    ngos = client.get("/api/reference/organisations", params={"kind": "ngo", "limit": 500}).json()
    assert ngos and all(o["kind"] == "ngo" for o in ngos)
    assert client.get("/api/reference/organisations", params={"kind": "club"}).status_code == 422
    assert client.get("/api/reference/organisations/jica").json()["acronym"] == "JICA"
    assert client.get("/api/reference/organisations/nope").status_code == 404

"""Roles and province isolation, exercised on partners (every record type shares the same service)."""

from __future__ import annotations

PARTNER = {"kind": "foreign_ngo", "name_vi": "Tổ chức Đông Tây Hội ngộ", "country_code": "US"}


def test_unauthenticated_requests_are_refused(anonymous):
    response = anonymous.get("/api/partners")
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert anonymous.get("/api/partners", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_an_office_sees_only_its_own_province(client_for):
    lam_dong, ha_noi = client_for("officer", "68"), client_for("officer", "01")
    pid = lam_dong.post("/api/partners", json=PARTNER).json()["id"]
    assert ha_noi.get("/api/partners").json()["total"] == 0
    assert ha_noi.get(f"/api/partners/{pid}").status_code == 403
    assert ha_noi.patch(f"/api/partners/{pid}", json={"version": 1, "notes": "x"}).status_code == 403
    assert ha_noi.delete(f"/api/partners/{pid}").status_code == 403
    # nor can it write into another province
    assert ha_noi.post("/api/partners", json={**PARTNER, "province_code": "68"}).status_code == 403


def test_ministry_sees_all_and_must_name_the_province(client_for):
    client_for("officer", "68").post("/api/partners", json=PARTNER)
    client_for("officer", "01").post("/api/partners", json=PARTNER)
    ministry = client_for("officer", None)
    assert ministry.get("/api/partners").json()["total"] == 2
    assert ministry.get("/api/partners", params={"province": "01"}).json()["total"] == 1
    missing = ministry.post("/api/partners", json=PARTNER)
    assert missing.status_code == 422 and missing.json()["error"]["field"] == "province_code"
    assert ministry.post("/api/partners", json={**PARTNER, "province_code": "99"}).status_code == 422
    assert ministry.post("/api/partners", json={**PARTNER, "province_code": "79"}).json()["province_code"] == "79"


def test_leaders_and_guests_read_but_do_not_write(client_for):
    officer = client_for("officer", "68")
    officer.post("/api/partners", json=PARTNER)
    officer.post("/api/partners", json={**PARTNER, "name_vi": "Đối tác mật", "restricted": True})
    leader, guest = client_for("leader", "68"), client_for("guest", "68")
    assert leader.get("/api/partners").json()["total"] == 2
    assert guest.get("/api/partners").json()["total"] == 1  # restricted records are not for guests
    for reader in (leader, guest):
        refused = reader.post("/api/partners", json=PARTNER)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"


def test_only_admins_manage_users_of_their_province(client_for):
    admin, officer = client_for("admin", "68"), client_for("officer", "68")
    new_user = {"username": "canbo.moi", "full_name": "Cán bộ mới", "password": "mat-khau-dai", "role": "officer",
                "province_code": "68"}
    assert officer.post("/api/users", json=new_user).status_code == 403
    assert admin.post("/api/users", json={**new_user, "province_code": "01"}).status_code == 403
    created = admin.post("/api/users", json=new_user)
    assert created.status_code == 201 and "password" not in created.json()
    assert admin.post("/api/users", json=new_user).status_code == 409  # duplicate username


def test_password_login_issues_a_token_that_works(anonymous, client_for):
    from tests.factories import PASSWORD

    existing = client_for("officer", "68")
    wrong = anonymous.post("/api/auth/token", json={"username": existing.user.username, "password": "sai"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "bad_credentials"
    issued = anonymous.post("/api/auth/token", json={"username": existing.user.username, "password": PASSWORD})
    assert issued.status_code == 201
    me = anonymous.get("/api/me", headers={"Authorization": f"Bearer {issued.json()['token']}"})
    assert me.json()["username"] == existing.user.username


def test_only_admins_list_users(client_for):
    assert client_for("admin", "68").get("/api/users").status_code == 200
    for role in ("officer", "leader", "guest"):
        assert client_for(role, "68").get("/api/users").status_code == 403


def test_asking_for_another_province_is_refused_not_empty(client_for):
    ha_noi = client_for("officer", "01")
    for path in ("/api/partners", "/api/delegations", "/api/figures"):
        response = ha_noi.get(path, params={"province": "68"})
        assert response.status_code == 403, path
        assert response.json()["error"]["code"] == "other_province"
        assert response.json()["error"]["field"] == "province"


def test_openapi_declares_bearer_tokens(anonymous):
    spec = anonymous.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"

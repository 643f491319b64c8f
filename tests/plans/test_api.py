"""Plans, task groups and tasks through the HTTP API, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

PAST = str(date.today() - timedelta(days=10))
FUTURE = str(date.today() + timedelta(days=60))

PLAN = {
    "title": "Kế hoạch hoạt động đối ngoại năm 2025",
    "year": 2025,
    "number": "45/KH-UBND",
    "groups": [
        {"title": "Đoàn ra, đoàn vào", "order": 1, "tasks": [
            {"title": "Đoàn lãnh đạo tỉnh thăm Nhật Bản", "responsible": "Sở Ngoại vụ", "status": "done",
             "progress": 100},
            {"title": "Đón đoàn tỉnh Chămpasắc", "responsible": "Sở Ngoại vụ", "status": "in_progress",
             "progress": 50, "deadline": PAST},
        ]},
        {"title": "Hội nghị, hội thảo quốc tế", "order": 2, "tasks": [
            {"title": "Diễn đàn đầu tư Hàn Quốc", "responsible": "Sở Tài chính", "deadline": FUTURE},
            {"title": "Hội thảo du lịch", "status": "cancelled", "progress": 10},
        ]},
    ],
}


def make(client, **changes):
    response = client.post("/api/plans", json={**PLAN, **changes})
    assert response.status_code == 201, response.text
    return response.json()


def edit_payload(plan):
    """The plan's groups and tasks as a PATCH sends them back (with their ids)."""
    task_fields = ("id", "title", "order", "responsible", "deadline", "status", "progress")
    return [{"id": g["id"], "title": g["title"], "order": g["order"],
             "tasks": [{k: t[k] for k in task_fields} for t in g["tasks"]]} for g in plan["groups"]]


def test_create_and_roll_up(officer):
    body = make(officer)
    assert body["status"] == "draft" and body["version"] == 1
    assert [g["title"] for g in body["groups"]] == ["Đoàn ra, đoàn vào", "Hội nghị, hội thảo quốc tế"]
    # progress: mean of the non-cancelled tasks (100 + 50 + 0) / 3
    assert body["progress"] == 50.0
    assert body["task_counts"] == {"not_started": 1, "in_progress": 1, "done": 1, "cancelled": 1, "overdue": 1}
    tasks = [t for g in body["groups"] for t in g["tasks"]]
    assert [t["overdue"] for t in tasks] == [False, True, False, False]
    assert [g["progress"] for g in body["groups"]] == [75.0, 0.0]

    progress = officer.get(f"/api/plans/{body['id']}/progress")
    assert progress.status_code == 200, progress.text
    roll = progress.json()
    assert roll["plan_id"] == body["id"] and roll["progress"] == 50.0 and roll["task_total"] == 4
    assert [(g["title"], g["progress"], g["task_total"]) for g in roll["groups"]] == [
        ("Đoàn ra, đoàn vào", 75.0, 2), ("Hội nghị, hội thảo quốc tế", 0.0, 2)]
    assert roll["groups"][1]["task_counts"]["cancelled"] == 1
    assert officer.get("/api/plans/999999/progress").status_code == 404

    empty = make(officer, title="Kế hoạch trống", groups=[])
    assert empty["progress"] is None and empty["task_counts"]["done"] == 0


def test_groups_and_tasks_keep_their_ids(officer):
    body = make(officer)
    groups = edit_payload(body)
    first_task = groups[0]["tasks"][0]["id"]
    # edit a task, add one to the first group, drop the cancelled one from the second, add a group
    groups[0]["tasks"][1]["progress"] = 90
    groups[0]["tasks"].append({"title": "Đoàn đi Lào", "progress": 0})
    groups[1]["tasks"] = groups[1]["tasks"][:1]
    groups.append({"title": "Thông tin đối ngoại", "order": 3, "tasks": [{"title": "Bản tin tiếng Anh"}]})
    changed = officer.patch(f"/api/plans/{body['id']}", json={"version": 1, "groups": groups})
    assert changed.status_code == 200, changed.text
    after = changed.json()
    assert after["version"] == 2
    assert [g["id"] for g in after["groups"][:2]] == [g["id"] for g in body["groups"]]
    assert [t["id"] for t in after["groups"][0]["tasks"][:2]] == [t["id"] for t in body["groups"][0]["tasks"]]
    assert after["groups"][0]["tasks"][0]["id"] == first_task
    assert after["groups"][0]["tasks"][1]["progress"] == 90
    assert len(after["groups"][0]["tasks"]) == 3 and len(after["groups"][1]["tasks"]) == 1
    assert after["groups"][2]["tasks"][0]["title"] == "Bản tin tiếng Anh"
    # (100 + 90 + 0 + 0 + 0) / 5
    assert after["progress"] == 38.0

    # a task moved to another group keeps its id (delegations point at it)
    moved = edit_payload(after)
    task = moved[0]["tasks"].pop(0)
    moved[1]["tasks"].append({**task, "title": "Đoàn lãnh đạo tỉnh thăm Nhật Bản (chuyển nhóm)"})
    response = officer.patch(f"/api/plans/{body['id']}", json={"version": 2, "groups": moved})
    assert response.status_code == 200, response.text
    regrouped = response.json()
    assert [t["id"] for t in regrouped["groups"][0]["tasks"]] == [t["id"] for t in after["groups"][0]["tasks"][1:]]
    assert regrouped["groups"][1]["tasks"][-1]["id"] == first_task
    assert regrouped["progress"] == after["progress"] and regrouped["version"] == 3

    # … into a new group too
    moved = edit_payload(regrouped)
    task = moved[1]["tasks"].pop()
    moved.append({"title": "Nhóm mới", "order": 4, "tasks": [task]})
    newgroup = officer.patch(f"/api/plans/{body['id']}", json={"version": 3, "groups": moved}).json()
    assert newgroup["groups"][-1]["tasks"][0]["id"] == first_task

    # but a task listed twice, or one from another plan, is refused and nothing changes
    other = make(officer, title="Kế hoạch khác")
    stranger = other["groups"][0]["tasks"][0]["id"]
    for wrong_id in (newgroup["groups"][0]["tasks"][0]["id"], stranger):
        wrong = edit_payload(newgroup)
        wrong[1]["tasks"].append({"id": wrong_id, "title": "lạc nhóm"})
        refused = officer.patch(f"/api/plans/{body['id']}", json={"version": 4, "groups": wrong})
        assert refused.status_code == 422 and refused.json()["error"]["field"] == "id", refused.text
    assert officer.get(f"/api/plans/{body['id']}").json()["version"] == 4
    assert officer.get(f"/api/plans/{other['id']}").json()["groups"][0]["tasks"][0]["id"] == stranger


def test_task_and_plan_rules(officer):
    cases = [
        ({"groups": [{"title": "G", "tasks": [{"title": "T", "status": "done", "progress": 80}]}]},
         "groups.0.tasks.0.progress"),
        ({"groups": [{"title": "G", "tasks": [{"title": "T"}, {"title": "U", "progress": 20}]}]},
         "groups.0.tasks.1.progress"),
        ({"status": "approved"}, "approved_on"),
        ({"start_on": "2025-06-30", "end_on": "2025-01-01"}, "end_on"),
        ({"start_on": "2026-01-01"}, "start_on"),
        ({"end_on": "2024-12-31"}, "end_on"),
        ({"groups": [{"title": "G", "tasks": [{"title": "T", "event_id": 999_999}]}]}, "groups.0.tasks.0.event_id"),
        ({"groups": [{"title": "G", "tasks": [{"title": "T", "agreement_id": 999_999}]}]},
         "groups.0.tasks.0.agreement_id"),
        ({"groups": [{"title": "G", "tasks": [{"title": "T", "project_id": 999_999}]}]}, "groups.0.tasks.0.project_id"),
    ]
    for changes, field in cases:
        response = officer.post("/api/plans", json={**PLAN, **changes})
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field, (field, response.json())
    assert officer.get("/api/plans").json()["total"] == 0


def test_status_transitions(officer):
    pid = make(officer)["id"]
    jump = officer.patch(f"/api/plans/{pid}", json={"version": 1, "status": "closed"})
    assert jump.status_code == 409 and jump.json()["error"]["code"] == "invalid_transition"
    assert jump.json()["error"]["field"] == "status"
    approved = officer.patch(f"/api/plans/{pid}", json={"version": 1, "status": "approved", "approved_on": "2025-01-15"})
    assert approved.status_code == 200, approved.text
    closed = officer.patch(f"/api/plans/{pid}", json={"version": 2, "status": "closed"})
    assert closed.status_code == 200 and closed.json()["status"] == "closed"
    back = officer.patch(f"/api/plans/{pid}", json={"version": 3, "status": "draft"})
    assert back.status_code == 409
    history = officer.get(f"/api/plans/{pid}/history").json()
    assert [e["action"] for e in history] == ["create", "update", "update"]
    assert history[2]["changes"]["status"] == ["approved", "closed"]


def test_bad_input_names_the_field_and_writes_nothing(officer):
    pid = make(officer)["id"]
    task = {"title": "T"}
    cases = [
        ({"year": 1800}, "year"),
        ({"year": "năm nay"}, "year"),
        ({"title": ""}, "title"),
        ({"status": "archived"}, "status"),
        ({"owner": "x"}, "owner"),
        ({"groups": [{"title": "G", "tasks": [{**task, "progress": 101}]}]}, "groups.0.tasks.0.progress"),
        ({"groups": [{"title": "G", "tasks": [{**task, "progress": -1}]}]}, "groups.0.tasks.0.progress"),
        ({"groups": [{"title": "G", "tasks": [{**task, "status": "overdue"}]}]}, "groups.0.tasks.0.status"),
        ({"groups": [{"title": "G", "tasks": [{**task, "deadline": "31/12/2025"}]}]}, "groups.0.tasks.0.deadline"),
        ({"groups": [{"title": "G", "tasks": [{**task, "delegation_id": 1}]}]}, "groups.0.tasks.0.delegation_id"),
        ({"groups": [{"title": "G", "order": -1}]}, "groups.0.order"),
        ({"groups": [{"tasks": []}]}, "groups.0.title"),
    ]
    for changes, field in cases:
        response = officer.post("/api/plans", json={**PLAN, **changes})
        assert response.status_code == 422, (field, response.text)
        assert response.json()["error"]["field"] == field, (field, response.json())
    for changes, field in [({"year": None}, "year"), ({"groups": None}, "groups"), ({"status": None}, "status")]:
        response = officer.patch(f"/api/plans/{pid}", json={"version": 1, **changes})
        assert response.status_code == 422 and response.json()["error"]["field"] == field, (field, response.text)
    assert officer.get("/api/plans").json()["total"] == 1


def test_delegations_carry_out_tasks(officer, client_for):
    plan = make(officer)
    task = plan["groups"][0]["tasks"][0]
    delegation = officer.post("/api/delegations", json={
        "title": "Đoàn lãnh đạo tỉnh thăm Nhật Bản", "direction": "outbound", "leader_level": "province_leader",
        "purpose": "cooperation", "start_on": "2025-03-10", "plan_task_id": task["id"],
        "destinations": [{"country_code": "JP"}], "members": [{"full_name": "A"}]})
    assert delegation.status_code == 201, delegation.text
    read = officer.get(f"/api/plans/{plan['id']}").json()
    assert read["groups"][0]["tasks"][0]["delegation_ids"] == [delegation.json()["id"]]
    assert read["groups"][0]["tasks"][1]["delegation_ids"] == []
    listed = officer.get("/api/plans").json()["items"][0]
    assert listed["groups"][0]["tasks"][0]["delegation_ids"] == [delegation.json()["id"]]
    assert officer.get("/api/delegations", params={"plan_task_id": task["id"]}).json()["total"] == 1

    # another province cannot point its delegation at this plan's task
    hanoi = client_for("officer", "01")
    refused = hanoi.post("/api/delegations", json={
        "title": "Đoàn Hà Nội", "direction": "outbound", "leader_level": "department", "purpose": "cooperation",
        "start_on": "2025-03-10", "plan_task_id": task["id"], "destinations": [{"country_code": "JP"}]})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "plan_task_id"

    # removing the task from the plan leaves the delegation, unlinked
    groups = edit_payload(read)
    groups[0]["tasks"] = groups[0]["tasks"][1:]
    assert officer.patch(f"/api/plans/{plan['id']}", json={"version": 1, "groups": groups}).status_code == 200
    assert officer.get(f"/api/delegations/{delegation.json()['id']}").json()["plan_task_id"] is None


def test_task_links_stay_inside_the_province(officer, client_for):
    hanoi = client_for("officer", "01")
    event = hanoi.post("/api/events", json={"name": "Hội chợ Hà Nội", "kind": "fair", "start_on": "2025-04-01"}).json()
    refused = officer.post("/api/plans", json={**PLAN, "groups": [
        {"title": "G", "tasks": [{"title": "T", "event_id": event["id"]}]}]})
    assert refused.status_code == 422 and refused.json()["error"]["field"] == "groups.0.tasks.0.event_id"
    own = officer.post("/api/events", json={"name": "Hội chợ", "kind": "fair", "start_on": "2025-04-01"}).json()
    linked = make(officer, groups=[{"title": "G", "tasks": [{"title": "T", "event_id": own["id"]}]}])
    assert linked["groups"][0]["tasks"][0]["event_id"] == own["id"]
    assert hanoi.get(f"/api/plans/{linked['id']}").status_code == 403
    assert hanoi.get(f"/api/plans/{linked['id']}/progress").status_code == 403


def test_filters(officer):
    make(officer)
    make(officer, title="Kế hoạch năm 2026", year=2026, status="approved", approved_on="2025-12-20", groups=[])
    make(officer, title="Kế hoạch năm 2024", year=2024, groups=[])

    def titles(**params):
        response = officer.get("/api/plans", params=params)
        assert response.status_code == 200, response.text
        return [p["title"] for p in response.json()["items"]]

    assert titles() == ["Kế hoạch năm 2026", PLAN["title"], "Kế hoạch năm 2024"]  # newest year first
    assert titles(year=2024) == ["Kế hoạch năm 2024"]
    assert titles(status="approved") == ["Kế hoạch năm 2026"]
    assert titles(date_from="2025-06-01", date_to="2026-03-01", sort="year") == [PLAN["title"], "Kế hoạch năm 2026"]
    assert titles(q="du lich") == [PLAN["title"]]  # a task's title
    assert titles(q="so tai chinh") == [PLAN["title"]]  # a task's responsible department

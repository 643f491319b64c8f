"""Review through the HTTP API: proposals from a stored document, approval into records linked to
their passages, partner recognition, reject / needs_info, rights and province isolation.

The extraction output is written by hand here (tests/review/helpers.py) so each case gets exactly
the entries it needs; tests/review/test_ingest.py runs the real pipeline end to end."""

from __future__ import annotations

from doingoai.accounts.security import Actor
from doingoai.review import services
from tests.review.helpers import REPORT, propose, report_contract, span


def _actor(client) -> Actor:  # type: ignore[no-untyped-def]
    return Actor.of(client.user)


def _approve(client, pid, **body):  # type: ignore[no-untyped-def]
    return client.post(f"/api/review/proposals/{pid}/approve", json=body)


def test_proposals_are_listed_with_their_evidence(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    page = officer.get("/api/review/proposals", params={"document_id": document.id}).json()
    assert page["total"] == 8  # 2 partners, 2 delegation statements, 1 agreement, 1 project, 2 events
    kinds = sorted(p["kind"] for p in page["items"])
    assert kinds == ["agreement", "delegation", "delegation", "event", "event", "partner", "partner", "project"]
    for item in page["items"]:
        assert item["status"] == "pending"
        assert REPORT[item["start"]:item["end"]] == item["quote"]
    assert officer.get("/api/review/proposals", params={"kind": "event"}).json()["total"] == 2

    detail = officer.get(f"/api/review/proposals/{ids['event:fair']}", params={"context": 20}).json()
    assert detail["passage"]["text"] == detail["quote"]
    assert REPORT.endswith(detail["passage"]["after"], 0, detail["end"] + 20)
    assert detail["record_input"]["start_on"] == "2019-05-10" and detail["record_input"]["kind"] == "fair"
    assert detail["problem"] is None
    aggregate = officer.get(f"/api/review/proposals/{ids['delegation:19']}").json()
    assert "19 đoàn" in aggregate["problem"]


def test_extracting_again_adds_nothing_twice(officer, db, settings):
    actor = _actor(officer)
    document, ids = propose(db, actor, settings.data_dir)
    assert services.create_proposals(db, actor, document, report_contract(document.text)) == []
    # an entry the first run did not have is added, alone
    more = report_contract(document.text)
    more["events"].append({"name": "Hội thảo đầu tư", "kind": "conference", "date": None, "place": None,
                           "evidence": span(document.text, "Báo cáo công tác đối ngoại")})
    assert len(services.create_proposals(db, actor, document, more)) == 1


def test_approved_proposals_become_records_linked_to_their_passages(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    text = officer.get(f"/api/documents/{document.id}/text").text
    assert text == REPORT

    partner = _approve(officer, ids["partner:Champasak"])
    assert partner.status_code == 200, partner.text
    partner = partner.json()
    assert partner["entity"] == "partner" and partner["created"] is True
    assert partner["proposal"]["status"] == "approved"
    record = officer.get(f"/api/partners/{partner['record_id']}").json()
    # completed from the reference data: the Vietnamese name, the ISO name and code
    assert (record["name_vi"], record["name_original"]) == ("Chămpasắc", "Champasak")
    assert (record["kind"], record["country_code"], record["subdivision_code"]) == ("foreign_locality", "LA", "LA-CH")

    # the agreement's party is the partner just approved, recognised by name
    agreement = _approve(officer, ids["agreement"])
    assert agreement.status_code == 200, agreement.text
    body = officer.get(f"/api/agreements/{agreement.json()['record_id']}").json()
    assert body["kind"] == "mou" and body["status"] == "signed" and body["signed_on"] == "2019-03-12"
    assert [(p["partner_id"], p["country_code"]) for p in body["parties"]] == [(partner["record_id"], "LA")]

    delegation = _approve(officer, ids["delegation:1"])
    assert delegation.status_code == 200, delegation.text
    body = officer.get(f"/api/delegations/{delegation.json()['record_id']}").json()
    assert body["direction"] == "outbound" and body["start_on"] == "2019-03-12"
    assert [d["country_code"] for d in body["destinations"]] == ["LA"]

    event = _approve(officer, ids["event:fair"])
    assert event.status_code == 200, event.text
    body = officer.get(f"/api/events/{event.json()['record_id']}").json()
    assert (body["kind"], body["start_on"], body["place"], body["status"]) == ("fair", "2019-05-10", "Pleiku", "held")

    project = _approve(officer, ids["project"])
    assert project.status_code == 200, project.text
    body = officer.get(f"/api/projects/{project.json()['record_id']}").json()
    assert body["kind"] == "oda" and float(body["capital_amount"]) == 2_500_000 and body["currency"] == "USD"

    # every record points back at its passage, and its audit event carries the source
    for result, entity in ((partner, "partner"), (agreement.json(), "agreement"), (delegation.json(), "delegation"),
                           (event.json(), "event"), (project.json(), "project")):
        sources = officer.get(f"/api/records/{entity}/{result['record_id']}/sources")
        assert sources.status_code == 200, sources.text
        [source] = sources.json()
        assert source["document_id"] == document.id
        assert source["quote"] == text[source["start"]:source["end"]] == result["proposal"]["quote"]
        assert source["proposal_id"] == result["proposal"]["id"]
        plural = {"partner": "partners", "agreement": "agreements", "delegation": "delegations",
                  "event": "events", "project": "projects"}[entity]
        [created] = [e for e in officer.get(f"/api/{plural}/{result['record_id']}/history").json() if e["action"] == "create"]
        assert created["source"] == {"document_id": document.id, "span": [source["start"], source["end"]],
                                     "proposal_id": result["proposal"]["id"]}

    # the proposal's decision is audited too, with who decided
    trail = officer.get("/api/audit", params={"entity": "proposal"}).json()["items"]
    assert sorted(e["entity_id"] for e in trail) == sorted(r["proposal"]["id"] for r in (
        partner, agreement.json(), delegation.json(), event.json(), project.json()))
    assert {(e["action"], e["actor_name"]) for e in trail} == {("approve", officer.user.username)}
    assert all(e["source"]["document_id"] == document.id for e in trail)

    # approved is final
    again = _approve(officer, ids["event:fair"])
    assert again.status_code == 409 and again.json()["error"]["code"] == "invalid_transition"

    # the document cannot be deleted while records come from it
    blocked = officer.delete(f"/api/documents/{document.id}")
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "conflict_in_use"


def test_a_known_partner_is_recognised_under_another_spelling(officer, db, settings):
    existing = officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": "Tỉnh Chămpasắc",
                                                   "country_code": "LA", "subdivision_code": "LA-CH"}).json()
    document, ids = propose(db, _actor(officer), settings.data_dir)
    detail = officer.get(f"/api/review/proposals/{ids['partner:Champasak']}").json()
    assert detail["match"] == {"entity": "partner", "id": existing["id"], "label": "Tỉnh Chămpasắc"}

    result = _approve(officer, ids["partner:Champasak"]).json()
    assert result["record_id"] == existing["id"] and result["created"] is False
    partner = officer.get(f"/api/partners/{existing['id']}").json()
    assert partner["aliases"] == ["Champasak"]  # the new spelling, once ("tỉnh Champasak" is the same name)
    assert officer.get("/api/partners").json()["total"] == 1
    update = officer.get(f"/api/partners/{existing['id']}/history").json()[-1]
    assert update["action"] == "update" and update["source"]["proposal_id"] == result["proposal"]["id"]
    assert officer.get(f"/api/records/partner/{existing['id']}/sources").json()[0]["quote"] == "tỉnh Champasak"


def test_recognised_by_name_without_any_code(officer, db, settings):
    existing = officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": "Chămpasắc",
                                                   "aliases": ["Champasak"], "country_code": "LA"}).json()
    contract = report_contract()
    contract["foreign_localities"][0]["code"] = None
    document, ids = propose(db, _actor(officer), settings.data_dir, contract)
    result = _approve(officer, ids["partner:Champasak"]).json()
    assert result["record_id"] == existing["id"]
    assert officer.get(f"/api/partners/{existing['id']}").json()["aliases"] == ["Champasak"]  # nothing new to learn


def test_recognised_through_the_reference_data(officer, db, settings):
    # no code, no alias: "Chăm-pa-sắc" and "Champasak" are one province of Laos for the reference data
    existing = officer.post("/api/partners", json={"kind": "foreign_locality", "name_vi": "Chăm-pa-sắc",
                                                   "country_code": "LA"}).json()
    jica = officer.post("/api/partners", json={"kind": "other", "name_vi": "Cơ quan Hợp tác Quốc tế Nhật Bản",
                                               "country_code": "JP"}).json()
    contract = report_contract()
    contract["foreign_localities"][0]["code"] = None
    document, ids = propose(db, _actor(officer), settings.data_dir, contract)
    assert _approve(officer, ids["partner:Champasak"]).json()["record_id"] == existing["id"]
    assert officer.get(f"/api/partners/{existing['id']}").json()["aliases"] == ["Champasak"]
    assert officer.get(f"/api/review/proposals/{ids['partner:JICA']}").json()["match"]["id"] == jica["id"]
    assert _approve(officer, ids["partner:JICA"]).json()["record_id"] == jica["id"]
    assert officer.get(f"/api/partners/{jica['id']}").json()["aliases"] == ["JICA"]
    assert officer.get("/api/partners").json()["total"] == 2


def test_merge_into_a_record_the_reviewer_picks(officer, db, settings):
    fund = officer.post("/api/partners", json={"kind": "foreign_ngo", "name_vi": "Quỹ Hữu nghị và Phát triển tỉnh Champasak",
                                               "country_code": "LA"}).json()
    text = REPORT + "Quỹ Hữu nghị Champasak trao 20 suất học bổng cho sinh viên của tỉnh.\n"
    contract = report_contract(text)
    contract["organizations"].append({"name": "Quỹ Hữu nghị Champasak", "country": "LA", "kind": "ngo",
                                      "mentions": [span(text, "Quỹ Hữu nghị Champasak")]})
    document, ids = propose(db, _actor(officer), settings.data_dir, contract, text=text)
    pid = ids["partner:Quỹ Hữu nghị Champasak"]
    assert officer.get(f"/api/review/proposals/{pid}").json()["match"] is None  # not the same name
    missing = _approve(officer, pid, merge_into=99999)
    assert missing.status_code == 404
    result = _approve(officer, pid, merge_into=fund["id"], edits={"website": "https://quy.example.la"})
    assert result.status_code == 200, result.text
    assert result.json()["record_id"] == fund["id"] and result.json()["created"] is False
    merged = officer.get(f"/api/partners/{fund['id']}").json()
    assert merged["aliases"] == ["Quỹ Hữu nghị Champasak"] and merged["website"] == "https://quy.example.la"
    assert officer.get(f"/api/records/partner/{fund['id']}/sources").json()[0]["quote"] == "Quỹ Hữu nghị Champasak"

    # a delegation typed by hand can be confirmed by the passage of a figure that covers it
    by_hand = officer.post("/api/delegations", json={
        "title": "Đoàn lãnh đạo tỉnh thăm Lào", "direction": "outbound", "leader_level": "province_leader",
        "purpose": "cooperation", "start_on": "2019-03-12", "destinations": [{"country_code": "LA"}]})
    assert by_hand.status_code == 201, by_hand.text
    linked = _approve(officer, ids["delegation:19"], merge_into=by_hand.json()["id"])
    assert linked.status_code == 200, linked.text
    assert officer.get("/api/delegations").json()["total"] == 1


def test_a_figure_over_several_delegations_is_not_one_record(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    refused = _approve(officer, ids["delegation:19"])
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "delegations"
    assert officer.get("/api/delegations").json()["total"] == 0
    assert officer.get(f"/api/review/proposals/{ids['delegation:19']}").json()["status"] == "pending"


def test_edits_complete_what_the_text_does_not_say(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    forum = ids["event:forum"]  # "Tháng 9/2019": no day
    detail = officer.get(f"/api/review/proposals/{forum}").json()
    assert "start_on" not in detail["record_input"] and "2019-09" in detail["record_input"]["notes"]

    missing = _approve(officer, forum)
    assert missing.status_code == 422 and missing.json()["error"]["field"] == "start_on"
    assert officer.get("/api/events").json()["total"] == 0

    bad = _approve(officer, forum, edits={"start_on": "2019-09-20", "colour": "red"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "colour"

    done = _approve(officer, forum, edits={"start_on": "2019-09-20", "name": "Diễn đàn kinh tế biên giới 2019"})
    assert done.status_code == 200, done.text
    event = officer.get(f"/api/events/{done.json()['record_id']}").json()
    assert (event["name"], event["start_on"], event["kind"]) == ("Diễn đàn kinh tế biên giới 2019", "2019-09-20", "forum")


def test_reject_and_needs_info_change_status_with_a_note(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    asked = officer.post(f"/api/review/proposals/{ids['delegation:19']}/needs-info",
                         json={"note": "Cần danh sách 19 đoàn"})
    assert asked.status_code == 200, asked.text
    body = asked.json()
    assert body["status"] == "needs_info" and body["note"] == "Cần danh sách 19 đoàn"
    assert body["decided_by_name"] == officer.user.username and body["decided_at"]

    rejected = officer.post(f"/api/review/proposals/{ids['partner:JICA']}/reject", json={"note": "Không phải đối tác"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert officer.get("/api/review/proposals", params={"status": "rejected"}).json()["total"] == 1
    assert officer.get("/api/review/proposals", params={"status": "needs_info"}).json()["total"] == 1

    no_note = officer.post(f"/api/review/proposals/{ids['project']}/reject", json={})
    assert no_note.status_code == 422 and no_note.json()["error"]["field"] == "note"
    final = _approve(officer, ids["partner:JICA"])
    assert final.status_code == 409 and final.json()["error"]["code"] == "invalid_transition"
    assert officer.get("/api/partners").json()["total"] == 0

    stale = officer.post(f"/api/review/proposals/{ids['project']}/reject", json={"note": "x", "version": 7})
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict_version"


def test_province_isolation_and_rights(officer, client_for, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    approved = _approve(officer, ids["event:fair"]).json()

    other = client_for("officer", "01")
    assert other.get("/api/review/proposals").json()["total"] == 0
    assert other.get(f"/api/review/proposals/{ids['project']}").status_code == 403
    assert _approve(other, ids["project"]).status_code == 403
    assert other.post(f"/api/review/proposals/{ids['project']}/reject", json={"note": "x"}).status_code == 403
    assert other.get(f"/api/records/event/{approved['record_id']}/sources").status_code == 403
    assert other.get(f"/api/documents/{document.id}").status_code == 403

    guest = client_for("guest", "68")
    assert guest.get("/api/review/proposals").json()["total"] == 8
    refused = _approve(guest, ids["project"])
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"

    ministry = client_for("officer", None)
    assert ministry.get("/api/review/proposals", params={"province": "68"}).json()["total"] == 8
    assert _approve(ministry, ids["project"]).status_code == 200  # goes to the document's province
    assert officer.get("/api/projects").json()["total"] == 1

    assert officer.get("/api/records/planet/1/sources").status_code == 404


def test_deleting_a_record_frees_its_document(officer, db, settings):
    document, ids = propose(db, _actor(officer), settings.data_dir)
    event = _approve(officer, ids["event:fair"]).json()
    assert officer.delete(f"/api/documents/{document.id}").status_code == 409
    assert officer.delete(f"/api/events/{event['record_id']}").status_code == 204
    assert officer.delete(f"/api/documents/{document.id}").status_code == 204
    assert officer.get("/api/review/proposals").json()["total"] == 0  # the proposals went with it

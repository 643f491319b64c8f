"""End to end with the real extraction pipeline: a report is uploaded, its proposals reviewed and
approved, and the records point back at the passages they came from."""

from __future__ import annotations

from tests.review.helpers import REPORT

PLURAL = {"partner": "partners", "delegation": "delegations", "agreement": "agreements", "project": "projects",
          "event": "events"}


def test_an_ingested_document_reviewed_and_approved_becomes_linked_records(officer):
    uploaded = officer.post("/api/documents", files={"file": ("bao-cao-2019.txt", REPORT.encode())},
                            data={"kind": "report"})
    assert uploaded.status_code == 201, uploaded.text
    document = uploaded.json()["document"]
    text = officer.get(f"/api/documents/{document['id']}/text").text
    assert text == REPORT

    proposals = officer.get("/api/review/proposals", params={"document_id": document["id"]}).json()["items"]
    assert len(proposals) == uploaded.json()["proposals_created"] > 0
    for p in proposals:
        assert text[p["start"]:p["end"]] == p["quote"] and p["status"] == "pending"
    partners = [p for p in proposals if p["kind"] == "partner"]
    assert {p["data"].get("country") for p in partners} >= {"LA"}  # Champasak (Lào) at least

    approved = []
    for p in proposals:
        detail = officer.get(f"/api/review/proposals/{p['id']}").json()
        if detail["problem"]:
            continue  # a figure over several records: not one record
        result = officer.post(f"/api/review/proposals/{p['id']}/approve", json={})
        if result.status_code == 422:  # the text does not give a value the record needs (a day…)
            assert result.json()["error"]["field"]
            assert officer.get(f"/api/review/proposals/{p['id']}").json()["status"] == "pending"
            continue
        assert result.status_code == 200, result.text
        approved.append(result.json())
    assert any(r["entity"] == "partner" for r in approved)

    for result in approved:
        entity, record_id = result["entity"], result["record_id"]
        assert officer.get(f"/api/{PLURAL[entity]}/{record_id}").status_code == 200
        sources = officer.get(f"/api/records/{entity}/{record_id}/sources").json()
        assert result["proposal"]["id"] in [s["proposal_id"] for s in sources]
        for source in sources:
            assert source["quote"] == text[source["start"]:source["end"]]
            assert source["document_id"] == document["id"]

    # uploading the same report again changes nothing
    again = officer.post("/api/documents", files={"file": ("ban-sao.txt", REPORT.encode())})
    assert again.status_code == 200 and again.json()["created"] is False
    assert officer.get("/api/review/proposals", params={"document_id": document["id"]}).json()["total"] == len(proposals)

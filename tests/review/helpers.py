"""Documents stored for real, and extraction outputs (the public contract) written by hand with
offsets computed from the text, so the review can be tested on exactly the entries it needs."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.documents.reading import read_bytes
from doingoai.documents.services import DocumentService
from doingoai.documents.storage import DocumentStore
from doingoai.review import services

REPORT = (
    "Báo cáo công tác đối ngoại năm 2019 của tỉnh.\n"
    "Ngày 12/3/2019, đoàn công tác của tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm và làm việc tại tỉnh Champasak (Lào).\n"
    "Hai bên đã ký kết bản ghi nhớ hợp tác về giáo dục và y tế ngày 12/3/2019.\n"
    "Trong năm, tỉnh đã tổ chức 19 đoàn/58 lượt cán bộ đi công tác nước ngoài.\n"
    "Ngày 10/5/2019, tỉnh tổ chức Hội chợ thương mại quốc tế Việt – Lào tại thành phố Pleiku.\n"
    "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tài trợ dự án cấp nước sạch trị giá 2,5 triệu USD.\n"
    "Tháng 9/2019, tỉnh tham gia Diễn đàn hợp tác kinh tế các tỉnh biên giới.\n"
)


def span(text: str, passage: str) -> list[int]:
    start = text.index(passage)
    return [start, start + len(passage)]


def report_contract(text: str = REPORT) -> dict[str, Any]:
    return {
        "source": "bao-cao.txt",
        "province": None,
        "province_2025": None,
        "countries": [{"code": "LA", "name": "Lào", "mentions": [span(text, "Lào")]}],
        "foreign_localities": [
            {"name": "Champasak", "country": "LA", "code": "LA-CH", "mentions": [span(text, "tỉnh Champasak")]},
        ],
        "organizations": [
            {"name": "JICA", "country": "JP", "kind": "government_agency", "mentions": [span(text, "JICA")]},
        ],
        "delegations": [
            {"direction": "outbound", "delegations": 1, "persons": None, "countries": ["LA"], "date": "2019-03-12",
             "evidence": span(text, "Ngày 12/3/2019, đoàn công tác của tỉnh do Chủ tịch UBND tỉnh dẫn đầu đã thăm "
                                    "và làm việc tại tỉnh Champasak (Lào).")},
            {"direction": "outbound", "delegations": 19, "persons": 58, "countries": [], "date": "2019",
             "evidence": span(text, "19 đoàn/58 lượt cán bộ đi công tác nước ngoài")},
        ],
        "agreements": [
            {"kind": "mou", "count": 1, "partners": [{"name": "Champasak", "country": "LA"}], "date": "2019-03-12",
             "evidence": span(text, "Hai bên đã ký kết bản ghi nhớ hợp tác về giáo dục và y tế ngày 12/3/2019.")},
        ],
        "investments": [
            {"kind": "oda", "projects": 1, "projects_qualifier": "exact",
             "capital": {"amount": 2.5, "unit": "triệu", "currency": "USD", "value": 2500000, "value_usd": 2500000},
             "source_countries": None,
             "evidence": span(text, "JICA) tài trợ dự án cấp nước sạch trị giá 2,5 triệu USD")},
        ],
        "events": [
            {"name": "Hội chợ thương mại quốc tế Việt – Lào", "kind": "fair", "date": "2019-05-10", "place": "Pleiku",
             "evidence": span(text, "Ngày 10/5/2019, tỉnh tổ chức Hội chợ thương mại quốc tế Việt – Lào tại thành phố Pleiku.")},
            {"name": "Diễn đàn hợp tác kinh tế các tỉnh biên giới", "kind": "forum", "date": "2019-09", "place": None,
             "evidence": span(text, "Tháng 9/2019, tỉnh tham gia Diễn đàn hợp tác kinh tế các tỉnh biên giới.")},
        ],
    }


def store(db: Session, actor: Actor, data_dir: Any, text: str = REPORT, filename: str = "bao-cao.txt",
          province: str | None = None) -> Any:
    """A document stored through the documents service, as an upload would."""
    documents = DocumentService(db, actor, DocumentStore(data_dir))
    document, _ = documents.store_file(read_bytes(text.encode(), filename, max_mb=50), province_code=province)
    return document


def propose(db: Session, actor: Actor, data_dir: Any, contract: dict[str, Any] | None = None, **kwargs: Any) -> tuple[Any, dict[str, int]]:
    """Store the report and create its proposals from `contract`; returns (document, {summary-key: id}).
    Committed, so that API requests (which roll back what they did not commit) see it."""
    document = store(db, actor, data_dir, **kwargs)
    created = services.create_proposals(db, actor, document, contract or report_contract(document.text))
    db.commit()
    return document, {_key(p): p.id for p in created}


def _key(p: Any) -> str:
    data = p.data
    if p.kind.value == "partner":
        return f"partner:{data['name']}"
    if p.kind.value == "delegation":
        return f"delegation:{data['delegations']}"
    if p.kind.value == "event":
        return f"event:{data['kind']}"
    return p.kind.value

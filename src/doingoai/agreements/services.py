"""Agreements: the rules beyond the generic record service, the status lifecycle, and figures.

Rules on an agreement's final state (`check`), each refused with 422 naming the field:
- dates in order: signed_on ≤ effective_on ≤ expires_on (and signed_on ≤ expires_on), and the
  current responsible body cannot take over before the signing;
- an indefinite agreement has no expiry date, and cannot "expire" (terminate it instead);
- once signed (signed, in_force, suspended, expired, terminated) it needs signed_on, not in the
  future, and at least one party; in force needs an effective date (if any) that has come; expired
  needs an expiry date that has passed;
- every party is a partner record of the same province (or a name alone); its name and country
  default to the partner's; attached files are documents of the same province;
- commitments: done_on only on an item that is done; a done item is at 100 % (filled in when no
  figure is given). "Overdue" is derived, not stored.
The status moves along `AGREEMENT_TRANSITIONS` (models.py) through `change_status` (core lifecycle).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from doingoai.accounts.security import Actor
from doingoai.agreements.models import (
    SIGNED_STATUSES,
    Agreement,
    AgreementFile,
    AgreementParty,
    AgreementSignatory,
    AgreementStatus,
    AgreementStatusChange,
    Commitment,
    CommitmentStatus,
)
from doingoai.agreements.schemas import AgreementQuery
from doingoai.core.lifecycle import LifecycleService
from doingoai.core.models import Base
from doingoai.core.services import check_order, check_reference
from doingoai.errors import Invalid


def _partner(session: Session, partner_id: int) -> Any:
    """A partner's name and country, read by table name (domains do not import each other's models)."""
    t = Base.metadata.tables["partners"]
    return session.execute(select(t.c.name_vi, t.c.country_code).where(t.c.id == partner_id)).one_or_none()


class AgreementService(LifecycleService[Agreement]):
    model = Agreement
    entity = "agreement"
    label_vi = "thỏa thuận quốc tế"
    history_model = AgreementStatusChange
    date_field = "signed_on"  # the period filter: agreements signed in the period
    sort_fields = ("id", "signed_on", "effective_on", "expires_on", "title", "status", "kind", "created_at",
                   "updated_at")
    default_sort = "-signed_on"
    children = {"parties": AgreementParty, "signatories": AgreementSignatory, "files": AgreementFile,
                "commitments": Commitment}
    equal_filters = {"status": "status", "kind": "kind", "signing_level": "signing_level"}

    # ------------------------------------------------------------------ reads
    def filter(self, stmt: Select[tuple[Agreement]], query: AgreementQuery) -> Select[tuple[Agreement]]:  # type: ignore[override]
        if query.country:
            stmt = stmt.where(exists().where(AgreementParty.agreement_id == Agreement.id,
                                             AgreementParty.country_code == query.country))
        if query.partner_id:
            stmt = stmt.where(exists().where(AgreementParty.agreement_id == Agreement.id,
                                             AgreementParty.partner_id == query.partner_id))
        if query.expiring_within_days is not None:
            today = date.today()
            stmt = stmt.where(Agreement.status == AgreementStatus.in_force,
                              Agreement.expires_on >= today,
                              Agreement.expires_on <= today + timedelta(days=query.expiring_within_days))
        return stmt

    def search_values(self, obj: Agreement) -> Iterable[str | None]:
        yield from (obj.title, obj.title_en, obj.number, obj.signing_body, obj.responsible_body,
                    obj.signed_place, obj.summary)
        yield from obj.fields or []
        for party in obj.parties:
            yield party.name

    def status_date(self, obj: Agreement, status: Any) -> date | None:
        return {AgreementStatus.signed: obj.signed_on, AgreementStatus.in_force: obj.effective_on or obj.signed_on,
                AgreementStatus.expired: obj.expires_on}.get(status)

    # ----------------------------------------------------------------- writes
    def apply(self, obj: Agreement, values: dict[str, Any]) -> None:
        for item in values.get("commitments") or []:
            if item.get("status") == CommitmentStatus.done and item.get("progress") is None:
                item["progress"] = 100  # marked done without a figure: done is 100 %
        super().apply(obj, values)

    # ------------------------------------------------------------------ rules
    def check(self, obj: Agreement) -> None:
        today = date.today()
        check_order(obj, "signed_on", "effective_on")
        check_order(obj, "effective_on", "expires_on")
        check_order(obj, "signed_on", "expires_on")
        check_order(obj, "signed_on", "responsible_since")
        if obj.indefinite and obj.expires_on is not None:
            raise Invalid("expires_on", "thỏa thuận vô thời hạn không có ngày hết hiệu lực",
                          "an indefinite agreement has no expiry date")
        if obj.status in SIGNED_STATUSES:
            if obj.signed_on is None:
                raise Invalid("signed_on", "bắt buộc khi thỏa thuận đã được ký",
                              "required once the agreement is signed")
            if obj.signed_on > today:
                raise Invalid("signed_on", "thỏa thuận đã ký không thể có ngày ký ở tương lai",
                              "a signed agreement cannot be signed in the future")
            if not obj.parties:
                raise Invalid("parties", "thỏa thuận đã ký phải có ít nhất một bên ký kết",
                              "a signed agreement needs at least one party")
        if obj.status == AgreementStatus.in_force and obj.effective_on is not None and obj.effective_on > today:
            raise Invalid("effective_on", "chưa đến ngày có hiệu lực", "the agreement does not take effect yet")
        if obj.status == AgreementStatus.expired:
            if obj.indefinite:
                raise Invalid("indefinite", "thỏa thuận vô thời hạn không hết hiệu lực; hãy chấm dứt",
                              "an indefinite agreement does not expire; terminate it instead")
            if obj.expires_on is None or obj.expires_on > today:
                raise Invalid("expires_on", "cần ngày hết hiệu lực đã qua", "needs an expiry date that has passed")
        for i, party in enumerate(obj.parties):
            self._check_party(obj, i, party)
        for i, file in enumerate(obj.files):
            check_reference(self.session, "documents", file.document_id, obj.province_code, f"files.{i}.document_id")
        for i, commitment in enumerate(obj.commitments):
            self._check_commitment(i, commitment)

    def _check_party(self, obj: Agreement, i: int, party: AgreementParty) -> None:
        if party.partner_id is not None:
            check_reference(self.session, "partners", party.partner_id, obj.province_code, f"parties.{i}.partner_id")
            name, country = _partner(self.session, party.partner_id)
            party.name = party.name or name
            party.country_code = party.country_code or country
        if not party.name:
            raise Invalid(f"parties.{i}.name", "cần tên bên ký kết hoặc đối tác", "needs a name or a partner")

    @staticmethod
    def _check_commitment(i: int, c: Commitment) -> None:
        if c.status == CommitmentStatus.done:
            if c.progress is not None and c.progress != 100:
                raise Invalid(f"commitments.{i}.progress", "việc đã xong phải đạt 100%", "must be 100 for a done item")
        elif c.done_on is not None:
            raise Invalid(f"commitments.{i}.done_on", "chỉ ghi khi việc đã xong", "only for an item that is done")


# ---------------------------------------------------------------------------------------- figures
def status_counts(session: Session, actor: Actor, filters: AgreementQuery | None = None) -> dict[str, int]:
    """Agreements by status, every status present (zeros included), for the records a list with
    `filters` shows: the actor's scope, kind, country…, and the period on signed_on. E.g. for
    `AgreementQuery(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))`:
    `{"draft": 0, "consulting": 0, "signed": 2, "in_force": 5, "suspended": 0, "expired": 0, "terminated": 1}`.
    """
    filters = filters or AgreementQuery()
    stmt = AgreementService(session, actor).filtered(filters).subquery()
    rows = session.execute(select(stmt.c.status, func.count()).group_by(stmt.c.status)).all()
    counts = {status.value: 0 for status in AgreementStatus}
    for status, n in rows:
        counts[AgreementStatus(status).value] += n
    return counts


def expiring(session: Session, actor: Actor, filters: AgreementQuery | None = None) -> list[dict[str, Any]]:
    """Agreements in force that expire between today and today + `filters.expiring_within_days`
    (90 if not given), soonest first, as plain data for reports and reminders."""
    filters = filters or AgreementQuery()
    if filters.expiring_within_days is None:
        filters = filters.model_copy(update={"expiring_within_days": 90})
    stmt = AgreementService(session, actor).filtered(filters).order_by(Agreement.expires_on, Agreement.id)
    today = date.today()
    return [
        {
            "id": a.id,
            "province_code": a.province_code,
            "title": a.title,
            "number": a.number,
            "kind": a.kind.value,
            "responsible_body": a.responsible_body or a.signing_body,
            "parties": [p.name for p in a.parties],
            "signed_on": a.signed_on,
            "expires_on": a.expires_on,
            "days_left": (a.expires_on - today).days,  # type: ignore[operator]
        }
        for a in session.scalars(stmt).unique()
    ]

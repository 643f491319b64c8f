"""Build the sample database through the domains' services, as real users would.

Every record is written by a service with a real user as actor (the province's officer; users by
the admin), so rules are checked, search text and derived figures (member_count, overdue…) computed
and the audit trail written exactly as for real data. A rule the sample data breaks is raised, not
worked around: the sample data is what gets fixed.

The database lives in its own directory (default var/demo), marked as a demo directory; each build
deletes the previous demo database and documents and starts again, so the result depends only on
the seed (and on today's date: what lies ahead is only planned).
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from doingoai.accounts import services as accounts
from doingoai.accounts.models import User
from doingoai.accounts.schemas import UserCreate
from doingoai.accounts.security import SYSTEM, Actor
from doingoai.agreements.schemas import AgreementCreate, AgreementStatusIn, AgreementUpdate
from doingoai.agreements.services import AgreementService
from doingoai.db import make_engine, make_sessionmaker, transaction
from doingoai.delegations.schemas import DelegationCreate
from doingoai.delegations.services import DelegationService
from doingoai.demo import activity as act
from doingoai.demo import history
from doingoai.demo.people import person_name
from doingoai.demo.province import PROFILES, Profile
from doingoai.events.schemas import EventCreate
from doingoai.events.services import EventService
from doingoai.partners.schemas import PartnerCreate, PersonCreate, RelationCreate
from doingoai.partners.services import PartnerService, PersonService, RelationService
from doingoai.plans.schemas import PlanCreate, PlanUpdate
from doingoai.plans.services import PlanService
from doingoai.projects.schemas import ProjectCreate, ProjectStatusIn
from doingoai.projects.services import ProjectService

MARKER = ".doingoai-demo"
DB_FILE = "doingoai.db"
FIRST_YEAR = 2019
HOME = "68"  # Lâm Đồng: the province with the whole history
OTHER_YEARS = 3  # the other provinces: the last three years
PASSWORD = "dulieumau"  # "dữ liệu mẫu": every demo account's password (sample data only)
DOCUMENTS = Path(__file__).parent / "documents"


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    province: str | None
    label_vi: str
    label_en: str
    shown: bool = True  # printed with the logins


USERS = (
    DemoUser("admin", "Quản trị hệ thống (Lâm Đồng)", "admin", HOME, "Quản trị (tỉnh Lâm Đồng)",
             "Administrator (Lâm Đồng)"),
    DemoUser("canbo", "Nguyễn Thị Minh Thư", "officer", HOME, "Cán bộ nhập liệu (tỉnh Lâm Đồng)", "Officer (Lâm Đồng)"),
    DemoUser("lanhdao", "Trần Quốc Việt", "leader", HOME, "Lãnh đạo (xem cả dữ liệu mật)",
             "Leader (sees restricted records)"),
    DemoUser("khach", "Khách tham quan", "guest", HOME, "Khách (chỉ xem)", "Guest (read-only)"),
    DemoUser("bongoaigiao", "Phạm Hải Đăng (Bộ Ngoại giao)", "leader", None, "Cấp bộ (xem mọi tỉnh)",
             "Ministry level (every province)"),
    DemoUser("canbo.khanhhoa", "Lê Thị Thu Trang", "officer", "56", "Cán bộ tỉnh Khánh Hòa", "Officer (Khánh Hòa)",
             False),
    DemoUser("canbo.daklak", "H' Nhi Êban", "officer", "66", "Cán bộ tỉnh Đắk Lắk", "Officer (Đắk Lắk)", False),
)


class DemoDirectoryError(Exception):
    """The chosen directory holds a database that is not a demo one: it is never overwritten."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.message_vi = (f"Thư mục {path} chứa một cơ sở dữ liệu không phải dữ liệu mẫu; doingoai demo không ghi đè "
                           f"lên nó. Hãy chọn thư mục khác (--data-dir).")
        self.message_en = (f"{path} holds a database that is not a demo database; doingoai demo will not overwrite it. "
                           f"Choose another directory (--data-dir).")


@dataclass
class BuildResult:
    data_dir: Path
    url: str
    seconds: float
    counts: dict[str, Any] = field(default_factory=dict)
    users: tuple[DemoUser, ...] = USERS
    password: str = PASSWORD


# ------------------------------------------------------------------------------------- directory
def prepare_directory(data_dir: Path) -> None:
    """Make `data_dir` an empty demo directory: refuse one holding a real database, clear a demo one."""
    if data_dir.exists() and not data_dir.is_dir():
        raise DemoDirectoryError(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    marker = data_dir / MARKER
    if not marker.exists() and ((data_dir / DB_FILE).exists() or (data_dir / "documents").exists()):
        raise DemoDirectoryError(data_dir)
    for suffix in ("", "-wal", "-shm", "-journal"):
        (data_dir / f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    shutil.rmtree(data_dir / "documents", ignore_errors=True)
    marker.write_text("Thư mục dữ liệu mẫu của `doingoai demo`: được xóa và dựng lại mỗi lần chạy.\n"
                      "Demo data directory of `doingoai demo`: deleted and rebuilt on every run.\n")


def database_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / DB_FILE).resolve()}"


# ----------------------------------------------------------------------------------------- build
def build(data_dir: Path, seed: int = 68, *, first_year: int = FIRST_YEAR, today: date | None = None,
          progress: Callable[[str], None] = lambda _: None) -> BuildResult:
    from doingoai import migrations

    started = time.perf_counter()
    today = today or date.today()
    data_dir = Path(data_dir)
    prepare_directory(data_dir)
    url = database_url(data_dir)
    migrations.upgrade(url)
    engine = make_engine(url)
    try:
        factory = make_sessionmaker(engine)
        users = _users(factory)
        last_year = today.year
        for code, profile in PROFILES.items():
            years = range(first_year if code == HOME else max(first_year, last_year - OTHER_YEARS + 1), last_year + 1)
            progress(f"{profile.name}: {years[0]}–{years[-1]}")
            ProvinceBuilder(factory, users[code], profile, random.Random(f"{seed}-{code}"), today, years).run()
        documents = ingest_documents(factory, users[HOME], data_dir)
        counts = summary(factory, today)
        counts["documents_ingested"] = documents
    finally:
        engine.dispose()
    return BuildResult(data_dir, url, time.perf_counter() - started, counts)


def _users(factory: sessionmaker[Session]) -> dict[str, Actor]:
    """The demo accounts: the first admin and the ministry user by the system, the rest by the admin."""
    officers: dict[str, Actor] = {}
    with transaction(factory) as session:
        made: dict[str, User] = {}
        for u in USERS:
            # The province's first admin and the accounts of other offices come from the system; the admin
            # then adds the province's own staff.
            by = Actor.of(made["admin"]) if u.province == HOME and u.role != "admin" else SYSTEM
            made[u.username] = accounts.create_user(session, by, UserCreate(
                username=u.username, full_name=u.full_name, role=u.role, province_code=u.province, password=PASSWORD))
        for u in USERS:
            if u.role == "officer":
                officers[u.province] = Actor.of(made[u.username])  # type: ignore[index]
    return officers


class ProvinceBuilder:
    """One province's records, year by year, written by its officer through the services."""

    def __init__(self, factory: sessionmaker[Session], actor: Actor, profile: Profile, rng: random.Random,
                 today: date, years: range) -> None:
        self.factory, self.actor, self.profile, self.today, self.years = factory, actor, profile, today, years
        self.ctx = act.Context(profile, rng, today)
        self.rng = rng
        if profile.code == HOME:
            self.partner_specs, self.contact_specs = history.LAM_DONG_PARTNERS, history.LAM_DONG_CONTACTS
            self.agreement_specs, self.relation_specs = history.LAM_DONG_AGREEMENTS, history.LAM_DONG_RELATIONS
        else:
            self.partner_specs, self.agreement_specs = history.OTHER_PROVINCES[profile.code]
            self.contact_specs, self.relation_specs = [], []
        self.plan_years = {today.year - 1, today.year} if profile.code == HOME else set()

    def run(self) -> None:
        with transaction(self.factory) as session:
            self._partners(session)
        with transaction(self.factory) as session:
            for spec in self.agreement_specs:
                self._agreement(session, spec)
            self._relations(session)
        for year in self.years:
            with transaction(self.factory) as session:
                self._year(session, year)

    # ------------------------------------------------------------------------ partners, people
    def _partners(self, session: Session) -> None:
        partners = PartnerService(session, self.actor)
        for spec in self.partner_specs:
            obj = partners.create(PartnerCreate.model_validate(spec.data))
            self.ctx.partners[spec.key] = act.PartnerRef(spec.key, obj.id, spec)
        persons = PersonService(session, self.actor)
        for spec in self.contact_specs:
            partner = self.ctx.partners[spec.partner]
            if partner.kind in ("vn_mission_abroad", "overseas_vietnamese"):
                country = "VN"
            else:
                country = partner.country or self.rng.choice(("US", "GB", "FR", "DE", "JP", "AU", "IN"))
            name = person_name(self.rng, country)
            obj = persons.create(PersonCreate.model_validate({
                "full_name": name, "country_code": country, "notes": history.SAMPLE_NOTE,
                "positions": [{"partner_id": partner.id, "title": title, "start_date": start, "end_date": end}
                              for title, start, end in spec.positions]}))
            self.ctx.contacts[spec.partner].append(act.ContactRef(obj.id, name, spec.role, spec.positions))

    # ------------------------------------------------------------------------------ agreements
    def _signatory(self, spec: history.AgreementSpec, on: date) -> list[dict[str, Any]]:
        rows = []
        if spec.vn_signatory:
            name, title = spec.vn_signatory
            rows.append({"side": "vietnamese", "name": name or self.ctx.director(title.removeprefix("Giám đốc ")),
                         "title": title})
        if spec.foreign_signatory:
            found = self.ctx.head(spec.foreign_signatory, on)
            if found is not None:
                contact, title = found
                rows.append({"side": "foreign", "name": contact.name, "title": title})
        return rows

    def _agreement(self, session: Session, spec: history.AgreementSpec) -> None:
        service = AgreementService(session, self.actor)
        data = dict(spec.data)
        expires = data.get("expires_on")
        if isinstance(expires, str):  # "+39d": expiring soon, whenever the demo is built
            data["expires_on"] = self.today + timedelta(days=int(expires.strip("+d")))
        parties = []
        for key, name in spec.parties:
            if key:
                parties.append({"partner_id": self.ctx.partners[key].id, **({"name": name} if name else {})})
            else:
                parties.append({"name": name, "country_code": spec.partner_country})
        status, _, _ = spec.path[0]
        signed = data.get("signed_on")
        payload = {**data, "status": status, "parties": parties,
                   "signatories": self._signatory(spec, signed) if signed else [],
                   "commitments": [{k: v for k, v in c.items() if v is not None} for c in spec.commitments]}
        obj = service.create(AgreementCreate.model_validate(payload))
        for status, on, note in spec.path[1:]:
            obj = service.change_status(obj.id, AgreementStatusIn(status=status, on=on, note=note, version=obj.version))
        if spec.extend_to:
            _, new_expiry = spec.extend_to
            obj = service.update(obj.id, AgreementUpdate(
                version=obj.version, expires_on=new_expiry,
                notes=f"Gia hạn đến {new_expiry:%d/%m/%Y} theo thư trao đổi giữa hai bên ngày "
                      f"{spec.extend_to[0]:%d/%m/%Y}."))
        if spec.succession:
            obj = service.update(obj.id, AgreementUpdate(version=obj.version, **spec.succession))
        self.ctx.agreements[spec.key] = act.AgreementRef(spec.key, obj.id, spec, obj.status.value)

    def _relations(self, session: Session) -> None:
        service = RelationService(session, self.actor)
        for r in self.relation_specs:
            data = {k: v for k, v in r.items() if k not in ("partner", "agreement")}
            data["partner_id"] = self.ctx.partners[r["partner"]].id
            data["agreement_id"] = self.ctx.agreements[r["agreement"]].id
            data["notes"] = f"{r['notes']} {history.SAMPLE_NOTE}" if r.get("notes") else history.SAMPLE_NOTE
            service.create(RelationCreate.model_validate(data))

    # ------------------------------------------------------------------------------------ years
    def _year(self, session: Session, year: int) -> None:
        ctx = self.ctx
        event_plans = act.events_for_year(ctx, year)
        invest_day = next((e.data["start_on"] for e in event_plans
                           if e.key == "invest_home" and e.data["status"] == "held"), None)
        projects = self._projects(session, act.fdi_for_year(ctx, year, invest_day) + act.aid_for_year(ctx, year))
        events = self._events(session, year, event_plans, projects)
        delegations = act.delegations_for_year(ctx, year, events, projects)
        plan = None
        if year in self.plan_years:
            data, groups = act.plan_for_year(ctx, year, events, projects, delegations)
            plan = PlanService(session, self.actor).create(PlanCreate.model_validate(data))
            for g, (_, _, tasks) in enumerate(groups):
                for t, task in enumerate(tasks):
                    task_id = plan.groups[g].tasks[t].id
                    for i in task.delegations:
                        delegations[i].data["plan_task_id"] = task_id
        service = DelegationService(session, self.actor)
        for d in delegations:
            service.create(DelegationCreate.model_validate(d.data))
        if plan is not None:
            self._plan_progress(session, plan.id, groups, delegations, closing=year < self.today.year)

    def _projects(self, session: Session, plans: list[act.ProjectPlan]) -> list[act.ProjectRef]:
        service = ProjectService(session, self.actor)
        refs = []
        for p in plans:
            obj = service.create(ProjectCreate.model_validate({**p.data, "status": "proposed"}))
            for status, on, note in p.path:
                move = ProjectStatusIn(status=status, on=on, note=note, version=obj.version)
                obj = service.change_status(obj.id, move)
            refs.append(act.ProjectRef(obj.id, obj.kind.value, obj.name, p.partner, obj.country_code, obj.approved_on,
                                       obj.proposed_on, obj.status.value, obj.location, p.event_key))
        return refs

    def _events(self, session: Session, year: int, plans: list[act.EventPlan],
                projects: list[act.ProjectRef]) -> list[act.EventRef]:
        service = EventService(session, self.actor)
        refs = []
        for e in plans:
            links = []
            if e.data["status"] == "held":
                for a in self.ctx.agreements.values():
                    if a.spec.occasion == f"event:{e.key}" and a.signed_on == e.data["start_on"]:
                        links.append({"agreement_id": a.id, "note": "Ký kết tại sự kiện"})
                for p in projects:
                    if p.event_key == e.key:
                        links.append({"project_id": p.id, "note": "Trao giấy chứng nhận đăng ký đầu tư tại hội nghị"})
            obj = service.create(EventCreate.model_validate({**e.data, "outcome_links": links}))
            refs.append(act.EventRef(obj.id, e.key, obj.name, obj.start_on, obj.end_on or obj.start_on,
                                     obj.status.value, obj.country_code, obj.place or "", e.tags, e.partners,
                                     e.host_agency))
        return refs

    def _plan_progress(self, session: Session, plan_id: int, groups: list[tuple[str, str, list[act.TaskPlan]]],
                       delegations: list[act.DelegationPlan], closing: bool) -> None:
        """Progress as the officer records it; a past year's plan is then closed."""
        service = PlanService(session, self.actor)
        plan = service.get(plan_id)
        payload = []
        for g, group in enumerate(plan.groups):
            tasks = []
            for t, task in enumerate(group.tasks):
                state = act.task_progress(self.ctx, groups[g][2][t], delegations, closing)
                tasks.append({"id": task.id, "title": task.title, "order": task.order, "responsible": task.responsible,
                              "deadline": task.deadline, "event_id": task.event_id, "agreement_id": task.agreement_id,
                              "project_id": task.project_id, "notes": state.pop("notes", task.notes), **state})
            payload.append({"id": group.id, "title": group.title, "order": group.order, "tasks": tasks})
        plan = service.update(plan_id, PlanUpdate.model_validate({"version": plan.version, "groups": payload}))
        if closing:
            service.update(plan_id, PlanUpdate.model_validate({
                "version": plan.version, "status": "closed",
                "notes": (plan.notes + " " if plan.notes else "") + "Đã tổng kết; các nhiệm vụ chưa hoàn thành chuyển "
                                                                     "sang kế hoạch năm sau."}))


# ------------------------------------------------------------------------------------- documents
def ingest_documents(factory: sessionmaker[Session], actor: Actor, data_dir: Path) -> int:
    """The sample texts in demo/documents, read and extracted like any upload: the review queue
    then holds pending proposals, each with the passage it came from. Skipped (0) when the
    documents or review domains are not there."""
    try:
        from doingoai.documents.reading import read_document
        from doingoai.documents.storage import DocumentStore
        from doingoai.review import services as review
    except ModuleNotFoundError:
        return 0
    kinds = {"bao-cao": "report", "tin": "news", "bien-ban": "minutes"}
    store = DocumentStore(data_dir)
    count = 0
    for path in sorted(DOCUMENTS.glob("*.txt")):
        read = read_document(path)
        kind = next((k for prefix, k in kinds.items() if path.name.startswith(prefix)), "other")
        with transaction(factory) as session:
            result = review.ingest(session, actor, read, store, province_code=HOME, kind=kind)
            count += int(result.created)
    return count


# --------------------------------------------------------------------------------------- summary
def summary(factory: sessionmaker[Session], today: date) -> dict[str, Any]:
    """What the demo holds, read back through the counting functions the app uses."""
    from doingoai.agreements import services as agreements
    from doingoai.agreements.schemas import AgreementQuery
    from doingoai.core.models import Base
    from doingoai.delegations import services as delegations

    tables = Base.metadata.tables
    out: dict[str, Any] = {}
    with transaction(factory) as session:
        for name in ("users", "partners", "persons", "relations", "agreements", "agreement_commitments", "delegations",
                     "delegation_members", "projects", "events", "plans", "plan_tasks", "audit_events", "documents",
                     "proposals"):
            if name in tables:
                out[name] = session.scalar(select(func.count()).select_from(tables[name])) or 0
        d = tables["delegations"]
        rows = session.execute(select(d.c.province_code, func.count()).group_by(d.c.province_code)).all()
        out["delegations_by_province"] = {code: n for code, n in rows}
        home = Actor(None, "demo", SYSTEM.role, HOME)
        out["home_by_year"] = {}
        for year in range(FIRST_YEAR, today.year + 1):
            first, last = date(year, 1, 1), date(year, 12, 31)
            out_row = delegations.count(session, home, "outbound", first, last)[0]
            in_row = delegations.count(session, home, "inbound", first, last)[0]
            if out_row["delegations"] or in_row["delegations"]:
                out["home_by_year"][year] = (out_row["delegations"], out_row["persons"], in_row["delegations"],
                                             in_row["persons"])
        out["agreements_by_status"] = agreements.status_counts(session, home, AgreementQuery())
        out["expiring_90_days"] = len(agreements.expiring(session, home))
        p = tables["projects"]
        out["projects_by_kind"] = dict(session.execute(
            select(p.c.kind, func.count()).where(p.c.province_code == HOME).group_by(p.c.kind)).all())
    return out

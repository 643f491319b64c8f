"""The yearly activity of a sample province, drawn with a seeded generator from `catalogue`.

Each function returns plain input data (dicts the domains' Create schemas accept) plus what the
builder needs to link records (keys, dates, tags); nothing here touches the database. What happens
after `today` is only planned: events ahead are "planned", trips more than a few weeks ahead are
not drawn yet, nothing ahead is approved, signed or licensed.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from doingoai.demo import catalogue as cat
from doingoai.demo.history import AgreementSpec, PartnerSpec
from doingoai.demo.people import foreign_name, vn_name
from doingoai.demo.province import DEPARTMENTS_MERGED, PROVINCES_MERGED, Profile, year_scale
from doingoai.reference import services as ref

HORIZON_DAYS = 45  # trips are drawn up to this many days ahead of today
MONTHS_NORMAL = (2, 5, 7, 8, 9, 7, 6, 8, 9, 9, 10, 8)
MONTHS = {2020: (6, 5, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1), 2021: (0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3),
          2022: (0, 0, 1, 2, 3, 4, 5, 5, 5, 6, 6, 5)}
INTERPRETER_LANGUAGE = {"JP": "tiếng Nhật", "KR": "tiếng Hàn", "LA": "tiếng Lào", "KH": "tiếng Khmer",
                        "TH": "tiếng Thái", "CN": "tiếng Trung", "TW": "tiếng Trung", "FR": "tiếng Pháp", "RU": "tiếng Nga"}
CENT = Decimal("0.01")
# Borders closed by the pandemic: no trips abroad, and only guests already living in Viet Nam
# (embassies, offices of international organisations and NGOs) could visit.
CLOSED = (date(2020, 3, 20), date(2021, 10, 31))
RESIDENT = frozenset({"embassy_consulate", "international_org", "foreign_ngo"})


def closed(day: date) -> bool:
    return CLOSED[0] <= day <= CLOSED[1]


# ------------------------------------------------------------------------------- references
@dataclass
class PartnerRef:
    key: str
    id: int
    spec: PartnerSpec

    @property
    def kind(self) -> str:
        return self.spec.data["kind"]

    @property
    def name(self) -> str:
        return self.spec.data["name_vi"]

    @property
    def country(self) -> str | None:
        return self.spec.data.get("country_code")

    @property
    def subdivision(self) -> str | None:
        return self.spec.data.get("subdivision_code")

    @property
    def city(self) -> str | None:
        return self.spec.data.get("city")

    @property
    def short(self) -> str:
        return self.spec.data.get("short_name") or self.name

    def active(self, on: date) -> bool:
        return self.spec.since is None or on >= self.spec.since


@dataclass
class ContactRef:
    id: int
    name: str
    role: str
    positions: list[tuple[str, date, date | None]]

    def title_on(self, on: date) -> str | None:
        for title, start, end in self.positions:
            if start <= on and (end is None or on <= end):
                return title
        return None


@dataclass
class AgreementRef:
    key: str
    id: int
    spec: AgreementSpec
    status: str

    @property
    def signed_on(self) -> date | None:
        return self.spec.data.get("signed_on")

    @property
    def title(self) -> str:
        return self.spec.data["title"]


@dataclass
class EventRef:
    id: int
    key: str
    name: str
    start: date
    end: date
    status: str
    country: str
    place: str
    tags: frozenset[str]
    partners: tuple[str, ...]
    host_agency: str | None


@dataclass
class ProjectRef:
    id: int
    kind: str
    name: str
    partner: str | None
    country: str | None
    approved_on: date | None
    proposed_on: date | None
    status: str
    location: str | None
    event_key: str | None = None  # awarded at this event


@dataclass
class Context:
    """What the drawing reads: the province, the generator, today, and the records made so far."""

    profile: Profile
    rng: random.Random
    today: date
    partners: dict[str, PartnerRef] = field(default_factory=dict)
    contacts: dict[str, list[ContactRef]] = field(default_factory=lambda: defaultdict(list))
    agreements: dict[str, AgreementRef] = field(default_factory=dict)
    _directors: dict[str, str] = field(default_factory=dict)
    _numbers: dict[tuple[int, str], int] = field(default_factory=dict)
    investments: set[tuple[str, str]] = field(default_factory=set)  # (investor, activity tag) already drawn
    head_visits: set[tuple[str, int]] = field(default_factory=set)  # (partner, year) its head already came

    # ------------------------------------------------------------- people
    def director(self, agency: str) -> str:
        """The head of an agency (one per agency name: a merged department has a new head)."""
        if agency not in self._directors:
            self._directors[agency] = vn_name(self.rng)
        return self._directors[agency]

    def head(self, partner: str, on: date) -> tuple[ContactRef, str] | None:
        for role in ("head", "deputy"):
            for contact in self.contacts.get(partner, []):
                title = contact.title_on(on)
                if contact.role == role and title:
                    return contact, title
        return None

    def deputy(self, partner: str, on: date, besides: int | None) -> tuple[ContactRef, str] | None:
        for contact in self.contacts.get(partner, []):
            title = contact.title_on(on)
            if title and contact.id != besides and contact.role in ("deputy", "staff"):
                return contact, title
        return None

    # ------------------------------------------------------------ numbers
    def number(self, on: date, series: str) -> int:
        """Document numbers grow through the year, as a register's do."""
        base = on.timetuple().tm_yday * 7 + self.rng.randint(0, 6)
        key = (on.year, series)
        value = max(base, self._numbers.get(key, 0) + 1)
        self._numbers[key] = value
        return value

    # ------------------------------------------------------------- places
    def country_vi(self, code: str) -> str:
        country = ref.country(code)
        return country.name_vi if country else code

    def where(self, partner: PartnerRef | None, place: cat.Place | None = None) -> str:
        """"tỉnh Gunma (Nhật Bản)", "Tokyo (Nhật Bản)", "Singapore", "Đài Bắc, Đài Loan (Trung Quốc)"."""
        if partner is not None:
            code = partner.country or ""
            here = f"{partner.name[0].lower()}{partner.name[1:]}" if partner.kind == "foreign_locality" \
                else (partner.city or self.country_vi(code))
        else:
            assert place is not None
            code, here = place.country, place.locality
        country = self.country_vi(code) if code else ""
        if not country or here == country:
            return here
        return f"{here}, {country}" if "(" in country else f"{here} ({country})"

    def called(self, partner: PartnerRef) -> str:
        """A partner's name inside a sentence: "tỉnh Gunma (Nhật Bản)", "Tổng Lãnh sự quán Pháp…"."""
        return self.where(partner) if partner.kind == "foreign_locality" else partner.name

    def org_name(self, agency: str) -> str:
        province = self.profile.name
        if province in agency or agency.startswith("Trường") or agency.startswith("UBND"):
            return agency
        return f"{agency} tỉnh {province}" if not agency.endswith("tỉnh") else f"{agency} {province}"

    def agency(self, key: str, on: date) -> str:
        return self.profile.agency(key, on) if key in self.profile.agencies else key

    def horizon(self) -> date:
        return self.today + timedelta(days=HORIZON_DAYS)


def pick(rng: random.Random, weighted: list[tuple[Any, float]]) -> Any:
    items, weights = zip(*weighted)
    return rng.choices(items, weights)[0]


def random_day(rng: random.Random, year: int, months: tuple[int, ...] | None = None) -> date:
    weights = MONTHS.get(year, MONTHS_NORMAL)
    choices = [(m, w) for m, w in zip(range(1, 13), weights) if w and (months is None or m in months)]
    if not choices:
        choices = [(m, 1) for m in (months or range(1, 13))]
    month = pick(rng, choices)
    day = rng.randint(1, 28)
    return date(year, month, day)


def quarter_end(on: date) -> date:
    month = ((on.month - 1) // 3 + 1) * 3
    return date(on.year, month, 30 if month in (6, 9) else 31)


def _scaled(rng: random.Random, base: float, year: int) -> int:
    return max(0, round(base * year_scale(year) * rng.uniform(0.9, 1.1)))


# ---------------------------------------------------------------------------------------- events
@dataclass
class EventPlan:
    key: str
    data: dict[str, Any]
    tags: frozenset[str]
    partners: tuple[str, ...]
    host_agency: str | None


def _pandemic_status(year: int, start: date) -> str | None:
    """'cancelled' for events the pandemic stopped; None otherwise."""
    if year == 2020 and 3 <= start.month <= 9:
        return "cancelled"
    if year == 2021 and start.month <= 10:
        return "cancelled"
    return None


def events_for_year(ctx: Context, year: int) -> list[EventPlan]:
    rng, profile = ctx.rng, ctx.profile
    signing = {a.spec.occasion.split(":", 1)[1]: a.signed_on for a in ctx.agreements.values()
               if a.spec.occasion and a.spec.occasion.startswith("event:") and a.signed_on and a.signed_on.year == year}
    chosen: list[cat.EventTemplate] = []
    optional: list[cat.EventTemplate] = []
    for t in cat.EVENTS:
        if t.provinces is not None and profile.code not in t.provinces:
            continue
        if t.every_year or (t.years is not None and year in t.years and t.provinces is not None):
            chosen.append(t)
        elif t.years is None or year in t.years:
            optional.append(t)
    target = _scaled(rng, profile.volume["events"], year)
    rng.shuffle(optional)
    chosen += optional[:max(0, target - len(chosen))]
    plans = []
    for t in chosen:
        if t.key in signing:
            start = signing[t.key]
        elif t.key == "festival_hoa":
            start = date(year, 12, {2019: 20, 2022: 10, 2024: 14}.get(year, 18))
        else:
            start = random_day(rng, year, t.months)
        if t.after_merger and start < PROVINCES_MERGED:
            continue
        abroad = t.country != "VN"
        pandemic = _pandemic_status(year, start)
        if abroad and (pandemic or year == 2021 or (year == 2020 and start.month > 2)):
            continue  # nobody travelled to fairs abroad in the pandemic
        end = start + timedelta(days=rng.randint(*t.days) - 1)
        if end.year != year:
            end = date(year, 12, 31)
        status = "planned" if start > ctx.today else ("cancelled" if pandemic and rng.random() < 0.7 else "held")
        online = year in (2020, 2021) and status == "held" and t.kind in ("conference_seminar", "training", "meeting") \
            and start.month >= 3
        fmt = {"province": profile.name, "year": year, "edition": cat.FESTIVAL_EDITIONS.get(year, ""),
               "edition_bmt": cat.BMT_EDITIONS.get(year, ""), "caexpo": cat.CAEXPO_EDITIONS.get(year, "")}
        name = t.name.format(**fmt)
        host_agency = None
        if t.host == "ubnd":
            host = profile.ubnd
        else:
            host_agency = ctx.agency(t.host, start)
            host = ctx.org_name(host_agency)
        organisers: list[dict[str, Any]] = [{"name": host, "role": "host"}]
        involved = []
        for key in t.partners:
            partner = ctx.partners.get(key)
            if partner is None or not partner.active(start) or rng.random() < 0.25:
                continue
            role = {"company": "sponsor", "international_org": "co_organiser", "embassy_consulate": "co_organiser",
                    "vn_mission_abroad": "co_organiser"}.get(partner.kind, "participant")
            organisers.append({"partner_id": partner.id, "role": role})
            involved.append(key)
        data: dict[str, Any] = {
            "name": name, "kind": t.kind, "international": t.international, "start_on": start, "end_on": end,
            "place": t.place if not online else f"{t.place} (kết hợp trực tuyến)", "country_code": t.country,
            "status": status, "organisers": organisers,
        }
        if t.name_en:
            data["name_en"] = f"{t.name_en} {year}"
        if t.participants and status != "cancelled":
            low, high = t.participants
            count = rng.randint(low, high)
            data["participants_count"] = round(count, -3) if count > 20_000 else round(count, -1)
        if t.permit:
            permit_day = start - timedelta(days=rng.randint(20, 60))
            data.update(permit_number=f"{ctx.number(permit_day, 'QĐ')}/QĐ-UBND", permit_date=permit_day,
                        permit_issuer=f"Chủ tịch UBND tỉnh {profile.name}")
        if status == "held" and t.outcomes:
            data["outcomes"] = t.outcomes.format(n=f"{rng.randint(8, 20) * 100_000:,}".replace(",", "."),
                                                 m=rng.randint(2, 6), year=year)
        elif status == "cancelled":
            data["notes"] = "Hủy do dịch COVID-19."
        if online:
            data["notes"] = "Tổ chức theo hình thức trực tiếp kết hợp trực tuyến do dịch COVID-19."
        plans.append(EventPlan(t.key, data, t.tags, tuple(involved), host_agency))
    plans.sort(key=lambda p: p.data["start_on"])
    return plans


# -------------------------------------------------------------------------------------- projects
@dataclass
class ProjectPlan:
    data: dict[str, Any]
    path: list[tuple[str, date, str | None]]  # status moves after creation
    partner: str | None
    event_key: str | None = None  # awarded at this event


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _amounts(rng: random.Random, usd_millions: float, currency: str, year: int) -> dict[str, Any]:
    usd = Decimal(str(round(usd_millions, 2))) * 1_000_000
    if currency == "USD":
        return {"capital_amount": _money(usd), "currency": "USD"}
    rate = cat.usd_rate(currency, year)
    step = Decimal(1_000_000) if currency in ("JPY", "KRW") else Decimal(10_000)
    amount = (usd / rate / step).quantize(Decimal(1), rounding=ROUND_HALF_UP) * step
    return {"capital_amount": _money(amount), "currency": currency, "usd_equivalent": _money(amount * rate)}


def _place(ctx: Context, keywords: tuple[str, ...], on: date) -> tuple[str, str]:
    places = ctx.profile.places(on)
    fitting = [p for p in places if any(k.lower() in p[0].lower() or k.lower() in p[1].lower() for k in keywords)]
    return ctx.rng.choice(fitting or list(places))


def _brand(name: str) -> str:
    for prefix in ("Công ty TNHH ", "Công ty CP ", "Công ty ", "Tập đoàn "):
        name = name.removeprefix(prefix)
    for suffix in (" Pte. Ltd.", " Co., Ltd.", " Ltd.", " Corp.", " B.V.", " ApS", " Corporation"):
        name = name.removesuffix(suffix)
    return name


def _fdi_status(ctx: Context, approved: date, start: date) -> list[tuple[str, date, str | None]]:
    path: list[tuple[str, date, str | None]] = [("licensed", approved, None)]
    if start <= ctx.today:
        path.append(("implementing", start, None))
        if ctx.rng.random() < 0.08:
            revoked = start + timedelta(days=ctx.rng.randint(300, 800))
            if revoked <= ctx.today:
                path.append(("withdrawn", revoked, "Thu hồi Giấy chứng nhận đăng ký đầu tư do nhà đầu tư chậm "
                                                   "triển khai so với tiến độ cam kết."))
    elif ctx.rng.random() < 0.05:
        path.append(("withdrawn", max(approved, ctx.today - timedelta(days=10)),
                     "Nhà đầu tư đề nghị chấm dứt hoạt động dự án."))
    return path


def _investor(ctx: Context, activity: cat.FdiActivity) -> tuple[str, str, PartnerRef | None]:
    """Who invests: a partner company that does this kind of project (half the time when there is one),
    else an investor of the list; each investor does each kind of project once."""
    rng = ctx.rng
    companies = [p for p in ctx.partners.values() if activity.tag in p.spec.invests
                 and (p.key, activity.tag) not in ctx.investments]
    if companies and rng.random() < 0.5:
        partner = rng.choice(companies)
        ctx.investments.add((partner.key, activity.tag))
        return partner.spec.data.get("name_en") or partner.name, partner.country or "", partner
    others = [(name, country) for name, country, tags in cat.INVESTORS
              if activity.tag in tags and (name, activity.tag) not in ctx.investments]
    if not others:
        others = [(name, country) for name, country, tags in cat.INVESTORS if activity.tag in tags]
    name, country = rng.choice(others)
    ctx.investments.add((name, activity.tag))
    return name, country, None


def fdi_for_year(ctx: Context, year: int, invest_day: date | None) -> list[ProjectPlan]:
    rng, profile = ctx.rng, ctx.profile
    scale = {2020: 0.6, 2021: 0.5, 2022: 0.8}.get(year, 1.0)
    n = max(1, round(profile.volume["fdi"] * scale * rng.uniform(0.8, 1.2)))
    plans = []
    awarded = rng.randint(1, 3) if invest_day and invest_day <= ctx.today else 0
    last_day = min(date(year, 12, 31), ctx.today)
    for i in range(n + (2 if year == ctx.today.year else 0)):
        proposed_only = i >= n  # this year's pipeline: under appraisal
        approved = invest_day if i < awarded and invest_day else random_day(rng, year)
        if approved > last_day:
            approved = max(date(year, 1, 1), last_day - timedelta(days=rng.randint(0, 40)))
        merged = profile.code == "68" and approved >= PROVINCES_MERGED
        activities = [(a, 0.6 if a.after_merger else 1.0) for a in cat.FDI_ACTIVITIES if merged or not a.after_merger]
        activity = pick(rng, activities)
        investor, country, partner = _investor(ctx, activity)
        location, commune = _place(ctx, activity.places, approved)
        currency = "USD"
        if country == "JP" and rng.random() < 0.4:
            currency = "JPY"
        elif country == "KR" and rng.random() < 0.4:
            currency = "KRW"
        elif country in ("BE", "NL", "FR", "DE", "DK") and rng.random() < 0.5:
            currency = "EUR"
        amounts = _amounts(rng, rng.uniform(*activity.capital), currency, year)
        proposed_on = approved - timedelta(days=rng.randint(30, 150))
        data: dict[str, Any] = {
            "kind": "fdi", "name": f"{activity.name} {_brand(investor)}",
            "sector": activity.sector, "proposed_on": proposed_on, "location": location, "commune": commune,
            "implementing_agency": f"{investor} (nhà đầu tư)", **amounts,
        }
        if partner is not None:
            data["partner_id"] = partner.id
        else:
            data["investor_name"] = investor
            data["country_code"] = country
        if proposed_only:
            data["proposed_on"] = min(ctx.today, date(year, rng.randint(6, 11), rng.randint(1, 28)))
            data["notes"] = "Hồ sơ đang được thẩm định chủ trương đầu tư."
            plans.append(ProjectPlan(data, [], partner.key if partner else None))
            continue
        start = approved + timedelta(days=rng.randint(60, 270))
        path = _fdi_status(ctx, approved, start)
        data.update(code=f"{rng.randint(1, 9)}{rng.randint(100_000_000, 999_999_999)}", approved_on=approved,
                    start_on=start)
        if any(s == "implementing" for s, _, _ in path):
            years_in = max(0.2, (ctx.today - start).days / 365)
            share = Decimal(str(min(0.95, 0.15 + 0.2 * years_in * rng.uniform(0.6, 1.2))))
            data["disbursed_amount"] = _money(data["capital_amount"] * share)
        plans.append(ProjectPlan(data, path, partner.key if partner else None,
                                 "invest_home" if i < awarded else None))
    return plans


def _aid_plan(ctx: Context, t: cat.AidTemplate, year: int) -> ProjectPlan | None:
    rng, profile = ctx.rng, ctx.profile
    last_day = min(date(year, 12, 31), ctx.today)
    approved = random_day(rng, year)
    if approved > last_day:
        approved = max(date(year, 1, 1), last_day - timedelta(days=rng.randint(0, 60)))
    partner = ctx.partners.get(t.donor) if t.donor else None
    if t.donor and partner is None:
        return None
    local = rng.choice(profile.locals_(approved))
    area = local.removeprefix("UBND ")
    agency = local if t.agency == "{local}" else ctx.org_name(ctx.agency(t.agency, approved))
    low, high = t.amount
    amount = Decimal(str(round(rng.uniform(low, high), 2 if high < 10 else 1))) * 1_000_000
    data: dict[str, Any] = {
        "kind": t.kind, "name": t.name.format(area=area, province=profile.name), "dac_code": t.dac, "sector": t.sector,
        "capital_amount": _money(amount), "currency": t.currency, "implementing_agency": agency,
        "location": t.location or area[0].upper() + area[1:],
        "proposed_on": approved - timedelta(days=rng.randint(45, 200)),
        "approved_on": approved,
    }
    if t.currency != "USD":
        data["usd_equivalent"] = _money(amount * cat.usd_rate(t.currency, year))
    if partner is not None:
        data["partner_id"] = partner.id
    else:
        data["investor_name"] = t.donor_name
        data["country_code"] = t.country
    if t.agreement and t.agreement in ctx.agreements:
        data["agreement_id"] = ctx.agreements[t.agreement].id
    code = {"adb": f"Khoản vay {rng.randint(3800, 4600)}-VIE", "worldbank": f"P{rng.randint(160000, 181000)}",
            "jica": f"VN{year % 100}-P{rng.randint(1, 20)}"}.get(t.donor or "")
    data["code"] = code or f"{ctx.number(approved, 'QĐ')}/QĐ-UBND"
    start = approved + timedelta(days=rng.randint(30, 180))
    end = date(start.year + rng.randint(*t.years), start.month, min(start.day, 28)) - timedelta(days=1)
    data.update(start_on=start, end_on=end)
    path: list[tuple[str, date, str | None]] = [("committed", approved, None)]
    if start <= ctx.today:
        path.append(("implementing", start, None))
        done = min(1.0, (ctx.today - start).days / max(1, (end - start).days))
        if end <= ctx.today:
            path.append(("completed", end, None))
            done = rng.uniform(0.9, 1.0)
        else:
            done *= rng.uniform(0.7, 1.0)
        data["disbursed_amount"] = _money(data["capital_amount"] * Decimal(str(round(done, 3))))
    return ProjectPlan(data, path, t.donor)


def aid_for_year(ctx: Context, year: int) -> list[ProjectPlan]:
    rng, profile = ctx.rng, ctx.profile
    oda = {t.key: t for t in cat.ODA}
    if profile.code == "68":
        keys = list(cat.ODA_SCHEDULE.get(year, ()))
    else:
        keys = [rng.choice(cat.ODA_GENERIC)] if year_scale(year) > 0.5 and rng.random() < 0.8 else []
    plans = []
    for key in keys:
        template = oda[key]
        if profile.code != "68":
            template = cat.AidTemplate(**{**template.__dict__, "agreement": None})
        plan = _aid_plan(ctx, template, year)
        if plan is not None:
            plans.append(plan)
    n = max(1, round(profile.volume["ngo_aid"] * max(0.5, year_scale(year)) * rng.uniform(0.8, 1.2)))
    for template in rng.sample(cat.NGO_AID, k=min(n, len(cat.NGO_AID))):
        plan = _aid_plan(ctx, template, year)
        if plan is not None:
            plans.append(plan)
    return plans


# ----------------------------------------------------------------------------------- delegations
@dataclass
class DelegationPlan:
    data: dict[str, Any]
    country: str | None
    task_hint: str | None = None  # "coop" / "econ" / "border": what plan group it could serve


def _fa_staff(ctx: Context, on: date) -> list[tuple[str, str]]:
    """(position, agency) of the foreign-affairs unit's officials who accompany delegations."""
    unit = ctx.profile.foreign_affairs_unit(on)
    if on < DEPARTMENTS_MERGED:
        return [("Giám đốc Sở Ngoại vụ", unit), ("Phó Giám đốc Sở Ngoại vụ", unit),
                ("Trưởng phòng Hợp tác quốc tế", unit), ("Chuyên viên Phòng Lãnh sự – Lễ tân", unit)]
    return [("Phó Chánh Văn phòng UBND tỉnh", unit), ("Trưởng phòng Ngoại vụ", unit),
            ("Phó Trưởng phòng Ngoại vụ", unit), ("Chuyên viên Phòng Ngoại vụ", unit)]


def chief_title(agency: str, deputy: bool = False) -> str:
    """"Giám đốc Sở Y tế", "Chánh Văn phòng UBND tỉnh", "Trưởng Ban Quản lý…" (with "Phó" for a deputy)."""
    if agency.startswith("Văn phòng"):
        title = f"Chánh {agency}"
    elif agency.startswith("Ban "):
        title = f"Trưởng {agency}"
    else:
        title = f"Giám đốc {agency}"
    return f"Phó {title}" if deputy else title


def _member(name: str, position: str, agency: str, role: str = "member", passport: str | None = "official",
            person_id: int | None = None) -> dict[str, Any]:
    row = {"full_name": name, "position": position, "agency": agency, "role": role}
    if passport:
        row["passport_type"] = passport
    if person_id:
        row["person_id"] = person_id
    return row


def _members_outbound(ctx: Context, level: str, head: tuple[str, str, str], agency_key: str | None, size: int,
                      on: date, country: str, purpose: str) -> list[dict[str, Any]]:
    rng = ctx.rng
    name, title, agency = head
    passport = "diplomatic" if level == "province_leader" else ("ordinary" if level == "enterprise" else "official")
    members = [_member(name, title, agency, "head", passport)]
    fa = _fa_staff(ctx, on)
    if level == "province_leader":
        pos, unit = fa[0]
        members.append(_member(ctx.director(f"{pos}|{unit}"), pos, unit, "deputy"))
        keys = rng.sample([k for k in cat.DEPARTMENT_WEIGHTS if k != "ngoaivu"], k=min(4, max(1, size - 4)))
        for key in keys:
            dept = ctx.agency(key, on)
            members.append(_member(ctx.director(dept), chief_title(dept), dept))
        if purpose == "investment_trade_promotion":
            for business in rng.sample(ctx.profile.businesses, k=min(3, len(ctx.profile.businesses))):
                members.append(_member(vn_name(rng), rng.choice(("Giám đốc", "Chủ tịch Hội đồng quản trị",
                                                                  "Tổng Giám đốc")), business, passport="ordinary"))
    elif level == "department" and agency_key:
        dept = ctx.agency(agency_key, on)
        for position in (chief_title(dept, deputy=True), "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên chính",
                         "Chuyên viên"):
            members.append(_member(vn_name(rng), position, dept))
        members = members[:max(2, size - 1)]
    elif level == "district_commune":
        for position in ("Phó Chủ tịch", "Trưởng phòng Kinh tế", "Chuyên viên"):
            members.append(_member(vn_name(rng), position, agency))
    elif level == "enterprise":
        for business in rng.sample(ctx.profile.businesses, k=min(size - 1, len(ctx.profile.businesses))):
            members.append(_member(vn_name(rng), rng.choice(("Giám đốc", "Phó Giám đốc", "Trưởng phòng kinh doanh")),
                                   business, passport="ordinary"))
        dept = ctx.agency("xuctien", on)
        members.append(_member(vn_name(rng), "Phó Giám đốc", dept))
    else:
        for position in ("Phó Trưởng ban", "Trưởng phòng", "Chuyên viên", "Giảng viên"):
            members.append(_member(vn_name(rng), position, agency))
    # the foreign-affairs officer and the interpreter, as on most trips
    staff = fa[2:] if level == "province_leader" else fa[1:]
    while len(members) < size - 1:
        pos, unit = staff[min(len(members) % 3, len(staff) - 1)]
        members.append(_member(vn_name(rng), pos, unit, "staff"))
    if len(members) < size:
        language = INTERPRETER_LANGUAGE.get(country, "tiếng Anh")
        members.append(_member(vn_name(rng), f"Phiên dịch {language}", fa[-1][1], "interpreter"))
    return members[:max(2, size)]


def _dates(ctx: Context, start: date, days: tuple[int, int]) -> tuple[date, date]:
    return start, start + timedelta(days=ctx.rng.randint(*days) - 1)


def _report(ctx: Context, data: dict[str, Any]) -> None:
    last = data["end_on"]
    data["report_due_on"] = last + timedelta(days=15)
    if last < ctx.today:
        submitted = last + timedelta(days=ctx.rng.randint(2, 20))
        recent = (ctx.today - last).days < 420
        if submitted <= ctx.today and not (recent and ctx.rng.random() < 0.08):
            data["report_submitted_on"] = submitted


def _approval(ctx: Context, data: dict[str, Any], level_title: str) -> None:
    approval = data["start_on"] - timedelta(days=ctx.rng.randint(8, 35))
    if approval > ctx.today:
        return  # not approved yet
    if level_title in ("Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"):
        data.update(approval_number=f"{ctx.number(approval, 'TU')}-QĐ/TU", approval_date=approval,
                    approver="Ban Thường vụ Tỉnh ủy")
    else:
        data.update(approval_number=f"{ctx.number(approval, 'QĐ')}/QĐ-UBND", approval_date=approval,
                    approver=f"Chủ tịch UBND tỉnh {ctx.profile.name}")


def _outcome_text(ctx: Context, purpose: str, topic: str, year: int) -> str:
    text = ctx.rng.choice(cat.OUTCOMES_OUT[purpose])
    return text.format(next=year + 1, topic=topic, n=ctx.rng.randint(2, 6), m=ctx.rng.randint(5, 30))


def _destination_choices(ctx: Context, on: date) -> list[tuple[Any, float]]:
    found: list[tuple[Any, float]] = [(p, p.spec.trip) for p in ctx.partners.values() if p.spec.trip and p.active(on)]
    if ctx.profile.code == "68":
        found += [(place, place.weight) for place in cat.GENERIC_DESTINATIONS]
    else:
        found += [(place, place.weight * 0.4) for place in cat.GENERIC_DESTINATIONS]
    return found


def outbound(ctx: Context, start: date, *, partner: PartnerRef | None = None, place: cat.Place | None = None,
             level: str | None = None, purpose: str | None = None, title: str | None = None,
             event: EventRef | None = None, links: list[dict[str, Any]] | None = None,
             planned: bool | None = None) -> DelegationPlan:
    rng, profile = ctx.rng, ctx.profile
    level = level or pick(rng, [("province_leader", 22), ("department", 55), ("district_commune", 9),
                                ("enterprise", 6), ("other", 8)])
    if partner is None and place is None:
        choices = _destination_choices(ctx, start)
        if level in ("district_commune", "other"):  # exchanges with the province's partner localities
            choices = [(t, w) for t, w in choices if isinstance(t, PartnerRef) and t.kind == "foreign_locality"] \
                or choices
        target = pick(rng, choices)
        partner, place = (target, None) if isinstance(target, PartnerRef) else (None, target)
    country = partner.country if partner else place.country  # type: ignore[union-attr]
    assert country
    there = (partner.spec.topics if partner else place.topics) or ("hợp tác",)  # type: ignore[union-attr]
    if level == "province_leader":
        purpose = purpose or pick(rng, [("cooperation", 6), ("investment_trade_promotion", 3), ("conference", 1)])
        titles = [("Phó Chủ tịch UBND tỉnh", 70), ("Chủ tịch UBND tỉnh", 15), ("Bí thư Tỉnh ủy", 8),
                  ("Chủ tịch HĐND tỉnh", 7)]
        wanted = pick(rng, titles)
        leaders = profile.leaders_on(start, wanted) or profile.leaders_on(start, "Phó Chủ tịch UBND tỉnh") \
            or profile.leaders_on(start)
        leader = rng.choice(leaders)
        head = (leader.name, leader.title, profile.ubnd if "UBND" in leader.title else
                ("Tỉnh ủy " + profile.name if "Tỉnh ủy" in leader.title else "HĐND tỉnh " + profile.name))
        agency_key = None
        topics = there
    elif level == "department":
        if country in ("LA", "KH"):  # neighbours: working visits rather than courses
            purpose = purpose or pick(rng, [("cooperation", 6), ("study_tour", 2), ("conference", 1)])
        purpose = purpose or pick(rng, [("study_tour", 35), ("training", 18), ("cooperation", 22), ("conference", 15),
                                        ("investment_trade_promotion", 10)])
        # the department that deals with what the destination is known for
        topic = rng.choice(there)
        agency_key = rng.choice(cat.agencies_for(topic))
        if purpose == "investment_trade_promotion":
            agency_key = rng.choice(("xuctien", "congthuong", "khdt"))
        elif agency_key == "ngoaivu":
            agency_key = pick(rng, list(cat.DEPARTMENT_WEIGHTS.items()))
            topic = rng.choice(cat.DEPARTMENT_TOPICS.get(agency_key, ("hợp tác",)))
        dept = ctx.agency(agency_key, start)
        if event is not None and event.host_agency:  # the department that runs our stand at the fair
            dept = event.host_agency
        head = (ctx.director(dept), chief_title(dept), dept)
        topics = (topic,) if purpose != "investment_trade_promotion" else cat.DEPARTMENT_TOPICS[agency_key]
    elif level == "district_commune":
        purpose = purpose or pick(rng, [("study_tour", 5), ("friendship_exchange", 3), ("cooperation", 2)])
        local = rng.choice(profile.locals_(start))
        head = (vn_name(rng), f"Chủ tịch {local}", local)
        agency_key = None
        topics = ("nông nghiệp công nghệ cao", "du lịch cộng đồng", "xây dựng nông thôn mới", "quản lý đô thị")
    elif level == "enterprise":
        purpose = purpose or pick(rng, [("investment_trade_promotion", 8), ("study_tour", 2)])
        business = rng.choice(profile.businesses)
        head = (vn_name(rng), "Chủ tịch" if business.startswith(("Hiệp hội", "Hội")) else "Giám đốc", business)
        agency_key = None
        topics = ("xuất khẩu rau, hoa", "xuất khẩu cà phê, chè", "kết nối du lịch", "nông sản chế biến")
    else:
        key = rng.choice(list(cat.OTHER_AGENCIES) if "dhdl" in profile.agencies else ["huunghi", "tinhdoan", "phunu"])
        purpose = purpose or pick(rng, [("friendship_exchange", 4), ("conference", 3), ("training", 3)])
        org = ctx.agency(key, start)
        head_title = {"dhdl": "Hiệu trưởng", "huunghi": "Chủ tịch", "tinhdoan": "Bí thư", "phunu": "Chủ tịch"}[key]
        head = (ctx.director(org), f"{head_title} {org}", org)
        agency_key = key
        topics = cat.OTHER_AGENCIES[key]
    topic = rng.choice(topics)
    where = ctx.where(partner, place)
    name, head_title, head_agency = head
    if title is None:
        if event is not None:
            at = "" if " tại " in event.name else f" tại {event.place} ({ctx.country_vi(event.country)})"
            title = f"Đoàn {head_agency} tham gia {event.name}{at}"
            if level == "province_leader":
                title = f"Đoàn công tác của tỉnh do đồng chí {name}, {head_title} dẫn đầu tổ chức {event.name}"
        elif level == "province_leader" and purpose == "investment_trade_promotion":
            title = f"Đoàn xúc tiến đầu tư, thương mại và du lịch tỉnh {profile.name} tại {where}"
        elif level == "province_leader":
            title = f"Đoàn công tác của tỉnh do đồng chí {name}, {head_title} dẫn đầu thăm và làm việc tại {where}"
        elif level == "department":
            title = {
                "study_tour": f"Đoàn {head_agency} khảo sát, học tập kinh nghiệm về {topic} tại {where}",
                "training": f"Đoàn cán bộ {head_agency} tham gia khóa đào tạo về {topic} tại {where}",
                "cooperation": f"Đoàn {head_agency} làm việc về triển khai hợp tác trong lĩnh vực {topic} tại {where}",
                "conference": f"Đoàn {head_agency} tham dự "
                              f"{rng.choice(cat.CONFERENCES).format(country=ctx.country_vi(country))} tại {where}",
                "investment_trade_promotion": f"Đoàn {head_agency} xúc tiến thương mại, quảng bá sản phẩm của tỉnh "
                                              f"tại {where}",
            }.get(purpose, f"Đoàn {head_agency} công tác tại {where}")
        elif level == "district_commune":
            title = f"Đoàn {head_agency} trao đổi kinh nghiệm về {topic} tại {where}"
        elif level == "enterprise":
            title = f"Đoàn doanh nghiệp tỉnh {profile.name} khảo sát thị trường, {topic} tại {where}"
        else:
            doing = "giao lưu hữu nghị" if purpose == "friendship_exchange" else "công tác"
            title = f"Đoàn {ctx.org_name(head_agency)} {doing} tại {where}"
    far = country in ("BE", "FR", "NL", "DE", "US", "IL", "AU", "IN", "RU", "DK")
    start, end = _dates(ctx, start, (6, 10) if far else (3, 6))
    if event is not None:
        start, end = event.start - timedelta(days=1), event.end + timedelta(days=1)
    size = {"province_leader": (5, 12), "department": (2, 6), "district_commune": (3, 6), "enterprise": (4, 10),
            "other": (2, 6)}[level]
    members = _members_outbound(ctx, level, head, agency_key, rng.randint(*size), start, country, purpose)
    destination: dict[str, Any] = {"country_code": country}
    if partner is not None:
        destination.update(partner_id=partner.id, host_name=partner.spec.host or partner.name,
                           locality=partner.city)
        if partner.subdivision:
            destination["subdivision_code"] = partner.subdivision
    elif place is not None:
        destination.update(locality=place.locality, host_name=place.host)
        if place.subdivision:
            destination["subdivision_code"] = place.subdivision
    if event is not None:  # where the event is, and the partner there if we have one
        destination = {"country_code": event.country, "locality": event.place, "host_name": event.name}
        if partner is not None and partner.country == event.country:
            destination["partner_id"] = partner.id
    data: dict[str, Any] = {
        "title": title, "direction": "outbound", "leader_name": name, "leader_title": head_title, "leader_level": level,
        "purpose": purpose, "purpose_text": cat.PURPOSE_TEXT[purpose].format(topic=topic),
        "start_on": start, "end_on": end,
        "funding_source": "enterprise" if level == "enterprise" else pick(rng, [("state_budget", 65), ("partner", 20),
                                                                                ("mixed", 15)]),
        "planned": planned if planned is not None else rng.random() < 0.82,
        "destinations": [destination], "members": members, "outcome_links": links or [],
    }
    if agency_key in ("congan",) or (country == "KH" and level == "department" and rng.random() < 0.5):
        data["restricted"] = True
    if not data["planned"]:
        data["notes"] = rng.choice(("Đoàn phát sinh ngoài kế hoạch theo lời mời của đối tác.",
                                    "Phát sinh ngoài kế hoạch năm; đối tác đài thọ chi phí ăn ở."))
    _approval(ctx, data, head_title)
    if start <= ctx.today:
        data["outcomes"] = _outcome_text(ctx, purpose, topic, start.year) if end < ctx.today else None
    _report(ctx, data)
    if data.get("outcomes") is None:
        data.pop("outcomes", None)
    hint = "border" if country == "KH" else ("econ" if purpose == "investment_trade_promotion" else "coop")
    return DelegationPlan(data, country, hint if level in ("province_leader", "department") else None)


def _inline(place: str) -> str:
    """A place name inside a sentence: "huyện Di Linh", but "Khu du lịch Mũi Né"."""
    if place.split(" ", 1)[0] in ("Huyện", "Vùng", "Thành", "Phường", "Xã", "Thị"):
        return place[0].lower() + place[1:]
    return place


def _with_country(name: str, country: str) -> str:
    return f"{name}, {country}," if "(" in country else f"{name} ({country})"


def _inbound_level(kind: str, title: str, is_head: bool) -> str:
    if kind == "foreign_locality":
        leaders = ("Thống đốc", "Tỉnh trưởng", "Chính quyền nhân dân", "Hội đồng vùng")
        return "provincial_governor" if any(word in title for word in leaders) else "other"
    if kind in ("embassy_consulate", "vn_mission_abroad"):
        return "ambassador" if is_head else "other"
    if kind in ("international_org", "foreign_ngo", "company"):
        return "organisation_head" if is_head else "other"
    return "other"


def _sender_choices(ctx: Context, on: date) -> list[tuple[Any, float]]:
    found: list[tuple[Any, float]] = [(p, p.spec.visit) for p in ctx.partners.values() if p.spec.visit and p.active(on)
                                      and (not closed(on) or p.kind in RESIDENT)]
    if not closed(on):
        found += [(s, 1.2 if ctx.profile.code == "68" else 0.6) for s in cat.GENERIC_SENDERS]
    return found


def inbound(ctx: Context, start: date, *, partner: PartnerRef | None = None, purpose: str | None = None,
            topic: str | None = None, links: list[dict[str, Any]] | None = None, title: str | None = None,
            days: tuple[int, int] = (1, 3), planned: bool | None = None, lead: bool = False) -> DelegationPlan:
    rng, profile = ctx.rng, ctx.profile
    generic = None
    if partner is None:
        target = pick(rng, _sender_choices(ctx, start))
        if isinstance(target, PartnerRef):
            partner = target
        else:
            generic = target
    members: list[dict[str, Any]] = []
    place_name = _inline(rng.choice(profile.places(start))[0])
    if partner is not None:
        country = partner.country
        kind = partner.kind
        head = ctx.head(partner.key, start)
        if head is not None and head[0].role == "head" and not lead:
            # a governor or an ambassador comes once a year at most; other visits are led by a deputy or a director
            if (partner.key, start.year) in ctx.head_visits or rng.random() < 0.4:
                head = ctx.deputy(partner.key, start, head[0].id)
        if head is not None:
            contact, head_title = head
            name, person_id = contact.name, contact.id
            if contact.role == "head":
                ctx.head_visits.add((partner.key, start.year))
        else:
            name, person_id = foreign_name(rng, country), None
            local = f"{partner.name[0].lower()}{partner.name[1:]}"
            head_title = {"foreign_locality": rng.choice((f"Phó Tỉnh trưởng {local}", f"Giám đốc Sở Ngoại vụ {local}",
                                                          f"Giám đốc Sở Nông nghiệp {local}")),
                          "embassy_consulate": rng.choice(("Tham tán Công sứ", "Phó Tổng Lãnh sự", "Tham tán Kinh tế")),
                          "company": "Giám đốc phát triển dự án", "overseas_vietnamese": "Phó Chủ tịch Hội"}.get(
                kind, f"Trưởng đoàn công tác, {partner.short}")
            if kind == "overseas_vietnamese":
                name = vn_name(rng)
        level = _inbound_level(kind, head_title, head is not None and head[0].role == "head")
        topics = partner.spec.topics or ("hợp tác",)
        topic = topic or rng.choice(topics)
        purpose = purpose or {
            "foreign_locality": pick(rng, [("cooperation", 6), ("friendship_exchange", 2), ("study_tour", 1)]),
            "embassy_consulate": pick(rng, [("cooperation", 5), ("other", 2), ("investment_trade_promotion", 2)]),
            "international_org": pick(rng, [("cooperation", 6), ("other", 2)]),
            "foreign_ngo": pick(rng, [("cooperation", 4), ("other", 3)]),
            "company": "investment_trade_promotion",
            "overseas_vietnamese": pick(rng, [("friendship_exchange", 3), ("investment_trade_promotion", 2)]),
        }.get(kind, "cooperation")
        if title is None:
            lead = f"do {head_title} {name} dẫn đầu"
            title = {
                "foreign_locality": f"Đoàn đại biểu {ctx.where(partner)} {lead} thăm và làm việc tại tỉnh "
                                    f"{profile.name}",
                "embassy_consulate": f"Đoàn {partner.name} {lead} thăm và làm việc tại tỉnh {profile.name}",
                "international_org": f"Đoàn {partner.short} làm việc với tỉnh về {topic}",
                "foreign_ngo": f"Đoàn {partner.name} khảo sát, giám sát hoạt động viện trợ về {topic} tại {place_name}",
                "company": f"Đoàn {_with_country(partner.name, ctx.country_vi(country or ''))} khảo sát địa điểm "
                           f"đầu tư, lĩnh vực {topic}, tại {place_name}",
                "overseas_vietnamese": f"Đoàn {partner.name} về thăm quê hương, tìm hiểu cơ hội hợp tác",
            }.get(kind, f"Đoàn {partner.name} làm việc tại tỉnh {profile.name}")
        members.append(_member(name, head_title, partner.name, "head", None, person_id))
        second = ctx.deputy(partner.key, start, person_id)
        size = rng.randint(2, 12 if kind == "foreign_locality" else 7)
        if second is not None and size >= 3:
            contact, second_title = second
            members.append(_member(contact.name, second_title, partner.name, "deputy", None, contact.id))
        titles = cat.INBOUND_MEMBER_TITLES.get(kind, cat.INBOUND_MEMBER_TITLES["other"])
        while len(members) < size - 1:
            who = vn_name(rng) if kind == "overseas_vietnamese" else foreign_name(rng, country)
            members.append(_member(who, rng.choice(titles), partner.name, passport=None))
        if len(members) < size:
            members.append(_member(vn_name(rng), "Phiên dịch", partner.name, "interpreter", None))
        destinations = []
        if country:
            destination: dict[str, Any] = {"country_code": country, "partner_id": partner.id}
            if partner.kind == "foreign_locality":
                destination["locality"] = partner.city
                if partner.subdivision:
                    destination["subdivision_code"] = partner.subdivision
            destinations.append(destination)
        leader_name = name
    else:
        country, template, level, purpose_, topics, agency = generic  # type: ignore[misc]
        purpose = purpose or purpose_
        topic = topic or rng.choice(topics)
        names = {"country": ctx.country_vi(country), "topic": topic, "province": profile.name}
        title = title or template.format(**names)
        agency = agency.format(**names)
        leader_name = foreign_name(rng, country)
        head_title = {"minister": "Bộ trưởng", "organisation_head": "Trưởng đoàn"}.get(level, "Trưởng đoàn")
        size = rng.randint(2, 10)
        members.append(_member(leader_name, head_title, agency, "head", None))
        while len(members) < size:
            members.append(_member(foreign_name(rng, country), rng.choice(cat.INBOUND_MEMBER_TITLES["other"]),
                                   agency, passport=None))
        destinations = [{"country_code": country}]
    start, end = _dates(ctx, start, days)
    data: dict[str, Any] = {
        "title": title, "direction": "inbound", "leader_name": leader_name, "leader_title": head_title,
        "leader_level": level, "purpose": purpose, "purpose_text": cat.PURPOSE_TEXT[purpose].format(topic=topic),
        "start_on": start, "end_on": end,
        "funding_source": pick(rng, [("partner", 85), ("state_budget", 10), ("mixed", 5)]),
        "planned": planned if planned is not None else rng.random() < 0.6,
        "destinations": destinations, "members": members, "outcome_links": links or [],
    }
    if rng.random() < 0.4:
        approval = start - timedelta(days=rng.randint(5, 20))
        if approval <= ctx.today:
            series = "UBND-NV" if approval < DEPARTMENTS_MERGED else "UBND-VP"
            data.update(approval_number=f"{ctx.number(approval, series)}/{series}", approval_date=approval,
                        approver=f"UBND tỉnh {profile.name}")
    if end < ctx.today:
        data["outcomes"] = rng.choice(cat.OUTCOMES_IN).format(topic=topic, place=place_name)
    return DelegationPlan(data, country, "coop" if partner is not None and partner.kind == "foreign_locality" else None)


def _year_days(ctx: Context, year: int, n: int, abroad: bool) -> list[date]:
    days = []
    for _ in range(n):
        day = random_day(ctx.rng, year)
        if day <= ctx.horizon() and not (abroad and closed(day)):
            days.append(day)
    return days


def delegations_for_year(ctx: Context, year: int, events: list[EventRef],
                         projects: list[ProjectRef]) -> list[DelegationPlan]:
    rng, profile = ctx.rng, ctx.profile
    plans: list[DelegationPlan] = []
    # trips during which agreements were signed
    for a in ctx.agreements.values():
        day = a.signed_on
        if day is None or day.year != year or a.spec.occasion not in ("outbound", "inbound") or day > ctx.today:
            continue
        partner = ctx.partners[a.spec.parties[0][0]]
        link = [{"agreement_id": a.id, "note": "Ký kết trong chuyến công tác"}]
        if a.spec.occasion == "outbound":
            plan = outbound(ctx, day - timedelta(days=1), partner=partner, level="province_leader",
                            purpose="cooperation", links=link, planned=True)
            plan.data["title"] = (f"Đoàn đại biểu cấp cao tỉnh {profile.name} thăm, làm việc và ký kết văn bản "
                                  f"hợp tác với {ctx.where(partner)}")
            plan.data["outcomes"] = f"Ký kết {a.title}."
        else:
            plan = inbound(ctx, day - timedelta(days=1), partner=partner, purpose="cooperation", links=link,
                           days=(2, 4), planned=True, lead=True)
            plan.data["outcomes"] = f"Hai bên ký kết {a.title}."
        plans.append(plan)
    # events: our delegations to fairs and conferences abroad; guests at our big events
    for e in events:
        if e.status == "cancelled" or e.start > ctx.horizon():
            continue
        link = [{"event_id": e.id}]
        if e.country != "VN":
            level = "province_leader" if "leader" in e.tags else "department"
            place = next((p for p in cat.GENERIC_DESTINATIONS if p.country == e.country), None)
            partner = next((ctx.partners[k] for k in e.partners if ctx.partners[k].country == e.country), None)
            if place is None and partner is None:
                place = cat.Place(e.country, None, e.place, None, 1, ("xúc tiến thương mại",))
            plans.append(outbound(ctx, e.start, partner=partner, place=None if partner else place, level=level,
                                  purpose="investment_trade_promotion", event=e, links=link, planned=True))
        elif "home_big" in e.tags and e.status == "held":
            guests = [k for k in e.partners if ctx.partners[k].kind in ("foreign_locality", "embassy_consulate")]
            visitors = [p for p in ctx.partners.values()
                        if p.kind in ("foreign_locality", "embassy_consulate") and p.spec.visit and p.active(e.start)]
            extra = rng.sample(visitors, k=min(len(visitors), rng.randint(1, 3)))
            invited = {p.key: p for p in [*(ctx.partners[k] for k in guests), *extra]}
            for partner in invited.values():
                if rng.random() < 0.75 and (not closed(e.start) or partner.kind in RESIDENT):
                    plans.append(inbound(ctx, e.start - timedelta(days=1), partner=partner, purpose="conference",
                                         topic=e.name, links=link, days=(2, 4),
                                         title=f"Đoàn {ctx.called(partner)} dự {e.name}"))
    # investors and donors before their projects
    for p in projects:
        if p.partner is None or p.approved_on is None or rng.random() > 0.5:
            continue
        partner = ctx.partners.get(p.partner)
        if partner is None or partner.kind not in ("company", "international_org", "foreign_ngo"):
            continue
        day = p.approved_on - timedelta(days=rng.randint(30, 150))
        if day.year != year or (closed(day) and partner.kind not in RESIDENT):
            continue
        purpose = "investment_trade_promotion" if p.kind == "fdi" else "cooperation"
        plans.append(inbound(ctx, day, partner=partner, purpose=purpose,
                             links=[{"project_id": p.id, "note": "Khảo sát trước khi cấp phép / phê duyệt"}]))
    # the rest of the year
    n_out = _scaled(rng, profile.volume["outbound"], year)
    n_in = _scaled(rng, profile.volume["inbound"], year)
    have_out = sum(1 for p in plans if p.data["direction"] == "outbound")
    have_in = len(plans) - have_out
    for day in _year_days(ctx, year, max(0, n_out - have_out), abroad=True):
        plans.append(outbound(ctx, day))
    for day in _year_days(ctx, year, max(0, n_in - have_in), abroad=False):
        plans.append(inbound(ctx, day))
    plans = [p for p in plans if p.data["start_on"] <= ctx.horizon()]
    plans.sort(key=lambda p: (p.data["start_on"], p.data["title"]))
    return plans


# ------------------------------------------------------------------------------------------ plans
@dataclass
class TaskPlan:
    group: str
    title: str
    responsible: str
    deadline: date
    event: EventRef | None = None
    agreement: AgreementRef | None = None
    project: ProjectRef | None = None
    delegations: list[int] = field(default_factory=list)  # indices into the year's DelegationPlans
    notes: str | None = None


def plan_for_year(ctx: Context, year: int, events: list[EventRef], projects: list[ProjectRef],
                  delegations: list[DelegationPlan]) -> tuple[dict[str, Any], list[tuple[str, str, list[TaskPlan]]]]:
    """The plan as entered in January (every task not started) and its tasks with what carries them out."""
    rng, profile = ctx.rng, ctx.profile
    jan = date(year, 1, rng.randint(8, 25))
    fa = ctx.org_name(profile.foreign_affairs_unit(jan if year < 2025 else date(year, 3, 1)))
    tasks: list[TaskPlan] = []
    # trips of the plan: planned outbound delegations of province / department level, by country
    by_country: dict[str, list[int]] = defaultdict(list)
    for i, d in enumerate(delegations):
        if d.data["direction"] == "outbound" and d.data["planned"] and d.task_hint and d.country:
            by_country[d.country].append(i)
    for country, indices in sorted(by_country.items(), key=lambda kv: -len(kv[1]))[:7]:
        hint = delegations[indices[0]].task_hint or "coop"
        group = "coop" if hint == "border" and year < 2026 else hint
        deadline = quarter_end(max(delegations[i].data["end_on"] for i in indices))
        plural = "các đoàn công tác" if len(indices) > 1 else "đoàn công tác"
        title = (f"Tổ chức {plural} xúc tiến đầu tư, thương mại tại {ctx.country_vi(country)}" if hint == "econ"
                 else f"Tổ chức {plural} của tỉnh thăm, làm việc tại {ctx.country_vi(country)}")
        tasks.append(TaskPlan(group, title, fa, deadline, delegations=indices))
    # agreements to sign (or prepare) this year
    for a in ctx.agreements.values():
        signed = a.signed_on
        if (signed and signed.year == year) or (signed is None and year == ctx.today.year):
            verb = "Ký kết" if signed else "Hoàn thiện hồ sơ, trình ký"
            group = "border" if "Mondulkiri" in a.title and year >= 2026 else "coop"
            due = quarter_end(signed) if signed else date(year, 9, 30)
            tasks.append(TaskPlan(group, f"{verb} {a.title[0].lower()}{a.title[1:]}", fa, due, agreement=a))
    if year == 2025 and profile.code == "68":
        inherited = [a for a in ctx.agreements.values()
                     if a.spec.succession and a.key.endswith(("_bt_2022", "_dn_2023"))]
        for a in inherited:
            tasks.append(TaskPlan("coop", f"Rà soát, kế thừa {a.title[0].lower()}{a.title[1:]} sau hợp nhất tỉnh",
                                  ctx.org_name(ctx.agency("vpubnd", date(2025, 7, 1))), date(2025, 9, 30), agreement=a))
    for e in events:
        if "internal" in e.tags:
            continue
        group = ("border" if "border" in e.tags else "econ" if {"invest", "trade"} & e.tags
                 else "aid" if "aid" in e.tags else "ov" if "overseas" in e.tags
                 else "mgmt" if {"training", "seminar"} & e.tags else "culture")
        verb = "Tham gia" if e.country != "VN" else "Tổ chức"
        responsible = ctx.org_name(e.host_agency) if e.host_agency else profile.ubnd
        tasks.append(TaskPlan(group, f"{verb} {e.name}", responsible, e.end, event=e))
    for p in projects:
        if p.kind in ("oda", "ngo_aid") and p.approved_on and rng.random() < 0.6:
            tasks.append(TaskPlan("aid", f"Vận động, tiếp nhận {p.name[0].lower()}{p.name[1:]}",
                                  ctx.org_name(ctx.agency("khdt", date(year, 6, 1))), quarter_end(p.approved_on),
                                  project=p))
    for group, titles in cat.PLAN_GENERIC_TASKS.items():
        for title in titles:
            deadline = date(year, 6, 20) if "6 tháng" in title else date(year, 12, 20) if "năm" in title \
                else quarter_end(date(year, rng.choice((3, 6, 9, 12)), 1))
            tasks.append(TaskPlan(group, title.format(province=profile.name), fa, deadline))
    group_titles = dict(cat.PLAN_GROUPS)
    if any(t.group == "border" for t in tasks):
        group_titles["border"] = "Công tác biên giới và hợp tác với các tỉnh giáp biên của Campuchia"
    groups = []
    numerals = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
    for key, title in group_titles.items():
        mine = sorted((t for t in tasks if t.group == key), key=lambda t: (t.deadline, t.title))
        if mine:
            groups.append((key, f"{numerals[len(groups)]}. {title}", mine))
    data = {
        "title": f"Kế hoạch công tác đối ngoại năm {year} của tỉnh {profile.name}",
        "year": year, "start_on": date(year, 1, 1), "end_on": date(year, 12, 31),
        "number": f"{ctx.number(jan, 'KH')}/KH-UBND", "approved_on": jan, "status": "approved",
        "notes": ("Điều chỉnh, bổ sung sau khi hợp nhất tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (từ 01/7/2025)."
                  if year == 2025 and profile.code == "68" else None),
        "groups": [{"title": title, "order": g, "tasks": [
            {"title": t.title, "order": i, "responsible": t.responsible, "deadline": t.deadline,
             **({"event_id": t.event.id} if t.event else {}),
             **({"agreement_id": t.agreement.id} if t.agreement else {}),
             **({"project_id": t.project.id} if t.project else {}),
             **({"notes": t.notes} if t.notes else {})}
            for i, t in enumerate(mine)]} for g, (_, title, mine) in enumerate(groups)],
    }
    return data, groups


def task_progress(ctx: Context, task: TaskPlan, delegations: list[DelegationPlan], closing: bool) -> dict[str, Any]:
    """Status and progress of a task as of today, from what carries it out."""
    rng, today = ctx.rng, ctx.today
    if task.delegations:
        done = sum(1 for i in task.delegations if delegations[i].data["end_on"] < today)
        total = len(task.delegations)
        if done == total:
            return {"status": "done", "progress": 100}
        if done:
            return {"status": "in_progress", "progress": max(10, min(90, round(100 * done / total / 5) * 5))}
        return {"status": "in_progress", "progress": 20} if task.deadline < today or closing else \
            {"status": "not_started", "progress": 0}
    if task.event is not None:
        status = task.event.status
        if status == "held":
            return {"status": "done", "progress": 100}
        if status == "cancelled":
            return {"status": "cancelled", "progress": 0, "notes": "Sự kiện bị hủy."}
        soon = (task.event.start - today).days < 60
        return {"status": "in_progress", "progress": rng.choice((40, 50, 60))} if soon else \
            {"status": "not_started", "progress": 0}
    if task.agreement is not None:
        status = task.agreement.status
        if status in ("signed", "in_force", "suspended", "expired", "terminated"):
            return {"status": "done", "progress": 100}
        return {"status": "in_progress", "progress": 60 if status == "consulting" else 25}
    if task.project is not None:
        if task.project.status == "withdrawn":
            return {"status": "cancelled", "progress": 0}
        if task.project.approved_on:
            return {"status": "done", "progress": 100}
        return {"status": "in_progress", "progress": 50}
    if task.deadline < today:
        if closing and rng.random() < 0.12:
            return {"status": "cancelled", "progress": 0,
                    "notes": "Không thực hiện do sắp xếp tổ chức bộ máy, hợp nhất tỉnh năm 2025."}
        if rng.random() < 0.85 or closing:
            return {"status": "done", "progress": 100}
        return {"status": "in_progress", "progress": rng.choice((50, 60, 70, 80))}
    return {"status": "in_progress", "progress": rng.choice((20, 30, 40))} if rng.random() < 0.6 else \
        {"status": "not_started", "progress": 0}

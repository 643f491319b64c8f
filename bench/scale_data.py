"""Generate a synthetic history at scale for the API benchmark.

Full scale (`--scale 1`): 100,000 partners, 100,000 agreements (with parties), 1,000,000 delegations
with about 3.5 million members and 1.3 million destinations, and 1,000,000 projects, across the
34 provinces and the 20 years 2006–2025. Rows go straight into the tables the migrations built
(SQLite: executemany in one transaction per batch; PostgreSQL: COPY), bypassing the services,
because what is measured is reading at scale, not the write path.

    python bench/scale_data.py --url sqlite:///var/bench/bench.db --scale 1
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, insert, text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from doingoai import migrations  # noqa: E402
from doingoai.db import make_engine  # noqa: E402
from doingoai.models import metadata  # noqa: E402
from doingoai.reference import services as ref  # noqa: E402
from doingoai.text import fold  # noqa: E402

FULL = {"partners": 100_000, "agreements": 100_000, "delegations": 1_000_000, "projects": 1_000_000}
YEARS = (2006, 2025)
COUNTRIES = ["JP", "KR", "CN", "US", "FR", "DE", "LA", "KH", "TH", "SG", "AU", "RU", "IN", "GB", "NL", "TW",
             "BE", "IT", "CA", "MY", "ID", "PH", "CZ", "PL", "HU", "CU", "NZ", "SE", "DK", "FI"]
PLACES = ["Gunma", "Gyeongsangbuk", "Champasak", "Vân Nam", "Chiang Mai", "Normandie", "Bavaria", "Perth",
          "Mondulkiri", "Sê Kông", "Osaka", "Busan", "Quảng Tây", "Lyon", "Hamburg", "Kobe", "Udon Thani"]
WORDS = ["hợp tác", "hữu nghị", "giáo dục", "y tế", "nông nghiệp", "du lịch", "đầu tư", "thương mại", "văn hóa",
         "khoa học", "công nghệ", "môi trường", "năng lượng", "lao động", "đào tạo", "xúc tiến"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
GIVEN = ["Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy", "Ngọc Lan", "Hữu Phúc", "Thanh Tâm"]
BATCH = 10_000


def _day(rng: random.Random) -> date:
    start = date(YEARS[0], 1, 1)
    return start + timedelta(days=rng.randrange((date(YEARS[1], 12, 31) - start).days))


def _choice_values(table: Table, column: str) -> list[str]:
    return list(table.c[column].type.enums)  # enum_column stores the values as VARCHAR with this list


class Loader:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.postgres = engine.dialect.name == "postgresql"

    def load(self, table: Table, rows: Iterator[dict[str, Any]]) -> int:
        n = 0
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                n += self._write(table, batch)
                batch = []
        if batch:
            n += self._write(table, batch)
        return n

    def _write(self, table: Table, batch: list[dict[str, Any]]) -> int:
        if self.postgres:
            # COPY bypasses SQLAlchemy, so the columns' Python-side defaults are applied here.
            defaults = {c.name: c.default for c in table.columns
                        if c.name not in batch[0] and c.default is not None and c.default.is_scalar | c.default.is_callable}
            for row in batch:
                for name, default in defaults.items():
                    row[name] = default.arg(None) if default.is_callable else default.arg
            columns = list(batch[0])
            raw = self.engine.raw_connection()
            try:
                with raw.cursor() as cur, cur.copy(f'COPY {table.name} ({", ".join(columns)}) FROM STDIN') as copy:
                    for row in batch:
                        # COPY takes JSON columns as text: lists and dicts must be encoded first.
                        copy.write_row([json.dumps(v) if isinstance(v, (list, dict)) else v
                                        for v in (row[c] for c in columns)])
                raw.commit()
            finally:
                raw.close()
        else:
            with self.engine.begin() as conn:
                conn.execute(insert(table), batch)
        return len(batch)


def generate(url: str, scale: float, seed: int = 7) -> dict[str, Any]:
    rng = random.Random(seed)
    counts = {k: max(1, int(v * scale)) for k, v in FULL.items()}
    engine = make_engine(url)
    migrations.upgrade(url)
    provinces = [p.code for p in ref.provinces("2025")]
    t = metadata.tables
    loader = Loader(engine)
    started = time.perf_counter()
    rows_written: dict[str, int] = {}

    partner_kinds = _choice_values(t["partners"], "kind")

    def partners() -> Iterator[dict[str, Any]]:
        for i in range(1, counts["partners"] + 1):
            name = f"{rng.choice(['Tỉnh', 'Thành phố', 'Tổ chức', 'Công ty', 'Quỹ'])} {rng.choice(PLACES)} {i}"
            yield {"id": i, "province_code": rng.choice(provinces), "kind": rng.choice(partner_kinds),
                   "name_vi": name, "country_code": rng.choice(COUNTRIES), "aliases": [], "search_text": fold(name),
                   "restricted": False, "version": 1}

    rows_written["partners"] = loader.load(t["partners"], partners())

    statuses = _choice_values(t["agreements"], "status")
    agreement_kinds = _choice_values(t["agreements"], "kind")

    def agreements() -> Iterator[dict[str, Any]]:
        for i in range(1, counts["agreements"] + 1):
            signed = _day(rng)
            title = f"Bản ghi nhớ {rng.choice(WORDS)} với {rng.choice(PLACES)}"
            yield {"id": i, "province_code": rng.choice(provinces), "kind": rng.choice(agreement_kinds), "title": title,
                   "status": rng.choice(statuses), "signed_on": signed, "expires_on": signed + timedelta(days=5 * 365),
                   "fields": [rng.choice(WORDS)], "search_text": fold(title), "restricted": False, "version": 1}

    rows_written["agreements"] = loader.load(t["agreements"], agreements())

    def parties() -> Iterator[dict[str, Any]]:
        for i in range(1, counts["agreements"] + 1):
            yield {"agreement_id": i, "name": rng.choice(PLACES), "country_code": rng.choice(COUNTRIES)}

    rows_written["agreement_parties"] = loader.load(t["agreement_parties"], parties())

    directions = _choice_values(t["delegations"], "direction")
    levels = _choice_values(t["delegations"], "leader_level")
    purposes = _choice_values(t["delegations"], "purpose")
    members_rows: list[dict[str, Any]] = []
    dest_rows: list[dict[str, Any]] = []
    rows_written.update({"delegations": 0, "delegation_members": 0, "delegation_destinations": 0})

    def delegations() -> Iterator[dict[str, Any]]:
        for i in range(1, counts["delegations"] + 1):
            start = _day(rng)
            size = rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 8, 12))
            title = f"Đoàn {rng.choice(WORDS)} {rng.choice(PLACES)}"
            for m in range(size):
                members_rows.append({"delegation_id": i, "full_name": f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}",
                                     "role": "head" if m == 0 else "member"})
            for code in rng.sample(COUNTRIES, rng.choice((1, 1, 1, 2))):
                dest_rows.append({"delegation_id": i, "country_code": code})
            yield {"id": i, "province_code": rng.choice(provinces), "direction": rng.choice(directions),
                   "leader_level": rng.choice(levels), "purpose": rng.choice(purposes), "title": title,
                   "start_on": start, "end_on": start + timedelta(days=rng.randrange(1, 10)),
                   "planned": rng.random() < 0.8, "member_count": size, "search_text": fold(title),
                   "restricted": False, "version": 1}

    # Delegations in chunks so members and destinations (which reference them) follow each chunk.
    gen = delegations()
    while True:
        chunk = [row for _, row in zip(range(100_000), gen, strict=False)]
        if not chunk:
            break
        rows_written["delegations"] += loader.load(t["delegations"], iter(chunk))
        rows_written["delegation_members"] += loader.load(t["delegation_members"], iter(members_rows))
        rows_written["delegation_destinations"] += loader.load(t["delegation_destinations"], iter(dest_rows))
        members_rows.clear()
        dest_rows.clear()

    project_kinds = _choice_values(t["projects"], "kind")
    project_statuses = _choice_values(t["projects"], "status")
    sectors = _choice_values(t["projects"], "sector")

    def projects() -> Iterator[dict[str, Any]]:
        for i in range(1, counts["projects"] + 1):
            capital = round(rng.lognormvariate(15, 1.5), 2)
            name = f"Dự án {rng.choice(WORDS)} {rng.choice(PLACES)} {i}"
            yield {"id": i, "province_code": rng.choice(provinces), "kind": rng.choice(project_kinds), "name": name,
                   "country_code": rng.choice(COUNTRIES), "sector": rng.choice(sectors), "status": rng.choice(project_statuses),
                   "capital_amount": capital, "currency": "USD", "usd_equivalent": capital, "approved_on": _day(rng),
                   "search_text": fold(name), "restricted": False, "version": 1}

    rows_written["projects"] = loader.load(t["projects"], projects())

    with engine.begin() as conn:
        if loader.postgres:
            for name in ("partners", "agreements", "delegations", "projects"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))"))
            conn.execute(text("ANALYZE"))
        else:
            conn.execute(text("ANALYZE"))
    seconds = time.perf_counter() - started
    engine.dispose()
    return {"seconds": seconds, "rows": rows_written}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    result = generate(args.url, args.scale)
    total = sum(result["rows"].values())
    print(f"loaded {total:,} rows in {result['seconds']:.1f} s: " + ", ".join(f"{k} {v:,}" for k, v in result["rows"].items()))


if __name__ == "__main__":
    main()

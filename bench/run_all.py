"""Run every benchmark and print its figures (`make bench`). Copy them into docs/performance.md.

    python bench/run_all.py                 # full scale: 1,000,000 delegations… (tens of minutes)
    python bench/run_all.py --scale 0.1     # a tenth, for a quick look
    python bench/run_all.py --only extraction
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PG_URL = os.environ.get("DOINGOAI_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/doingoai_bench")


def _section(title: str) -> None:
    print(f"\n=== {title} ===", flush=True)


def _fresh_postgres(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from doingoai.db import make_engine

    target = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    admin = make_engine(target.set(database="postgres").render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{target.database}" ENCODING \'UTF8\' TEMPLATE template0'))
    admin.dispose()


def api(scale: float, requests: int, reuse: bool) -> None:
    import api_latency
    import scale_data

    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    sqlite_path = out / "bench.db"
    if not reuse:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{sqlite_path}{suffix}").unlink(missing_ok=True)
        _fresh_postgres(PG_URL)
    for name, url in (("SQLite", f"sqlite:///{sqlite_path}"), ("PostgreSQL", PG_URL)):
        _section(f"API at scale {scale:g} — {name}")
        if not reuse:
            loaded = scale_data.generate(url, scale)
            total = sum(loaded["rows"].values())
            print(f"load: {total:,} rows in {loaded['seconds']:.0f} s ({total / loaded['seconds']:,.0f} rows/s): "
                  + ", ".join(f"{k} {v:,}" for k, v in loaded["rows"].items()), flush=True)
        result = api_latency.run(url, requests)
        for case, (p50, p95) in result["latency_ms"].items():
            print(f"  {case:62s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms", flush=True)
        print(f"  server memory: {result['rss_mb']:.0f} MB at the end, {result['peak_rss_mb']:.0f} MB peak", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", choices=["extraction", "api"])
    parser.add_argument("--reuse", action="store_true", help="Time the databases a previous run loaded")
    args = parser.parse_args()
    if args.only in (None, "extraction"):
        _section("Extraction accuracy (development set)")
        subprocess.run([sys.executable, str(ROOT / "bench" / "extraction_accuracy.py")], check=True)
        _section("Extraction speed")
        subprocess.run([sys.executable, str(ROOT / "bench" / "extraction_speed.py")], check=True)
    if args.only in (None, "api"):
        api(args.scale, args.requests, args.reuse)


if __name__ == "__main__":
    main()

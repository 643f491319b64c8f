"""Latency of the API at scale, through the real HTTP server pinned to one core.

Starts `doingoai serve` on the given database (built by scale_data.py) under `taskset -c 0`,
creates a provincial officer and a ministry leader with API tokens, then times from this process:
filtered list requests (one province, a year, a country…) and the figures endpoint (a province's
year; the ministry's year for all provinces). Prints p50/p95 and the server's peak memory.

    python bench/api_latency.py --url sqlite:///var/bench/bench.db --requests 200
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import delete

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from doingoai.accounts.models import ApiToken, Role, User  # noqa: E402
from doingoai.accounts.security import hash_password, new_token  # noqa: E402
from doingoai.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from doingoai.reference import services as ref  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["JP", "KR", "CN", "US", "FR", "LA", "KH", "TH"]


def _tokens(url: str) -> dict[str, str]:
    factory = make_sessionmaker(make_engine(url))
    tokens: dict[str, str] = {}
    with transaction(factory) as session:
        session.execute(delete(User).where(User.username.like("bench-%")))
        for name, role, province in (("bench-officer", Role.officer, "68"), ("bench-ministry", Role.leader, None)):
            user = User(username=name, full_name=name, password_hash=hash_password("bench-password"), role=role,
                        province_code=province)
            session.add(user)
            session.flush()
            raw, digest = new_token()
            session.add(ApiToken(user_id=user.id, name="bench", token_hash=digest))
            tokens[name] = raw
    return tokens


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _peak_rss_mb(pid: int) -> tuple[float, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def run(url: str, requests: int, seed: int = 11) -> dict[str, Any]:
    tokens = _tokens(url)
    port = _free_port()
    data_dir = tempfile.mkdtemp(prefix="doingoai-bench-")
    env = {**os.environ, "DOINGOAI_DATABASE_URL": url, "DOINGOAI_DATA_DIR": data_dir}
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    server = subprocess.Popen([*pin, str(ROOT / ".venv/bin/doingoai"), "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    rng = random.Random(seed)
    provinces = [p.code for p in ref.provinces("2025")]
    try:
        deadline = time.monotonic() + 120
        while True:
            if server.poll() is not None:
                raise RuntimeError("server exited: " + server.stderr.read().decode(errors="replace"))  # type: ignore[union-attr]
            try:
                httpx.get(base + "/openapi.json", timeout=1)
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        officer = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {tokens['bench-officer']}"}, timeout=60)
        ministry = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {tokens['bench-ministry']}"}, timeout=60)

        def year() -> int:
            return rng.randrange(2006, 2026)

        cases = {
            "list: delegations of a province, year, direction, country": lambda: ministry.get("/api/delegations", params={
                "province": rng.choice(provinces), "direction": rng.choice(["outbound", "inbound"]),
                "country": rng.choice(COUNTRIES), "date_from": f"{(y := year())}-01-01", "date_to": f"{y}-12-31"}),
            "list: officer's delegations, newest first": lambda: officer.get("/api/delegations", params={
                "direction": "outbound", "sort": "-start_on"}),
            "list: projects of a province by kind and country": lambda: ministry.get("/api/projects", params={
                "province": rng.choice(provinces), "kind": "fdi", "country": rng.choice(COUNTRIES)}),
            "list: agreements of a province by status": lambda: ministry.get("/api/agreements", params={
                "province": rng.choice(provinces), "status": "in_force"}),
            "list: partners, free text": lambda: officer.get("/api/partners", params={"q": rng.choice(["gunma", "champasak", "osaka"])}),
            "figures: a province's year": lambda: officer.get("/api/figures", params={"year": year()}),
            "figures: ministry, one province's year": lambda: ministry.get("/api/figures", params={
                "year": year(), "province": rng.choice(provinces)}),
            "figures: ministry, all provinces, one year": lambda: ministry.get("/api/figures", params={"year": year()}),
        }
        results: dict[str, Any] = {}
        for name, call in cases.items():
            for _ in range(5):  # warm-up
                call().raise_for_status()
            samples = []
            for _ in range(requests):
                started = time.perf_counter()
                response = call()
                samples.append((time.perf_counter() - started) * 1000)
                response.raise_for_status()
            results[name] = _percentiles(samples)
        rss, peak = _peak_rss_mb(server.pid)
        return {"latency_ms": results, "rss_mb": rss, "peak_rss_mb": peak}
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", required=True)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    result = run(args.url, args.requests)
    for name, (p50, p95) in result["latency_ms"].items():
        print(f"{name:62s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")
    print(f"server memory: {result['rss_mb']:.0f} MB now, {result['peak_rss_mb']:.0f} MB peak")


if __name__ == "__main__":
    main()

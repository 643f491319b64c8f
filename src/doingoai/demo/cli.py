"""`doingoai demo`: build the sample database, print the logins, serve it.

    doingoai demo [--host 127.0.0.1] [--port 8000] [--no-serve] [--data-dir var/demo] [--seed N]
                  [--scale full|small]

The demo database lives in its own directory (never the configured one), is deleted and rebuilt on
every run, and is served exactly like `doingoai serve` with the sample-data banner switched on.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from doingoai.cli import _serve_args, cmd_serve, command, say
from doingoai.settings import Settings

DEFAULT_DIR = Path("var") / "demo"


def _demo_args(p: argparse.ArgumentParser) -> None:
    _serve_args(p)
    p.add_argument("--no-serve", action="store_true", help="Chỉ dựng dữ liệu, không chạy máy chủ / build only")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DIR,
                   help="Thư mục riêng của dữ liệu mẫu (xóa và dựng lại) / the demo's own directory (rebuilt)")
    p.add_argument("--seed", type=int, default=68, help="Hạt giống ngẫu nhiên / random seed (same seed, same data)")
    p.add_argument("--scale", choices=["full", "small"], default="full",
                   help="full: 2019 đến nay; small: ba năm gần nhất / full: 2019 to now; small: the last three years")


def demo_settings(settings: Settings, data_dir: Path) -> Settings:
    """The settings the demo is served with: its own SQLite file in its own directory, banner on."""
    return settings.model_copy(update={"data_dir": data_dir, "database_url": "", "sample": True})


@command("demo", "Dựng dữ liệu mẫu và chạy thử / build the sample database and serve it", _demo_args)
def cmd_demo(args: argparse.Namespace, settings: Settings) -> int:
    from pydantic import ValidationError

    from doingoai.demo import builder
    from doingoai.errors import DomainError, translate_validation_errors

    first_year = builder.FIRST_YEAR if args.scale == "full" else date.today().year - 2
    say(f"Đang dựng dữ liệu mẫu trong {args.data_dir} …", f"Building the sample database in {args.data_dir} …",
        args.lang)
    try:
        result = builder.build(args.data_dir, args.seed, first_year=first_year,
                               progress=lambda text: say(f"  {text}", f"  {text}", args.lang))
    except builder.DemoDirectoryError as exc:
        say(f"Lỗi: {exc.message_vi}", f"Error: {exc.message_en}", args.lang, err=True)
        return 2
    except ValidationError as exc:  # the sample data breaks a rule: a bug in the sample data
        for d in translate_validation_errors(list(exc.errors())):
            say(f"Lỗi dữ liệu mẫu: {d['field']}: {d['message_vi']}",
                f"Sample data error: {d['field']}: {d['message_en']}", args.lang, err=True)
        return 1
    except DomainError as exc:
        say(f"Lỗi dữ liệu mẫu: {exc.message_vi}", f"Sample data error: {exc.message_en}", args.lang, err=True)
        return 1
    print(banner(result, args.host, args.port, serving=not args.no_serve))
    sys.stdout.flush()
    if args.no_serve:
        return 0
    return cmd_serve(args, demo_settings(settings, args.data_dir))


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def banner(result: Any, host: str, port: int, *, serving: bool) -> str:
    """What the demo prints: what was built, where to open it, and how to sign in — in both languages."""
    c = result.counts
    url = f"http://{host}:{port}"
    rule = "═" * 78
    years = sorted(c.get("home_by_year", {}))
    lines = [
        rule,
        " DỮ LIỆU MẪU — SAMPLE DATA · doingoai demo",
        f" Tỉnh Lâm Đồng (68){f', {years[0]}–{years[-1]}' if years else ''}, và một ít dữ liệu của Khánh Hòa (56), "
        f"Đắk Lắk (66)",
        f" Lam Dong province{f', {years[0]}–{years[-1]}' if years else ''}, plus a little of two other provinces",
        f" Dựng trong / built in {result.seconds:.1f} s".replace(".", ",", 1),
        f"   {_n(c.get('partners', 0))} đối tác/partners · {_n(c.get('agreements', 0))} thỏa thuận/agreements · "
        f"{_n(c.get('delegations', 0))} đoàn/delegations ({_n(c.get('delegation_members', 0))} lượt/person-trips)",
        f"   {_n(c.get('projects', 0))} dự án/projects · {_n(c.get('events', 0))} sự kiện/events · "
        f"{_n(c.get('plans', 0))} kế hoạch/plans · {_n(c.get('documents', 0))} văn bản/documents · "
        f"{_n(c.get('proposals', 0))} đề xuất chờ duyệt/proposals to review · {_n(c.get('audit_events', 0))} "
        f"sự kiện nhật ký/audit events",
    ]
    for year, (n_out, p_out, n_in, p_in) in sorted(c.get("home_by_year", {}).items())[-2:]:
        lines.append(f"   Năm/year {year}: đoàn ra/outbound {_n(n_out)} đoàn/{_n(p_out)} lượt · "
                     f"đoàn vào/inbound {_n(n_in)} đoàn/{_n(p_in)} lượt")
    lines += [
        "",
        f" Địa chỉ / URL:              {url}/",
        f" Tài liệu API / API docs:    {url}/api/docs",
        f" Đăng nhập / Sign in — mật khẩu của mọi tài khoản / password of every account: {result.password}",
    ]
    for u in result.users:
        if u.shown:
            lines.append(f"   {u.username:<13} {u.label_vi} / {u.label_en}")
    lines += [
        "",
        f" Cơ sở dữ liệu / database:   {result.data_dir / 'doingoai.db'}",
        "   (riêng cho bản chạy thử, xóa và dựng lại mỗi lần / the demo's own, rebuilt on every run)",
    ]
    if serving:
        lines.append(" Dừng máy chủ / stop the server: Ctrl+C")
    lines.append(rule)
    return "\n".join(lines)

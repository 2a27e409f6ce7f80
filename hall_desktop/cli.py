"""``hall-desktop``: start a role or run a command.

Settings come from CLI flags, then the environment (``HALL_DB_URL``, ``HALL_HALL_CODE``,
…), then the TOML settings file, then defaults.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hall_desktop.config import Settings, load_settings
from hall_desktop.domain.errors import HallError, Refused, ValidationError

log = logging.getLogger("hall_desktop")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hall-desktop", description="政务服务中心大厅排队叫号与服务台账系统"
    )
    parser.add_argument("--db", dest="db_url", help="数据库地址（sqlite:///… 或 postgresql://…）")
    parser.add_argument("--hall", dest="hall_code", help="大厅代码（默认 demo）")
    parser.add_argument("--settings", help="设置文件（TOML）路径")
    parser.add_argument(
        "--lang", dest="language", choices=["zh_CN", "en"], help="界面语言（默认简体中文）"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = commands.add_parser("db", help="数据库：初始化/升级、示例数据").add_subparsers(
        dest="db_command", required=True, metavar="ACTION"
    )
    db.add_parser("upgrade", help="创建或升级数据库结构（已是最新时不做任何改动）")
    seed = db.add_parser("seed", help="写入示例大厅")
    seed.add_argument("--demo", action="store_true", required=True, help="示例大厅（演示用）")
    seed.add_argument(
        "--enforce-hours", action="store_true", help="按营业时间限制取号（默认演示大厅全天可取号）"
    )
    db.add_parser("status", help="显示数据库结构版本")

    display = commands.add_parser("display", help="大厅综合屏（全屏显示叫号、语音播报）")
    display.add_argument("--screen", type=int, default=None, help="显示在第几个屏幕（从 0 开始）")
    display.add_argument("--windowed", action="store_true", help="以窗口方式运行（不全屏）")
    display.add_argument("--report", action="store_true", help=argparse.SUPPRESS)

    desk = commands.add_parser("desk", help="导办台：取号、打印小票、补打、取消、答疑登记")
    desk.add_argument("--maximized", action="store_true", help="最大化窗口")

    clerk = commands.add_parser("clerk", help="窗口工作台：叫号、办理、挂起、转移、暂停")
    clerk.add_argument("--window", type=int, default=None, help="窗口编号（默认上次选择的窗口）")

    terminal = commands.add_parser("terminal", help="窗口屏/评价器：亮牌服务与好差评")
    terminal.add_argument("--window", type=int, default=None, help="窗口编号")
    terminal.add_argument("--screen", type=int, default=None, help="显示在第几个屏幕（从 0 开始）")
    terminal.add_argument("--windowed", action="store_true", help="以窗口方式运行（不全屏）")

    commands.add_parser("admin", help="管理：延时服务台账与月报、营业时间与节假日日历")
    commands.add_parser("courier", help="免费邮寄窗口：寄递登记、交寄、妥投、交寄清单")

    demo = commands.add_parser(
        "demo", help="演示大厅：导办台、两个窗口工作台、评价器和综合屏同时打开"
    )
    demo.add_argument("--simulate", action="store_true", help="模拟群众取号和其他窗口办理")

    bench = commands.add_parser("bench", help="性能测试，输出 JSON").add_subparsers(
        dest="bench_command", required=True, metavar="BENCH"
    )
    queue = bench.add_parser("queue", help="多个窗口进程并发叫号")
    queue.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    queue.add_argument("--clerks", type=int, default=8)
    queue.add_argument("--tickets", type=int, default=480)
    queue.add_argument("--desks", type=int, default=2)
    queue.add_argument(
        "--service-ms",
        type=float,
        default=1000.0,
        help="每位群众的办理时长（毫秒，压缩时间）；0 表示不间断压测",
    )
    queue.add_argument(
        "--pg-url", default=None, help="PostgreSQL 服务器地址（默认 HALL_TEST_PG_URL 或本机）"
    )
    from hall_desktop.bench import desk as desk_bench
    from hall_desktop.bench import display as display_bench
    from hall_desktop.bench import feed as feed_bench

    feed_bench.add_parser(bench)
    display_bench.add_parser(bench)
    desk_bench.add_parser(bench)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        settings = load_settings(
            {"db_url": args.db_url, "hall_code": args.hall_code, "language": args.language},
            settings_file=Path(args.settings) if args.settings else None,
        )
        if args.command == "db":
            return _db_command(args, settings)
        if args.command == "bench":
            return _bench_command(args)
        if args.command == "display":
            return _display_command(args, settings)
        if args.command == "desk":
            return _desk_command(args, settings)
        if args.command == "clerk":
            return _clerk_command(args, settings)
        if args.command == "terminal":
            return _terminal_command(args, settings)
        if args.command == "demo":
            return _demo_command(args, settings)
        if args.command == "admin":
            return _admin_command(settings)
        if args.command == "courier":
            return _courier_command(settings)
    except HallError as e:
        print(f"错误：{e.message}", file=sys.stderr)
        return 2
    return 1


def _db_command(args: argparse.Namespace, settings: Settings) -> int:
    from hall_desktop.store import schema
    from hall_desktop.store.database import describe, parse_db_url

    url = parse_db_url(settings.db_url)
    if args.db_command == "status":
        status = schema.schema_status(url)
        print(f"数据库：{describe(url)}")
        print(f"结构版本：{status.current or '（空数据库）'}，程序版本：{status.head}")
        return 0
    if args.db_command == "upgrade":
        before = schema.schema_status(url)
        after = schema.upgrade(url)
        if before.up_to_date:
            print(f"数据库结构已是最新（{after.head}）：{describe(url)}")
        else:
            print(f"数据库结构已升级到 {after.head}：{describe(url)}")
        return 0
    if args.db_command == "seed":
        schema.upgrade(url)
        try:
            report = asyncio.run(_seed(settings, enforce_hours=args.enforce_hours))
        except Refused as e:
            if e.code != "exists":
                raise
            print(e.message)
            return 0
        print(
            f"已创建示例大厅“{report.hall_code}”：{report.lines} 个业务类别，"
            f"{report.windows} 个窗口，{report.items} 个事项"
        )
        if report.calendar_years:
            print("已写入节假日：" + "、".join(f"{y} 年" for y in report.calendar_years))
        for year in report.missing_calendar_years:
            print(f"注意：没有 {year} 年的节假日数据，请管理员在日历中录入")
        print("演示账号（用户名 / 角色 / 密码）：")
        for login, roles, password in report.logins:
            print(f"  {login:<10} {roles:<12} {password}")
        return 0
    return 1


async def _seed(settings: Settings, *, enforce_hours: bool) -> Any:
    from hall_desktop.store.database import Database
    from hall_desktop.store.seed import seed_demo

    db = Database(settings.db_url)
    try:
        return await seed_demo(db, hall_code=settings.hall_code, enforce_hours=enforce_hours)
    finally:
        await db.dispose()


def _check_schema(settings: Settings) -> None:
    """Refuse an uninitialised, older or newer schema; an unreachable database is
    left to the screen, which shows a banner and keeps retrying."""
    from hall_desktop.domain.errors import DatabaseUnavailable
    from hall_desktop.store import schema
    from hall_desktop.store.database import parse_db_url

    try:
        schema.require_current(parse_db_url(settings.db_url))
    except DatabaseUnavailable as e:
        log.warning("%s; the screen will keep retrying", e.message)


def _display_command(args: argparse.Namespace, settings: Settings) -> int:
    started_at = time.time()
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.display.main import display_main

    return run_qt(
        settings,
        lambda app: display_main(
            app,
            settings,
            screen=args.screen,
            windowed=args.windowed,
            report=args.report,
            started_at=started_at,
        ),
    )


def _desk_command(args: argparse.Namespace, settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.desk.main import desk_main

    return run_qt(settings, lambda app: desk_main(app, settings, windowed=not args.maximized))


def _clerk_command(args: argparse.Namespace, settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.clerk.main import clerk_main

    number = args.window if args.window is not None else settings.window
    return run_qt(settings, lambda app: clerk_main(app, settings, window_number=number))


def _terminal_command(args: argparse.Namespace, settings: Settings) -> int:
    number = args.window if args.window is not None else settings.window
    if number is None:
        raise ValidationError("window", "请用 --window 指定评价器所在的窗口编号")
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.terminal.main import terminal_main

    return run_qt(
        settings,
        lambda app: terminal_main(
            app, settings, window_number=number, windowed=args.windowed, screen=args.screen
        ),
    )


def _admin_command(settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.admin.window import admin_main
    from hall_desktop.ui.app import run_qt

    return run_qt(settings, lambda app: admin_main(app, settings))


def _courier_command(settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.courier.main import courier_main

    return run_qt(settings, lambda app: courier_main(app, settings))


def _demo_command(args: argparse.Namespace, settings: Settings) -> int:
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.demo.main import demo_main

    return run_qt(settings, lambda app: demo_main(app, settings, simulate=args.simulate))


def _bench_command(args: argparse.Namespace) -> int:
    if args.bench_command in ("feed", "display", "desk"):
        from hall_desktop.bench import desk as desk_bench
        from hall_desktop.bench import display as display_bench
        from hall_desktop.bench import feed as feed_bench

        module = {"feed": feed_bench, "display": display_bench, "desk": desk_bench}[
            args.bench_command
        ]
        outcome = module.main_from_args(args)
        print(json.dumps(outcome, ensure_ascii=False, indent=2))
        return 0 if outcome.get("meets_target", True) else 1
    from hall_desktop.bench.queue import run_queue_bench

    result = run_queue_bench(
        backend=args.backend,
        clerks=args.clerks,
        tickets=args.tickets,
        desks=args.desks,
        service_ms=args.service_ms,
        pg_url=args.pg_url,
    )
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["duplicates"] == 0 and result["lost"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

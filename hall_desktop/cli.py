"""``hall-desktop``: start a role or run a command.

Settings come from CLI flags, then the environment (``HALL_DB_URL``, ``HALL_HALL_CODE``,
…), then the TOML settings file, then defaults. ``--help`` speaks the language the
program will use (``--lang``, ``HALL_LANGUAGE``, the settings file; Chinese by default):
the help texts are written in Chinese below and ``cli_help.ENGLISH`` translates them,
since argparse runs before Qt and its translators exist.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hall_desktop import __version__
from hall_desktop.cli_help import help_language, is_english, parser_class
from hall_desktop.config import Settings, load_settings
from hall_desktop.domain.clock import SystemClock
from hall_desktop.domain.errors import DatabaseUnavailable, HallError, Refused, ValidationError
from hall_desktop.logs import set_level, setup_logging

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from hall_desktop.services.actor import Actor
    from hall_desktop.store.database import Database

log = logging.getLogger("hall_desktop")

# Roles that open windows: a failure to start is shown in a dialog, not only on stderr.
GUI_COMMANDS = frozenset(
    {
        "display",
        "desk",
        "clerk",
        "terminal",
        "kiosk",
        "admin",
        "courier",
        "hotline",
        "monitor",
        "demo",
    }
)
SMOKE_TIMEOUT_S = 120.0
# A log record for the file only (stderr has it in plain words, or needs no such line).
FILE_ONLY = {"file_only": True}


def build_parser(language: str = "zh_CN", *, benches: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; ``benches=False`` leaves the subcommands of ``bench``
    out (their modules import most of the program: a role's start would wait for them)."""
    parser = parser_class(language)(
        prog="hall-desktop", description="政务服务中心大厅排队叫号与服务台账系统"
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"hall-desktop {__version__}",
        help="显示版本号并退出",
    )
    parser.add_argument("--db", dest="db_url", help="数据库地址（sqlite:///… 或 postgresql://…）")
    parser.add_argument("--hall", dest="hall_code", help="大厅代码（默认 demo）")
    parser.add_argument("--settings", help="设置文件（TOML）路径")
    parser.add_argument(
        "--lang", dest="language", choices=["zh_CN", "en"], help="界面语言（默认简体中文）"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="命令")

    db = commands.add_parser("db", help="数据库：初始化/升级、示例数据").add_subparsers(
        dest="db_command", required=True, metavar="操作"
    )
    db.add_parser("upgrade", help="创建或升级数据库结构（已是最新时不做任何改动）")
    seed = db.add_parser("seed", help="写入示例大厅")
    seed.add_argument("--demo", action="store_true", required=True, help="示例大厅（演示用）")
    seed.add_argument(
        "--enforce-hours", action="store_true", help="按营业时间限制取号（默认演示大厅全天可取号）"
    )
    db.add_parser("status", help="显示数据库结构版本")
    password = db.add_parser(
        "password",
        help="保存本机连接数据库的密码（Windows：系统凭据管理器；其他系统：仅本用户可读的文件）",
    )
    password.add_argument("--forget", action="store_true", help="删除本机保存的数据库密码")
    roles = db.add_parser(
        "roles",
        help="PostgreSQL：为一个大厅的各类电脑创建或更新数据库账号、授权和按大厅隔离的策略",
    )
    roles.add_argument(
        "--hall", dest="roles_hall", metavar="代码", help="大厅代码（默认设置中的 hall_code）"
    )
    roles.add_argument(
        "--new-passwords", action="store_true", help="为每个账号生成新密码（默认只给新账号生成）"
    )
    backup = db.add_parser("backup", help="备份数据库（大厅运行中也可进行）")
    backup.add_argument("file", help="备份文件")
    archive = db.add_parser("archive", help="把较早的操作日志移入归档（操作日志中仍可查询）")
    archive.add_argument(
        "--hall", dest="archive_hall", metavar="代码", help="大厅代码（默认 demo）"
    )
    archive.add_argument(
        "--before",
        metavar="日期",
        help="归档此日期之前的操作日志（如 2024-12-01）；默认按大厅设置的归档期限",
    )
    restore = db.add_parser("restore", help="从备份文件恢复到新的（或空的）数据库")
    restore.add_argument("file", help="备份文件")
    restore.add_argument(
        "--replace", action="store_true", help="覆盖已存在的 SQLite 数据库文件（慎用）"
    )

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

    kiosk = commands.add_parser("kiosk", help="自助取号机：触摸屏取号、预约签到、刷身份证")
    kiosk.add_argument("--screen", type=int, default=None, help="显示在第几个屏幕（从 0 开始）")
    kiosk.add_argument("--windowed", action="store_true", help="以窗口方式运行（不全屏）")

    commands.add_parser(
        "admin",
        help="管理：窗口与业务、事项目录、人员、大厅设置、延时服务、营业时间与日历、操作日志",
    )
    commands.add_parser("courier", help="免费邮寄窗口：寄递登记、交寄、妥投、交寄清单")
    commands.add_parser("hotline", help="预约服务热线：电话预约、查询、改约、取消、导入网上预约")
    commands.add_parser("monitor", help="大厅监控（值班主任）：窗口与排队实况、提醒、调度、巡查")

    district = commands.add_parser(
        "district", help="区县：设立区县（中心和乡镇大厅共用一个数据库）、加入乡镇大厅"
    ).add_subparsers(dest="district_command", required=True, metavar="操作")
    create = district.add_parser("create", help="设立区县（已存在时更新名称和中心）")
    create.add_argument("--code", required=True, metavar="代码", help="区县代码")
    create.add_argument("--name", required=True, metavar="名称", help="区县名称")
    create.add_argument(
        "--centre", required=True, metavar="大厅代码", help="区县政务服务中心的大厅代码"
    )
    add_hall = district.add_parser("add-hall", help="把乡镇大厅加入区县（已加入时不做改动）")
    add_hall.add_argument("--district", required=True, metavar="代码", help="区县代码")
    add_hall.add_argument(
        "--hall", dest="member", required=True, metavar="大厅代码", help="乡镇大厅的大厅代码"
    )

    notices = commands.add_parser("notices", help="短信通知：把发件箱里的短信发给短信平台")
    send = notices.add_subparsers(dest="notices_command", required=True, metavar="操作").add_parser(
        "send", help="发送到期的短信，失败的按间隔重试；一直运行，直到按 Ctrl+C"
    )
    send.add_argument("--once", action="store_true", help="只发送一轮就退出")
    send.add_argument(
        "--interval", type=float, default=15.0, metavar="秒", help="每隔几秒查看一次发件箱"
    )

    report = commands.add_parser(
        "report",
        help="导出台账、督查通报、统计报表和工作报告数据，需负责人或管理员登录",
    ).add_subparsers(dest="report_command", required=True, metavar="报表")
    for name, help_text, out_help in (
        ("ledger", "导出台账：期间内登记的全部案件（Excel 表格）", "保存到的 Excel（.xlsx）文件"),
        ("bulletin", "导出督查通报：期间内的督查问题及整改情况（PDF）", "保存到的 PDF 文件"),
        (
            "statistics",
            "导出统计报表：期间内的业务量、等候与办理时间、好差评等（Excel、PDF 或 CSV）",
            "保存到的文件：.xlsx、.pdf、.csv（全部表格在一个文件中）或 .zip（每张表一个 CSV）",
        ),
        (
            "work",
            "导出工作报告数据：期间内的各项数据，按工作报告的表述写成（Word 或 PDF）",
            "保存到的文件：.docx 或 .pdf",
        ),
    ):
        sub = report.add_parser(name, help=help_text)
        sub.add_argument(
            "--from", dest="start", required=True, metavar="日期", help="开始日期（如 2026-11-01）"
        )
        sub.add_argument(
            "--to", dest="end", required=True, metavar="日期", help="结束日期（含当天）"
        )
        sub.add_argument("--out", required=True, metavar="文件", help=out_help)
        sub.add_argument(
            "--user",
            required=True,
            metavar="用户名",
            help="负责人或管理员的用户名（密码取自环境变量 HALL_PASSWORD，否则在终端输入）",
        )

    demo = commands.add_parser(
        "demo", help="演示大厅：导办台、两个窗口工作台、评价器和综合屏同时打开"
    )
    demo.add_argument("--simulate", action="store_true", help="模拟群众取号和其他窗口办理")
    demo.add_argument(
        "--pg-roles",
        action="store_true",
        help="PostgreSQL：各窗口使用各自电脑类型的数据库账号（先为演示大厅创建账号）",
    )
    demo.add_argument(
        "--smoke",
        action="store_true",
        help="自检：在临时数据库上打开演示大厅，取号、叫号、各窗口绘制一帧后退出（成功返回 0）",
    )
    demo.add_argument(
        "--smoke-timeout",
        type=float,
        default=SMOKE_TIMEOUT_S,
        metavar="秒",
        help="自检的最长时间（秒）",
    )
    demo.add_argument(
        "--screenshot", metavar="PNG", default=None, help="自检完成时把各窗口的截图保存为 PNG 文件"
    )

    bench = commands.add_parser("bench", help="性能测试，输出 JSON").add_subparsers(
        dest="bench_command", required=True, metavar="测试项"
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
    queue.add_argument(
        "--priority-share",
        type=float,
        default=0.0,
        help="绿色通道号所占比例（0 到 1）",
    )
    queue.add_argument(
        "--interleave",
        default=None,
        metavar="N:1",
        help="再用 N:1 穿插规则跑一遍同样的取号，对比普通号与优先号的等候时间",
    )
    if not benches:
        return parser
    from hall_desktop.bench import catalogue as catalogue_bench
    from hall_desktop.bench import desk as desk_bench
    from hall_desktop.bench import display as display_bench
    from hall_desktop.bench import district as district_bench
    from hall_desktop.bench import estimates as estimates_bench
    from hall_desktop.bench import feed as feed_bench
    from hall_desktop.bench import monitor as monitor_bench
    from hall_desktop.bench import report as report_bench

    feed_bench.add_parser(bench)
    monitor_bench.add_parser(bench)
    display_bench.add_parser(bench)
    estimates_bench.add_parser(bench)
    desk_bench.add_parser(bench)
    catalogue_bench.add_parser(bench)
    report_bench.add_parser(bench)
    district_bench.add_parser(bench)
    return parser


# -- main ----------------------------------------------------------------------------------

# Shows a start-up failure to the user: (error, settings, log file) → None.
StartupDialog = Callable[[HallError, Settings, "Path | None"], None]
# Shows a bug that stopped the program before its window opened.
CrashDialog = Callable[[BaseException, Settings, "Path | None"], None]


def main(
    argv: Sequence[str] | None = None,
    *,
    startup_dialog: StartupDialog | None = None,
    crash_dialog: CrashDialog | None = None,
) -> int:
    """Run one command; its exit code. The dialogs are parameters so tests need no user."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # Only a command line that may ask for a benchmark builds the benchmarks' arguments.
    args = build_parser(help_language(argv), benches="bench" in argv).parse_args(argv)
    gui = args.command in GUI_COMMANDS
    smoke = gui and bool(getattr(args, "smoke", False))
    log_file = setup_logging(_log_name(args))
    settings: Settings | None = None
    try:
        settings = load_settings(
            {"db_url": args.db_url, "hall_code": args.hall_code, "language": args.language},
            settings_file=Path(args.settings) if args.settings else None,
        )
        set_level(settings.log_level)
        log.info("hall-desktop %s: %s", __version__, _command_line(args), extra=FILE_ONLY)
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
        if args.command == "kiosk":
            return _kiosk_command(args, settings)
        if args.command == "demo":
            return _demo_command(args, settings)
        if args.command == "admin":
            return _admin_command(settings)
        if args.command == "courier":
            return _courier_command(settings)
        if args.command == "notices":
            return _notices_command(args, settings)
        if args.command == "district":
            return _district_command(args, settings)
        if args.command == "hotline":
            return _hotline_command(settings)
        if args.command == "monitor":
            return _monitor_command(settings)
        if args.command == "report":
            return _report_command(args, settings)
    except HallError as e:
        print(f"错误：{e.message}", file=sys.stderr)
        if gui:
            log.error("%s cannot start: %s", args.command, e.message, extra=FILE_ONLY)
            if not smoke:
                shown = settings or Settings(language=args.language or "zh_CN")
                (startup_dialog or _show_startup_failure)(e, shown, log_file)
        return 2
    except Exception as e:
        if not gui:
            raise
        # A bug before the role's window (and its crash handler) existed.
        log.critical("%s stopped by a bug", args.command, exc_info=True)
        if not smoke:
            shown = settings or Settings(language=args.language or "zh_CN")
            (crash_dialog or _show_fatal_crash)(e, shown, log_file)
        return 1
    return 1


def _log_name(args: argparse.Namespace) -> str:
    """One log file per role: ``clerk.log``, ``display.log``, ``db.log`` …"""
    return str(args.command)


def _command_line(args: argparse.Namespace) -> str:
    """The command for the log, without the database URL (it may hold a password)."""
    hidden = {"db_url", "language", "hall_code", "settings"}
    extras = {k: v for k, v in vars(args).items() if k not in hidden and v not in (None, False)}
    return " ".join(f"{k}={v}" for k, v in extras.items())


def _show_startup_failure(error: HallError, settings: Settings, log_file: Path | None) -> None:
    from hall_desktop.ui.crash import show_startup_failure

    show_startup_failure(error, settings, log_file)


def _show_fatal_crash(error: BaseException, settings: Settings, log_file: Path | None) -> None:
    from hall_desktop.ui.crash import show_fatal_crash

    show_fatal_crash(error, settings, log_file)


def _db_command(args: argparse.Namespace, settings: Settings) -> int:
    from hall_desktop.store import schema
    from hall_desktop.store.database import describe, parse_db_url

    url = parse_db_url(settings.db_url)
    if args.db_command == "password":
        return _db_password(url, forget=args.forget)
    if args.db_command == "roles":
        return _db_roles(url, args.roles_hall or settings.hall_code, args.new_passwords)
    if args.db_command == "status":
        status = schema.schema_status(url)
        print(f"数据库：{describe(url)}")
        print(f"结构版本：{status.current or '（空数据库）'}，程序版本：{status.head}")
        return 0
    if args.db_command == "backup":
        from hall_desktop.store.backup import backup, record_backup

        report = backup(url, Path(args.file))
        print(
            f"已备份 {describe(url)}（结构版本 {report.revision or '空'}）到 {report.path}，"
            f"{report.bytes / 2**20:.1f} MB"
        )
        if report.rows:
            print(f"共 {len(report.rows)} 张表、{sum(report.rows.values())} 行，校验通过")
        if not record_backup(url, report, SystemClock().now()):
            print("（数据库结构较旧，未记录本次备份时间；升级后管理界面可显示上次备份）")
        return 0
    if args.db_command == "archive":
        until = None
        if args.before is not None:
            try:
                until = date.fromisoformat(args.before.strip())
            except ValueError:
                raise ValidationError(
                    "--before",
                    f"--before 的日期“{args.before}”无法识别，请写成 2024-12-01 这样的格式",
                ) from None
        _check_schema(settings)
        print(asyncio.run(_archive(settings, args.archive_hall or settings.hall_code, until)))
        return 0
    if args.db_command == "restore":
        from hall_desktop.store.backup import restore

        status = restore(Path(args.file), url, replace=args.replace)
        print(f"已从 {args.file} 恢复到 {describe(url)}，结构版本 {status.current}")
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
        for year in report.unconfirmed_calendar_years:
            print(
                f"注意：{year} 年的法定节假日按推算预填，待确认；"
                "国务院公布安排后请管理员核对、录入调休并确认"
            )
        for year in report.missing_calendar_years:
            print(f"注意：没有 {year} 年的节假日数据，请管理员在日历中录入")
        print("演示账号（用户名 / 角色 / 密码）：")
        for login, roles, password in report.logins:
            print(f"  {login:<10} {_pad(_role_names(roles), 12)} {password}")
        return 0
    return 1


async def _archive(settings: Settings, hall_code: str, before: date | None) -> str:
    """``db archive``: the hall's old events moved to the archive; what was done, in words."""
    from zoneinfo import ZoneInfo

    from hall_desktop.services.archive import ArchiveService
    from hall_desktop.services.queue import QueueService
    from hall_desktop.store.database import Database

    db = Database(settings.db_url, application_name="hall-desktop db archive")
    try:
        hall = await QueueService(db).hall(hall_code)
        zone = ZoneInfo(hall.timezone)
        moment = None if before is None else datetime.combine(before, datetime.min.time(), zone)
        service = ArchiveService(db)
        cutoff = await service.cutoff(hall.id, moment)
        if cutoff is None:
            return (
                f"“{hall.name}”设置为不归档操作日志，未做改动（如需归档，请用 --before 指定日期）"
            )
        count = await service.archive(hall.id, before=cutoff)
        until = f"{cutoff.astimezone(zone):%Y-%m-%d %H:%M}"
        if not count:
            return f"“{hall.name}”没有 {until} 之前的操作日志需要归档"
        return f"已将“{hall.name}” {until} 之前的操作日志 {count} 条移入归档，操作日志中仍可查询"
    finally:
        await db.dispose()


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns (a Chinese character takes two)."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - used)


def _role_names(roles: str) -> str:
    """``clerk,supervisor`` as people say it: 窗口人员、值班主任."""
    from hall_desktop.services.actor import Role

    known = {r.value: r.label for r in Role}
    return "、".join(known.get(r, r) for r in roles.split(",") if r)


async def _seed(settings: Settings, *, enforce_hours: bool) -> Any:
    from hall_desktop.services.demo import seed_demo_appointments, seed_demo_cases
    from hall_desktop.store.database import Database
    from hall_desktop.store.seed import seed_demo

    db = Database(settings.db_url)
    try:
        report = await seed_demo(db, hall_code=settings.hall_code, enforce_hours=enforce_hours)
        await seed_demo_appointments(db, report.hall_id)
        await seed_demo_cases(db, report.hall_id)
        return report
    finally:
        await db.dispose()


def _check_schema(settings: Settings) -> None:
    """Refuse an uninitialised, older or newer schema, and an SQLite file that cannot be
    opened: those are start-up failures (:func:`main` shows them in a dialog).

    An unreachable PostgreSQL server is not: every role started through here (display,
    terminal, desk, clerk, admin, courier) keeps retrying with a banner or a message on
    its log-in form, and a hall's PCs often start before the database server does.
    """
    from hall_desktop.store import schema
    from hall_desktop.store.database import describe, parse_db_url

    url = parse_db_url(settings.db_url)
    try:
        schema.require_current(url)
    except DatabaseUnavailable as e:
        if url.get_backend_name() == "sqlite":
            raise  # a local file that cannot be opened will not open by waiting
        log.warning("%s; the screen will keep retrying", e.message)
    except OSError as e:  # the SQLite file's folder cannot be created
        raise DatabaseUnavailable(f"无法打开数据库（{describe(url)}）：{e}") from e


def _display_command(args: argparse.Namespace, settings: Settings) -> int:
    started_at = time.time()
    # The window first, with the picture this PC kept (Qt only); then the database code.
    from hall_desktop.ui.app import qt_application
    from hall_desktop.ui.display.main import display_first_frame

    window = display_first_frame(
        qt_application(settings),
        settings,
        screen=args.screen,
        windowed=args.windowed,
        report=args.report,
        started_at=started_at,
    )
    try:
        _check_schema(settings)
    except BaseException:
        window.close()  # the start-up failure's dialog alone
        window.deleteLater()
        raise
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
            window=window,
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


def _kiosk_command(args: argparse.Namespace, settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.kiosk.main import kiosk_main

    return run_qt(
        settings,
        lambda app: kiosk_main(app, settings, windowed=args.windowed, screen=args.screen),
    )


def prepare_empty_database(settings: Settings) -> bool:
    """Give an empty database its structure (the admin screen then offers to create the
    hall and its first administrator, 新建大厅); True when it did. A database with any
    schema, older or newer, is left alone for :func:`_check_schema` to judge."""
    from hall_desktop.store import schema
    from hall_desktop.store.database import parse_db_url

    url = parse_db_url(settings.db_url)
    try:
        if schema.schema_status(url).current is not None:
            return False
        schema.upgrade(url)
    except DatabaseUnavailable:
        return False  # _check_schema says what is wrong (or the screen retries)
    return True


def _admin_command(settings: Settings) -> int:
    prepare_empty_database(settings)
    _check_schema(settings)
    from hall_desktop.ui.admin.main import admin_main
    from hall_desktop.ui.app import run_qt

    return run_qt(settings, lambda app: admin_main(app, settings))


def _courier_command(settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.courier.main import courier_main

    return run_qt(settings, lambda app: courier_main(app, settings))


def _district_command(args: argparse.Namespace, settings: Settings) -> int:
    """``district create|add-hall``: a district's halls on this database; a Chinese
    line says what changed (nothing, the second time)."""
    _check_schema(settings)
    print(asyncio.run(_district(args, settings)))
    return 0


async def _district(args: argparse.Namespace, settings: Settings) -> str:
    from hall_desktop.services.district import DistrictService
    from hall_desktop.store.database import Database

    db = Database(settings.db_url, application_name="hall-desktop district")
    try:
        service = DistrictService(db)
        if args.district_command == "create":
            info, changed = await service.create(args.code, args.name, args.centre)
            centre = info.centre.name if info.centre else "（无）"
            what = "已设立（或更新）" if changed else "已是最新，无需改动："
            return f"{what}区县“{info.name}”（{info.code}），中心：{centre}"
        info, changed = await service.add_hall(args.district, args.member)
        townships = "、".join(h.name for h in info.townships) or "（无）"
        what = "已加入" if changed else "该大厅已在区县中，无需改动"
        return f"{what}：区县“{info.name}”现有乡镇大厅 {len(info.townships)} 个：{townships}"
    finally:
        await db.dispose()


def _notices_command(args: argparse.Namespace, settings: Settings) -> int:
    """``notices send``: this PC sends the hall's outbox (any number of PCs may)."""
    _check_schema(settings)
    try:
        asyncio.run(_send_notices(settings, once=args.once, interval=args.interval))
    except KeyboardInterrupt:
        print("已停止发送短信")
    return 0


async def _send_notices(settings: Settings, *, once: bool, interval: float) -> None:
    from hall_desktop.services.notices import NoticeSender
    from hall_desktop.services.queue import QueueService
    from hall_desktop.store.database import Database

    db = Database(settings.db_url, application_name="hall-desktop notices")
    try:
        hall = await QueueService(db).hall(settings.hall_code)
        sender = NoticeSender(db, hall.id)
        if not once:
            print(f"正在发送“{hall.name}”的短信通知（每 {interval:g} 秒一轮，按 Ctrl+C 停止）")
            await sender.run(interval)
        report = await sender.send_due()
        print(
            f"“{hall.name}”的短信：发出 {report.sent} 条，待重试 {report.retrying} 条，"
            f"发送失败 {report.failed} 条，未配置短信平台 {report.unconfigured} 条"
        )
    finally:
        await db.dispose()


def _monitor_command(settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.monitor.main import monitor_main

    return run_qt(settings, lambda app: monitor_main(app, settings))


def _hotline_command(settings: Settings) -> int:
    _check_schema(settings)
    from hall_desktop.ui.app import run_qt
    from hall_desktop.ui.hotline.main import hotline_main

    return run_qt(settings, lambda app: hotline_main(app, settings))


# -- report: the ledger's exports ----------------------------------------------------------

PASSWORD_VAR = "HALL_PASSWORD"
#: The files ``report statistics`` and ``report work`` write, by the name's ending.
REPORT_FILES = {"statistics": (".xlsx", ".pdf", ".csv", ".zip"), "work": (".docx", ".pdf")}


def _report_command(args: argparse.Namespace, settings: Settings) -> int:
    """``report ledger|bulletin --from --to --out --user``: a supervisor's or an
    administrator's export of a period, written whole; a Chinese line says what."""
    days: list[date] = []
    for flag, text in (("--from", args.start), ("--to", args.end)):
        try:
            days.append(date.fromisoformat(text.strip()))
        except ValueError:
            raise ValidationError(
                flag, f"{flag} 的日期“{text}”无法识别，请写成 2026-11-01 这样的格式"
            ) from None
    start, end = days
    if end < start:
        raise ValidationError("end", f"结束日期 {end} 早于开始日期 {start}，请检查 --from 和 --to")
    out = Path(args.out).expanduser()
    kinds = REPORT_FILES.get(args.report_command)
    if kinds is not None and out.suffix.lower() not in kinds:
        raise ValidationError(
            "--out", f"--out 的文件“{out.name}”应以 {'、'.join(kinds)} 结尾，以确定导出的格式"
        )
    _check_schema(settings)
    password = _password(args.user)
    print(asyncio.run(_report(args.report_command, settings, args.user, password, start, end, out)))
    return 0


def _db_password(url: Any, *, forget: bool) -> int:
    """``db password``: keep (or forget) this PC's password for the database's user,
    checked against the server before it is kept (:mod:`hall_desktop.credentials`)."""
    import getpass

    from hall_desktop.credentials import key_for, password_store
    from hall_desktop.store import schema
    from hall_desktop.store.database import describe

    if url.get_backend_name() != "postgresql" or not url.username:
        raise ValidationError(
            "db_url",
            "只有带用户名的 PostgreSQL 地址需要保存密码（SQLite 数据库文件没有密码）",
        )
    store = password_store()
    key = key_for(url.username, url.host, url.port, url.database)
    if forget:
        print(f"已删除 {key} 的密码" if store.delete(key) else f"本机没有保存 {key} 的密码")
        return 0
    if sys.stdin is not None and sys.stdin.isatty():
        given = getpass.getpass(f"数据库用户 {url.username} 的密码：")
    else:
        given = (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")
    if not given:
        raise ValidationError("password", "密码为空，未保存")
    schema.schema_status(url.set(password=given))  # refuses in Chinese when it fails
    store.set(key, given)
    print(f"已把 {describe(url)} 的密码保存到{store.where}；设置文件的 db_url 中不必再写密码")
    return 0


def _db_roles(url: Any, hall_code: str, new_passwords: bool) -> int:
    """``db roles``: the hall's database accounts per kind of PC (store.pg_roles); each
    password made now is printed once (the server keeps only its verifier)."""
    from hall_desktop.store import pg_roles, schema
    from hall_desktop.store.database import describe

    schema.require_current(url)
    try:
        made = pg_roles.set_up_hall(url, hall_code, new_passwords=new_passwords)
    except pg_roles.RolesRefused as e:
        print(str(e), file=sys.stderr)
        return 2
    print(f"数据库：{describe(url)}，大厅：{hall_code}")
    print("已设置授权和按大厅隔离的行级策略。各电脑的数据库账号：")
    for role, password in made:
        shown = f"新密码：{password}" if password else "密码不变"
        print(f"  {role.label:<16} {role.name:<40} {shown}")
    if any(password for _, password in made):
        print(
            "密码只显示这一次：请在对应电脑上设置 db_url 的用户名，并运行 hall-desktop db password"
        )
    return 0


def _password(user: str) -> str:
    """From ``HALL_PASSWORD`` (scripts), else typed at the terminal, else stdin's first line."""
    import getpass
    import os

    if os.environ.get(PASSWORD_VAR):
        return os.environ[PASSWORD_VAR]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"{user} 的密码：")
    return (sys.stdin.readline() if sys.stdin is not None else "").rstrip("\r\n")


async def _report(
    command: str, settings: Settings, user: str, password: str, start: date, end: date, out: Path
) -> str:
    from zoneinfo import ZoneInfo

    from hall_desktop.printing.ledger import bulletin_pdf
    from hall_desktop.services.actor import MANAGERS, require
    from hall_desktop.services.auth import AuthService
    from hall_desktop.services.cases import CaseFilter, CaseService
    from hall_desktop.services.ledger_export import ledger_xlsx
    from hall_desktop.services.queue import QueueService
    from hall_desktop.store.database import Database

    db = Database(settings.db_url, application_name=f"hall-desktop report {command}")
    try:
        actor = await AuthService(db).login(settings.hall_code, user, password)
        statistics = command in REPORT_FILES
        require(actor, *MANAGERS, action="导出统计报表" if statistics else "导出台账报表")
        hall = await QueueService(db).hall(settings.hall_code)
        zone = ZoneInfo(hall.timezone)
        cases = CaseService(db)
        period = f"{start:%Y-%m-%d} 至 {end:%Y-%m-%d}"
        if statistics:
            return await _statistics_file(db, actor, command, hall.name, zone, start, end, out)
        if command == "ledger":
            rows = await cases.cases(actor, CaseFilter(start=start, end=end), limit=None)
            count = await asyncio.to_thread(partial(ledger_xlsx, rows, out, zone=zone))
            return f"已导出台账（{period}）：{count} 条，文件 {out}"
        findings = await cases.bulletin(actor, start, end)
        figures = await cases.figures(actor, start, end)
        await asyncio.to_thread(
            partial(
                bulletin_pdf,
                findings,
                out,
                hall_name=hall.name,
                start=start,
                end=end,
                zone=zone,
                figures=figures,
            )
        )
        return f"已导出督查通报（{period}）：督查问题 {len(findings)} 个，文件 {out}"
    finally:
        await db.dispose()


async def _statistics_file(
    db: Database,
    actor: Actor,
    command: str,
    hall_name: str,
    zone: ZoneInfo,
    start: date,
    end: date,
    out: Path,
) -> str:
    """``report statistics`` and ``report work``: the period's figures as the file ``out``
    names by its ending; the line saying what was written."""
    from hall_desktop import statistics_files as files
    from hall_desktop.domain.clock import local_today
    from hall_desktop.services.statistics import StatisticsService

    stats = await StatisticsService(db).figures(actor, start, end)
    on = local_today(db.clock, zone)  # the hall's date the documents are signed on
    suffix = out.suffix.lower()
    write: Callable[[], Path]
    what = "工作报告数据" if command == "work" else "统计报表"
    if suffix == ".docx":
        write = partial(
            files.work_report_docx,
            stats,
            out,
            hall_name=hall_name,
            on=on,
            prepared_by=actor.name,
        )
    elif suffix == ".pdf" and command == "work":
        write = partial(
            files.work_report_pdf,
            stats,
            out,
            hall_name=hall_name,
            on=on,
            prepared_by=actor.name,
        )
    elif suffix == ".pdf":
        write = partial(
            files.statistics_pdf,
            stats,
            out,
            hall_name=hall_name,
            prepared_by=actor.name,
            on=on,
        )
    elif suffix == ".xlsx":
        write = partial(files.statistics_xlsx, stats, out)
    else:
        write = partial(files.statistics_csv, stats, out)
    await asyncio.to_thread(write)
    return f"已导出{what}（{start:%Y-%m-%d} 至 {end:%Y-%m-%d}）：文件 {out}"


def _demo_command(args: argparse.Namespace, settings: Settings) -> int:
    """The demo creates, upgrades and seeds its database itself: a database it cannot
    reach or a newer schema ends it with a :class:`HallError` (a dialog in ``main``)."""
    from hall_desktop.ui.app import run_qt

    if args.smoke:
        return _smoke_command(args, settings)
    from hall_desktop.ui.demo.main import demo_main

    return run_qt(
        settings,
        lambda app: demo_main(app, settings, simulate=args.simulate, pg_roles=args.pg_roles),
    )


# -- the smoke run: is this build able to run a hall? --------------------------------------


def _smoke_command(args: argparse.Namespace, settings: Settings) -> int:
    """``demo --smoke``: the demo hall on a throw-away SQLite file; 0 when it worked."""
    import tempfile

    from hall_desktop.ui.app import run_qt

    with tempfile.TemporaryDirectory(prefix="hall-smoke-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        smoke_settings = replace(
            settings,
            db_url=f"sqlite:///{folder / 'hall.sqlite3'}",
            hall_code="demo",
            printer=f"pdf:{folder / 'slips'}",
            document_printer=f"pdf:{folder / 'letters'}",
        )
        screenshot = Path(args.screenshot) if args.screenshot else None
        return run_qt(
            smoke_settings,
            lambda app: smoke_main(
                app,
                smoke_settings,
                timeout=args.smoke_timeout,
                slips=folder / "slips",
                screenshot=screenshot,
            ),
            smoke=True,
        )


async def smoke_main(
    app: Any,
    settings: Settings,
    *,
    timeout: float,
    slips: Path,
    screenshot: Path | None = None,
) -> int:
    """Open every screen of the demo hall, issue a number at the desk (its slip is a PDF),
    call it at window 1, wait until the display and the terminal show it and every window
    has painted; print one JSON line and return 0, or 1 with the stage that failed."""
    from hall_desktop.services.queue import QueueService
    from hall_desktop.ui.demo.main import DemoHall, open_demo, tile

    started = time.monotonic()
    stages: dict[str, float] = {}
    stage = "open"
    hall: DemoHall | None = None

    def done(name: str) -> None:
        stages[name] = round((time.monotonic() - started) * 1000)

    async def until(condition: Callable[[], object], what: str) -> None:
        nonlocal stage
        stage = what
        while not condition():
            if time.monotonic() - started > timeout:
                raise TimeoutError(what)
            await asyncio.sleep(0.05)
        done(what)

    try:
        if not is_english(settings.language):
            # The program's and Qt's own Chinese (a build that lost its .qm files fails here).
            stage = "translations"
            ours = app.translate("App", "Government service hall")
            qt_message = ("QPlatformTheme", "Cancel")  # Qt's own, kept from lupdate's eyes
            qts = app.translate(*qt_message)
            if ours == "Government service hall" or qts == "Cancel":
                log.error("smoke run: Chinese translations missing (ours: %r, Qt's: %r)", ours, qts)
                print(json.dumps({"smoke": "failed", "stage": stage}), flush=True)
                return 1
        hall = await asyncio.wait_for(open_demo(settings, simulate=False), timeout)
        done("open")
        tile(hall.windows, app.primaryScreen().availableGeometry())
        for window in hall.windows:
            window.show()
        desk, clerk = hall.desk_controller, hall.clerk_controllers[0]
        await until(
            lambda: (
                hall is not None
                and hall.desk.stack.currentIndex() == 1
                and all(w.stack.currentIndex() == 2 for w in hall.clerks)
            ),
            "log-in",
        )
        assert desk.hall is not None
        hall_id = desk.hall.id
        lines = await QueueService(hall.db).line_statuses(hall_id)
        line = next(line for line in lines if line.prefix == "A")
        await until(lambda: _has_line_button(hall, line.line_id), "lines")
        issued: list[Any] = []
        desk.issued.connect(issued.append)
        hall.desk.issue_requested.emit(line.line_id)
        await until(lambda: issued, "issue")
        number = issued[0].ticket.number
        await until(lambda: any(slips.glob("*.pdf")), "slip")
        clerk_window = hall.clerks[0]
        await until(lambda: not clerk.busy, "clerk-ready")
        clerk_window.call_next_requested.emit()
        await until(lambda: hall is not None and number in hall.display.shown_call()[0], "display")
        await until(
            lambda: hall is not None and number in " ".join(hall.terminal.normal_texts()),
            "terminal",
        )
        await _painted(hall.windows, until)
        if screenshot is not None:
            size = app.primaryScreen().availableGeometry().size()
            hall.grab_screen((size.width(), size.height())).save(str(screenshot))
        print(json.dumps({"smoke": "ok", "number": number, "ms": stages}), flush=True)
        return 0
    except TimeoutError:
        log.error("smoke run: timed out at %s after %.0f s", stage, timeout)
        print(json.dumps({"smoke": "timeout", "stage": stage, "ms": stages}), flush=True)
        return 1
    finally:
        if hall is not None:
            for window in hall.windows:
                window.close()
            await hall.stop()


def _has_line_button(hall: Any, line_id: int) -> bool:
    try:
        return hall.desk.line_button(line_id) is not None
    except KeyError:  # the desk has not shown its lines yet
        return False


async def _painted(windows: list[Any], until: Any) -> None:
    """Wait until every window has handled a paint event after this call."""
    from PySide6.QtCore import QEvent, QObject

    painted: set[int] = set()

    class Watcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.add(id(watched))
            return False

    watcher = Watcher()
    for window in windows:
        window.installEventFilter(watcher)
        window.update()
    try:
        await until(lambda: all(id(w) in painted for w in windows), "paint")
    finally:
        for window in windows:
            window.removeEventFilter(watcher)


def _bench_command(args: argparse.Namespace) -> int:
    if args.bench_command == "district":
        from hall_desktop.bench import district as district_bench

        try:
            found = district_bench.main_from_args(args)
        except ValueError as e:
            print(e, file=sys.stderr)
            return 2
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0 if not (found["duplicates"] or found["lost"]) else 1
    if args.bench_command in (
        "feed",
        "monitor",
        "display",
        "desk",
        "catalogue",
        "report",
        "estimates",
    ):
        from hall_desktop.bench import catalogue as catalogue_bench
        from hall_desktop.bench import desk as desk_bench
        from hall_desktop.bench import display as display_bench
        from hall_desktop.bench import estimates as estimates_bench
        from hall_desktop.bench import feed as feed_bench
        from hall_desktop.bench import monitor as monitor_bench
        from hall_desktop.bench import report as report_bench

        module = {
            "feed": feed_bench,
            "monitor": monitor_bench,
            "display": display_bench,
            "desk": desk_bench,
            "catalogue": catalogue_bench,
            "report": report_bench,
            "estimates": estimates_bench,
        }[args.bench_command]
        outcome = module.main_from_args(args)
        print(json.dumps(outcome, ensure_ascii=False, indent=2))
        return 0 if outcome.get("meets_target", True) else 1
    from hall_desktop.bench import run_with_args
    from hall_desktop.bench.queue import MUST_BE_ZERO, run_queue_bench

    result = run_with_args(run_queue_bench, args)
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if not any(result[key] for key in MUST_BE_ZERO) else 1


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the PyInstaller build runs this file
    sys.exit(main())

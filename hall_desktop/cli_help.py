"""The command line's help in two languages.

argparse runs before Qt and its translators exist, so the help texts are written in
Chinese in :func:`hall_desktop.cli.build_parser` and :data:`ENGLISH` translates them;
:func:`parser_class` gives argparse's own words, placeholders and headings in the
language the program will use (``--lang``, ``HALL_LANGUAGE``, the settings file).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

from hall_desktop.config import default_settings_file, read_toml
from hall_desktop.domain.errors import HallError

ENGLISH: dict[str, str] = {
    # argparse's own words
    "用法：": "usage: ",
    "命令": "COMMAND",
    "操作": "ACTION",
    "测试项": "BENCH",
    "秒": "SECONDS",
    "命令与参数": "commands and arguments",
    "选项": "options",
    "显示帮助并退出": "show this help message and exit",
    "显示版本号并退出": "show the program's version and exit",
    "错误": "error",
    # hall-desktop
    "政务服务中心大厅排队叫号与服务台账系统": (
        "Queue numbers, calls and service records for a government service hall"
    ),
    "数据库地址（sqlite:///… 或 postgresql://…）": "database URL (sqlite:///… or postgresql://…)",
    "大厅代码（默认 demo）": "hall code (default: demo)",
    "设置文件（TOML）路径": "path of the settings file (TOML)",
    "界面语言（默认简体中文）": "language of the program (default: Simplified Chinese)",
    "数据库：初始化/升级、示例数据": "database: create or upgrade, sample data",
    "创建或升级数据库结构（已是最新时不做任何改动）": (
        "create or upgrade the database structure (no change when it is current)"
    ),
    "写入示例大厅": "write the sample hall",
    "示例大厅（演示用）": "the sample hall (for demonstrations)",
    "按营业时间限制取号（默认演示大厅全天可取号）": (
        "issue numbers only during opening hours (the demo hall issues all day by default)"
    ),
    "显示数据库结构版本": "show the database structure's version",
    "大厅综合屏（全屏显示叫号、语音播报）": (
        "the hall display (full screen: calls, voice announcements)"
    ),
    "显示在第几个屏幕（从 0 开始）": "the screen to open on (from 0)",
    "以窗口方式运行（不全屏）": "run in a window (not full screen)",
    "导办台：取号、打印小票、补打、取消、答疑登记": (
        "issuing desk: numbers, slips, reprints, cancellations, consultations"
    ),
    "最大化窗口": "maximise the window",
    "窗口工作台：叫号、办理、挂起、转移、暂停": (
        "clerk workstation: call, serve, hold, transfer, pause"
    ),
    "窗口编号（默认上次选择的窗口）": "window number (default: the window chosen last time)",
    "窗口屏/评价器：亮牌服务与好差评": "window terminal: the clerk's name and citizens' ratings",
    "窗口编号": "window number",
    "自助取号机：触摸屏取号、预约签到、刷身份证": (
        "self-service kiosk: numbers by touch, appointment check-in, ID card reader"
    ),
    "管理：窗口与业务、事项目录、人员、大厅设置、延时服务、营业时间与日历、操作日志": (
        "administration: windows and lines, service items, staff, hall settings, "
        "extended hours, opening hours and holidays, the audit log"
    ),
    "免费邮寄窗口：寄递登记、交寄、妥投、交寄清单": (
        "courier window: free postal dispatches, hand-over, delivery, manifests"
    ),
    "短信通知：把发件箱里的短信发给短信平台": (
        "notices to citizens: send the outbox's text messages to the SMS platform"
    ),
    "发送到期的短信，失败的按间隔重试；一直运行，直到按 Ctrl+C": (
        "send the notices that are due, retrying failed ones after a pause; runs until Ctrl+C"
    ),
    "只发送一轮就退出": "send one round, then exit",
    "区县：设立区县（中心和乡镇大厅共用一个数据库）、加入乡镇大厅": (
        "district: set up a district (its centre and township halls on one database), "
        "add a township hall"
    ),
    "设立区县（已存在时更新名称和中心）": (
        "set up a district (one that exists gets the name and centre given)"
    ),
    "把乡镇大厅加入区县（已加入时不做改动）": (
        "add a township hall to a district (one already in it is left as it is)"
    ),
    "名称": "NAME",
    "大厅代码": "HALL",
    "区县代码": "the district's code",
    "区县名称": "the district's name",
    "区县政务服务中心的大厅代码": "the hall code of the district's centre",
    "乡镇大厅的大厅代码": "the hall code of the township hall",
    "每隔几秒查看一次发件箱": "seconds between two looks at the outbox",
    "备份数据库（大厅运行中也可进行）": "back the database up (also while the hall is running)",
    "备份文件": "the backup file",
    "从备份文件恢复到新的（或空的）数据库": "restore a backup into a new (or empty) database",
    "把较早的操作日志移入归档（操作日志中仍可查询）": (
        "move older events of the audit log to the archive (the audit log still finds them)"
    ),
    "归档此日期之前的操作日志（如 2024-12-01）；默认按大厅设置的归档期限": (
        "archive the events before this date (e.g. 2024-12-01); default: the hall's setting"
    ),
    "代码": "CODE",
    "覆盖已存在的 SQLite 数据库文件（慎用）": "replace an existing SQLite database file (careful)",
    "大厅监控（值班主任）：窗口与排队实况、提醒、调度、巡查": (
        "hall monitor (duty supervisor): windows and queues live, alerts, dispatch, patrols"
    ),
    "预约服务热线：电话预约、查询、改约、取消、导入网上预约": (
        "appointment hotline: book by phone, find, move, cancel, import online bookings"
    ),
    "演示大厅：导办台、两个窗口工作台、评价器和综合屏同时打开": (
        "demo hall: the desk, two clerks, a terminal and the display at once"
    ),
    "模拟群众取号和其他窗口办理": "simulate arriving citizens and other windows at work",
    "自检：在临时数据库上打开演示大厅，取号、叫号、各窗口绘制一帧后退出（成功返回 0）": (
        "self-test: open the demo hall on a throw-away database, issue and call a number, "
        "paint every window once and exit (0 on success)"
    ),
    "自检的最长时间（秒）": "longest time the self-test may take (seconds)",
    "自检完成时把各窗口的截图保存为 PNG 文件": (
        "save a PNG picture of the windows after the self-test"
    ),
    "性能测试，输出 JSON": "benchmarks, printing JSON",
    "多个窗口进程并发叫号": "many clerk processes calling at once",
    "每位群众的办理时长（毫秒，压缩时间）；0 表示不间断压测": (
        "service time per citizen (ms, compressed time); 0 runs without pause"
    ),
    "PostgreSQL 服务器地址（默认 HALL_TEST_PG_URL 或本机）": (
        "PostgreSQL server URL (default: HALL_TEST_PG_URL or this computer)"
    ),
    "PostgreSQL 服务器地址": "PostgreSQL server URL",
    "绿色通道号所占比例（0 到 1）": "share of green-channel tickets (0 to 1)",
    "再用 N:1 穿插规则跑一遍同样的取号，对比普通号与优先号的等候时间": (
        "run the same arrivals again under an N:1 interleave and compare the waits of "
        "ordinary and priority tickets"
    ),
    "叫号到大厅显示屏的实时推送延迟": "latency from a call to the hall display",
    "叫号到大厅监控画面的更新延迟": "latency from a call to the hall monitor's picture",
    # bench district
    "一个区县的全部大厅共用一台 PostgreSQL：叫号、推送、连接数": (
        "a district's halls on one PostgreSQL: calls, live feed, connections"
    ),
    "PostgreSQL 服务器地址（默认 HALL_TEST_PG_URL 或本机；在其上新建并删除自己的库）": (
        "PostgreSQL server (default: HALL_TEST_PG_URL or this PC; the bench creates and "
        "drops its own database there)"
    ),
    "大厅数（1 个中心 + 乡镇，默认 16）": "halls (1 centre + townships, default: 16)",
    "全区窗口数（默认 300）": "windows in the district (default: 300)",
    "全区每天取号数（默认 30000）": "tickets a day in the district (default: 30000)",
    "把一天压缩成多少分钟运行（默认 3）": "minutes the day is compressed into (default: 3)",
    "取号速度是真实一天同一时刻的几倍（默认 1，即真实负荷）": (
        "arrival rate as a multiple of the real day's at that hour (default: 1, the real load)"
    ),
    "每人办理的平均秒数（压缩后，默认 2）": "mean service seconds, compressed (default: 2)",
    "模拟电脑分布在几个进程里（默认 3）": "processes the simulated PCs run in (default: 3)",
    "各电脑的连接池经本机临时启动的 PgBouncer（事务模式），实时推送的监听连接直连数据库": (
        "the PCs' pools through a PgBouncer started here (transaction mode); the live "
        "feed's listening connection goes to the server directly"
    ),
    "先写入多少个工作日的全区历史（每天按 --tickets-per-day），再输出三个查询的执行计划": (
        "first write this many working days of district history (--tickets-per-day each), "
        "then print the plans of three queries"
    ),
    "历史的写法：sql 由服务器批量生成（快），synthetic 用演示数据生成器（细，慢）": (
        "how history is written: sql, generated by the server (fast); synthetic, the "
        "demo generator (detailed, slow)"
    ),
    "不再单独测中心大厅": "do not measure the centre alone afterwards",
    "叫号时长（秒，默认 30）": "how long the windows call (seconds, default: 30)",
    "每秒叫号次数（默认 10）": "calls per second (default: 10)",
    "窗口数（默认 60）": "windows (default: 60)",
    "业务数（默认 12）": "business lines (default: 12)",
    "预先写入多少天的历史号（每天 1000 个，默认 250 天）": (
        "days of past tickets written first (1,000 a day, default: 250)"
    ),
    "数据库类型": "database type",
    "叫号次数（默认 300）": "number of calls (default: 300)",
    "大于 1 时测完整性：多个窗口进程同时写入，统计送达、遗漏和重复的事件": (
        "above 1: measure completeness instead, with this many window processes writing "
        "at once, counting the events delivered, missing and duplicated"
    ),
    "完整性测试的写入时长（秒，默认 20）": "how long the writers write (seconds, default: 20)",
    "两次叫号之间的间隔（毫秒，默认 20）": "interval between two calls (ms, default: 20)",
    "综合屏启动时间与长时间运行内存": "the display's start-up time and memory over a long run",
    "运行期间叫号次数": "number of calls during the run",
    "取号并生成小票 PDF 的耗时": "time to issue a number and render its slip PDF",
    "取号张数（默认 500）": "number of tickets (default: 500)",
    "事项目录导入与边输边搜的耗时": "catalogue import time and search-as-you-type latency",
    "导入的事项行数（默认 2000）": "catalogue rows to import (default: 2000)",
    "搜索框中计时的按键次数（默认 300）": "keystrokes timed in the search box (default: 300)",
    "一年历史数据上的半年统计耗时": "half-year statistics on a year of generated history",
    "PostgreSQL：为一个大厅的各类电脑创建或更新数据库账号、授权和按大厅隔离的策略": (
        "PostgreSQL: make or update a hall's database accounts per kind of PC, their "
        "grants and the per-hall row policies"
    ),
    "PostgreSQL：各窗口使用各自电脑类型的数据库账号（先为演示大厅创建账号）": (
        "PostgreSQL: each screen uses its own kind of PC's database account (made for the "
        "demo hall first)"
    ),
    "另用导办台的数据库账号取号一遍，比较耗时": (
        "issue again as the desk's database account and compare the times"
    ),
    "大厅代码（默认设置中的 hall_code）": "the hall's code (default: hall_code of the settings)",
    "为每个账号生成新密码（默认只给新账号生成）": (
        "give every account a new password (default: new accounts only)"
    ),
    "保存本机连接数据库的密码（Windows：系统凭据管理器；其他系统：仅本用户可读的文件）": (
        "keep this PC's password for the database (Windows: the system's credential "
        "store; elsewhere: a file only this user can read)"
    ),
    "删除本机保存的数据库密码": "forget the database password kept on this PC",
    "预计等候准确度与排班建议（模拟营业日）": (
        "wait-estimate accuracy and the staffing plan, on simulated working days"
    ),
    "随机种子（默认 24）": "random seed (default: 24)",
    "模拟天数（默认 12）": "simulated days (default: 12)",
    "数据库地址（默认临时 SQLite 文件；PostgreSQL 地址则在该服务器上新建并删除自己的库）": (
        "database URL (default: a temporary SQLite file; with a PostgreSQL URL the bench "
        "creates and drops its own database on that server)"
    ),
    "历史的工作日数（默认 250）": "working days of history (default: 250)",
    "每天约多少个号（默认 1200）": "about how many numbers a day (default: 1200)",
    "统计重复次数（默认 5）": "times the statistics are computed (default: 5)",
    "导入重复次数，取中位数": "import runs (the median is reported)",
    "导出台账、督查通报、统计报表和工作报告数据，需负责人或管理员登录": (
        "export the case ledger, the inspection bulletin, the statistics and the work "
        "report's figures; a supervisor or an administrator logs in"
    ),
    "导出统计报表：期间内的业务量、等候与办理时间、好差评等（Excel、PDF 或 CSV）": (
        "export the statistics of the period: volume, waiting and service times, ratings "
        "and more (Excel, PDF or CSV)"
    ),
    "保存到的文件：.xlsx、.pdf、.csv（全部表格在一个文件中）或 .zip（每张表一个 CSV）": (
        "file to write: .xlsx, .pdf, .csv (every table in one file) or .zip (one CSV per table)"
    ),
    "导出工作报告数据：期间内的各项数据，按工作报告的表述写成（Word 或 PDF）": (
        "export the work report's figures for the period, in the report's sentences (Word or PDF)"
    ),
    "保存到的文件：.docx 或 .pdf": "file to write: .docx or .pdf",
    "报表": "REPORT",
    "导出台账：期间内登记的全部案件（Excel 表格）": (
        "export the case ledger: every case opened in the period (an Excel sheet)"
    ),
    "导出督查通报：期间内的督查问题及整改情况（PDF）": (
        "export the inspection bulletin: the period's findings and their rectification (PDF)"
    ),
    "日期": "DATE",
    "开始日期（如 2026-11-01）": "first day (e.g. 2026-11-01)",
    "结束日期（含当天）": "last day (included)",
    "文件": "FILE",
    "保存到的 Excel（.xlsx）文件": "the Excel file (.xlsx) to write",
    "保存到的 PDF 文件": "the PDF file to write",
    "用户名": "USER",
    "负责人或管理员的用户名（密码取自环境变量 HALL_PASSWORD，否则在终端输入）": (
        "log-in of a supervisor or administrator (the password comes from the "
        "HALL_PASSWORD environment variable, else it is typed at the terminal)"
    ),
}

# argparse's error messages (English in the standard library) in Chinese.
_CHINESE_ERRORS = [
    (re.compile(r"^argument (\S+): "), r"参数 \1："),
    (re.compile(r"the following arguments are required: "), "缺少必需的参数："),
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)$"), r"无效的选择：\1（可选：\2）"),
    (re.compile(r"invalid int value: "), "不是有效的整数："),
    (re.compile(r"invalid float value: "), "不是有效的数字："),
    (re.compile(r"unrecognized arguments: "), "无法识别的参数："),
    (re.compile(r"expected one argument"), "需要一个值"),
    (re.compile(r"ambiguous option: (\S+) could match (.*)$"), r"选项 \1 不明确，可能是：\2"),
]


def is_english(language: str | None) -> bool:
    return (language or "").lower().startswith("en")


def help_language(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """The language ``--help`` should speak, found before the arguments are parsed:
    ``--lang``, then ``HALL_LANGUAGE``, then the settings file, then Chinese."""
    environ = dict(os.environ) if environ is None else environ
    settings_file: str | None = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg == "--settings" and i + 1 < len(argv):
            settings_file = argv[i + 1]
        elif arg.startswith("--settings="):
            settings_file = arg.partition("=")[2]
    if environ.get("HALL_LANGUAGE", "").strip():
        return environ["HALL_LANGUAGE"].strip()
    path = Path(settings_file or environ.get("HALL_SETTINGS_FILE") or default_settings_file())
    try:
        return str(read_toml(path).get("language") or "zh_CN")
    except HallError:
        return "zh_CN"  # a broken settings file is reported once the arguments are parsed


#: The placeholder of an option's value in the Chinese help (English keeps argparse's).
METAVARS = {
    "db_url": "地址",
    "hall_code": "代码",
    "settings": "文件",
    "screen": "屏幕号",
    "window": "窗口号",
    "pg_url": "地址",
    "priority_share": "比例",
}


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, *, english: bool = False, **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self._english = english

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        if prefix is None:
            prefix = "usage: " if self._english else "用法："
        super().add_usage(usage, actions, groups, prefix)


def parser_class(language: str) -> type[argparse.ArgumentParser]:
    """An ArgumentParser that writes its help (and errors) in ``language``."""
    english = is_english(language)

    def t(text: str) -> str:
        return ENGLISH.get(text, text) if english else text

    class SubParsers(argparse._SubParsersAction):  # type: ignore[type-arg]
        def add_parser(self, name: str, **kwargs: Any) -> Any:
            if isinstance(kwargs.get("help"), str):
                kwargs["help"] = t(kwargs["help"])
            return super().add_parser(name, **kwargs)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", partial(_HelpFormatter, english=english))
            kwargs["add_help"] = False
            if kwargs.get("description"):
                kwargs["description"] = t(kwargs["description"])
            super().__init__(*args, **kwargs)
            self._positionals.title = t("命令与参数")
            self._optionals.title = t("选项")
            self.register("action", "parsers", SubParsers)
            self.add_argument(
                "-h", "--help", action="help", default=argparse.SUPPRESS, help="显示帮助并退出"
            )

        def add_argument(self, *args: Any, **kwargs: Any) -> argparse.Action:
            if isinstance(kwargs.get("help"), str) and kwargs["help"] != argparse.SUPPRESS:
                kwargs["help"] = t(kwargs["help"])
            if isinstance(kwargs.get("metavar"), str):
                kwargs["metavar"] = t(kwargs["metavar"])
            action = super().add_argument(*args, **kwargs)
            takes_value = action.option_strings and action.nargs != 0
            if not english and takes_value and action.metavar is None and not action.choices:
                action.metavar = METAVARS.get(action.dest, "数" if action.type is int else "值")
            return action

        def add_subparsers(self, **kwargs: Any) -> Any:
            if isinstance(kwargs.get("metavar"), str):
                kwargs["metavar"] = t(kwargs["metavar"])
            return super().add_subparsers(**kwargs)

        def format_help(self) -> str:
            text = super().format_help()
            if english:
                return text
            # argparse ends its headings with an ASCII colon; Chinese takes a full-width one.
            for title in ("命令与参数", "选项"):
                text = text.replace(f"\n{title}:\n", f"\n{title}：\n")
            return text

        def error(self, message: str) -> NoReturn:
            if not english:
                for pattern, chinese in _CHINESE_ERRORS:
                    message = pattern.sub(chinese, message)
            self.print_usage(sys.stderr)
            separator = ": " if english else "："
            self.exit(2, f"{self.prog}: {t('错误')}{separator}{message}\n")

    return Parser

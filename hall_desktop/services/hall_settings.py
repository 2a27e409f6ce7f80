"""The hall's own settings (大厅设置): what every PC of the hall shares.

Name and address, the display's ticker and voice, the recall limit, the courier
carriers and the hall's default cost per dispatch, the desks' slip printer, and the
notices to citizens (短信通知): a template per kind and the SMS platform they go through.
The platform is the hall's, not a PC's: whichever PC runs the sender sends the whole
hall's outbox the same way. Its secret (an app key) is written here and never read back
to a screen or the audit log (:attr:`HallSettings.sms_secret_set` says only whether
there is one). They
live in the database so a change reaches every running screen through the change feed
(``hall_settings_changed``); what belongs to one PC (its window, the database address,
a printer of its own) stays in that PC's settings file.
"""

from __future__ import annotations

import string
from dataclasses import asdict, dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from sqlalchemy.orm import undefer

from hall_desktop.domain import events
from hall_desktop.domain.courier import DEFAULT_CARRIERS, Carrier, parse_carriers
from hall_desktop.domain.errors import NotFound, ValidationError
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.notices import (
    NoticeKind,
    SmsPlatform,
    check_body,
    check_headers,
    check_method,
    check_success,
    check_template,
    check_url,
    is_json_body,
)
from hall_desktop.domain.patrol import check_checklist, checklist_items
from hall_desktop.domain.queue import MAX_WAIT_MINUTES_MAX, PRIORITY_EVERY_MAX
from hall_desktop.domain.records import record_from
from hall_desktop.domain.staffing import PROMISE_MINUTES, PROMISE_PERCENT
from hall_desktop.domain.text import TextRule
from hall_desktop.domain.windows_lines import ALERT_COUNT_MAX, ALERT_MINUTES_MAX
from hall_desktop.services import rules
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.store.database import Database
from hall_desktop.store.models import Hall

ANNOUNCE_FIELDS = frozenset({"number", "window"})


@dataclass(frozen=True, slots=True)
class HallSettings:
    name: str
    address: str
    phone: str  # 咨询电话, printed on letters to citizens
    notice: str  # the display's ticker (滚动公告)
    announce_template: str  # "请 {number} 号到 {window} 号窗口办理"
    announce_times: int
    recall_limit: int  # calls in all, the first one included
    reactivate_minutes: int  # a 过号 may be reactivated (恢复) this long after it
    priority_every: int  # 叫号规则: 0 strict, N for N:1 (domain.queue.call_class)
    max_wait_minutes: int  # 最长等候: an ordinary ticket's waiting bound, 0 none
    id_open_per_line: int  # 一人一号: open tickets per ID number and line (0: no limit)
    id_per_day: int  # 一人一号: tickets per ID number and service day (0: no limit)
    carriers: str  # "名称=运单号正则=说明;…", empty for the defaults
    courier_cost_cents: int  # the hall's usual cost per dispatch, prefilled on the form
    slip_printer: str
    # 短信通知 (domain.notices): the templates, the SMS platform without its secret
    sms_template_booked: str
    sms_template_changed: str
    sms_template_cancelled: str
    sms_template_reminder: str
    sms_url: str
    sms_method: str
    sms_headers: str
    sms_body: str
    sms_success: str
    sms_attempts: int
    sms_secret_set: bool  # whether a secret is saved; the secret itself is never read out

    def template(self, kind: NoticeKind) -> str:
        return str(getattr(self, kind.template_field))

    checkin_before_minutes: int  # 预约签到: from this long before the slot's start
    checkin_after_minutes: int  # … to this long after it
    no_show_limit: int  # 爽约 that stop a citizen booking (0: no limit)
    no_show_days: int  # … counted over this many days
    # 大厅监控's alerts (0: no alert); a line may set its own waiting ones
    alert_waiting_count: int  # a line with this many waiting
    alert_wait_minutes: int  # a line whose longest wait reaches this
    alert_service_minutes: int  # a service running this long
    alert_pause_minutes: int  # a window paused this long
    alert_no_show_count: int  # this many 过号 at one window …
    alert_no_show_minutes: int  # … within this many minutes
    patrol_checklist: str  # 清廉大厅 patrol items, ";"-separated (checklist_items)
    # The data's life: retention (services.retention), archive, the daily backup
    personal_days: int  # citizens' names, mobiles, ID numbers kept this many days
    courier_personal_days: int  # … on courier dispatches (proof of delivery)
    archive_after_days: int  # events older than this move to the archive (0: never)
    backup_folder: str  # the daily backup of a single-PC hall ("": none)
    backup_keep: int  # backup files kept in the folder
    backup_warn_days: int  # the admin screen warns after this long without one (0: never)
    # 排班建议's waiting promise: this share of citizens called within this long
    promise_percent: int  # 50 … 99
    promise_minutes: int  # 1 … 240

    def checklist(self) -> tuple[str, ...]:
        return checklist_items(self.patrol_checklist)

    def carrier_list(self) -> tuple[Carrier, ...]:
        return parse_carriers(self.carriers) if self.carriers.strip() else DEFAULT_CARRIERS


def _settings(row: Hall, *, secret_set: bool = False) -> HallSettings:
    return record_from(HallSettings, row, sms_secret_set=secret_set)


def sms_platform(row: Hall) -> SmsPlatform:
    """The hall's SMS platform with its secret: for the sender only, never a screen."""
    return SmsPlatform(
        url=row.sms_url,
        method=row.sms_method,
        headers=row.sms_headers,
        body=row.sms_body,
        success=row.sms_success,
        secret=row.sms_secret,
    )


#: 大厅监控's thresholds: their names in refusals and their highest value (0: no alert).
ALERT_THRESHOLDS = {
    "alert_waiting_count": ("排队人数提醒", ALERT_COUNT_MAX),
    "alert_wait_minutes": ("最长等候提醒（分钟）", ALERT_MINUTES_MAX),
    "alert_service_minutes": ("办理时长提醒（分钟）", ALERT_MINUTES_MAX),
    "alert_pause_minutes": ("暂停时长提醒（分钟）", ALERT_MINUTES_MAX),
    "alert_no_show_count": ("过号次数提醒", ALERT_COUNT_MAX),
    "alert_no_show_minutes": ("过号统计时段（分钟）", ALERT_MINUTES_MAX),
}

#: The hall's notice templates' fields: the kind of each.
TEMPLATE_KINDS = {kind.template_field: kind for kind in NoticeKind}


def _text(value: Any, rule: TextRule, *, required: bool = False) -> str:
    return rule.clean(str(value), required=required)


def _whole(value: Any, field: str, label: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except ValueError as e:
        raise ValidationError(field, f"{label}应为 {low} 到 {high} 之间的整数") from e
    if not low <= number <= high:
        raise ValidationError(field, f"{label}应为 {low} 到 {high} 之间的整数")
    return number


def check_announce_template(template: str) -> str:
    """The voice template must name {number} and {window} and nothing else."""
    text = _text(template, rules.ANNOUNCE_TEMPLATE, required=True)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as e:
        raise ValidationError("announce_template", "播报模板中的花括号不成对") from e
    unknown = names - ANNOUNCE_FIELDS
    if unknown:
        raise ValidationError(
            "announce_template",
            "播报模板只能使用 {number}（号码）和 {window}（窗口号），不认识："
            + "、".join(sorted(f"{{{n}}}" for n in unknown)),
        )
    if names != ANNOUNCE_FIELDS:
        raise ValidationError(
            "announce_template", "播报模板需要同时包含 {number}（号码）和 {window}（窗口号）"
        )
    return text


#: 个人信息保存天数: at least a month (a case's 回访, a 差评's appeal), at most ten years.
PERSONAL_DAYS = (30, 3650)
#: 操作日志归档: 0 (never), else after at least this many days and at most twenty years.
ARCHIVE_DAYS = (90, 7300)


def check_archive_days(value: Any) -> int:
    low, high = ARCHIVE_DAYS
    message = f"操作日志归档天数应为 0（不归档）或 {low} 到 {high} 之间的整数"
    try:
        days = _whole(value, "archive_after_days", "操作日志归档天数", 0, high)
    except ValidationError as e:
        raise ValidationError("archive_after_days", message) from e
    if 0 < days < low:
        raise ValidationError("archive_after_days", message)
    return days


def check_backup_folder(value: Any) -> str:
    """A whole path on the PC that runs the daily backup ("" : no daily backup)."""
    text = _text(value, rules.BACKUP_FOLDER)
    if text and not (PureWindowsPath(text).is_absolute() or PurePosixPath(text).is_absolute()):
        raise ValidationError(
            "backup_folder", "备份文件夹应为完整路径，例如 D:\\大厅备份 或 /home/hall/backup"
        )
    return text


def check_settings(values: dict[str, Any]) -> dict[str, Any]:
    """Each field checked on its own; the first problem is raised with its field."""
    from hall_desktop.services.courier import cents  # the form's own money rule

    checked: dict[str, Any] = {}
    for field, value in values.items():
        if field == "name":
            checked[field] = _text(value, rules.HALL_NAME, required=True)
        elif field == "address":
            checked[field] = _text(value, rules.HALL_ADDRESS)
        elif field == "phone":
            checked[field] = _text(value, rules.HALL_PHONE)
        elif field == "notice":
            checked[field] = _text(value, rules.NOTICE)
        elif field == "announce_template":
            checked[field] = check_announce_template(value)
        elif field == "announce_times":
            checked[field] = _whole(value, field, "播报次数", 1, 5)
        elif field == "reactivate_minutes":
            checked[field] = _whole(value, field, "过号恢复时限（分钟）", 1, 240)
        elif field == "priority_every":
            checked[field] = _whole(value, field, "优先号穿插比例", 0, PRIORITY_EVERY_MAX)
        elif field == "max_wait_minutes":
            checked[field] = _whole(value, field, "普通号最长等候（分钟）", 0, MAX_WAIT_MINUTES_MAX)
        elif field == "id_open_per_line":
            checked[field] = _whole(value, field, "同一身份证号每类业务在排号数", 0, 20)
        elif field == "id_per_day":
            checked[field] = _whole(value, field, "同一身份证号每日取号数", 0, 50)
        elif field == "checkin_before_minutes":
            checked[field] = _whole(value, field, "预约提前签到（分钟）", 0, 240)
        elif field == "checkin_after_minutes":
            checked[field] = _whole(value, field, "预约迟到签到（分钟）", 0, 240)
        elif field == "no_show_limit":
            checked[field] = _whole(value, field, "爽约次数上限", 0, 20)
        elif field == "no_show_days":
            checked[field] = _whole(value, field, "爽约统计天数", 1, 365)
        elif field in ALERT_THRESHOLDS:
            label, high = ALERT_THRESHOLDS[field]
            try:
                checked[field] = _whole(value, field, label, 0, high)
            except ValidationError as e:
                raise ValidationError(field, f"{e.message}（0 为不提醒）") from e
        elif field == "patrol_checklist":
            checked[field] = check_checklist(value)
        elif field == "personal_days":
            checked[field] = _whole(value, field, "个人信息保存天数", *PERSONAL_DAYS)
        elif field == "courier_personal_days":
            checked[field] = _whole(value, field, "邮寄收件信息保存天数", *PERSONAL_DAYS)
        elif field == "archive_after_days":
            checked[field] = check_archive_days(value)
        elif field == "backup_folder":
            checked[field] = check_backup_folder(value)
        elif field == "backup_keep":
            checked[field] = _whole(value, field, "保留备份份数", 1, 365)
        elif field == "backup_warn_days":
            checked[field] = _whole(value, field, "未备份提醒天数", 0, 365)
        elif field == "promise_percent":
            checked[field] = _whole(value, field, "等候承诺比例（%）", *PROMISE_PERCENT)
        elif field == "promise_minutes":
            checked[field] = _whole(value, field, "等候承诺时间（分钟）", *PROMISE_MINUTES)
        elif field == "recall_limit":
            checked[field] = _whole(value, field, "呼叫次数上限", 1, 10)
        elif field == "carriers":
            text = _text(value, rules.CARRIERS)
            if text:
                parse_carriers(text)
            checked[field] = text
        elif field == "courier_cost_cents":
            checked[field] = cents(value, field=field)
        elif field == "slip_printer":
            checked[field] = _text(value, rules.SLIP_PRINTER)
        elif field in TEMPLATE_KINDS:
            kind = TEMPLATE_KINDS[field]
            text = rules.SMS_TEMPLATE.clean(str(value))
            checked[field] = check_template(kind, text)
        elif field == "sms_url":
            checked[field] = check_url(_text(value, rules.SMS_URL))
        elif field == "sms_method":
            checked[field] = check_method(str(value))
        elif field == "sms_headers":
            lines = [rules.SMS_HEADER.clean(line) for line in str(value).splitlines()]
            text = check_headers("\n".join(lines))
            if len(text) > rules.SMS_HEADER.max_length:
                raise ValidationError(
                    field, f"请求头过长（最多 {rules.SMS_HEADER.max_length} 个字）"
                )
            checked[field] = text
        elif field == "sms_body":
            checked[field] = check_body(_text(value, rules.SMS_BODY))
        elif field == "sms_success":
            checked[field] = check_success(_text(value, rules.SMS_SUCCESS))
        elif field == "sms_secret":
            checked[field] = _text(value, rules.SMS_SECRET)
        elif field == "sms_attempts":
            checked[field] = _whole(value, field, "短信最多发送次数", 1, 10)
        else:
            raise ValidationError(field, f"没有名为 {field} 的大厅设置")
    return checked


class HallSettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, hall_id: int, *, secret_state: bool = False) -> HallSettings:
        """Public facts of the hall: the display reads them before anyone logs in.

        ``secret_state``: also whether an SMS key is saved (the admin's settings page);
        only the admin's database role may read that column (store.pg_roles).
        """
        async with self.db.read() as session:
            options = [undefer(Hall.sms_secret)] if secret_state else []
            row = await session.get(Hall, hall_id, options=options)
            if row is None:
                raise NotFound(f"找不到编号为 {hall_id} 的大厅")
            return _settings(row, secret_set=secret_state and bool(row.sms_secret))

    async def update(self, actor: Actor, **values: Any) -> HallSettings:
        """Change some settings; the event keeps each changed field's old and new value."""
        require(actor, *MANAGERS, action="修改大厅设置")
        checked = check_settings(values)
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="修改大厅设置")
            now = await self.db.now(session)
            row = await session.get(
                Hall, actor.hall_id, with_for_update=True, options=[undefer(Hall.sms_secret)]
            )
            if row is None:
                raise NotFound(f"找不到编号为 {actor.hall_id} 的大厅")
            before = asdict(_settings(row, secret_set=bool(row.sms_secret)))
            secret = checked.pop("sms_secret", None)
            changes = events.changes(before, checked)
            for field in changes:
                setattr(row, field, checked[field])
            if row.sms_method == "GET" and is_json_body(row.sms_body):
                raise ValidationError(
                    "sms_body",
                    "请求方式为 GET 时，请求内容应写成表单格式，"
                    "例如 mobile={mobile}&content={text}",
                )
            if secret is not None and secret != row.sms_secret:
                # Whether it was set and is now, never the secret itself.
                changes["sms_secret"] = {"old": bool(row.sms_secret), "new": bool(secret)}
                row.sms_secret = secret
            if changes:
                await record_action(
                    session,
                    actor,
                    EventKind.HALL_SETTINGS_CHANGED,
                    at=now,
                    payload={"changes": changes},
                )
            return _settings(row, secret_set=bool(row.sms_secret))

"""What can happen in a hall: the one list of event kinds, their topics and their names.

Every change a service makes writes one event (``store.events.record_event``) of a
kind listed here; the event log is both the audit trail (操作日志) and the live feed.
Screens follow topics, not kinds or name prefixes: a clerk's screen re-reads the
catalogue on :attr:`Topic.CATALOGUE`, the courier window its list on
:attr:`Topic.COURIER`. The audit log shows each kind by its Chinese label and filters
by topic. An edit's payload says what changed in one shape, :func:`changes`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any


class Topic(StrEnum):
    """A group of event kinds that screens follow and the audit log filters by."""

    QUEUE = "queue"
    RATINGS = "ratings"
    STAFF = "staff"
    WINDOWS = "windows"
    CATALOGUE = "catalogue"
    HOURS = "hours"
    EXTENDED = "extended"
    COURIER = "courier"
    SETTINGS = "settings"
    CONSULTATIONS = "consultations"
    NOTICES = "notices"
    APPOINTMENTS = "appointments"
    CASES = "cases"
    APPLICATIONS = "applications"
    FLOOR = "floor"

    @property
    def label(self) -> str:
        return TOPIC_LABELS[self]


TOPIC_LABELS = {
    Topic.QUEUE: "排队叫号",
    Topic.RATINGS: "好差评",
    Topic.STAFF: "人员与登录",
    Topic.WINDOWS: "窗口与业务类别",
    Topic.CATALOGUE: "事项目录",
    Topic.HOURS: "营业时间与日历",
    Topic.EXTENDED: "延时服务",
    Topic.COURIER: "免费邮寄",
    Topic.SETTINGS: "大厅及设置",
    Topic.CONSULTATIONS: "答疑登记",
    Topic.NOTICES: "短信通知",
    Topic.APPOINTMENTS: "预约服务",
    Topic.CASES: "台账",
    Topic.APPLICATIONS: "限时办结",
    Topic.FLOOR: "大厅监控",
}


class EventKind(StrEnum):
    """Every kind of event a service writes (the value is what the log stores)."""

    # The queue (排队叫号)
    TICKET_ISSUED = "ticket_issued"
    TICKET_CALLED = "ticket_called"
    TICKET_RECALLED = "ticket_recalled"
    TICKET_CALLED_BACK = "ticket_called_back"
    TICKET_STARTED = "ticket_started"
    TICKET_FINISHED = "ticket_finished"
    TICKET_HELD = "ticket_held"
    TICKET_TRANSFERRED = "ticket_transferred"
    TICKET_NO_SHOW = "ticket_no_show"
    TICKET_CANCELLED = "ticket_cancelled"
    TICKET_REACTIVATED = "ticket_reactivated"
    TICKET_EXPIRED = "ticket_expired"
    DAY_CLOSED = "day_closed"
    TICKET_ASSIST_RECORDED = "ticket_assist_recorded"  # 帮代办
    # 一件事一次办: a run's steps and its end
    BUNDLE_STEP_SENT = "bundle_step_sent"
    BUNDLE_RUN_ENDED = "bundle_run_ended"
    # Ratings (好差评) and the cases they open
    TICKET_RATED = "ticket_rated"
    TICKET_NOT_RATED = "ticket_not_rated"
    FOLLOW_UP_OPENED = "follow_up_opened"
    # Staff and log-ins
    STAFF_CREATED = "staff_created"
    STAFF_EDITED = "staff_edited"
    STAFF_ACTIVATED = "staff_activated"
    STAFF_DEACTIVATED = "staff_deactivated"
    STAFF_PASSWORD_RESET = "staff_password_reset"
    STAFF_UNLOCKED = "staff_unlocked"
    STAFF_LOGIN = "staff_login"
    STAFF_LOGIN_FAILED = "staff_login_failed"
    STAFF_LOCKED = "staff_locked"
    DB_LOGIN_PASSWORD_SET = "db_login_password_set"  # 数据库账号: a PC's account's password
    # Windows and business lines
    WINDOW_SIGNED_IN = "window_signed_in"
    WINDOW_SIGNED_OUT = "window_signed_out"
    WINDOW_TAKEN_OVER = "window_taken_over"
    WINDOW_PAUSED = "window_paused"
    WINDOW_RESUMED = "window_resumed"
    WINDOW_CREATED = "window_created"
    WINDOW_EDITED = "window_edited"
    WINDOW_LINES_SET = "window_lines_set"
    LINE_CREATED = "line_created"
    LINE_EDITED = "line_edited"
    LINES_REORDERED = "lines_reordered"
    # The service-item catalogue (事项目录)
    CATALOGUE_IMPORTED = "catalogue_imported"
    SERVICE_ITEM_CREATED = "service_item_created"
    SERVICE_ITEM_EDITED = "service_item_edited"
    # 区县: the district's shared catalogue, a township's share of it set by the district
    DISTRICT_CATALOGUE_SET = "district_catalogue_set"
    DISTRICT_CATALOGUE_SYNCED = "district_catalogue_synced"
    # 一件事一次办 as the administrator defines it
    BUNDLE_CREATED = "bundle_created"
    BUNDLE_EDITED = "bundle_edited"
    # Opening hours and the calendar
    HOURS_CHANGED = "hours_changed"
    CALENDAR_DAY_SET = "calendar_day_set"
    CALENDAR_DAY_CLEARED = "calendar_day_cleared"
    CALENDAR_YEAR_IMPORTED = "calendar_year_imported"
    CALENDAR_YEAR_MARKED = "calendar_year_marked"  # written before computed holidays
    CALENDAR_YEAR_PREFILLED = "calendar_year_prefilled"
    CALENDAR_YEAR_CONFIRMED = "calendar_year_confirmed"
    # Extended hours (延时服务)
    EXTENDED_SERVICE_OPENED = "extended_service_opened"
    EXTENDED_SERVICE_COMPLETED = "extended_service_completed"
    EXTENDED_SERVICE_ENTERED = "extended_service_entered"
    EXTENDED_SERVICE_EDITED = "extended_service_edited"
    # Free courier (免费邮政速递)
    COURIER_CREATED = "courier_created"
    COURIER_HANDED_OVER = "courier_handed_over"
    COURIER_DELIVERED = "courier_delivered"
    COURIER_RETURNED = "courier_returned"
    COURIER_CANCELLED = "courier_cancelled"
    # The hall
    HALL_CREATED = "hall_created"
    HALL_SETTINGS_CHANGED = "hall_settings_changed"
    HALL_DISTRICT_SET = "hall_district_set"  # 加入区县
    # The desk's tally of questions answered (答疑解惑)
    CONSULTATION_RECORDED = "consultation_recorded"
    # Notices to citizens (短信通知)
    NOTICE_RESENT = "notice_resent"
    # Appointments (预约服务)
    APPOINTMENT_SLOTS_SET = "appointment_slots_set"
    APPOINTMENT_BOOKED = "appointment_booked"
    APPOINTMENT_MOVED = "appointment_moved"
    APPOINTMENT_CANCELLED = "appointment_cancelled"
    APPOINTMENT_CHECKED_IN = "appointment_checked_in"
    APPOINTMENT_NO_SHOWS = "appointment_no_shows"
    APPOINTMENTS_IMPORTED = "appointments_imported"
    # The case ledger (台账): a case opened by staff, and each step on any case
    CASE_OPENED = "case_opened"
    CASE_VERIFIED = "case_verified"
    CASE_RECTIFIED = "case_rectified"
    CASE_ANSWERED = "case_answered"
    CASE_ASSIGNED = "case_assigned"
    CASE_RESOLVED = "case_resolved"
    CASE_APPROVED = "case_approved"
    CASE_RETURNED = "case_returned"
    CASE_APPEALED = "case_appealed"
    CASE_APPEAL_DECIDED = "case_appeal_decided"
    CASE_PROBLEM_ADDED = "case_problem_added"
    CASE_CLOSED = "case_closed"
    CASE_DAYS_SET = "case_days_set"
    # 限时办结: a 办件 opened by a 受理 finish, closed when its result is issued
    APPLICATION_OPENED = "application_opened"
    APPLICATION_CLOSED = "application_closed"
    # 大厅监控: alerts, the supervisor's dispatch, patrols (清廉大厅)
    FLOOR_ALERT_RAISED = "floor_alert_raised"
    FLOOR_ALERT_ACKNOWLEDGED = "floor_alert_acknowledged"
    FLOOR_ALERT_CLEARED = "floor_alert_cleared"
    WINDOW_LINE_HELP_ADDED = "window_line_help_added"  # 综窗 help for today
    WINDOW_LINE_HELP_ENDED = "window_line_help_ended"
    WINDOW_RESUME_REQUESTED = "window_resume_requested"
    DISPLAY_NOTICE_SENT = "display_notice_sent"
    DISPLAY_NOTICE_WITHDRAWN = "display_notice_withdrawn"
    PATROL_RECORDED = "patrol_recorded"
    # The data's life (services.retention, services.daily)
    PERSONAL_DATA_PURGED = "personal_data_purged"
    BACKUP_MADE = "backup_made"
    EVENTS_ARCHIVED = "events_archived"  # old events moved to the archive (services.archive)

    @property
    def topic(self) -> Topic:
        return TOPICS[self]

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


_K = EventKind
#: Every kind's topic.
TOPICS: dict[EventKind, Topic] = {
    **dict.fromkeys(
        (
            _K.TICKET_ISSUED,
            _K.TICKET_CALLED,
            _K.TICKET_RECALLED,
            _K.TICKET_CALLED_BACK,
            _K.TICKET_STARTED,
            _K.TICKET_FINISHED,
            _K.TICKET_HELD,
            _K.TICKET_TRANSFERRED,
            _K.TICKET_NO_SHOW,
            _K.TICKET_CANCELLED,
            _K.TICKET_REACTIVATED,
            _K.TICKET_EXPIRED,
            _K.DAY_CLOSED,
            _K.TICKET_ASSIST_RECORDED,
            _K.BUNDLE_STEP_SENT,
            _K.BUNDLE_RUN_ENDED,
        ),
        Topic.QUEUE,
    ),
    **dict.fromkeys((_K.TICKET_RATED, _K.TICKET_NOT_RATED, _K.FOLLOW_UP_OPENED), Topic.RATINGS),
    **dict.fromkeys(
        (
            _K.STAFF_CREATED,
            _K.STAFF_EDITED,
            _K.STAFF_ACTIVATED,
            _K.STAFF_DEACTIVATED,
            _K.STAFF_PASSWORD_RESET,
            _K.STAFF_UNLOCKED,
            _K.STAFF_LOGIN,
            _K.STAFF_LOGIN_FAILED,
            _K.STAFF_LOCKED,
            _K.DB_LOGIN_PASSWORD_SET,
        ),
        Topic.STAFF,
    ),
    **dict.fromkeys(
        (
            _K.WINDOW_SIGNED_IN,
            _K.WINDOW_SIGNED_OUT,
            _K.WINDOW_TAKEN_OVER,
            _K.WINDOW_PAUSED,
            _K.WINDOW_RESUMED,
            _K.WINDOW_CREATED,
            _K.WINDOW_EDITED,
            _K.WINDOW_LINES_SET,
            _K.LINE_CREATED,
            _K.LINE_EDITED,
            _K.LINES_REORDERED,
            _K.BUNDLE_CREATED,
            _K.BUNDLE_EDITED,
        ),
        Topic.WINDOWS,
    ),
    **dict.fromkeys(
        (
            _K.CATALOGUE_IMPORTED,
            _K.SERVICE_ITEM_CREATED,
            _K.SERVICE_ITEM_EDITED,
            _K.DISTRICT_CATALOGUE_SET,
            _K.DISTRICT_CATALOGUE_SYNCED,
        ),
        Topic.CATALOGUE,
    ),
    **dict.fromkeys(
        (
            _K.HOURS_CHANGED,
            _K.CALENDAR_DAY_SET,
            _K.CALENDAR_DAY_CLEARED,
            _K.CALENDAR_YEAR_IMPORTED,
            _K.CALENDAR_YEAR_MARKED,
            _K.CALENDAR_YEAR_PREFILLED,
            _K.CALENDAR_YEAR_CONFIRMED,
        ),
        Topic.HOURS,
    ),
    **dict.fromkeys(
        (
            _K.EXTENDED_SERVICE_OPENED,
            _K.EXTENDED_SERVICE_COMPLETED,
            _K.EXTENDED_SERVICE_ENTERED,
            _K.EXTENDED_SERVICE_EDITED,
        ),
        Topic.EXTENDED,
    ),
    **dict.fromkeys(
        (
            _K.COURIER_CREATED,
            _K.COURIER_HANDED_OVER,
            _K.COURIER_DELIVERED,
            _K.COURIER_RETURNED,
            _K.COURIER_CANCELLED,
        ),
        Topic.COURIER,
    ),
    **dict.fromkeys(
        (
            _K.HALL_CREATED,
            _K.HALL_SETTINGS_CHANGED,
            _K.HALL_DISTRICT_SET,
            _K.PERSONAL_DATA_PURGED,
            _K.BACKUP_MADE,
            _K.EVENTS_ARCHIVED,
        ),
        Topic.SETTINGS,
    ),
    _K.CONSULTATION_RECORDED: Topic.CONSULTATIONS,
    _K.NOTICE_RESENT: Topic.NOTICES,
    **dict.fromkeys(
        (
            _K.APPOINTMENT_SLOTS_SET,
            _K.APPOINTMENT_BOOKED,
            _K.APPOINTMENT_MOVED,
            _K.APPOINTMENT_CANCELLED,
            _K.APPOINTMENT_CHECKED_IN,
            _K.APPOINTMENT_NO_SHOWS,
            _K.APPOINTMENTS_IMPORTED,
        ),
        Topic.APPOINTMENTS,
    ),
    **dict.fromkeys(
        (
            _K.CASE_OPENED,
            _K.CASE_VERIFIED,
            _K.CASE_RECTIFIED,
            _K.CASE_ANSWERED,
            _K.CASE_ASSIGNED,
            _K.CASE_RESOLVED,
            _K.CASE_APPROVED,
            _K.CASE_RETURNED,
            _K.CASE_APPEALED,
            _K.CASE_APPEAL_DECIDED,
            _K.CASE_PROBLEM_ADDED,
            _K.CASE_CLOSED,
            _K.CASE_DAYS_SET,
        ),
        Topic.CASES,
    ),
    **dict.fromkeys((_K.APPLICATION_OPENED, _K.APPLICATION_CLOSED), Topic.APPLICATIONS),
    **dict.fromkeys(
        (
            _K.FLOOR_ALERT_RAISED,
            _K.FLOOR_ALERT_ACKNOWLEDGED,
            _K.FLOOR_ALERT_CLEARED,
            _K.WINDOW_RESUME_REQUESTED,
            _K.DISPLAY_NOTICE_SENT,
            _K.DISPLAY_NOTICE_WITHDRAWN,
            _K.PATROL_RECORDED,
        ),
        Topic.FLOOR,
    ),
    # The queue reads a window's lines: a change is a windows change, as setting them is.
    **dict.fromkeys((_K.WINDOW_LINE_HELP_ADDED, _K.WINDOW_LINE_HELP_ENDED), Topic.WINDOWS),
}

#: Every kind's name in the audit log.
KIND_LABELS: dict[EventKind, str] = {
    _K.TICKET_ISSUED: "取号",
    _K.TICKET_CALLED: "叫号",
    _K.TICKET_RECALLED: "重呼",
    _K.TICKET_CALLED_BACK: "回呼",
    _K.TICKET_STARTED: "开始办理",
    _K.TICKET_FINISHED: "办结",
    _K.TICKET_HELD: "挂起",
    _K.TICKET_TRANSFERRED: "转移",
    _K.TICKET_NO_SHOW: "过号",
    _K.TICKET_CANCELLED: "取消排队号",
    _K.TICKET_REACTIVATED: "恢复排队号",
    _K.TICKET_EXPIRED: "营业日结束作废",
    _K.DAY_CLOSED: "日终处理",
    _K.TICKET_ASSIST_RECORDED: "登记帮代办",
    _K.BUNDLE_STEP_SENT: "一件事转下一步",
    _K.BUNDLE_RUN_ENDED: "一件事办理结束",
    _K.TICKET_RATED: "评价",
    _K.TICKET_NOT_RATED: "未评价",
    _K.FOLLOW_UP_OPENED: "差评待核实",
    _K.STAFF_CREATED: "新增人员",
    _K.STAFF_EDITED: "修改人员",
    _K.STAFF_ACTIVATED: "启用人员",
    _K.STAFF_DEACTIVATED: "停用人员",
    _K.STAFF_PASSWORD_RESET: "重置密码",
    _K.STAFF_UNLOCKED: "解除锁定",
    _K.STAFF_LOGIN: "登录",
    _K.STAFF_LOGIN_FAILED: "登录失败",
    _K.STAFF_LOCKED: "账号锁定",
    _K.DB_LOGIN_PASSWORD_SET: "生成数据库账号密码",
    _K.WINDOW_SIGNED_IN: "窗口签到",
    _K.WINDOW_SIGNED_OUT: "窗口签退",
    _K.WINDOW_TAKEN_OVER: "接替窗口",
    _K.WINDOW_PAUSED: "暂停服务",
    _K.WINDOW_RESUMED: "恢复服务",
    _K.WINDOW_CREATED: "新增窗口",
    _K.WINDOW_EDITED: "修改窗口",
    _K.WINDOW_LINES_SET: "设置窗口业务",
    _K.LINE_CREATED: "新增业务类别",
    _K.LINE_EDITED: "修改业务类别",
    _K.LINES_REORDERED: "调整业务类别顺序",
    _K.CATALOGUE_IMPORTED: "导入事项目录",
    _K.SERVICE_ITEM_CREATED: "新增事项",
    _K.SERVICE_ITEM_EDITED: "修改事项",
    _K.DISTRICT_CATALOGUE_SET: "区县设置本厅事项",
    _K.DISTRICT_CATALOGUE_SYNCED: "同步区县事项目录",
    _K.BUNDLE_CREATED: "新增一件事",
    _K.BUNDLE_EDITED: "修改一件事",
    _K.HOURS_CHANGED: "修改营业时间",
    _K.CALENDAR_DAY_SET: "设置日历",
    _K.CALENDAR_DAY_CLEARED: "清除日历设置",
    _K.CALENDAR_YEAR_IMPORTED: "导入节假日",
    _K.CALENDAR_YEAR_MARKED: "确认全年日历",
    _K.CALENDAR_YEAR_PREFILLED: "预填节假日",
    _K.CALENDAR_YEAR_CONFIRMED: "确认节假日安排",
    _K.EXTENDED_SERVICE_OPENED: "延时服务（自动）",
    _K.EXTENDED_SERVICE_COMPLETED: "延时服务补充原因",
    _K.EXTENDED_SERVICE_ENTERED: "延时服务（手工录入）",
    _K.EXTENDED_SERVICE_EDITED: "修改延时服务",
    _K.COURIER_CREATED: "登记免费邮寄",
    _K.COURIER_HANDED_OVER: "交寄",
    _K.COURIER_DELIVERED: "妥投",
    _K.COURIER_RETURNED: "退回",
    _K.COURIER_CANCELLED: "取消邮寄",
    _K.HALL_CREATED: "新建大厅",
    _K.HALL_SETTINGS_CHANGED: "修改大厅设置",
    _K.HALL_DISTRICT_SET: "加入区县",
    _K.CONSULTATION_RECORDED: "答疑登记",
    _K.NOTICE_RESENT: "重新发送短信",
    _K.APPOINTMENT_SLOTS_SET: "设置预约时段",
    _K.APPOINTMENT_BOOKED: "预约",
    _K.APPOINTMENT_MOVED: "改约",
    _K.APPOINTMENT_CANCELLED: "取消预约",
    _K.APPOINTMENT_CHECKED_IN: "预约签到",
    _K.APPOINTMENT_NO_SHOWS: "标记爽约",
    _K.APPOINTMENTS_IMPORTED: "导入网上预约",
    _K.CASE_OPENED: "登记台账",
    _K.CASE_VERIFIED: "台账核实",
    _K.CASE_RECTIFIED: "台账整改",
    _K.CASE_ANSWERED: "台账反馈",
    _K.CASE_ASSIGNED: "台账交办",
    _K.CASE_RESOLVED: "台账办理结果",
    _K.CASE_APPROVED: "台账审核办结",
    _K.CASE_RETURNED: "台账退回",
    _K.CASE_APPEALED: "差评申诉",
    _K.CASE_APPEAL_DECIDED: "申诉复核",
    _K.CASE_PROBLEM_ADDED: "走流程新增问题",
    _K.CASE_CLOSED: "台账办结",
    _K.CASE_DAYS_SET: "设置台账办理期限",
    _K.APPLICATION_OPENED: "受理办件",
    _K.APPLICATION_CLOSED: "办件出件",
    _K.FLOOR_ALERT_RAISED: "监控提醒",
    _K.FLOOR_ALERT_ACKNOWLEDGED: "处理监控提醒",
    _K.FLOOR_ALERT_CLEARED: "监控提醒解除",
    _K.WINDOW_LINE_HELP_ADDED: "窗口当日协办业务",
    _K.WINDOW_LINE_HELP_ENDED: "结束当日协办业务",
    _K.WINDOW_RESUME_REQUESTED: "提醒窗口恢复服务",
    _K.DISPLAY_NOTICE_SENT: "发布大屏临时公告",
    _K.DISPLAY_NOTICE_WITHDRAWN: "撤回大屏临时公告",
    _K.PATROL_RECORDED: "巡查登记",
    _K.PERSONAL_DATA_PURGED: "清除过期个人信息",
    _K.BACKUP_MADE: "数据备份",
    _K.EVENTS_ARCHIVED: "操作日志归档",
}

#: The calls the hall display shows and speaks.
CALL_KINDS = frozenset({_K.TICKET_CALLED, _K.TICKET_RECALLED, _K.TICKET_CALLED_BACK})


def kinds_of(*topics: Topic) -> frozenset[EventKind]:
    """The kinds of ``topics``: what a screen following them reacts to."""
    return frozenset(kind for kind, topic in TOPICS.items() if topic in topics)


def label(kind: str) -> str:
    """A stored kind's name for people; an unknown one (a newer program's) as it is."""
    try:
        return KIND_LABELS[EventKind(kind)]
    except ValueError:
        return kind


def topic_of(kind: str) -> Topic | None:
    try:
        return TOPICS[EventKind(kind)]
    except ValueError:
        return None


def touches(kinds: Iterable[str], *topics: Topic) -> bool:
    """Whether any of ``kinds`` (of events a feed delivered) is of one of ``topics``."""
    return any(topic_of(kind) in topics for kind in kinds)


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """What an edit changed, the one shape every edit's payload keeps under ``"changes"``:
    ``{field: {"old": …, "new": …}}`` for each field of ``after`` whose value differs."""
    return {
        field: {"old": before.get(field), "new": value}
        for field, value in after.items()
        if before.get(field) != value
    }

"""What an event's payload says, in words a supervisor reads (操作日志的详情).

Payloads hold ids and codes (``line_id: 1``, ``outcome: completed``); the audit log
shows names and plain Chinese instead (业务：综合受理；办理结果：办结；叫号：第1次).
The service looks the ids up (:func:`ids_in` says which) and passes them as
:class:`Names`; this module only formats.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from hall_desktop.domain.applications import CLOSED_LABELS, application_code
from hall_desktop.domain.bundles import RunStatus
from hall_desktop.domain.calls import (
    ASSIST_GROUP_LABELS,
    ASSIST_KIND_LABELS,
    CALL_REASON_LABELS,
)
from hall_desktop.domain.cases import KIND_LABELS as CASE_KIND_LABELS
from hall_desktop.domain.cases import RECTIFY_MODES
from hall_desktop.domain.cases import STATUS_LABELS as CASE_STATUS_LABELS
from hall_desktop.domain.tickets import Outcome, Priority, TicketStatus

#: Field → its name in the log. A field not listed shows under its key.
FIELD_LABELS = {
    # 区县: a township's items set or synced by the district (item codes)
    "served": "办理事项数",
    "created": "新增事项",
    "activated": "恢复办理",
    "deactivated": "停办事项",
    "edited": "同步修改",
    "number": "号码",
    "line_id": "业务",
    "line_ids": "办理业务",
    "old_line_ids": "原办理业务",
    "new_line_ids": "新办理业务",
    "line_name": "业务",
    "line_prefix": "业务字头",
    "window_id": "窗口",
    "target_window_id": "指定窗口",
    "to_line_id": "转往业务",
    "to_window_id": "转往窗口",
    "to_ticket_id": "转入号票",
    "window_number": "窗口",
    "reason": "原因",
    "hold_reason": "挂起原因",
    "out_of_order": "指定叫号",
    "call_reason": "指定叫号原因",
    "call_note": "指定叫号说明",
    "assist_kind": "帮代办方式",
    "assist_for": "帮代办对象",
    "helper_id": "帮办人员",
    "note": "备注",
    "has_note": "有备注",
    "outcome": "办理结果",
    "item_ids": "办理事项",
    "item_id": "事项",
    "service_item_id": "事项",
    "level": "评价",
    "waybill": "运单号",
    "dispatch_id": "寄递单",
    "application_id": "办件",
    "closed_how": "出件方式",
    "on_time": "按期办结",
    "status": "状态",
    "return_reason": "退回原因",
    "login": "用户名",
    "role_name": "数据库账号",
    "role_for": "用于",
    "staff_id": "人员",
    "clerk_id": "办理人员",
    "previous_clerk_id": "原登录人员",
    "issued_by_id": "取号人员",
    "roles": "角色",
    "name": "名称",
    "staff_number": "工号",
    "minutes": "分钟数",
    "file_name": "文件",
    "added": "新增",
    "changed": "修改",
    "unchanged": "未变",
    "notice": "滚动公告",
    "announce_template": "播报模板",
    "announce_times": "播报次数",
    "recall_limit": "呼叫次数上限",
    "reactivate_minutes": "过号恢复时限（分钟）",
    "priority_every": "优先号穿插比例",
    "max_wait_minutes": "普通号最长等候（分钟）",
    "promise_percent": "等候承诺比例（%）",
    "promise_minutes": "等候承诺时间（分钟）",
    "id_open_per_line": "同一身份证号每类业务在排号数上限",
    "id_per_day": "同一身份证号每日取号上限",
    "override_by_id": "授权主管",
    "override_reason": "授权原因",
    "id_limit": "一人一号限制",
    "carriers": "快递公司",
    "courier_cost_cents": "邮寄费用",
    "cost_cents": "费用",
    "slip_printer": "小票打印机",
    "sms_template_booked": "预约成功短信模板",
    "sms_template_changed": "预约变更短信模板",
    "sms_template_cancelled": "预约取消短信模板",
    "sms_template_reminder": "预约提醒短信模板",
    "sms_url": "短信接口地址",
    "sms_method": "短信请求方式",
    "sms_headers": "短信请求头",
    "sms_body": "短信请求内容",
    "sms_success": "短信成功条件",
    "sms_secret": "已设置短信平台密钥",
    "sms_attempts": "短信最多发送次数",
    "notice_id": "短信",
    "checkin_before_minutes": "预约提前签到（分钟）",
    "checkin_after_minutes": "预约迟到签到（分钟）",
    "no_show_limit": "爽约次数上限",
    "no_show_days": "爽约统计天数",
    "alert_waiting_count": "排队人数提醒",
    "alert_wait_minutes": "最长等候提醒（分钟）",
    "alert_service_minutes": "办理时长提醒（分钟）",
    "alert_pause_minutes": "暂停时长提醒（分钟）",
    "alert_no_show_count": "过号次数提醒",
    "alert_no_show_minutes": "过号统计时段（分钟）",
    "patrol_checklist": "巡查项目",
    "patrol_id": "巡查记录",
    "windows_checked": "巡查窗口数",
    "checks": "检查项数",
    "not_met": "不达标项数",
    "case_ids": "督查问题",
    "appointments_only": "仅接待预约",
    "booking_code": "预约码",
    "late": "迟到",
    "address": "地址",
    "phone": "咨询电话",
    "prefix": "字头",
    "daily_limit": "每日限额",
    "first_number": "起始号",
    "default_service_minutes": "办理时长",
    "sort_order": "排序",
    "active": "启用",
    "clerk_name": "人员",
    "previous_clerk_name": "原登录人员",
    "call_count": "叫号",
    "priority": "优先级",
    "priority_reason": "绿色通道原因",
    "paused": "暂停",
    "paused_seconds": "暂停时长",
    "paused_minutes": "暂停时长",
    "ticket_id": "号票",
    "case_id": "台账编号",
    "case_kind": "台账类型",
    "case_status": "台账状态",
    "case_level": "协调层级",
    "verdict": "核实结论",
    "called_back": "已回访",
    "text": "办理情况",
    "mode": "处理方式",
    "by_whom": "整改人",
    "channel": "反馈方式",
    "response": "群众意见",
    "answered_at": "反馈时间",
    "case_outcome": "办理结果",
    "legal_basis": "法律政策依据",
    "served_ticket_id": "办理号票",
    "ground": "申诉理由",
    "evidence": "申诉依据",
    "upheld": "申诉成立",
    "owner_id": "责任人",
    "assigned_window_id": "交办窗口",
    "title": "事由",
    "person": "人员",
    "person_role": "身份",
    "problems": "问题数",
    "problem_id": "问题编号",
    "parent_id": "所属走流程",
    "rating_id": "评价记录",
    "record_id": "记录",
    "consultation_id": "咨询记录",
    "day": "日期",
    "service_day": "营业日",
    "year": "年份",
    "kind": "类型",
    "code": "编码",
    "category": "类别",
    "department": "部门",
    "promised_days": "承诺时限",
    "source": "来源",
    "previous_source": "原来源",
    "opens": "开门",
    "closes": "关门",
    "lunch_start": "午休开始",
    "lunch_end": "午休结束",
    "weekday": "星期",
    "weekday_name": "星期",
    "hours": "营业时间",
    "holidays": "节假日",
    "makeup_workdays": "调休上班日",
    "calendar_years": "日历年度",
    "unconfirmed_calendar_years": "待确认年度",
    "package_version": "日历包版本",
    "manual": "手工录入",
    "completed_at": "完成时间",
    "closing_at": "下班时间",
    "started_at": "开始时间",
    "finished_at": "结束时间",
    "issued_at": "取号时间",
    "first_called_at": "首次叫号",
    "last_called_at": "最近叫号",
    "held_at": "挂起时间",
    "hold_due_at": "回呼时间",
    "due_date": "到期日",
    "created_at": "登记时间",
    "recipient_name": "收件人",
    "recipient_phone": "收件人电话",
    "postal_code": "邮编",
    "province": "省份",
    "city": "城市",
    "district": "区县",
    "direction": "方向",
    "items_text": "寄递内容",
    "items": "事项",
    "citizen_name": "姓名",
    "citizen_phone": "电话",
    "citizen_id_number": "身份证号",
    "count": "数量",
    "rows": "行数",
    "entries": "条目",
    "lines": "业务",
    "before": "修改前",
    "after": "修改后",
    "previous": "原值",
    "serving": "办理中",
    "idle": "空闲",
    "kept_own_days": "保留自定日期",
    "key_share": "占比",
    "seq": "序号",
    "bundle_id": "一件事",
    "bundle_name": "一件事",
    "bundle_step": "一件事步骤",
    "bundle_steps": "一件事步骤数",
    "to_step": "转往步骤",
    "run_status": "一件事结果",
    "run_seconds": "一件事总用时",
    "route": "办理路线",
    "last_seq": "最后序号",
    # 清除过期个人信息 (services.retention): rows blanked, and before which day
    "purged_tickets": "清除号票",
    "purged_ticket_hashes": "删除一人一号校验记录",
    "purged_bookings": "清除预约",
    "purged_ratings": "清除评价留言",
    "purged_cases": "清除台账",
    "purged_applications": "清除办件",
    "purged_notices": "清除短信",
    "purged_dispatches": "清除邮寄",
    "purged_before": "清除此日前",
    "courier_purged_before": "邮寄清除此日前",
    # 数据备份 (services.daily)
    "backup_file": "备份文件",
    "backup_bytes": "文件大小（字节）",
    "backups_removed": "删除旧备份",
    # 操作日志归档 (services.archive)
    "first_event_id": "首条日志编号",
    "last_event_id": "末条日志编号",
    "cutoff_at": "归档截止",
}

#: Fields that say nothing to a person (internal keys); the log leaves them out.
HIDDEN = frozenset({"hall_id", "id", "xid", "role_kind"})  # role_kind: role_for says it

_OUTCOMES = {o.value: o.label for o in Outcome}
_STATUSES = {s.value: s.label for s in TicketStatus}
_LEVELS = {5: "非常满意", 4: "满意", 3: "基本满意", 2: "不满意", 1: "非常不满意"}


@dataclass(frozen=True)
class Names:
    """What the ids of a batch of payloads stand for (the service looks them up)."""

    staff: Mapping[int, str] = field(default_factory=dict)  # id → 姓名
    lines: Mapping[int, str] = field(default_factory=dict)  # id → "A 综合受理"
    windows: Mapping[int, int] = field(default_factory=dict)  # id → window number
    items: Mapping[int, str] = field(default_factory=dict)  # id → item name
    tickets: Mapping[int, str] = field(default_factory=dict)  # id → ticket number
    zone: tzinfo = UTC


#: Which lookup an id field needs.
STAFF_FIELDS = frozenset(
    {
        "staff_id",
        "clerk_id",
        "previous_clerk_id",
        "issued_by_id",
        "override_by_id",
        "helper_id",
        "owner_id",
    }
)
LINE_FIELDS = frozenset({"line_id", "line_ids", "old_line_ids", "new_line_ids", "to_line_id"})
WINDOW_FIELDS = frozenset({"window_id", "target_window_id", "to_window_id", "assigned_window_id"})
ITEM_FIELDS = frozenset({"item_ids", "item_id", "service_item_id"})
TICKET_FIELDS = frozenset({"ticket_id", "to_ticket_id", "served_ticket_id"})


def ids_in(payloads: Iterable[Mapping[str, Any]]) -> dict[frozenset[str], set[int]]:
    """The ids the payloads name, by the kind of lookup (a ``*_FIELDS`` set)."""
    found: dict[frozenset[str], set[int]] = {
        fields: set()
        for fields in (STAFF_FIELDS, LINE_FIELDS, WINDOW_FIELDS, ITEM_FIELDS, TICKET_FIELDS)
    }

    def collect(key: str, value: Any) -> None:
        if isinstance(value, dict) and set(value) == {"old", "new"}:
            collect(key, value["old"])
            collect(key, value["new"])
            return
        for fields, ids in found.items():
            if key in fields:
                values = value if isinstance(value, list) else [value]
                ids.update(v for v in values if isinstance(v, int) and not isinstance(v, bool))

    for payload in payloads:
        for key, value in payload.items():
            if key == "changes" and isinstance(value, dict):
                for k, v in value.items():
                    collect(k, v)
            else:
                collect(key, value)
    return found


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} 秒"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} 分 {rest} 秒" if rest else f"{minutes} 分钟"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} 小时 {minutes} 分"


def _named(lookup: Mapping[int, Any], what: str, fmt: Callable[[Any], str] = str) -> Any:
    def show(value: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            return fmt(lookup[value]) if value in lookup else f"{what}#{value}"
        return _plain(value)

    return show


def _policy(zero: str, some: Callable[[int], str]) -> Callable[[Any], str]:
    """A queue policy value (叫号规则) for people: None the hall's, 0 ``zero``, else
    ``some(value)``."""

    def show(value: Any) -> str:
        if value is None:
            return "按大厅设置"
        if isinstance(value, int) and not isinstance(value, bool):
            return zero if value == 0 else some(value)
        return _plain(value)

    return show


def _plain(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return str(value)


def _label_of(labels: Mapping[Any, str], value: Any) -> str:
    """A stored code's Chinese label (a StrEnum's value), else the value as it is."""
    found: str = dict(labels).get(value, _plain(value))
    return found


def _when(zone: tzinfo) -> Callable[[Any], str]:
    def show(value: Any) -> str:
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is not None:
                return f"{moment.astimezone(zone):%Y-%m-%d %H:%M:%S}"
        return _plain(value)

    return show


def _formatters(names: Names) -> dict[str, Callable[[Any], str]]:
    staff = _named(names.staff, "人员")
    line = _named(names.lines, "业务")
    window = _named(names.windows, "窗口", lambda n: f"{n}号窗口")
    item = _named(names.items, "事项")
    ticket = _named(names.tickets, "号票")
    when = _when(names.zone)
    cents = {"courier_cost_cents", "cost_cents"}
    out: dict[str, Callable[[Any], str]] = {}
    out.update(dict.fromkeys(STAFF_FIELDS, staff))
    out.update(dict.fromkeys(LINE_FIELDS, line))
    out.update(dict.fromkeys(WINDOW_FIELDS, window))
    out.update(dict.fromkeys(ITEM_FIELDS, item))
    out.update(dict.fromkeys(TICKET_FIELDS, ticket))
    out.update(
        dict.fromkeys(cents, lambda v: f"{v / 100:.2f} 元" if isinstance(v, int) else _plain(v))
    )
    out.update(
        dict.fromkeys(
            (k for k in FIELD_LABELS if k.endswith("_at")),
            when,
        )
    )
    out["window_number"] = lambda v: f"{v}号窗口" if isinstance(v, int) else _plain(v)
    out["outcome"] = lambda v: _OUTCOMES.get(v, _plain(v))
    out["status"] = lambda v: _STATUSES.get(v, _plain(v))
    out["level"] = lambda v: _LEVELS.get(v, _plain(v))
    out["call_reason"] = lambda v: _label_of(CALL_REASON_LABELS, v)
    out["assist_kind"] = lambda v: _label_of(ASSIST_KIND_LABELS, v)
    out["assist_for"] = lambda v: _label_of(ASSIST_GROUP_LABELS, v)
    out["priority"] = lambda v: Priority(v).label if v in set(Priority) else _plain(v)
    step = lambda v: f"第{v}步" if isinstance(v, int) else _plain(v)  # noqa: E731
    out["bundle_step"] = out["to_step"] = step
    out["bundle_steps"] = lambda v: f"共{v}步" if isinstance(v, int) else _plain(v)
    out["run_status"] = lambda v: RunStatus(v).label if v in set(RunStatus) else _plain(v)
    out["run_seconds"] = lambda v: _duration(v) if isinstance(v, (int, float)) else _plain(v)
    out["call_count"] = lambda v: f"第{v}次" if isinstance(v, int) else _plain(v)
    out["paused_seconds"] = lambda v: _duration(v) if isinstance(v, (int, float)) else _plain(v)
    out["paused_minutes"] = lambda v: (
        _duration(v * 60) if isinstance(v, (int, float)) else _plain(v)
    )
    out["default_service_minutes"] = lambda v: f"{v} 分钟" if isinstance(v, int) else _plain(v)
    out["priority_every"] = _policy("优先号始终在前", lambda n: f"每 {n} 个优先号后叫 1 个普通号")
    out["max_wait_minutes"] = _policy("不限", lambda n: f"{n} 分钟")
    # 大厅监控's thresholds: None the hall's (a line's), 0 no alert
    out["alert_waiting_count"] = _policy("不提醒", lambda n: f"{n} 人")
    out["alert_no_show_count"] = _policy("不提醒", lambda n: f"{n} 次")
    for key in FIELD_LABELS:
        if key.startswith("alert_") and key.endswith("_minutes"):
            out[key] = _policy("不提醒", lambda n: f"{n} 分钟")
    out["promised_days"] = lambda v: f"{v} 个工作日" if isinstance(v, int) else _plain(v)
    out["case_kind"] = lambda v: _label_of(CASE_KIND_LABELS, v)
    out["case_status"] = lambda v: _label_of(CASE_STATUS_LABELS, v)
    out["mode"] = lambda v: _label_of(RECTIFY_MODES, v)
    case_code = lambda v: f"TZ{v:06d}" if isinstance(v, int) else _plain(v)  # noqa: E731
    out["case_id"] = out["problem_id"] = out["parent_id"] = case_code
    out["case_ids"] = case_code  # each of the list
    out["dispatch_id"] = lambda v: f"K{v:05d}" if isinstance(v, int) else _plain(v)
    out["application_id"] = lambda v: application_code(v) if isinstance(v, int) else _plain(v)
    out["closed_how"] = lambda v: _label_of(CLOSED_LABELS, v)
    codes = lambda v: (  # noqa: E731
        "、".join(map(str, v)) or "（无）" if isinstance(v, list) else _plain(v)
    )
    out.update(dict.fromkeys(("created", "activated", "deactivated", "edited"), codes))
    return out


def describe(payload: Mapping[str, Any], names: Names | None = None) -> str:
    """The payload for people: fields by their Chinese name, ids as names, changes as
    old → new; internal keys left out."""
    return describer(names)(payload)


def describer(names: Names | None = None) -> Callable[[Mapping[str, Any]], str]:
    """:func:`describe` for a batch of payloads named by the same ``names``: the
    formatters are built once (a page of the log has thousands of payloads)."""
    show = _formatters(names or Names())

    def value(key: str, v: Any) -> str:
        if isinstance(v, dict) and set(v) == {"old", "new"}:
            return f"{value(key, v['old'])} → {value(key, v['new'])}"
        fmt = show.get(key)
        if fmt is None:
            return _plain(v)
        if isinstance(v, list) and key.endswith("_ids"):
            return "、".join(fmt(x) for x in v) or "（无）"
        return fmt(v)

    def text(payload: Mapping[str, Any]) -> str:
        parts: list[str] = []
        old, new = payload.get("old"), payload.get("new")
        if isinstance(old, dict) and isinstance(new, dict) and set(old) == set(new):
            # An edit's changed fields side by side (old → new), field by field.
            payload = {
                **{k: v for k, v in payload.items() if k not in ("old", "new")},
                "changes": {k: {"old": old[k], "new": new[k]} for k in new},
            }
        for key, v in payload.items():
            if key in HIDDEN:
                continue
            if key == "changes" and isinstance(v, dict):
                parts.extend(f"{FIELD_LABELS.get(k, k)}：{value(k, x)}" for k, x in v.items())
            else:
                parts.append(f"{FIELD_LABELS.get(key, key)}：{value(key, v)}")
        return "；".join(parts)

    return text

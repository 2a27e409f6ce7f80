"""Notices to citizens (短信通知): the kinds, their templates, the outbox states, and the
shape of a request to the hall's SMS platform and of its answer.

Pure rules: the outbox table is in ``store``, queueing and sending in
``services/notices.py``.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from hall_desktop.domain.errors import ValidationError


class NoticeKind(StrEnum):
    """What a notice tells the citizen."""

    BOOKED = "booked"  # 预约成功
    CHANGED = "changed"  # 预约变更
    CANCELLED = "cancelled"  # 预约取消
    REMINDER = "reminder"  # 预约提醒 (the day before)

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def template_field(self) -> str:
        """The hall settings' field holding this kind's template."""
        return f"sms_template_{self.value}"


KIND_LABELS: dict[NoticeKind, str] = {
    NoticeKind.BOOKED: "预约成功",
    NoticeKind.CHANGED: "预约变更",
    NoticeKind.CANCELLED: "预约取消",
    NoticeKind.REMINDER: "预约提醒",
}


class NoticeState(StrEnum):
    """Where a notice is in the outbox."""

    PENDING = "pending"  # 待发送: due now or after a failed attempt's pause
    SENDING = "sending"  # 发送中: claimed by a sender (until its lease runs out)
    SENT = "sent"  # 已发送
    FAILED = "failed"  # 发送失败: every attempt used; staff may send it again
    UNCONFIGURED = "unconfigured"  # 未配置: the hall has no SMS platform set up

    @property
    def label(self) -> str:
        return STATE_LABELS[self]


STATE_LABELS: dict[NoticeState, str] = {
    NoticeState.PENDING: "待发送",
    NoticeState.SENDING: "发送中",
    NoticeState.SENT: "已发送",
    NoticeState.FAILED: "发送失败",
    NoticeState.UNCONFIGURED: "未配置",
}

#: What a notice template may name, and what each one is.
TEMPLATE_FIELDS: dict[str, str] = {
    "name": "姓名",
    "code": "预约码",
    "line": "业务",
    "date": "日期",
    "time": "时段",
    "hall": "大厅名称",
    "phone": "咨询电话",
}

DEFAULT_TEMPLATES: dict[NoticeKind, str] = {
    NoticeKind.BOOKED: (
        "【{hall}】{name}您好，您已预约{date} {time}办理{line}，预约码{code}。"
        "请按时到大厅签到取号。咨询电话{phone}"
    ),
    NoticeKind.CHANGED: (
        "【{hall}】{name}您好，您的预约已改为{date} {time}办理{line}，预约码{code}。咨询电话{phone}"
    ),
    NoticeKind.CANCELLED: (
        "【{hall}】{name}您好，您{date} {time}办理{line}的预约（预约码{code}）已取消。"
        "咨询电话{phone}"
    ),
    NoticeKind.REMINDER: (
        "【{hall}】{name}您好，提醒您{date} {time}到大厅办理{line}，预约码{code}，"
        "请带好身份证件。咨询电话{phone}"
    ),
}

#: What the request template of the SMS platform may name.
REQUEST_FIELDS = frozenset({"mobile", "text", "secret"})
#: A notice's text at most (the outbox column); a longer one is cut with "…".
TEXT_MAX = 500
#: Attempts a notice gets by default before it is 发送失败.
DEFAULT_ATTEMPTS = 5
DEFAULT_BODY = '{"mobile": "{mobile}", "content": "{text}"}'


def _placeholders(text: str, field: str, what: str) -> set[str]:
    """The names in ``text``'s braces; ``{{`` and ``}}`` stand for braces themselves."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as e:
        raise ValidationError(field, f"{what}中的花括号不成对（要写花括号本身请写两个）") from e
    names: set[str] = set()
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            raise ValidationError(field, f"{what}的花括号里只能写名称，例如 {{name}}")
        names.add(name)
    return names


def check_template(kind: NoticeKind, template: str) -> str:
    """A notice template uses only :data:`TEMPLATE_FIELDS`; it is not empty."""
    what = f"“{kind.label}”短信模板"
    text = template.strip()
    if not text:
        raise ValidationError(kind.template_field, f"{what}不能为空")
    unknown = _placeholders(text, kind.template_field, what) - TEMPLATE_FIELDS.keys()
    if unknown:
        known = "、".join(f"{{{n}}}（{label}）" for n, label in TEMPLATE_FIELDS.items())
        raise ValidationError(
            kind.template_field,
            f"{what}只能使用 {known}，不认识：" + "、".join(sorted(f"{{{n}}}" for n in unknown)),
        )
    return text


def render(template: str, values: Mapping[str, str]) -> str:
    """The template filled with ``values`` (a name not given is left empty), at most
    :data:`TEXT_MAX` characters."""
    filled = string.Formatter().vformat(template, (), _Blank(values))
    return filled if len(filled) <= TEXT_MAX else filled[: TEXT_MAX - 1] + "…"


class _Blank(dict[str, str]):
    def __init__(self, values: Mapping[str, str]) -> None:
        super().__init__({k: str(v) for k, v in values.items()})

    def __missing__(self, key: str) -> str:
        return ""


# -- the SMS platform ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SmsPlatform:
    """How the hall's SMS platform (短信平台) is called: the usual government shape of
    an HTTP interface with an app key. ``body`` is a JSON object or form fields
    (``a=b&c=d``) whose values may name {mobile}, {text} and {secret}; ``headers`` one
    ``Name: value`` a line (values may name {secret}); ``success`` empty (any HTTP 2xx)
    or ``field=value`` that the JSON answer must also hold (``result.code=0``)."""

    url: str
    method: str = "POST"
    headers: str = ""
    body: str = DEFAULT_BODY
    success: str = ""
    secret: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.url.strip())


@dataclass(frozen=True, slots=True)
class SmsRequest:
    url: str
    method: str
    headers: dict[str, str]
    data: bytes | None


def _fill(text: str, values: Mapping[str, str]) -> str:
    return string.Formatter().vformat(text, (), _Blank(values))


def _form_pairs(body: str) -> list[tuple[str, str]]:
    return parse_qsl(body.strip(), keep_blank_values=True)


def is_json_body(body: str) -> bool:
    """A JSON object's template, else form fields."""
    return body.strip().startswith("{")


def check_url(url: str) -> str:
    url = url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise ValidationError("sms_url", "短信接口地址应以 http:// 或 https:// 开头")
    if url:
        _check_request_names(url, "sms_url", "短信接口地址")
    return url


def check_method(method: str) -> str:
    method = method.strip().upper()
    if method not in ("POST", "GET"):
        raise ValidationError("sms_method", "请求方式只能是 POST 或 GET")
    return method


def _check_request_names(text: str, field: str, what: str) -> None:
    unknown = _placeholders(text, field, what) - REQUEST_FIELDS
    if unknown:
        raise ValidationError(
            field,
            f"{what}只能使用 {{mobile}}（手机号码）、{{text}}（短信内容）和 {{secret}}（密钥），"
            "不认识：" + "、".join(sorted(f"{{{n}}}" for n in unknown)),
        )


def check_headers(headers: str) -> str:
    lines = [line.strip() for line in headers.strip().splitlines() if line.strip()]
    for line in lines:
        name, colon, _ = line.partition(":")
        if not colon or not name.strip() or " " in name.strip():
            raise ValidationError(
                "sms_headers", f"请求头“{line}”应写成“名称: 值”，每行一个，例如 AppKey: {{secret}}"
            )
        _check_request_names(line, "sms_headers", "请求头")
    return "\n".join(lines)


def check_body(body: str) -> str:
    """A JSON object whose string values may name the request fields, or form fields."""
    body = body.strip()
    if not body:
        raise ValidationError("sms_body", "请求内容不能为空：至少要带上 {mobile} 和 {text}")
    if is_json_body(body):
        try:
            parsed = json.loads(body)
        except json.JSONDecodeError as e:
            raise ValidationError(
                "sms_body", f"请求内容以 {{ 开头，应为 JSON 对象，但第 {e.colno} 个字处无法读取"
            ) from e
        if not isinstance(parsed, dict):
            raise ValidationError("sms_body", "请求内容应为 JSON 对象（{…}）")
        strings = list(_strings(parsed))
    else:
        strings = [value for _, value in _form_pairs(body)]
    names: set[str] = set()
    for text in strings:
        _check_request_names(text, "sms_body", "请求内容")
        names |= _placeholders(text, "sms_body", "请求内容")
    if not {"mobile", "text"} <= names:
        raise ValidationError(
            "sms_body", "请求内容需要包含 {mobile}（手机号码）和 {text}（短信内容）"
        )
    return body


def check_success(success: str) -> str:
    success = success.strip()
    if success and not _success_rule(success)[0]:
        raise ValidationError(
            "sms_success", "成功条件应写成“字段=值”，例如 code=0；留空则 HTTP 2xx 即为成功"
        )
    return success


def _success_rule(success: str) -> tuple[str, str]:
    field, _, value = success.partition("=")
    return field.strip(), value.strip()


def _strings(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _filled_json(value: Any, values: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        return _fill(value, values)
    if isinstance(value, dict):
        return {k: _filled_json(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_filled_json(v, values) for v in value]
    return value


def build_request(platform: SmsPlatform, mobile: str, text: str) -> SmsRequest:
    """The HTTP request that sends ``text`` to ``mobile`` through ``platform``."""
    values = {"mobile": mobile, "text": text, "secret": platform.secret}
    url = _fill(platform.url.strip(), {k: quote(v, safe="") for k, v in values.items()})
    headers: dict[str, str] = {}
    for line in platform.headers.splitlines():
        name, colon, value = line.partition(":")
        if colon:
            headers[name.strip()] = _fill(value.strip(), {"secret": platform.secret})
    method = platform.method.upper()
    if is_json_body(platform.body):
        data = json.dumps(_filled_json(json.loads(platform.body), values), ensure_ascii=False)
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        return SmsRequest(url, method, headers, data.encode("utf-8"))
    form = urlencode([(k, _fill(v, values)) for k, v in _form_pairs(platform.body)])
    if method == "GET":
        return SmsRequest(url + ("&" if "?" in url else "?") + form, method, headers, None)
    headers.setdefault("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    return SmsRequest(url, method, headers, form.encode("utf-8"))


def judge_answer(status: int, body: bytes, success: str) -> str | None:
    """None when the platform's answer means sent; else why not, in plain words."""
    if not 200 <= status < 300:
        return f"短信平台返回 HTTP {status}"
    if not success.strip():
        return None
    field, expected = _success_rule(success)
    try:
        answer: Any = json.loads(body.decode("utf-8", errors="replace"))
    except ValueError:
        return f"短信平台的答复不是 JSON，无法按“{success}”判断是否发送成功"
    for part in field.split("."):
        if not isinstance(answer, dict) or part not in answer:
            return f"短信平台的答复中没有 {field}"
        answer = answer[part]
    actual = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
    if actual != expected:
        return f"短信平台答复 {field}={actual}（成功应为 {expected}）"
    return None


def backoff_seconds(attempts: int) -> int:
    """The pause after the ``attempts``-th failed attempt: 30 s, 1, 2, 4 … up to 30 min."""
    return int(min(30 * 2 ** max(attempts - 1, 0), 1800))

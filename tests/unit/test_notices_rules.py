"""The pure rules of notices (domain.notices): rendering, the request to the SMS
platform, judging its answer, the pause between attempts."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from hall_desktop.domain.errors import ValidationError
from hall_desktop.domain.notices import (
    TEXT_MAX,
    NoticeKind,
    SmsPlatform,
    backoff_seconds,
    build_request,
    check_body,
    check_template,
    judge_answer,
    render,
)


def test_render_fills_known_names_and_leaves_values_alone():
    assert render("{name}：{code}{missing_is_empty}", {"name": "{张三}", "code": "A1"}) == (
        "{张三}：A1"
    )
    assert render("{{字面}}{name}", {"name": "李四"}) == "{字面}李四"
    long = render("{name}", {"name": "长" * 600})
    assert len(long) == TEXT_MAX and long.endswith("…")


def test_check_template_names_what_it_does_not_know():
    assert check_template(NoticeKind.BOOKED, " {name}{hall}{phone} ") == "{name}{hall}{phone}"
    with pytest.raises(ValidationError, match=r"不认识：\{0\}、\{name\.x\}"):
        check_template(NoticeKind.BOOKED, "{0}{name.x}")


def test_a_json_request_escapes_the_text():
    platform = SmsPlatform(
        url="https://sms.example/send?key={secret}",
        headers="AppKey: {secret}\nX-Sign: 政务",
        body='{"to": ["{mobile}"], "msg": {"content": "{text}"}, "n": 1}',
        secret="a b&c",
    )
    request = build_request(platform, "13812345678", '他说："明天见"\n谢谢')
    assert request.url == "https://sms.example/send?key=a%20b%26c"
    assert request.headers["AppKey"] == "a b&c" and request.headers["X-Sign"] == "政务"
    assert request.method == "POST"
    assert json.loads(request.data or b"") == {
        "to": ["13812345678"],
        "msg": {"content": '他说："明天见"\n谢谢'},
        "n": 1,
    }


def test_a_form_request_post_and_get():
    form = "mobile={mobile}&content={text}&sign=政务"
    post = build_request(SmsPlatform(url="http://x/s", body=form), "13812345678", "a&b=c")
    assert parse_qs((post.data or b"").decode()) == {
        "mobile": ["13812345678"],
        "content": ["a&b=c"],
        "sign": ["政务"],
    }
    assert post.headers["Content-Type"].startswith("application/x-www-form-urlencoded")
    get = build_request(
        SmsPlatform(url="http://x/s?a=1", method="GET", body=form), "13812345678", "好"
    )
    assert get.data is None and get.url.startswith("http://x/s?a=1&mobile=13812345678")


def test_check_body():
    assert check_body("to={mobile}&t={text}") == "to={mobile}&t={text}"
    with pytest.raises(ValidationError, match="JSON 对象"):
        check_body('{"a": "{mobile}"')
    with pytest.raises(ValidationError, match="JSON 对象"):
        check_body('{"to": "{mobile}", "t": "{text}", "n": [1}')
    with pytest.raises(ValidationError, match=r"\{text\}"):
        check_body("to={mobile}")


@pytest.mark.parametrize(
    ("status", "body", "success", "verdict"),
    [
        (200, b"", "", None),
        (204, b"", "", None),
        (302, b"", "", "短信平台返回 HTTP 302"),
        (503, b"", "", "短信平台返回 HTTP 503"),
        (200, b'{"result": {"code": 0}}', "result.code=0", None),
        (200, b'{"result": {"code": "0"}}', "result.code=0", None),
        (
            200,
            b'{"result": {"code": 5}}',
            "result.code=0",
            "短信平台答复 result.code=5（成功应为 0）",
        ),
        (200, b'{"result": 1}', "result.code=0", "短信平台的答复中没有 result.code"),
        (200, b"OK", "code=0", "短信平台的答复不是 JSON，无法按“code=0”判断是否发送成功"),
        (200, b'{"success": true}', "success=true", None),
    ],
)
def test_judge_answer(status, body, success, verdict):
    assert judge_answer(status, body, success) == verdict


def test_backoff_doubles_up_to_half_an_hour():
    assert [backoff_seconds(n) for n in range(1, 9)] == [30, 60, 120, 240, 480, 960, 1800, 1800]

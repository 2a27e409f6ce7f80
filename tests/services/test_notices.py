"""Notices to citizens (短信通知) on both backends: queued in the caller's transaction from
the hall's template, sent to a local SMS platform (an HTTP server started here) with
retries and a failure state, never sent twice by two senders, and left visible when no
platform is configured."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import create_engine, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from hall_desktop.cli import main
from hall_desktop.domain.errors import PermissionDenied, Refused, ValidationError
from hall_desktop.domain.notices import NoticeKind, NoticeState
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.notices import (
    NoticeSender,
    NoticeService,
    SendReport,
    queue_notice,
)
from hall_desktop.store.database import Database
from hall_desktop.store.models import Event, Hall, NoticeOutbox
from tests.sms_server import Answer, SmsServer, sms_server

VALUES = {"name": "张三", "code": "K7Q2", "line": "不动产登记", "date": "12月8日", "time": "上午"}


@pytest.fixture
def server():
    with sms_server() as running:
        yield running


async def queue_one(
    db: Database,
    hall_id: int,
    mobile: str = "13812345678",
    *,
    kind: NoticeKind = NoticeKind.BOOKED,
    conn: AsyncConnection | AsyncSession | None = None,
    **values: str,
) -> int:
    """One notice through queue_notice, in a write of its own or in ``conn``'s."""
    if conn is not None:
        return await queue_notice(
            conn,
            hall_id=hall_id,
            kind=kind,
            mobile=mobile,
            values={**VALUES, **values},
            at=await db.now(conn),
        )
    async with db.write() as session:
        return await queue_one(db, hall_id, mobile, kind=kind, conn=session, **values)


async def _row(db: Database, notice_id: int) -> NoticeOutbox:
    async with db.read() as session:
        row = await session.get(NoticeOutbox, notice_id)
        assert row is not None
        return row


async def _configure(db: Database, actors, server: SmsServer, **more: object) -> None:
    values: dict[str, object] = {
        "sms_url": server.url,
        "sms_headers": "AppKey: {secret}",
        "sms_body": '{"phone": "{mobile}", "content": "{text}", "sign": "政务"}',
        "sms_success": "code=0",
        "sms_secret": "s3cr3t-key",
    }
    await HallSettingsService(db).update(actors["admin"], **{**values, **more})


async def test_queue_notice_renders_the_template_in_the_callers_transaction(db, hall, actors):
    await HallSettingsService(db).update(actors["admin"], phone="0391-1234567")
    notice_id = await queue_one(db, hall.hall_id, mobile="+86 138-1234-5678")
    row = await _row(db, notice_id)
    settings = await HallSettingsService(db).get(hall.hall_id)
    assert row.mobile == "13812345678" and row.kind == "booked"
    assert row.text.startswith(f"【{settings.name}】张三您好，您已预约12月8日 上午办理不动产登记")
    assert "预约码K7Q2" in row.text and row.text.endswith("咨询电话0391-1234567")
    # No platform yet: it waits as 未配置 and says why.
    assert row.state == NoticeState.UNCONFIGURED and "未配置短信平台" in row.last_error
    # The caller's transaction rolled back: no notice either.
    with pytest.raises(RuntimeError):
        async with db.write() as session:
            await queue_one(db, hall.hall_id, "13900000000", conn=session)
            raise RuntimeError("the booking failed")
    async with db.read() as session:
        mobiles = set(
            await session.scalars(
                select(NoticeOutbox.mobile).where(NoticeOutbox.hall_id == hall.hall_id)
            )
        )
    assert mobiles == {"13812345678"}
    with pytest.raises(ValidationError, match="手机号码格式不正确"):
        await queue_one(db, hall.hall_id, mobile="12345")
    # On a bare connection (the hottest paths write so) as in an ORM session.
    async with db.write_core() as conn:
        on_core = await queue_one(
            db, hall.hall_id, "13900000000", kind=NoticeKind.CHANGED, conn=conn
        )
    assert "您的预约已改为12月8日 上午" in (await _row(db, on_core)).text


async def test_templates_are_checked_like_the_voice_template(db, hall, actors):
    service = HallSettingsService(db)
    with pytest.raises(ValidationError, match=r"不认识：\{address\}") as caught:
        await service.update(actors["admin"], sms_template_reminder="{name}请到{address}办理")
    assert caught.value.field == "sms_template_reminder"
    assert "预约提醒" in caught.value.message
    with pytest.raises(ValidationError, match="花括号不成对"):
        await service.update(actors["admin"], sms_template_booked="{name 您好")
    with pytest.raises(ValidationError, match="只能写名称"):
        await service.update(actors["admin"], sms_template_booked="{name!r}您好")
    with pytest.raises(ValidationError, match="不能为空"):
        await service.update(actors["admin"], sms_template_changed="  ")
    saved = await service.update(actors["admin"], sms_template_booked="{name}：预约码{code}")
    assert saved.template(NoticeKind.BOOKED) == "{name}：预约码{code}"
    row = await _row(db, await queue_one(db, hall.hall_id))
    assert row.text == "张三：预约码K7Q2"


async def test_the_platform_settings_are_checked_and_the_secret_never_read_back(
    db, hall, actors, server
):
    service = HallSettingsService(db)
    for field, value, message in (
        ("sms_url", "ftp://sms.example", "http://"),
        ("sms_method", "PUT", "POST 或 GET"),
        ("sms_body", '{"phone": "{mobile}"}', "{text}"),
        ("sms_body", '{"phone": "{mobile}", "text": "{text}"', "JSON"),
        ("sms_body", "to={mobile}&msg={text}&x={user}", r"不认识：\{user\}"),
        ("sms_headers", "AppKey {secret}", "名称: 值"),
        ("sms_success", "=0", "字段=值"),
        ("sms_attempts", "0", "1 到 10"),
    ):
        with pytest.raises(ValidationError, match=message) as caught:
            await service.update(actors["admin"], **{field: value})
        assert caught.value.field == field
    # GET sends form fields in the address: a JSON body is refused, nothing is saved.
    with pytest.raises(ValidationError, match="表单格式") as caught:
        await service.update(actors["admin"], sms_url=server.url, sms_method="GET")
    assert caught.value.field == "sms_body"
    assert (await service.get(hall.hall_id)).sms_url == ""
    await _configure(db, actors, server)
    settings = await service.get(hall.hall_id, secret_state=True)  # the admin's page
    assert settings.sms_secret_set and settings.sms_url == server.url
    assert not (await service.get(hall.hall_id)).sms_secret_set  # a screen: not read
    assert "s3cr3t" not in repr(settings)
    async with db.read() as session:
        payloads = list(
            await session.scalars(
                select(Event.payload).where(
                    Event.hall_id == hall.hall_id, Event.kind == "hall_settings_changed"
                )
            )
        )
    assert payloads[-1]["changes"]["sms_secret"] == {"old": False, "new": True}
    assert "s3cr3t" not in json.dumps(payloads, ensure_ascii=False)


async def test_the_sender_delivers_to_the_platform(db, hall, actors, server):
    await _configure(db, actors, server)
    first = await queue_one(db, hall.hall_id)
    second = await queue_one(db, hall.hall_id, mobile="13900001111", name="李四")
    report = await NoticeSender(db, hall.hall_id).send_due()
    assert report == SendReport(sent=2)
    assert [r.method for r in server.received] == ["POST", "POST"]
    bodies = [json.loads(r.body) for r in server.received]
    assert [b["phone"] for b in bodies] == ["13812345678", "13900001111"]
    assert bodies[1]["content"].startswith("【") and "李四您好" in bodies[1]["content"]
    assert bodies[0]["sign"] == "政务"
    assert server.received[0].headers["appkey"] == "s3cr3t-key"
    assert server.received[0].headers["content-type"].startswith("application/json")
    for notice_id, masked in ((first, "138****5678"), (second, "139****1111")):
        row = await _row(db, notice_id)
        assert (row.state, row.attempts, row.last_error) == (NoticeState.SENT, 1, "")
        assert row.sent_at is not None
        assert row.mobile == masked  # sent: the whole number is not kept
    # Nothing due: nothing sent again.
    assert await NoticeSender(db, hall.hall_id).send_due() == SendReport()
    assert len(server.received) == 2


async def test_a_form_get_platform(db, hall, actors, server):
    await _configure(
        db, actors, server, sms_method="GET", sms_body="to={mobile}&msg={text}&key={secret}"
    )
    await queue_one(db, hall.hall_id)
    assert (await NoticeSender(db, hall.hall_id).send_due()).sent == 1
    query = parse_qs(urlsplit(server.received[0].path).query)
    assert query["to"] == ["13812345678"] and query["key"] == ["s3cr3t-key"]
    assert "张三您好" in query["msg"][0]


async def test_a_500_is_retried_after_a_pause(db, hall, actors, server, clock):
    await _configure(db, actors, server)
    notice_id = await queue_one(db, hall.hall_id)
    server.script.append(Answer(500, b"busy"))
    sender = NoticeSender(db, hall.hall_id)
    assert await sender.send_due() == SendReport(retrying=1)
    row = await _row(db, notice_id)
    assert (row.state, row.attempts) == (NoticeState.PENDING, 1)
    assert row.last_error == "短信平台返回 HTTP 500"
    assert await sender.send_due() == SendReport()  # not due before its pause ends
    clock.advance(timedelta(seconds=31))
    assert await sender.send_due() == SendReport(sent=1)
    row = await _row(db, notice_id)
    assert (row.state, row.attempts, row.last_error) == (NoticeState.SENT, 2, "")
    assert len(server.received) == 2


async def test_failed_for_good_after_every_attempt(db, hall, actors, server, clock):
    await _configure(db, actors, server, sms_attempts=3)
    notice_id = await queue_one(db, hall.hall_id)
    server.then = Answer(200, b'{"code": "17", "msg": "bad sign"}')
    sender = NoticeSender(db, hall.hall_id)
    reports = []
    for _ in range(4):
        reports.append(await sender.send_due())
        clock.advance(timedelta(hours=1))
    assert reports == [
        SendReport(retrying=1),
        SendReport(retrying=1),
        SendReport(failed=1),
        SendReport(),
    ]
    row = await _row(db, notice_id)
    assert (row.state, row.attempts) == (NoticeState.FAILED, 3)
    assert row.last_error == "已尝试 3 次仍未发出：短信平台答复 code=17（成功应为 0）"
    assert len(server.received) == 3
    # Staff send it again: back to 待发送 with its attempts from zero.
    service = NoticeService(db)
    with pytest.raises(PermissionDenied):
        await service.resend(actors["clerk1"], notice_id)
    again = await service.resend(actors["zhuren"], notice_id)
    assert (again.state, again.attempts) == (NoticeState.PENDING, 0)
    async with db.read() as session:
        event = await session.scalar(
            select(Event).where(Event.hall_id == hall.hall_id, Event.kind == "notice_resent")
        )
    assert event is not None and event.actor_id == actors["zhuren"].staff_id
    assert event.payload == {"notice_id": notice_id, "reason": row.last_error}
    server.then = Answer()
    assert await sender.send_due() == SendReport(sent=1)
    with pytest.raises(Refused, match="只有发送失败或未配置"):
        await service.resend(actors["zhuren"], notice_id)


async def test_a_platform_that_does_not_answer_in_time(db, hall, actors, server):
    await _configure(db, actors, server)
    notice_id = await queue_one(db, hall.hall_id)
    server.script.append(Answer(delay=1.5))
    assert await NoticeSender(db, hall.hall_id, timeout=0.3).send_due() == SendReport(retrying=1)
    row = await _row(db, notice_id)
    assert (row.state, row.last_error) == (NoticeState.PENDING, "短信平台 0.3 秒内没有答复")


async def test_an_answer_that_is_not_http(db, hall, actors, server):
    await _configure(db, actors, server)
    notice_id = await queue_one(db, hall.hall_id)
    server.script.append(Answer(raw=b"HELLO\r\n\r\n"))
    assert await NoticeSender(db, hall.hall_id).send_due() == SendReport(retrying=1)
    assert (await _row(db, notice_id)).last_error.startswith("短信平台的答复无法读取")


async def test_a_reason_shows_neither_the_number_nor_the_key(db, hall, actors, server):
    await _configure(db, actors, server, sms_success="echo=ok")
    first = await queue_one(db, hall.hall_id)
    second = await queue_one(db, hall.hall_id)
    server.script += [
        Answer(body=b'{"echo": "bad number 13812345678"}'),
        Answer(body=b'{"echo": "bad key s3cr3t-key"}'),
    ]
    assert await NoticeSender(db, hall.hall_id).send_due() == SendReport(retrying=2)
    assert (await _row(db, first)).last_error == (
        "短信平台答复 echo=bad number 138****5678（成功应为 ok）"
    )
    assert (await _row(db, second)).last_error == "短信平台答复 echo=bad key ***（成功应为 ok）"


async def test_an_unreachable_platform(db, hall, actors):
    await HallSettingsService(db).update(actors["admin"], sms_url="http://127.0.0.1:9/sms")
    notice_id = await queue_one(db, hall.hall_id)
    assert await NoticeSender(db, hall.hall_id).send_due() == SendReport(retrying=1)
    assert (await _row(db, notice_id)).last_error.startswith("无法连接短信平台：")


async def test_without_a_platform_notices_stay_visible(db, hall, actors, server):
    notice_id = await queue_one(db, hall.hall_id)
    sender = NoticeSender(db, hall.hall_id)
    assert await sender.send_due() == SendReport()
    service = NoticeService(db)
    listed = await service.outbox(actors["zhuren"])
    assert [(e.id, e.state, e.mobile) for e in listed] == [
        (notice_id, NoticeState.UNCONFIGURED, "138****5678")
    ]
    assert listed[0].resendable and "未配置短信平台" in listed[0].last_error
    with pytest.raises(Refused, match="还没有配置短信平台"):
        await service.resend(actors["zhuren"], notice_id)
    with pytest.raises(PermissionDenied):
        await service.outbox(actors["clerk1"])
    # Queued while a platform was set, which is then removed: parked as 未配置.
    await _configure(db, actors, server)
    pending = await queue_one(db, hall.hall_id, mobile="13900002222")
    await HallSettingsService(db).update(actors["admin"], sms_url="")
    assert await sender.send_due() == SendReport(unconfigured=1)
    assert (await _row(db, pending)).state == NoticeState.UNCONFIGURED
    assert server.received == []
    # Set up again: staff send the parked ones.
    await _configure(db, actors, server)
    await service.resend(actors["zhuren"], notice_id)
    assert await sender.send_due() == SendReport(sent=1)
    assert [e.state for e in await service.outbox(actors["zhuren"], state=NoticeState.SENT)] == [
        NoticeState.SENT
    ]


async def test_two_senders_never_send_one_notice_twice(db_url, db, hall, actors, server, clock):
    await _configure(db, actors, server)
    ids = [await queue_one(db, hall.hall_id, mobile=f"1390000{n:04d}") for n in range(12)]
    server.then = Answer(delay=0.05)
    other = Database(db_url, clock=clock)
    try:
        senders = [
            NoticeSender(db, hall.hall_id, batch=4),
            NoticeSender(other, hall.hall_id, batch=4),
        ]

        async def drain(sender: NoticeSender) -> int:
            sent = 0
            while (report := await sender.send_due()).sent:
                sent += report.sent
            return sent

        counts = await asyncio.gather(*(drain(s) for s in senders))
    finally:
        await other.dispose()
    assert sum(counts) == 12
    phones = sorted(json.loads(r.body)["phone"] for r in server.received)
    assert phones == sorted(f"1390000{n:04d}" for n in range(12))
    for notice_id in ids:
        row = await _row(db, notice_id)
        assert (row.state, row.attempts) == (NoticeState.SENT, 1)


async def test_a_dead_senders_claim_runs_out(db, hall, actors, server, clock):
    await _configure(db, actors, server)
    notice_id = await queue_one(db, hall.hall_id)
    dead = NoticeSender(db, hall.hall_id)
    _, _, claimed, _ = await dead._claim()
    assert [c.id for c in claimed] == [notice_id]
    assert (await _row(db, notice_id)).state == NoticeState.SENDING
    alive = NoticeSender(db, hall.hall_id)
    assert await alive.send_due() == SendReport()  # still claimed
    clock.advance(dead.lease + timedelta(seconds=1))
    assert await alive.send_due() == SendReport(sent=1)
    # The dead one's late outcome changes nothing.
    assert await dead._record(claimed[0], "短信平台返回 HTTP 500", 5) is None
    row = await _row(db, notice_id)
    assert (row.state, row.attempts) == (NoticeState.SENT, 2)


def test_the_notices_send_command(tmp_path, capsys, server, clock):
    """``hall-desktop notices send --once`` sends the demo hall's due notices."""
    url = f"sqlite:///{tmp_path / 'hall.sqlite3'}"
    assert main(["--db", url, "db", "seed", "--demo"]) == 0
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(update(Hall).values(sms_url=server.url))
        hall_id = conn.execute(select(Hall.id)).scalar_one()
        now = clock.now()
        conn.execute(
            insert(NoticeOutbox).values(
                hall_id=hall_id,
                kind="reminder",
                mobile="13812345678",
                text="明天上午请来办理",
                state="pending",
                attempts=0,
                last_error="",
                created_at=now,
                next_attempt_at=now,
            )
        )
    capsys.readouterr()
    assert main(["--db", url, "notices", "send", "--once"]) == 0
    assert "发出 1 条" in capsys.readouterr().out
    assert json.loads(server.received[0].body) == {
        "mobile": "13812345678",
        "content": "明天上午请来办理",
    }
    with engine.connect() as conn:
        mine = select(NoticeOutbox.state).where(NoticeOutbox.text == "明天上午请来办理")
        assert conn.execute(mine).scalar_one() == "sent"  # the demo's own notices wait
    engine.dispose()

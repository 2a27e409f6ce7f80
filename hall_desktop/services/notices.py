"""Notices to citizens (短信通知) through an outbox.

A use case that tells a citizen something (a booking made, moved, cancelled, tomorrow's
reminder) calls :func:`queue_notice` inside its own transaction: the notice is written
with what it tells, or not at all. A :class:`NoticeSender` (``hall-desktop notices
send``, or the admin role while it runs) claims due notices, sends them to the hall's
SMS platform over HTTP, and records the outcome: 已发送 (the mobile number is then
kept masked only), or another attempt after a pause, or 发送失败 with the reason once
every attempt is used. With no platform set up
the notices stay in the outbox as 未配置, where staff see them (:class:`NoticeService`).
"""

from __future__ import annotations

import asyncio
import functools
import http.client
import logging
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, insert, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import undefer

from hall_desktop.domain.errors import NotFound, Refused
from hall_desktop.domain.events import EventKind
from hall_desktop.domain.masking import mask_phone
from hall_desktop.domain.notices import (
    NoticeKind,
    NoticeState,
    SmsPlatform,
    SmsRequest,
    backoff_seconds,
    build_request,
    judge_answer,
    render,
)
from hall_desktop.domain.records import record_from
from hall_desktop.domain.validators import normalize_mobile
from hall_desktop.services.actor import MANAGERS, Actor, recheck, record_action, require
from hall_desktop.services.hall_settings import sms_platform
from hall_desktop.store.database import Database
from hall_desktop.store.models import Hall, NoticeOutbox

log = logging.getLogger(__name__)

#: Seconds a request to the SMS platform may take.
SEND_TIMEOUT_S = 10.0
#: Bytes of the platform's answer read at most.
ANSWER_MAX = 65536
#: Notices one sender claims at a time.
BATCH = 20
#: Rows the outbox screen shows at most (the newest).
MAX_ROWS = 500
NOT_CONFIGURED = "未配置短信平台：请在“大厅设置”的短信通知中填写短信接口"


async def appointment_notice(
    conn: AsyncConnection | AsyncSession,
    hall_id: int,
    kind: str,
    mobile: str,
    values: Mapping[str, str],
    at: datetime,
) -> int:
    """The appointments' notice hook (``services.appointments.NoticeHook``): a booking's,
    move's, cancellation's or reminder's notice through the outbox."""
    return await queue_notice(
        conn, hall_id=hall_id, kind=NoticeKind(kind), mobile=mobile, values=values, at=at
    )


async def queue_notice(
    conn: AsyncConnection | AsyncSession,
    *,
    hall_id: int,
    kind: NoticeKind,
    mobile: str,
    values: Mapping[str, str],
    at: datetime,
) -> int:
    """Write one notice in the caller's transaction; its id.

    The text is the hall's template of ``kind`` filled with ``values`` (name, code,
    line, date, time; the hall's name and enquiry phone are added as hall and phone
    unless given). A hall without an SMS platform keeps the notice as 未配置.
    """
    row = (
        await conn.execute(
            select(
                Hall.name,
                Hall.phone,
                Hall.sms_url,
                getattr(Hall, kind.template_field),
            ).where(Hall.id == hall_id)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"找不到编号为 {hall_id} 的大厅")
    name, phone, url, template = row
    text = render(template, {"hall": name, "phone": phone, **values})
    configured = bool(url.strip())
    inserted = await conn.execute(
        insert(NoticeOutbox)
        .values(
            hall_id=hall_id,
            kind=kind.value,
            mobile=normalize_mobile(mobile),
            text=text,
            state=(NoticeState.PENDING if configured else NoticeState.UNCONFIGURED).value,
            attempts=0,
            last_error="" if configured else NOT_CONFIGURED,
            created_at=at,
            next_attempt_at=at,
        )
        .returning(NoticeOutbox.id)
    )
    return int(inserted.scalar_one())


# -- what staff see ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A notice as the outbox screen shows it: the mobile number masked."""

    id: int
    kind: NoticeKind
    mobile: str  # masked (138****5678)
    text: str
    state: NoticeState
    attempts: int
    last_error: str
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime

    @property
    def resendable(self) -> bool:
        return self.state in (NoticeState.FAILED, NoticeState.UNCONFIGURED)


def _entry(row: NoticeOutbox) -> OutboxEntry:
    return record_from(
        OutboxEntry,
        row,
        kind=NoticeKind(row.kind),
        mobile=mask_phone(row.mobile),
        state=NoticeState(row.state),
    )


class NoticeService:
    """The outbox for staff: what waits, what went, what failed; send a failed one again."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def outbox(
        self, actor: Actor, *, state: NoticeState | None = None, limit: int = MAX_ROWS
    ) -> list[OutboxEntry]:
        """The hall's newest notices (of ``state``), the mobile numbers masked."""
        require(actor, *MANAGERS, action="查看短信通知")
        query = select(NoticeOutbox).where(NoticeOutbox.hall_id == actor.hall_id)
        if state is not None:
            query = query.where(NoticeOutbox.state == state.value)
        async with self.db.read() as session:
            rows = await session.scalars(
                query.order_by(NoticeOutbox.created_at.desc(), NoticeOutbox.id.desc()).limit(limit)
            )
            return [_entry(row) for row in rows]

    async def resend(self, actor: Actor, notice_id: int) -> OutboxEntry:
        """A 发送失败 or 未配置 notice back to 待发送, with its attempts from zero."""
        require(actor, *MANAGERS, action="重新发送短信")
        async with self.db.write() as session:
            actor = await recheck(session, actor, *MANAGERS, action="重新发送短信")
            now = await self.db.now(session)
            row = await session.get(NoticeOutbox, notice_id, with_for_update=True)
            if row is None or row.hall_id != actor.hall_id:
                raise NotFound("找不到这条短信通知，可能已被删除；请刷新列表")
            if row.state not in (NoticeState.FAILED, NoticeState.UNCONFIGURED):
                raise Refused(
                    f"这条短信{NoticeState(row.state).label}，只有发送失败或未配置的短信可以重新发送",
                    code="not_failed",
                )
            url = await session.scalar(select(Hall.sms_url).where(Hall.id == actor.hall_id))
            if not (url or "").strip():
                raise Refused(
                    "还没有配置短信平台，重新发送也发不出去：请先在“大厅设置”的短信通知中填写短信接口",
                    code="not_configured",
                )
            await record_action(
                session,
                actor,
                EventKind.NOTICE_RESENT,
                at=now,
                payload={"notice_id": row.id, "reason": row.last_error},
            )
            row.state = NoticeState.PENDING.value
            row.attempts = 0
            row.next_attempt_at = now
            return _entry(row)


# -- the sender ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claimed:
    id: int
    mobile: str
    text: str
    attempts: int  # this attempt's number


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one round of :meth:`NoticeSender.send_due` did."""

    sent: int = 0
    retrying: int = 0
    failed: int = 0
    unconfigured: int = 0


def _post(request: SmsRequest, timeout: float) -> tuple[int, bytes]:
    """One HTTP request (blocking: run in a thread); the status and the answer's body."""
    http = urllib.request.Request(
        request.url, data=request.data, headers=request.headers, method=request.method
    )
    try:
        with urllib.request.urlopen(http, timeout=timeout) as answer:
            return int(answer.status), bytes(answer.read(ANSWER_MAX))
    except urllib.error.HTTPError as e:
        return int(e.code), bytes(e.read(ANSWER_MAX) or b"")


async def deliver(request: SmsRequest, success: str, timeout: float) -> str | None:
    """Send one request; None when the platform took it, else why not (Chinese)."""
    try:
        status, body = await asyncio.to_thread(_post, request, timeout)
    except TimeoutError:
        return f"短信平台 {timeout:g} 秒内没有答复"
    except urllib.error.URLError as e:
        if isinstance(e.reason, TimeoutError):
            return f"短信平台 {timeout:g} 秒内没有答复"
        return f"无法连接短信平台：{e.reason}"
    except (OSError, ValueError) as e:
        return f"无法连接短信平台：{e}"
    except http.client.HTTPException as e:
        return f"短信平台的答复无法读取：{type(e).__name__}"
    return judge_answer(status, body, success)


class NoticeSender:
    """Sends one hall's due notices; several senders (PCs) may run at once: a claimed
    notice is theirs alone (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite has one
    writer), until its lease runs out."""

    def __init__(
        self,
        db: Database,
        hall_id: int,
        *,
        timeout: float = SEND_TIMEOUT_S,
        batch: int = BATCH,
    ) -> None:
        self.db = db
        self.hall_id = hall_id
        self.timeout = timeout
        self.batch = batch

    @property
    def lease(self) -> timedelta:
        """How long a claim holds: a sender that died gives its notices back after it."""
        return timedelta(seconds=self.timeout * 2 + 30)

    async def send_due(self) -> SendReport:
        """Claim the due notices, send each, record each outcome."""
        if not await self._anything_due():
            return SendReport()
        platform, attempts_max, claimed, parked = await self.db.retrying(self._claim)
        if not claimed:
            return SendReport(unconfigured=parked)
        sent = retrying = failed = 0
        for notice in claimed:
            error = await deliver(
                build_request(platform, notice.mobile, notice.text),
                platform.success,
                self.timeout,
            )
            if error is not None:  # staff read it: neither the number nor the key in it
                error = error.replace(notice.mobile, mask_phone(notice.mobile))
                if platform.secret:
                    error = error.replace(platform.secret, "***")
            outcome = await self.db.retrying(
                functools.partial(self._record, notice, error, attempts_max)
            )
            if outcome == NoticeState.SENT:
                sent += 1
            elif outcome == NoticeState.FAILED:
                failed += 1
            elif outcome == NoticeState.PENDING:
                retrying += 1
        return SendReport(sent, retrying, failed, parked)

    def _due(self, now: datetime) -> tuple[ColumnElement[bool], ...]:
        """Notices to send now: waiting, or claimed by a sender whose lease ran out."""
        return (
            NoticeOutbox.hall_id == self.hall_id,
            NoticeOutbox.state.in_((NoticeState.PENDING.value, NoticeState.SENDING.value)),
            NoticeOutbox.next_attempt_at <= now,
        )

    async def _anything_due(self) -> bool:
        """A read first: a sender polling an empty outbox takes no write lock."""
        async with self.db.read() as session:
            now = await self.db.now(session)
            found = await session.scalar(select(NoticeOutbox.id).where(*self._due(now)).limit(1))
            return found is not None

    async def _claim(self) -> tuple[SmsPlatform, int, list[Claimed], int]:
        async with self.db.write() as session:
            now = await self.db.now(session)
            hall = await session.get(Hall, self.hall_id, options=[undefer(Hall.sms_secret)])
            if hall is None:
                raise NotFound(f"找不到编号为 {self.hall_id} 的大厅")
            platform = sms_platform(hall)
            due = self._due(now)
            if not platform.configured:
                parked = await session.execute(
                    update(NoticeOutbox)
                    .where(*due)
                    .values(state=NoticeState.UNCONFIGURED.value, last_error=NOT_CONFIGURED)
                )
                return platform, hall.sms_attempts, [], int(parked.rowcount)  # type: ignore[attr-defined]
            ids = list(
                await session.scalars(
                    select(NoticeOutbox.id)
                    .where(*due)
                    .order_by(NoticeOutbox.next_attempt_at, NoticeOutbox.id)
                    .limit(self.batch)
                    .with_for_update(skip_locked=True)
                )
            )
            if not ids:
                return platform, hall.sms_attempts, [], 0
            rows = await session.execute(
                update(NoticeOutbox)
                .where(NoticeOutbox.id.in_(ids), *due)
                .values(
                    state=NoticeState.SENDING.value,
                    attempts=NoticeOutbox.attempts + 1,
                    next_attempt_at=now + self.lease,
                )
                .returning(
                    NoticeOutbox.id, NoticeOutbox.mobile, NoticeOutbox.text, NoticeOutbox.attempts
                )
            )
            claimed = sorted((Claimed(*row) for row in rows), key=lambda c: ids.index(c.id))
            return platform, hall.sms_attempts, claimed, 0

    async def _record(
        self, notice: Claimed, error: str | None, attempts_max: int
    ) -> NoticeState | None:
        """The outcome of one attempt; None when the claim was lost meanwhile (its lease
        ran out and another sender took the notice, or staff changed it)."""
        async with self.db.write() as session:
            now = await self.db.now(session)
            values: dict[str, Any]
            if error is None:
                state = NoticeState.SENT
                # Sent: the whole number is no longer needed (个人信息最小化).
                values = {"sent_at": now, "last_error": "", "mobile": mask_phone(notice.mobile)}
            elif notice.attempts >= attempts_max:
                state = NoticeState.FAILED
                values = {"last_error": f"已尝试 {notice.attempts} 次仍未发出：{error}"[:300]}
            else:
                state = NoticeState.PENDING
                pause = timedelta(seconds=backoff_seconds(notice.attempts))
                values = {"last_error": error[:300], "next_attempt_at": now + pause}
            done = await session.execute(
                update(NoticeOutbox)
                .where(
                    NoticeOutbox.id == notice.id,
                    NoticeOutbox.state == NoticeState.SENDING.value,
                    NoticeOutbox.attempts == notice.attempts,
                )
                .values(state=state.value, **values)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                log.warning(
                    "notice %s: the claim was lost before its outcome was recorded", notice.id
                )
                return None
            return state

    async def run(self, interval: float = 15.0) -> None:
        """Send what is due every ``interval`` seconds until cancelled; a database that
        is down or a bug in one round does not stop the next."""
        while True:
            try:
                report = await self.send_due()
                if report != SendReport():
                    log.info("notices: %s", report)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("notices: a round failed; trying again", exc_info=True)
            await asyncio.sleep(interval)

"""Typed SQLAlchemy models of the shared hall database.

Every operational row carries ``hall_id``: one PostgreSQL can serve a district centre
and its township halls. Times are stored in UTC and read back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    false,
    or_,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql.elements import ColumnElement

from hall_desktop.domain.hall_defaults import DEFAULT_ANNOUNCE, DEFAULT_NOTICE
from hall_desktop.domain.notices import DEFAULT_BODY, DEFAULT_TEMPLATES, NoticeKind

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: BIGINT on PostgreSQL, INTEGER (the rowid alias, so it autoincrements) on SQLite.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime on both backends (SQLite keeps no zone of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
    }


def _sms_template(kind: NoticeKind) -> Mapped[str]:
    """The column of a notice kind's template, the program's default to start with."""
    default = DEFAULT_TEMPLATES[kind]
    return mapped_column(String(200), default=default, server_default=default)


class District(Base):
    """区县: a district's halls on one server, one centre (政务服务中心) and its township
    halls (便民服务中心). A district administrator (Role.DISTRICT_ADMIN, a member of the
    centre's staff) sees every hall of the district; everyone else sees only their hall.
    ``centre_hall_id`` has no foreign key: the hall refers to its district."""

    __tablename__ = "district"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    centre_hall_id: Mapped[int | None] = mapped_column(Integer)


class Hall(Base):
    """A service hall (政务服务中心 / 便民服务中心)."""

    __tablename__ = "hall"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    #: Refuse tickets outside opening hours (a demo hall may switch this off).
    enforce_hours: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    # The hall's own settings (大厅设置), edited in the admin screen and read by every PC;
    # what belongs to one PC (its window, its printer, the database) stays in its file.
    address: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")  # 咨询电话
    notice: Mapped[str] = mapped_column(
        String(200), default=DEFAULT_NOTICE, server_default=DEFAULT_NOTICE
    )
    announce_template: Mapped[str] = mapped_column(
        String(100), default=DEFAULT_ANNOUNCE, server_default=DEFAULT_ANNOUNCE
    )
    announce_times: Mapped[int] = mapped_column(SmallInteger, default=2, server_default="2")
    recall_limit: Mapped[int] = mapped_column(SmallInteger, default=3, server_default="3")
    #: How long after a 过号 the ticket may still be reactivated (恢复), in minutes.
    reactivate_minutes: Mapped[int] = mapped_column(SmallInteger, default=30, server_default="30")
    #: Interleave (叫号规则): 0 strict (priority tickets always first), N for N:1 (after N
    #: priority tickets a window calls one ordinary ticket); domain.queue.call_class.
    priority_every: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    #: Waiting bound (最长等候) in minutes: after it an ordinary ticket is no longer passed
    #: by priority tickets issued after it; 0: no bound.
    max_wait_minutes: Mapped[int] = mapped_column(SmallInteger, default=30, server_default="30")
    #: 一人一号: open tickets per ID number and line, and tickets per ID number and
    #: service day (0: no limit); see services/queue/citizen_limits.py.
    id_open_per_line: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    id_per_day: Mapped[int] = mapped_column(SmallInteger, default=3, server_default="3")
    #: "名称=运单号正则=说明;…"; empty: EMS and China Post (domain.courier.DEFAULT_CARRIERS)
    carriers: Mapped[str] = mapped_column(String(500), default="", server_default="")
    courier_cost_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    #: The slip printer of a desk PC whose settings file names none.
    slip_printer: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: 短信通知: one template per notice kind (domain.notices.TEMPLATE_FIELDS) …
    sms_template_booked: Mapped[str] = _sms_template(NoticeKind.BOOKED)
    sms_template_changed: Mapped[str] = _sms_template(NoticeKind.CHANGED)
    sms_template_cancelled: Mapped[str] = _sms_template(NoticeKind.CANCELLED)
    sms_template_reminder: Mapped[str] = _sms_template(NoticeKind.REMINDER)
    #: … and the SMS platform they go through (domain.notices.SmsPlatform); no URL: the
    #: notices wait in the outbox as 未配置. The secret is written, never shown.
    sms_url: Mapped[str] = mapped_column(String(300), default="", server_default="")
    sms_method: Mapped[str] = mapped_column(String(8), default="POST", server_default="POST")
    sms_headers: Mapped[str] = mapped_column(String(500), default="", server_default="")
    sms_body: Mapped[str] = mapped_column(
        String(1000), default=DEFAULT_BODY, server_default=DEFAULT_BODY
    )
    sms_success: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: Deferred: not in a whole row's read (only the admin's database role reads it).
    sms_secret: Mapped[str] = mapped_column(
        String(200), default="", server_default="", deferred=True
    )
    sms_attempts: Mapped[int] = mapped_column(SmallInteger, default=5, server_default="5")
    #: 预约签到: a booking checks in from this long before its slot's start to this long
    #: after it (minutes); later it queues as a walk-in.
    checkin_before_minutes: Mapped[int] = mapped_column(
        SmallInteger, default=30, server_default="30"
    )
    checkin_after_minutes: Mapped[int] = mapped_column(
        SmallInteger, default=15, server_default="15"
    )
    #: 台账: working days to each kind's deadline, {kind: days}; a kind not named takes
    #: domain.cases.DEFAULT_CASE_DAYS.
    case_days: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict, server_default="{}")
    #: 爽约 limit: a citizen with this many 爽约 in the last ``no_show_days`` days may not
    #: book (0: no limit).
    no_show_limit: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
    no_show_days: Mapped[int] = mapped_column(SmallInteger, default=90, server_default="90")
    # 大厅监控's alerts (domain.floor): each 0 turns its alert off.
    #: A line with this many waiting (a line may set its own).
    alert_waiting_count: Mapped[int] = mapped_column(SmallInteger, default=20, server_default="20")
    #: A line whose longest wait now reaches this many minutes (a line may set its own).
    alert_wait_minutes: Mapped[int] = mapped_column(SmallInteger, default=30, server_default="30")
    #: A service (办理中) running this many minutes.
    alert_service_minutes: Mapped[int] = mapped_column(
        SmallInteger, default=40, server_default="40"
    )
    #: A window paused (暂停) this many minutes.
    alert_pause_minutes: Mapped[int] = mapped_column(SmallInteger, default=15, server_default="15")
    #: A burst of 过号 at one window: this many within ``alert_no_show_minutes``.
    alert_no_show_count: Mapped[int] = mapped_column(SmallInteger, default=3, server_default="3")
    alert_no_show_minutes: Mapped[int] = mapped_column(
        SmallInteger, default=15, server_default="15"
    )
    #: 清廉大厅 patrol: what is checked at each window, ";"-separated.
    patrol_checklist: Mapped[str] = mapped_column(
        String(300),
        default="在岗;着装规范;亮牌服务;文明用语;桌面整洁",
        server_default="在岗;着装规范;亮牌服务;文明用语;桌面整洁",
    )
    # The data's life (个人信息保护): days after which citizens' names, mobiles and ID
    # numbers are blanked (services.retention) …
    personal_days: Mapped[int] = mapped_column(SmallInteger, default=180, server_default="180")
    #: … on courier dispatches, kept longer as proof of delivery.
    courier_personal_days: Mapped[int] = mapped_column(
        SmallInteger, default=1095, server_default="1095"
    )
    #: Events older than this many days move to event_archive (the audit log still finds
    #: them); 0: never.
    archive_after_days: Mapped[int] = mapped_column(SmallInteger, default=730, server_default="730")
    #: The daily backup of a single-PC (SQLite) hall: its folder ("" : none), how many
    #: files are kept, and after how many days without a backup the admin screen warns.
    backup_folder: Mapped[str] = mapped_column(String(300), default="", server_default="")
    backup_keep: Mapped[int] = mapped_column(SmallInteger, default=7, server_default="7")
    backup_warn_days: Mapped[int] = mapped_column(SmallInteger, default=3, server_default="3")
    #: 排班建议's waiting promise: ``promise_percent`` % of citizens called within
    #: ``promise_minutes`` minutes (services.staffing plans the windows to keep it).
    promise_percent: Mapped[int] = mapped_column(SmallInteger, default=80, server_default="80")
    promise_minutes: Mapped[int] = mapped_column(SmallInteger, default=20, server_default="20")
    #: 区县: the district the hall belongs to (None: a hall on its own).
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"))


class BusinessLine(Base):
    """A business line (业务类别) with its own number sequence."""

    __tablename__ = "business_line"
    __table_args__ = (UniqueConstraint("hall_id", "prefix"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    prefix: Mapped[str] = mapped_column(String(2))
    name: Mapped[str] = mapped_column(String(60))
    daily_limit: Mapped[int | None] = mapped_column(Integer)
    first_number: Mapped[int] = mapped_column(Integer, default=1)
    #: Used for the wait estimate until the day has its own service times.
    default_service_minutes: Mapped[int] = mapped_column(SmallInteger, default=10)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    #: The line's own interleave and waiting bound; None: the hall's (Hall.priority_every,
    #: Hall.max_wait_minutes).
    priority_every: Mapped[int | None] = mapped_column(SmallInteger)
    max_wait_minutes: Mapped[int | None] = mapped_column(SmallInteger)
    #: 大厅监控: this line's own alert thresholds (None: the hall's).
    alert_waiting_count: Mapped[int | None] = mapped_column(SmallInteger)
    alert_wait_minutes: Mapped[int | None] = mapped_column(SmallInteger)


class ServiceWindow(Base):
    """A window (窗口) citizens are called to; ``number`` is what the hall shows."""

    __tablename__ = "hall_window"
    __table_args__ = (UniqueConstraint("hall_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    #: comprehensive 综合窗口 / dedicated 专窗 / courier 邮政速递 / hard_case 办不成事
    kind: Mapped[str] = mapped_column(String(20), default="comprehensive")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    pause_reason: Mapped[str | None] = mapped_column(String(60))
    paused_at: Mapped[datetime | None]
    #: The clerk signed in at this window (亮牌服务), if any.
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    #: Priority tickets this window has called in a row (domain.queue.next_run).
    priority_run: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")


class WindowLine(Base):
    """A line a window serves, with its rank (lower is called first)."""

    __tablename__ = "window_line"

    window_id: Mapped[int] = mapped_column(ForeignKey("hall_window.id"), primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"), primary_key=True)
    rank: Mapped[int] = mapped_column(SmallInteger, default=1)
    #: 综窗 help sent from 大厅监控: the window serves the line on this day only (None:
    #: every day, the window's own lines).
    until_day: Mapped[date | None] = mapped_column(Date)

    @classmethod
    def serving_on(cls, day: Any) -> ColumnElement[bool]:
        """The rows in force on service day ``day`` (a date or a bind parameter): the
        window's own lines and that day's 综窗 help; help of an earlier day is over.

        Every query that decides what a window serves says this (also through an
        ``aliased(WindowLine)``, which binds ``cls`` to the alias).
        """
        return or_(cls.until_day.is_(None), cls.until_day >= day)

    @classmethod
    def permanent(cls) -> ColumnElement[bool]:
        """The window's own lines, the ones the admin's editor shows and sets."""
        return cls.until_day.is_(None)


class Staff(Base):
    """A member of staff; ``roles`` is a comma-separated set of guide/clerk/supervisor/admin."""

    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("hall_id", "login"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    login: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(40))
    staff_number: Mapped[str] = mapped_column(String(20))  # 工号
    roles: Mapped[str] = mapped_column(String(60))
    #: Deferred: not in a whole row's read (a PC's database role may not read it).
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(SmallInteger, default=0)
    locked_until: Mapped[datetime | None]


class ServiceItem(Base):
    """An entry of the service-item catalogue (事项目录)."""

    __tablename__ = "service_item"
    __table_args__ = (UniqueConstraint("hall_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))  # 行政权力类 / 公共服务类
    department: Mapped[str] = mapped_column(String(60))
    promised_days: Mapped[int | None] = mapped_column(SmallInteger)  # 承诺时限（工作日）
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Ticket(Base):
    """A queue ticket (排队号)."""

    __tablename__ = "ticket"
    __table_args__ = (
        # A number is never issued twice; transferred copies keep theirs.
        Index(
            "uq_ticket_number",
            "hall_id",
            "line_id",
            "service_day",
            "seq",
            unique=True,
            sqlite_where=text("transferred_from_id IS NULL"),
            postgresql_where=text("transferred_from_id IS NULL"),
        ),
        Index("ix_ticket_queue", "hall_id", "service_day", "status", "line_id"),
        # A window's ticket in hand (call-next's check), whatever the history's size.
        Index("ix_ticket_window_id_status", "window_id", "status"),
        Index("ix_ticket_transferred_from_id", "transferred_from_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"))
    service_day: Mapped[date] = mapped_column(Date)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))
    priority: Mapped[int] = mapped_column(SmallInteger, default=0)
    priority_reason: Mapped[str | None] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    #: A transfer to one window only.
    target_window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    transferred_from_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"))
    issued_at: Mapped[datetime]
    #: When an ordinary ticket passes the waiting bound in force at issue (None: no bound).
    overdue_at: Mapped[datetime | None]
    first_called_at: Mapped[datetime | None]
    last_called_at: Mapped[datetime | None]
    call_count: Mapped[int] = mapped_column(SmallInteger, default=0)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    held_at: Mapped[datetime | None]
    hold_due_at: Mapped[datetime | None]
    hold_reason: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None]
    outcome: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)
    citizen_name: Mapped[str | None] = mapped_column(String(40))
    citizen_phone: Mapped[str | None] = mapped_column(String(20))
    citizen_id_number: Mapped[str | None] = mapped_column(String(18))
    #: 一件事一次办: the run this ticket is a step of, the step (1-based) and how many
    #: steps the run has. No foreign key: added to the big ticket table in place (a
    #: key would make SQLite rebuild it); the queue writes the run and the ticket together.
    bundle_run_id: Mapped[int | None] = mapped_column(BigId)
    bundle_step: Mapped[int | None] = mapped_column(SmallInteger)
    bundle_steps: Mapped[int | None] = mapped_column(SmallInteger)
    #: 预计等候 given at issue (``hall_desktop.domain.estimates``): the point estimate in
    #: seconds and the range of minutes shown; None: no estimate (issued before these
    #: columns, or no window served the line).
    estimate_s: Mapped[int | None] = mapped_column(Integer)
    estimate_low_min: Mapped[int | None] = mapped_column(SmallInteger)
    estimate_high_min: Mapped[int | None] = mapped_column(SmallInteger)


class CitizenDayKey(Base):
    """The hall's secret of one service day for :class:`TicketCitizen` hashes (一人一号).

    Every PC of the hall needs the same key, so it lives here; the days before today are
    deleted, so yesterday's hashes can no longer be linked to anyone.
    """

    __tablename__ = "citizen_day_key"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))  # 32 random bytes, hex


class TicketCitizen(Base):
    """A ticket issued with an ID number: HMAC-SHA256 of the number under the day's key,
    all the one-citizen-one-number limit needs (never the number itself)."""

    __tablename__ = "ticket_citizen"
    __table_args__ = (
        Index("ix_ticket_citizen_hall_id_service_day_digest", "hall_id", "service_day", "digest"),
    )

    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"), primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    service_day: Mapped[date] = mapped_column(Date)
    digest: Mapped[str] = mapped_column(String(64))


class TicketItem(Base):
    """A service item handled for a ticket (办理事项)."""

    __tablename__ = "ticket_item"

    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"), primary_key=True)
    service_item_id: Mapped[int] = mapped_column(ForeignKey("service_item.id"), primary_key=True)


class Bundle(Base):
    """一件事: an ordered route over business lines a citizen goes through on one number
    (e.g. 开办餐饮店: 营业执照 → 食品经营许可 → 税务登记)."""

    __tablename__ = "bundle"
    __table_args__ = (UniqueConstraint("hall_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class BundleStep(Base):
    """One step of a :class:`Bundle`: the line it is served on and the catalogue items
    (事项) it covers."""

    __tablename__ = "bundle_step"

    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle.id"), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)  # 1, 2, …
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"))
    item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)


class BundleRun(Base):
    """One citizen's way through a bundle on one number: from the issue of step 1 to
    the finish of the last step (``ended_at``), the bundle's whole time for the reports.

    ``status``: open → done (every step finished) or stopped (a step ended without
    being done: 补正告知, 不予受理 …)."""

    __tablename__ = "bundle_run"
    __table_args__ = (Index("ix_bundle_run_hall_id_started_at", "hall_id", "started_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle.id"))
    service_day: Mapped[date] = mapped_column(Date)
    number: Mapped[str] = mapped_column(String(12))
    steps: Mapped[int] = mapped_column(SmallInteger)
    #: The route when the run began (an edit of the bundle does not reroute a citizen).
    line_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(16), default="open")
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class NumberCounter(Base):
    """The last sequence issued per hall, line and service day (updated atomically)."""

    __tablename__ = "number_counter"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"), primary_key=True)
    service_day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)


class Event(Base):
    """One committed change: the audit trail (清廉大厅) and the live feed.

    ``xid`` (PostgreSQL: the writing transaction's id, set by the column's default) lets
    the feed read up to what no running transaction can still add; NULL on SQLite, where
    ids are taken in commit order.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_hall_id_id", "hall_id", "id"),
        Index("ix_event_hall_id_at", "hall_id", "at"),  # the audit log's date filter
        Index("ix_event_hall_id_xid", "hall_id", "xid"),  # the feed's re-read window
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[int | None] = mapped_column(BigId)
    window_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    xid: Mapped[int | None] = mapped_column(BigInteger, server_default=FetchedValue())


class Consultation(Base):
    """答疑解惑 (首问负责): a question answered at the desk, counted for the hall's report."""

    __tablename__ = "consultation"
    __table_args__ = (Index("ix_consultation_hall_id_service_day", "hall_id", "service_day"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    service_day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime]
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    question: Mapped[str | None] = mapped_column(String(200))
    answer: Mapped[str | None] = mapped_column(String(500))


class OutOfOrderCall(Base):
    """指定叫号: a chosen waiting ticket called ahead of the call order, and why (counted
    per clerk for the supervisor). The call itself is the ticket's usual call event."""

    __tablename__ = "out_of_order_call"
    __table_args__ = (Index("ix_out_of_order_call_hall_id_service_day", "hall_id", "service_day"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    service_day: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime]
    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"))
    window_id: Mapped[int] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(100))


class TicketAssist(Base):
    """帮代办: a ticket served with help (帮办, 代办 or 陪办), by whom and for whom; one
    record per ticket, editable until the ticket's service day is over."""

    __tablename__ = "ticket_assist"
    __table_args__ = (Index("ix_ticket_assist_hall_id_service_day", "hall_id", "service_day"),)

    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"), primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    service_day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    for_group: Mapped[str] = mapped_column(String(20))
    helper_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(String(100))
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime]


class OpeningHours(Base):
    """Regular hours per weekday (0 = Monday); a missing weekday is closed."""

    __tablename__ = "opening_hours"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)
    lunch_start: Mapped[time | None] = mapped_column(Time)
    lunch_end: Mapped[time | None] = mapped_column(Time)


class CalendarDay(Base):
    """An exception to the weekly hours: holiday, make-up workday (调休), holiday-open day."""

    __tablename__ = "calendar_day"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(40), default="")
    opens: Mapped[time | None] = mapped_column(Time)
    closes: Mapped[time | None] = mapped_column(Time)
    lunch_start: Mapped[time | None] = mapped_column(Time)
    lunch_end: Mapped[time | None] = mapped_column(Time)
    #: An open holiday for booked citizens only (节假日预约服务): no walk-in numbers.
    appointments_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class CalendarYear(Base):
    """A year whose holidays are in ``calendar_day``: imported, pre-filled or entered."""

    __tablename__ = "calendar_year"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    #: package / manual (confirmed), or computed (pre-filled, 待确认): domain.hours.YearSource
    source: Mapped[str] = mapped_column(String(20))


class Rating(Base):
    """好差评: the citizen's rating of one finished ticket, given at the window's terminal.

    ``rated`` is False (and ``level`` NULL) when the citizen left without rating: a
    missing rating is never counted as a good one.
    """

    __tablename__ = "rating"
    __table_args__ = (Index("ix_rating_hall_id_at", "hall_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    #: At most one rating per ticket.
    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"), unique=True)
    window_id: Mapped[int] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    level: Mapped[int | None] = mapped_column(SmallInteger)  # 5 非常满意 … 1 非常不满意
    rated: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(20))  # 差评 only: 态度 / 效率 / …
    note: Mapped[str | None] = mapped_column(String(200))
    #: The service items handled for the ticket when it was rated (a snapshot).
    item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    at: Mapped[datetime]
    #: 申诉成立: out of the clerk's figures, kept in the record.
    excluded: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LedgerCase(Base):
    """台账: one matter the hall follows to its end (``domain.cases``): a 差评整改, a
    办不成事, a 走流程 and its problems, a 督查 finding.

    The columns a kind does not use stay NULL. The steps taken are :class:`CaseStep`
    rows; the dates kept here (verified, rectified, answered, closed) are what the
    figures count as done on time.
    """

    __tablename__ = "ledger_case"
    __table_args__ = (
        Index("ix_ledger_case_hall_id_status", "hall_id", "status"),
        Index("ix_ledger_case_hall_id_kind_opened_at", "hall_id", "kind", "opened_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    #: 走流程问题: the walkthrough that found it.
    parent_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_case.id"))
    #: 差评整改: the rating that opened it (one case per rating).
    rating_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("rating.id"), unique=True)
    ticket_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"))
    #: The window and clerk the matter concerns (rated, found at fault, taken in at).
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_item.id"))
    #: The matter in a line: the citizen's request, the problem, the finding.
    title: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[str] = mapped_column(String(1000), default="")
    category: Mapped[str | None] = mapped_column(String(20))
    level: Mapped[str | None] = mapped_column(String(10))  # 办不成事: 窗口/部门/中心/区级
    reason: Mapped[str | None] = mapped_column(String(20))  # 差评: the rating's reason
    note: Mapped[str | None] = mapped_column(String(200))  # 差评: the citizen's note
    citizen_name: Mapped[str | None] = mapped_column(String(50))
    #: For 回访 only: shown in full to supervisors, masked in every list.
    citizen_phone: Mapped[str | None] = mapped_column(String(20))
    #: 走流程: the leader; 督查: the inspector.
    person: Mapped[str | None] = mapped_column(String(50))
    person_role: Mapped[str | None] = mapped_column(String(10))  # 申请人 / 窗口人员
    happened_on: Mapped[date | None] = mapped_column(Date)  # the walk's or patrol's day
    place: Mapped[str | None] = mapped_column(String(100))
    #: Who answers for it (责任人) and where it was sent (交办).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    assigned_window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    assigned_department: Mapped[str | None] = mapped_column(String(50))
    verdict: Mapped[str | None] = mapped_column(String(10))  # 属实 / 部分属实 / 不属实
    called_back: Mapped[bool] = mapped_column(Boolean, default=False)  # 回访 made
    outcome: Mapped[str | None] = mapped_column(String(10))  # 办不成事's outcome
    served_ticket_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"))
    appeal_status: Mapped[str | None] = mapped_column(String(10))
    opened_at: Mapped[datetime]
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    due_date: Mapped[date] = mapped_column(Date)  # 办理期限, in working days
    verified_at: Mapped[datetime | None]
    rectified_at: Mapped[datetime | None]
    answered_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]


class CaseStep(Base):
    """One step taken on a :class:`LedgerCase`: who, when, from which state to which,
    and what they wrote (the case's history on one page)."""

    __tablename__ = "case_step"
    __table_args__ = (Index("ix_case_step_case_id", "case_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    case_id: Mapped[int] = mapped_column(BigId, ForeignKey("ledger_case.id"))
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(16))
    status_before: Mapped[str | None] = mapped_column(String(16))
    status_after: Mapped[str] = mapped_column(String(16))
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ExtendedService(Base):
    """延时服务: a window that stayed open past closing time for a citizen.

    Opened automatically when a ticket is finished after closing time (``ticket_id``
    set, ``minutes`` computed), or entered by hand (``manual``). The clerk completes the
    reason; ``completed_at`` says when.
    """

    __tablename__ = "extended_service"
    __table_args__ = (Index("ix_extended_service_hall_id_service_day", "hall_id", "service_day"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    service_day: Mapped[date] = mapped_column(Date)
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    ticket_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"), unique=True)
    item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    items_text: Mapped[str | None] = mapped_column(String(500))  # what was done (manual)
    started_at: Mapped[datetime | None]
    closing_at: Mapped[datetime]
    finished_at: Mapped[datetime]
    minutes: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(String(200))
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]


class CourierDispatch(Base):
    """免费邮政速递: one parcel to (or from) a citizen at the hall's expense."""

    __tablename__ = "courier_dispatch"
    __table_args__ = (
        Index("ix_courier_dispatch_hall_id_status", "hall_id", "status"),
        Index("ix_courier_dispatch_hall_id_created_at", "hall_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    ticket_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    direction: Mapped[str] = mapped_column(String(20))
    recipient_name: Mapped[str] = mapped_column(String(40))
    recipient_phone: Mapped[str] = mapped_column(String(11))
    province: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(30))
    district: Mapped[str] = mapped_column(String(30))
    address: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(6))
    #: [{"name": "营业执照", "count": 1, "item_id": 12 | null}, …]
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    carrier: Mapped[str] = mapped_column(String(20))
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    waybill: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    return_reason: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]
    handed_over_at: Mapped[datetime | None]
    handed_over_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None]  # delivered, returned or cancelled


class Application(Base):
    """限时办结: a 办件, an application accepted (受理) at a window whose result is due
    within the item's promised working days.

    Opened by the finish of a ticket whose outcome is 受理, one per item handled (or one
    for the ticket when no item was picked); closed when the result is issued: collected
    at the window (``window``) or sent by free courier (``courier``, with the dispatch).
    ``closed_on`` is the hall's service day of the close: on time when it is not after
    ``due_date``.
    """

    __tablename__ = "application"
    __table_args__ = (
        Index("ix_application_hall_id_due_date", "hall_id", "due_date"),
        Index("ix_application_ticket_id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("ticket.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("service_item.id"))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    #: As the ticket keeps it; every screen shows it masked.
    citizen_name: Mapped[str | None] = mapped_column(String(40))
    service_day: Mapped[date] = mapped_column(Date)
    opened_at: Mapped[datetime]
    promised_days: Mapped[int] = mapped_column(SmallInteger)  # the days the due date counts
    due_date: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime | None]
    closed_on: Mapped[date | None] = mapped_column(Date)
    closed_how: Mapped[str | None] = mapped_column(String(10))  # window / courier
    dispatch_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("courier_dispatch.id"))
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class NoticeOutbox(Base):
    """A notice to a citizen (短信通知) waiting to be sent, or sent, or given up on.

    Written in the transaction of what it tells (a booking, its change …); a sender
    claims due rows (``sending`` until ``next_attempt_at``, its lease) and records the
    outcome. The mobile number is kept whole until sent (then masked); screens show it
    masked.
    """

    __tablename__ = "notice_outbox"
    __table_args__ = (Index("ix_notice_outbox_due", "hall_id", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    kind: Mapped[str] = mapped_column(String(16))  # domain.notices.NoticeKind
    mobile: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16))  # domain.notices.NoticeState
    attempts: Mapped[int] = mapped_column(SmallInteger, default=0)
    last_error: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime]
    next_attempt_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class AppointmentSlot(Base):
    """预约时段: one session or fixed slot of a line's day, with its capacity.

    ``booked`` counts the places held (待到达, 已取号, 爽约); a booking takes one with a
    guarded update (``booked < capacity``), so a slot is never overbooked.
    """

    __tablename__ = "appointment_slot"
    __table_args__ = (
        UniqueConstraint("line_id", "day", "starts_at"),
        Index("ix_appointment_slot_hall_id_day", "hall_id", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"))
    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    label: Mapped[str] = mapped_column(String(20))
    capacity: Mapped[int] = mapped_column(SmallInteger)
    booked: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")


class AppointmentKey(Base):
    """The hall's secret for :class:`Appointment` ID digests (find a booking by ID number)."""

    __tablename__ = "appointment_key"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    secret: Mapped[str] = mapped_column(String(64))


class Appointment(Base):
    """预约: one citizen's booking of a slot (hotline or imported from the platform)."""

    __tablename__ = "appointment"
    __table_args__ = (
        UniqueConstraint("hall_id", "code"),
        Index("ix_appointment_hall_id_day", "hall_id", "day"),
        Index("ix_appointment_hall_id_id_digest", "hall_id", "id_digest"),
        Index("ix_appointment_hall_id_mobile", "hall_id", "mobile"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    code: Mapped[str] = mapped_column(String(8))
    line_id: Mapped[int] = mapped_column(ForeignKey("business_line.id"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slot.id"))
    day: Mapped[date] = mapped_column(Date)
    #: booked 待到达 / checked_in 已取号 / no_show 爽约 / cancelled 已取消
    state: Mapped[str] = mapped_column(String(16))
    citizen_name: Mapped[str] = mapped_column(String(40))
    mobile: Mapped[str] = mapped_column(String(11))
    id_number_masked: Mapped[str] = mapped_column(String(18))
    #: HMAC-SHA256 of the normalised ID number under the hall's AppointmentKey.
    id_digest: Mapped[str] = mapped_column(String(64))
    item_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(String(200))
    #: hotline 电话预约 / import 网上预约 (the platform's own reference in ``platform_ref``)
    source: Mapped[str] = mapped_column(String(10))
    platform_ref: Mapped[str | None] = mapped_column(String(40))
    ticket_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ticket.id"))
    late: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]
    checked_in_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]  # 预约提醒 queued (the day before)
    closed_at: Mapped[datetime | None]  # cancelled or marked 爽约


class FloorAlert(Base):
    """An alert of 大厅监控 (domain.floor): raised once while its condition holds (one
    open alert per hall, kind and subject), acknowledged by a supervisor with what was
    done, cleared when the condition no longer holds; a new alert when it returns."""

    __tablename__ = "floor_alert"
    __table_args__ = (
        Index(
            "ux_floor_alert_open",
            "hall_id",
            "kind",
            "subject",
            unique=True,
            sqlite_where=text("cleared_at IS NULL"),
            postgresql_where=text("cleared_at IS NULL"),
        ),
        Index("ix_floor_alert_hall_id_raised_at", "hall_id", "raised_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    kind: Mapped[str] = mapped_column(String(20))
    subject: Mapped[str] = mapped_column(String(40))  # "line:3", "window:5", "rating:17" …
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    line_id: Mapped[int | None] = mapped_column(ForeignKey("business_line.id"))
    detail: Mapped[str] = mapped_column(String(200))
    raised_at: Mapped[datetime]
    acknowledged_at: Mapped[datetime | None]
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str | None] = mapped_column(String(200))  # what was done
    cleared_at: Mapped[datetime | None]


class Patrol(Base):
    """清廉大厅: a patrol of the floor (定时巡查和不定时检查) and who made it."""

    __tablename__ = "patrol"
    __table_args__ = (Index("ix_patrol_hall_id_at", "hall_id", "at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"))
    at: Mapped[datetime]
    by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str | None] = mapped_column(String(200))


class PatrolCheck(Base):
    """One item of the checklist at one window: met or not; a "not met" opens a 督查
    finding in the case ledger (``case_id``)."""

    __tablename__ = "patrol_check"
    __table_args__ = (Index("ix_patrol_check_patrol_id", "patrol_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    patrol_id: Mapped[int] = mapped_column(BigId, ForeignKey("patrol.id"))
    window_id: Mapped[int] = mapped_column(ForeignKey("hall_window.id"))
    item: Mapped[str] = mapped_column(String(40))
    met: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("ledger_case.id"))


class DailyJob(Base):
    """A job run once per hall and service day by whichever PC starts the day first
    (services.daily): the row is the claim (its key refuses a second), ``counts`` what
    the job did."""

    __tablename__ = "daily_job"

    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), primary_key=True)
    job: Mapped[str] = mapped_column(String(20), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class BackupRecord(Base):
    """A backup of the database that was made (``hall-desktop db backup`` or the daily
    backup): the admin screen says when the last one was and warns when it is old."""

    __tablename__ = "backup_record"
    __table_args__ = (Index("ix_backup_record_made_at", "made_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    #: The hall whose PC made it (None: the command line); the file holds every hall.
    hall_id: Mapped[int | None] = mapped_column(ForeignKey("hall.id"))
    made_at: Mapped[datetime]
    path: Mapped[str] = mapped_column(String(500))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    how: Mapped[str] = mapped_column(String(10))  # manual / daily
    by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class EventArchive(Base):
    """Events moved out of :class:`Event` after the hall's ``archive_after_days``, each
    with its own id: the audit log searches them too (more slowly), the live feed never."""

    __tablename__ = "event_archive"
    __table_args__ = (
        Index("ix_event_archive_hall_id_at", "hall_id", "at"),
        Index("ix_event_archive_hall_id_id", "hall_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hall_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    ticket_id: Mapped[int | None] = mapped_column(BigInteger)
    window_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    xid: Mapped[int | None] = mapped_column(BigInteger)
    archived_at: Mapped[datetime]


class DbLogin(Base):
    """数据库账号: a PostgreSQL login role of this database, the hall and kind of PC it is
    for (a terminal's also its window). Made by ``hall-desktop db roles``; the row-level
    policies and the SECURITY DEFINER functions find a connection's hall here."""

    __tablename__ = "db_login"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    hall_id: Mapped[int] = mapped_column(ForeignKey("hall.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    window_id: Mapped[int | None] = mapped_column(ForeignKey("hall_window.id"))
    created_at: Mapped[datetime]

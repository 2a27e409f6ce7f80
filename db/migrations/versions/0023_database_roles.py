"""数据库账号: which PostgreSQL login role belongs to which hall and kind of PC, and the
functions through which a PC whose role may not touch a table still does its job
(logging in without reading every password hash; rating at a terminal)

The roles, grants and row-level policies themselves are made by ``hall-desktop db
roles`` (``hall_desktop.store.pg_roles``): roles belong to the whole server, and a hall
that never runs the command keeps one owner account as before. The functions are here
because the program calls them on every PostgreSQL database.

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-06 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

# The log-in lock, as in hall_desktop.services.auth (MAX_FAILED_LOGINS, LOCK_MINUTES).
_MAX_FAILED_LOGINS = 5
_LOCK_MINUTES = 15

# A login role's hall, window and kind (NULL for the owner, a superuser, or a role this
# database does not know). The policies use current_user (a role switched to with SET
# ROLE counts as itself); the SECURITY DEFINER functions below, which run as their
# owner, look at session_user: the account that logged in.
_FUNCTIONS = [
    # A role's hall and window, read as the owner (the mapping has no grants of its
    # own), and the current role's, for the policies.
    """
    CREATE OR REPLACE FUNCTION hall_role_hall(p_role text) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT hall_id FROM db_login WHERE role_name = p_role $$
    """,
    """
    CREATE OR REPLACE FUNCTION hall_role_window(p_role text) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT window_id FROM db_login WHERE role_name = p_role $$
    """,
    # A district's account (区县) reads every hall of the district whose centre is its
    # hall; every other account, its own hall.
    """
    CREATE OR REPLACE FUNCTION hall_role_halls(p_role text) RETURNS integer[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT CASE WHEN d.kind = 'district'
                   THEN ARRAY(SELECT h.id FROM hall h JOIN district x ON x.id = h.district_id
                              WHERE x.centre_hall_id = d.hall_id)
                   ELSE ARRAY[d.hall_id] END
       FROM db_login d WHERE d.role_name = p_role $$
    """,
    """
    CREATE OR REPLACE FUNCTION hall_role_kind(p_role text) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT kind::text FROM db_login WHERE role_name = p_role $$
    """,
    """
    CREATE OR REPLACE FUNCTION hall_session_halls() RETURNS integer[]
    LANGUAGE sql STABLE AS $$ SELECT hall_role_halls(current_user::text) $$
    """,
    """
    CREATE OR REPLACE FUNCTION hall_session_hall() RETURNS integer
    LANGUAGE sql STABLE AS $$ SELECT hall_role_hall(current_user::text) $$
    """,
    """
    CREATE OR REPLACE FUNCTION hall_session_window() RETURNS integer
    LANGUAGE sql STABLE AS $$ SELECT hall_role_window(current_user::text) $$
    """,
    # The caller of a SECURITY DEFINER function: (hall, window, kind) of session_user.
    """
    CREATE OR REPLACE FUNCTION hall_caller(OUT hall_id integer, OUT window_id integer,
                                           OUT kind text)
    LANGUAGE sql STABLE AS
    $$ SELECT d.hall_id, d.window_id, d.kind::text FROM db_login d
       WHERE d.role_name = session_user $$
    """,
    # 登录: the account of one log-in name in one hall, with its password hash. A PC's
    # role cannot read the staff table's hashes; it may ask for the one it needs to
    # check a password typed in, of its own hall. The display and the terminals do not
    # log in (a kiosk logs its device account in).
    """
    CREATE OR REPLACE FUNCTION hall_login_account(p_hall_id integer, p_login text)
    RETURNS TABLE(id integer, login text, name text, staff_number text, roles text,
                  password_hash text, active boolean, locked_until timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$
    DECLARE
      caller record;
    BEGIN
      SELECT * INTO caller FROM hall_caller();
      IF caller.kind IS NOT NULL
         AND (caller.kind NOT IN ('kiosk', 'desk', 'clerk', 'admin', 'district')
              OR caller.hall_id <> p_hall_id)
      THEN
        RAISE EXCEPTION 'this database account may not log in to hall %', p_hall_id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN QUERY
        SELECT s.id, s.login::text, s.name::text, s.staff_number::text, s.roles::text,
               s.password_hash::text, s.active, s.locked_until
        FROM staff s WHERE s.hall_id = p_hall_id AND s.login = p_login;
    END
    $$
    """,
    # The outcome of a password check: a failure counts towards the lock, a success
    # clears it. A new hash (the library's parameters changed) is kept only when the
    # owner's connection asks: a PC's role cannot set a password.
    f"""
    CREATE OR REPLACE FUNCTION hall_login_record(p_staff_id integer, p_ok boolean,
                                                 p_at timestamptz, p_rehash text)
    RETURNS TABLE(failed_logins integer, locked boolean)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$
    DECLARE
      caller record;
      account record;
      now_locked boolean := false;
    BEGIN
      SELECT * INTO caller FROM hall_caller();
      SELECT s.id, s.hall_id, s.failed_logins INTO account FROM staff s
        WHERE s.id = p_staff_id FOR UPDATE;
      IF account.id IS NULL THEN
        RETURN;
      END IF;
      IF caller.kind IS NOT NULL
         AND (caller.kind NOT IN ('kiosk', 'desk', 'clerk', 'admin', 'district')
              OR caller.hall_id <> account.hall_id)
      THEN
        RAISE EXCEPTION 'this database account may not log in to hall %', account.hall_id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF p_ok THEN
        UPDATE staff s SET failed_logins = 0, locked_until = NULL,
               password_hash = CASE WHEN p_rehash IS NOT NULL AND caller.kind IS NULL
                                    THEN p_rehash ELSE s.password_hash END
          WHERE s.id = p_staff_id;
      ELSIF account.failed_logins + 1 >= {_MAX_FAILED_LOGINS} THEN
        UPDATE staff s SET failed_logins = 0,
               locked_until = p_at + interval '{_LOCK_MINUTES} minutes'
          WHERE s.id = p_staff_id;
        now_locked := true;
      ELSE
        UPDATE staff s SET failed_logins = s.failed_logins + 1 WHERE s.id = p_staff_id;
      END IF;
      RETURN QUERY SELECT s.failed_logins::integer, now_locked FROM staff s
        WHERE s.id = p_staff_id;
    END
    $$
    """,
    # 好差评: a terminal's role may write a rating only through this, and only of the
    # ticket finished last at its own window (its citizen, still at the counter), not
    # rated yet. A 差评 opens its follow-up case here too, with the citizen's name and
    # phone, which the terminal's role may not read. Other callers (the owner, a hall's
    # admin) may rate any finished ticket of their hall at its window.
    """
    CREATE OR REPLACE FUNCTION hall_rate(p_hall_id integer, p_window_id integer,
                                         p_ticket_id bigint, p_level integer,
                                         p_reason text, p_note text, p_item_ids json,
                                         p_at timestamptz, p_case_kind text,
                                         p_case_status text, p_case_due date)
    RETURNS TABLE(rating_id bigint, case_id bigint)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$
    DECLARE
      caller record;
      t record;
      new_rating bigint;
      new_case bigint;
      phone text;
    BEGIN
      SELECT * INTO caller FROM hall_caller();
      IF caller.kind IS NOT NULL AND (
           caller.kind NOT IN ('terminal', 'admin') OR caller.hall_id <> p_hall_id
           OR (caller.kind = 'terminal' AND caller.window_id IS DISTINCT FROM p_window_id))
      THEN
        RAISE EXCEPTION 'this database account may not rate at window %', p_window_id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      SELECT k.id, k.hall_id, k.window_id, k.clerk_id, k.status, k.finished_at,
             k.citizen_name, k.citizen_phone
        INTO t FROM ticket k WHERE k.id = p_ticket_id FOR UPDATE;
      IF t.id IS NULL OR t.hall_id <> p_hall_id OR t.window_id IS DISTINCT FROM p_window_id
         OR t.status <> 'done'
      THEN
        RAISE EXCEPTION 'ticket % was not finished at window %', p_ticket_id, p_window_id
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF caller.kind = 'terminal' AND EXISTS (
           SELECT 1 FROM ticket k WHERE k.window_id = p_window_id
             AND k.finished_at > t.finished_at)
      THEN
        RAISE EXCEPTION 'ticket % is not the last one finished at window %',
          p_ticket_id, p_window_id USING ERRCODE = 'insufficient_privilege';
      END IF;
      INSERT INTO rating (hall_id, ticket_id, window_id, clerk_id, level, rated, reason,
                          note, item_ids, at, excluded)
        VALUES (p_hall_id, p_ticket_id, p_window_id, t.clerk_id, p_level,
                p_level IS NOT NULL, p_reason, p_note, p_item_ids, p_at, false)
        RETURNING id INTO new_rating;
      IF p_case_kind IS NOT NULL THEN
        phone := NULLIF(COALESCE(t.citizen_phone,
                                 (SELECT a.mobile FROM appointment a
                                   WHERE a.ticket_id = p_ticket_id LIMIT 1)), '');
        INSERT INTO ledger_case (hall_id, kind, status, rating_id, ticket_id, window_id,
                                 clerk_id, item_id, title, detail, reason, note,
                                 citizen_name, citizen_phone, called_back, opened_at,
                                 due_date)
          VALUES (p_hall_id, p_case_kind, p_case_status, new_rating, p_ticket_id,
                  p_window_id, t.clerk_id, (p_item_ids ->> 0)::integer, p_reason, '',
                  p_reason, p_note, t.citizen_name, phone, false, p_at, p_case_due)
          RETURNING id INTO new_case;
      END IF;
      RETURN QUERY SELECT new_rating, new_case;
    END
    $$
    """,
    # 生成新密码: a hall's admin gives one of its hall's database accounts a new
    # password. The program sends a SCRAM verifier, never the password itself; the
    # owner needs CREATEROLE for this (hall-desktop db roles needs it anyway).
    """
    CREATE OR REPLACE FUNCTION hall_set_role_password(p_role text, p_verifier text)
    RETURNS void
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS
    $$
    DECLARE
      caller record;
      target integer;
    BEGIN
      SELECT * INTO caller FROM hall_caller();
      SELECT d.hall_id INTO target FROM db_login d WHERE d.role_name = p_role;
      IF target IS NULL THEN
        RAISE EXCEPTION 'no database account % in this database', p_role
          USING ERRCODE = 'undefined_object';
      END IF;
      IF caller.kind IS NOT NULL AND (caller.kind <> 'admin' OR caller.hall_id <> target) THEN
        RAISE EXCEPTION 'this database account may not set passwords'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a SCRAM verifier is expected' USING ERRCODE = 'invalid_parameter_value';
      END IF;
      EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_role, p_verifier);
    END
    $$
    """,
]
_DROPPED = [
    "hall_set_role_password(text, text)",
    "hall_rate(integer, integer, bigint, integer, text, text, json, timestamptz, text, "
    "text, date)",
    "hall_login_record(integer, boolean, timestamptz, text)",
    "hall_login_account(integer, text)",
    "hall_caller()",
    "hall_session_window()",
    "hall_session_hall()",
    "hall_session_halls()",
    "hall_role_kind(text)",
    "hall_role_halls(text)",
    "hall_role_window(text)",
    "hall_role_hall(text)",
]


def upgrade() -> None:
    op.create_table(
        "db_login",
        sa.Column("role_name", sa.String(63), primary_key=True),
        sa.Column("hall_id", sa.Integer(), sa.ForeignKey("hall.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("window_id", sa.Integer(), sa.ForeignKey("hall_window.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_db_login_hall_id", "db_login", ["hall_id"])
    if op.get_bind().dialect.name == "postgresql":
        for statement in _FUNCTIONS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for signature in _DROPPED:
            op.execute(f"DROP FUNCTION IF EXISTS {signature}")
    op.drop_index("ix_db_login_hall_id", "db_login")
    op.drop_table("db_login")

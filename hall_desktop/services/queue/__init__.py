"""The queue: issuing, calling and serving tickets (取号、叫号、办理).

:class:`QueueService` (``service.py``) is the facade. Every public method is one unit
of work: one session, one transaction, a permission check, the change and its event,
and a plain dataclass back. A unit of work PostgreSQL rolls back to break a deadlock
runs again (:func:`~hall_desktop.store.database.retry_conflicts`).

Where things are: ``moves.py`` call next (叫号) and every other move of a ticket;
``chosen.py`` calling one chosen ticket out of order (指定叫号) and its counts;
``assist.py`` 帮代办 records and counts; ``issuing.py`` 取号; ``citizen_limits.py``
一人一号; ``bundle_runs.py`` a bundle's number from step to step (一件事一次办);
``carry.py`` a number carried on to another line; ``windows.py`` signing in and
pausing; ``reads.py`` the reads; ``statements.py`` the SQL, its ``ORDER BY`` built from
the domain's call order; ``claim.py`` the per-database claim and locking strategy;
``events.py`` the one event writer; ``rows.py`` typed rows; ``context.py`` what the
parts share.

Lock order (PostgreSQL; SQLite has one writer at a time and no row locks). Every write
takes its row locks in this order, and never waits for a lock of an earlier rank while
it holds one of a later rank, so no two writes can wait for each other:

1. One window row, ``FOR NO KEY UPDATE`` (``statements.LOCK_WINDOW``,
   ``QueueContext.window(lock=True)``): calling at a window, calling back to it,
   calling a chosen ticket to it (指定叫号), pausing, resuming, signing in and out. It
   comes first, before any ticket. Call-next also writes its ``priority_run`` (the
   interleave's count), a row it already holds.
2. Ticket rows. A write waits for at most one ticket (``statements.MOVE_PG``, ``FOR NO
   KEY UPDATE``: the ticket a move is about), except the day's close, which holds no
   window and takes them in id order. Call-next's claim takes its ticket with ``SKIP
   LOCKED`` and never waits for one: a ticket another window is claiming is skipped.
   When every candidate was skipped, the try rolls back, waits for the best one's lock
   in a transaction that holds nothing else, and starts again. (A claim that waited
   was the deadlock: it keeps the locks of the rows it rechecked and found taken, so
   two waiting claims end up waiting for each other's rows.)
3. The day's number counter (issuing only, which holds nothing before it). An issue
   with an ID number (一人一号, ``citizen_limits.py``) first inserts the day's key if
   it is missing, then takes the citizen's advisory lock, both before the counter.
4. Inserts: events, handled items, extended-hours records, 办件 (限时办结, a 受理
   finish: ``services/applications.py``), new tickets, a bundle's run
   (一件事, ``bundle_runs.py``: opened by its issue, ended by the finish of its last
   step, which holds only that step's ticket; one step of a run is open at a time). Their foreign
   keys take ``FOR KEY SHARE`` on the rows they name (hall, staff, line, window,
   ticket), which conflicts only with ``FOR UPDATE``, a key change or a delete: no
   queue write takes those, which is why the locks above are ``NO KEY``.
5. At commit, PostgreSQL's ``NOTIFY`` queue lock (the event trigger), held by committing
   transactions only, which wait for nothing else.
"""

from hall_desktop.services.queue.context import SCHEDULE_TTL_S, QueueSettings
from hall_desktop.services.queue.events import CALL_EVENT_KINDS
from hall_desktop.services.queue.service import QueueService

__all__ = ["CALL_EVENT_KINDS", "SCHEDULE_TTL_S", "QueueService", "QueueSettings"]

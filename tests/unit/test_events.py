"""The one list of event kinds: every kind named and grouped, no kind spelt by hand."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from hall_desktop.domain.events import (
    KIND_LABELS,
    TOPIC_LABELS,
    TOPICS,
    EventKind,
    Topic,
    changes,
    kinds_of,
    label,
    touches,
)

PACKAGE = Path(__file__).resolve().parents[2] / "hall_desktop"
VALUES = {kind.value for kind in EventKind}


def test_every_kind_has_a_chinese_label_and_a_topic():
    assert set(KIND_LABELS) == set(EventKind) == set(TOPICS)
    for kind in EventKind:
        assert kind.label and all("\u4e00" <= c <= "\u9fff" or c in "（）" for c in kind.label)
        assert isinstance(kind.topic, Topic)
    assert set(TOPIC_LABELS) == set(Topic)
    assert all(kinds_of(topic) for topic in Topic)  # no empty topic
    assert label("day_closed") == "日终处理"  # the kind the audit log had no name for
    assert label("from_a_newer_program") == "from_a_newer_program"


def test_the_program_names_kinds_only_through_the_list():
    """No module spells a kind as a string (a typo would write an event nobody knows,
    or follow one that never comes); they use EventKind, which mypy checks."""
    spelt: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "events.py" and path.parent.name == "domain":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in VALUES:
                spelt.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value!r}")
    assert spelt == []


def test_topics_and_changes():
    assert touches(["ticket_called", "courier_created"], Topic.COURIER)
    assert not touches(["ticket_called", "something_new"], Topic.COURIER)
    assert EventKind.WINDOW_TAKEN_OVER in kinds_of(Topic.WINDOWS)
    assert changes({"name": "甲", "roles": "clerk"}, {"name": "乙", "roles": "clerk"}) == {
        "name": {"old": "甲", "new": "乙"}
    }
    assert changes({}, {"notice": "x"}) == {"notice": {"old": None, "new": "x"}}


async def test_an_unknown_kind_is_never_written(db, hall):
    from hall_desktop.store.events import record_event

    with pytest.raises(ValueError):
        async with db.write() as session:
            await record_event(
                session,
                hall_id=hall.hall_id,
                at=await db.now(session),
                kind="ticket_teleported",  # type: ignore[arg-type]
            )

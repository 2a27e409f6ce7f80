"""The 办结 item picker: what a window handles first, an exact code first, and a finish
without any item asks once more."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hall_desktop.domain.tickets import Outcome
from hall_desktop.services.catalogue import ItemUsage, ServiceItemInfo
from hall_desktop.ui.clerk.forms import FinishPanel
from hall_desktop.ui.models.items import ServiceItemModel


def item(item_id: int, code: str, name: str) -> ServiceItemInfo:
    return ServiceItemInfo(item_id, code, name, "行政权力类", "市场监管局", 5)


ITEMS = [
    item(1, "XK-BDC-001", "不动产首次登记"),
    item(2, "XK-SCJG-0010", "食品经营许可变更"),
    item(3, "XK-SCJG-001", "企业设立登记"),
    item(4, "AXK-SCJG-001", "个体工商户登记"),
    item(5, "GG-SB-002", "社保卡补办"),
]


def shown(panel: FinishPanel) -> list[int]:
    proxy = panel.items_proxy
    return [
        proxy.data(proxy.index(row, 0), ServiceItemModel.ItemRole).id
        for row in range(proxy.rowCount())
    ]


@pytest.fixture
def panel(qtbot) -> FinishPanel:
    """The finish form with the five items, its submissions kept in ``panel.sent``."""
    form = FinishPanel()
    qtbot.addWidget(form)
    form.set_items(ITEMS)
    form.sent = []
    form.submitted.connect(form.sent.append)
    return form


def test_an_exact_code_comes_first(panel):
    assert shown(panel) == [4, 5, 1, 3, 2]  # by code until a window's use is known
    panel.item_filter.setText("XK-SCJG-001")
    # The exact code, then the code that starts with it, then the one that contains it.
    assert shown(panel) == [3, 2, 4]
    panel.item_filter.setText("企业设立登记")
    assert shown(panel) == [3]
    panel.item_filter.clear()
    assert shown(panel) == [4, 5, 1, 3, 2]


def test_the_lines_and_the_clerks_items_come_first(panel):
    line_q, line_b = 20, 30
    panel.set_usage(
        {
            5: ItemUsage(by_clerk=1, at_window=1, by_line={line_q: 1}),
            3: ItemUsage(by_clerk=4, at_window=4, by_line={line_q: 6}),
            1: ItemUsage(by_clerk=0, at_window=0, by_line={line_b: 9}),
        }
    )
    panel.rank_for(line_q)
    # This window's items (the clerk's most used on top), then the rest by code.
    assert shown(panel) == [3, 5, 4, 1, 2]
    panel.rank_for(line_b)
    # A 不动产 ticket: its line's item joins this window's, ahead of the rest.
    assert shown(panel) == [3, 5, 1, 4, 2]


def test_a_finish_without_items_asks_once_more(qtbot, panel):
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    assert panel.sent == [] and not panel.error.isHidden()
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)  # yes, without one
    assert len(panel.sent) == 1 and panel.sent[0].item_ids == ()


def test_a_consultation_needs_no_item(qtbot, panel):
    panel.outcome_combo.setCurrentIndex(panel.outcome_combo.findData(Outcome.CONSULTATION))
    qtbot.mouseClick(panel.confirm, Qt.MouseButton.LeftButton)
    assert len(panel.sent) == 1 and panel.sent[0].outcome is Outcome.CONSULTATION


def test_a_finish_counts_its_items_for_the_next_citizen(panel):
    panel.rank_for(20)
    assert shown(panel)[0] == 4
    panel.items_model.set_checked(2, True)
    panel.reset()  # the finish went through
    assert shown(panel)[0] == 2 and panel.items_model.checked_ids() == []

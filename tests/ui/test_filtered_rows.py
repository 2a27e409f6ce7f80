"""The filter models without a Python call per row (FilteredRowsModel): the rows a plain
scan finds, in the source's order or the picker's ranking, sorting while filtered, the
selection following its item, saved items judged at once, and Qt's model checks."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from hall_desktop.domain.catalogue import CatalogueItem
from hall_desktop.services.catalogue import ServiceItemInfo
from hall_desktop.ui.admin.catalogue_models import (
    CatalogueColumn,
    CatalogueFilterModel,
    CatalogueItemModel,
)
from hall_desktop.ui.models.items import ItemColumn, ItemFilterModel, ServiceItemModel
from hall_desktop.ui.models.plain_table import PlainTableView

ITEMS = [
    CatalogueItem(
        1, "XK-SCJG-01", "食品经营许可（新办）", "行政权力类", "市场监督管理局", 20, True
    ),
    CatalogueItem(
        2, "GG-RSJ-01", "社保缴费记录查询", "公共服务类", "人力资源和社会保障局", 0, True
    ),
    CatalogueItem(
        3, "XK-SCJG-02", "食品经营许可（注销）", "行政权力类", "市场监督管理局", 5, False
    ),
    CatalogueItem(
        4, "XK-SCJG-03", "食品生产许可（变更）", "行政权力类", "市场监督管理局", 10, True
    ),
    CatalogueItem(5, "GG-SCJG-01", "食品经营许可信息查询", "公共服务类", "市场监督管理局", 0, True),
    CatalogueItem(6, "XK-ZJJ-01", "建筑工程施工许可", "行政权力类", "住房和城乡建设局", 7, True),
]


@pytest.fixture
def models(qapp) -> tuple[CatalogueItemModel, CatalogueFilterModel]:
    model = CatalogueItemModel()
    model.set_items(ITEMS)
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    return model, proxy


def codes(proxy: CatalogueFilterModel) -> list[str]:
    return [proxy.index(r, CatalogueColumn.CODE).data() for r in range(proxy.rowCount())]


def test_words_category_and_inactive_filter_in_the_sources_order(models) -> None:
    _, proxy = models
    proxy.set_filter("食品", None, True)
    assert codes(proxy) == ["XK-SCJG-01", "XK-SCJG-02", "XK-SCJG-03", "GG-SCJG-01"]
    proxy.set_filter("食品", None, False)  # the inactive 注销 item goes
    assert codes(proxy) == ["XK-SCJG-01", "XK-SCJG-03", "GG-SCJG-01"]
    proxy.set_filter("食品", "公共服务类", False)
    assert codes(proxy) == ["GG-SCJG-01"]
    proxy.set_filter("spjy", None, True)  # 食品经营 by its initials
    assert codes(proxy) == ["XK-SCJG-01", "XK-SCJG-02", "GG-SCJG-01"]


def test_narrowing_and_widening_show_what_a_fresh_filter_shows(models) -> None:
    model, proxy = models
    for text in ("x", "xk", "xk-", "xk-s", "xk-sc", "xk-s", "xk", "x", "", "食", "食品 查询", "食"):
        proxy.set_filter(text, None, True)
        fresh = CatalogueFilterModel()
        fresh.setSourceModel(model)
        fresh.set_filter(text, None, True)
        assert codes(proxy) == codes(fresh), text
    assert proxy.rowCount() == 4  # 食: the four 食品 items


def test_sorting_while_filtered_keeps_the_filter(models) -> None:
    model, proxy = models
    proxy.set_filter("xk-", None, True)
    proxy.sort(CatalogueColumn.CODE, Qt.SortOrder.DescendingOrder)
    assert codes(proxy) == ["XK-ZJJ-01", "XK-SCJG-03", "XK-SCJG-02", "XK-SCJG-01"]
    proxy.sort(CatalogueColumn.PROMISED, Qt.SortOrder.AscendingOrder)
    assert codes(proxy) == ["XK-SCJG-02", "XK-ZJJ-01", "XK-SCJG-03", "XK-SCJG-01"]
    assert all(model.row_of(model.item(r).id) == r for r in range(model.rowCount()))
    proxy.set_filter("", None, True)  # the new order holds for every row
    assert codes(proxy)[:2] == ["GG-RSJ-01", "GG-SCJG-01"] and model.rowCount() == 6


def test_the_selection_follows_its_item_and_goes_when_it_is_hidden(models, qtbot) -> None:
    _, proxy = models
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.horizontalHeader().resizeSection(CatalogueColumn.CODE, 140)
    selection = view.selectionModel()
    selection.setCurrentIndex(
        proxy.index(proxy.row_of(4), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    proxy.set_filter("食品", None, True)  # item 4 moves from row 3 to row 2
    assert proxy.row_of(4) == 2
    assert selection.currentIndex().row() == 2
    assert proxy.item(selection.currentIndex().row()).id == 4
    assert [i.row() for i in selection.selectedRows()] == [2]
    proxy.sort(CatalogueColumn.CODE, Qt.SortOrder.DescendingOrder)
    assert proxy.item(selection.currentIndex().row()).id == 4
    proxy.set_filter("社保", None, True)  # hidden: nothing stays selected
    assert not selection.currentIndex().isValid() and not selection.hasSelection()
    assert proxy.row_of(4) == -1
    # The first row went and came back: the columns keep the widths they were given.
    assert view.horizontalHeader().sectionSize(CatalogueColumn.CODE) == 140


def test_an_item_saved_while_filtered_is_judged_at_once(models) -> None:
    model, proxy = models
    proxy.set_filter("食品", None, True)
    model.put_item(
        CatalogueItem(7, "XK-SCJG-04", "食品小作坊登记", "行政权力类", "市场监督管理局", 5, True)
    )
    assert proxy.row_of(7) == proxy.rowCount() - 1 and model.row_of(7) == 6
    model.put_item(
        CatalogueItem(8, "XK-ZJJ-02", "燃气经营许可", "行政权力类", "住房和城乡建设局", 5, True)
    )
    assert proxy.row_of(8) == -1 and proxy.rowCount() == 5
    renamed = dataclasses.replace(ITEMS[0], name="餐饮服务许可（新办）")
    model.put_item(renamed)  # no longer 食品: it goes
    assert proxy.row_of(1) == -1 and proxy.rowCount() == 4
    model.put_item(dataclasses.replace(ITEMS[0], promised_days=15))  # 食品 again: it is back
    assert proxy.item(proxy.row_of(1)).promised_days == 15


def test_an_edit_that_keeps_the_row_is_told_to_the_view(models, qtbot) -> None:
    model, proxy = models
    proxy.set_filter("食品", None, True)
    with qtbot.waitSignal(proxy.dataChanged) as changed:
        model.put_item(dataclasses.replace(ITEMS[3], promised_days=12))
    top_left, bottom_right = changed.args[:2]
    assert top_left.row() == bottom_right.row() == proxy.row_of(4) == 2
    assert proxy.index(2, CatalogueColumn.PROMISED).data() == "12"


def test_the_filtered_catalogue_passes_qts_model_checks(models, qtmodeltester) -> None:
    model, proxy = models
    proxy.set_filter("食品", None, False)
    qtmodeltester.check(proxy, force_py=True)  # stays connected: checks every change below
    proxy.set_filter("食品 许可", None, True)
    proxy.set_filter("xk", "行政权力类", True)
    proxy.sort(CatalogueColumn.NAME, Qt.SortOrder.AscendingOrder)
    model.put_item(CatalogueItem(9, "XK-9", "食品新事项", "行政权力类", "某局", 1, True))
    model.set_items(ITEMS[:3])
    proxy.set_filter("", None, True)
    assert proxy.rowCount() == 3
    assert proxy.mapFromSource(model.index(1, 2)) == proxy.index(1, 2)
    assert proxy.mapToSource(proxy.index(1, 2)) == model.index(1, 2)
    assert proxy.headerData(CatalogueColumn.NAME, Qt.Orientation.Horizontal) == "Service item"
    assert not proxy.mapToSource(QModelIndex()).isValid()


def picker_items() -> list[ServiceItemInfo]:
    return [ServiceItemInfo(i.id, i.code, i.name, i.category, i.department, 1) for i in ITEMS]


def test_the_picker_ranks_and_keeps_ticked_items(qapp, qtmodeltester) -> None:
    model = ServiceItemModel()
    model.set_items(picker_items())
    proxy = ItemFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)  # Qt's tester: the tick states are plain ints here

    def shown() -> list[int]:
        return [
            proxy.data(proxy.index(r, 0), ServiceItemModel.ItemRole).id
            for r in range(proxy.rowCount())
        ]

    proxy.set_text("gg-scjg-01")
    assert shown() == [5]
    proxy.set_text("食品经营许可信息查询")  # exact name first
    assert shown() == [5]
    proxy.set_text("食品")  # names starting with it first, then the source's order
    assert shown() == [1, 3, 4, 5]
    proxy.set_text("查询")
    assert shown() == [2, 5]
    # A tick through the filter model reaches the item; a ticked item stays shown.
    code = proxy.index(1, ItemColumn.CODE)
    assert proxy.flags(code) & Qt.ItemFlag.ItemIsUserCheckable
    assert proxy.setData(code, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_ids() == [5]
    proxy.set_text("建筑")
    assert shown() == [6, 5]  # the ticked one stays, after the name starting with 建筑
    model.set_checked(5, False)  # unticked and not found: it goes
    assert shown() == [6]
    proxy.set_text("")
    assert shown() == [1, 2, 3, 4, 5, 6]


def test_the_painted_cells_are_what_the_roles_say(models) -> None:
    """The catalogue's table reads one call a cell (PlainTableView): the same text,
    grey for an inactive item and centring as the roles a view or a screen reader asks."""
    _, proxy = models
    proxy.set_filter("", None, True)
    for row in range(proxy.rowCount()):
        for column in CatalogueColumn:
            index = proxy.index(row, column)
            text, colour, centred = proxy.painted(row, column)
            assert text == index.data(Qt.ItemDataRole.DisplayRole)
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            assert (colour is None) == (foreground is None)
            if colour is not None:
                assert colour.color() == foreground.color()
            alignment = index.data(Qt.ItemDataRole.TextAlignmentRole)
            assert centred == (alignment is not None and bool(alignment & Qt.AlignHCenter))
    inactive = next(r for r in range(proxy.rowCount()) if proxy.item(r).id == 3)
    assert proxy.painted(inactive, CatalogueColumn.CODE)[1] is not None
    assert proxy.painted(proxy.rowCount(), 0) == ("", None, False)  # past the end
    assert not proxy.index(proxy.rowCount(), 0).isValid()
    assert not proxy.index(0, len(CatalogueColumn)).isValid()


def test_the_plain_table_elides_a_long_name_and_lays_it_out_once(models, qtbot) -> None:
    model, proxy = models
    long_name = "建设项目环境影响报告书审批" * 6
    model.put_item(CatalogueItem(7, "XK-STHJ-01", long_name, "行政权力类", "生态环境局", 20, True))
    view = PlainTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(1000, 300)
    view.horizontalHeader().resizeSection(CatalogueColumn.CODE, 150)
    view.horizontalHeader().resizeSection(CatalogueColumn.NAME, 260)
    view.show()
    view.grab()  # painted
    shown = {static.text() for static in view.laid_out.values()}
    assert "XK-SCJG-01" in shown and "食品经营许可（新办）" in shown
    elided = [t for t in shown if t.startswith("建设项目") and t.endswith("…")]
    assert len(elided) == 1 and len(elided[0]) < len(long_name)
    laid = len(view.laid_out)
    view.grab()
    assert len(view.laid_out) == laid  # the second paint lays nothing out again
    font = view.font()
    font.setPixelSize(30)
    view.setFont(font)  # another font: laid out anew
    assert not view.laid_out


def _pixels(widget) -> set[tuple[int, int, int]]:
    image = widget.grab().toImage()
    return {
        image.pixelColor(x, y).getRgb()[:3]
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }


def test_the_plain_table_shows_the_selection_alternate_rows_and_grey_inactive_items(
    models, qtbot
) -> None:
    """What the picture holds: the selected row in the palette's highlight, alternate
    rows in theirs, an inactive item's text in grey; another model is Qt's to paint."""
    _, proxy = models
    proxy.set_filter("", None, True)
    view = PlainTableView()
    qtbot.addWidget(view)
    view.setAlternatingRowColors(True)
    view.setModel(proxy)
    view.resize(900, 260)
    view.show()
    palette = view.palette()
    before = _pixels(view.viewport())
    assert palette.alternateBase().color().getRgb()[:3] in before
    assert palette.highlight().color().getRgb()[:3] not in before
    inactive = next(r for r in range(proxy.rowCount()) if proxy.item(r).id == 3)
    grey = proxy.painted(inactive, CatalogueColumn.CODE)[1]
    assert grey is not None and grey.color().getRgb()[:3] in before
    view.selectRow(0)
    assert palette.highlight().color().getRgb()[:3] in _pixels(view.viewport())
    other = QStandardItemModel(2, 2)
    other.setItem(0, 0, QStandardItem("甲"))
    view.setModel(other)  # not painted here: Qt's own painting, no text laid out by it
    view.laid_out.clear()
    view.grab()
    assert not view.laid_out


def _many(count: int) -> list[CatalogueItem]:
    return [
        CatalogueItem(n, f"XK-T-{n:04d}", f"事项{n}", "行政权力类", "市场监督管理局", n % 30, True)
        for n in range(1, count + 1)
    ]


def test_a_view_is_given_a_page_of_matches_and_the_next_as_it_scrolls(qtbot, qtmodeltester):
    """Many matches: the view gets 256 rows, then 256 more each time it reaches the end
    (Qt's fetchMore); the count says every match; a selected row far down stays given
    through a new search; an item asked for is given at once."""
    page = CatalogueFilterModel.PAGE_ROWS
    assert page == 256
    model = CatalogueItemModel()
    model.set_items(_many(700))
    proxy = CatalogueFilterModel()
    proxy.setSourceModel(model)
    proxy.set_filter("", None, True)
    assert (proxy.matched_count(), proxy.rowCount()) == (700, page)
    assert len(proxy.matched_items()) == 700 and proxy.canFetchMore(QModelIndex())
    view = PlainTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.resize(600, 400)
    view.show()
    view.scrollToBottom()  # the scroll bar at its end asks for more
    qtbot.waitUntil(lambda: proxy.rowCount() == 2 * page)
    while proxy.canFetchMore(QModelIndex()):
        proxy.fetchMore(QModelIndex())
    assert proxy.rowCount() == 700 and not proxy.canFetchMore(QModelIndex())
    # A narrower search gives a page again, but keeps the selected row given.
    view.selectRow(600)
    selected = proxy.item(600)
    assert selected is not None
    proxy.set_filter("xk-t", None, True)  # every item still matches
    assert proxy.rowCount() == 601 and proxy.matched_count() == 700
    assert view.selectionModel().selectedRows()[0].row() == proxy.row_of(selected.id) == 600
    view.selectionModel().clear()
    proxy.set_filter("事项", None, True)
    assert proxy.rowCount() == page
    assert proxy.row_from_source(model.row_of(650)) == -1  # matched, not given yet
    assert proxy.row_of(650) == 649 and proxy.rowCount() == 650  # given to be selected
    assert proxy.item(649).id == 650
    qtmodeltester.check(proxy)

"""The admin screens' read-only tables of whole rows (statistics, district, accuracy)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def table(model: QAbstractItemModel, *, fit_columns: int = 1) -> QTableView:
    """A read-only table of whole rows, one row selected at a time. The first
    ``fit_columns`` columns are as wide as they read (at least 70 px); the others share
    the width left over."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    for column in range(fit_columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    if fit_columns:
        header.setMinimumSectionSize(70)
    return view

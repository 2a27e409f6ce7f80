"""帮代办 as the staff pick it: how (帮办, 代办, 陪办) and for whom (老年人, 残疾人,
重点项目, 其他); shared by the clerk's finish and the desk."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from hall_desktop.domain.calls import Assist, AssistGroup, AssistKind


def assist_kind_label(kind: AssistKind) -> str:
    return {
        AssistKind.HELP: QCoreApplication.translate("Assist", "Helped (帮办)"),
        AssistKind.PROXY: QCoreApplication.translate("Assist", "Done for them (代办)"),
        AssistKind.ESCORT: QCoreApplication.translate("Assist", "Accompanied (陪办)"),
    }[kind]


def assist_group_label(group: AssistGroup) -> str:
    return {
        AssistGroup.ELDERLY: QCoreApplication.translate("Assist", "Elderly (老年人)"),
        AssistGroup.DISABLED: QCoreApplication.translate("Assist", "Disabled (残疾人)"),
        AssistGroup.KEY_PROJECT: QCoreApplication.translate("Assist", "Key project (重点项目)"),
        AssistGroup.OTHER: QCoreApplication.translate("Assist", "Other (其他)"),
    }[group]


class AssistChoice(QWidget):
    """帮代办: how and for whom, two lists side by side (the clerk's finish, the desk)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for kind in AssistKind:
            self.kind.addItem(assist_kind_label(kind), kind.value)
        self.group = QComboBox()
        for group in AssistGroup:
            self.group.addItem(assist_group_label(group), group.value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 1)
        row.addWidget(self.group, 1)

    def assist(self) -> Assist:
        """The choice, helped by whoever records it."""
        return Assist(AssistKind(self.kind.currentData()), AssistGroup(self.group.currentData()))

    def reset(self) -> None:
        self.kind.setCurrentIndex(0)
        self.group.setCurrentIndex(0)

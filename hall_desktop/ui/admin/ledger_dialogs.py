"""The 台账 tab's dialogs: one form per step of a case (核实, 整改, 反馈, 交办, 办理结果,
审核办结, 退回, 申诉复核, 新增问题), the 走流程 and 督查 forms, and each kind's deadline.

Passive: a dialog collects what the service method takes and emits it as keyword
arguments (``submitted``); the controller runs the step and either closes the dialog
or shows the service's refusal in it (:meth:`CaseDialog.show_error`). Opened with
``open()``, never ``exec()`` (the asyncio loop keeps running)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hall_desktop.domain import cases as rules_of
from hall_desktop.domain.cases import CASE_DAYS_MAX, CaseAction, CaseKind
from hall_desktop.domain.errors import ValidationError
from hall_desktop.services.cases import CaseDetail, FindingForm, ProblemForm, WalkthroughForm
from hall_desktop.services.catalogue import ServiceItemInfo
from hall_desktop.ui.widgets.forms import (
    error_label,
    picked_date,
    picked_datetime,
    qdate,
    qdatetime,
)

W = TypeVar("W", bound=QWidget)


@dataclass(frozen=True)
class LedgerChoices:
    """What the forms' combo boxes offer: the hall's staff, windows and items."""

    staff: Sequence[tuple[int, str]] = ()  # (id, "name（login）")
    windows: Sequence[tuple[int, int, str]] = ()  # (id, number, name)
    items: Sequence[ServiceItemInfo] = field(default_factory=tuple)


def choice_combo(choices: Iterable[tuple[str, Any]]) -> QComboBox:
    combo = QComboBox()
    for text, data in choices:
        combo.addItem(text, data)
    return combo


def text_edit(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(24 * lines + 12)
    return edit


def _text(widget: QLineEdit | QPlainTextEdit) -> str:
    return (widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()).strip()


class OptionalDate(QWidget):
    """A date that may be left out: a check box, then the date."""

    def __init__(self, label: str, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(qdate(default))
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return picked_date(self.edit) if self.check.isChecked() else None


class CaseDialog(QDialog):
    """A form, a line for what was refused, and 确定/取消. Subclasses add the fields
    (:meth:`add`) and say what they emit (:meth:`values`)."""

    submitted = Signal(dict)  # the keyword arguments of the service's method

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.heading = QLabel(title)
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label()
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        buttons.accepted.connect(self._on_ok)
        buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(buttons)

    def add(self, label: str, widget: W) -> W:
        self.form.addRow(label, widget)
        return widget

    def values(self) -> dict[str, Any]:
        """The service method's keyword arguments; raises ValidationError for what the
        form itself can tell is missing."""
        raise NotImplementedError

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """What the service refused, in its words; the form stays filled in."""
        self.error.setText(message)
        self.error.show()
        self.set_busy(False)

    def _on_ok(self) -> None:
        try:
            values = self.values()
        except ValidationError as e:
            self.show_error(e.message)
            return
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit(values)


def staff_combo(choices: LedgerChoices, nobody: str) -> QComboBox:
    return choice_combo([(nobody, None), *((name, i) for i, name in choices.staff)])


def window_combo(choices: LedgerChoices, nobody: str) -> QComboBox:
    return choice_combo(
        [(nobody, None), *((f"{n}号窗口 {name}", i) for i, n, name in choices.windows)]
    )


class ProblemFields(QWidget):
    """One problem to put right: what, who answers for it, the department, by when."""

    remove_requested = Signal()

    def __init__(
        self,
        choices: LedgerChoices,
        today: date,
        *,
        removable: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(200)
        self.text_edit.setPlaceholderText(self.tr("The problem found"))
        self.owner_combo = staff_combo(choices, self.tr("Owner: not named"))
        self.department_edit = QLineEdit()
        self.department_edit.setMaxLength(100)
        self.department_edit.setPlaceholderText(self.tr("Department"))
        self.due = OptionalDate(self.tr("Due"), today + timedelta(days=14))
        self.due.setToolTip(self.tr("Left out: the hall's working days for the kind."))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_requested)
        self.remove_button.setVisible(removable)
        top = QHBoxLayout()
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.owner_combo, 1)
        bottom.addWidget(self.department_edit, 1)
        bottom.addWidget(self.due)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def form(self) -> ProblemForm:
        return ProblemForm(
            text=_text(self.text_edit),
            owner_id=self.owner_combo.currentData(),
            department=_text(self.department_edit) or None,
            due_date=self.due.value(),
        )


# -- one step of a case ------------------------------------------------------------------


class StepDialog(CaseDialog):
    """The form of one step (``action``) on the case ``detail``."""

    def __init__(
        self,
        action: CaseAction,
        detail: CaseDetail,
        choices: LedgerChoices,
        zone: ZoneInfo,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        row = detail.row
        super().__init__(f"{action.label} · {row.code} {row.kind_label}", parent)
        self.action = action
        self.detail = detail
        self.zone = zone
        case = QLabel(f"{row.title}（{row.status_label}）")
        case.setWordWrap(True)
        self.body.insertWidget(1, case)
        build = {
            CaseAction.VERIFY: self._verify,
            CaseAction.RECTIFY: self._rectify,
            CaseAction.ANSWER: self._answer,
            CaseAction.ASSIGN: self._assign,
            CaseAction.RESOLVE: self._resolve,
            CaseAction.APPROVE: self._approve,
            CaseAction.RETURN: self._return,
            CaseAction.DECIDE_APPEAL: self._decide,
            CaseAction.ADD_PROBLEM: self._problem,
        }[action]
        build(choices, now)

    # Each builder adds its fields; values() reads the ones it made.

    def _verify(self, _c: LedgerChoices, _now: datetime) -> None:
        self.verdict_combo = self.add(
            self.tr("Verdict"), choice_combo((v, v) for v in rules_of.VERDICTS)
        )
        self.callback_edit = self.add(
            self.tr("Call-back: what the citizen said"),
            text_edit(self.tr("What the citizen said when called back")),
        )
        self.called_back_check = self.add("", QCheckBox(self.tr("The citizen was called back")))
        self.called_back_check.setChecked(True)
        self.phone_edit = self.add(self.tr("Phone"), QLineEdit(self.detail.phone))
        self.phone_edit.setPlaceholderText(self.tr("The citizen's mobile, if known"))

    def _rectify(self, _c: LedgerChoices, _now: datetime) -> None:
        modes = list(rules_of.RECTIFY_MODES.items())
        if self.detail.row.kind is not CaseKind.BAD_RATING:  # an item is rectified, not explained
            modes = [(k, v) for k, v in modes if k == "rectify"]
        self.mode_combo = self.add(self.tr("How"), choice_combo((v, k) for k, v in modes))
        if self.detail.row.verdict == "不属实":
            self.mode_combo.setCurrentIndex(max(self.mode_combo.findData("explain"), 0))
        self.rectify_edit = self.add(
            self.tr("What was changed"),
            text_edit(self.tr("What was changed, or the explanation given")),
        )
        self.by_edit = self.add(self.tr("By whom"), QLineEdit())
        self.by_edit.setPlaceholderText(self.tr("Left empty: you"))

    def _answer(self, _c: LedgerChoices, now: datetime) -> None:
        self.channel_combo = self.add(
            self.tr("Told by"), choice_combo((v, v) for v in rules_of.ANSWER_CHANNELS)
        )
        self.response_combo = self.add(
            self.tr("The citizen's response"),
            choice_combo((v, v) for v in rules_of.ANSWER_RESPONSES),
        )
        self.answered_edit = QDateTimeEdit()
        self.answered_edit.setCalendarPopup(True)
        self.answered_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.answered_edit.setDateTime(qdatetime(now.astimezone(self.zone).replace(tzinfo=None)))
        self._told_now = self.answered_edit.dateTime()
        self.add(self.tr("Told at"), self.answered_edit)
        self.answer_edit = self.add(self.tr("Note"), text_edit(self.tr("What was said (optional)")))

    def _assign(self, choices: LedgerChoices, _now: datetime) -> None:
        self.window_combo = self.add(
            self.tr("To window"), window_combo(choices, self.tr("No window"))
        )
        self.department_edit = self.add(self.tr("Department"), QLineEdit())
        self.department_edit.setMaxLength(100)
        self.department_edit.setPlaceholderText(self.tr("A department to coordinate with"))
        self.owner_combo = self.add(self.tr("Owner"), staff_combo(choices, self.tr("Not named")))
        self.assign_edit = self.add(self.tr("Note"), text_edit(self.tr("What to do (optional)")))

    def _resolve(self, _c: LedgerChoices, _now: datetime) -> None:
        self.outcome_combo = self.add(
            self.tr("Outcome"), choice_combo((v, v) for v in rules_of.HARD_CASE_OUTCOMES)
        )
        self.resolve_edit = self.add(self.tr("What was done"), text_edit())
        self.reason_edit = self.add(self.tr("Reason"), QLineEdit())
        self.basis_edit = self.add(self.tr("Legal basis"), QLineEdit())
        for edit in (self.reason_edit, self.basis_edit):
            edit.setPlaceholderText(self.tr("Required when it cannot be done"))
        self.served_edit = self.add(self.tr("Served under ticket"), QLineEdit())
        self.served_edit.setMaxLength(20)
        self.served_edit.setPlaceholderText(self.tr("Today's number, if the matter was served"))

    def _approve(self, _c: LedgerChoices, _now: datetime) -> None:
        self.note_edit = self.add(self.tr("Note"), text_edit(self.tr("Optional"), 2))

    def _return(self, _c: LedgerChoices, _now: datetime) -> None:
        self.note_edit = self.add(
            self.tr("Why returned"), text_edit(self.tr("Required: what is still missing"), 2)
        )

    def _decide(self, _c: LedgerChoices, _now: datetime) -> None:
        self.upheld_combo = self.add(
            self.tr("Decision"),
            choice_combo([(self.tr("Upheld"), True), (self.tr("Not upheld"), False)]),
        )
        self.note_edit = self.add(self.tr("Reasons"), text_edit(self.tr("Required"), 2))

    def _problem(self, choices: LedgerChoices, now: datetime) -> None:
        self.problem = ProblemFields(choices, now.astimezone(self.zone).date(), removable=False)
        self.body.insertWidget(2, self.problem)

    def values(self) -> dict[str, Any]:
        a = self.action
        if a is CaseAction.VERIFY:
            phone = _text(self.phone_edit)
            return {
                "verdict": self.verdict_combo.currentData(),
                "callback": _text(self.callback_edit),
                "called_back": self.called_back_check.isChecked(),
                # Sent only when typed in: the one on file stays as it is.
                "phone": phone if phone and phone != self.detail.phone else None,
            }
        if a is CaseAction.RECTIFY:
            return {
                "mode": self.mode_combo.currentData(),
                "text": _text(self.rectify_edit),
                "by_whom": _text(self.by_edit) or None,
            }
        if a is CaseAction.ANSWER:
            return {
                "channel": self.channel_combo.currentData(),
                "response": self.response_combo.currentData(),
                "text": _text(self.answer_edit),
                # Left as shown: now (to the second, not the minute the field shows).
                "answered_at": None
                if self.answered_edit.dateTime() == self._told_now
                else picked_datetime(self.answered_edit).replace(tzinfo=self.zone),
            }
        if a is CaseAction.ASSIGN:
            return {
                "window_id": self.window_combo.currentData(),
                "department": _text(self.department_edit) or None,
                "owner_id": self.owner_combo.currentData(),
                "text": _text(self.assign_edit),
            }
        if a is CaseAction.RESOLVE:
            return {
                "outcome": self.outcome_combo.currentData(),
                "text": _text(self.resolve_edit),
                "reason": _text(self.reason_edit) or None,
                "legal_basis": _text(self.basis_edit) or None,
                "served_ticket_number": _text(self.served_edit) or None,
            }
        if a is CaseAction.DECIDE_APPEAL:
            return {"upheld": bool(self.upheld_combo.currentData()), "text": _text(self.note_edit)}
        if a is CaseAction.ADD_PROBLEM:
            return {"form": self.problem.form()}
        return {"text": _text(self.note_edit)}  # 审核办结, 退回


# -- new cases ---------------------------------------------------------------------------


def item_combo(items: Sequence[ServiceItemInfo], nothing: str) -> QComboBox:
    """An item by code or name, typed in part (a hall lists about two thousand)."""
    combo = choice_combo([(nothing, None), *((f"{i.code} {i.name}", i.id) for i in items)])
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def picked_item(combo: QComboBox) -> int | None:
    index = combo.findText(combo.currentText().strip())
    if index < 0:
        raise ValidationError("item_id", "请从列表中选择事项（可输入编码或名称查找）")
    data = combo.itemData(index)
    return None if data is None else int(data)


class WalkthroughDialog(CaseDialog):
    """登记走流程: the leader, the role, the day, the item, what they saw, the problems."""

    def __init__(self, choices: LedgerChoices, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a walkthrough (走流程)"), parent)
        self.setMinimumWidth(760)
        self.choices = choices
        self.today = today
        self.person_edit = self.add(self.tr("Leader"), QLineEdit())
        self.person_edit.setMaxLength(50)
        self.person_edit.setPlaceholderText(self.tr("Name and post, e.g. 李局长"))
        self.role_combo = self.add(
            self.tr("Walked as"), choice_combo((v, v) for v in rules_of.WALKER_ROLES)
        )
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(qdate(today))
        self.add(self.tr("Date"), self.date_edit)
        self.item_combo = self.add(
            self.tr("Item"), item_combo(choices.items, self.tr("No particular item"))
        )
        self.window_combo = self.add(
            self.tr("Window"), window_combo(choices, self.tr("No particular window"))
        )
        self.summary_edit = self.add(
            self.tr("Summary"), text_edit(self.tr("What the leader went through and saw"), 2)
        )
        self.problems: list[ProblemFields] = []
        self.problems_box = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.problems_box)
        self.problems_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(170)
        self.add_problem_button = QPushButton(self.tr("Add a problem"))
        self.add_problem_button.clicked.connect(self.add_problem)
        title = QHBoxLayout()
        title.addWidget(QLabel(self.tr("Problems found (each becomes a rectification item)")), 1)
        title.addWidget(self.add_problem_button)
        self.body.insertLayout(2, title)
        self.body.insertWidget(3, scroll, 1)
        self.add_problem()

    def add_problem(self) -> ProblemFields:
        fields = ProblemFields(self.choices, self.today)
        fields.remove_requested.connect(lambda: self._remove(fields))
        self.problems.append(fields)
        self.problems_box.insertWidget(self.problems_box.count() - 1, fields)
        fields.text_edit.setFocus()
        return fields

    def _remove(self, fields: ProblemFields) -> None:
        self.problems.remove(fields)
        fields.deleteLater()

    def values(self) -> dict[str, Any]:
        problems = tuple(
            p.form() for p in self.problems if p.form().text or p.owner_combo.currentData()
        )
        return {
            "form": WalkthroughForm(
                person=_text(self.person_edit),
                person_role=self.role_combo.currentData(),
                walked_on=picked_date(self.date_edit),
                summary=_text(self.summary_edit),
                item_id=picked_item(self.item_combo),
                window_id=self.window_combo.currentData(),
                problems=problems,
            )
        }


class FindingDialog(CaseDialog):
    """登记督查问题: a patrol's finding and who puts it right by when."""

    def __init__(self, choices: LedgerChoices, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record an inspection finding (督查)"), parent)
        self.category_combo = self.add(
            self.tr("Category"), choice_combo((v, v) for v in rules_of.FINDING_CATEGORIES)
        )
        self.window_combo = self.add(
            self.tr("Window"), window_combo(choices, self.tr("Not at a window"))
        )
        self.place_edit = self.add(self.tr("Or place"), QLineEdit())
        self.place_edit.setMaxLength(100)
        self.place_edit.setPlaceholderText(self.tr("e.g. the waiting area"))
        self.inspector_edit = self.add(self.tr("Inspector"), QLineEdit())
        self.inspector_edit.setMaxLength(50)
        self.date_edit = QDateEdit(qdate(today))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(qdate(today))
        self.add(self.tr("Date"), self.date_edit)
        self.text_edit = self.add(self.tr("Finding"), text_edit(self.tr("What was found")))
        self.clerk_combo = self.add(
            self.tr("Staff concerned"), staff_combo(choices, self.tr("Nobody in particular"))
        )
        self.owner_combo = self.add(self.tr("Owner"), staff_combo(choices, self.tr("Not named")))
        self.department_edit = self.add(self.tr("Department"), QLineEdit())
        self.department_edit.setMaxLength(100)
        self.due = self.add(
            self.tr("Deadline"), OptionalDate(self.tr("Set"), today + timedelta(days=14))
        )

    def values(self) -> dict[str, Any]:
        return {
            "form": FindingForm(
                category=self.category_combo.currentData(),
                text=_text(self.text_edit),
                inspector=_text(self.inspector_edit),
                found_on=picked_date(self.date_edit),
                window_id=self.window_combo.currentData(),
                place=_text(self.place_edit) or None,
                clerk_id=self.clerk_combo.currentData(),
                owner_id=self.owner_combo.currentData(),
                department=_text(self.department_edit) or None,
                due_date=self.due.value(),
            )
        }


class CaseDaysDialog(CaseDialog):
    """办理期限: each kind's deadline in working days; only an administrator saves."""

    def __init__(
        self, days: Mapping[CaseKind, int], editable: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Deadlines of the ledger (working days)"), parent)
        self.setMinimumWidth(420)
        self.spins: dict[CaseKind, QSpinBox] = {}
        for kind in CaseKind:
            spin = QSpinBox()
            spin.setRange(1, CASE_DAYS_MAX)
            spin.setValue(days.get(kind, rules_of.DEFAULT_CASE_DAYS[kind]))
            spin.setSuffix(self.tr(" working days"))
            spin.setEnabled(editable)
            self.spins[kind] = spin
            self.add(kind.label, spin)
        hint = QLabel(
            self.tr(
                "Counted on the hall's calendar from the day a case is opened; cases "
                "opened from now on take the new deadlines."
            )
            if editable
            else self.tr("Only an administrator may change the deadlines.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.body.insertWidget(2, hint)
        self.ok_button.setText(self.tr("Save"))
        self.ok_button.setVisible(editable)
        if not editable:
            self.cancel_button.setText(self.tr("Close"))

    def values(self) -> dict[str, Any]:
        return {"days": {kind: spin.value() for kind, spin in self.spins.items()}}

"""Qt item models of the hall's statistics (统计分析): the rows of
:class:`~hall_desktop.services.statistics.HallStatistics` as tables, and the hour ×
weekday load as a heat map."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from hall_desktop.services.statistics import (
    CategoryRow,
    Durations,
    RatingCounts,
    TimeFigures,
    TimeRow,
    VolumeRow,
    WindowRank,
)
from hall_desktop.ui.models.rows import Index, RowsTableModel

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def percent(rate: float | None) -> str:
    """A share as a supervisor reads it: ``87.5%``; a dash when there is nothing to share."""
    return "—" if rate is None else f"{rate * 100:.1f}%"


def duration(seconds: int | None) -> str:
    """Whole seconds as minutes and seconds (``12:05``), hours when long (``1:30:00``)."""
    if seconds is None:
        return "—"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _numeric(text: str, role: int) -> Any:
    """What a number cell answers: its text, right-aligned."""
    if role == Qt.ItemDataRole.DisplayRole:
        return text
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _RIGHT
    return None


# -- 业务量 -------------------------------------------------------------------------------


class VolumeColumn(IntEnum):
    SUBJECT = 0
    ISSUED = 1
    SERVED = 2
    NO_SHOW = 3
    CANCELLED = 4
    TRANSFERRED = 5
    EXPIRED = 6


class VolumeModel(RowsTableModel[VolumeRow]):
    """业务量 by line, window, clerk or item: one row per subject."""

    CONTEXT = "VolumeModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        VolumeColumn.SUBJECT: QT_TRANSLATE_NOOP("VolumeModel", "Of"),
        VolumeColumn.ISSUED: QT_TRANSLATE_NOOP("VolumeModel", "Issued"),
        VolumeColumn.SERVED: QT_TRANSLATE_NOOP("VolumeModel", "Served"),
        VolumeColumn.NO_SHOW: QT_TRANSLATE_NOOP("VolumeModel", "No-show"),
        VolumeColumn.CANCELLED: QT_TRANSLATE_NOOP("VolumeModel", "Cancelled"),
        VolumeColumn.TRANSFERRED: QT_TRANSLATE_NOOP("VolumeModel", "Transferred"),
        VolumeColumn.EXPIRED: QT_TRANSLATE_NOOP("VolumeModel", "Expired"),
    }

    def cell(self, row: VolumeRow, column: int, role: int) -> Any:
        column = VolumeColumn(column)
        if column == VolumeColumn.SUBJECT:
            return row.subject.label if role == Qt.ItemDataRole.DisplayRole else None
        c = row.counts
        value = {
            VolumeColumn.ISSUED: c.issued,
            VolumeColumn.SERVED: c.served,
            VolumeColumn.NO_SHOW: c.no_show,
            VolumeColumn.CANCELLED: c.cancelled,
            VolumeColumn.TRANSFERRED: c.transferred,
            VolumeColumn.EXPIRED: c.expired,
        }[column]
        return _numeric(str(value), role)


# -- 等候与办理时间 ---------------------------------------------------------------------------


class TimeColumn(IntEnum):
    SUBJECT = 0
    WAITED = 1
    WAIT_MEDIAN = 2
    WAIT_P90 = 3
    WAIT_LONGEST = 4
    SERVED = 5
    SERVICE_MEDIAN = 6
    SERVICE_P90 = 7
    SERVICE_LONGEST = 8
    PROMISE_RATE = 9


class TimeModel(RowsTableModel[TimeRow]):
    """Waiting and service times (minutes:seconds) by line, window or clerk."""

    CONTEXT = "TimeModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        TimeColumn.SUBJECT: QT_TRANSLATE_NOOP("TimeModel", "Of"),
        TimeColumn.WAITED: QT_TRANSLATE_NOOP("TimeModel", "Called"),
        TimeColumn.WAIT_MEDIAN: QT_TRANSLATE_NOOP("TimeModel", "Wait median"),
        TimeColumn.WAIT_P90: QT_TRANSLATE_NOOP("TimeModel", "Wait p90"),
        TimeColumn.WAIT_LONGEST: QT_TRANSLATE_NOOP("TimeModel", "Longest wait"),
        TimeColumn.SERVED: QT_TRANSLATE_NOOP("TimeModel", "Served"),
        TimeColumn.SERVICE_MEDIAN: QT_TRANSLATE_NOOP("TimeModel", "Service median"),
        TimeColumn.SERVICE_P90: QT_TRANSLATE_NOOP("TimeModel", "Service p90"),
        TimeColumn.SERVICE_LONGEST: QT_TRANSLATE_NOOP("TimeModel", "Longest service"),
        TimeColumn.PROMISE_RATE: QT_TRANSLATE_NOOP("TimeModel", "Called within promise"),
    }

    def cell(self, row: TimeRow, column: int, role: int) -> Any:
        column = TimeColumn(column)
        if column == TimeColumn.SUBJECT:
            return row.subject.label if role == Qt.ItemDataRole.DisplayRole else None
        return _numeric(_time_text(row.figures, column), role)


def _time_text(f: TimeFigures, column: TimeColumn) -> str:
    if column == TimeColumn.PROMISE_RATE:
        return percent(f.promise_rate)
    measured: Durations = f.waiting if column <= TimeColumn.WAIT_LONGEST else f.service
    if column in (TimeColumn.WAITED, TimeColumn.SERVED):
        return str(measured.count)
    step = (column - TimeColumn.WAITED) % 4  # 1 median, 2 p90, 3 longest
    return duration((measured.median, measured.p90, measured.longest)[step - 1])


# -- 好差评 -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RatingLine:
    """One row of a ratings table: what it is about (a window, a clerk, a month)."""

    label: str
    ratings: RatingCounts


class RatingColumn(IntEnum):
    SUBJECT = 0
    FINISHED = 1
    RATED = 2
    VERY_GOOD = 3
    GOOD = 4
    FAIR = 5
    BAD = 6
    VERY_BAD = 7
    GOOD_RATE = 8
    RATED_RATE = 9


class RatingModel(RowsTableModel[RatingLine]):
    """好差评 by window, clerk or month: finished, rated, each level, 好评率, 主动评价率."""

    CONTEXT = "RatingModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        RatingColumn.SUBJECT: QT_TRANSLATE_NOOP("RatingModel", "Of"),
        RatingColumn.FINISHED: QT_TRANSLATE_NOOP("RatingModel", "Finished"),
        RatingColumn.RATED: QT_TRANSLATE_NOOP("RatingModel", "Rated"),
        RatingColumn.VERY_GOOD: QT_TRANSLATE_NOOP("RatingModel", "Very satisfied"),
        RatingColumn.GOOD: QT_TRANSLATE_NOOP("RatingModel", "Satisfied"),
        RatingColumn.FAIR: QT_TRANSLATE_NOOP("RatingModel", "Fair"),
        RatingColumn.BAD: QT_TRANSLATE_NOOP("RatingModel", "Dissatisfied"),
        RatingColumn.VERY_BAD: QT_TRANSLATE_NOOP("RatingModel", "Very dissatisfied"),
        RatingColumn.GOOD_RATE: QT_TRANSLATE_NOOP("RatingModel", "Good rate"),
        RatingColumn.RATED_RATE: QT_TRANSLATE_NOOP("RatingModel", "Rated rate"),
    }

    def cell(self, row: RatingLine, column: int, role: int) -> Any:
        column = RatingColumn(column)
        if column == RatingColumn.SUBJECT:
            return row.label if role == Qt.ItemDataRole.DisplayRole else None
        return _numeric(_rating_text(row.ratings, column), role)


def _rating_text(r: RatingCounts, column: RatingColumn) -> str:
    if column == RatingColumn.GOOD_RATE:
        return percent(r.good_rate)
    if column == RatingColumn.RATED_RATE:
        return percent(r.rated_rate)
    if column == RatingColumn.FINISHED:
        return str(r.finished)
    if column == RatingColumn.RATED:
        return str(r.rated)
    return str(r.levels[5 - (column - RatingColumn.VERY_GOOD)])  # 5 非常满意 … 1


class RankColumn(IntEnum):
    RANK = 0
    WINDOW = 1
    FINISHED = 2
    RATED = 3
    GOOD = 4
    GOOD_RATE = 5


class RankingModel(RowsTableModel[WindowRank]):
    """窗口月度排名 of one month: rank, window, finished, rated, 好评, 好评率."""

    CONTEXT = "RankingModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        RankColumn.RANK: QT_TRANSLATE_NOOP("RankingModel", "Rank"),
        RankColumn.WINDOW: QT_TRANSLATE_NOOP("RankingModel", "Window"),
        RankColumn.FINISHED: QT_TRANSLATE_NOOP("RankingModel", "Finished"),
        RankColumn.RATED: QT_TRANSLATE_NOOP("RankingModel", "Rated"),
        RankColumn.GOOD: QT_TRANSLATE_NOOP("RankingModel", "Good"),
        RankColumn.GOOD_RATE: QT_TRANSLATE_NOOP("RankingModel", "Good rate"),
    }

    def cell(self, row: WindowRank, column: int, role: int) -> Any:
        column = RankColumn(column)
        if column == RankColumn.WINDOW:
            return row.subject.label if role == Qt.ItemDataRole.DisplayRole else None
        r = row.ratings
        text = {
            RankColumn.RANK: str(row.rank),
            RankColumn.FINISHED: str(r.finished),
            RankColumn.RATED: str(r.rated),
            RankColumn.GOOD: str(r.good),
            RankColumn.GOOD_RATE: percent(r.good_rate),
        }[column]
        return _numeric(text, role)


# -- 承诺事项, 事项目录 -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Figure:
    """One named figure (延时服务 12 次 …), already in words."""

    name: str
    value: str


class FigureColumn(IntEnum):
    NAME = 0
    VALUE = 1


class FigureModel(RowsTableModel[Figure]):
    CONTEXT = "FigureModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        FigureColumn.NAME: QT_TRANSLATE_NOOP("FigureModel", "Figure"),
        FigureColumn.VALUE: QT_TRANSLATE_NOOP("FigureModel", "Value"),
    }

    def cell(self, row: Figure, column: int, role: int) -> Any:
        if column == FigureColumn.NAME:
            return row.name if role == Qt.ItemDataRole.DisplayRole else None
        return _numeric(row.value, role)


class CategoryColumn(IntEnum):
    CATEGORY = 0
    ITEMS = 1
    SERVED = 2


class CatalogueModel(RowsTableModel[CategoryRow]):
    """事项目录 by category: active items, items served in the period."""

    CONTEXT = "CatalogueModel"
    HEADERS: ClassVar[Mapping[Any, object]] = {
        CategoryColumn.CATEGORY: QT_TRANSLATE_NOOP("CatalogueModel", "Category"),
        CategoryColumn.ITEMS: QT_TRANSLATE_NOOP("CatalogueModel", "Items in the catalogue"),
        CategoryColumn.SERVED: QT_TRANSLATE_NOOP("CatalogueModel", "Items served"),
    }

    def cell(self, row: CategoryRow, column: int, role: int) -> Any:
        if column == CategoryColumn.CATEGORY:
            return row.category if role == Qt.ItemDataRole.DisplayRole else None
        return _numeric(str(row.items if column == CategoryColumn.ITEMS else row.served), role)


# -- the hall's load: a heat map ------------------------------------------------------------

WEEKDAYS = (
    QT_TRANSLATE_NOOP("LoadModel", "Mon"),
    QT_TRANSLATE_NOOP("LoadModel", "Tue"),
    QT_TRANSLATE_NOOP("LoadModel", "Wed"),
    QT_TRANSLATE_NOOP("LoadModel", "Thu"),
    QT_TRANSLATE_NOOP("LoadModel", "Fri"),
    QT_TRANSLATE_NOOP("LoadModel", "Sat"),
    QT_TRANSLATE_NOOP("LoadModel", "Sun"),
)


def heat(value: int, highest: int) -> QColor:
    """White for nothing, deepening to a strong orange-red for the busiest hour."""
    if highest <= 0 or value <= 0:
        return QColor("#ffffff")
    t = value / highest
    cold, hot = (255, 243, 224), (216, 67, 21)  # pale amber → deep orange
    return QColor(*(round(c + (h - c) * t) for c, h in zip(cold, hot, strict=True)))


class LoadModel(QAbstractTableModel):
    """Numbers issued by weekday (rows, Monday first) and hour (columns): only the
    hours with any number in the period, at least 8:00 … 17:00, so the map stays
    readable; cells coloured by load."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._load: tuple[tuple[int, ...], ...] = tuple((0,) * 24 for _ in range(7))
        self._hours: list[int] = list(range(8, 18))
        self._highest = 0

    def set_load(self, load: tuple[tuple[int, ...], ...]) -> None:
        self.beginResetModel()
        self._load = load
        busy = [h for h in range(24) if any(day[h] for day in load)]
        first, last = min([8, *busy]), max([17, *busy])
        self._hours = list(range(first, last + 1))
        self._highest = max((max(day) for day in load), default=0)
        self.endResetModel()

    def hours(self) -> list[int]:
        return list(self._hours)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hours)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._load[index.row()][self._hours[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if value else ""
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(value, self._highest)
        if role == Qt.ItemDataRole.ForegroundRole:
            hot = self._highest and value / self._highest > 0.55
            return QColor("#ffffff") if hot else QColor("#1f2937")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTRE
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < 7:
                return None
            return QCoreApplication.translate("LoadModel", str(WEEKDAYS[section]))
        if not 0 <= section < len(self._hours):
            return None
        return f"{self._hours[section]}:00"

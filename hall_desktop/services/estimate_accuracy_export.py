"""预计等候准确度 as files: its two tables (``StatTable``, as the statistics' own) written
as XLSX or CSV the way the statistics' tables are."""

from __future__ import annotations

from pathlib import Path

from hall_desktop.export_files import write_whole
from hall_desktop.services.estimate_accuracy import Accuracy, EstimateAccuracy
from hall_desktop.services.statistics_export import Cell, Column, StatTable, csv_text, tables_xlsx

__all__ = ["accuracy_csv", "accuracy_tables", "accuracy_xlsx"]

HALL = "全厅"
NOTE = (
    "误差 = 预计等候 − 实际等候（取号至首次叫号）；平均偏差为正表示预计偏长。"
    "未叫号的号和取号时没有预计的号不计。"
)

_FIGURES = (
    Column("取号数（有预计）", 12),
    Column("中位误差（分钟）", 12, "minutes"),
    Column("90%误差（分钟）", 12, "minutes"),
    Column("±5分钟内", 10, "rate"),
    Column("落在显示范围内", 12, "rate"),
    Column("平均偏差（分钟）", 12, "minutes"),
)


def _figures(a: Accuracy) -> tuple[Cell, ...]:
    return (a.count, a.median_minutes, a.p90_minutes, a.within_share, a.in_range_share,
            a.bias_minutes)  # fmt: skip


def accuracy_tables(found: EstimateAccuracy) -> tuple[StatTable, ...]:
    """The period's lines under the hall's total, then each day × line."""
    lines = StatTable(
        name="预计等候准确度",
        title=f"预计等候准确度：{NOTE}",
        columns=(Column("业务", 16, "text"), *_FIGURES),
        rows=(
            (HALL, *_figures(found.total)),
            *((row.line.label, *_figures(row.figures)) for row in found.by_line),
        ),
    )
    days = StatTable(
        name="按日",
        title="预计等候准确度（按日、业务）",
        columns=(Column("日期", 12, "text"), Column("业务", 16, "text"), *_FIGURES),
        rows=tuple(
            (f"{row.day:%Y-%m-%d}", row.line.label, *_figures(row.figures)) for row in found.by_day
        ),
    )
    return lines, days


def accuracy_xlsx(found: EstimateAccuracy, path: Path) -> Path:
    """The tables on a sheet each; ``path``."""
    return tables_xlsx(accuracy_tables(found), path, found.hall_name, found.start, found.end)


def accuracy_csv(found: EstimateAccuracy, path: Path) -> Path:
    """The tables in one CSV file (UTF-8 with BOM), one after the other; ``path``."""
    return write_whole(Path(path), csv_text(accuracy_tables(found)).encode("utf-8"))

"""区县汇总: the district's table (each hall's headline figures and the district's total)
as the statistics exports write tables: XLSX (the total in bold) and CSV (UTF-8 with a
byte order mark). Plain, blocking work: call it through ``asyncio.to_thread``."""

from __future__ import annotations

from pathlib import Path

from hall_desktop.export_files import write_whole
from hall_desktop.services.district import DistrictStatistics, HallFigures
from hall_desktop.services.statistics_export import (
    Cell,
    Column,
    StatTable,
    csv_text,
    minutes,
    tables_xlsx,
)

__all__ = ["district_csv", "district_table", "district_xlsx"]

COLUMNS = (
    Column("大厅", 22, "text"),
    Column("取号", 8),
    Column("办结", 8),
    Column("过号", 8),
    Column("取消", 8),
    Column("等候中位数（分钟）", 12, "minutes"),
    Column("等候P90（分钟）", 12, "minutes"),
    Column("按时叫号率", 10, "rate"),
    Column("好评率", 9, "rate"),
    Column("主动评价率", 10, "rate"),
    Column("差评", 7),
    Column("延时服务", 9),
    Column("免费邮寄", 9),
    Column("按时办结率", 10, "rate"),
)


def district_row(row: HallFigures, name: str) -> tuple[Cell, ...]:
    """One row of the table: the figures of a hall (or the total), named ``name``."""
    return (
        name,
        row.volume.issued,
        row.volume.served,
        row.volume.no_show,
        row.volume.cancelled,
        minutes(row.waiting.median),
        minutes(row.waiting.p90),
        row.promise_rate,
        row.ratings.good_rate,
        row.ratings.rated_rate,
        row.ratings.bad,
        row.extended_services,
        row.courier_dispatches,
        row.on_time.rate,
    )


def district_table(stats: DistrictStatistics) -> StatTable:
    rows = [district_row(r, r.name) for r in stats.halls]
    rows.append(district_row(stats.total, "合计"))
    return StatTable("区县汇总", "各大厅主要指标", COLUMNS, tuple(rows))


def district_xlsx(stats: DistrictStatistics, path: Path) -> Path:
    """The table on one sheet, the district and the period above it; ``path``."""
    return tables_xlsx([district_table(stats)], path, stats.district.name, stats.start, stats.end)


def district_csv(stats: DistrictStatistics, path: Path) -> Path:
    return write_whole(Path(path), csv_text([district_table(stats)]).encode("utf-8"))

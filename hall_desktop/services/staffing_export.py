"""排班建议 as files: the plan's tables (``StatTable``, as the statistics' own) written
as XLSX or CSV the way the statistics' tables are."""

from __future__ import annotations

from pathlib import Path

from hall_desktop.export_files import write_whole
from hall_desktop.services.staffing import MAX_WINDOWS, StaffedFrom, StaffingPlan
from hall_desktop.services.statistics_export import Cell, Column, StatTable, csv_text, tables_xlsx

__all__ = ["staffing_csv", "staffing_tables", "staffing_xlsx"]

HALL = "全厅"


def _gap(needed: int | None, staffed: int) -> int | None:
    return None if needed is None else max(needed - staffed, 0)


def staffing_tables(plan: StaffingPlan) -> tuple[StatTable, ...]:
    """The half-hours (each line's and the hall's: arrivals, windows needed and staffed,
    the windows missing) and the lines' inputs (service time, priority share)."""
    if plan.staffed_from is StaffedFrom.CONFIGURED:
        staffed = "已配置窗口"
    elif plan.configured_from < len(plan.slot_starts):  # today: what is to come, configured
        staffed = f"在岗窗口（{plan.slot_starts[plan.configured_from]:%H:%M}起为已配置）"
    else:
        staffed = "实际在岗窗口"
    rows: list[tuple[Cell, ...]] = []
    for i, start in enumerate(plan.slot_starts):
        slot = f"{start:%H:%M}"
        for line in plan.lines:
            s = line.slots[i]
            rows.append((slot, line.label, s.arrivals, s.needed, s.staffed,
                         _gap(s.needed, s.staffed)))  # fmt: skip
        needed = plan.needed_total(i)
        total = plan.staffed_total(i)
        arrivals = sum(line.slots[i].arrivals for line in plan.lines)
        rows.append((slot, HALL, arrivals, needed, total, _gap(needed, total)))
    history = "、".join(f"{d:%m-%d}" for d in plan.history_days) or "无"
    slots = StatTable(
        name="排班建议",
        title=f"排班建议　{plan.day:%Y-%m-%d}　等候承诺：{plan.promise.label}　"
        f"历史：{history}（需要窗口为空：超过 {MAX_WINDOWS} 个）",
        columns=(
            Column("时段", 8, "text"),
            Column("业务类别", 16, "text"),
            Column("平均到达（人）", 12, "minutes"),
            Column("需要窗口", 10),
            Column(staffed, 12),
            Column("缺少窗口", 10),
        ),
        rows=tuple(rows),
    )
    inputs = StatTable(
        name="计算依据",
        title="各业务类别的计算依据（同星期的历史营业日）",
        columns=(
            Column("业务类别", 16, "text"),
            Column("平均占用窗口时长（分钟）", 14, "minutes"),
            Column("计时样本（笔）", 12),
            Column("优先号占比", 10, "rate"),
        ),
        rows=tuple(
            (
                line.label,
                round(line.mean_service_seconds / 60, 1),
                line.services_measured,
                line.priority_share,
            )
            for line in plan.lines
        ),
    )
    return slots, inputs


def staffing_xlsx(plan: StaffingPlan, path: Path) -> Path:
    """The plan's tables on a sheet each; ``path``."""
    return tables_xlsx(staffing_tables(plan), path, plan.hall_name, plan.day, plan.day)


def staffing_csv(plan: StaffingPlan, path: Path) -> Path:
    """The plan's tables in one CSV file (UTF-8 with BOM), one after the other; ``path``."""
    return write_whole(Path(path), csv_text(staffing_tables(plan)).encode("utf-8"))

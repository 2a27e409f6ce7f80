"""The statistics' files in one place, each from the service's figures
(:class:`~hall_desktop.services.statistics.HallStatistics`): XLSX, CSV, the printed
统计报表 (PDF), and 工作报告数据 as Word and PDF.

The screens and the command line call these (through ``asyncio.to_thread``: plain,
blocking work). The printed documents are laid out by ``printing.statistics_report``
from the tables and sentences the services arrange; this module joins the two layers.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from hall_desktop.export_files import write_whole
from hall_desktop.printing import statistics_report
from hall_desktop.services import work_report as report
from hall_desktop.services.statistics import HallStatistics
from hall_desktop.services.statistics_export import (
    statistics_csv,
    statistics_document,
    statistics_xlsx,
)

__all__ = [
    "statistics_csv",
    "statistics_pdf",
    "statistics_xlsx",
    "work_report_docx",
    "work_report_pdf",
]


def statistics_pdf(
    stats: HallStatistics,
    path: Path,
    *,
    hall_name: str,
    prepared_by: str,
    reviewed_by: str = "",
    on: date,
) -> Path:
    """统计报表 (A4): the hall's name and the period, the charts, every table, and
    制表人/审核人 with the date ``on`` (the hall's today: the caller's clock); ``path``."""
    document = statistics_document(stats)
    if hall_name != document.hall_name:
        document = replace(document, hall_name=hall_name)
    data = statistics_report.render_statistics(
        document, prepared_by=prepared_by, reviewed_by=reviewed_by, on=on
    )
    return write_whole(Path(path), data)


def work_report_docx(
    stats: HallStatistics,
    path: Path,
    *,
    hall_name: str,
    prepared_by: str = "",
    reviewed_by: str = "",
    on: date,
) -> Path:
    """工作报告数据 as an editable Word document; ``path``."""
    return report.work_report_docx(
        stats,
        path,
        hall_name=hall_name,
        prepared_by=prepared_by,
        reviewed_by=reviewed_by,
        prepared_on=on,
    )


def work_report_pdf(
    stats: HallStatistics,
    path: Path,
    *,
    hall_name: str,
    prepared_by: str = "",
    reviewed_by: str = "",
    on: date,
) -> Path:
    """工作报告数据 as a PDF (A4), the same sentences as the Word document; ``path``."""
    data = statistics_report.render_work_report(
        report.work_report(stats, hall_name=hall_name),
        prepared_by=prepared_by,
        reviewed_by=reviewed_by,
        on=on,
    )
    return write_whole(Path(path), data)

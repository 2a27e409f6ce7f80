"""The services a role's screens use, built once when the role starts (FeelUOwn's
``App``: the shared objects are made in one place and passed in)."""

from __future__ import annotations

from dataclasses import dataclass

from hall_desktop.config import Settings
from hall_desktop.services.applications import ApplicationService
from hall_desktop.services.appointments import AppointmentService
from hall_desktop.services.auth import AuthService
from hall_desktop.services.bootstrap import BootstrapService
from hall_desktop.services.bundle_admin import BundleAdminService
from hall_desktop.services.cases import CaseService
from hall_desktop.services.catalogue import CatalogueService
from hall_desktop.services.courier import CourierService
from hall_desktop.services.daily import DailyJobs
from hall_desktop.services.desk import ConsultationService
from hall_desktop.services.dispatch import DispatchService
from hall_desktop.services.district import DistrictService
from hall_desktop.services.extended import ExtendedHoursService
from hall_desktop.services.floor import FloorService
from hall_desktop.services.hall_settings import HallSettingsService
from hall_desktop.services.patrol import PatrolService
from hall_desktop.services.queue import QueueService, QueueSettings
from hall_desktop.services.rating import RatingService
from hall_desktop.services.statistics import StatisticsService
from hall_desktop.store.database import Database


@dataclass(frozen=True)
class Services:
    """Every use case a role calls, on one database handle."""

    db: Database
    queue: QueueService
    auth: AuthService
    catalogue: CatalogueService
    consultations: ConsultationService
    rating: RatingService
    extended: ExtendedHoursService
    hall_settings: HallSettingsService
    courier: CourierService
    bootstrap: BootstrapService
    bundles: BundleAdminService  # 一件事一次办
    appointments: AppointmentService
    cases: CaseService  # 台账
    applications: ApplicationService  # 限时办结
    statistics: StatisticsService  # 统计分析
    floor: FloorService  # 大厅监控
    patrol: PatrolService  # 清廉大厅 patrols
    dispatch: DispatchService  # 大厅监控的调度: 综窗协办, 提醒恢复服务, 大屏通知
    district: DistrictService  # 区县: the district's halls side by side
    daily: DailyJobs  # 每日作业: 清除过期个人信息, 归档, 每日备份

    @classmethod
    def build(
        cls,
        db: Database,
        settings: Settings | None = None,
        *,
        queue_settings: QueueSettings | None = None,
    ) -> Services:
        """The bundle on ``db``; the queue's settings from ``queue_settings``, else from
        this PC's ``settings`` (the hold delay), else the defaults."""
        if queue_settings is None and settings is not None:
            queue_settings = QueueSettings(hold_minutes=settings.hold_minutes)
        cases = CaseService(db)
        statistics = StatisticsService(db, cases)
        return cls(
            db=db,
            queue=QueueService(db, queue_settings),
            auth=AuthService(db),
            catalogue=CatalogueService(db),
            consultations=ConsultationService(db),
            rating=RatingService(db),
            extended=ExtendedHoursService(db),
            hall_settings=HallSettingsService(db),
            courier=CourierService(db),
            bootstrap=BootstrapService(db),
            bundles=BundleAdminService(db),
            appointments=AppointmentService(db, queue_settings),
            cases=cases,
            applications=ApplicationService(db),
            statistics=statistics,
            floor=FloorService(db),
            patrol=PatrolService(db),
            dispatch=DispatchService(db),
            district=DistrictService(db, statistics),
            daily=DailyJobs(db),
        )

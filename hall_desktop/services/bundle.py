"""The services a role's screens use, made in one place when the role starts (FeelUOwn's
``App``: the shared objects are made in one place and passed in).

Each service is made, and its module imported, the first time a screen asks for it: a
role imports only what it uses. The hall display, which must show its first frame at
once, never loads the statistics, the ledger or the district's services; a staff role
pays for a rarely used one on first use (a fraction of a second), not at every start.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from hall_desktop.services.staffing import StaffingService
    from hall_desktop.services.statistics import StatisticsService
    from hall_desktop.store.database import Database


class Services:
    """Every use case a role calls, on one database handle (one instance of each)."""

    def __init__(self, db: Database, queue_settings: QueueSettings | None = None) -> None:
        self.db = db
        self.queue_settings = queue_settings

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
            from hall_desktop.services.queue import QueueSettings

            queue_settings = QueueSettings(hold_minutes=settings.hold_minutes)
        return cls(db, queue_settings)

    @cached_property
    def queue(self) -> QueueService:
        from hall_desktop.services.queue import QueueService

        return QueueService(self.db, self.queue_settings)

    @cached_property
    def auth(self) -> AuthService:
        from hall_desktop.services.auth import AuthService

        return AuthService(self.db)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from hall_desktop.services.catalogue import CatalogueService

        return CatalogueService(self.db)

    @cached_property
    def consultations(self) -> ConsultationService:
        from hall_desktop.services.desk import ConsultationService

        return ConsultationService(self.db)

    @cached_property
    def rating(self) -> RatingService:
        from hall_desktop.services.rating import RatingService

        return RatingService(self.db)

    @cached_property
    def extended(self) -> ExtendedHoursService:
        from hall_desktop.services.extended import ExtendedHoursService

        return ExtendedHoursService(self.db)

    @cached_property
    def hall_settings(self) -> HallSettingsService:
        from hall_desktop.services.hall_settings import HallSettingsService

        return HallSettingsService(self.db)

    @cached_property
    def courier(self) -> CourierService:
        from hall_desktop.services.courier import CourierService

        return CourierService(self.db)

    @cached_property
    def bootstrap(self) -> BootstrapService:
        from hall_desktop.services.bootstrap import BootstrapService

        return BootstrapService(self.db)

    @cached_property
    def bundles(self) -> BundleAdminService:
        """一件事一次办."""
        from hall_desktop.services.bundle_admin import BundleAdminService

        return BundleAdminService(self.db)

    @cached_property
    def appointments(self) -> AppointmentService:
        from hall_desktop.services.appointments import AppointmentService

        return AppointmentService(self.db, self.queue_settings)

    @cached_property
    def cases(self) -> CaseService:
        """台账."""
        from hall_desktop.services.cases import CaseService

        return CaseService(self.db)

    @cached_property
    def applications(self) -> ApplicationService:
        """限时办结."""
        from hall_desktop.services.applications import ApplicationService

        return ApplicationService(self.db)

    @cached_property
    def statistics(self) -> StatisticsService:
        """统计分析."""
        from hall_desktop.services.statistics import StatisticsService

        return StatisticsService(self.db, self.cases)

    @cached_property
    def staffing(self) -> StaffingService:
        """排班建议."""
        from hall_desktop.services.staffing import StaffingService

        return StaffingService(self.db)

    @cached_property
    def floor(self) -> FloorService:
        """大厅监控."""
        from hall_desktop.services.floor import FloorService

        return FloorService(self.db)

    @cached_property
    def patrol(self) -> PatrolService:
        """清廉大厅 patrols."""
        from hall_desktop.services.patrol import PatrolService

        return PatrolService(self.db)

    @cached_property
    def dispatch(self) -> DispatchService:
        """大厅监控的调度: 综窗协办, 提醒恢复服务, 大屏通知."""
        from hall_desktop.services.dispatch import DispatchService

        return DispatchService(self.db)

    @cached_property
    def district(self) -> DistrictService:
        """区县: the district's halls side by side."""
        from hall_desktop.services.district import DistrictService

        return DistrictService(self.db, self.statistics)

    @cached_property
    def daily(self) -> DailyJobs:
        """每日作业: 清除过期个人信息, 归档, 每日备份."""
        from hall_desktop.services.daily import DailyJobs

        return DailyJobs(self.db)

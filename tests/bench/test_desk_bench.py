"""Smoke test of ``bench desk`` (no timing assertions: the machine is shared)."""

from __future__ import annotations

from hall_desktop.bench.desk import run_desk_bench


def test_desk_bench_reports_every_part():
    result = run_desk_bench(backend="sqlite", tickets=20)
    for key in ("issue_and_slip_ms", "issue_only_ms", "slip_pdf_only_ms"):
        assert set(result[key]) == {"p50", "p95", "mean"}
        assert result[key]["p50"] > 0
    assert result["print_through_qt_to_pdf_file_ms"]["p50"] > 0
    assert isinstance(result["meets_target"], bool)


def test_desk_bench_issues_as_the_desks_account_too(database_urls):
    """``--pg-roles``: a second run as the desk's database account, compared with the
    owner's; the bench's accounts are gone afterwards (they belong to the server)."""
    from sqlalchemy import create_engine, text

    from hall_desktop.store.database import sync_url
    from tests.conftest import require_backend

    server = require_backend(database_urls, "postgresql")
    result = run_desk_bench(
        backend="postgresql",
        tickets=5,
        pg_url=server.render_as_string(hide_password=False),
        pg_roles=True,
    )
    account = result["desk_account"]
    assert account["issue_only_ms"]["p50"] > 0 and account["issue_p50_vs_owner"] > 0
    engine = create_engine(sync_url(server))
    with engine.connect() as conn:
        left = conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'hall_bench_%'"))
    engine.dispose()
    assert left == 0

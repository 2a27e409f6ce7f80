"""A private PgBouncer in transaction mode, for the district bench and the tests.

Started on a free port with a temporary configuration in front of one PostgreSQL
server, every database name passed through (``*``), the clients trusted as the server
trusts them; stopped (and its files removed) when the ``with`` block ends. The URL it
gives is the program's address through a pooler: ``…:PORT/db?direct=server:port``
(:data:`hall_desktop.store.database.DIRECT_PARAM`).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import make_url

from hall_desktop.store.database import DIRECT_PARAM

#: Server connections PgBouncer keeps per database and user (the pools' shared pool).
POOL_SIZE = 20
MAX_CLIENTS = 10_000
START_TIMEOUT_S = 10.0


def pgbouncer_binary() -> str | None:
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.path.exists(p)), None
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def config_text(server_host: str, server_port: int, port: int, folder: Path, pool_size: int) -> str:
    """The configuration: transaction pooling of every database on the server."""
    return "\n".join(
        [
            "[databases]",
            f"* = host={server_host} port={server_port}",
            "[pgbouncer]",
            "listen_addr = 127.0.0.1",
            f"listen_port = {port}",
            "unix_socket_dir =",
            "auth_type = trust",
            f"auth_file = {folder / 'users.txt'}",
            "pool_mode = transaction",
            f"default_pool_size = {pool_size}",
            f"max_client_conn = {MAX_CLIENTS}",
            "max_db_connections = 0",
            f"logfile = {folder / 'pgbouncer.log'}",
            "",
        ]
    )


@contextlib.contextmanager
def private_pgbouncer(database_url: str, *, pool_size: int = POOL_SIZE) -> Iterator[str]:
    """A PgBouncer in front of ``database_url``'s server; yields the database's URL
    through it (with ``?direct=`` naming the server for LISTEN and the tools)."""
    binary = pgbouncer_binary()
    if binary is None:
        raise RuntimeError("pgbouncer 未安装（Debian/Ubuntu：apt-get install pgbouncer）")
    server = make_url(database_url)
    host, server_port = server.host or "127.0.0.1", server.port or 5432
    folder = Path(tempfile.mkdtemp(prefix="hall-pgbouncer-"))
    port = _free_port()
    user = server.username or "postgres"
    (folder / "users.txt").write_text(f'"{user}" ""\n')
    (folder / "pgbouncer.ini").write_text(config_text(host, server_port, port, folder, pool_size))
    command = [binary, str(folder / "pgbouncer.ini")]
    if os.geteuid() == 0:  # PgBouncer refuses to run as root
        owner = "postgres"
        pwd.getpwnam(owner)  # KeyError: no such user to run it as
        shutil.chown(folder, owner)
        for child in folder.iterdir():
            shutil.chown(child, owner)
        command = ["runuser", "-u", owner, "--", *command]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                log = (
                    (folder / "pgbouncer.log").read_text()
                    if (folder / "pgbouncer.log").exists()
                    else ""
                )
                raise RuntimeError(f"pgbouncer did not start: {log[-500:]}")
            time.sleep(0.05)
        through = server.set(host="127.0.0.1", port=port).update_query_dict(
            {DIRECT_PARAM: f"{host}:{server_port}"}
        )
        yield through.render_as_string(hide_password=False)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(folder, ignore_errors=True)

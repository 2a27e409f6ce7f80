"""The database accounts' names and password verifiers (store.pg_roles)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import uuid

from hall_desktop.store import pg_roles


def test_role_names_fit_postgresql_and_differ_per_database():
    long_code = "x" * 32
    a = pg_roles.login_role_name("hall_" + uuid.uuid4().hex, long_code, "terminal", 12)
    b = pg_roles.login_role_name("hall_" + uuid.uuid4().hex, long_code, "terminal", 12)
    assert len(a) <= 63 and len(b) <= 63 and a != b and a.endswith("terminal_12")
    assert pg_roles.login_role_name("Hall-DB", "ZX", "desk") == "hall_db_zx_desk"


def test_a_scram_verifier_proves_the_password_it_was_made_of():
    verifier = pg_roles.scram_verifier("secret")
    head, keys = verifier.split("$")[1:], None
    iterations, salt = head[0].split(":")
    stored, server = head[1].split(":")
    assert verifier.startswith("SCRAM-SHA-256$4096:") and "secret" not in verifier
    for password, matches in (("secret", True), ("Secret", False)):
        salted = hashlib.pbkdf2_hmac(
            "sha256", password.encode(), base64.b64decode(salt), int(iterations)
        )
        client_key = hmac.new(salted, b"Client Key", "sha256").digest()
        keys = (
            base64.b64encode(hashlib.sha256(client_key).digest()).decode(),
            base64.b64encode(hmac.new(salted, b"Server Key", "sha256").digest()).decode(),
        )
        assert (keys == (stored, server)) is matches
    assert pg_roles.scram_verifier("secret") != verifier  # a new salt each time

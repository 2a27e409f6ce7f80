"""Every visible string has its Simplified Chinese translation, and the .qm is current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "hall_desktop_zh_CN.ts"
QM = TS.with_suffix(".qm")
TS_EN = ROOT / "resources" / "translations" / "hall_desktop_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} not found (it ships with PySide6)")
    return path


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_has_a_finished_chinese_translation():
    missing = []
    for context, source, message in _messages(TS):
        translation = message.find("translation")
        assert translation is not None
        unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
        if unfinished or not (translation.text or "").strip():
            missing.append(f"{context}: {source}")
    assert not missing, "untranslated: " + "; ".join(missing)


def test_placeholders_survive_translation():
    for context, source, message in _messages(TS):
        translated = message.findtext("translation") or ""
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), (
            f"{context}: {source!r} → {translated!r}"
        )


def test_the_ts_file_knows_every_string_in_the_code(tmp_path):
    """lupdate over the sources finds nothing the committed .ts lacks."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "hall_desktop").rglob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    new = [
        f"{context}: {source}"
        for context, source, message in _messages(copy)
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not new, "strings without a Chinese translation: " + "; ".join(new)


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["zh_CN", "en"])
def test_the_compiled_qm_matches_the_ts(tmp_path, ts):
    compiled = tmp_path / ts.with_suffix(".qm").name
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts), "-qm", str(compiled)], check=True, capture_output=True
    )
    qm = ts.with_suffix(".qm")
    assert compiled.read_bytes() == qm.read_bytes(), "run pyside6-lrelease (see README)"


def test_the_english_catalogue_has_every_chinese_message():
    """Both languages know the same messages; English says what the source says."""
    chinese = {(c, s) for c, s, _m in _messages(TS)}
    english = {(c, s): m.findtext("translation") for c, s, m in _messages(TS_EN)}
    assert chinese == set(english)
    assert all(text for text in english.values())


def test_a_visible_label_is_chinese_by_default_and_english_on_request(qapp):
    """Through the real translators: the admin window's tab and log-in texts."""
    from PySide6.QtCore import QCoreApplication

    from hall_desktop.ui.i18n import install_translators

    for language, expected in (("zh_CN", "大厅设置"), ("en", "Hall settings")):
        installed = install_translators(qapp, language)
        try:
            assert QCoreApplication.translate("AdminController", "Hall settings") == expected
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)

"""Refresh the translation catalogues after visible text changed in the code.

    python resources/translations/refresh.py

runs pyside6-lupdate over hall_desktop/ for Simplified Chinese and English, gives
every English message its source text (the source strings are English), and compiles
both .qm files with pyside6-lrelease. New Chinese messages are left "unfinished":
translate them in pyside6-linguist (or by hand), then run this again. A test fails
while any Chinese message is unfinished or a .qm is stale.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or name)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "hall_desktop").rglob("*.py"))
    for language in ("zh_CN", "en"):
        ts = HERE / f"hall_desktop_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
        )
        if language == "en":
            tree = ET.parse(ts)
            for message in tree.getroot().iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    translation.text = message.findtext("source")
                    translation.attrib.pop("type")
            tree.write(ts, encoding="utf-8", xml_declaration=True)
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fill Chinese translations into hall_desktop_zh_CN.ts from a small JSON file.

    python resources/translations/fill.py new.json

``new.json`` maps "Context|source text" to the Chinese text. Each matching message
gets its translation and loses ``type="unfinished"``; unknown keys are reported. Run
``refresh.py`` before (to pick up new strings) and after (to compile the .qm files).
For hand edits without pyside6-linguist.

    python resources/translations/fill.py --carry old_zh_CN.ts

After code moved to another class (a new translation context), gives each unfinished
message the translation the same source text had in ``old_zh_CN.ts`` (a copy of the
catalogue taken before ``refresh.py``), when that text had one translation only.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "hall_desktop_zh_CN.ts"


def carried(old: Path) -> dict[str, str]:
    """``Context|source`` of every unfinished message → the one translation its source
    text had in ``old``."""
    known: dict[str, set[str]] = {}
    for message in ET.parse(old).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") is None and translation.text:
            known.setdefault(message.findtext("source") or "", set()).add(translation.text)
    wanted: dict[str, str] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            texts = known.get(source, set())
            if translation is not None and translation.get("type") and len(texts) == 1:
                wanted[f"{name}|{source}"] = next(iter(texts))
    return wanted


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[1] == "--carry":
        wanted = carried(Path(argv[2]))
        print(f"carried {len(wanted)} translations", file=sys.stderr)
    else:
        wanted = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    done: set[str] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source') or ''}"
            if key not in wanted:
                continue
            translation = message.find("translation")
            assert translation is not None
            translation.text = wanted[key]
            translation.attrib.pop("type", None)
            done.add(key)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    missing = sorted(set(wanted) - done)
    for key in missing:
        print(f"not in the catalogue: {key}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

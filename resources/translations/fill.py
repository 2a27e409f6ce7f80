"""Fill Chinese translations into hall_desktop_zh_CN.ts from a small JSON file.

    python resources/translations/fill.py new.json

``new.json`` maps "Context|source text" to the Chinese text. Each matching message
gets its translation and loses ``type="unfinished"``; unknown keys are reported. Run
``refresh.py`` before (to pick up new strings) and after (to compile the .qm files).
For hand edits without pyside6-linguist.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parent / "hall_desktop_zh_CN.ts"


def main(argv: list[str]) -> int:
    wanted: dict[str, str] = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
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

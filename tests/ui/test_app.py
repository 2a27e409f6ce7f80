"""The application object every role shares: its icon."""

from __future__ import annotations

from PySide6.QtCore import QSize

from hall_desktop.ui.app import ICON_SIZES, app_icon


def test_the_icon_has_every_size_from_16_to_512(qapp):
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert sizes == {(n, n) for n in ICON_SIZES}
    # A 16 px taskbar icon is drawn from the 16 px file, not scaled down from 512.
    assert icon.actualSize(QSize(16, 16)) == QSize(16, 16)
    image = icon.pixmap(QSize(64, 64)).toImage()
    navy = image.pixelColor(6, 32)
    assert (navy.red(), navy.green(), navy.blue()) == (0x0F, 0x2D, 0x57)

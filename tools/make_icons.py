"""Render the app icon from resources/icons/peerdesk.svg into every format the builds need.

    python tools/make_icons.py           # write the files
    python tools/make_icons.py --check   # exit 1 if a committed file differs from a fresh render

Writes, beside the SVG:

- peerdesk-<N>.png for N in 16 … 512 (window icon, Linux desktop icon),
- peerdesk.ico (Windows: PNG-compressed entries 16 … 256, as Windows Vista and later read them),
- peerdesk.icns (macOS: PNG entries 16 … 1024, including the @2x retina slots).

Qt draws the SVG (QSvgRenderer); the ICO and ICNS containers are written here
byte by byte, because Qt's image writers store only one picture per file and an
app icon needs every size. Runs on any OS with PySide6; needs no display.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "peerdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size (256 is stored as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose elements are PNG images (readable since OS X 10.7)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def rendered_files() -> dict[Path, bytes]:
    """Every generated file and its bytes, rendered afresh from the SVG."""
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise RuntimeError(f"{SVG} is not a valid SVG")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(renderer, size) for size in sizes}
    files = {ICONS / f"peerdesk-{size}.png": pngs[size] for size in PNG_SIZES}
    files[ICONS / "peerdesk.ico"] = ico_bytes({size: pngs[size] for size in ICO_SIZES})
    files[ICONS / "peerdesk.icns"] = icns_bytes(pngs)
    return files


def verify(files: dict[Path, bytes]) -> list[str]:
    """Read every file back with Qt's own image readers; returns the problems found."""
    from PySide6.QtGui import QImageReader

    problems = []
    for path, data in files.items():
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer, path.suffix.lstrip(".").encode())
        count = reader.imageCount() if path.suffix in (".ico", ".icns") else 1
        if reader.read().isNull():
            problems.append(f"{path.name}: Qt cannot read it ({reader.errorString()})")
        elif path.suffix == ".ico" and count != len(ICO_SIZES):
            problems.append(f"{path.name}: {count} images, expected {len(ICO_SIZES)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = rendered_files()
    problems = verify(files)
    if args.check:
        problems += [
            f"{path.name}: differs from a fresh render"
            for path, data in files.items()
            if not path.exists() or path.read_bytes() != data
        ]
    else:
        for path, data in files.items():
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ICONS.parents[1])} ({len(data):,} bytes)")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""Logging to the data folder, without personal content.

Log lines are written by our own code, which logs events and counts, never
note text. As a second line of defence, exception text is cut to its first
line and SQL parameters are hidden by the engine (`hide_parameters=True`).
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from peerdesk.paths import DataDir, make_private_dir, make_private_file

LOG_NAME = "peerdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _ShortExceptions(logging.Formatter):
    """Keep the traceback's frames (code locations) but cut exception messages
    to one line, so that a message quoting data cannot spill it into the log."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's API
        exc_type, exc, tb = ei
        import traceback

        frames = "".join(traceback.format_tb(tb))
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        return f"Traceback (most recent call last):\n{frames}{exc_type.__name__}: {first}"


def setup_logging(data: DataDir, *, level: int = logging.INFO) -> Path:
    """Send the `peerdesk` logger to a rotating file under the data folder."""
    make_private_dir(data.logs)
    path = data.logs / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=512_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(_ShortExceptions(_FORMAT))
    logger = logging.getLogger("peerdesk")
    for old in [h for h in logger.handlers if isinstance(h, logging.FileHandler)]:
        logger.removeHandler(old)
        old.close()
    logger.addHandler(handler)
    logger.setLevel(level)
    make_private_file(path)
    return path

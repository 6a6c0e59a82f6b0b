"""Unexpected errors: a plain dialog, and a log line without any note text.

The log gets the exception's type and where it happened (file, line, function)
— never its message, which could quote whatever text was being handled.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from peerdesk.paths import DataDir

log = logging.getLogger("peerdesk.crash")


def describe_for_log(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)[-8:]
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno} {f.name}" for f in reversed(frames)
    )
    return f"{exc_type.__module__}.{exc_type.__qualname__} at {where or 'unknown'}"


def handle(exc_type, exc, tb) -> None:
    """sys.excepthook: log safely, then tell the user in plain words."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error: %s", describe_for_log(exc_type, tb))
    from peerdesk.ui import dialogs

    dialogs.error_dialog(None, exc)


def install(data: DataDir) -> None:
    sys.excepthook = handle

"""Process-wide protections applied before a vault is opened.

A core dump would hold decrypted pages and the derived key, so dumps are
switched off; files and folders are created private to the user.
"""

from __future__ import annotations

import contextlib
import os
import sys


def harden_process() -> None:
    """Disable core dumps and make new files private. Safe to call twice."""
    os.umask(0o077)
    if os.name != "posix":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _linux_not_dumpable()


def _linux_not_dumpable() -> None:
    # PR_SET_DUMPABLE = 4: no core dump even if a limit is raised later, and
    # other processes of the same user cannot ptrace-attach to read memory.
    # prctl is looked up among the symbols the interpreter already has (libc
    # is linked into it), which spares ctypes.util's search for the library.
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(4, 0, 0, 0, 0)


def core_dumps_disabled() -> bool:
    """True when this process cannot write a core dump (for tests and `check`)."""
    if os.name != "posix":
        return True
    import resource

    soft, _hard = resource.getrlimit(resource.RLIMIT_CORE)
    return soft == 0

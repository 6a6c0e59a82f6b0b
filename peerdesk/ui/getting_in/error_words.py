"""Turn the vault's typed errors into calm, translated sentences.

The vault raises errors with codes and facts only; this is the one place
where they become words for the person at the screen. Every sentence is a
whole `QCoreApplication.translate("Errors", ...)` call with a literal source
string, so that lupdate finds it and a translator sees it in one piece.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from peerdesk.vault import passphrase as rules
from peerdesk.vault.errors import (
    StorageError,
    VaultClosed,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Errors", text, None, n)


def describe(error: BaseException) -> str:
    """One or more whole sentences saying what happened and what to do next."""
    match error:
        case WrongPassphrase():
            return _tr("That passphrase does not open the vault. Check Caps Lock and try again.")
        case VaultInUse():
            return _tr("PeerDesk is already open with this vault in another window.")
        case VaultDamaged():
            return _tr(
                "The vault file is damaged. Restore a backup (File ▸ Restore) or contact "
                "your IT support. Nothing was changed."
            )
        case VaultTooNew():
            return _tr("This vault was saved by a newer PeerDesk. Update PeerDesk to open it.")
        case WeakPassphrase():
            # Each reason is a whole sentence of its own; they are listed, not spliced.
            return "\n".join(describe_problem(code) for code in error.problems)
        case StorageError():
            return _tr(
                "Could not save: the disk may be full. Nothing was lost; free some space "
                "and try again."
            )
        case VaultNotFound():
            return _tr("There is no vault in this folder.")
        case VaultExists():
            return _tr(
                "A vault already exists in this folder; it was not changed. Restart PeerDesk "
                "to unlock it."
            )
        case VaultClosed():
            return _tr("The vault is locked. Unlock it and try again.")
        case PermissionError():
            return _tr(
                "PeerDesk may not read or write its data folder. Check the folder's "
                "permissions, or contact your IT support."
            )
        case OSError():
            return _tr(
                "PeerDesk could not read or write its data folder. Check that the disk is "
                "connected and has free space, then try again."
            )
    return _tr(
        "Something unexpected went wrong. Try again; if it keeps happening, contact your "
        "IT support."
    )


def describe_problem(code: str) -> str:
    """Why a passphrase is refused, for one problem code from `peerdesk.vault.passphrase`."""
    match code:
        case rules.EMPTY:
            return _tr("Enter a passphrase.")
        case rules.TOO_SHORT:
            return _tr(
                "Use at least %n characters; a few ordinary words work well.", rules.MIN_LENGTH
            )
        case rules.TOO_LONG:
            return _tr("Use at most %n characters.", rules.MAX_LENGTH)
        case rules.TOO_FEW_KINDS:
            return _tr("Use several words, or mix letters with digits or symbols.")
        case rules.REPETITIVE:
            return _tr("Avoid repeating the same character or a simple sequence.")
        case rules.COMMON:
            return _tr("This is a commonly used password; choose something personal to you.")
        case rules.NUL:
            return _tr("The passphrase contains an invisible control character; type it again.")
    return _tr("This passphrase cannot be used; choose another one.")

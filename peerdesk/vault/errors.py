"""Typed errors raised by the vault.

They carry a stable `code` and plain facts, never user text or a passphrase,
so that a log line or a crash report made from one leaks nothing. The UI turns
them into translated words; the English message here is for the CLI and logs.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""

    code = "vault_error"

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.default_message())

    @classmethod
    def default_message(cls) -> str:
        return (cls.__doc__ or cls.__name__).strip().splitlines()[0]


class VaultNotFound(VaultError):
    """There is no vault here yet."""

    code = "not_found"


class VaultExists(VaultError):
    """A vault already exists here; it was not touched."""

    code = "exists"


class WrongPassphrase(VaultError):
    """The passphrase does not open this vault (or its first page is damaged)."""

    code = "wrong_passphrase"


class VaultInUse(VaultError):
    """The vault is open in another PeerDesk window."""

    code = "in_use"


class VaultDamaged(VaultError):
    """The vault file is damaged; nothing was read from the damaged part."""

    code = "damaged"


class VaultTooNew(VaultError):
    """The vault was written by a newer PeerDesk; update PeerDesk to open it."""

    code = "too_new"

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"The vault has schema {found}, this PeerDesk knows up to {supported}. "
            "Update PeerDesk to open it; the vault was not changed."
        )


class WeakPassphrase(VaultError):
    """The passphrase is too weak."""

    code = "weak_passphrase"

    def __init__(self, problems: list[str]) -> None:
        from peerdesk.vault.passphrase import describe_problem

        self.problems = problems
        super().__init__("; ".join(describe_problem(p) for p in problems))


class StorageError(VaultError):
    """The vault could not be written (is the disk full?). Nothing was saved from this change."""

    code = "storage"


class VaultClosed(VaultError):
    """The vault is locked or closed."""

    code = "closed"

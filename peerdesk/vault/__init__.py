"""The encrypted vault: SQLCipher engine, models, migrations, snapshots, search index.

No Qt here: the vault is used alike by the CLI, the GUI and the tests.
"""

from peerdesk.vault.errors import (
    StorageError,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    VaultTooNew,
    WeakPassphrase,
    WrongPassphrase,
)


def __getattr__(name: str):
    # `Vault` pulls in SQLAlchemy and SQLCipher (a good part of a second); the
    # desktop app shows its unlock window first and imports them afterwards.
    if name in ("Vault", "ConstraintError"):
        from peerdesk.vault import vault

        return getattr(vault, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ConstraintError",
    "StorageError",
    "Vault",
    "VaultClosed",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultInUse",
    "VaultNotFound",
    "VaultTooNew",
    "WeakPassphrase",
    "WrongPassphrase",
]

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
from peerdesk.vault.vault import ConstraintError, Vault

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

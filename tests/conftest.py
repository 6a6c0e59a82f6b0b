"""Fixtures shared by every test: real SQLCipher vaults in tmp_path, isolated settings.

A template vault is created once per test session and copied for each test, so
a test pays for one key derivation (opening), not for creating the schema.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from peerdesk.paths import DataDir  # noqa: E402
from peerdesk.vault import Vault  # noqa: E402

PASSPHRASE = "kaffe på torvet 🙂 'tirsdag' \\ æøå"


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = DataDir.resolve(tmp_path_factory.mktemp("template"))
    Vault.create(data, PASSPHRASE).close()
    return data.vault


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir.resolve(tmp_path / "data")


@pytest.fixture
def vault(data_dir: DataDir, template_vault: Path) -> Iterator[Vault]:
    data_dir.ensure()
    shutil.copy2(template_vault, data_dir.vault)
    v = Vault.open(data_dir, PASSPHRASE)
    yield v
    v.close()

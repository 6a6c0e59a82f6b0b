"""Decrypt a SQLCipher 4 file page by page, independently of SQLCipher.

Used to prove what is and is not in a vault's bytes after decryption — e.g.
that an erased person's text survives in no page, free or used, nor in the WAL.
The format (SQLCipher 4 defaults): a 16-byte salt at the start of the file,
PBKDF2-HMAC-SHA512 with 256,000 iterations to a 32-byte key, 4096-byte pages
each ending in a reserve of IV (16 bytes) + HMAC-SHA512 (64 bytes), AES-256-CBC.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
SALT = 16
IV = 16
HMAC = 64
RESERVE = IV + HMAC
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def derive_key(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, 256_000, 32)


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    start = SALT if first else 0
    iv = page[PAGE - RESERVE : PAGE - RESERVE + IV]
    body = page[start : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypt_pages(path: Path, passphrase: str) -> list[bytes]:
    """Every page of a vault file, decrypted (page 1 without its salt)."""
    raw = path.read_bytes()
    key = derive_key(passphrase, raw[:SALT])
    return [_decrypt_page(key, raw[i : i + PAGE], first=(i == 0)) for i in range(0, len(raw), PAGE)]


def decrypt_wal_frames(wal: Path, vault: Path, passphrase: str) -> list[bytes]:
    """Every page image in a WAL file, decrypted with the vault's key."""
    if not wal.exists():
        return []
    raw = wal.read_bytes()
    key = derive_key(passphrase, vault.read_bytes()[:SALT])
    frames = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE <= len(raw):
        page_no = int.from_bytes(raw[offset : offset + 4], "big")
        page = raw[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE]
        frames.append(_decrypt_page(key, page, first=(page_no == 1)))
        offset += WAL_FRAME_HEADER + PAGE
    return frames


def plaintext_of(vault: Path, passphrase: str) -> bytes:
    """All decrypted bytes of a vault and its WAL, concatenated."""
    wal = Path(str(vault) + "-wal")
    return b"".join(decrypt_pages(vault, passphrase) + decrypt_wal_frames(wal, vault, passphrase))


def looks_like_sqlite_page1(page: bytes) -> bool:
    """Page 1 decrypted: bytes 16–23 of the SQLite header (page size etc.) follow the salt.

    After the salt the header continues at file offset 16: a big-endian page
    size of 4096, write/read versions 1 or 2, and the reserve size of 80.
    """
    return page[0:2] == (PAGE).to_bytes(2, "big") and page[4] == RESERVE

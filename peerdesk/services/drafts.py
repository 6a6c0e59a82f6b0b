"""Autosaved drafts, settings and recent lists, kept inside the encrypted vault.

Anything that could name a person (a half-written note, a recent search, the
last opened person) belongs here rather than in the plain settings file. Values
are JSON: a dict for a draft, any JSON value for a setting.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from peerdesk.services import validation as V
from peerdesk.services.errors import ValidationError
from peerdesk.vault import Vault
from peerdesk.vault.models import Draft, VaultSetting
from peerdesk.vault.models.base import LONG, utcnow

log = logging.getLogger(__name__)

AREA_MAX, KEY_MAX, SETTING_KEY_MAX = 60, 120, 80  # the columns' lengths
RECENT_MAX = 100


class DraftInfo(NamedTuple):
    """One saved draft, without its payload (`saved_at` is UTC)."""

    area: str
    key: str
    saved_at: datetime


# ------------------------------------------------------------------- drafts


def save_draft(vault: Vault, *, area: str, key: str, payload: dict) -> DraftInfo:
    """Store `payload` as the draft of form (`area`, `key`), replacing any earlier one.

    The payload must be a dict that JSON can hold; it is not validated further,
    since a draft is by nature unfinished.
    """
    area = V.line(area, "area", required=True, max_length=AREA_MAX)
    key = V.line(key, "key", required=True, max_length=KEY_MAX)
    if not isinstance(payload, dict):
        raise ValidationError("payload", ValidationError.BAD_CHOICE, expected="dict")
    encoded = _to_json(payload, "payload")
    with vault.session() as s:
        draft = s.get(Draft, (area, key))
        if draft is None:
            draft = Draft(area=area, key=key)
            s.add(draft)
        draft.payload = encoded
        # Set explicitly: an unchanged payload would not fire `onupdate`.
        draft.saved_at = utcnow()
        return DraftInfo(area, key, draft.saved_at)


def load_draft(vault: Vault, *, area: str, key: str) -> dict | None:
    """The saved payload of form (`area`, `key`), or None if there is none."""
    with vault.session() as s:
        draft = s.get(Draft, (area, key))
        if draft is None:
            return None
        try:
            payload = json.loads(draft.payload)
        except ValueError:
            # Never written by save_draft; keep the row (it is not ours to drop).
            log.warning("unreadable draft in area %r", area)
            return None
        return payload if isinstance(payload, dict) else None


def discard_draft(vault: Vault, *, area: str, key: str) -> bool:
    """Delete the draft of form (`area`, `key`); True if there was one."""
    with vault.session() as s:
        draft = s.get(Draft, (area, key))
        if draft is None:
            return False
        s.delete(draft)
        return True


def list_drafts(vault: Vault, *, area: str | None = None) -> list[DraftInfo]:
    """Every saved draft (of one area, if given), the most recently saved first."""
    query = select(Draft.area, Draft.key, Draft.saved_at).order_by(
        Draft.saved_at.desc(), Draft.area, Draft.key
    )
    if area is not None:
        query = query.where(Draft.area == area)
    with vault.session() as s:
        return [DraftInfo(*row) for row in s.execute(query)]


# ----------------------------------------------------------------- settings


def get_setting(vault: Vault, key: str, default: object = None) -> object:
    """The JSON value stored under `key`, or `default` if it was never set."""
    with vault.session() as s:
        return read_setting(s, key, default)


def set_setting(vault: Vault, key: str, value: object) -> None:
    """Store a JSON value (a number, text, list or dict) under `key`."""
    with vault.session() as s:
        write_setting(s, key, value)


def remember_recent(vault: Vault, key: str, value: object, *, limit: int = 10) -> list:
    """Put `value` first in the recent list stored under `key`, and return the list.

    An equal earlier entry is moved rather than repeated; the list keeps at most
    `limit` entries. Text is kept on one line (runs of whitespace become one
    space); a blank text value is not remembered.
    """
    limit = V.count(limit, "limit", maximum=RECENT_MAX)
    if limit < 1:
        raise ValidationError("limit", ValidationError.OUT_OF_RANGE, minimum=1)
    if isinstance(value, str):
        value = V.line(" ".join(value.split()), "value")
    _to_json(value, "value")
    with vault.session() as s:
        current = read_setting(s, key, [])
        recent = list(current) if isinstance(current, list) else []
        if value == "" or value is None:
            return recent
        recent = [value, *(item for item in recent if item != value)][:limit]
        write_setting(s, key, recent)
        return recent


def read_setting(session: Session, key: str, default: object = None) -> object:
    """get_setting inside a caller's own transaction (for other services)."""
    row = session.get(VaultSetting, key)
    return default if row is None else row.value


def write_setting(session: Session, key: str, value: object) -> None:
    """set_setting inside a caller's own transaction (for other services)."""
    key = V.line(key, "key", required=True, max_length=SETTING_KEY_MAX)
    _to_json(value, "value")
    row = session.get(VaultSetting, key)
    if row is None:
        session.add(VaultSetting(key=key, value=value))
    else:
        row.value = value


def _to_json(value: object, field: str) -> str:
    try:
        encoded = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise ValidationError(field, ValidationError.BAD_CHOICE, expected="JSON") from None
    if len(encoded) > LONG:
        raise ValidationError(field, ValidationError.TOO_LONG, limit=LONG)
    return encoded

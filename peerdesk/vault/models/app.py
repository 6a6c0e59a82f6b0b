"""App state that may hold personal data, and so lives inside the vault.

Plain settings (window geometry, language) go to the settings file; anything
that could name a person (recent searches, last opened person, drafts) goes here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.vault.models.base import Base, utcnow


class VaultSetting(Base):
    __tablename__ = "vault_setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Draft(Base):
    """An unsaved form, autosaved (encrypted, like everything here).

    `area` and `key` name the form ("care_conversation", "person:12"); `payload`
    is the form's fields as JSON.
    """

    __tablename__ = "draft"

    area: Mapped[str] = mapped_column(String(60), primary_key=True)
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

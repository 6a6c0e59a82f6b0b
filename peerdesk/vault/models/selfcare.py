"""The worker's own area: check-ins, boundaries, hours, supervision, wellbeing plan.

Nothing here appears in a report or export made for others unless the worker
explicitly includes it.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from peerdesk.vault.models.base import SHORT, Base, Stamped, enum_column

SCALE_MIN, SCALE_MAX = 1, 5


def _scale(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR {column} BETWEEN {SCALE_MIN} AND {SCALE_MAX}", name=f"{column}_scale"
    )


class MeetingKind(enum.StrEnum):
    SUPERVISION = "supervision"
    NETWORK_GROUP = "network_group"


class CheckIn(Stamped, Base):
    """A 20-second check-in; each scale runs 1 (low) to 5 (high)."""

    __tablename__ = "check_in"
    __table_args__ = tuple(
        _scale(c) for c in ("energy", "stress", "mood", "boundaries_kept", "sleep")
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    energy: Mapped[int | None] = mapped_column(Integer)
    stress: Mapped[int | None] = mapped_column(Integer)
    mood: Mapped[int | None] = mapped_column(Integer)
    boundaries_kept: Mapped[int | None] = mapped_column(Integer)
    sleep: Mapped[int | None] = mapped_column(Integer)
    drains: Mapped[str] = mapped_column(Text, default="")
    helps: Mapped[str] = mapped_column(Text, default="")
    wants_supervision: Mapped[bool] = mapped_column(Boolean, default=False)


class BoundarySituation(Stamped, Base):
    __tablename__ = "boundary_situation"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    what_happened: Mapped[str] = mapped_column(Text)
    boundary: Mapped[str] = mapped_column(String(SHORT), default="")
    how_handled: Mapped[str] = mapped_column(Text, default="")
    learned: Mapped[str] = mapped_column(Text, default="")


class WorkContract(Stamped, Base):
    """Weekly contract hours from a date on (12–37 h; flex job or not)."""

    __tablename__ = "work_contract"
    __table_args__ = (
        CheckConstraint("weekly_hours > 0 AND weekly_hours <= 60", name="hours_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date, unique=True)
    weekly_hours: Mapped[float] = mapped_column(Float)
    flex_job: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkEntry(Stamped, Base):
    """Hours entered by hand (admin, meetings, travel) beside logged activities."""

    __tablename__ = "work_entry"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    activity: Mapped[str] = mapped_column(String(SHORT), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class SupervisionMeeting(Stamped, Base):
    """Supervision or the 6-weekly peer network group."""

    __tablename__ = "supervision_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind))
    scheduled_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    to_bring: Mapped[str] = mapped_column(Text, default="")
    notes_after: Mapped[str] = mapped_column(Text, default="")
    held: Mapped[bool] = mapped_column(Boolean, default=False)


class WellbeingPlanSection(Stamped, Base):
    """A section of the worker's own wellbeing plan, in their own words."""

    __tablename__ = "wellbeing_plan_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class DayClosing(Stamped, Base):
    """The end-of-day moment: what I leave at work."""

    __tablename__ = "day_closing"

    id: Mapped[int] = mapped_column(primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    left_at_work: Mapped[str] = mapped_column(Text, default="")

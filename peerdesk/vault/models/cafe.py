"""Recovery cafés: venues, session logs (head counts, never guest names) and shifts."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peerdesk.vault.models.base import SHORT, Base, Stamped, TagList
from peerdesk.vault.models.volunteers import TrainingModule, Volunteer


class Cafe(Stamped, Base):
    __tablename__ = "cafe"
    __table_args__ = (CheckConstraint("hosts_needed >= 0", name="hosts_needed_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    address_note: Mapped[str] = mapped_column(Text, default="")
    usual_days: Mapped[str] = mapped_column(String(SHORT), default="")
    usual_hours: Mapped[str] = mapped_column(String(SHORT), default="")
    hosts_needed: Mapped[int] = mapped_column(Integer, default=2)
    # The training a host must have completed to take a shift alone.
    solo_module_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_module.id", ondelete="SET NULL")
    )
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    solo_module: Mapped[TrainingModule | None] = relationship()


cafe_session_host = Table(
    "cafe_session_host",
    Base.metadata,
    Column("session_id", ForeignKey("cafe_session.id", ondelete="CASCADE"), primary_key=True),
    Column("volunteer_id", ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True),
)


class CafeSession(Stamped, Base):
    """One opening of a café, logged with counts and the facilitator's reflection."""

    __tablename__ = "cafe_session"
    __table_args__ = (
        CheckConstraint(
            "head_count >= 0 AND newcomers >= 0 AND returning_guests >= 0",
            name="counts_not_negative",
        ),
        CheckConstraint("ends_at IS NULL OR ends_at >= starts_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafe.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    head_count: Mapped[int] = mapped_column(Integer, default=0)
    newcomers: Mapped[int] = mapped_column(Integer, default=0)
    returning_guests: Mapped[int] = mapped_column(Integer, default=0)
    themes: Mapped[list[str]] = mapped_column(TagList, default=list)
    activities: Mapped[list[str]] = mapped_column(TagList, default=list)
    went_well: Mapped[str] = mapped_column(Text, default="")
    do_differently: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    cafe: Mapped[Cafe] = relationship()
    hosts: Mapped[list[Volunteer]] = relationship(secondary=cafe_session_host)
    incidents: Mapped[list[Incident]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class Incident(Stamped, Base):
    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("cafe_session.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    action_taken: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    resolution: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[CafeSession] = relationship(back_populates="incidents")


class ShiftTemplate(Stamped, Base):
    """A repeating shift: "every Tuesday 10–14" (weekday 0 = Monday)."""

    __tablename__ = "shift_template"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("end_time > start_time", name="ends_after_start"),
        CheckConstraint("hosts_needed >= 0", name="hosts_needed_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafe.id", ondelete="CASCADE"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    hosts_needed: Mapped[int] = mapped_column(Integer, default=2)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Shift(Stamped, Base):
    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("hosts_needed >= 0", name="hosts_needed_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cafe_id: Mapped[int] = mapped_column(ForeignKey("cafe.id", ondelete="CASCADE"), index=True)
    template_id: Mapped[int | None] = mapped_column(
        ForeignKey("shift_template.id", ondelete="SET NULL"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    hosts_needed: Mapped[int] = mapped_column(Integer, default=2)
    note: Mapped[str] = mapped_column(Text, default="")

    cafe: Mapped[Cafe] = relationship()
    assignments: Mapped[list[ShiftAssignment]] = relationship(
        back_populates="shift", cascade="all, delete-orphan", passive_deletes=True
    )


class ShiftAssignment(Stamped, Base):
    """A host on a shift. A cancellation keeps the row, with who and why."""

    __tablename__ = "shift_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id", ondelete="CASCADE"), index=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    assigned_at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by: Mapped[str] = mapped_column(String(SHORT), default="")
    cancel_reason: Mapped[str] = mapped_column(Text, default="")

    shift: Mapped[Shift] = relationship(back_populates="assignments")
    volunteer: Mapped[Volunteer] = relationship()


class ShiftSwap(Stamped, Base):
    """The swap log: one host handed a shift to another."""

    __tablename__ = "shift_swap"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id", ondelete="CASCADE"), index=True)
    from_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL")
    )
    to_volunteer_id: Mapped[int | None] = mapped_column(
        ForeignKey("volunteer.id", ondelete="SET NULL")
    )
    swapped_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

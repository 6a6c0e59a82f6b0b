"""Volunteer café hosts: training, availability, extra tasks and sparring."""

from __future__ import annotations

import enum
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
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peerdesk.vault.models.base import SHORT, Base, Stamped, TagList, enum_column


class VolunteerStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    STOPPED = "stopped"


class TrainingStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_TRAINING = "in_training"
    TRAINED = "trained"


class SparringKind(enum.StrEnum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"


class Volunteer(Stamped, Base):
    """A volunteer café host. Contact details are kept minimal on purpose."""

    __tablename__ = "volunteer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(SHORT), default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[VolunteerStatus] = mapped_column(
        enum_column(VolunteerStatus), default=VolunteerStatus.ACTIVE, index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")

    trainings: Mapped[list[VolunteerTraining]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )
    availability: Mapped[list[Availability]] = relationship(
        back_populates="volunteer", cascade="all, delete-orphan", passive_deletes=True
    )


class TrainingModule(Stamped, Base):
    """A part of the host training (introduction, the host role, first aid, …)."""

    __tablename__ = "training_module"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(SHORT), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    valid_months: Mapped[int | None] = mapped_column(Integer)  # None: never expires
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class VolunteerTraining(Stamped, Base):
    """One host's status in one module."""

    __tablename__ = "volunteer_training"
    __table_args__ = (UniqueConstraint("volunteer_id", "module_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    module_id: Mapped[int] = mapped_column(
        ForeignKey("training_module.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[TrainingStatus] = mapped_column(
        enum_column(TrainingStatus), default=TrainingStatus.NOT_STARTED
    )
    status_on: Mapped[date | None] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)

    volunteer: Mapped[Volunteer] = relationship(back_populates="trainings")
    module: Mapped[TrainingModule] = relationship()


training_attendance = Table(
    "training_attendance",
    Base.metadata,
    Column("session_id", ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True),
    Column("volunteer_id", ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True),
)


class TrainingSession(Stamped, Base):
    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_module.id", ondelete="SET NULL"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(String(SHORT), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    module: Mapped[TrainingModule | None] = relationship()
    attendees: Mapped[list[Volunteer]] = relationship(secondary=training_attendance)


class Availability(Base):
    """When a host can usually take a shift (weekday 0 = Monday)."""

    __tablename__ = "availability"
    __table_args__ = (CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    from_time: Mapped[time | None] = mapped_column(Time)
    to_time: Mapped[time | None] = mapped_column(Time)

    volunteer: Mapped[Volunteer] = relationship(back_populates="availability")


class VolunteerTask(Stamped, Base):
    """Hours a host gave outside café shifts (a flyer round, a meeting)."""

    __tablename__ = "volunteer_task"
    __table_args__ = (CheckConstraint("minutes >= 0", name="minutes_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(
        ForeignKey("volunteer.id", ondelete="CASCADE"), index=True
    )
    on_date: Mapped[date] = mapped_column(Date, index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(SHORT), default="")


sparring_participant = Table(
    "sparring_participant",
    Base.metadata,
    Column("sparring_id", ForeignKey("sparring_session.id", ondelete="CASCADE"), primary_key=True),
    Column("volunteer_id", ForeignKey("volunteer.id", ondelete="CASCADE"), primary_key=True),
)


class SparringSession(Stamped, Base):
    __tablename__ = "sparring_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[SparringKind] = mapped_column(
        enum_column(SparringKind), default=SparringKind.ONE_TO_ONE
    )
    topics: Mapped[list[str]] = mapped_column(TagList, default=list)
    went_well: Mapped[str] = mapped_column(Text, default="")
    challenges: Mapped[str] = mapped_column(Text, default="")
    wellbeing_word: Mapped[str] = mapped_column(String(60), default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    followed_up_on: Mapped[date | None] = mapped_column(Date)

    participants: Mapped[list[Volunteer]] = relationship(secondary=sparring_participant)
    agreements: Mapped[list[SparringAgreement]] = relationship(
        back_populates="sparring", cascade="all, delete-orphan", passive_deletes=True
    )


class SparringAgreement(Stamped, Base):
    """Something agreed in sparring; open until marked kept."""

    __tablename__ = "sparring_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    sparring_id: Mapped[int] = mapped_column(
        ForeignKey("sparring_session.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    kept_on: Mapped[date | None] = mapped_column(Date)

    sparring: Mapped[SparringSession] = relationship(back_populates="agreements")

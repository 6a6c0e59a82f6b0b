"""Mentor education, recovery and peer groups, talks, and co-teaching."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peerdesk.vault.models.base import SHORT, Base, Stamped, enum_column


class CourseKind(enum.StrEnum):
    MENTOR_EDUCATION = "mentor_education"
    RECOVERY_GROUP = "recovery_group"
    PEER_GROUP = "peer_group"
    TALK = "talk"


class CourseRole(enum.StrEnum):
    PLANNING = "planning"
    TEACHING = "teaching"
    BOTH = "both"


class Course(Stamped, Base):
    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="ends_after_start"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    kind: Mapped[CourseKind] = mapped_column(enum_column(CourseKind))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    co_teachers: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    my_role: Mapped[CourseRole] = mapped_column(enum_column(CourseRole), default=CourseRole.BOTH)
    description: Mapped[str] = mapped_column(Text, default="")

    sessions: Mapped[list[CourseSession]] = relationship(
        back_populates="course",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CourseSession.starts_at",
    )


class CourseSession(Stamped, Base):
    """One session of a course: my part, preparation, head count, evaluation."""

    __tablename__ = "course_session"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("head_count IS NULL OR head_count >= 0", name="head_count_not_negative"),
        CheckConstraint("prep_minutes >= 0", name="prep_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    topic: Mapped[str] = mapped_column(String(SHORT), default="")
    my_part: Mapped[str] = mapped_column(Text, default="")
    materials: Mapped[str] = mapped_column(Text, default="")
    prep_minutes: Mapped[int] = mapped_column(Integer, default=0)
    head_count: Mapped[int | None] = mapped_column(Integer)
    evaluation_worked: Mapped[str] = mapped_column(Text, default="")
    evaluation_change: Mapped[str] = mapped_column(Text, default="")

    course: Mapped[Course] = relationship(back_populates="sessions")
    prep_items: Mapped[list[PrepItem]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PrepItem.position",
    )


class PrepItem(Base):
    """A line of a session's preparation checklist."""

    __tablename__ = "prep_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("course_session.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(String(SHORT))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[CourseSession] = relationship(back_populates="prep_items")

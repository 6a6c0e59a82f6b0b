"""People supported, their own goals, care conversations and referrals.

Everything about a person hangs off `person` with ON DELETE CASCADE, so that
erasing a person (right to erasure) removes every row about them in one step.
A person is known by an alias or initials, never a CPR number or full name.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from peerdesk.vault.models.base import SHORT, Base, Stamped, TagList, enum_column


class PersonStatus(enum.StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class FollowUpStatus(enum.StrEnum):
    """The municipal follow-up model for a goal or sub-goal."""

    CONTINUE = "continue"
    CHANGE = "change"
    END = "end"
    REASSESS = "reassess"


class ConversationKind(enum.StrEnum):
    CARE = "care_conversation"
    PEER_SUPPORT = "peer_support"
    GROUP = "group"
    PHONE = "phone"
    WALK = "walk"


class ReferralKind(enum.StrEnum):
    CLUB = "club"
    ACTIVITY = "activity"
    JOB_CENTRE = "job_centre"
    EDUCATION = "education"
    VOLUNTEERING = "volunteering"
    PEER_GROUP = "peer_group"
    OTHER = "other"


class Person(Stamped, Base):
    __tablename__ = "person"
    __table_args__ = (
        # Covering for the people list's pass over everyone (care_browse.people_index),
        # so that it does not decrypt every page of wishes, hopes and dreams (schema 2).
        Index(None, "alias", "status", "retention_review_on", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(String(SHORT))
    status: Mapped[PersonStatus] = mapped_column(
        enum_column(PersonStatus), default=PersonStatus.ACTIVE, index=True
    )
    first_met: Mapped[date | None] = mapped_column(Date)
    wishes: Mapped[str] = mapped_column(Text, default="")
    hopes: Mapped[str] = mapped_column(Text, default="")
    dreams: Mapped[str] = mapped_column(Text, default="")
    strengths: Mapped[str] = mapped_column(Text, default="")
    consent_noted: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_note: Mapped[str] = mapped_column(Text, default="")
    consent_on: Mapped[date | None] = mapped_column(Date)
    retention_review_on: Mapped[date | None] = mapped_column(Date, index=True)

    goals: Mapped[list[Goal]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Goal.position",
    )
    conversations: Mapped[list[CareConversation]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CareConversation.occurred_at",
    )
    referrals: Mapped[list[Referral]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Referral.made_on",
    )


class Goal(Stamped, Base):
    """A goal in the person's own words, broken into sub-goals."""

    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    own_words: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus), default=FollowUpStatus.CONTINUE
    )
    set_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[Person] = relationship(back_populates="goals")
    sub_goals: Mapped[list[SubGoal]] = relationship(
        back_populates="goal",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="SubGoal.position",
    )


class SubGoal(Stamped, Base):
    __tablename__ = "sub_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(SHORT))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus), default=FollowUpStatus.CONTINUE
    )
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    followed_up_on: Mapped[date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)

    goal: Mapped[Goal] = relationship(back_populates="sub_goals")


class CareConversation(Stamped, Base):
    """A care conversation or other individual peer support.

    `my_reaction` is the worker's own, private reaction: it is never shown in
    read-back mode nor in anything exported for others.
    """

    __tablename__ = "care_conversation"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        # A person's notes in time order: their timeline and "last conversation".
        # The follow-up dates make it covering, so the people list's per-person
        # facts come from index pages without decrypting note text (schema 2).
        Index(None, "person_id", "occurred_at", "follow_up_on", "followed_up_on"),
        # The open follow-ups only (Overblik, the follow-up queue): a few rows
        # instead of every note that ever had a follow-up date (schema 2).
        Index(
            "ix_care_conversation_open_follow_up",
            "follow_up_on",
            sqlite_where=text("follow_up_on IS NOT NULL AND followed_up_on IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=0)
    place: Mapped[str] = mapped_column(String(SHORT), default="")
    kind: Mapped[ConversationKind] = mapped_column(
        enum_column(ConversationKind), default=ConversationKind.CARE
    )
    themes: Mapped[list[str]] = mapped_column(TagList, default=list)
    own_words: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    followed_up_on: Mapped[date | None] = mapped_column(Date)
    lived_experience_shared: Mapped[str] = mapped_column(Text, default="")
    my_reaction: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="conversations")
    addenda: Mapped[list[ConversationAddendum]] = relationship(
        back_populates="conversation",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ConversationAddendum.written_at",
    )


class ConversationAddendum(Stamped, Base):
    """A dated addition to a settled note; the note itself no longer changes."""

    __tablename__ = "conversation_addendum"

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("care_conversation.id", ondelete="CASCADE"), index=True
    )
    written_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str] = mapped_column(Text)

    conversation: Mapped[CareConversation] = relationship(back_populates="addenda")


class Referral(Stamped, Base):
    """Bridge-building: a referral to a club, an activity, the job centre, …"""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    made_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[ReferralKind] = mapped_column(
        enum_column(ReferralKind), default=ReferralKind.OTHER
    )
    destination: Mapped[str] = mapped_column(String(SHORT))
    note: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="referrals")

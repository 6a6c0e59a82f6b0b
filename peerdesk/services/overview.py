"""Overblik: what needs attention today, gathered from every area (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from peerdesk.services import care, courses, selfcare, shifts, volunteers
from peerdesk.vault import Vault


@dataclass(frozen=True)
class Overview:
    today: date
    follow_ups: list = field(default_factory=list)  # care.FollowUp, due or overdue
    shift_gaps: list = field(default_factory=list)  # shifts.ShiftCoverage in the next 14 days
    sparring_due: list = field(default_factory=list)  # SparringSession with follow-up due
    last_check_in: object | None = None  # CheckIn
    week_hours: object | None = None  # selfcare.WeekHours of this week
    next_network_group: object | None = None  # SupervisionMeeting
    next_supervision: object | None = None
    upcoming_sessions: list = field(default_factory=list)  # CourseSession, next 14 days
    # The newest backup in the vault's backups folder (None: no backup yet), and
    # whether that is old enough (over 7 days, or none) to warn about.
    last_backup: datetime | None = None
    backup_old: bool = True


def today_overview(vault: Vault, *, now: datetime | None = None) -> Overview:
    """Everything the Overblik tab shows, in one call."""
    now = now or datetime.now().replace(microsecond=0)
    today = now.date()
    week_start = today - timedelta(days=today.weekday())
    from peerdesk.vault.backup import last_backup_time
    from peerdesk.vault.backup_policy import backup_is_old
    from peerdesk.vault.models import MeetingKind

    last_backup = last_backup_time(vault.data.backups)

    return Overview(
        today=today,
        follow_ups=care.follow_ups_due(vault, on=today),
        shift_gaps=shifts.shift_gaps(vault, today=today, days=14),
        sparring_due=volunteers.sparring_follow_ups_due(vault, on=today),
        last_check_in=selfcare.last_check_in(vault),
        week_hours=selfcare.week_hours(vault, week_start=week_start),
        next_network_group=selfcare.next_meeting(vault, kind=MeetingKind.NETWORK_GROUP, now=now),
        next_supervision=selfcare.next_meeting(vault, kind=MeetingKind.SUPERVISION, now=now),
        upcoming_sessions=courses.upcoming_sessions(vault, now=now, days=14),
        last_backup=last_backup,
        backup_old=backup_is_old(last_backup, now),
    )

"""The report's labels, marked for translation, and the translated mapping.

The keys and English texts mirror services.report_render.DEFAULT_LABELS; a key
missing here falls back to English there.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "title": QT_TRANSLATE_NOOP("Report", "Activity report"),
    "period": QT_TRANSLATE_NOOP("Report", "Period: %1 to %2"),
    "from": QT_TRANSLATE_NOOP("Report", "From"),
    "to": QT_TRANSLATE_NOOP("Report", "To"),
    "anonymous": QT_TRANSLATE_NOOP("Report", "Anonymous counts only: no names, aliases or notes."),
    "section": QT_TRANSLATE_NOOP("Report", "Section"),
    "measure": QT_TRANSLATE_NOOP("Report", "Measure"),
    "value": QT_TRANSLATE_NOOP("Report", "Value"),
    "chart.conversations.week": QT_TRANSLATE_NOOP("Report", "Conversations per week"),
    "chart.conversations.month": QT_TRANSLATE_NOOP("Report", "Conversations per month"),
    "chart.cafe_guests.week": QT_TRANSLATE_NOOP("Report", "Café guests per week"),
    "chart.cafe_guests.month": QT_TRANSLATE_NOOP("Report", "Café guests per month"),
    "s.care": QT_TRANSLATE_NOOP("Report", "Conversations and support"),
    "s.referrals": QT_TRANSLATE_NOOP("Report", "Referrals"),
    "s.cafe": QT_TRANSLATE_NOOP("Report", "Cafés"),
    "s.cafe_named": QT_TRANSLATE_NOOP("Report", "Café: %1"),
    "s.shifts": QT_TRANSLATE_NOOP("Report", "Shifts"),
    "s.sparring": QT_TRANSLATE_NOOP("Report", "Sparring"),
    "s.training": QT_TRANSLATE_NOOP("Report", "Host training"),
    "s.teaching": QT_TRANSLATE_NOOP("Report", "Teaching"),
    "s.hours": QT_TRANSLATE_NOOP("Report", "Hours"),
    "s.selfcare": QT_TRANSLATE_NOOP("Report", "My self-care (private, included by choice)"),
    "conversations": QT_TRANSLATE_NOOP("Report", "Conversations, all kinds"),
    "kind.care_conversation": QT_TRANSLATE_NOOP("Report", "Care conversations"),
    "kind.peer_support": QT_TRANSLATE_NOOP("Report", "Peer support"),
    "kind.group": QT_TRANSLATE_NOOP("Report", "Group conversations"),
    "kind.phone": QT_TRANSLATE_NOOP("Report", "Phone conversations"),
    "kind.walk": QT_TRANSLATE_NOOP("Report", "Walk-and-talks"),
    "follow_ups_set": QT_TRANSLATE_NOOP("Report", "Follow-ups set"),
    "follow_ups_done": QT_TRANSLATE_NOOP("Report", "Follow-ups done"),
    "people_supported": QT_TRANSLATE_NOOP("Report", "People supported"),
    "referrals": QT_TRANSLATE_NOOP("Report", "Referrals, all kinds"),
    "ref.club": QT_TRANSLATE_NOOP("Report", "To a club"),
    "ref.activity": QT_TRANSLATE_NOOP("Report", "To an activity"),
    "ref.job_centre": QT_TRANSLATE_NOOP("Report", "To the job centre"),
    "ref.education": QT_TRANSLATE_NOOP("Report", "To education"),
    "ref.volunteering": QT_TRANSLATE_NOOP("Report", "To volunteering"),
    "ref.peer_group": QT_TRANSLATE_NOOP("Report", "To a peer group"),
    "ref.other": QT_TRANSLATE_NOOP("Report", "Other referrals"),
    "cafe_sessions": QT_TRANSLATE_NOOP("Report", "Café sessions"),
    "head_count": QT_TRANSLATE_NOOP("Report", "Guests in total (head count)"),
    "newcomers": QT_TRANSLATE_NOOP("Report", "Newcomers"),
    "returning": QT_TRANSLATE_NOOP("Report", "Returning guests"),
    "shifts": QT_TRANSLATE_NOOP("Report", "Shifts"),
    "shifts_fully_staffed": QT_TRANSLATE_NOOP("Report", "Shifts fully staffed"),
    "shift_coverage": QT_TRANSLATE_NOOP("Report", "Shifts fully staffed (%)"),
    "sparring_sessions": QT_TRANSLATE_NOOP("Report", "Sparring sessions"),
    "sparring_agreements": QT_TRANSLATE_NOOP("Report", "Agreements made"),
    "sparring_agreements_kept": QT_TRANSLATE_NOOP("Report", "Agreements kept"),
    "training_sessions": QT_TRANSLATE_NOOP("Report", "Training sessions"),
    "training_modules_completed": QT_TRANSLATE_NOOP("Report", "Modules completed"),
    "teaching_sessions": QT_TRANSLATE_NOOP("Report", "Course sessions held"),
    "teaching_head_count": QT_TRANSLATE_NOOP("Report", "Participants in total (head count)"),
    "hours_weeks": QT_TRANSLATE_NOOP("Report", "Weeks counted: from %1 to %2"),
    "hours.conversations": QT_TRANSLATE_NOOP("Report", "Conversations (hours)"),
    "hours.cafe_sessions": QT_TRANSLATE_NOOP("Report", "Café sessions (hours)"),
    "hours.sparring": QT_TRANSLATE_NOOP("Report", "Sparring (hours)"),
    "hours.training": QT_TRANSLATE_NOOP("Report", "Training (hours)"),
    "hours.teaching": QT_TRANSLATE_NOOP("Report", "Teaching and preparation (hours)"),
    "hours.manual": QT_TRANSLATE_NOOP("Report", "Other work entered by hand (hours)"),
    "hours_total": QT_TRANSLATE_NOOP("Report", "Hours in total"),
    "check_ins": QT_TRANSLATE_NOOP("Report", "Check-ins"),
    "average_stress": QT_TRANSLATE_NOOP("Report", "Average stress (1–5)"),
    "average_energy": QT_TRANSLATE_NOOP("Report", "Average energy (1–5)"),
    "boundary_situations": QT_TRANSLATE_NOOP("Report", "Boundary situations"),
}


def report_labels() -> dict[str, str]:
    """Every report label in the current language."""
    return {key: QCoreApplication.translate("Report", text) for key, text in _LABELS.items()}

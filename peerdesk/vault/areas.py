"""Which tables belong to which area of work.

Used to count, search and export per area, and to keep the worker's own
self-care area out of anything made for others unless they include it.
"""

from __future__ import annotations

CARE = "care"
CAFE = "cafe"
VOLUNTEERS = "volunteers"
SELFCARE = "selfcare"
COURSES = "courses"
APP = "app"

AREA_TABLES: dict[str, tuple[str, ...]] = {
    CARE: ("person", "goal", "sub_goal", "care_conversation", "conversation_addendum", "referral"),
    CAFE: (
        "cafe",
        "cafe_session",
        "cafe_session_host",
        "incident",
        "shift_template",
        "shift",
        "shift_assignment",
        "shift_swap",
    ),
    VOLUNTEERS: (
        "volunteer",
        "training_module",
        "volunteer_training",
        "training_session",
        "training_attendance",
        "availability",
        "volunteer_task",
        "sparring_session",
        "sparring_participant",
        "sparring_agreement",
    ),
    SELFCARE: (
        "check_in",
        "boundary_situation",
        "work_contract",
        "work_entry",
        "supervision_meeting",
        "wellbeing_plan_section",
        "day_closing",
    ),
    COURSES: ("course", "course_session", "prep_item"),
    APP: ("vault_setting", "draft"),
}

AREA_OF_TABLE: dict[str, str] = {t: area for area, tables in AREA_TABLES.items() for t in tables}

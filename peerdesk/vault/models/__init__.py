"""Every table of the vault. Importing this package registers them all on Base.metadata."""

from peerdesk.vault.models.app import Draft, VaultSetting
from peerdesk.vault.models.base import Base
from peerdesk.vault.models.cafe import (
    Cafe,
    CafeSession,
    Incident,
    Shift,
    ShiftAssignment,
    ShiftSwap,
    ShiftTemplate,
    cafe_session_host,
)
from peerdesk.vault.models.care import (
    CareConversation,
    ConversationAddendum,
    ConversationKind,
    FollowUpStatus,
    Goal,
    Person,
    PersonStatus,
    Referral,
    ReferralKind,
    SubGoal,
)
from peerdesk.vault.models.courses import Course, CourseKind, CourseRole, CourseSession, PrepItem
from peerdesk.vault.models.selfcare import (
    BoundarySituation,
    CheckIn,
    DayClosing,
    MeetingKind,
    SupervisionMeeting,
    WellbeingPlanSection,
    WorkContract,
    WorkEntry,
)
from peerdesk.vault.models.volunteers import (
    Availability,
    SparringAgreement,
    SparringKind,
    SparringSession,
    TrainingModule,
    TrainingSession,
    TrainingStatus,
    Volunteer,
    VolunteerStatus,
    VolunteerTask,
    VolunteerTraining,
    sparring_participant,
    training_attendance,
)

__all__ = [name for name in dir() if not name.startswith("_")]

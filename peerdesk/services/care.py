"""The care area: people supported, their goals, conversations and referrals.

The one import point for the area; the work is split by meaning into
care_people (profile, list, erasure), care_goals (goals and the follow-up
model), care_notes (conversations, addenda, referrals) and care_views (the
follow-up queue, the timeline, the case-system text).
"""

from __future__ import annotations

from peerdesk.services.care_common import UNSET, Unset
from peerdesk.services.care_goals import (
    add_goal,
    add_sub_goal,
    record_sub_goal_follow_up,
    update_goal,
    update_sub_goal,
)
from peerdesk.services.care_notes import (
    READ_BACK_FIELDS,
    SETTLE_AFTER,
    add_addendum,
    add_conversation,
    add_referral,
    get_conversation,
    is_settled,
    last_conversation,
    list_conversations,
    mark_follow_up_done,
    read_back,
    record_referral_outcome,
    update_conversation,
)
from peerdesk.services.care_people import (
    PersonRow,
    add_person,
    erase_person,
    get_person,
    list_people,
    people_due_for_retention_review,
    update_person,
)
from peerdesk.services.care_views import (
    DEFAULT_LABELS,
    FollowUp,
    TimelineEntry,
    case_system_text,
    conversation_entry,
    follow_ups_due,
    person_timeline,
    timeline_key,
)
from peerdesk.vault.models import (
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

__all__ = [
    "DEFAULT_LABELS",
    "READ_BACK_FIELDS",
    "SETTLE_AFTER",
    "UNSET",
    "CareConversation",
    "ConversationAddendum",
    "ConversationKind",
    "FollowUp",
    "FollowUpStatus",
    "Goal",
    "Person",
    "PersonRow",
    "PersonStatus",
    "Referral",
    "ReferralKind",
    "SubGoal",
    "TimelineEntry",
    "Unset",
    "add_addendum",
    "add_conversation",
    "add_goal",
    "add_person",
    "add_referral",
    "add_sub_goal",
    "case_system_text",
    "conversation_entry",
    "erase_person",
    "follow_ups_due",
    "get_conversation",
    "get_person",
    "is_settled",
    "last_conversation",
    "list_conversations",
    "list_people",
    "mark_follow_up_done",
    "people_due_for_retention_review",
    "person_timeline",
    "read_back",
    "record_referral_outcome",
    "record_sub_goal_follow_up",
    "timeline_key",
    "update_conversation",
    "update_goal",
    "update_person",
    "update_sub_goal",
]

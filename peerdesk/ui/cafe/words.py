"""The café tab's words for the services' typed errors: calm, field-aware sentences.

Every sentence is a whole QCoreApplication.translate("CafeErrors", ...) call
with a literal source string, so lupdate finds it and a translator sees it
whole. Field names come from a table of QT_TRANSLATE_NOOP labels.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from peerdesk.services.errors import NotFound, ValidationError
from peerdesk.vault.errors import VaultError

FIELDS = {
    "name": QT_TRANSLATE_NOOP("CafeFields", "Name"),
    "address_note": QT_TRANSLATE_NOOP("CafeFields", "Address note"),
    "usual_days": QT_TRANSLATE_NOOP("CafeFields", "Usual days"),
    "usual_hours": QT_TRANSLATE_NOOP("CafeFields", "Usual hours"),
    "hosts_needed": QT_TRANSLATE_NOOP("CafeFields", "Hosts needed"),
    "starts_at": QT_TRANSLATE_NOOP("CafeFields", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("CafeFields", "End"),
    "head_count": QT_TRANSLATE_NOOP("CafeFields", "Guests in all"),
    "newcomers": QT_TRANSLATE_NOOP("CafeFields", "Newcomers"),
    "returning_guests": QT_TRANSLATE_NOOP("CafeFields", "Returning guests"),
    "themes": QT_TRANSLATE_NOOP("CafeFields", "Themes"),
    "activities": QT_TRANSLATE_NOOP("CafeFields", "Activities"),
    "went_well": QT_TRANSLATE_NOOP("CafeFields", "What went well"),
    "do_differently": QT_TRANSLATE_NOOP("CafeFields", "What I would do differently"),
    "note": QT_TRANSLATE_NOOP("CafeFields", "Note"),
    "description": QT_TRANSLATE_NOOP("CafeFields", "What happened"),
    "action_taken": QT_TRANSLATE_NOOP("CafeFields", "Action taken"),
    "follow_up_on": QT_TRANSLATE_NOOP("CafeFields", "Follow up on"),
    "on": QT_TRANSLATE_NOOP("CafeFields", "Resolved on"),
    "resolution": QT_TRANSLATE_NOOP("CafeFields", "Resolution"),
    "weekday": QT_TRANSLATE_NOOP("CafeFields", "Weekday"),
    "start_time": QT_TRANSLATE_NOOP("CafeFields", "From"),
    "end_time": QT_TRANSLATE_NOOP("CafeFields", "To"),
    "valid_from": QT_TRANSLATE_NOOP("CafeFields", "First day"),
    "valid_until": QT_TRANSLATE_NOOP("CafeFields", "Last day"),
    "until": QT_TRANSLATE_NOOP("CafeFields", "Plan until"),
    "by": QT_TRANSLATE_NOOP("CafeFields", "Cancelled by"),
    "reason": QT_TRANSLATE_NOOP("CafeFields", "Reason"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CafeErrors", text, None, n)


def field_label(field: str, labels: dict[str, str] | None = None) -> str:
    """The field's name as the user sees it (a form may name it its own way)."""
    if labels and field in labels:
        return labels[field].replace("&", "")
    source = FIELDS.get(field)
    return QCoreApplication.translate("CafeFields", source) if source else field


def describe(
    error: BaseException,
    *,
    host: str = "",
    module: str = "",
    labels: dict[str, str] | None = None,
) -> str:
    """One or two whole sentences for `error`. `host` and `module` name the host
    and the solo training when a shift assignment is refused; `labels` gives a
    form's own names for fields."""
    if isinstance(error, ValidationError):
        return _validation(error, host=host, module=module, labels=labels)
    if isinstance(error, NotFound):
        return _not_found(error)
    if isinstance(error, VaultError):
        from peerdesk.ui.getting_in.error_words import describe as vault_words

        return vault_words(error)
    return _tr("Something went wrong. Nothing was lost; please try again.")


def _validation(
    error: ValidationError, *, host: str, module: str, labels: dict[str, str] | None
) -> str:
    label = field_label(error.field, labels)
    facts = error.facts
    match error.code:
        case ValidationError.REQUIRED:
            return _tr("Please fill in “%1”.").replace("%1", label)
        case ValidationError.TOO_LONG:
            return _tr("“%1” is too long.").replace("%1", label)
        case ValidationError.CONTROL_CHARS:
            return _tr("“%1” contains an invisible control character; please retype it.").replace(
                "%1", label
            )
        case ValidationError.NEGATIVE:
            return _tr("“%1” cannot be below zero.").replace("%1", label)
        case ValidationError.END_BEFORE_START:
            if error.field == "follow_up_on":
                return _tr("The follow-up date cannot lie before the session.")
            if error.field == "on":
                return _tr("An incident cannot be resolved before the session it happened at.")
            return _tr("“%1” must come after the start.").replace("%1", label)
        case ValidationError.BAD_DATE:
            return _tr("“%1” is not a date or time PeerDesk understands.").replace("%1", label)
        case ValidationError.DUPLICATE:
            if error.field == "name":
                return _tr("There is already a café with this name.")
            if error.field in ("volunteer_id", "to_volunteer_id"):
                return _tr("%1 is already on this shift.").replace("%1", host or _tr("This host"))
            return _tr("“%1” is already there.").replace("%1", label)
        case ValidationError.NOT_ALLOWED:
            return _not_allowed(str(facts.get("reason", "")), host=host, module=module)
        case ValidationError.OUT_OF_RANGE:
            return _out_of_range(error, label)
    return _tr("“%1” cannot be saved like this.").replace("%1", label)


def _not_allowed(reason: str, *, host: str, module: str) -> str:
    who = host or _tr("This host")
    match reason:
        case "untrained_alone":
            if module:
                return (
                    _tr(
                        "%1 cannot be alone on this shift: %1 has not completed the training "
                        "“%2”. Assign a trained host first; then %1 can join."
                    )
                    .replace("%1", who)
                    .replace("%2", module)
                )
            return _tr(
                "%1 cannot be alone on this shift without the café's solo training. "
                "Assign a trained host first; then %1 can join."
            ).replace("%1", who)
        case "not_active":
            return _tr("%1 is not an active host at the moment.").replace("%1", who)
        case "already_cancelled":
            return _tr("This assignment was already cancelled.")
        case "already_resolved":
            return _tr("This incident was already resolved.")
    return _tr("That is not possible here.")


def _out_of_range(error: ValidationError, label: str) -> str:
    facts = error.facts
    if error.field == "head_count" and "minimum" in facts:
        return _tr(
            "Newcomers and returning guests add up to %n; the guests in all must be at least that.",
            int(facts["minimum"]),
        )
    if error.field == "until":
        return _tr("Shifts can be planned at most about three years ahead.")
    if "maximum" in facts:
        return (
            _tr("“%1” can be at most %2.").replace("%1", label).replace("%2", str(facts["maximum"]))
        )
    return _tr("“%1” is outside what is possible.").replace("%1", label)


def _not_found(error: NotFound) -> str:
    match error.kind:
        case "cafe":
            return _tr("This café no longer exists; it may have been erased.")
        case "cafe_session":
            return _tr("This session log no longer exists; it may have been erased.")
        case "incident":
            return _tr("This incident no longer exists; it may have been erased.")
        case "shift":
            return _tr("This shift no longer exists; it may have been erased.")
        case "volunteer":
            return _tr("This host no longer exists; they may have been erased.")
        case "training_module":
            return _tr("This training module no longer exists.")
    return _tr("This record no longer exists; it may have been erased.")

"""Typed errors raised by the services on bad input.

Each carries a stable `code` and the `field` it concerns, plus numbers where
they help (a limit), never the offending text itself: error objects end up in
logs. The UI translates codes into words; `str()` is plain English for the CLI.
"""

from __future__ import annotations

from peerdesk.vault.errors import VaultError


class ServiceError(VaultError):
    """Base of the services' own errors."""

    code = "service_error"


class ValidationError(ServiceError):
    """A value was refused. `code` says why, `field` says which."""

    # Codes used across the services.
    REQUIRED = "required"
    TOO_LONG = "too_long"
    CONTROL_CHARS = "control_chars"
    NEGATIVE = "negative"
    OUT_OF_RANGE = "out_of_range"
    END_BEFORE_START = "end_before_start"
    BAD_DATE = "bad_date"
    BAD_CHOICE = "bad_choice"
    CPR_NUMBER = "cpr_number"
    DUPLICATE = "duplicate"
    NOT_ALLOWED = "not_allowed"

    def __init__(self, field: str, code: str, message: str = "", **facts: object) -> None:
        self.field = field
        self.code = code
        self.facts = facts
        super().__init__(message or f"{field}: {code.replace('_', ' ')}" + _facts(facts))


class NotFound(ServiceError):
    """No record with that id (it may have been erased)."""

    code = "not_found"

    def __init__(self, kind: str, record_id: object) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(f"No {kind.replace('_', ' ')} with id {record_id}.")


def _facts(facts: dict[str, object]) -> str:
    return f" ({', '.join(f'{k}={v}' for k, v in facts.items())})" if facts else ""

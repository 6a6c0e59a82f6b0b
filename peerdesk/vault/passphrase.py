"""Passphrase rules and the escaping that puts a passphrase into `PRAGMA key`.

A vault cannot be recovered without its passphrase, and its file can be copied
off a lost laptop and attacked offline, so weak passphrases are refused with
the reason (the UI shows the same reasons live in its strength meter).
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_LENGTH = 10
MAX_LENGTH = 1024

# Problem codes; the UI translates them, the CLI uses describe_problem().
EMPTY = "empty"
TOO_SHORT = "too_short"
TOO_LONG = "too_long"
TOO_FEW_KINDS = "too_few_kinds"
REPETITIVE = "repetitive"
COMMON = "common"
NUL = "nul"

_COMMON = {
    "password",
    "password1",
    "passw0rd",
    "adgangskode",
    "kodeord",
    "hemmelig",
    "hemmelighed",
    "sommer2024",
    "sommer2025",
    "sommer2026",
    "vinter2026",
    "qwertyuiop",
    "asdfghjkl",
    "1234567890",
    "0123456789",
    "peerdesk",
    "peerdesk123",
    "letmein123",
    "iloveyou",
    "kodeord123",
    "velkommen",
    "velkommen1",
    "danmark",
    "danmark123",
}

_DESCRIPTIONS = {
    EMPTY: "The passphrase is empty.",
    TOO_SHORT: f"Use at least {MIN_LENGTH} characters; a few ordinary words work well.",
    TOO_LONG: f"Use at most {MAX_LENGTH} characters.",
    TOO_FEW_KINDS: "Use several words, or mix letters with digits or symbols.",
    REPETITIVE: "Avoid repeating the same character or a simple sequence.",
    COMMON: "This is a commonly used password; choose something personal to you.",
    NUL: "The passphrase contains an invisible control character (NUL).",
}


def describe_problem(code: str) -> str:
    """English wording of a problem code (for the CLI and logs)."""
    return _DESCRIPTIONS.get(code, code)


@dataclass(frozen=True)
class Assessment:
    """How strong a passphrase is: a 0–4 score and the problems that block it."""

    score: int
    problems: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


def assess(passphrase: str) -> Assessment:
    """Judge a passphrase. Cheap enough to run on every key press."""
    if not passphrase:
        return Assessment(0, (EMPTY,))
    problems: list[str] = []
    if "\x00" in passphrase:
        problems.append(NUL)
    if len(passphrase) > MAX_LENGTH:
        problems.append(TOO_LONG)
    if len(passphrase) < MIN_LENGTH:
        problems.append(TOO_SHORT)
    folded = passphrase.casefold()
    if folded in _COMMON or folded.rstrip("!0123456789") in _COMMON:
        problems.append(COMMON)
    if _is_repetitive(folded):
        problems.append(REPETITIVE)
    kinds = _character_kinds(passphrase)
    words = len(passphrase.split())
    if kinds < 2 and words < 3 and len(passphrase) < 16:
        problems.append(TOO_FEW_KINDS)
    score = _score(passphrase, kinds, words)
    if problems:
        score = min(score, 1)
    return Assessment(score, tuple(problems))


def _character_kinds(text: str) -> int:
    kinds = 0
    kinds += any(c.islower() for c in text)
    kinds += any(c.isupper() for c in text)
    kinds += any(c.isdigit() for c in text)
    kinds += any(not c.isalnum() for c in text)
    return kinds


def _is_repetitive(text: str) -> bool:
    if len(set(text)) <= 2:
        return True
    steps = {ord(b) - ord(a) for a, b in zip(text, text[1:], strict=False)}
    return len(steps) == 1 and steps <= {-1, 0, 1}


def _score(text: str, kinds: int, words: int) -> int:
    length_points = len(text) // 6  # 10 chars → 1, 18 → 3, 24 → 4
    return max(0, min(4, length_points + (kinds >= 3) + (words >= 4) - 1))


def pragma_literal(passphrase: str) -> str:
    """`passphrase` as an SQL string literal for `PRAGMA key`/`rekey`.

    PRAGMA takes no bound parameters, so the value must be a literal. Doubling
    single quotes is SQLite's complete escaping rule for a string literal;
    NUL is the one character that cannot be carried and is refused.
    """
    if "\x00" in passphrase:
        raise ValueError("a passphrase cannot contain NUL")
    if not passphrase:
        raise ValueError("a passphrase cannot be empty")
    return "'" + passphrase.replace("'", "''") + "'"

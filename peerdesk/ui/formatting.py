"""Dates, times and numbers in the chosen language (Danish: 22.11.2026, 14.30)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def fmt_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def fmt_time(value: time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def fmt_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return f"{fmt_date(value.date())} {fmt_time(value.time())}"


def fmt_weekday_date(value: date) -> str:
    """ "tirsdag 24.11.2026" — for lists of coming things."""
    q = QDate(value.year, value.month, value.day)
    return f"{QLocale().dayName(q.dayOfWeek(), QLocale.FormatType.LongFormat)} {fmt_date(value)}"


def fmt_hours(minutes: int | None) -> str:
    """Minutes as hours with one decimal, in the locale's notation (12,5)."""
    if minutes is None:
        return ""
    return QLocale().toString(minutes / 60, "f", 1)


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second)
    )

"""Forløb & undervisning: the courses area tab."""

from peerdesk.ui.courses.courses_tab import CoursesTab

__all__ = ["CoursesTab"]

"""The activity report: a dialog with a preview, and PDF/CSV output."""

"""Backups in the desktop shell: the restore-from-a-list dialog and the backup warning."""

"""Search across every area."""

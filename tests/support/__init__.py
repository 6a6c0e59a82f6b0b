"""Helpers for the tests (not fixtures): page decryption, canaries, subprocess runners."""

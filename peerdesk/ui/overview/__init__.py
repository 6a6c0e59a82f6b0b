"""Overblik: the first tab."""

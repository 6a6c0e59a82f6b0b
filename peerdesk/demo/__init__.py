"""Invented Danish demo data for every area (no Qt): for trying PeerDesk and benchmarks."""

from peerdesk.demo.generate import DemoRefused, SessionSource, generate_demo

__all__ = ["DemoRefused", "SessionSource", "generate_demo"]

"""PeerDesk: an encrypted desktop notebook for peer workers."""

__version__ = "0.1.0"
APP_NAME = "PeerDesk"

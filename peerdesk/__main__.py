"""Entry point: `peerdesk` and `python -m peerdesk`.

With a command it runs headless (see `peerdesk --help`); without one it opens
the desktop app. Qt is imported only in the second case.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from peerdesk.hardening import harden_process

    harden_process()
    from peerdesk.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.smoke:  # checks the installation; touches no user data
        from peerdesk.ui.smoke import run_smoke

        return run_smoke()
    if args.command:
        from peerdesk.logsetup import setup_logging
        from peerdesk.paths import DataDir

        data = DataDir.resolve(args.data_dir)
        if data.root.exists():
            setup_logging(data)
        return run_command(args)
    from peerdesk.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())

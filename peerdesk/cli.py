"""The headless commands: init, check, export, import, backup, restore, passwd, demo, report.

They call the same vault and service functions as the desktop app. Exit codes:
0 ok, 1 failed, 2 usage, 3 wrong passphrase, 4 vault in use. Messages go to
stderr in plain words; nothing personal is ever printed except what the user
asked to export into a file.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from peerdesk import __version__
from peerdesk.paths import DataDir
from peerdesk.vault.errors import VaultError, VaultInUse, WrongPassphrase
from peerdesk.vault.passphrase import assess, describe_problem

if TYPE_CHECKING:
    from peerdesk.vault import Vault

log = logging.getLogger(__name__)

OK, FAILED, USAGE, WRONG_PASSPHRASE, IN_USE = 0, 1, 2, 3, 4

COMMANDS = (
    "init",
    "check",
    "export",
    "import",
    "backup",
    "restore",
    "passwd",
    "demo",
    "report",
)


class UsageError(Exception):
    """Arguments that make no sense together (exit code 2)."""


# ---------------------------------------------------------------- passphrases


class Passphrases:
    """Reads passphrases from standard input (`--passphrase-stdin`, one per line)
    or asks for them without echo."""

    def __init__(self, from_stdin: bool, stdin: TextIO | None = None) -> None:
        self.from_stdin = from_stdin
        self.stdin = stdin or sys.stdin

    def ask(self, prompt: str) -> str:
        if self.from_stdin:
            line = self.stdin.readline()
            if not line:
                raise UsageError("Expected a passphrase on standard input, found none.")
            return line.rstrip("\r\n")
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        """A new passphrase: checked for strength, and typed twice when interactive."""
        while True:
            first = self.ask(prompt)
            verdict = assess(first)
            if not verdict.acceptable:
                reasons = " ".join(describe_problem(p) for p in verdict.problems)
                if self.from_stdin:
                    raise UsageError(f"The new passphrase is too weak. {reasons}")
                print(f"Too weak. {reasons}", file=sys.stderr)
                continue
            if self.from_stdin or getpass.getpass("Type it again: ") == first:
                return first
            print("The two passphrases differ. Try again.", file=sys.stderr)


# ------------------------------------------------------------------- commands


def _open(data: DataDir, phrases: Passphrases, *, allow_shared: bool = False) -> Vault:
    from peerdesk.vault import Vault

    passphrase = phrases.ask("Passphrase: ")
    try:
        return Vault.open(data, passphrase)
    except VaultInUse:
        if not allow_shared:
            raise
        # Reading while the app writes is safe in WAL mode; writing is not.
        return Vault.open(data, passphrase, readonly=True)


def cmd_init(args, data: DataDir, phrases: Passphrases) -> int:
    print(
        "PeerDesk keeps everything in one encrypted file. Nobody can recover the", file=sys.stderr
    )
    print("passphrase for you: write it down and keep it somewhere safe.", file=sys.stderr)
    from peerdesk.vault import Vault

    Vault.create(data, phrases.ask_new("Choose a passphrase: ")).close()
    _say(f"Created an encrypted vault at {data.vault}")
    return OK


def cmd_check(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault.backup import last_backup_time
    from peerdesk.vault.stats import record_counts

    with _open(data, phrases) as vault:
        problems = vault.check()
        counts = record_counts(vault)
        schema = vault.schema_version()
    size = data.vault.stat().st_size
    print(f"Vault:    {data.vault}")
    print(f"Schema:   {schema}")
    print(f"Size:     {size / 1024:.0f} KiB")
    print(f"Records:  {sum(counts.values())}")
    for area, n in counts.items():
        print(f"  {area:<12}{n}")
    last = last_backup_time(data.backups)
    print(f"Last backup: {last:%Y-%m-%d %H:%M}" if last else "Last backup: none yet")
    if problems:
        print(f"Integrity: {len(problems)} problem(s) found. Restore a backup.", file=sys.stderr)
        return FAILED
    print("Integrity: ok")
    return OK


def cmd_export(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault import transfer

    out = Path(args.out).expanduser()
    if args.area is not None and args.format != "csv":
        raise UsageError("--area needs --format csv (the JSON export is always everything).")
    _say(
        f"Note: the export is NOT encrypted. Anyone who can read {out} can read "
        "everything in it. Delete it when you no longer need it."
    )
    with _open(data, phrases, allow_shared=True) as vault:
        if args.format == "json":
            transfer.export_json(vault, out)
            _say(f"Exported everything to {out}")
        else:
            files = transfer.export_csv(vault, out, area=args.area)
            _say(f"Exported {len(files)} CSV files to {out}")
    return OK


def cmd_import(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault import transfer

    src = Path(args.file).expanduser()
    if not src.is_file():
        raise UsageError(f"No such file: {src}")
    with _open(data, phrases) as vault:
        counts = transfer.import_json(vault, src)
    _say(f"Imported {sum(counts.values())} records from {src}")
    return OK


def cmd_backup(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault import backup

    to = Path(args.to).expanduser() if args.to else None
    with _open(data, phrases, allow_shared=True) as vault:
        path = backup.backup_now(vault, to=to, keep=args.keep)
    _say(f"Encrypted backup written to {path}")
    return OK


def cmd_restore(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault import backup

    src = Path(args.file).expanduser()
    if not src.is_file():
        raise UsageError(f"No such file: {src}")
    kept = backup.restore_backup(data, src, phrases.ask("Passphrase of the backup: "))
    if kept is None:
        _say(f"Restored {src} (there was no vault to replace).")
    else:
        _say(f"Restored {src}. The replaced vault was kept as {kept}")
    return OK


def cmd_passwd(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.vault.rekey import change_passphrase

    old = phrases.ask("Current passphrase: ")
    new = phrases.ask_new("New passphrase: ")
    change_passphrase(data, old, new)
    _say("Passphrase changed. Older backups still open with the passphrase they were made with.")
    return OK


def cmd_demo(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.demo import generate_demo
    from peerdesk.vault import Vault

    if data.vault.exists():
        vault = _open(data, phrases)
    else:
        vault = Vault.create(data, phrases.ask_new("Choose a passphrase for the demo vault: "))
    with vault:
        counts = generate_demo(vault, seed=args.seed, scale=args.scale)
    _say(f"Wrote {sum(counts.values())} demo records to {data.vault}")
    return OK


def cmd_report(args, data: DataDir, phrases: Passphrases) -> int:
    from peerdesk.services.errors import ValidationError
    from peerdesk.services.report_render import report_csv
    from peerdesk.services.reports import activity_report

    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        raise UsageError(f"No such folder: {out.parent}")
    with _open(data, phrases, allow_shared=True) as vault:
        try:
            report = activity_report(
                vault, start=args.start, end=args.end, include_selfcare=args.include_selfcare
            )
        except ValidationError as exc:
            raise UsageError(_report_problem(exc)) from None
    # Said before anything is written, as for every plaintext file.
    _say(
        f"Note: the report is NOT encrypted. Anyone who can read {out} can read it. "
        "It holds counts only, no names or notes"
        + (", but it does include your own self-care numbers." if args.include_selfcare else ".")
    )
    if args.format == "csv":
        report_csv(report, out)
    else:
        _write_report_pdf(report, out)
    _say(f"Wrote the activity report for {report.start} to {report.end} to {out}")
    return OK


def _report_problem(exc) -> str:
    from peerdesk.services.errors import ValidationError

    flag = {"start": "--from", "end": "--to"}.get(exc.field, exc.field)
    if exc.code == ValidationError.END_BEFORE_START:
        return "--to is before --from."
    if exc.code == ValidationError.BAD_DATE:
        return f"{flag}: not a date. Write it as 2026-11-22 or 22.11.2026."
    return f"{flag}: {exc}"


def _write_report_pdf(report, out: Path) -> None:
    """Print through Qt, as the app does; only this command loads the UI layer (and Qt)."""
    from peerdesk.ui.reports.document import write_report_pdf_headless

    write_report_pdf_headless(report, out)


HANDLERS: dict[str, Callable[..., int]] = {
    "init": cmd_init,
    "check": cmd_check,
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "passwd": cmd_passwd,
    "demo": cmd_demo,
    "report": cmd_report,
}


# --------------------------------------------------------------------- parser


def _common(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On the top parser and on every command, so both orders work; a command's
    # copy only overrides when given.
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="keep everything (vault, backups, settings, logs) under DIR",
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="read the passphrase from the first line of standard input "
        "(passwd: the old, then the new)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="peerdesk",
        description="PeerDesk: an encrypted notebook for peer workers. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"PeerDesk {__version__}")
    _common(parser, top=True)
    parser.add_argument("--demo", action="store_true", help="open a throwaway demo vault")
    parser.add_argument("--lang", choices=("da", "en"), help="language of the desktop app")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="check this installation: a throwaway vault in a temporary folder, the window "
        "off-screen, one record written and read back; exit 0 if all worked",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _common(p, top=False)
        return p

    command("init", "create a new, empty encrypted vault")
    command("check", "check the vault's integrity and show what it holds")
    p = command("export", "write everything to an unencrypted file (JSON) or folder (CSV)")
    p.add_argument("--format", choices=("json", "csv"), default="json")
    p.add_argument("--out", required=True, metavar="PATH", help="file (json) or folder (csv)")
    p.add_argument(
        "--area",
        choices=("care", "cafe", "volunteers", "selfcare", "courses"),
        help="csv only: just this area's tables (self-care only when named here)",
    )
    p = command("import", "load a JSON export into an empty vault (all or nothing)")
    p.add_argument("file", metavar="FILE")
    p = command("backup", "write an encrypted backup, also while the app is open")
    p.add_argument("--to", metavar="FILE", help="write here instead of the backups folder")
    p.add_argument(
        "--keep", type=int, default=10, metavar="N", help="automatic backups to keep (default 10)"
    )
    p = command("restore", "replace the vault with a backup (the current one is kept aside)")
    p.add_argument("file", metavar="FILE")
    command("passwd", "change the passphrase")
    p = command("demo", "fill an empty vault with realistic, made-up demo data")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--scale", type=_positive_int, default=1, help="1 ≈ a year of work; 100 ≈ 100,000 records"
    )
    p = command("report", "write the activity report (anonymous counts) as PDF or CSV")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day")
    p.add_argument("--format", choices=("pdf", "csv"), default="pdf")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--include-selfcare",
        action="store_true",
        help="also count my own check-ins and boundary situations (private; off by default)",
    )
    return parser


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def run_command(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    """Run a parsed command; map every expected failure to its exit code."""
    data = DataDir.resolve(args.data_dir)
    phrases = Passphrases(args.passphrase_stdin, stdin)
    try:
        return HANDLERS[args.command](args, data, phrases)
    except UsageError as exc:
        _say(f"peerdesk {args.command}: {exc}")
        return USAGE
    except WrongPassphrase as exc:
        _say(f"peerdesk {args.command}: {exc} Nothing was changed.")
        return WRONG_PASSPHRASE
    except VaultInUse as exc:
        _say(f"peerdesk {args.command}: {exc} Close it first.")
        return IN_USE
    except VaultError as exc:
        log.warning("%s failed: %s", args.command, exc.code)
        _say(f"peerdesk {args.command}: {exc}")
        return FAILED
    except (KeyboardInterrupt, EOFError):
        _say(f"peerdesk {args.command}: cancelled.")
        return FAILED
    except OSError as exc:
        _say(f"peerdesk {args.command}: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return FAILED

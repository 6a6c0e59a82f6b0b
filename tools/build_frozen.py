"""Build the installable PeerDesk with PyInstaller, then prove that it works.

    pip install -e ".[build]"
    python tools/build_frozen.py            # build into build/ and dist/, then check
    python tools/build_frozen.py --skip-build --runs 7   # check (and time) an existing build

The same command on Windows, macOS and Linux. Steps, each of which stops the
script with a non-zero exit when it fails:

1. compile resources/translations/*.ts to .qm with PySide6's lrelease;
2. run PyInstaller on peerdesk.spec (work files in build/, the app in dist/);
3. run the frozen app with --version and compare it with peerdesk.__version__;
4. run the frozen app with --smoke in a fresh temporary folder, and check that
   it exits 0 and leaves nothing behind;
5. print the folder's size and the start times, frozen beside unfrozen: the
   median of several runs of --version (starting Python and PeerDesk's command
   line, no Qt) and of --smoke (also loading Qt, opening the window off-screen,
   deriving a vault key and writing a backup: what a user waits for).

On Windows the checks run peerdesk-cli.exe, the console twin of the windowed
PeerDesk.exe in the same folder: a windowed program has no standard output.
"""

from __future__ import annotations

import argparse
import ast
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "peerdesk.spec"
TRANSLATIONS = ROOT / "resources" / "translations"
APP_NAME = "PeerDesk"
#: A frozen run that takes longer than this has hung (the smoke test gives up after 60 s).
RUN_TIMEOUT = 180


class BuildFailed(Exception):
    """A step failed; the message says which and why."""


def package_version() -> str:
    """peerdesk.__version__, read the way the spec reads it."""
    tree = ast.parse((ROOT / "peerdesk" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise BuildFailed("peerdesk/__init__.py has no __version__")


def say(text: str) -> None:
    print(text, flush=True)


# ----------------------------------------------------------------------- build


def build_translations() -> list[Path]:
    """Compile every .ts to a fresh .qm beside it; returns the .qm files."""
    sys.path.insert(0, str(ROOT))
    from peerdesk.ui.i18n import lrelease_path

    tool = lrelease_path()
    if tool is None:
        raise BuildFailed("PySide6's lrelease was not found; install PySide6 from its wheels")
    built = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        result = subprocess.run(
            [str(tool), "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0 or not qm.exists():
            raise BuildFailed(f"lrelease failed on {ts.name}: {result.stderr.strip()}")
        built.append(qm)
    if not built:
        raise BuildFailed(f"no .ts files in {TRANSLATIONS}")
    return built


def run_pyinstaller(dist: Path, work: Path, *, clean: bool, keep_all_qt: bool) -> float:
    """Build the spec; returns the seconds it took."""
    try:
        import PyInstaller  # noqa: F401 - only checks that it is installed
    except ImportError:
        raise BuildFailed('PyInstaller is missing: pip install -e ".[build]"') from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    env = dict(os.environ)
    if keep_all_qt:
        env["PEERDESK_KEEP_ALL_QT"] = "1"
    started = time.perf_counter()
    result = subprocess.run([*command, str(SPEC)], cwd=ROOT, env=env)
    if result.returncode != 0:
        raise BuildFailed(f"PyInstaller exited with {result.returncode}")
    return time.perf_counter() - started


# ----------------------------------------------------------------------- check


def app_folder(dist: Path) -> Path:
    """What an IT department ships: the .app on macOS, else the one folder."""
    return dist / f"{APP_NAME}.app" if sys.platform == "darwin" else dist / APP_NAME


def frozen_command(dist: Path) -> list[str]:
    """The frozen program that writes to a console on this OS."""
    if sys.platform == "win32":
        program = dist / APP_NAME / "peerdesk-cli.exe"
    elif sys.platform == "darwin":
        program = dist / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_NAME
    else:
        program = dist / APP_NAME / APP_NAME
    if not program.exists():
        raise BuildFailed(f"the frozen program {program} is missing")
    return [str(program)]


def unfrozen_command() -> list[str]:
    return [sys.executable, "-m", "peerdesk"]


def run(command: list[str], *args: str, tmp: Path | None = None) -> subprocess.CompletedProcess:
    """Run PeerDesk with `args`; TMPDIR/TEMP point at `tmp` when given."""
    env = dict(os.environ)
    if tmp is not None:
        for name in ("TMPDIR", "TEMP", "TMP"):
            env[name] = str(tmp)
    try:
        return subprocess.run(
            [*command, *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=RUN_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise BuildFailed(f"{' '.join(args)} did not finish in {RUN_TIMEOUT} s") from None


def check_version(command: list[str], expected: str) -> str:
    result = run(command, "--version")
    shown = result.stdout.strip()
    if result.returncode != 0 or shown != f"{APP_NAME} {expected}":
        raise BuildFailed(
            f"--version printed {shown!r} (exit {result.returncode}), "
            f"expected '{APP_NAME} {expected}'. {result.stderr.strip()}"
        )
    return shown


def check_smoke(command: list[str]) -> str:
    """Run --smoke in an empty temporary folder; returns its one line."""
    with tempfile.TemporaryDirectory(prefix="peerdesk-build-check-") as folder:
        tmp = Path(folder)
        result = run(command, "--smoke", tmp=tmp)
        line = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
        if result.returncode != 0:
            raise BuildFailed(f"--smoke exited {result.returncode}: {line or result.stderr}")
        left = sorted(p.name for p in tmp.iterdir())
        if left:
            raise BuildFailed(f"--smoke left files in its temporary folder: {left}")
    return line


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under `folder`, symlinks counted once as links."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        total += path.stat().st_size
        files += 1
    return total, files


def _children_cpu() -> float | None:
    """CPU seconds used so far by finished child processes (None where unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str], args: list[str]) -> tuple[float, float | None]:
    """(wall seconds, CPU seconds or None) of one run in a fresh temporary folder."""
    with tempfile.TemporaryDirectory(prefix="peerdesk-timing-") as folder:
        cpu_before = _children_cpu()
        started = time.perf_counter()
        result = run(command, *args, tmp=Path(folder))
        wall = time.perf_counter() - started
        cpu_after = _children_cpu()
    if result.returncode != 0:
        raise BuildFailed(f"{' '.join(args)} failed while timing: {result.stdout.strip()}")
    cpu = None if cpu_before is None or cpu_after is None else cpu_after - cpu_before
    return wall, cpu


def compare_start_times(
    commands: dict[str, list[str]], args: list[str], runs: int
) -> dict[str, tuple[float, float | None]]:
    """Median wall and CPU seconds of each command, over `runs` rounds that take
    turns (so a busy moment of a shared machine hits both sides), after one
    warm-up round that puts the files in the OS cache."""
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, command in commands.items():
            wall, cpu = timed_run(command, args)
            if round_:
                walls[name].append(wall)
                if cpu is not None:
                    cpus[name].append(cpu)
    return {
        name: (
            statistics.median(walls[name]),
            statistics.median(cpus[name]) if cpus[name] else None,
        )
        for name in commands
    }


# ------------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--skip-build", action="store_true", help="check an existing build")
    parser.add_argument(
        "--no-clean", action="store_true", help="reuse PyInstaller's cache (faster rebuilds)"
    )
    parser.add_argument(
        "--keep-all-qt",
        action="store_true",
        help="build without the spec's Qt excludes (to measure what they save)",
    )
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command")
    parser.add_argument("--no-timing", action="store_true", help="skip the start-time medians")
    args = parser.parse_args(argv)
    version = package_version()
    try:
        if not args.skip_build:
            qms = build_translations()
            say(f"translations: {', '.join(qm.name for qm in qms)}")
            seconds = run_pyinstaller(
                args.dist, args.work, clean=not args.no_clean, keep_all_qt=args.keep_all_qt
            )
            say(f"PyInstaller build: {seconds:.0f} s")
        frozen = frozen_command(args.dist)
        say(f"frozen --version: {check_version(frozen, version)}")
        say(f"frozen --smoke: {check_smoke(frozen)}")
        size, files = folder_size(app_folder(args.dist))
        say(f"folder: {app_folder(args.dist)}: {size / 2**20:.0f} MiB in {files} files")
        if not args.no_timing:
            sides = {"frozen": frozen, "unfrozen": unfrozen_command()}
            for what in ("--version", "--smoke"):
                medians = compare_start_times(sides, [what], args.runs)
                say(
                    f"start time {what:<9} median of {args.runs}: "
                    + ", ".join(
                        f"{name} {wall:.2f} s" + (f" (CPU {cpu:.2f} s)" if cpu is not None else "")
                        for name, (wall, cpu) in medians.items()
                    )
                )
    except BuildFailed as exc:
        say(f"FAILED: {exc}")
        return 1
    say("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Keep the Qt Linguist files in step with the code.

    python -m peerdesk.ui.i18n_tool update   # lupdate the UI sources into both .ts files
    python -m peerdesk.ui.i18n_tool check    # exit 1 when Danish is incomplete or out of date

`update` runs PySide6's bundled lupdate over every .py under peerdesk/ui plus
peerdesk/app.py, listed by name, into resources/translations/peerdesk_da.ts and
peerdesk_en.ts. Existing translations are kept; strings gone from the code are
dropped (-no-obsolete). No source locations are stored and messages are sorted,
so moving code around never changes a .ts file — only new or changed strings do.

lupdate does not follow small wrappers such as

    def _tr(text): return QCoreApplication.translate("Errors", text)

so the strings passed to them would silently stay English. `wrapped_messages`
finds such wrappers and their literal calls with `ast`, and lupdate is handed
an extra generated file that marks the same strings (same context, plural or
not) with QT_TRANSLATE_NOOP / translate(..., n).

`check` runs lupdate into a temporary copy of peerdesk_da.ts and compares, so
it reports strings in the code that the committed file lacks, and it lists every
Danish message without a finished translation, every translation whose %1/%n
placeholders or & accelerator differ from the source, and every English plural
without its forms. Nothing here needs a QApplication.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
#: Language code → the target language lupdate writes into a new .ts file.
TS_LANGUAGES = {"da": "da_DK", "en": "en"}
CHECKED_LANGUAGE = "da"
_SKIPPED_TYPES = {"obsolete", "vanished"}
# Function names lupdate treats as its own, whatever they are bound to.
_LUPDATE_NAMES = {"tr", "trUtf8", "translate", "qsTr", "qsTranslate", "QT_TR_NOOP"}
_PLACEHOLDER = re.compile(r"%(?:L?[1-9]|n)")
# "&x" marks an accelerator; "&&" is a literal ampersand.
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


class LupdateFailed(RuntimeError):
    """PySide6's lupdate could not be found or did not run."""


@dataclass(frozen=True)
class Message:
    """One translatable string as Qt looks it up: context, source and disambiguation."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    def __str__(self) -> str:
        extra = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{extra}"


@dataclass(frozen=True)
class TsEntry:
    """A message of a .ts file with its translation (one text, or one per plural form)."""

    message: Message
    translations: tuple[str, ...]
    finished: bool

    @property
    def translated(self) -> bool:
        """True when the translation is marked finished and no form is empty."""
        return (
            self.finished and bool(self.translations) and all(t.strip() for t in self.translations)
        )


@dataclass(frozen=True)
class Problem:
    """A finished translation that does not fit its source, and why."""

    message: Message
    reason: str

    def __str__(self) -> str:
        return f"{self.message}: {self.reason}"


@dataclass(frozen=True)
class CheckReport:
    """What `check` found; `ok` when there is nothing to fix.

    `stale` messages (in the .ts file, gone from the code) do no harm at run time;
    they are listed so that `update` gets run, but they do not make `ok` false.
    """

    untranslated: tuple[Message, ...]
    missing: tuple[Message, ...]
    stale: tuple[Message, ...]
    problems: tuple[Problem, ...]
    english_plurals: tuple[Message, ...]
    contextless: tuple[Message, ...] = ()
    misread: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (
            self.untranslated
            or self.missing
            or self.problems
            or self.english_plurals
            or self.contextless
            or self.misread
        )

    def lines(self) -> list[str]:
        """The report in plain lines, one per thing to fix."""
        sections = (
            ("no Danish translation", self.untranslated),
            ("in the code but not in peerdesk_da.ts (run update)", self.missing),
            ("in peerdesk_da.ts but no longer in the code (run update)", self.stale),
            ("translation does not fit its source", self.problems),
            ("English plural without its forms", self.english_plurals),
            (
                "no context, so never found at run time (a module-level function named tr?)",
                self.contextless,
            ),
            ("translate-wrapper that lupdate reads as Qt's own function", self.misread),
        )
        out: list[str] = []
        for title, items in sections:
            if items:
                out.append(f"{title}: {len(items)}")
                out.extend(f"  {item}" for item in items)
        return out


# sources ---------------------------------------------------------------------


def source_files(root: Path = ROOT) -> list[Path]:
    """Every .py under peerdesk/ui plus peerdesk/app.py, sorted: what lupdate reads."""
    ui = sorted(p for p in (root / "peerdesk" / "ui").rglob("*.py") if "__pycache__" not in p.parts)
    return [*ui, root / "peerdesk" / "app.py"]


@dataclass(frozen=True)
class _Wrapper:
    context: str
    comment: str
    n_position: int | None  # index of the wrapper's parameter passed on as n, if any
    n_name: str | None


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _is_translate(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and func.attr == "translate"


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "text" constants (a wrapper may name its context by one)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and _literal(node.value) is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _find_wrappers(tree: ast.Module) -> dict[str, _Wrapper]:
    """Functions that return translate("Context", <their first parameter>, ...)."""
    constants = _module_strings(tree)
    wrappers: dict[str, _Wrapper] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        params = [a.arg for a in node.args.args]
        for inner in ast.walk(node):
            call = inner.value if isinstance(inner, ast.Return) else None
            if not (isinstance(call, ast.Call) and _is_translate(call.func)):
                continue
            args = call.args
            context = _literal(args[0]) if args else None
            if context is None and args and isinstance(args[0], ast.Name):
                context = constants.get(args[0].id)
            if context is None or len(args) < 2:
                continue
            if not (isinstance(args[1], ast.Name) and args[1].id == params[0]):
                continue
            comment = _literal(args[2]) if len(args) > 2 else None
            n_arg = args[3] if len(args) > 3 else None
            n_name = n_arg.id if isinstance(n_arg, ast.Name) and n_arg.id in params else None
            wrappers[node.name] = _Wrapper(
                context, comment or "", params.index(n_name) if n_name else None, n_name
            )
    return wrappers


def _module_name(path: Path) -> str:
    """peerdesk/ui/courses/words.py → "peerdesk.ui.courses.words" (files elsewhere: the stem)."""
    try:
        parts = list(path.resolve().relative_to(ROOT).with_suffix("").parts)
    except ValueError:
        parts = [path.stem]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_module(node: ast.ImportFrom, here: str, is_package: bool) -> str:
    """The absolute module name an `from ... import` statement reads from."""
    if not node.level:
        return node.module or ""
    package = here.split(".") if is_package else here.split(".")[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _parse(files: Iterable[Path]) -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), filename=str(p)) for p in files}


_Scope = dict[str, _Wrapper]


def _visible_wrappers(
    trees: dict[Path, ast.Module],
) -> dict[Path, tuple[_Scope, dict[str, _Scope]]]:
    """Per file: wrappers callable by name, and modules of wrappers callable as alias.name."""
    own = {path: _find_wrappers(tree) for path, tree in trees.items()}
    by_module = {_module_name(path): found for path, found in own.items() if found}
    visible = {}
    for path, tree in trees.items():
        names = dict(own[path])
        modules: dict[str, _Scope] = {}
        here = _module_name(path)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = _imported_module(node, here, path.name == "__init__.py")
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if alias.name in by_module.get(module, {}):
                        names[bound] = by_module[module][alias.name]
                    elif f"{module}.{alias.name}" in by_module:
                        modules[bound] = by_module[f"{module}.{alias.name}"]
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    bound = alias.asname or alias.name
                    if "." not in bound and alias.name in by_module:
                        modules[bound] = by_module[alias.name]
        visible[path] = (names, modules)
    return visible


def _wrapper_called(func: ast.AST, names: _Scope, modules: dict[str, _Scope]) -> _Wrapper | None:
    if isinstance(func, ast.Name):
        return names.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return modules.get(func.value.id, {}).get(func.attr)
    return None


def wrapped_messages(files: Iterable[Path]) -> list[Message]:
    """Literal strings passed to translate-wrappers (lupdate cannot see these).

    A wrapper is a function returning translate("Context", <its first parameter>,
    ...); calls count in its own module and wherever it is imported by name.
    """
    trees = _parse(files)
    found: list[Message] = []
    for path, (names, modules) in _visible_wrappers(trees).items():
        if not names and not modules:
            continue
        for node in ast.walk(trees[path]):
            if not isinstance(node, ast.Call):
                continue
            wrapper = _wrapper_called(node.func, names, modules)
            source = _literal(node.args[0]) if wrapper and node.args else None
            if wrapper is None or source is None:
                continue
            numerus = wrapper.n_position is not None and (
                len(node.args) > wrapper.n_position
                or any(k.arg == wrapper.n_name for k in node.keywords)
            )
            found.append(Message(wrapper.context, source, wrapper.comment, numerus))
    return found


def misread_wrappers(files: Iterable[Path]) -> list[str]:
    """Wrappers named like a Qt function (tr, translate…): lupdate files their calls wrongly.

    lupdate takes `tr("x")` for `self.tr("x")` — context: the enclosing class,
    or none at module level — while the wrapper looks under its own context.
    """
    found = []
    for path, tree in _parse(files).items():
        wrappers = _find_wrappers(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in _LUPDATE_NAMES.intersection(
                wrappers
            ):
                where = path.resolve()
                shown = where.relative_to(ROOT) if where.is_relative_to(ROOT) else where
                found.append(f"{shown}:{node.lineno} {node.name}(): give it another name (_tr)")
    return found


def _marker_file(messages: Sequence[Message], folder: Path) -> Path:
    """A Python file lupdate can read that marks `messages` in their own contexts."""
    lines = ["# Generated by peerdesk.ui.i18n_tool for lupdate; never imported."]
    for m in messages:
        context, source = json.dumps(m.context), json.dumps(m.source, ensure_ascii=False)
        comment = json.dumps(m.comment) if m.comment else "None"
        if m.numerus:
            lines.append(f"QCoreApplication.translate({context}, {source}, {comment}, 1)")
        elif m.comment:
            lines.append(f"QCoreApplication.translate({context}, {source}, {comment})")
        else:
            lines.append(f"QT_TRANSLATE_NOOP({context}, {source})")
    path = folder / "wrapped_calls.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# lupdate ---------------------------------------------------------------------


def lupdate_path() -> Path:
    """PySide6's bundled lupdate."""
    import PySide6

    root = Path(PySide6.__file__).parent
    for name in ("lupdate", "lupdate.exe", "Qt/libexec/lupdate"):
        if (root / name).exists():
            return root / name
    raise LupdateFailed("PySide6's lupdate was not found")


def run_lupdate(ts: Path, language: str, sources: Sequence[Path]) -> None:
    """Merge the strings of `sources` into `ts` (created if missing), keeping translations."""
    with tempfile.TemporaryDirectory(prefix="peerdesk-lupdate-") as tmp:
        files = [str(p) for p in sources]
        wrapped = wrapped_messages(sources)
        if wrapped:
            files.append(str(_marker_file(wrapped, Path(tmp))))
        command = [
            str(lupdate_path()),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-sort-messages",
            "-source-language",
            "en",
            "-target-language",
            TS_LANGUAGES.get(language, language),
            *files,
            "-ts",
            str(ts),
        ]
        try:
            subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)
        except subprocess.CalledProcessError as exc:
            raise LupdateFailed(f"lupdate failed: {exc.stderr.strip()}") from exc
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise LupdateFailed(f"lupdate could not run: {exc}") from exc


def update(ts_dir: Path = TS_DIR, sources: Sequence[Path] | None = None) -> list[Path]:
    """Bring every .ts file in `ts_dir` in step with the code; returns the files written."""
    sources = source_files() if sources is None else sources
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in TS_LANGUAGES:
        ts = ts_dir / f"peerdesk_{language}.ts"
        run_lupdate(ts, language, sources)
        written.append(ts)
    return written


# reading and checking --------------------------------------------------------


def read_ts(path: Path) -> list[TsEntry]:
    """The current (not obsolete or vanished) messages of a .ts file."""
    entries: list[TsEntry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in _SKIPPED_TYPES:
                continue
            numerus = message.get("numerus") == "yes"
            texts: tuple[str, ...] = ()
            if translation is not None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = tuple(forms) if numerus else (translation.text or "",)
            source, comment = message.findtext("source", ""), message.findtext("comment", "")
            entries.append(TsEntry(Message(name, source, comment, numerus), texts, kind == ""))
    return entries


def placeholders(text: str) -> list[str]:
    """The %1…%9 and %n markers of a text, sorted (so order may change in translation)."""
    return sorted(m.replace("%L", "%") for m in _PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many & accelerator marks `text` has (a literal && is not one)."""
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def fit_problems(entries: Iterable[TsEntry]) -> list[Problem]:
    """Finished translations whose placeholders or accelerator differ from the source."""
    problems: list[Problem] = []
    for entry in entries:
        if not entry.translated:
            continue
        wanted = placeholders(entry.message.source)
        for form in entry.translations:
            if placeholders(form) != wanted:
                problems.append(
                    Problem(entry.message, f"{form!r} has {placeholders(form)}, wants {wanted}")
                )
            if accelerators(form) != min(1, accelerators(entry.message.source)):
                problems.append(
                    Problem(entry.message, f"{form!r}: the & accelerator differs from the source")
                )
    return problems


def check(ts_dir: Path = TS_DIR, sources: Sequence[Path] | None = None) -> CheckReport:
    """Compare the code with the committed .ts files; nothing in `ts_dir` is changed."""
    sources = source_files() if sources is None else sources
    danish = ts_dir / f"peerdesk_{CHECKED_LANGUAGE}.ts"
    committed = read_ts(danish) if danish.exists() else []
    with tempfile.TemporaryDirectory(prefix="peerdesk-check-") as tmp:
        copy = Path(tmp) / danish.name
        if danish.exists():
            shutil.copy2(danish, copy)
        run_lupdate(copy, CHECKED_LANGUAGE, sources)
        in_code = read_ts(copy)
    in_code_messages = {e.message for e in in_code}
    committed_messages = {e.message for e in committed}
    english = ts_dir / "peerdesk_en.ts"
    english_entries = read_ts(english) if english.exists() else in_code
    english_plurals = [
        e.message
        for e in english_entries
        if e.message.numerus and e.message in in_code_messages and not e.translated
    ]
    return CheckReport(
        untranslated=tuple(e.message for e in committed if not e.translated),
        missing=tuple(e.message for e in in_code if e.message not in committed_messages),
        stale=tuple(e.message for e in committed if e.message not in in_code_messages),
        problems=tuple(fit_problems(committed)),
        english_plurals=tuple(english_plurals),
        contextless=tuple(e.message for e in in_code if not e.message.context),
        misread=tuple(misread_wrappers(sources)),
    )


# command line ----------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m peerdesk.ui.i18n_tool", description="Keep the .ts files in step."
    )
    parser.add_argument("command", choices=("update", "check"))
    parser.add_argument(
        "--ts-dir", type=Path, default=TS_DIR, help="folder of the .ts files (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    try:
        if args.command == "update":
            for path in update(args.ts_dir):
                print(f"updated {path}")
            return 0
        report = check(args.ts_dir)
    except LupdateFailed as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if report.ok:
        # Stale entries alone are only a reminder; the Danish UI is complete.
        print("\n".join([*report.lines(), "translations complete"]))
        return 0
    print("\n".join(report.lines()), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""The table of bench_app.py: each figure with median, p95, target and PASS/MISS,
then the breakdowns that say where the time goes."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from common import summary


@dataclass(frozen=True)
class Target:
    """`stat` (median or p95) of a figure must stay at or below `limit`."""

    stat: str
    limit: float
    text: str


@dataclass
class Figure:
    key: str
    label: str
    unit: str
    samples: list[float]
    target: Target | None = None
    error: str = ""
    # For ratios: the value judged is given, not taken from the samples.
    median: float | None = None
    p95: float | None = None
    # Raw samples behind a ratio, for the JSON.
    extra: dict | None = None

    def stats(self) -> dict[str, float]:
        found = summary(self.samples)
        if self.median is not None:
            found["median"] = self.median
            found["p95"] = self.p95 if self.p95 is not None else math.nan
        return found

    def verdict(self) -> tuple[str, float | None]:
        """PASS / MISS and the factor by which the target is missed (None if passed)."""
        if self.error:
            return "ERROR", None
        if self.target is None:
            return "", None
        value = self.stats()[self.target.stat]
        if math.isnan(value):
            return "n/a", None
        if value <= self.target.limit:
            return "PASS", None
        return "MISS", value / self.target.limit


def _ms(values) -> list[float]:
    return [v * 1000 for v in values]


def build_figures(outcome: dict) -> list[Figure]:
    raw, errors = outcome["raw"], outcome["errors"]
    figures: list[Figure] = []

    def add(*args, **kwargs) -> Figure:
        figure = Figure(*args, **kwargs)
        figures.append(figure)
        return figure

    if "start" in raw or "start" in errors:
        start = raw.get("start", {"app": [], "baseline": []})
        app, bare = start["app"], start["baseline"]
        ratio = statistics.median(app) / statistics.median(bare) if app and bare else math.nan
        add(
            "start_app",
            "process start → unlock window shown",
            "s",
            app,
            error=errors.get("start", ""),
        )
        add("start_baseline", "  bare PySide6 window, four tabs", "s", bare)
        add(
            "start_ratio",
            "  app ÷ bare window (medians)",
            "×",
            [],
            Target("median", 1.5, "≤ 1.5 × bare"),
            median=ratio,
            extra={"app": app, "baseline": bare},
        )
    runs = [*raw.get("unlock", ()), *raw.get("memory", ())]
    if runs or "unlock" in errors or "memory" in errors:
        add(
            "unlock",
            "unlock (KDF incl.) → Overblik filled",
            "s",
            [r["filled"] - r["enter"] for r in runs],
            Target("median", 0.5, "median ≤ 0.5 s"),
            error=errors.get("unlock", ""),
        )
    ui = raw.get("ui", {})
    ui_error = errors.get("ui", "")
    if ui or ui_error:

        def failed(part: str) -> str:
            return ui_error or errors.get(f"ui: {part}", "")

        search = ui.get("search", {})
        add(
            "search",
            "search: query → results painted",
            "ms",
            _ms(search.get("ui", [])),
            Target("p95", 30, "p95 ≤ 30 ms"),
            error=failed("search"),
        )
        add(
            "search_service",
            "  the search service call alone",
            "ms",
            _ms(search.get("service", [])),
        )
        for name, samples in ui.get("lists", {}).items():
            if name.startswith("_"):
                continue
            add(
                f"list: {name}",
                f"{name} → first screenful",
                "ms",
                _ms(samples),
                Target("median", 100, "median ≤ 100 ms"),
            )
        if not ui.get("lists"):
            add("lists", "lists → first screenful", "ms", [], error=failed("lists"))
        add(
            "save_service",
            "save a note: the service call",
            "ms",
            _ms(ui.get("save_service", [])),
            Target("p95", 20, "p95 ≤ 20 ms"),
            error=failed("save_service"),
        )
        add(
            "save_dialog",
            "save a note: dialog, Save → refreshed",
            "ms",
            _ms(ui.get("save_dialog", [])),
            Target("p95", 20, "p95 ≤ 20 ms"),
            error=failed("save_dialog"),
        )
    if "memory" in raw or "memory" in errors:
        peaks = [max(r["maxrss_mb"], r.get("hwm_mb") or 0) for r in raw.get("memory", ())]
        add(
            "memory",
            "peak memory, vault open, every tab (MB)",
            "MB",
            peaks,
            Target("median", 250, "median ≤ 250 MB"),
            error=errors.get("memory", ""),
        )
    storage = raw.get("storage")
    if storage or "storage" in errors:
        ratios = []
        rows = []
        for name, pair in (storage or {}).get("workloads", {}).items():
            enc, plain = summary(pair["encrypted"]), summary(pair["plain"])
            ratio = enc["median"] / plain["median"]
            ratios.append(ratio)
            rows.append((name, enc, plain, ratio, pair))
        overall = math.exp(sum(map(math.log, ratios)) / len(ratios)) if ratios else math.nan
        add(
            "storage_overall",
            "encrypted ÷ plain, overall (geo. mean)",
            "×",
            [],
            Target("median", 1.3, "≤ 1.3"),
            error=errors.get("storage", ""),
            median=overall,
        )
        for name, enc, plain, ratio, pair in rows:
            add(
                f"storage: {name}",
                f"  {name}",
                "×",
                [],
                Target("median", 1.3, "≤ 1.3"),
                median=ratio,
                p95=enc["p95"] / plain["p95"],
                extra=pair,
            )
    return figures


def _fmt(value: float | None, unit: str) -> str:
    if value is None or math.isnan(value):
        return "–"
    if unit == "s":
        return f"{value:.3f}"
    if unit == "×":
        return f"{value:.2f}"
    if unit == "MB":
        return f"{value:.0f}"
    return f"{value:.1f}"


def print_report(outcome: dict) -> dict:
    """Print the table and the breakdowns; return every figure for the JSON."""
    figures = build_figures(outcome)
    m = outcome["machine"]
    rows = outcome["rows"]
    print(
        f"PeerDesk app benchmark — {outcome['vault']}: {rows.get('all_tables', 0):,} rows "
        f"({rows.get('person', 0):,} people, {rows.get('care_conversation', 0):,} notes, "
        f"{rows.get('cafe_session', 0):,} café sessions, {rows.get('volunteer', 0):,} hosts)"
        + ("  [QUICK: few repetitions]" if outcome["quick"] else "")
    )
    print(
        f"{m['cpus']} CPU ({m['cpu']}), Python {m['python']}, PySide6 {m.get('pyside6')}, "
        f"SQLCipher {m.get('sqlcipher')} (SQLite {m['sqlcipher_sqlite']}), "
        f"SQLAlchemy {m['sqlalchemy']}"
    )
    print(
        f"load average at start {m.get('load_average')}, at end "
        f"{outcome.get('load_average_at_end')}; the plain twin runs on SQLCipher's own "
        "SQLite without a key"
    )
    print()
    print(f"{'figure':44} {'unit':>4} {'n':>4} {'median':>9} {'p95':>9}  {'target':17} verdict")
    found = {}
    for f in figures:
        stats = f.stats()
        verdict, factor = f.verdict()
        shown = verdict + (f" ×{factor:.1f}" if factor and factor >= 10 else "")
        shown += f" ×{factor:.2f}" if factor and factor < 10 else ""
        if f.error:
            shown = "ERROR (see below)"
        target = f.target.text if f.target else ""
        n = stats["n"] if f.samples else ""
        print(
            f"{f.label:44} {f.unit:>4} {n:>4} {_fmt(stats['median'], f.unit):>9} "
            f"{_fmt(stats['p95'], f.unit):>9}  {target:17} {shown}"
        )
        found[f.key] = {
            "label": f.label.strip(),
            "unit": f.unit,
            **stats,
            "target": f.target.text if f.target else None,
            "judged_on": f.target.stat if f.target else None,
            "verdict": verdict,
            "miss_factor": factor,
            "error": f.error or None,
            "samples": f.samples,
            **({"samples_behind_ratio": f.extra} if f.extra else {}),
        }
    print(
        "\nmedian/p95 over n runs; a target without 'p95' is judged on the median; "
        "MISS ×F: the judged value is F times the target."
    )
    print_breakdowns(outcome)
    print(f"\nwhole run: {outcome['elapsed_s']:.0f} s")
    return found


def _line(label: str, samples: list[float], unit: str = "ms") -> str:
    s = summary(samples if unit != "ms" else _ms(samples))
    return f"    {label:46} {_fmt(s['median'], unit):>9} {_fmt(s['p95'], unit):>9} {unit}"


def print_breakdowns(outcome: dict) -> None:
    raw, errors = outcome["raw"], outcome["errors"]
    for name, error in errors.items():
        print(f"\nERROR in {name}: {error}")
    start = raw.get("start")
    if start:
        print("\nWhere start-up goes (median, p95):")
        print(_line("interpreter up (spawn → first line of the child)", start["interpreter"], "s"))
        print(
            f"    {start['modules_at_window']} modules imported before the window; heavy ones: "
            + ", ".join(start["heavy_modules_at_window"])
        )
    imports = raw.get("imports")
    if imports:
        print(
            f"    -X importtime: {imports['modules']} imports, {imports['total_ms']:.0f} ms "
            "(inflated by the flag itself); self time by package:"
        )
        for group, ms in imports["self_ms_by_package"].items():
            print(f"      {group:44} {ms:8.0f} ms")
        print("    slowest top-level imports (cumulative):")
        for group, ms in imports["top_level_cumulative_ms"].items():
            print(f"      {group:44} {ms:8.0f} ms")
    opened = raw.get("open")
    if opened:
        print("\nWhere unlocking goes (in this process, median, p95):")
        for name, samples in opened.items():
            print(_line(name, samples))
    parts = raw.get("parts")
    if parts:
        print("  the first unlock in a fresh process, without Qt (median, p95):")
        for name, samples in parts.items():
            print(_line(name.replace("_", " "), samples))
    ui = raw.get("ui", {})
    if ui.get("tab_loads"):
        print("  in this process, with the real controller (its imports already warm):")
        print(_line("Enter → Overblik filled", ui["unlock_in_process"]))
        print(
            _line(
                "  …then until the background checks' verdict", ui["integrity_verdict_after_unlock"]
            )
        )
        print(
            "  each tab's load(vault), warm (the Overblik tab loads at unlock; others when shown):"
        )
        for name, samples in ui["tab_loads"].items():
            print(_line(name, samples))
    runs = [*raw.get("unlock", ()), *raw.get("memory", ())]
    if runs:
        built = [r.get("main_window_built_before_enter") for r in runs]
        print(
            f"    main window already built when Enter was pressed: {sum(map(bool, built))} of "
            f"{len(built)} unlock runs (typing {runs[0].get('typing_ms_per_key')} ms a key)"
        )
        rss = [r["rss_after_unlock_mb"] for r in runs if r.get("rss_after_unlock_mb")]
        if rss:
            print(_line("RSS right after unlock (MB)", rss, "MB"))
    search = ui.get("search")
    if search:
        print(f"\nSearch: {len(search['queries'])} queries × rounds; slowest (max ms):")
        print("    " + ", ".join(f"{q!r} {ms}" for q, ms in search["slowest_ms"].items()))
    if ui.get("lists", {}).get("_rows"):
        print(
            "\nRows in the lists: "
            + ", ".join(f"{k} {v:,}" for k, v in ui["lists"]["_rows"].items())
        )
    storage = raw.get("storage")
    if storage:
        print("\nEncrypted vs plain, per operation (median ms: encrypted / plain):")
        for name, pair in storage["workloads"].items():
            enc, plain = summary(_ms(pair["encrypted"])), summary(_ms(pair["plain"]))
            print(f"    {name:46} {enc['median']:9.2f} / {plain['median']:9.2f}   n={enc['n']}")
        for name, error in storage.get("errors", {}).items():
            print(f"    {name}: not measured ({error})")

"""Speed at every scale, each figure a ratio against a baseline measured in the same run.

    python benchmarks/bench_scale.py                    # scales x1, x10, x100
    python benchmarks/bench_scale.py --scales 1,10,100,1000

Measures (median of several fresh processes):
- start-up: `ccas --help` vs a one-command typer app's `--help`; `ccas search --theme
  non-recours` and `ccas total --by direction` on the bundled corpus vs that app's command;
- text ingest of the recueil (MB/s) vs reading the same bytes and splitting lines in Python;
- loading the YAML store through ccas vs `yaml.load(..., Loader=yaml.CSafeLoader)`;
- at each scale (the bundled corpus replicated with perturbed titles, départements, amounts and
  text): `search`, `filter`, `total` latency vs `rg -i` (or `grep -ri`) over the raw text of
  the same corpus, and peak memory (RSS).
Writes the tables to benchmarks/RESULTS.md and prints them.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
MINIMAL_APP = '''
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "monde"):
    """Say hello."""
    print(name)
app()
'''


def run(args: list[str], cwd: Path = ROOT, env: dict | None = None) -> tuple[float, int]:
    """Wall time of a fresh process, and its peak RSS in MB."""
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, int(usage.ru_maxrss / 1024)


def median_time(args: list[str], repeat: int = 7, **kwargs) -> float:
    run(args, **kwargs)  # warm the OS cache and the query cache
    return statistics.median(run(args, **kwargs)[0] for _ in range(repeat))


def peak_rss(args: list[str], **kwargs) -> int:
    """Peak RSS of one process (measured with /usr/bin/time when available)."""
    if shutil.which("/usr/bin/time"):
        done = subprocess.run(["/usr/bin/time", "-f", "%M", *args], capture_output=True, text=True, **kwargs)
        return int(done.stderr.strip().splitlines()[-1]) // 1024
    return run(args, **kwargs)[1]


def ccas(*args: str) -> list[str]:
    return [PYTHON, "-m", "ccas_cli", *args]


def startup(folder: Path) -> list[tuple[str, float, float]]:
    app = folder / "minimal_app.py"
    app.write_text(MINIMAL_APP, encoding="utf-8")
    help_base = median_time([PYTHON, str(app), "--help"])
    command_base = median_time([PYTHON, str(app)])
    rows = [
        ("ccas --help", median_time(ccas("--help")), help_base),
        (
            "ccas search --theme non-recours",
            median_time(ccas("search", "--theme", "non-recours")),
            command_base,
        ),
        ("ccas total --by direction", median_time(ccas("total", "--by", "direction")), command_base),
    ]
    return rows


def ingest_speed(folder: Path) -> tuple[float, float, float]:
    raw = ROOT / "data" / "raw" / "odas-recueil-solidarite-innovation-sociale-2018.txt"
    size_mb = raw.stat().st_size / 1e6
    out = folder / "ingest-out"
    seconds = median_time(ccas("ingest", str(raw), "--out", str(out), "--quiet"), repeat=5)
    code = f"open({str(raw)!r}, 'rb').read().decode('utf-8').split('\\n')"
    base = median_time([PYTHON, "-c", code], repeat=5)
    return size_mb, seconds, base


def yaml_load(folder: Path) -> tuple[float, float]:
    store = ROOT / "data" / "structured"
    ours = median_time(
        [
            PYTHON,
            "-c",
            f"from ccas_cli.store import load_store; load_store(__import__('pathlib').Path({str(store)!r}))",
        ],
        repeat=5,
    )
    code = (
        "import yaml, glob\n"
        f"[yaml.load(open(p, encoding='utf-8'), Loader=yaml.CSafeLoader) for p in sorted(glob.glob({str(store)!r} + '/*.yaml'))]"
    )
    base = median_time([PYTHON, "-c", code], repeat=5)
    return ours, base


DEPARTEMENTS = ["Gironde", "Nord", "Isère", "Doubs", "Finistère", "Oise", "Var", "Indre", "Lot", "Gers"]


def synthetic(folder: Path, scale: int) -> tuple[Path, Path]:
    """The bundled store replicated `scale` times with perturbed ids, titles, départements,
    amounts and text; and the raw texts replicated alike, for the grep baseline."""
    from ccas_cli.yamlio import dump_yaml, load_yaml

    rng = random.Random(scale)
    store = folder / f"store-x{scale}"
    raw = folder / f"raw-x{scale}"
    store.mkdir()
    raw.mkdir()
    sources = sorted((ROOT / "data" / "structured").glob("*.yaml"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    raws = sorted((ROOT / "data" / "raw").glob("*.txt"))
    for copy in range(scale):
        for path, text in zip(sources, texts, strict=True):
            data = load_yaml(text, path)
            doc_id = f"{data['document']['id']}-{copy}"
            data["document"]["id"] = doc_id
            for record in data["records"]:
                record["id"] = f"{doc_id}/{record['id'].split('/', 1)[1]}"
                record["document"] = doc_id
                record["title"] = (
                    f"{record['title']} {rng.choice(['(bis)', 'v2', 'nouvelle édition', ''])}".strip()
                )
                if record.get("departement"):
                    record["departement"] = rng.choice(DEPARTEMENTS)
                for line in record.get("budget_lines", []):
                    if line["amount_eur"]:
                        line["amount_eur"] = round(line["amount_eur"] * rng.uniform(0.5, 1.5), 2)
                if record.get("type") == "action":
                    counted = [
                        b["amount_eur"] for b in record["budget_lines"] if b["counted"] and b["amount_eur"]
                    ]
                    record["budget_total_eur"] = round(sum(counted), 2) if counted else None
            (store / f"{doc_id}.yaml").write_text(dump_yaml(data), encoding="utf-8")
        for path in raws:
            shutil.copy(path, raw / f"{path.stem}-{copy}.txt")
    return store, raw


def grep_command(raw: Path, word: str) -> list[str]:
    if shutil.which("rg"):
        return ["rg", "-i", "-c", word, str(raw)]
    return ["grep", "-ri", "-c", word, str(raw)]


def scales(folder: Path, factors: list[int]) -> list[tuple]:
    rows = []
    for factor in factors:
        store, raw = synthetic(folder, factor)
        records = sum(
            1 for p in store.glob("*.yaml") for line in p.open(encoding="utf-8") if line.startswith("- id:")
        )
        env = {**os.environ, "CCAS_DATA": str(store)}
        build_start = time.perf_counter()
        run(ccas("stats", "--by", "type"), env=env)  # builds the query cache
        build = time.perf_counter() - build_start
        base = median_time(grep_command(raw, "recours"), repeat=5)
        measures = {
            "search": ccas("search", "non recours", "--format", "json"),
            "filter": ccas("filter", "--departement", "gironde", "--format", "json"),
            "total": ccas("total", "--by", "direction", "--format", "json"),
        }
        for name, args in measures.items():
            seconds = median_time(args, repeat=3, env=env)
            rss = peak_rss(args, env=env)
            rows.append((factor, records, name, seconds, base, rss, build))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated replication factors")
    factors = [int(x) for x in parser.parse_args().scales.split(",")]
    # An installed package has its bytecode compiled; an editable checkout (or a shell with
    # PYTHONDONTWRITEBYTECODE set) would otherwise recompile every module in every process.
    import compileall

    compileall.compile_dir(str(ROOT / "src" / "ccas_cli"), quiet=1)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        lines += [
            "## Start-up (median of fresh processes)",
            "",
            "| command | seconds | baseline | × baseline | target |",
            "|---|---:|---:|---:|---|",
        ]
        targets = {"ccas --help": 1.25}
        for name, seconds, base in startup(folder):
            target = targets.get(name, 1.5)
            ok = "met" if seconds / base <= target else "not met"
            lines.append(
                f"| `{name}` | {seconds:.3f} | {base:.3f} | {seconds / base:.2f} | ≤ {target} ({ok}) |"
            )
        lines.append(
            "\nBaseline: a one-command typer app (`--help` for `--help`, its command for the others).\n"
        )
        size_mb, seconds, base = ingest_speed(folder)
        lines += [
            "## Text ingest",
            "",
            "| what | seconds | MB/s | × baseline |",
            "|---|---:|---:|---:|",
            f"| `ccas ingest` recueil ({size_mb:.2f} MB, whole process) | {seconds:.3f} | {size_mb / seconds:.2f} | "
            f"{seconds / base:.1f} |",
            f"| read + split lines in Python (baseline, whole process) | {base:.3f} | {size_mb / base:.2f} | 1.0 |",
            f"\nTarget: ≤ 0.5 s including start-up → {'met' if seconds <= 0.5 else 'not met'}.\n",
        ]
        ours, base = yaml_load(folder)
        lines += [
            "## YAML store load",
            "",
            "| what | seconds | × baseline |",
            "|---|---:|---:|",
            f"| `store.load_store` (validated models) | {ours:.3f} | {ours / base:.1f} |",
            f"| `yaml.load(..., CSafeLoader)` (baseline) | {base:.3f} | 1.0 |",
            "",
        ]
        lines += [
            "## Queries at scale (fresh process each, median)",
            "",
            "| scale | records | query | seconds | grep baseline | × grep | peak RSS MB | cache build s |",
            "|---:|---:|---|---:|---:|---:|---:|---:|",
        ]
        for factor, records, name, seconds, base, rss, build in scales(folder, factors):
            lines.append(
                f"| ×{factor} | {records:,} | {name} | {seconds:.3f} | {base:.3f} | {seconds / base:.1f} | "
                f"{rss} | {build:.1f} |"
            )
        grep = "rg -i" if shutil.which("rg") else "grep -ri"
        lines.append(f"\nBaseline: `{grep}` over the raw text of the same replicated corpus.")
    text = (
        "# Benchmark results\n\nProduced by `python benchmarks/bench_scale.py`; ratios are against baselines "
        "measured in the same run, on the same machine.\n\n" + "\n".join(lines) + "\n"
    )
    (ROOT / "benchmarks" / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

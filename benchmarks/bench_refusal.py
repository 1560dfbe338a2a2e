"""Refusing a large file that is no document: time and peak memory, against baselines of the same run.

    python benchmarks/bench_refusal.py              # 50 MB, 5 runs each (~15 s)
    python benchmarks/bench_refusal.py --mb 200 --repeat 3

`ccas ingest big.txt` on a text of no known family must answer with one line and exit 3 without
reading the whole file (targets: under 3 s and 200 MB at 50 MB). Baselines, measured in the same
run as fresh processes: `ccas --help` (the cost of starting at all) and a Python process that
reads the file line by line (the cost of looking at every byte once). The ratios say whether
refusal scales with the file (it should not) or with start-up (it should).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIME_TARGET_S = 3.0
MEMORY_TARGET_MB = 200


def measure(args: list[str], expect: int) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one fresh process, which must exit with `expect`."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if code != expect:
        raise SystemExit(f"{' '.join(args)}: exit {code}, expected {expect}: {stderr[-300:]}")
    return elapsed, usage.ru_maxrss / 1024


def series(args: list[str], expect: int, repeat: int) -> tuple[list[float], list[float]]:
    measure(args, expect)  # warm the OS cache
    runs = [measure(args, expect) for _ in range(repeat)]
    return [t for t, _ in runs], [m for _, m in runs]


def row(name: str, times: list[float], memory: list[float], base: float) -> str:
    return (
        f"| {name} | {min(times):.2f} / {statistics.median(times):.2f} / {max(times):.2f} s "
        f"| {statistics.median(times) / base:.1f}x | {max(memory):.0f} MB |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=50, help="size of the file to refuse (MB)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    ccas = shutil.which("ccas", path=str(Path(sys.executable).parent)) or shutil.which("ccas")
    if ccas is None:
        raise SystemExit("ccas is not installed for this Python: pip install -e . first")
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        line = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n"
        block = line * ((1 << 20) // len(line))  # written by blocks: a child forked from a large
        with big.open("wb") as out:  # parent would report the parent's memory as its own peak
            for _ in range(args.mb):
                out.write(block)
        out_dir = Path(tmp) / "out"
        help_t, help_m = series([ccas, "--help"], 0, args.repeat)
        read_t, read_m = series(
            [
                sys.executable,
                "-c",
                "import sys\nfor _ in open(sys.argv[1], encoding='utf-8'): pass",
                str(big),
            ],
            0,
            args.repeat,
        )
        refuse_t, refuse_m = series([ccas, "ingest", str(big), "--out", str(out_dir)], 3, args.repeat)
        if out_dir.exists() and any(out_dir.iterdir()):
            raise SystemExit("refusal wrote something into the output folder")
    base = statistics.median(help_t)
    print(f"# Refusing a {args.mb} MB text of no known family ({args.repeat} runs, min / median / max)\n")
    print("| command | wall time | x `ccas --help` | peak RSS |")
    print("| --- | --- | --- | --- |")
    print(row("`ccas --help` (baseline: start-up)", help_t, help_m, base))
    print(row("Python reads every line (baseline: the file once)", read_t, read_m, base))
    print(row("`ccas ingest big.txt` (exit 3)", refuse_t, refuse_m, base))
    worst_t, worst_m = max(refuse_t), max(refuse_m)
    verdict = "met" if worst_t < TIME_TARGET_S and worst_m < MEMORY_TARGET_MB else "NOT met"
    print(
        f"\nrefusal: {statistics.median(refuse_t) / statistics.median(read_t):.2f}x reading the file once; "
        f"target < {TIME_TARGET_S:.0f} s and < {MEMORY_TARGET_MB} MB at 50 MB: {verdict} "
        f"(worst run {worst_t:.2f} s, {worst_m:.0f} MB)"
    )


if __name__ == "__main__":
    main()

"""Rendering and error reporting shared by the commands."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

from ..errors import CcasError

F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    yaml = "yaml"
    markdown = "markdown"


def console(stderr: bool = False):
    """A rich console; off a terminal it never wraps or truncates (output is for pipes)."""
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    if stream.isatty():
        return Console(file=stream, stderr=stderr)
    # piped: as wide as $COLUMNS says (a pager, a note), else never wrapped
    columns = os.environ.get("COLUMNS", "")
    width = int(columns) if columns.isdigit() and int(columns) >= 40 else 100_000
    return Console(file=stream, width=width, no_color=True, highlight=False, soft_wrap=width == 100_000)


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def emit_ndjson(items: list[Any]) -> None:
    for item in items:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


class JsonStream:
    """A JSON list (or NDJSON lines) written item by item, byte for byte what `emit_json` or
    `emit_ndjson` print for the whole list; items come as JSON indented by 2."""

    def __init__(self, ndjson: bool = False) -> None:
        self.ndjson = ndjson
        self.count = 0

    def write(self, item: str) -> None:
        if self.ndjson:
            sys.stdout.write(json.dumps(json.loads(item), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(("[\n  " if not self.count else ",\n  ") + item.replace("\n", "\n  "))
        self.count += 1

    def close(self) -> None:
        if self.ndjson:
            return
        sys.stdout.write("\n]\n" if self.count else "[]\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_EXCEL = False  # --excel: CSV the way French spreadsheets open it
_MARKDOWN = False  # --format markdown: the rows a CSV would hold, as a table for a note


def set_excel(on: bool, format: Format | None = None) -> None:
    global _EXCEL, _MARKDOWN
    _EXCEL = on
    _MARKDOWN = format is Format.markdown


def emit_csv(rows: list[dict], columns: list[str]) -> None:
    """Plain UTF-8 CSV (commas, LF) that any tool reads (`csv.DictReader`, pandas, a pipe);
    with `--excel`, a byte-order mark, ';' and CRLF, so that Excel and LibreOffice Calc open it
    with accents intact in a French locale. Numbers are plain, lists joined with " | "."""
    if _MARKDOWN:
        emit_markdown(rows, columns)
        return
    out = sys.stdout
    if _EXCEL:
        out.write("\ufeff")
    delimiter, end = (";", "\r\n") if _EXCEL else (",", "\n")
    codes = {n for n, c in enumerate(columns) if c in TEXT_COLUMNS}
    out.write(delimiter.join(_csv_field(c, delimiter) for c in columns) + end)
    for row in rows:
        cells = [_cell(row.get(c)) for c in columns]
        out.write(
            delimiter.join(_csv_field(v, delimiter, code=n in codes and v != "") for n, v in enumerate(cells))
            + end
        )


# Identifier-like codes ("06", "2A"): a spreadsheet must keep them as text, leading zero included.
TEXT_COLUMNS = frozenset({"departement_code"})


def _csv_field(value: str, delimiter: str, code: bool = False) -> str:
    """One CSV field, quoted when it must be (RFC 4180); a code is always quoted, and with
    --excel written as the formula ="06", the one form Excel and Calc both keep as text."""
    if code and _EXCEL:
        return '="' + value.replace('"', '""') + '"'
    if code or any(ch in value for ch in (delimiter, '"', "\n", "\r")):
        return '"' + value.replace('"', '""') + '"'
    return value


def emit_document(
    data: list, format: Format, columns: list[str] | None = None, csv_rows: list[dict] | None = None
) -> bool:
    """`data` in a machine format: JSON, NDJSON, YAML, and — when `columns` are given — CSV and
    markdown (of `csv_rows`, else of `data`). False for the table (or CSV without columns),
    which the command draws its own way."""
    if format is Format.json:
        emit_json(data)
    elif format is Format.ndjson:
        emit_ndjson(data)
    elif format is Format.yaml:
        emit_yaml(data)
    elif format in (Format.csv, Format.markdown) and columns is not None:
        emit_csv(csv_rows if csv_rows is not None else data, columns)
    else:
        return False
    return True


def emit_markdown(rows: list[dict], columns: list[str]) -> None:
    """A pipe table to paste into a note or a ticket: the CSV's rows, without the columns no row
    fills, amounts in euros written the French way ("2 523 000 €")."""
    from ..normalize.money import format_eur

    shown = [c for c in columns if any(row.get(c) not in (None, "", [], {}) for row in rows)] or columns

    def cell(column: str, value: Any) -> str:
        if column.endswith("_eur") and isinstance(value, int | float) and not isinstance(value, bool):
            text = format_eur(value)
        else:
            text = _cell(value)
        return str(text).replace("|", "\\|").replace("\n", " ").replace("\r", "")

    out = sys.stdout
    out.write("| " + " | ".join(shown) + " |\n")
    out.write(
        "|"
        + "|".join("---:" if c.endswith(("_eur", "lines", "records", "count")) else "---" for c in shown)
        + "|\n"
    )
    for row in rows:
        out.write("| " + " | ".join(cell(c, row.get(c)) for c in shown) + " |\n")


BAR_WIDTH = 20


def share_bar(part: float, whole: float) -> str:
    """A row's share of the total at a glance: a bar of eighth-blocks and the percentage
    ("██████▍ 32 %"); the bars of a table's rows add up to one full bar."""
    if whole <= 0 or part <= 0:
        return ""
    eighths = round(part / whole * BAR_WIDTH * 8)
    full, rest = divmod(eighths, 8)
    bar = "█" * full + ("▏▎▍▌▋▊▉"[rest - 1] if rest else "")
    percent = part / whole * 100
    shown = f"{percent:.0f}" if percent >= 1 else "<1"
    return f"{bar.ljust(BAR_WIDTH)} {shown.rjust(3)} %"


def say(message: str) -> None:
    """One line on stderr, as the CLI framework's echo writes it (without importing it)."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def notes(messages: list[str]) -> None:
    """What a fuzzy option resolved to, on stderr so that stdout stays data."""
    for message in messages:
        say(message)


def emit_yaml(data: Any) -> None:
    from ..yamlio import dump_yaml

    sys.stdout.write(dump_yaml(data))


def nothing_matched(message: str = "no record matches") -> None:
    """The one rule of every query command when nothing matches: like grep, exit 1 with one line
    on stderr; a machine format has already printed its empty document (`[]`, a CSV header)."""
    say(message)
    raise SystemExit(1)


def fail(message: str, code: int) -> None:
    say(f"Error: {message}")
    raise SystemExit(code)


def handles_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the contract's exit code.

    With CCAS_DEBUG=1 (or --debug) the traceback is shown instead, for bug reports.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except CcasError as exc:
            if os.environ.get("CCAS_DEBUG"):
                raise
            fail(exc.one_line(), int(exc.exit_code))
        except KeyboardInterrupt:
            say("Interrupted; nothing was written past the last complete file.")
            raise SystemExit(130) from None
        except BrokenPipeError:
            # `ccas filter … | head`: the reader has all it wants. Point stdout at /dev/null so
            # the interpreter's last flush does not fail again, and end quietly with success.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise SystemExit(0) from None

    return wrapper  # type: ignore[return-value]

"""`ccas ingest`: parse raw documents into the YAML store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

if TYPE_CHECKING:
    from rich.progress import Progress

import typer

from .output import console, handles_errors


@handles_errors
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or folders to ingest (default: every document of data/raw/manifest.yaml)."
        ),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Output folder (default: $CCAS_DATA, else data/structured).")
    ] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="Document family, when detection fails.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Parse and report; write nothing.")] = False,
    diff: Annotated[
        bool, typer.Option("--diff", help="Show what re-ingesting changes, before writing.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite stored files even if they were edited by hand.")
    ] = False,
    renumber: Annotated[
        bool,
        typer.Option("--renumber", help="Give renamed records their new ids instead of keeping the old."),
    ] = False,
    as_: Annotated[
        str | None,
        typer.Option(
            "--as",
            metavar="DOCUMENT_ID",
            help="FILE is the new edition of this manifest document: it replaces the document's raw "
            "file, the manifest gets its sha256, and the diff is printed.",
        ),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help="With --as: the new edition's year, for the manifest.")
    ] = None,
) -> None:
    """Parse documents into validated records, written atomically to data/structured/<id>.yaml."""
    from ..errors import UsageError
    from ..ingest import MANIFEST, adopt_edition, edition_entry, prepare, write
    from ..paths import data_dir

    target = data_dir(out)
    if year is not None and as_ is None:
        raise UsageError("--year goes with --as (the manifest entry of the edition it dates)")
    edition = None
    if as_ is not None:
        if not paths or len(paths) != 1 or paths[0].is_dir():
            raise UsageError("--as takes exactly one FILE: the new edition of that document")
        edition = edition_entry(paths[0], as_, MANIFEST, year)
        diff = True
    with _progress(quiet) as on_page:
        outcomes = prepare(
            paths or None,
            target,
            kind=kind,
            progress=on_page,
            renumber=renumber,
            entries={paths[0]: edition} if edition and paths else None,
            index=not dry_run,  # the query index's rows, written with the files
        )
    if diff:
        _diff(outcomes)
    if not dry_run:
        write(outcomes, target, force=force)  # refuses (hand edits) before the raw file is replaced
        if edition is not None and paths:
            adopt_edition(paths[0], edition, MANIFEST)
        for outcome in outcomes:
            for edit in outcome.discarded:
                typer.echo(f"{outcome.target}: --force overwrote a hand edit: {edit}", err=True)
    _summary(outcomes, dry_run)


class _progress:
    """A page bar on stderr while PDFs are read, only on a terminal and without --quiet."""

    def __init__(self, quiet: bool) -> None:
        import sys

        self.enabled = not quiet and sys.stderr.isatty()
        self.bar: Progress | None = None
        self.tasks: dict = {}

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.progress import Progress

        self.bar = bar = Progress(console=console(stderr=True), transient=True)
        bar.start()
        return self.update

    def update(self, path, done: int, total: int) -> None:
        assert self.bar is not None  # called only inside the `with` block that started it
        if path not in self.tasks:
            self.tasks[path] = self.bar.add_task(f"reading {path.name}", total=total)
        self.bar.update(self.tasks[path], completed=done)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _diff(outcomes) -> None:
    from ..query.diff import diff_store_files
    from ..store import load_file
    from .cmd_diff import show_diff
    from .output import Format

    old = [load_file(o.target) for o in outcomes if o.document is not None and o.target.exists()]
    new = [o.store_file for o in outcomes if o.document is not None]
    show_diff(diff_store_files(old, new), Format.table)


def _summary(outcomes, dry_run: bool) -> None:

    from rich.markup import escape
    from rich.table import Table

    table = Table(title="ccas ingest" + (" (dry run: nothing written)" if dry_run else ""))
    for column in ("document", "kind", "records", "warnings", "lines accounted", "file"):
        table.add_column(column, overflow="fold")
    for outcome in outcomes:
        if outcome.document is None:
            table.add_row(
                outcome.path.name, "-", "-", "-", "-", f"skipped: no parser for kind '{outcome.skipped}' yet"
            )
            continue
        doc = outcome.document
        records = ", ".join(f"{n} {t}" for t, n in sorted(outcome.kinds.items()))
        state = (
            "would change" if dry_run and outcome.changed else ("written" if outcome.written else "unchanged")
        )
        announced = f"; {doc.records_announced} announced" if doc.records_announced is not None else ""
        table.add_row(
            doc.id,
            doc.kind,
            f"{outcome.records} ({records}){announced}",
            str(len(doc.warnings)),
            f"{doc.lines_accounted}/{doc.lines_total} ({doc.accounted_share:.1%})",
            escape(f"{outcome.target} [{state}]"),
        )
    console().print(table)
    # How each document's family was chosen, when it was detected rather than named.
    for outcome in outcomes:
        doc = outcome.document
        for warning in doc.warnings if doc is not None else []:
            if warning.code in (
                "detected",
                "generic-fallback",
                "override-orphan",
                "override-conflict",
                "resembles",
            ):
                console(stderr=True).print(escape(f"{doc.id}: {warning.message}"))

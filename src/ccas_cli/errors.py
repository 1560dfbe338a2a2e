"""Typed errors and the exit codes of the CLI contract, mapped in one place."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    OK = 0
    NO_MATCH = 1  # search/filter matched nothing, or diff --exit-code found differences
    USAGE = 2
    BAD_INPUT = 3  # bad input or invalid data


class CcasError(Exception):
    """Base class: carries a one-line, user-facing message and an exit code."""

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        super().__init__(message)

    def one_line(self) -> str:
        message = " ".join(str(self).split())
        return f"{self.path}: {message}" if self.path else message


class InputError(CcasError):
    """A source file cannot be read as a document (missing, empty, binary, wrong encoding)."""


class StoreError(CcasError):
    """The structured store cannot be read or written."""


class UsageError(CcasError):
    exit_code = ExitCode.USAGE

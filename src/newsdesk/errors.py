"""Every error newsdesk raises on purpose. The CLI turns each into one line on stderr, never a traceback."""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class: a problem the user can act on."""


class InputError(NewsdeskError):
    """One bad input item: a file, or one line of a file. Formats as `path: reason` or `path:LINE: reason`."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path, self.reason, self.line = str(path), reason, line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"

    def __reduce__(self):  # picklable (an executor's worker returns these): rebuild from the three fields
        return (InputError, (self.path, self.reason, self.line))


class StoreError(NewsdeskError):
    """The store cannot be opened, migrated or written."""


class NotFound(NewsdeskError):
    """An id or name the user asked for is not in the store."""

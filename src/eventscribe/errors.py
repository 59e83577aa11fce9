"""One catalogue of errors users see. Each message names the input and the problem."""

from __future__ import annotations


class EventscribeError(Exception):
    """An error a user can act on; the CLI prints it as one line and exits 2."""


class InputError(EventscribeError):
    """An input that cannot be read as an article. `where` is "file" or "file:line"."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class PipelineError(EventscribeError):
    """A pipeline that cannot run: a stage's requirement is never met, or a stage is unknown."""


# The reasons an input is rejected are catalogued in eventscribe/readers/checks.py.

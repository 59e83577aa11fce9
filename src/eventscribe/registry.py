"""Registries: readers by format, pipeline stages by name, exporters by format.

Built-ins register through the same decorators as extensions; `load_builtins()` imports
the modules that hold them, so nothing is registered as a side effect of importing
`eventscribe` itself.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from eventscribe.errors import EventscribeError

T = TypeVar("T")

BUILTIN_MODULES = (
    "eventscribe.readers.plaintext",
    "eventscribe.readers.jsonl",
    "eventscribe.readers.html",
    "eventscribe.normalize",
    "eventscribe.parse",
    "eventscribe.actors.resolve",
    "eventscribe.actors.coded",
    "eventscribe.coding.coder",
    "eventscribe.when",
    "eventscribe.where.stage",
    "eventscribe.coding.countries",
    "eventscribe.coding.repeats",
    "eventscribe.store.export",
)


class Registry(Generic[T]):
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        def add(item: T) -> T:
            self._items[name] = item
            return item

        return add

    def get(self, name: str) -> T:
        load_builtins()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise EventscribeError(f"unknown {self.kind} {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        load_builtins()
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        load_builtins()
        return name in self._items


readers: Registry[Any] = Registry("reader")
stages: Registry[Any] = Registry("stage")
exporters: Registry[Any] = Registry("exporter")

_loaded = False


def load_builtins() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in BUILTIN_MODULES:
        importlib.import_module(module)

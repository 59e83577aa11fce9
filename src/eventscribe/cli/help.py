"""Help in plain words: `OUTPUT`, `INPUTS...`, `--limit INTEGER`, a flag with no value.

typer 0.2x writes a required argument as `{output}` and every value type as `<path>`,
`<bool>`, `<list[str]>`, which read as placeholders left unfilled. The classes here give
back the usual shape; `eventscribe.cli` makes every command use them.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

TYPE_NAMES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "Path": "PATH"}


class PlainHelpArgument(TyperArgument):
    """An argument shown as `OUTPUT` or `INPUTS...` (typer 0.2x writes `{output}` and
    `<path>`, which read as unfilled placeholders)."""

    @property
    def display_name_raw(self) -> str:
        return self.metavar or self.name.upper()

    def plain_name(self) -> str:
        name = self.display_name_raw
        return name if self.metavar or self.nargs == 1 else f"{name}..."

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.plain_name()
        return [name if self.required else f"[{name}]"]

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the name says it


class PlainHelpOption(TyperOption):
    """An option shown with its value as TEXT, INTEGER, NUMBER or PATH; a flag with none."""

    def display_type_rich(self, ctx: Any) -> str | None:
        if self.metavar is not None:
            return self.metavar
        if self.is_flag:
            return None
        bare = self.type_descriptor.annotation if hasattr(self, "type_descriptor") else None
        name = getattr(bare, "__name__", "")
        return TYPE_NAMES.get(name, "TEXT")


class PlainHelp:
    """Help that shows plain names, as `--help` did before typer 0.2x (a mixin)."""

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            if type(param) is TyperArgument:
                param.__class__ = PlainHelpArgument
            elif type(param) is TyperOption:
                param.__class__ = PlainHelpOption
        return params


class PlainHelpCommand(PlainHelp, TyperCommand):
    pass


class PlainHelpGroup(PlainHelp, TyperGroup):
    pass


def plain_help(app: Any) -> None:
    """Make every command registered on `app` so far help in plain words (`eventscribe.cli`
    calls it once every command module is imported)."""
    for command in app.registered_commands:
        if command.cls in (None, TyperCommand):
            command.cls = PlainHelpCommand

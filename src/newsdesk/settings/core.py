"""The settings machinery: `Setting`, the `SETTINGS` table, `setting()` to declare one, and the frozen `Settings`
object (`DEFAULT`, `.replace`, `.parse`). Standard library only. The declarations live in the sibling modules."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: object
    help: str
    chosen_by: str  # the evaluation (command, data set, figures) that chose the value
    optional: bool = False  # None ("none" on the command line) is a valid value: the step is switched off


SETTINGS: dict[str, Setting] = {}


def setting(name: str, default, help: str, chosen_by: str, *, optional: bool = False):
    """Register a named threshold and return its value (use: `X = setting("X", 0.8, "...", "eval ...")`)."""
    if name in SETTINGS:
        raise ValueError(f"setting {name} declared twice")
    SETTINGS[name] = Setting(name, default, help, chosen_by, optional)
    return default


class Settings:
    """One frozen set of values for every setting in `SETTINGS`: `DEFAULT`, or `DEFAULT.replace(NAME=value)`.

    The pipeline receives one `Settings` and hands it to every stage (`settings.EVENT_THRESHOLD`), so an
    evaluation or `--setting NAME=VALUE` changes a run without touching module constants. Values not
    overridden are the table's defaults. `replace` checks each name against the table and each value against
    the default's type (an int is accepted for a float; None only for `optional` settings).
    """

    __slots__ = ("_overrides",)

    def __init__(self, overrides: dict[str, object] | None = None):
        object.__setattr__(self, "_overrides", dict(overrides or {}))

    def __getattr__(self, name: str):
        try:
            return self._overrides[name] if name in self._overrides else SETTINGS[name].default
        except KeyError:
            raise AttributeError(f"no setting named {name}") from None

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("Settings is frozen: use .replace(NAME=value)")

    def __reduce__(self):  # pickles (executors send it to Ray workers) without touching the frozen __setattr__
        return (Settings, (dict(self._overrides),))

    def __eq__(self, other) -> bool:
        return isinstance(other, Settings) and self.as_dict() == other.as_dict()

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self.as_dict().items())))

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in sorted(self._overrides.items()))})"

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in SETTINGS}

    @property
    def overrides(self) -> dict[str, object]:
        """The values that differ from the table's defaults."""
        return {k: v for k, v in self._overrides.items() if v != SETTINGS[k].default}

    def replace(self, **overrides) -> Settings:
        """A copy with these values; ValueError names an unknown setting or a value of the wrong type."""
        for name, value in overrides.items():
            check(name, value)
        return Settings({**self._overrides, **overrides})

    def parse(self, assignments: list[str] | tuple[str, ...]) -> Settings:
        """A copy with `NAME=VALUE` strings applied (as typed on the command line); ValueError on a bad one."""
        values = {}
        for item in assignments:
            name, sep, text = item.partition("=")
            name = name.strip()
            if not sep:
                raise ValueError(f"--setting {item!r}: expected NAME=VALUE")
            values[name] = parse_value(name, text.strip())
        return self.replace(**values)


def check(name: str, value) -> None:
    """ValueError unless `name` is a setting and `value` fits its type."""
    spec = SETTINGS.get(name)
    if spec is None:
        raise ValueError(f"no setting named {name} (see `newsdesk settings`)")
    if value is None:
        if spec.optional:
            return
        raise ValueError(f"setting {name} cannot be none")
    kind = type(spec.default)
    ok = (isinstance(value, bool) if kind is bool else
          isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else
          isinstance(value, int) and not isinstance(value, bool) if kind is int else isinstance(value, kind))
    if not ok:
        raise ValueError(f"setting {name} takes a {kind.__name__}, not {value!r}")


def parse_value(name: str, text: str):
    """The typed value of `NAME=TEXT` for setting `name` (its default's type; "none" for optional settings)."""
    spec = SETTINGS.get(name)
    if spec is None:
        raise ValueError(f"no setting named {name} (see `newsdesk settings`)")
    if spec.optional and text.lower() == "none":
        return None
    kind = type(spec.default)
    try:
        if kind is bool:
            if text.lower() not in {"true", "false", "1", "0", "yes", "no"}:
                raise ValueError(text)
            return text.lower() in {"true", "1", "yes"}
        return kind(text)
    except ValueError:
        raise ValueError(f"setting {name} takes a {kind.__name__}, not {text!r}") from None


DEFAULT = Settings()  # the table's values; stages take `settings: Settings = DEFAULT`


def from_cli(assignments: list[str] | None) -> Settings:
    """DEFAULT with `--setting NAME=VALUE` overrides; a bad one is a NewsdeskError (one line on stderr)."""
    from newsdesk.errors import NewsdeskError

    try:
        return DEFAULT.parse(list(assignments or []))
    except ValueError as exc:
        raise NewsdeskError(str(exc)) from None

"""A strict reader for layout JSON: every error names the file and the field path.

``Reader(data, file="my.json").number("x")`` inside ``elements[2]`` fails with
``my.json: elements[2].x: expected a number, got "ten"``. Unknown keys are errors too (a typo
such as ``"colour_"`` must not be ignored silently).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NoReturn

from clusterdesk.core.errors import UserError


class LayoutError(UserError):
    """A badge layout file is missing, not JSON, or has an invalid field. Nothing was printed."""


_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_MISSING: Any = object()


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "..."


class Reader:
    """A view of one JSON object at a path inside a layout file."""

    def __init__(self, data: Any, *, file: str, path: str = "") -> None:
        self.file = file
        self.path = path
        if not isinstance(data, dict):
            self.fail(f"expected an object {{...}}, got {_show(data)}")
        self.data: dict[str, Any] = data
        self._used: set[str] = set()

    def where(self, key: str | None = None) -> str:
        if key is None:
            return self.path or "(top level)"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, message: str, key: str | None = None) -> NoReturn:
        raise LayoutError(f"{self.file}: {self.where(key)}: {message}")

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: Any) -> Any:
        self._used.add(key)
        if key in self.data:
            return self.data[key]
        if default is _MISSING:
            self.fail("missing (required)", key)
        return default

    def number(
        self,
        key: str,
        default: float = _MISSING,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        above: float | None = None,
    ) -> float:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(f"expected a number, got {_show(value)}", key)
        if minimum is not None and value < minimum:
            self.fail(f"must be at least {minimum:g}, got {value:g}", key)
        if maximum is not None and value > maximum:
            self.fail(f"must be at most {maximum:g}, got {value:g}", key)
        if above is not None and value <= above:
            self.fail(f"must be more than {above:g}, got {value:g}", key)
        return float(value)

    def integer(self, key: str, default: int = _MISSING, *, minimum: int = 0) -> int:
        value = self._get(key, default)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(f"expected a whole number, got {_show(value)}", key)
        if value < minimum:
            self.fail(f"must be at least {minimum}, got {value}", key)
        return value

    def string(self, key: str, default: str = _MISSING, *, choices: tuple[str, ...] = ()) -> str:
        value = self._get(key, default)
        if not isinstance(value, str):
            self.fail(f"expected a text string, got {_show(value)}", key)
        if choices and value not in choices:
            self.fail(f"expected one of {', '.join(choices)}; got {_show(value)}", key)
        return value

    def optional_string(self, key: str) -> str | None:
        if key not in self.data or self.data[key] is None:
            self._used.add(key)
            return None
        return self.string(key)

    def boolean(self, key: str, default: bool = _MISSING) -> bool:
        value = self._get(key, default)
        if not isinstance(value, bool):
            self.fail(f"expected true or false, got {_show(value)}", key)
        return value

    def colour(self, key: str, default: str = _MISSING) -> str:
        value = self.string(key, default)
        if not _COLOUR.match(value):
            self.fail(f'expected a colour like "#1a5fb4", got {_show(value)}', key)
        return value.lower()

    def child(self, key: str) -> Reader:
        return Reader(self._get(key, _MISSING), file=self.file, path=self.where(key))

    def optional_child(self, key: str) -> Reader | None:
        if key not in self.data or self.data[key] is None or self.data[key] is False:
            self._used.add(key)
            return None
        return self.child(key)

    def items(self, key: str) -> Iterator[Reader]:
        value = self._get(key, _MISSING)
        if not isinstance(value, list):
            self.fail(f"expected a list [...], got {_show(value)}", key)
        for i, item in enumerate(value):
            yield Reader(item, file=self.file, path=f"{self.where(key)}[{i}]")

    def done(self) -> None:
        """Fail on keys nobody read (typos); keys starting with ``_`` are comments."""
        for key in self.data:
            if key not in self._used and not key.startswith("_"):
                self.fail("unknown field (a typo?)", key)

"""What the core says, as a code and its parameters; each front end puts it into words.

Services never build an English sentence for the user: a refusal, a reason or a change summary is
a :class:`Msg` (``code`` stable like the CLI's JSON keys, ``params`` the names, labels and times
that go into the sentence, possibly other messages). The CLI turns it into English
(:mod:`clusterdesk.cli.words`), the desktop app into the user's language (:mod:`clusterdesk.ui.words`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, Union

from clusterdesk.core.errors import UserError

Param = Union[str, int, "Msg"]
E = TypeVar("E", bound=UserError)


@dataclass(frozen=True)
class Msg:
    """A code and its parameters, e.g. ``Msg("edit.moved", {"who": "A — B", "where": …})``."""

    code: str
    params: dict[str, Param] = field(default_factory=dict)

    def __str__(self) -> str:  # for logs and tracebacks only; users see the front ends' words
        if not self.params:
            return self.code
        inner = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code}({inner})"


def msg(code: str, **params: Param) -> Msg:
    return Msg(code, params)


class CodedError(UserError):
    """An expected refusal that carries a :class:`Msg`; the front end says it in its words."""

    msg: Msg

    def __init__(self, message: Msg) -> None:
        super().__init__(str(message))
        self.msg = message
        self.code = message.code


class CodedValueError(CodedError, ValueError):
    """A refusal of a value (an address, a file that is not what it should be) that callers
    may also catch as ``ValueError``."""


def refusal(kind: type[E], message: Msg) -> E:
    """An error of a given kind (``NewerEventError``, ``ServerError`` …: callers catch it by
    its type, programs read its class's ``code``) that says ``message`` through the front
    ends' words; ``str()`` of it is the code, for logs."""
    return kind(str(message)).coded(message)


def coded(error: BaseException) -> Msg | None:
    """What an error says as a code (a :class:`CodedError` or an error made by
    :func:`refusal`), or None when it only has an English message."""
    said = getattr(error, "msg", None)
    return said if isinstance(said, Msg) and isinstance(error, UserError) else None


def fields_refused(problems: Sequence[tuple[str, Msg]]) -> CodedError:
    """The refusal of a form or an input naming each field's problem ("title: a title is
    required; end: …"): ``field.problem`` messages chained by ``field.more``."""
    said = [msg("field.problem", field=f, what=m) for f, m in problems]
    chained = said[-1]
    for earlier in reversed(said[:-1]):
        chained = msg("field.more", first=earlier, rest=chained)
    return CodedError(chained)


def words_for(message: Msg, texts: Mapping[str, str] | Callable[[Msg], str | None]) -> str:
    """Fill the message's template (a ``str.format`` text naming the parameters: ``texts[code]``,
    or ``texts(message)`` for templates that depend on the parameters, such as plurals) with its
    parameters, nested messages first. A code without a text is shown as the code itself (the
    scheduler's reasons are codes that read as English)."""
    values = {
        k: words_for(v, texts) if isinstance(v, Msg) else v for k, v in message.params.items()
    }
    template = texts(message) if callable(texts) else texts.get(message.code)
    if template is None:
        return str(Msg(message.code, dict(values)))
    return template.format(**values)

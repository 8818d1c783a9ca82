"""User-facing messages raised by the Qt-free core.

The core cannot call Qt's ``tr``; it marks its texts with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` collects them, and the UI and CLI translate them on display.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    del context
    return source_text


def _identity(context: str, text: str) -> str:
    del context
    return text


class UserError(Exception):
    """A problem the user can fix (bad input, a file that is not ours); never a bug.

    ``text`` is the English source text, ``context`` its translation context and ``params``
    the values for its ``{placeholders}``.
    """

    def __init__(self, context: str, text: str, **params: Any) -> None:
        super().__init__(text.format(**params))
        self.context = context
        self.text = text
        self.params = params

    def translated(self, translate: Translator = _identity) -> str:
        return translate(self.context, self.text).format(**self.params)


class ValidationError(UserError):
    """Input that breaks a domain rule; ``field`` names the attribute at fault."""

    def __init__(self, field: str, text: str, **params: Any) -> None:
        super().__init__("Validation", text, **params)
        self.field = field

"""What is wrong with an import file, row by row, in translatable English source texts.

An import is all-or-nothing: every problem is collected first, then the whole file is
refused with an ``ImportRefusedError`` that carries them all. Each problem names the row as
the spreadsheet numbers it (the header is row 1); ``row == 0`` means the file as a whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dgw_desktop.domain.messages import QT_TRANSLATE_NOOP, Translator, UserError

CONTEXT = "Import"


def _identity(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class ImportProblem:
    """One problem: where (``row``, ``column`` as the file's header says it) and why.

    ``text`` is the English source text in translation ``context`` with ``{placeholders}`` filled
    from ``params``; the UI and CLI translate it on display.
    """

    row: int
    column: str
    text: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str = CONTEXT  # "Validation" for a rule the store's validation reported

    def message(self, translate: Translator = _identity) -> str:
        """The reason alone, translated."""
        return translate(self.context, self.text).format(**self.params)

    def translated(self, translate: Translator = _identity) -> str:
        """One line for a list of problems: ``row 7, column “Domein”: …``."""
        reason = self.message(translate)
        if self.row <= 0:
            return reason
        if self.column:
            template = QT_TRANSLATE_NOOP("Import", "row {row}, column “{column}”: {reason}")
        else:
            template = QT_TRANSLATE_NOOP("Import", "row {row}: {reason}")
        return translate(CONTEXT, template).format(row=self.row, column=self.column, reason=reason)


def file_problem(text: str, **params: object) -> ImportProblem:
    """A problem with the file as a whole (no row)."""
    return ImportProblem(0, "", text, params)


class ImportRefusedError(UserError):
    """The whole file is refused; nothing was written. ``problems`` holds every reason."""

    def __init__(self, path: Path, problems: Sequence[ImportProblem]) -> None:
        super().__init__(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Import", "{name} was not imported; nothing has been added. Problems: {count}."
            ),
            name=Path(path).name,
            count=len(problems),
        )
        self.path = Path(path)
        self.problems = tuple(problems)

    def problem_lines(self, translate: Translator = _identity) -> list[str]:
        """Every problem on its own line, in file order."""
        return [problem.translated(translate) for problem in self.problems]


def refuse(path: Path, text: str, **params: object) -> ImportRefusedError:
    """A refusal for one problem with the whole file; ``{name}`` is filled in."""
    return ImportRefusedError(path, [file_problem(text, name=Path(path).name, **params)])

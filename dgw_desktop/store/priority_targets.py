"""What a workshop prioritises: its themes and challenges, their ranking, default criteria.

The Prioritising views of the GUI list the targets (challenges and themes) of one workshop:
the themes of its domain (and themes across domains) first, by name, then the challenges
captured in it, in the order they were captured.
"""

from __future__ import annotations

from dataclasses import dataclass

from dgw_desktop.domain.entities import Criterion, Target, TargetKind
from dgw_desktop.domain.scoring import DEFAULT_CRITERIA, RankedTarget, weighted_ranking
from dgw_desktop.store.placements import list_placements
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.scoring import add_criterion, list_criteria, list_scores
from dgw_desktop.store.targets import target_texts


@dataclass(frozen=True)
class TargetInfo:
    """A challenge or theme with the text to show for it."""

    target: Target
    text: str

    @property
    def kind(self) -> TargetKind:
        return self.target.kind


def workshop_targets(project_file: ProjectFile, workshop_id: str) -> list[TargetInfo]:
    """The themes of the workshop's domain and cross-domain themes (by name), then the
    workshop's challenges (as captured). Unknown workshop: an empty list."""
    domain = project_file.query("SELECT domain_id FROM workshop WHERE id = ?", (workshop_id,))
    if not domain:
        return []
    themes = project_file.query(
        "SELECT id, name FROM theme WHERE domain_id IS NULL OR domain_id = ? "
        "ORDER BY name COLLATE NOCASE, rowid",
        (domain[0][0],),
    )
    challenges = project_file.query(
        "SELECT id, text FROM challenge WHERE workshop_id = ? ORDER BY created_at, rowid",
        (workshop_id,),
    )
    return [TargetInfo(Target.theme(row[0]), row[1]) for row in themes] + [
        TargetInfo(Target.challenge(row[0]), row[1]) for row in challenges
    ]


def project_map_targets(project_file: ProjectFile) -> list[TargetInfo]:
    """Every theme (by name), then every challenge that has a place on the impact–effort map
    (in the order placed): what the map of the whole project can show."""
    themes = project_file.query("SELECT id, name FROM theme ORDER BY name COLLATE NOCASE, rowid")
    placed = [p.target for p in list_placements(project_file) if p.target.kind == "challenge"]
    texts = target_texts(project_file, placed)
    return [TargetInfo(Target.theme(row[0]), row[1]) for row in themes] + [
        TargetInfo(target, texts[target]) for target in placed if target in texts
    ]


def workshop_ranking(project_file: ProjectFile, workshop_id: str) -> list[RankedTarget]:
    """The weighted ranking (``domain.scoring.weighted_ranking``) of one workshop's targets:
    every theme of ``workshop_targets`` (unscored last) and each of its scored challenges."""
    infos = workshop_targets(project_file, workshop_id)
    wanted = {info.target for info in infos}
    scores = [score for score in list_scores(project_file) if score.target in wanted]
    themes = [info.target for info in infos if info.kind == "theme"]
    labels = {info.target: info.text for info in infos}
    return weighted_ranking(list_criteria(project_file), scores, labels, themes)


def missing_default_criteria(project_file: ProjectFile) -> list[str]:
    """The default criteria (``DEFAULT_CRITERIA``) the project has no criterion for."""
    present = {criterion.name.casefold() for criterion in list_criteria(project_file)}
    return [name for name in DEFAULT_CRITERIA if name.casefold() not in present]


def add_missing_default_criteria(project_file: ProjectFile) -> list[Criterion]:
    """Add the default criteria that are missing (weight 1, after the existing ones), in one
    transaction; returns those added (undo: delete each)."""
    existing = list_criteria(project_file)
    start = max((criterion.position for criterion in existing), default=-1) + 1
    with project_file.transaction():
        return [
            add_criterion(project_file, Criterion(name=name, weight=1, position=start + offset))
            for offset, name in enumerate(missing_default_criteria(project_file))
        ]

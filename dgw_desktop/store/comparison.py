"""Topics side by side: the figures the project group proposes on (a read model).

Per topic, its *underlying challenges* are its origin challenges plus the challenges in its
origin themes. From them:

- **municipalities**: every municipality that shares one of the underlying challenges;
- **dots**: all dots given to the origin themes and to the underlying challenges, over all
  voting rounds;
- **score**: the best weighted criteria score (``store.scoring.score_ranking``) among the
  origins; each origin's own score and rank are in ``origins``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from dgw_desktop.domain.entities import Target
from dgw_desktop.domain.topic_details import Kpi, Risk, risks_by_score
from dgw_desktop.domain.topics import Topic, TopicStatus
from dgw_desktop.domain.wheel import EMPTY_WHEEL, WheelReadiness
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.scoring import score_ranking
from dgw_desktop.store.targets import target_texts
from dgw_desktop.store.topic_details import list_kpis, list_risks
from dgw_desktop.store.topics import existing_topic, list_topics
from dgw_desktop.store.wheel import wheels_by_topic


@dataclass(frozen=True)
class OriginSummary:
    """One theme or challenge a topic grew from, with its workshop results."""

    target: Target
    text: str  # the theme's name or the challenge's text
    dots: int
    score: Decimal | None  # weighted criteria score, 2 decimals; None: not scored
    rank: int | None  # its place in the project's ranking


@dataclass(frozen=True)
class TopicComparison:
    topic: Topic
    domain_name: str  # "" for a topic across domains
    municipality_ids: tuple[str, ...]  # sharing the underlying challenges, by name
    municipality_names: tuple[str, ...]
    challenge_count: int  # underlying challenges
    dots: int
    score: Decimal | None  # the best score among the origins
    origins: tuple[OriginSummary, ...]
    wheel: WheelReadiness
    risks: tuple[Risk, ...]  # highest likelihood × impact first
    kpis: tuple[Kpi, ...]

    @property
    def strategic_question(self) -> str:
        return self.topic.strategic_question

    @property
    def status(self) -> TopicStatus:
        return self.topic.status

    @property
    def municipality_count(self) -> int:
        return len(self.municipality_ids)


def _in_chunks(project_file: ProjectFile, sql: str, ids: Sequence[str]) -> list[tuple[str, ...]]:
    """Run ``sql`` (with one ``{marks}`` for the ids) over any number of ids."""
    rows: list[tuple[str, ...]] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows += [tuple(row) for row in project_file.query(sql.format(marks=marks), chunk)]
    return rows


def _challenges_of_themes(project_file: ProjectFile, theme_ids: Sequence[str]) -> set[str]:
    sql = "SELECT id FROM challenge WHERE theme_id IN ({marks})"
    return {row[0] for row in _in_chunks(project_file, sql, theme_ids)}


def _municipalities(
    project_file: ProjectFile, challenge_ids: Iterable[str]
) -> list[tuple[str, str]]:
    sql = (
        "SELECT DISTINCT municipality.id, municipality.name FROM challenge_municipality AS link "
        "JOIN municipality ON municipality.id = link.municipality_id "
        "WHERE link.challenge_id IN ({marks})"
    )
    found = {row[0]: row[1] for row in _in_chunks(project_file, sql, sorted(challenge_ids))}
    return sorted(found.items(), key=lambda item: item[1].casefold())


def _dots(project_file: ProjectFile) -> dict[Target, int]:
    dots: dict[Target, int] = {}
    for challenge_id, theme_id, total in project_file.query(
        "SELECT challenge_id, theme_id, sum(dots) FROM vote GROUP BY challenge_id, theme_id"
    ):
        target = Target.challenge(challenge_id) if challenge_id else Target.theme(theme_id)
        dots[target] = int(total)
    return dots


def compare_topics(
    project_file: ProjectFile, topic_ids: Sequence[str] | None = None
) -> list[TopicComparison]:
    """The comparison of these topics, in this order (None: every topic, as listed)."""
    if topic_ids is None:
        topics = list_topics(project_file)
    else:
        topics = [existing_topic(project_file, topic_id) for topic_id in dict.fromkeys(topic_ids)]
    if not topics:
        return []
    domain_names = {row[0]: row[1] for row in project_file.query("SELECT id, name FROM domain")}
    dots = _dots(project_file)
    ranking = {line.target: line for line in score_ranking(project_file)}
    texts = target_texts(project_file, [origin for topic in topics for origin in topic.origins])
    wheels = wheels_by_topic(project_file)
    result: list[TopicComparison] = []
    for topic in topics:
        theme_ids = [o.id for o in topic.origins if o.kind == "theme"]
        challenge_ids = {o.id for o in topic.origins if o.kind == "challenge"}
        challenge_ids |= _challenges_of_themes(project_file, theme_ids)
        municipalities = _municipalities(project_file, challenge_ids)
        counted = {Target.challenge(i) for i in challenge_ids} | {
            Target.theme(i) for i in theme_ids
        }
        origins = tuple(
            OriginSummary(
                target=origin,
                text=texts.get(origin, ""),
                dots=dots.get(origin, 0),
                score=ranking[origin].score if origin in ranking else None,
                rank=ranking[origin].rank if origin in ranking else None,
            )
            for origin in topic.origins
        )
        scores = [origin.score for origin in origins if origin.score is not None]
        wheel = wheels.get(topic.id)
        result.append(
            TopicComparison(
                topic=topic,
                domain_name=domain_names.get(topic.domain_id or "", ""),
                municipality_ids=tuple(item[0] for item in municipalities),
                municipality_names=tuple(item[1] for item in municipalities),
                challenge_count=len(challenge_ids),
                dots=sum(dots.get(target, 0) for target in counted),
                score=max(scores) if scores else None,
                origins=origins,
                wheel=wheel.readiness if wheel is not None else EMPTY_WHEEL,
                risks=tuple(risks_by_score(list_risks(project_file, topic.id))),
                kpis=tuple(list_kpis(project_file, topic.id)),
            )
        )
    return result

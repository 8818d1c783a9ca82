"""Creating a new, empty project and the demo (GHO) project."""

from __future__ import annotations

from pathlib import Path

from dgw_desktop.domain import demo_data
from dgw_desktop.domain.entities import (
    DEFAULT_DOMAINS,
    Challenge,
    Domain,
    Municipality,
    Project,
    Workshop,
)
from dgw_desktop.store.challenges import add_challenges
from dgw_desktop.store.domains import add_domain
from dgw_desktop.store.municipalities import add_municipality
from dgw_desktop.store.project_file import ProjectFile, create_project_file
from dgw_desktop.store.project_info import insert_project
from dgw_desktop.store.scoring import add_default_criteria
from dgw_desktop.store.workshops import add_workshop


def _add_default_domains(project_file: ProjectFile, names: tuple[str, ...]) -> dict[str, str]:
    return {
        name: add_domain(project_file, Domain(name=name, position=position)).id
        for position, name in enumerate(names)
    }


def create_empty_project(path: Path, name: str, *, overwrite: bool = False) -> ProjectFile:
    def fill(project_file: ProjectFile) -> None:
        insert_project(project_file, Project(name=name))
        _add_default_domains(project_file, DEFAULT_DOMAINS)
        add_default_criteria(project_file)

    return create_project_file(Path(path), fill, overwrite=overwrite)


def fill_demo(project_file: ProjectFile) -> None:
    insert_project(
        project_file,
        Project(name=demo_data.PROJECT_NAME, description=demo_data.PROJECT_DESCRIPTION),
    )
    domain_ids = _add_default_domains(project_file, demo_data.DEMO_DOMAINS)
    add_default_criteria(project_file)
    municipality_ids = {
        item.name: add_municipality(
            project_file,
            Municipality(
                name=item.name,
                cbs_code=item.cbs_code,
                inhabitants=item.inhabitants,
                is_partner=item.is_partner,
            ),
        ).id
        for item in demo_data.DEMO_MUNICIPALITIES
    }
    for item in demo_data.DEMO_WORKSHOPS:
        workshop = add_workshop(
            project_file,
            Workshop(
                title=item.title,
                domain_id=domain_ids[item.domain],
                held_on=item.held_on,
                location=item.location,
                facilitator=item.facilitator,
                municipality_ids=tuple(municipality_ids[name] for name in item.municipalities),
            ),
        )
        add_challenges(
            project_file,
            [
                Challenge(
                    text=challenge.text,
                    domain_id=domain_ids[item.domain],
                    workshop_id=workshop.id,
                    municipality_ids=tuple(
                        municipality_ids[name] for name in challenge.municipalities
                    ),
                    notes=challenge.notes,
                )
                for challenge in item.challenges
            ],
        )


def create_demo_project(path: Path, *, overwrite: bool = False) -> ProjectFile:
    return create_project_file(Path(path), fill_demo, overwrite=overwrite)

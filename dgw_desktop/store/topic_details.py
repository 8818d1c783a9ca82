"""A topic's risks (kanttekeningen, table "topic_risk") and KPIs (table "topic_kpi").

Add and update return the stored item; delete returns a ``RemovedItem`` that
``restore_item`` (in ``store.topic_rows``) puts back unchanged.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal

from dgw_desktop.domain.topic_details import (
    Kpi,
    KpiMoment,
    KpiValue,
    Risk,
    validate_kpi,
    validate_risk,
)
from dgw_desktop.store.project_file import ProjectFile
from dgw_desktop.store.topic_rows import (
    RemovedItem,
    check_topic,
    insert_item,
    remove_item,
    rows_of_topic,
    update_item,
)

# -- risks ------------------------------------------------------------------------------------
_RISK_COLUMNS = "id, topic_id, description, likelihood, impact, mitigation"


def _risk(row: sqlite3.Row) -> Risk:
    return Risk(
        id=row["id"],
        topic_id=row["topic_id"],
        description=row["description"],
        likelihood=row["likelihood"],
        impact=row["impact"],
        mitigation=row["mitigation"],
    )


def _risk_values(risk: Risk) -> dict[str, object]:
    return {
        "id": risk.id,
        "topic_id": risk.topic_id,
        "description": risk.description,
        "likelihood": risk.likelihood,
        "impact": risk.impact,
        "mitigation": risk.mitigation,
    }


def list_risks(project_file: ProjectFile, topic_id: str | None = None) -> list[Risk]:
    """The risks of one topic (or of all), in the order they were added."""
    return [
        _risk(row) for row in rows_of_topic(project_file, "topic_risk", _RISK_COLUMNS, topic_id)
    ]


def add_risk(project_file: ProjectFile, risk: Risk) -> Risk:
    risk = validate_risk(risk)
    check_topic(project_file, risk.topic_id)
    insert_item(project_file, "topic_risk", risk.id, _risk_values(risk))
    return risk


def update_risk(project_file: ProjectFile, risk: Risk) -> Risk:
    """Change a risk (its topic stays); undo: update with the risk as it was."""
    risk = validate_risk(risk)
    values = _risk_values(risk)
    del values["topic_id"]
    update_item(project_file, "topic_risk", risk.id, values)
    return risk


def delete_risk(project_file: ProjectFile, risk_id: str) -> RemovedItem:
    return remove_item(project_file, "topic_risk", risk_id)


# -- KPIs -------------------------------------------------------------------------------------
_KPI_COLUMNS = (
    "id, topic_id, name, unit, baseline, baseline_is_number, target, target_is_number, "
    "measured_before, measured_during, measured_after"
)


def _value(text: str, is_number: int) -> KpiValue:
    return Decimal(text) if is_number else text


def _kpi(row: sqlite3.Row) -> Kpi:
    flags = {
        KpiMoment.BEFORE: row["measured_before"],
        KpiMoment.DURING: row["measured_during"],
        KpiMoment.AFTER: row["measured_after"],
    }
    return Kpi(
        id=row["id"],
        topic_id=row["topic_id"],
        name=row["name"],
        unit=row["unit"],
        baseline=_value(row["baseline"], row["baseline_is_number"]),
        target=_value(row["target"], row["target_is_number"]),
        moments=tuple(moment for moment, measured in flags.items() if measured),
    )


def _kpi_values(kpi: Kpi) -> dict[str, object]:
    return {
        "id": kpi.id,
        "topic_id": kpi.topic_id,
        "name": kpi.name,
        "unit": kpi.unit,
        "baseline": str(kpi.baseline),
        "baseline_is_number": int(isinstance(kpi.baseline, Decimal)),
        "target": str(kpi.target),
        "target_is_number": int(isinstance(kpi.target, Decimal)),
        "measured_before": int(KpiMoment.BEFORE in kpi.moments),
        "measured_during": int(KpiMoment.DURING in kpi.moments),
        "measured_after": int(KpiMoment.AFTER in kpi.moments),
    }


def list_kpis(project_file: ProjectFile, topic_id: str | None = None) -> list[Kpi]:
    """The KPIs of one topic (or of all), in the order they were added."""
    return [_kpi(row) for row in rows_of_topic(project_file, "topic_kpi", _KPI_COLUMNS, topic_id)]


def add_kpi(project_file: ProjectFile, kpi: Kpi) -> Kpi:
    kpi = validate_kpi(kpi)
    check_topic(project_file, kpi.topic_id)
    insert_item(project_file, "topic_kpi", kpi.id, _kpi_values(kpi))
    return kpi


def update_kpi(project_file: ProjectFile, kpi: Kpi) -> Kpi:
    """Change a KPI (its topic stays); undo: update with the KPI as it was."""
    kpi = validate_kpi(kpi)
    values = _kpi_values(kpi)
    del values["topic_id"]
    update_item(project_file, "topic_kpi", kpi.id, values)
    return kpi


def delete_kpi(project_file: ProjectFile, kpi_id: str) -> RemovedItem:
    return remove_item(project_file, "topic_kpi", kpi_id)

"""The columns of a topic's risks, KPIs and DGW-wheel tables (see ``TopicItemModel``).

Parsing and validation stay in the domain: hours via ``domain.wheel.parse_hours``, KPI
values via ``domain.topic_details.parse_kpi_value``, dates via ``domain.formatting``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dgw_desktop.domain.formatting import format_date, format_integer, parse_date
from dgw_desktop.domain.topic_details import (
    Kpi,
    KpiMoment,
    Risk,
    format_kpi_value,
    parse_kpi_value,
)
from dgw_desktop.domain.wheel import (
    AVAILABILITY_LABELS,
    WHEEL_CONTEXT,
    Availability,
    DataSource,
    WheelAction,
    WheelRole,
    parse_hours,
)
from dgw_desktop.ui.models.topic_item_model import RIGHT, ItemColumn


def _set(field: str) -> Callable[[Any, Any], Any]:
    def apply(item: Any, value: Any) -> Any:
        return dataclasses.replace(item, **{field: value})

    return apply


def _text(field: str, header: str, tooltip: str = "") -> ItemColumn:
    return ItemColumn(
        header,
        lambda item: str(getattr(item, field)),
        apply=lambda item, value: dataclasses.replace(item, **{field: str(value)}),
        tooltip=tooltip,
    )


# -- risks ------------------------------------------------------------------------------------
RISK_DESCRIPTION, RISK_LIKELIHOOD, RISK_IMPACT, RISK_SCORE, RISK_MITIGATION = range(5)


def risk_columns() -> list[ItemColumn]:
    return [
        _text("description", QT_TRANSLATE_NOOP("TopicItemModel", "Risk")),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Likelihood"),
            lambda risk: format_integer(risk.likelihood),
            edit=lambda risk: risk.likelihood,
            apply=lambda risk, value: dataclasses.replace(risk, likelihood=int(value)),
            alignment=RIGHT,
            tooltip=QT_TRANSLATE_NOOP("TopicItemModel", "1 (unlikely) to 5 (almost certain)"),
        ),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Impact"),
            lambda risk: format_integer(risk.impact),
            edit=lambda risk: risk.impact,
            apply=lambda risk, value: dataclasses.replace(risk, impact=int(value)),
            alignment=RIGHT,
            tooltip=QT_TRANSLATE_NOOP("TopicItemModel", "1 (small) to 5 (very large)"),
        ),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Score"),
            lambda risk: format_integer(risk.score),
            alignment=RIGHT,
            tooltip=QT_TRANSLATE_NOOP("TopicItemModel", "Likelihood × impact"),
        ),
        _text("mitigation", QT_TRANSLATE_NOOP("TopicItemModel", "Mitigation")),
    ]


def new_risk(topic_id: str) -> Risk:
    return Risk(topic_id, QCoreApplication.translate("TopicItemModel", "New risk"))


# -- KPIs -------------------------------------------------------------------------------------
KPI_NAME, KPI_UNIT, KPI_BASELINE, KPI_TARGET, KPI_BEFORE, KPI_DURING, KPI_AFTER = range(7)


def _kpi_value(field: str, header: str, tooltip: str) -> ItemColumn:
    return ItemColumn(
        header,
        lambda kpi: format_kpi_value(getattr(kpi, field)),
        apply=lambda kpi, value: dataclasses.replace(kpi, **{field: parse_kpi_value(str(value))}),
        alignment=RIGHT,
        tooltip=tooltip,
    )


def _moment(moment: KpiMoment, header: str) -> ItemColumn:
    def apply(kpi: Kpi, measured: bool) -> Kpi:
        moments = {*kpi.moments, moment} if measured else set(kpi.moments) - {moment}
        return dataclasses.replace(kpi, moments=tuple(m for m in KpiMoment if m in moments))

    return ItemColumn(
        header, lambda kpi: "", apply=apply, checked=lambda kpi: moment in kpi.moments
    )


def kpi_columns() -> list[ItemColumn]:
    value_tip = QT_TRANSLATE_NOOP(
        "TopicItemModel", "A number the Dutch way (1.250,5) or a short text"
    )
    return [
        _text("name", QT_TRANSLATE_NOOP("TopicItemModel", "KPI")),
        _text("unit", QT_TRANSLATE_NOOP("TopicItemModel", "Unit")),
        _kpi_value("baseline", QT_TRANSLATE_NOOP("TopicItemModel", "Baseline"), value_tip),
        _kpi_value("target", QT_TRANSLATE_NOOP("TopicItemModel", "Target"), value_tip),
        _moment(KpiMoment.BEFORE, QT_TRANSLATE_NOOP("TopicItemModel", "Before")),
        _moment(KpiMoment.DURING, QT_TRANSLATE_NOOP("TopicItemModel", "During")),
        _moment(KpiMoment.AFTER, QT_TRANSLATE_NOOP("TopicItemModel", "After")),
    ]


def new_kpi(topic_id: str) -> Kpi:
    return Kpi(topic_id, QCoreApplication.translate("TopicItemModel", "New KPI"))


# -- data sources -----------------------------------------------------------------------------
SOURCE_NAME, SOURCE_OWNER, SOURCE_MUNICIPALITY, SOURCE_AVAILABILITY = range(4)
SOURCE_QUALITY, SOURCE_PRIVACY = 4, 5


def availability_text(availability: Availability) -> str:
    return QCoreApplication.translate(WHEEL_CONTEXT, AVAILABILITY_LABELS[availability])


def availability_choices() -> list[tuple[str, Any]]:
    return [(availability_text(a), a) for a in Availability]


def source_columns(municipality_name: Callable[[str | None], str]) -> list[ItemColumn]:
    return [
        _text("name", QT_TRANSLATE_NOOP("TopicItemModel", "Data source")),
        _text("owner", QT_TRANSLATE_NOOP("TopicItemModel", "Owner / department")),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Municipality"),
            lambda source: municipality_name(source.municipality_id),
            edit=lambda source: source.municipality_id,
            apply=_set("municipality_id"),
        ),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Availability"),
            lambda source: availability_text(source.availability),
            edit=lambda source: source.availability,
            apply=lambda source, value: dataclasses.replace(
                source, availability=Availability(value)
            ),
        ),
        _text("quality_remark", QT_TRANSLATE_NOOP("TopicItemModel", "Quality")),
        _text("privacy_remark", QT_TRANSLATE_NOOP("TopicItemModel", "Privacy")),
    ]


def new_source(topic_id: str) -> DataSource:
    return DataSource(topic_id, QCoreApplication.translate("TopicItemModel", "New data source"))


# -- roles ------------------------------------------------------------------------------------
ROLE_NAME, ROLE_PERSON, ROLE_HOURS = range(3)


def format_hours(hours: Decimal) -> str:
    return format_kpi_value(hours.normalize() if hours == hours.to_integral() else hours)


def role_columns() -> list[ItemColumn]:
    return [
        _text("role", QT_TRANSLATE_NOOP("TopicItemModel", "Role needed")),
        _text(
            "person",
            QT_TRANSLATE_NOOP("TopicItemModel", "Person named"),
            QT_TRANSLATE_NOOP("TopicItemModel", "A role counts as filled once a person is named"),
        ),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Hours a week"),
            lambda role: format_hours(role.hours_per_week),
            apply=lambda role, value: dataclasses.replace(
                role, hours_per_week=parse_hours(str(value))
            ),
            alignment=RIGHT,
        ),
    ]


def new_role(topic_id: str) -> WheelRole:
    return WheelRole(topic_id, QCoreApplication.translate("TopicItemModel", "New role"))


# -- actions ----------------------------------------------------------------------------------
ACTION_TEXT, ACTION_OWNER, ACTION_DUE, ACTION_DONE = range(4)


def action_columns() -> list[ItemColumn]:
    return [
        _text("action", QT_TRANSLATE_NOOP("TopicItemModel", "Action")),
        _text("owner", QT_TRANSLATE_NOOP("TopicItemModel", "Owner")),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Due"),
            lambda action: format_date(action.due_on),
            apply=lambda action, value: dataclasses.replace(action, due_on=parse_date(str(value))),
            tooltip=QT_TRANSLATE_NOOP("TopicItemModel", "dd-mm-yyyy; empty: no date"),
        ),
        ItemColumn(
            QT_TRANSLATE_NOOP("TopicItemModel", "Done"),
            lambda action: "",
            apply=_set("done"),
            checked=lambda action: action.done,
        ),
    ]


def new_action(topic_id: str) -> WheelAction:
    return WheelAction(topic_id, QCoreApplication.translate("TopicItemModel", "New action"))

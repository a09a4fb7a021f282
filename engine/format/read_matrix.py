"""Reading packages and assessment-matrix rows (with the consultation record)."""

from __future__ import annotations

from typing import Any

from engine.domain import messages
from engine.domain.errors import InputError
from engine.domain.model import GUARANTEES, MATRIX_STATUSES, Comment, MatrixRow, Package
from engine.format import validate as v
from engine.format.keys import COMMENT_KEYS, ENVELOPE_KEY, MATRIX_KEYS, PACKAGE_KEYS


def read_package(value: Any, path: str) -> Package:
    data = v.obj(value, path)
    if ENVELOPE_KEY in data:
        raise InputError(
            v.child(path, ENVELOPE_KEY),
            messages.translate(
                "Engine",
                "was replaced in format version 3 by financing sources: list the source in "
                "financing_sources and its id in the package's financing",
                "read.envelope_replaced",
            ).format(),
        )
    v.check_keys(data, path, PACKAGE_KEYS, ("id", "name", "scenarios"))
    members = _unique_list(data["scenarios"], f"{path}.scenarios")
    financing = _unique_list(data.get("financing", []), f"{path}.financing")
    return Package(
        id=v.identifier(data["id"], f"{path}.id"),
        name=v.text(data["name"], f"{path}.name", max_length=500, non_empty=True),
        scenarios=members,
        financing=financing,
    )


def _unique_list(value: Any, path: str) -> tuple[str, ...]:
    """A list of ids, each once."""
    items = tuple(v.identifier(item, f"{path}[{j}]") for j, item in enumerate(v.array(value, path)))
    for j, item in enumerate(items):
        if item in items[:j]:
            raise InputError(
                f"{path}[{j}]",
                messages.translate(
                    "Engine", '"{member}" is listed twice', "read.member_listed_twice"
                ).format(member=item),
            )
    return items


def read_matrix_row(value: Any, path: str) -> MatrixRow:
    data = v.obj(value, path)
    v.check_keys(data, path, MATRIX_KEYS, ("id", "guarantee"))

    def field_text(key: str) -> str:
        return v.text(data.get(key, ""), f"{path}.{key}")

    priority = data.get("priority")
    return MatrixRow(
        id=v.identifier(data["id"], f"{path}.id"),
        guarantee=v.choice(data["guarantee"], f"{path}.guarantee", GUARANTEES),  # type: ignore[arg-type]
        existing_provision=field_text("existing_provision"),
        policy_gap=field_text("policy_gap"),
        implementation_issue=field_text("implementation_issue"),
        recommendation=field_text("recommendation"),
        costable=v.boolean(data.get("costable", False), f"{path}.costable"),
        scenario_ids=tuple(
            v.identifier(item, f"{path}.scenario_ids[{j}]")
            for j, item in enumerate(v.array(data.get("scenario_ids", []), f"{path}.scenario_ids"))
        ),
        priority=(
            None
            if priority is None
            else int(v.number(priority, f"{path}.priority", minimum=0, maximum=99, integer=True))
        ),
        agencies=tuple(
            v.text(item, f"{path}.agencies[{j}]", max_length=200)
            for j, item in enumerate(v.array(data.get("agencies", []), f"{path}.agencies"))
        ),
        notes=field_text("notes"),
        status=(
            None
            if data.get("status") is None
            else v.choice(data["status"], f"{path}.status", MATRIX_STATUSES)  # type: ignore[arg-type]
        ),
        status_date=(
            None
            if data.get("status_date") is None
            else v.iso_date(data["status_date"], f"{path}.status_date")
        ),
        comments=_comments(data.get("comments", []), f"{path}.comments"),
    )


def _comments(value: Any, path: str) -> tuple[Comment, ...]:
    """A matrix row's consultation comments: each with its own id, once."""
    comments: list[Comment] = []
    for j, item in enumerate(v.array(value, path)):
        place = f"{path}[{j}]"
        data = v.obj(item, place)
        v.check_keys(data, place, COMMENT_KEYS, ("id", "agency", "text"))
        comment = Comment(
            id=v.identifier(data["id"], f"{place}.id"),
            agency=v.text(data["agency"], f"{place}.agency", max_length=200),
            text=v.text(data["text"], f"{place}.text"),
            author=v.text(data.get("author", ""), f"{place}.author", max_length=200),
            date="" if data.get("date") is None else v.iso_date(data["date"], f"{place}.date"),
        )
        if any(c.id == comment.id for c in comments):
            raise InputError(
                f"{place}.id",
                messages.translate(
                    "Engine", 'repeats the comment id "{id}"', "read.repeats_comment_id"
                ).format(id=comment.id),
            )
        comments.append(comment)
    return tuple(comments)

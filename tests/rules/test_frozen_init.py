"""The quick ``__init__`` of ``rules.frozen_init`` keeps each class a plain frozen dataclass."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from typing import Any

import pytest

from rules.claims.parts import Binding, CueHit
from rules.frozen_init import frozen_init
from rules.model import Attribution, Claim, Figure, Span
from rules.numbers import FigureSpan
from rules.text import Sentence

CLASSES: list[type[Any]] = [Span, Attribution, Figure, Claim, Sentence, FigureSpan, CueHit, Binding]


def _filled(cls: type[Any]) -> Any:
    """An instance with a distinct value in every field, given by keyword."""
    return cls(**{f.name: f"value {k}" for k, f in enumerate(dataclasses.fields(cls))})


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_parameters_are_the_fields_with_their_defaults(cls: type[Any]) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [(p.name, p.kind) for p in parameters] == [
        (f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD) for f in dataclasses.fields(cls)
    ]
    assert [p.default for p in parameters] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        for f in dataclasses.fields(cls)
    ]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_still_frozen_and_a_dataclass(cls: type[Any]) -> None:
    made = _filled(cls)
    first = dataclasses.fields(cls)[0].name
    assert getattr(made, first) == "value 0"
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, first, "changed")
    assert dataclasses.replace(made, **{first: "other"}) != made
    assert pickle.loads(pickle.dumps(made)) == made
    assert hash(_filled(cls)) == hash(made)


def test_refuses_a_class_it_cannot_build() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(slots=True)
    class Open:
        value: int

    for cls in (Listed, Open):
        with pytest.raises(TypeError):
            frozen_init(cls)

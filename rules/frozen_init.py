"""A quicker ``__init__`` for the frozen, slotted dataclasses built for every sentence and
finding (spans, figures, cue hits, bindings, attributions, claims).

The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
``object.__setattr__``, a call through a wrapper with an argument tuple: some 1,200
instructions a field more than a plain attribute store, about a fifteenth of
``rules.analyze``'s instructions on synthetic news. ``frozen_init`` gives the class an
``__init__`` with the same parameters and defaults that sets each field through its slot's
descriptor instead, which passes by the class's frozen ``__setattr__`` the same way at about
half that extra cost. The class stays frozen: assigning a field still raises
``FrozenInstanceError``; equality, hash, ``repr``, ``replace`` and pickling are the
dataclass's own.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, cast

T = TypeVar("T")


def frozen_init(cls: type[T]) -> type[T]:
    """Decorate a ``@dataclass(frozen=True, slots=True)`` whose fields are all plain
    ``__init__`` parameters (no ``default_factory``, ``init=False`` or keyword-only field,
    no ``__post_init__``); any other class is refused at import.

    >>> @frozen_init
    ... @dataclasses.dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: int = 0
    >>> Pair(1), Pair(1, right=2) == Pair(1, 2)
    (Pair(left=1, right=0), True)
    """
    params = getattr(cls, "__dataclass_params__", None)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if params is None or not params.frozen or not hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__}: not a frozen, slotted dataclass")
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields
    ):
        raise TypeError(f"{cls.__name__}: a field the quick __init__ cannot set")
    namespace: dict[str, Any] = {}
    parameters, body = [], []
    for f in fields:
        namespace[f"_set_{f.name}"] = getattr(cls, f.name).__set__  # the slot's descriptor
        if f.default is dataclasses.MISSING:
            parameters.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(self, {f.name})")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # as dataclasses writes its own __init__
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    type.__setattr__(cls, "__init__", init)
    _REPLACERS[cls] = _replacer(cls, [f.name for f in fields])
    return cls


#: The quick ``replace`` of each class ``frozen_init`` decorated.
_REPLACERS: dict[type, Any] = {}


def _replacer(cls: type, names: list[str]) -> Any:
    """``replace`` for ``cls``: each field passed by keyword or else read from the object,
    all handed to the class in field order (as ``dataclasses.replace`` hands them by name)."""
    namespace: dict[str, Any] = {"_cls": cls, "_missing": object()}
    parameters = ", ".join(f"{name}=_missing" for name in names)
    values = ", ".join(f"obj.{name} if {name} is _missing else {name}" for name in names)
    exec(f"def replace(obj, /, *, {parameters}):\n    return _cls({values})\n", namespace)
    return namespace["replace"]


def replace(obj: T, /, **changes: Any) -> T:
    """``dataclasses.replace(obj, **changes)``; for a class that ``frozen_init`` decorated,
    without reading the class's fields each time (about a fifth of the cost).

    >>> @frozen_init
    ... @dataclasses.dataclass(frozen=True, slots=True)
    ... class Pair:
    ...     left: int
    ...     right: int = 0
    >>> replace(Pair(1, 2), right=3), replace(Pair(1, 2))
    (Pair(left=1, right=3), Pair(left=1, right=2))
    """
    quick = _REPLACERS.get(type(obj))
    if quick is None:
        return cast(T, dataclasses.replace(cast(Any, obj), **changes))
    return cast(T, quick(obj, **changes))

"""Configuration text helpers: ``${VAR}`` substitution and one-line messages with key paths.

Pure functions used by ``crosswire.config`` when it reads and validates config.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from difflib import get_close_matches
from typing import Any, get_args

from pydantic import BaseModel
from pydantic_core import ErrorDetails

#: A YAML document larger than this many values (after aliases) is refused, not walked.
MAX_VALUES = 100_000

_ENV_REF = re.compile(r"\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


def render_loc(loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic location tuple into a key path: ``('a', 2, 'b')`` -> ``a[2].b``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else part
    return path or "(top level)"


# pydantic error type -> plain message; a callable gets the error's context.
_MESSAGES: dict[str, str | Callable[[dict[str, Any]], str]] = {
    "extra_forbidden": "unknown key",
    "missing": "required key is missing",
    "url_parsing": "not a URL",
    "url_type": "not a URL",
    "url_syntax_violation": "not a URL",
    "url_scheme": "not an http(s) URL",
    "url_too_long": "URL is too long",
    "string_type": "expected a string",
    "int_type": "expected an integer",
    "int_parsing": "expected an integer",
    "int_from_float": "expected a whole number",
    "float_type": "expected a number",
    "float_parsing": "expected a number",
    "finite_number": "expected a finite number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "list_type": "expected a list",
    "model_type": "expected a mapping of keys",
    "model_attributes_type": "expected a mapping of keys",
    "dict_type": "expected a mapping of keys",
    "greater_than": lambda ctx: (
        "must be positive" if ctx.get("gt") == 0 else f"must be greater than {ctx.get('gt')}"
    ),
    "greater_than_equal": lambda ctx: f"must be at least {ctx.get('ge')}",
    "less_than": lambda ctx: f"must be less than {ctx.get('lt')}",
    "less_than_equal": lambda ctx: f"must be at most {ctx.get('le')}",
    "too_short": lambda ctx: f"expected at least {ctx.get('min_length')} item(s)",
}


def describe(error: ErrorDetails, root: type[BaseModel] | None = None) -> str:
    """One line for a pydantic error; an unknown key of ``root`` names the nearest known one."""
    loc = tuple(part for part in error["loc"] if not _is_internal_loc(part))
    ctx = dict(error.get("ctx") or {})
    message = _MESSAGES.get(error["type"])
    if error["type"] == "extra_forbidden" and root is not None and loc:
        near = get_close_matches(str(loc[-1]), _known_keys(root, loc[:-1]), n=1, cutoff=0.6)
        text = f"unknown key (did you mean {near[0]!r}?)" if near else "unknown key"
    elif callable(message):
        text = message(ctx)
    elif message is not None:
        text = message
    elif error["type"] == "crosswire":
        text = str(ctx.get("reason", error["msg"]))
    else:
        text = error["msg"].removeprefix("Value error, ")
    if error["type"] in {"string_type", "int_type", "float_type", "bool_type", "list_type"} or (
        error["type"].endswith("_parsing") and error["type"] != "url_parsing"
    ):
        text += f", got {kind_of(error.get('input'))}"
    return f"{render_loc(loc)}: {one_line(text)}"


def _known_keys(model: type[BaseModel], path: tuple[int | str, ...]) -> list[str]:
    """The keys of the mapping at ``path`` below ``model`` (list indexes skipped)."""
    for part in path:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        nested = _model_in(field.annotation) if field is not None else None
        if nested is None:
            return []
        model = nested
    return list(model.model_fields)


def _model_in(annotation: object) -> type[BaseModel] | None:
    """The model a field holds, itself or inside ``list[...]``, ``X | None``, ``Annotated``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        if (found := _model_in(arg)) is not None:
            return found
    return None


def _is_internal_loc(part: int | str) -> bool:
    """pydantic puts validator names into locations of Annotated/union types; drop them."""
    return isinstance(part, str) and ("[" in part or part in {"function-after", "function-before"})


def kind_of(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return repr(shown)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, datetime):
        return "a date"
    return type(value).__name__


def one_line(text: str) -> str:
    return " ".join(text.split())


def dedupe(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


def substitute(
    value: object,
    path: tuple[int | str, ...],
    env: Mapping[str, str],
    problems: list[str],
    counter: list[int],
) -> object:
    """Replace ``${VAR}``/``${VAR:-default}`` in string values; ``$$`` is a literal ``$``."""
    counter[0] += 1
    if counter[0] > MAX_VALUES:
        return None
    if isinstance(value, str):
        return _substitute_string(value, path, env, problems)
    if isinstance(value, Mapping):
        return {
            key: substitute(item, (*path, str(key)), env, problems, counter)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [
            substitute(item, (*path, i), env, problems, counter) for i, item in enumerate(value)
        ]
    return value


def _substitute_string(
    text: str, path: tuple[int | str, ...], env: Mapping[str, str], problems: list[str]
) -> str:
    def replace(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name, default = match.group(1), match.group(2)
        if name in env:
            return env[name]
        if default is not None:
            return default
        problems.append(
            f"{render_loc(path)}: environment variable {name} is not set "
            f"(write ${{{name}:-default}} to allow that)"
        )
        return ""

    if "$" not in text:
        return text
    return _ENV_REF.sub(replace, text)


def _duplicate_names(section: str, noun: str, names: list[str]) -> list[str]:
    """One problem per name that an earlier entry of ``section`` already has (case-blind)."""
    problems: list[str] = []
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        key = name.casefold()
        if not key:
            continue
        if key in seen:
            problems.append(
                f'{section}[{i}].name: duplicate {noun} name "{name}" (also {section}[{seen[key]}])'
            )
        else:
            seen[key] = i
    return problems


def cross_check_data(data: object) -> list[str]:
    """``cross_check`` on raw (unvalidated) data, so that cross-reference problems are
    reported together with structural ones; malformed parts are skipped (those have their
    own structural problem)."""
    if not isinstance(data, Mapping):
        return []
    outlets = [o for o in _list(data.get("outlets")) if isinstance(o, Mapping)]
    stories = [s for s in _list(data.get("stories")) if isinstance(s, Mapping)]
    if len(outlets) != len(_list(data.get("outlets"))):
        return []  # indexes would not match the file; the structural problem comes first
    if len(stories) != len(_list(data.get("stories"))):
        return []
    return cross_problems(
        [_name(o.get("name")) for o in outlets],
        [(_name(s.get("name")), [_name(x) for x in _list(s.get("outlets"))]) for s in stories],
    )


def _list(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _name(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def cross_problems(outlets: list[str], stories: list[tuple[str, list[str]]]) -> list[str]:
    problems = _duplicate_names("outlets", "outlet", outlets)
    problems += _duplicate_names("stories", "story", [name for name, _ in stories])
    known = {name.casefold() for name in outlets if name}
    for i, (_, outlet_names) in enumerate(stories):
        for j, outlet_name in enumerate(outlet_names):
            if outlet_name and outlet_name.casefold() not in known:
                problems.append(f'stories[{i}].outlets[{j}]: unknown outlet "{outlet_name}"')
    return problems

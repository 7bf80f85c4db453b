"""Every configuration key is documented and in the example config; any data validates or
fails with one line per problem."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args, get_origin

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from crosswire.config import Config, ConfigError, validate_config

ROOT = Path(__file__).resolve().parents[2]


def _key_paths(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Every key the model accepts, as documented: ``outlets[].feeds[].url``."""
    paths: list[str] = []
    for name, field in model.model_fields.items():
        path = f"{prefix}{name}"
        paths.append(path)
        annotation = field.annotation
        if get_origin(annotation) is list:
            [item] = get_args(annotation)
            if isinstance(item, type) and issubclass(item, BaseModel):
                paths += _key_paths(item, f"{path}[].")
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            paths += _key_paths(annotation, f"{path}.")
    return paths


KEY_PATHS = _key_paths(Config)


def test_key_paths_cover_every_model() -> None:
    assert "outlets[].feeds[].poll_interval" in KEY_PATHS
    assert "telegram.admins" in KEY_PATHS
    assert "stories[].alert.kinds" in KEY_PATHS
    assert "divergence.qualifiers.approximately" in KEY_PATHS
    assert "divergence.wire.containment" in KEY_PATHS
    assert "http.feed_budget" in KEY_PATHS and "http.max_new_items" in KEY_PATHS


@pytest.mark.parametrize("path", KEY_PATHS)
def test_every_key_is_documented(path: str) -> None:
    docs = (ROOT / "docs" / "CONFIG.md").read_text(encoding="utf-8")
    assert f"`{path}`" in docs


@pytest.mark.parametrize("path", KEY_PATHS)
def test_every_key_is_in_the_example_config(path: str) -> None:
    example = (ROOT / "config.yaml").read_text(encoding="utf-8")
    leaf = path.rsplit(".", 1)[-1].removesuffix("[]")
    assert re.search(rf"^\s*(?:#\s*)?(?:- )?{leaf}:", example, re.MULTILINE), leaf


KEYS = [
    "database",
    "outlets",
    "stories",
    "telegram",
    "digest",
    "http",
    "name",
    "feeds",
    "url",
    "poll_interval",
    "any",
    "regex",
    "token",
    "admins",
    "time",
    "timezone",
    "max_bytes",
]
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["${X}", "${X:-1}", "https://a.example/", "(a+)+$", "08:00", "UTC"]),
)
DATA = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(KEYS), DATA, max_size=5))
def test_arbitrary_data_gives_config_or_one_line_problems(data: dict[str, object]) -> None:
    try:
        validate_config(data, env={})
    except ConfigError as exc:
        assert exc.problems
        for line in exc.problems:
            assert "\n" not in line
            assert re.match(r"^(?:\(top level\)|[a-z_]+)(?:\[\d+\]|\.[a-z_]+)*: \S", line), line

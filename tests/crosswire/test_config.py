"""Configuration: every error form gives one exact line with its key path; docs cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crosswire.config import (
    Config,
    ConfigError,
    load_config,
    parse_config,
    render_loc,
)

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456789:AAFh3kQ9_zx-0123456789abcdefghijKLMN"

ONE_OUTLET = "outlets:\n- name: Harbour Post\n  feeds: [https://harbour.example/feed.atom]\n"

# (id, YAML text, exact problems expected)
ERRORS: list[tuple[str, str, list[str]]] = [
    (
        "feed-url-not-a-url",
        "outlets:\n"
        "- {name: A, feeds: [https://a.example/rss]}\n"
        "- {name: B, feeds: [https://b.example/rss]}\n"
        "- name: C\n  feeds:\n  - url: not a url\n",
        ["outlets[2].feeds[0].url: not a URL"],
    ),
    (
        "feed-url-string-form",
        "outlets:\n- {name: A, feeds: [just-words]}\n",
        ["outlets[0].feeds[0].url: not a URL"],
    ),
    (
        "feed-url-ftp",
        "outlets:\n- {name: A, feeds: ['ftp://a.example/rss']}\n",
        ["outlets[0].feeds[0].url: not an http(s) URL"],
    ),
    (
        "regex-unbalanced",
        "stories:\n- {name: S, regex: '(troops'}\n",
        ["stories[0].regex: invalid regex: missing ): (troops"],
    ),
    (
        "regex-lookbehind",
        "stories:\n- {name: S, regex: '(?<=Varna) troops'}\n",
        [
            "stories[0].regex: invalid regex: invalid perl operator: (?<= "
            "(backreferences and lookaround are not supported)"
        ],
    ),
    (
        "unknown-key-telegram",
        "telegram:\n  tokn: x\n",
        ["telegram.tokn: unknown key (did you mean 'token'?)"],
    ),
    (
        "unknown-key-top",
        "databse: sqlite://\n",
        ["databse: unknown key (did you mean 'database'?)"],
    ),
    (
        "unknown-key-nested",
        "telegram: {admin_ids: [1]}\nstories:\n- {name: S, any: [x], alert: {kind: [conflict]}}\n",
        [
            "stories[0].alert.kind: unknown key (did you mean 'kinds'?)",
            "telegram.admin_ids: unknown key (did you mean 'admins'?)",
        ],
    ),
    ("unknown-key-far-from-any", "telegram: {zzzz: 1}\n", ["telegram.zzzz: unknown key"]),
    (
        "unknown-key-feed",
        "outlets:\n- name: A\n  feeds:\n  - {url: 'https://a.example/', interval: 60}\n",
        ["outlets[0].feeds[0].interval: unknown key (did you mean 'poll_interval'?)"],
    ),
    (
        "unknown-key-story",
        "stories:\n- {name: S, any: [x], keywords: [y]}\n",
        ["stories[0].keywords: unknown key"],
    ),
    ("database-not-url", "database: crosswire.db\n", ["database: not a SQLAlchemy URL"]),
    (
        "timezone-unknown",
        "digest: {timezone: Mars/Base}\n",
        ["digest.timezone: unknown time zone 'Mars/Base'"],
    ),
    ("time-hour-25", "digest: {time: '25:00'}\n", ["digest.time: expected HH:MM"]),
    ("time-words", "digest: {time: morning}\n", ["digest.time: expected HH:MM"]),
    (
        "env-missing",
        "telegram: {token: '${CW_TEST_TOKEN}'}\n",
        [
            "telegram.token: environment variable CW_TEST_TOKEN is not set "
            "(write ${CW_TEST_TOKEN:-default} to allow that)"
        ],
    ),
    (
        "outlet-name-duplicate",
        ONE_OUTLET + "- {name: harbour post, feeds: [https://other.example/rss]}\n",
        ['outlets[1].name: duplicate outlet name "harbour post" (also outlets[0])'],
    ),
    (
        "outlet-name-empty",
        "outlets:\n- {name: '  ', feeds: [https://a.example/rss]}\n",
        ["outlets[0].name: must not be empty"],
    ),
    (
        "outlet-feeds-empty",
        "outlets:\n- {name: A, feeds: []}\n",
        ["outlets[0].feeds: expected at least 1 item(s)"],
    ),
    (
        "outlet-name-missing",
        "outlets:\n- {feeds: [https://a.example/]}\n",
        ["outlets[0].name: required key is missing"],
    ),
    (
        "story-name-duplicate",
        "stories:\n- {name: Varna, any: [x]}\n- {name: VARNA, any: [y]}\n",
        ['stories[1].name: duplicate story name "VARNA" (also stories[0])'],
    ),
    (
        "story-unknown-outlet",
        ONE_OUTLET + "stories:\n- {name: S, any: [x], outlets: [Harbour Post, Daily Meridan]}\n",
        ['stories[0].outlets[1]: unknown outlet "Daily Meridan"'],
    ),
    (
        "story-without-matcher",
        "stories:\n- {name: S, exclude: [football]}\n",
        ["stories[0]: a story needs at least one of any, all or regex"],
    ),
    (
        "poll-interval-too-short",
        "outlets:\n- name: A\n  poll_interval: 59\n  feeds: [https://a.example/]\n",
        [
            "outlets[0].poll_interval: must be between 60 and 604800 seconds (1 minute to 7 days), "
            "got 59"
        ],
    ),
    (
        "poll-interval-too-long",
        "outlets:\n- name: A\n  feeds: [{url: 'https://a.example/', poll_interval: 604801}]\n",
        [
            "outlets[0].feeds[0].poll_interval: must be between 60 and 604800 seconds "
            "(1 minute to 7 days), got 604801"
        ],
    ),
    (
        "poll-interval-words",
        "outlets:\n- {name: A, poll_interval: often, feeds: [https://a.example/]}\n",
        ["outlets[0].poll_interval: expected an integer, got 'often'"],
    ),
    (
        "telegram-token-format",
        "telegram: {token: not-a-token}\n",
        ["telegram.token: not a Telegram bot token (expected digits:secret, as BotFather gives)"],
    ),
    (
        "telegram-admins",
        "telegram: {admins: [12345, true, lots]}\n",
        [
            "telegram.admins[1]: expected an integer, got a boolean",
            "telegram.admins[2]: expected an integer, got 'lots'",
        ],
    ),
    (
        "http-limits",
        "http: {connect_timeout: 0, max_bytes: -5, per_host_concurrency: 1.5, max_redirects: -1}\n",
        [
            "http.connect_timeout: must be positive",
            "http.max_redirects: must be at least 0",
            "http.max_bytes: must be positive",
            "http.per_host_concurrency: expected a whole number",
        ],
    ),
    (
        "duplicate-key",
        "outlets:\n- name: A\n  feeds: [https://a.example/]\n  name: B\n",
        ["outlets[0].name: duplicate key (again on line 4)"],
    ),
    ("outlets-not-list", "outlets: {name: A}\n", ["outlets: expected a list, got a mapping"]),
    ("top-level-list", "- database\n", ["(top level): expected a mapping of keys, got a list"]),
    (
        "yaml-syntax",
        "outlets:\n  - name: A\n    feeds: [https://a.example/\n",
        [
            "test.yaml: invalid YAML at line 4, column 1: "
            "expected ',' or ']', but got '<stream end>'"
        ],
    ),
    (
        "duplicate-key-with-other-problems",
        "outlets:\n- name: A\n  feeds: [nope]\n  name: B\nhttp: {max_bytes: 0}\n",
        [
            "outlets[0].name: duplicate key (again on line 4)",
            "outlets[0].feeds[0].url: not a URL",
            "http.max_bytes: must be positive",
        ],
    ),
    (
        "structural-and-cross-reference-in-one-pass",
        "database: ${CW_MISSING_DB}\n"
        "outlets:\n- {name: A, feeds: ['not a url']}\n- {name: a, feeds: [https://a.example/]}\n"
        "stories:\n- {name: S, any: [x], outlets: [Nowhere]}\n"
        "http: {allow_networks: [127.0.0.0/8, intranet]}\n",
        [
            "database: environment variable CW_MISSING_DB is not set "
            "(write ${CW_MISSING_DB:-default} to allow that)",
            "outlets[0].feeds[0].url: not a URL",
            "http.allow_networks[1]: not a network in CIDR form (like 127.0.0.0/8), got 'intranet'",
            'outlets[1].name: duplicate outlet name "a" (also outlets[0])',
            'stories[0].outlets[0]: unknown outlet "Nowhere"',
        ],
    ),
    (
        "several-problems-at-once",
        "database: nope\ndigest: {time: '7', timezone: Atlantis}\n",
        [
            "database: not a SQLAlchemy URL",
            "digest.time: expected HH:MM",
            "digest.timezone: unknown time zone 'Atlantis'",
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_invalid_config_gives_one_line_per_problem(text: str, expected: list[str]) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(text, source="test.yaml", env={})
    assert info.value.problems == expected
    assert str(info.value) == "\n".join(expected)
    assert all("\n" not in line for line in info.value.problems)


def test_empty_file_gives_defaults() -> None:
    config = parse_config("", env={})
    assert config == Config()
    assert config.database == "sqlite:///crosswire.db"
    assert config.digest.time == "08:00"
    assert config.http.per_host_concurrency == 2


ENV_CASES = [
    ("set", "database: ${DB}\n", {"DB": "sqlite:////tmp/x.db"}, "sqlite:////tmp/x.db"),
    ("default-used", "database: ${DB:-sqlite:///d.db}\n", {}, "sqlite:///d.db"),
    ("default-ignored", "database: ${DB:-sqlite:///d.db}\n", {"DB": "sqlite://"}, "sqlite://"),
    ("inside-text", "database: sqlite:///${DIR}/c.db\n", {"DIR": "/srv"}, "sqlite:////srv/c.db"),
    ("dollar-escape", "database: sqlite:///$${DIR}.db\n", {"DIR": "x"}, "sqlite:///${DIR}.db"),
]


@pytest.mark.parametrize(
    ("text", "env", "database"), [c[1:] for c in ENV_CASES], ids=[c[0] for c in ENV_CASES]
)
def test_env_substitution(text: str, env: dict[str, str], database: str) -> None:
    assert parse_config(text, env=env).database == database


def test_env_substitution_reaches_nested_values_and_numbers() -> None:
    text = (
        "outlets:\n- name: ${OUTLET}\n  poll_interval: ${POLL:-900}\n"
        "  feeds: ['${BASE}/feed.xml']\n"
        "telegram: {token: '${TOKEN:-}', admins: ['${ADMIN}']}\n"
    )
    config = parse_config(
        text, env={"OUTLET": "Lantern Wire", "BASE": "http://127.0.0.1:8000", "ADMIN": "4242"}
    )
    outlet = config.outlets[0]
    assert outlet.name == "Lantern Wire"
    assert outlet.poll_interval == 900
    assert str(outlet.feeds[0].url) == "http://127.0.0.1:8000/feed.xml"
    assert config.telegram.token is None  # empty default = no token
    assert config.telegram.admins == [4242]


def test_env_defaults_to_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CW_TEST_TOKEN", TOKEN)
    assert parse_config("telegram: {token: '${CW_TEST_TOKEN}'}\n").telegram.token == TOKEN


def test_feeds_accept_strings_and_mappings() -> None:
    text = (
        "outlets:\n- name: Mixed\n  feeds:\n"
        "  - https://mixed.example/rss\n"
        "  - {url: 'https://mixed.example/atom', poll_interval: 120}\n"
        "- name: Single\n  feeds: https://single.example/rss\n"
    )
    mixed, single = parse_config(text, env={}).outlets
    assert [str(f.url) for f in mixed.feeds] == [
        "https://mixed.example/rss",
        "https://mixed.example/atom",
    ]
    assert [f.poll_interval for f in mixed.feeds] == [None, 120]
    assert str(single.feeds[0].url) == "https://single.example/rss"


def test_valid_full_config() -> None:
    text = (
        ONE_OUTLET + "  poll_interval: 300\n  full_text: false\n"
        "stories:\n- name: Varna\n  any: [Varna, Selk]\n  all: [troops]\n  exclude: [harvest]\n"
        "  outlets: [harbour post]\n  regex: '\\bDravian (?:troops|soldiers)\\b'\n"
        f"telegram: {{token: '{TOKEN}', base_url: 'http://127.0.0.1:9/bot', admins: [1, '2']}}\n"
        "digest: {time: '18:45', timezone: Asia/Kolkata}\n"
        "http: {per_host_delay: 0, max_redirects: 0}\n"
    )
    config = parse_config(text, env={})
    assert config.outlets[0].full_text is False
    assert config.outlets[0].poll_interval == 300
    assert config.stories[0].regex == r"\bDravian (?:troops|soldiers)\b"
    assert config.telegram.admins == [1, 2]
    assert config.digest.zone.key == "Asia/Kolkata"
    assert config.http.per_host_delay == 0
    assert config.outlet("Harbour Post") is config.outlets[0]


def test_unquoted_digest_time_is_read_back_as_hh_mm() -> None:
    # YAML 1.1 turns 08:30 into the integer 510; the user meant half past eight.
    assert parse_config("digest: {time: 08:30}\n", env={}).digest.time == "08:30"


def test_load_config_reports_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(ConfigError) as info:
        load_config(missing)
    assert info.value.problems == [f"{missing}: no such file"]


def test_load_config_reports_yaml_position_with_file_name(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("database: sqlite://\ndigest:\n  time: '08:00\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    [line] = info.value.problems
    assert re.fullmatch(rf"{re.escape(str(path))}: invalid YAML at line \d+, column \d+: .+", line)


def test_alias_bomb_is_refused_not_walked() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
    with pytest.raises(ConfigError) as info:
        parse_config("\n".join(lines) + "\n", env={})
    assert info.value.problems == ["(top level): more than 100000 values"]


def test_render_loc() -> None:
    assert render_loc(("outlets", 2, "feeds", 0, "url")) == "outlets[2].feeds[0].url"
    assert render_loc(()) == "(top level)"


def test_shipped_config_yaml_loads() -> None:
    config = load_config(ROOT / "config.yaml")
    assert config.outlets and config.stories
    assert config.database == "sqlite:///crosswire.db"
    assert len({o.name for o in config.outlets}) == len(config.outlets)
    assert any(s.regex for s in config.stories)
    assert any(s.outlets for s in config.stories)
    assert any(isinstance(o.poll_interval, int) for o in config.outlets)

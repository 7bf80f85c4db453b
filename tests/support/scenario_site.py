"""Serve a fictional divergence scenario on 127.0.0.1 as real feeds, step by step.

``ScenarioSite`` serves one RSS 2.0 feed per outlet at ``/<key>/feed.rss`` (full text in
``content:encoded``) and a page per article at ``/<key>/<slug>.html``. ``step(n)`` moves the
clock of polls: only articles that have appeared by step ``n`` are in the feeds, each at its
newest version by then, with new ETag and Last-Modified when it changed. Times are fixed offsets
from a start datetime, so every run serves the same bytes. The loader lives in
``scenario_data`` and is re-exported here.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from html import escape as html_escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

import yaml

from crosswire.config import Config, parse_config
from tests.support.scenario_data import (
    DEFAULT_START,
    KINDS,
    SCENARIO_DIR,
    Article,
    Expectation,
    Outlet,
    Scenario,
    ScenarioError,
    Version,
    WireLink,
    load_all,
    load_scenario,
    scenario_paths,
)

__all__ = [
    "DEFAULT_START",
    "KINDS",
    "SCENARIO_DIR",
    "Article",
    "Expectation",
    "Outlet",
    "Scenario",
    "ScenarioError",
    "ScenarioSite",
    "Version",
    "WireLink",
    "load_all",
    "load_scenario",
    "scenario_paths",
]


# -- rendering ------------------------------------------------------------------------------


def _rfc822(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def _body_html(version: Version) -> str:
    return "\n".join(f"<p>{html_escape(p, quote=False)}</p>" for p in version.paragraphs)


def render_feed(
    outlet: Outlet, shown: Sequence[tuple[Article, Version]], base: str, start: datetime
) -> str:
    """An RSS 2.0 feed of the articles shown at one step, full text in ``content:encoded``."""
    items = []
    for article, version in shown:
        published = start + timedelta(hours=article.versions[0].hours)
        items.append(
            f"""    <item>
      <title>{xml_escape(version.title)}</title>
      <link>{xml_escape(base + article.path)}</link>
      <guid isPermaLink="false">{xml_escape(article.key)}</guid>
      <pubDate>{_rfc822(published)}</pubDate>
      <description>{xml_escape(version.paragraphs[0])}</description>
      <content:encoded>{xml_escape(_body_html(version))}</content:encoded>
    </item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>{xml_escape(outlet.name)}</title>
    <link>{xml_escape(f"{base}/{outlet.key}/")}</link>
    <description>Fictional news from {xml_escape(outlet.name)}.</description>
{body}
  </channel>
</rss>
"""


def render_page(outlet: Outlet, article: Article, version: Version, start: datetime) -> str:
    """The article's web page, with a little navigation around the body."""
    published = start + timedelta(hours=article.versions[0].hours)
    return (
        f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html_escape(version.title)} | {html_escape(outlet.name)}</title></head>\n"
        f"<body><nav><a href='/{outlet.key}/'>{html_escape(outlet.name)}</a></nav>\n"
        f"<article><h1>{html_escape(version.title)}</h1>\n"
        f"<time datetime='{published.isoformat()}'>{published:%d %b %Y, %H:%M} UTC</time>\n"
        f"{_body_html(version)}\n</article>\n<footer>Fictional outlet.</footer></body></html>\n"
    )


# -- serving --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Resource:
    """One response body with its validators."""

    body: bytes
    content_type: str
    last_modified: datetime
    etag: str


def _resource(text: str, content_type: str, last_modified: datetime) -> Resource:
    body = text.encode("utf-8")
    etag = f'"{hashlib.sha256(body).hexdigest()[:20]}"'
    return Resource(body, content_type, last_modified.replace(microsecond=0), etag)


def build_step(scenario: Scenario, step: int, base: str, start: datetime) -> dict[str, Resource]:
    """Every path served at ``step``: one feed per outlet and a page per visible article."""
    site: dict[str, Resource] = {}
    for outlet in scenario.outlets:
        shown = [
            (a, v)
            for a in scenario.articles
            if a.outlet == outlet.key and (v := a.at(step)) is not None
        ]
        shown.sort(key=lambda pair: -pair[0].versions[0].hours)  # newest first, like real feeds
        newest = max((v.hours for _, v in shown), default=0.0)
        site[f"/{outlet.key}/feed.rss"] = _resource(
            render_feed(outlet, shown, base, start),
            "application/rss+xml; charset=utf-8",
            start + timedelta(hours=newest),
        )
        for article, version in shown:
            site[article.path] = _resource(
                render_page(outlet, article, version, start),
                "text/html; charset=utf-8",
                start + timedelta(hours=version.hours),
            )
    return site


def _not_modified(resource: Resource, tags: str | None, since_text: str | None) -> bool:
    """If-None-Match wins over If-Modified-Since (RFC 9110)."""
    if tags is not None:
        return resource.etag in {t.strip().removeprefix("W/") for t in tags.split(",")}
    if since_text:
        try:
            since = parsedate_to_datetime(since_text)
        except (TypeError, ValueError):
            return False
        return resource.last_modified <= since.replace(tzinfo=since.tzinfo or UTC)
    return False


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    site: ScenarioSite


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        resource = self.server.site.resource(path)
        if resource is None:
            self._send(404, b"not found\n", {"Content-Type": "text/plain; charset=utf-8"})
            return
        headers = {
            "ETag": resource.etag,
            "Last-Modified": format_datetime(resource.last_modified, usegmt=True),
            "Content-Type": resource.content_type,
        }
        if _not_modified(
            resource, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        ):
            self._send(304, b"", headers)
        else:
            self._send(200, resource.body, headers)

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the site's hit counts instead of a log."""


class ScenarioSite:
    """A scenario served on 127.0.0.1 (free port) in a thread; use as a context manager.

    Starts at step 0. ``step(n)`` shows what outlets had published by poll ``n``.
    """

    def __init__(self, scenario: Scenario, *, start: datetime = DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        self.scenario = scenario
        self.start = start
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self
        host, port = self._server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        self._steps = [
            build_step(scenario, n, self.base_url, start) for n in range(scenario.last_step + 1)
        ]
        self._step = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"scenario-{scenario.name}",
            daemon=True,
        )
        self._thread.start()

    @property
    def current_step(self) -> int:
        with self._lock:
            return self._step

    def step(self, n: int) -> None:
        """Serve what had been published by poll step ``n`` (steps past the last repeat it)."""
        if n < 0:
            raise ValueError(f"step must be >= 0, got {n}")
        with self._lock:
            self._step = min(n, self.scenario.last_step)

    def resource(self, path: str) -> Resource | None:
        """What ``path`` serves at the current step."""
        with self._lock:
            return self._steps[self._step].get(path)

    def feed_url(self, outlet_key: str) -> str:
        return f"{self.base_url}/{outlet_key}/feed.rss"

    def url(self, article_key: str) -> str:
        """The page URL of the article named ``outlet/slug`` (as stored by the pipeline)."""
        return self.base_url + self.scenario.article(article_key).path

    def published(self, article_key: str) -> datetime:
        return self.start + timedelta(hours=self.scenario.article(article_key).versions[0].hours)

    def config_data(self, db_path: Path | str) -> dict[str, Any]:
        """A Crosswire configuration (as data) polling every outlet and watching the story."""
        return {
            "database": f"sqlite:///{db_path}",
            "outlets": [
                {"name": o.name, "full_text": False, "feeds": [{"url": self.feed_url(o.key)}]}
                for o in self.scenario.outlets
            ],
            "stories": [dict(self.scenario.story)],
            "http": {
                "per_host_delay": 0,
                "per_host_concurrency": 8,
                "allow_networks": ["127.0.0.0/8"],  # the scenario site is served on loopback
            },
        }

    def config_yaml(self, db_path: Path | str) -> str:
        """The configuration as config.yaml text."""
        return yaml.safe_dump(self.config_data(db_path), sort_keys=False, allow_unicode=True)

    def config(self, db_path: Path | str) -> Config:
        """The configuration, parsed and validated as ``crosswire`` would."""
        return parse_config(self.config_yaml(db_path), source=f"<scenario {self.scenario.name}>")

    def close(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ScenarioSite:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

"""Serve the demo's fictional outlets over real HTTP on 127.0.0.1, for the demo and for tests.

A stdlib ``ThreadingHTTPServer`` on an ephemeral port runs in a daemon thread. Responses carry
ETag and Last-Modified and honour If-None-Match / If-Modified-Since with 304. ``revise()``
switches one article to its updated version, so revision tracking has something to track.
"""

from __future__ import annotations

import hashlib
import logging
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crosswire.config import Config, validate_config
from crosswire.demo.content import DemoArticle, DemoOutlet, load_articles, load_outlets
from crosswire.demo.render import (
    CONTENT_TYPES,
    render_feed,
    render_index,
    render_outlet_home,
    render_page,
)

log = logging.getLogger(__name__)

#: The stories the demo configuration watches.
DEMO_STORIES: tuple[dict[str, Any], ...] = (
    {
        "name": "Varna incursion",
        "any": ["Dravia", "Dravian"],
        "all": ["Varna"],
        "exclude": ["vintners"],
    },
    {
        "name": "Selk casualties",
        "any": ["Selk"],
        "regex": r"\b(?:killed|wounded|captured|missing)\b",
    },
)


@dataclass(frozen=True, slots=True)
class Resource:
    """One servable response body with its validators."""

    body: bytes
    content_type: str
    last_modified: datetime
    etag: str


def _resource(body: bytes, content_type: str, last_modified: datetime) -> Resource:
    digest = hashlib.sha256(body).hexdigest()[:20]
    return Resource(body, content_type, last_modified.replace(microsecond=0), f'"{digest}"')


def build_site(
    outlets: tuple[DemoOutlet, ...], articles: tuple[DemoArticle, ...], base_url: str, now: datetime
) -> dict[str, Resource]:
    """Every path the demo serves, rendered once: feeds, article pages, front pages."""
    site = {"/": _resource(render_index(outlets), CONTENT_TYPES["html"], now)}
    for outlet in outlets:
        own = [a for a in articles if a.outlet == outlet.key]
        newest = max(a.modified for a in own)
        site[outlet.feed_path] = _resource(
            render_feed(outlet, own, base_url), CONTENT_TYPES[outlet.format], newest
        )
        site[f"/{outlet.key}/"] = _resource(
            render_outlet_home(outlet, own), CONTENT_TYPES["html"], newest
        )
        for article in own:
            site[article.path] = _resource(
                render_page(outlet, article, own, base_url), CONTENT_TYPES["html"], article.modified
            )
    return site


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    site: DemoSite


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "CrosswireDemo/1"
    disable_nagle_algorithm = True  # headers and body go out in two writes; don't wait 40 ms

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, *, send_body: bool) -> None:
        site = self.server.site
        path = urlsplit(self.path).path
        resource = site.resources().get(path)
        site._count(path)
        if resource is None:
            self._send(404, b"Not found\n", "text/plain; charset=utf-8", send_body, {})
            return
        headers = {
            "ETag": resource.etag,
            "Last-Modified": format_datetime(resource.last_modified, usegmt=True),
            "Cache-Control": "max-age=60",
        }
        if _not_modified(
            resource, self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        ):
            self._send(304, b"", None, False, headers)
            return
        self._send(200, resource.body, resource.content_type, send_body, headers)

    def _send(
        self,
        status: int,
        body: bytes,
        content_type: str | None,
        send_body: bool,
        headers: Mapping[str, str],
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("demo %s - %s", self.address_string(), format % args)


def _not_modified(
    resource: Resource, if_none_match: str | None, if_modified_since: str | None
) -> bool:
    """If-None-Match wins over If-Modified-Since, as RFC 9110 says."""
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or resource.etag in tags
    if if_modified_since:
        try:
            since = parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return resource.last_modified <= since
    return False


class DemoSite:
    """A running demo server: its base URL, a configuration pointing at it, and switches."""

    def __init__(self, *, database: str, revised: bool = False) -> None:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self
        host, port = self._server.server_address[:2]
        self.base_url = f"http://{host!s}:{port}"
        self.outlets = load_outlets()
        self.started_at = datetime.now(UTC).replace(microsecond=0)
        self._lock = threading.Lock()
        self._revised = revised
        self._hits: Counter[str] = Counter()
        self._sites = {
            flag: build_site(
                self.outlets,
                load_articles(self.started_at, revised=flag),
                self.base_url,
                self.started_at,
            )
            for flag in (False, True)
        }
        self.config: Config = demo_config(self.base_url, self.outlets, database)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="crosswire-demo",
            daemon=True,
        )
        self._thread.start()
        log.info("demo site serving %d outlets at %s", len(self.outlets), self.base_url)

    @property
    def revised(self) -> bool:
        """Whether the revised version of the updated article is being served."""
        return self._revised

    def revise(self, revised: bool = True) -> None:
        """Serve the updated (or, with ``False``, the original) version of the revised story."""
        with self._lock:
            self._revised = revised

    def resources(self) -> dict[str, Resource]:
        """The paths currently served."""
        with self._lock:
            return self._sites[self._revised]

    def articles(self) -> tuple[DemoArticle, ...]:
        """The articles currently served."""
        return load_articles(self.started_at, revised=self.revised)

    def feed_url(self, outlet_key: str) -> str:
        """The full URL of an outlet's feed."""
        outlet = next(o for o in self.outlets if o.key == outlet_key)
        return self.base_url + outlet.feed_path

    def hits(self, path: str) -> int:
        """How many requests the server has had for ``path``."""
        with self._lock:
            return self._hits[path]

    def _count(self, path: str) -> None:
        with self._lock:
            self._hits[path] += 1

    def close(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def demo_config(base_url: str, outlets: tuple[DemoOutlet, ...], database: str) -> Config:
    """A configuration watching the demo's outlets and story."""
    return validate_config(
        {
            "database": database,
            "outlets": [
                {
                    "name": o.name,
                    "homepage": f"{base_url}/{o.key}/",
                    "full_text": not o.full_content,
                    "feeds": [{"url": base_url + o.feed_path}],
                }
                for o in outlets
            ],
            "stories": [dict(story) for story in DEMO_STORIES],
            "http": {
                "per_host_delay": 0,
                "per_host_concurrency": 8,
                "allow_networks": ["127.0.0.0/8"],  # the demo site is served on loopback
            },
        },
        source="<demo>",
        env={},
    )


@contextmanager
def serve_demo(*, database: str | None = None, revised: bool = False) -> Iterator[DemoSite]:
    """Serve the demo outlets on loopback; the SQLite file made when ``database`` is None goes."""
    with tempfile.TemporaryDirectory(prefix="crosswire-demo-") as tmp:
        url = database or f"sqlite:///{Path(tmp) / 'crosswire-demo.db'}"
        site = DemoSite(database=url, revised=revised)
        try:
            yield site
        finally:
            site.close()

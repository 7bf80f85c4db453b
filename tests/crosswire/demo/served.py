"""What the bundled demo site serves, read back as a reader would: entries, pages and text."""

from __future__ import annotations

import html
import re

import feedparser
import httpx

from crosswire.demo import DemoSite

FEEDPARSER_VERSION = {"rss2": "rss20", "atom": "atom10", "rss1": "rss10"}
CONTENT_TYPE = {
    "rss2": "application/rss+xml",
    "atom": "application/atom+xml",
    "rss1": "application/rdf+xml",
    "jsonfeed": "application/feed+json",
}
REVISED_PAGE = "/meridian/articles/varna-troops.html"
STEALTH_PAGE = "/lantern/articles/dravian-troops-in-combat.html"
#: (copy, original): an abridged republication of Lantern Wire's story by another outlet.
WIRE_COPY = ("northgate/varna-wire-report", "lantern/dravian-troops-in-combat")


def plain(markup: str) -> str:
    """Markup to plain text, good enough to search served articles with regexes."""
    text = re.sub(r"<[^>]+>", " ", markup)
    return " ".join(html.unescape(text).split())


def feed_entries(site: DemoSite, client: httpx.Client, key: str) -> list[dict[str, str]]:
    """Each served entry of an outlet's feed as link, title, summary and served body text."""
    outlet = next(o for o in site.outlets if o.key == key)
    response = client.get(site.base_url + outlet.feed_path)
    response.raise_for_status()
    entries = []
    if outlet.format == "jsonfeed":
        for item in response.json()["items"]:
            entries.append(
                {
                    "link": item["url"],
                    "title": item["title"],
                    "summary": item["summary"],
                    "body": plain(item.get("content_html", "")),
                }
            )
        return entries
    for entry in feedparser.parse(response.content).entries:
        content = entry.get("content", [{}])[0].get("value", "")
        entries.append(
            {
                "link": entry.link,
                "title": entry.title,
                "summary": plain(entry.summary),
                "body": plain(content),
            }
        )
    return entries


def outlet_text(site: DemoSite, client: httpx.Client, key: str) -> str:
    """All article text an outlet serves: feed content, or its pages for summary-only feeds."""
    outlet = next(o for o in site.outlets if o.key == key)
    parts = []
    for entry in feed_entries(site, client, key):
        body = entry["body"]
        if not outlet.full_content:
            page = client.get(entry["link"])
            page.raise_for_status()
            body = plain(re.search(r"<article>(.*)</article>", page.text, re.S)[1])  # type: ignore[index]
        parts.append(f"{entry['title']}\n{body}")
    return "\n\n".join(parts)

"""Render the demo's outlets as RSS 2.0, Atom, RSS 1.0 (RDF), JSON Feed and HTML pages.

Pure functions from content to bytes; the server only looks the results up.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from html import escape as html_escape
from importlib.resources import files
from string import Template
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

from crosswire.demo.content import DemoArticle, DemoOutlet

CONTENT_TYPES = {
    "rss2": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "rss1": "application/rdf+xml; charset=utf-8",
    "jsonfeed": "application/feed+json; charset=utf-8",
    "html": "text/html; charset=utf-8",
}


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds").replace("+00:00", "Z")


def _rfc822(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


def article_html(article: DemoArticle) -> str:
    """The article body as HTML paragraphs (what full-content feeds carry)."""
    paragraphs = [f"<p>{html_escape(p, quote=False)}</p>" for p in article.paragraphs]
    if article.update_note:
        paragraphs.append(f"<p><em>{html_escape(article.update_note, quote=False)}</em></p>")
    return "\n".join(paragraphs)


def _feed_updated(articles: Sequence[DemoArticle]) -> datetime:
    return max(a.modified for a in articles)


def render_feed(outlet: DemoOutlet, articles: Sequence[DemoArticle], base_url: str) -> bytes:
    """The outlet's feed in its own format."""
    renderers = {
        "rss2": _rss2,
        "atom": _atom,
        "rss1": _rss1,
        "jsonfeed": _json_feed,
    }
    return renderers[outlet.format](outlet, articles, base_url).encode("utf-8")


def _rss2(outlet: DemoOutlet, articles: Sequence[DemoArticle], base: str) -> str:
    items = []
    for a in articles:
        content = ""
        if outlet.full_content:
            content = f"\n      <content:encoded>{xml_escape(article_html(a))}</content:encoded>"
        items.append(
            f"""    <item>
      <title>{xml_escape(a.title)}</title>
      <link>{xml_escape(base + a.path)}</link>
      <guid isPermaLink="false">{xml_escape(a.guid)}</guid>
      <pubDate>{_rfc822(a.published)}</pubDate>
      <dc:creator>{xml_escape(a.author)}</dc:creator>
      <category>{xml_escape(a.section)}</category>
      <description>{xml_escape(a.summary)}</description>{content}
    </item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{xml_escape(outlet.name)}</title>
    <link>{xml_escape(f"{base}/{outlet.key}/")}</link>
    <atom:link href={quoteattr(base + outlet.feed_path)} rel="self" type="application/rss+xml"/>
    <description>{xml_escape(outlet.description)}</description>
    <language>en-gb</language>
    <lastBuildDate>{_rfc822(_feed_updated(articles))}</lastBuildDate>
    <ttl>5</ttl>
{body}
  </channel>
</rss>
"""


def _atom(outlet: DemoOutlet, articles: Sequence[DemoArticle], base: str) -> str:
    entries = []
    for a in articles:
        content = ""
        if outlet.full_content:
            content = f'\n    <content type="html">{xml_escape(article_html(a))}</content>'
        entries.append(
            f"""  <entry>
    <title>{xml_escape(a.title)}</title>
    <id>tag:{outlet.key}.demo,2026:{xml_escape(a.slug)}</id>
    <link rel="alternate" type="text/html" href={quoteattr(base + a.path)}/>
    <published>{_iso(a.published)}</published>
    <updated>{_iso(a.modified)}</updated>
    <author><name>{xml_escape(a.author)}</name></author>
    <category term={quoteattr(a.section)}/>
    <summary>{xml_escape(a.summary)}</summary>{content}
  </entry>"""
        )
    body = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>{xml_escape(outlet.name)}</title>
  <subtitle>{xml_escape(outlet.description)}</subtitle>
  <id>tag:{outlet.key}.demo,2026:feed</id>
  <link rel="self" type="application/atom+xml" href={quoteattr(base + outlet.feed_path)}/>
  <link rel="alternate" type="text/html" href={quoteattr(f"{base}/{outlet.key}/")}/>
  <updated>{_iso(_feed_updated(articles))}</updated>
{body}
</feed>
"""


def _rss1(outlet: DemoOutlet, articles: Sequence[DemoArticle], base: str) -> str:
    seq = "\n".join(f"        <rdf:li rdf:resource={quoteattr(base + a.path)}/>" for a in articles)
    items = []
    for a in articles:
        content = ""
        if outlet.full_content:
            content = f"\n    <content:encoded>{xml_escape(article_html(a))}</content:encoded>"
        items.append(
            f"""  <item rdf:about={quoteattr(base + a.path)}>
    <title>{xml_escape(a.title)}</title>
    <link>{xml_escape(base + a.path)}</link>
    <description>{xml_escape(a.summary)}</description>
    <dc:date>{_iso(a.published)}</dc:date>
    <dc:creator>{xml_escape(a.author)}</dc:creator>
    <dc:subject>{xml_escape(a.section)}</dc:subject>{content}
  </item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel rdf:about={quoteattr(base + outlet.feed_path)}>
    <title>{xml_escape(outlet.name)}</title>
    <link>{xml_escape(f"{base}/{outlet.key}/")}</link>
    <description>{xml_escape(outlet.description)}</description>
    <dc:date>{_iso(_feed_updated(articles))}</dc:date>
    <items>
      <rdf:Seq>
{seq}
      </rdf:Seq>
    </items>
  </channel>
{body}
</rdf:RDF>
"""


def _json_feed(outlet: DemoOutlet, articles: Sequence[DemoArticle], base: str) -> str:
    items = []
    for a in articles:
        item: dict[str, object] = {
            "id": a.guid,
            "url": base + a.path,
            "title": a.title,
            "summary": a.summary,
            "date_published": _iso(a.published),
            "date_modified": _iso(a.modified),
            "authors": [{"name": a.author}],
            "tags": [a.section],
        }
        if outlet.full_content:
            item["content_html"] = article_html(a)
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": outlet.name,
        "description": outlet.description,
        "home_page_url": f"{base}/{outlet.key}/",
        "feed_url": base + outlet.feed_path,
        "language": "en-GB",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2) + "\n"


def _layout() -> Template:
    text = files("crosswire.demo").joinpath("pages", "layout.html").read_text(encoding="utf-8")
    return Template(text)


def _links(outlet: DemoOutlet, others: Sequence[DemoArticle]) -> str:
    return "\n".join(
        f'        <li><a href="/{outlet.key}/articles/{a.slug}.html">'
        f"{html_escape(a.title, quote=False)}</a></li>"
        for a in others
    )


def render_page(
    outlet: DemoOutlet, article: DemoArticle, others: Sequence[DemoArticle], base_url: str
) -> bytes:
    """The article's web page: the body inside the outlet's navigation, adverts and footer."""
    updated = ""
    if article.updated:
        updated = (
            f' · Updated <time datetime="{_iso(article.updated)}">'
            f"{article.updated:%d %b %Y, %H:%M} UTC</time>"
        )
    page = _layout().substitute(
        outlet=html_escape(outlet.name),
        outlet_key=outlet.key,
        feed_path=html_escape(outlet.feed_path),
        feed_type=CONTENT_TYPES[outlet.format].split(";")[0],
        title=html_escape(article.title),
        canonical=html_escape(base_url + article.path),
        author=html_escape(article.author),
        section=html_escape(article.section),
        published_iso=_iso(article.published),
        published_text=f"{article.published:%d %b %Y, %H:%M} UTC",
        updated=updated,
        summary=html_escape(article.summary),
        body=article_html(article),
        related=_links(outlet, [a for a in others if a.slug != article.slug][:3]),
    )
    return page.encode("utf-8")


def render_outlet_home(outlet: DemoOutlet, articles: Sequence[DemoArticle]) -> bytes:
    """A plain front page listing the outlet's articles."""
    return (
        f"<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html_escape(outlet.name)}</title>"
        f"<link rel='alternate' type='{CONTENT_TYPES[outlet.format].split(';')[0]}' "
        f"href='{html_escape(outlet.feed_path)}'></head>\n<body><h1>{html_escape(outlet.name)}</h1>"
        f"<p>{html_escape(outlet.description)}</p>\n<ul>\n{_links(outlet, articles)}\n</ul>"
        f"</body></html>\n"
    ).encode()


def render_index(outlets: Sequence[DemoOutlet]) -> bytes:
    """The demo's own front page: every outlet and its feed."""
    rows = "\n".join(
        f"<li><a href='/{o.key}/'>{html_escape(o.name)}</a> — "
        f"<a href='{html_escape(o.feed_path)}'>{o.format} feed</a></li>"
        for o in outlets
    )
    return (
        "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>"
        "<title>Crosswire demo</title></head>\n<body><h1>Crosswire demo outlets</h1>"
        "<p>Fictional outlets and fictional news, served on loopback.</p>\n"
        f"<ul>\n{rows}\n</ul></body></html>\n"
    ).encode()

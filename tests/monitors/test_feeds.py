"""parse_feed on each format, on broken and mislabelled bodies, and on encodings."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from monitors.feeds import parse_feed

BASE = "https://news.example.org/feed"

RSS20 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Gazette</title>
  <link>https://news.example.org/</link>
  <ttl>30</ttl>
  <item>
    <title>Ferry &amp; bus services resume after storm</title>
    <link>/2026/03/ferry</link>
    <guid isPermaLink="false">gazette-4411</guid>
    <pubDate>Tue, 03 Mar 2026 09:30:00 +0100</pubDate>
    <description>&lt;p&gt;Services restarted on &lt;b&gt;Tuesday&lt;/b&gt;.&lt;/p&gt;
      &lt;script&gt;track()&lt;/script&gt;&lt;p&gt;Two piers stay shut.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>The port authority said 14 crossings ran.</p>
      <p>Unions welcomed it.</p>]]></content:encoded>
    <author>desk@news.example.org (Mara Quist)</author>
  </item>
  <item>
    <title>Council approves sea wall</title>
    <guid>https://news.example.org/2026/03/wall</guid>
    <pubDate>Mon, 02 Mar 2026 18:00:00 GMT</pubDate>
  </item>
</channel>
</rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">Valley &lt;i&gt;Courier&lt;/i&gt;</title>
  <link href="https://courier.example.net/"/>
  <id>urn:uuid:6f1c</id>
  <updated>2026-03-03T08:00:00Z</updated>
  <entry>
    <title>Bridge inspection finds cracks</title>
    <link rel="alternate" href="https://courier.example.net/bridge"/>
    <id>urn:uuid:6f1c-1</id>
    <published>2026-03-03T07:15:00-05:00</published>
    <updated>2026-03-03T08:00:00Z</updated>
    <summary>Engineers closed one lane.</summary>
    <content type="html">&lt;p&gt;Engineers closed &lt;em&gt;one&lt;/em&gt; lane.&lt;/p&gt;
    </content>
    <author><name>Ilse Baptiste</name></author>
  </entry>
</feed>"""

RDF = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel rdf:about="https://wire.example.com/">
    <title>Upland Wire</title>
    <link>https://wire.example.com/</link>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>4</sy:updateFrequency>
  </channel>
  <item rdf:about="https://wire.example.com/a1">
    <title>Grain prices steady</title>
    <link>https://wire.example.com/a1</link>
    <dc:date>2026-03-01T12:00:00Z</dc:date>
    <description>Traders expect a calm week.</description>
  </item>
</rdf:RDF>"""

JSON_FEED = json.dumps(
    {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Metro Ledger",
        "home_page_url": "https://ledger.example.com/",
        "items": [
            {
                "id": "ml-77",
                "url": "https://ledger.example.com/77",
                "title": "Tram strike ends",
                "content_html": "<p>Drivers voted 312 to 40.</p><p>Service resumes Friday.</p>",
                "date_published": "2026-03-02T21:05:00+02:00",
                "authors": [{"name": "Odile Chen"}],
            },
            {"id": 78, "content_text": "Short note.", "date_published": "not a date"},
            "garbage",
        ],
    }
).encode()


def test_rss20_items_dates_text_and_ttl() -> None:
    feed = parse_feed(RSS20, url=BASE, content_type="application/rss+xml")
    assert feed.ok and not feed.bozo
    assert feed.format == "rss20"
    assert feed.title == "Harbour Gazette"
    assert feed.ttl == timedelta(minutes=30)
    first, second = feed.items
    assert first.title == "Ferry & bus services resume after storm"
    assert first.url == "https://news.example.org/2026/03/ferry"
    assert first.guid == "gazette-4411"
    assert first.summary == "Services restarted on Tuesday.\n\nTwo piers stay shut."
    assert first.content == "The port authority said 14 crossings ran.\n\nUnions welcomed it."
    assert first.published == datetime(2026, 3, 3, 8, 30, tzinfo=UTC)
    assert first.published is not None and first.published.utcoffset() == timedelta(0)
    assert second.url == "https://news.example.org/2026/03/wall"  # permalink guid
    assert second.summary == ""


def test_atom() -> None:
    feed = parse_feed(ATOM, url=BASE, content_type="application/atom+xml")
    assert feed.ok and feed.format == "atom10"
    assert feed.title == "Valley Courier"
    (entry,) = feed.items
    assert entry.url == "https://courier.example.net/bridge"
    assert entry.guid == "urn:uuid:6f1c-1"
    assert entry.published == datetime(2026, 3, 3, 12, 15, tzinfo=UTC)
    assert entry.updated == datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert entry.content == "Engineers closed one lane."
    assert entry.author == "Ilse Baptiste"


def test_rss10_rdf_with_syndication_period() -> None:
    feed = parse_feed(RDF, url=BASE)
    assert feed.ok and feed.format == "rss10"
    assert feed.ttl == timedelta(minutes=15)
    (item,) = feed.items
    assert item.title == "Grain prices steady"
    assert item.published == datetime(2026, 3, 1, 12, tzinfo=UTC)


def test_json_feed_recovers_good_items_and_flags_bad() -> None:
    feed = parse_feed(JSON_FEED, url=BASE, content_type="application/feed+json")
    assert feed.format == "json11" and feed.ok
    assert feed.title == "Metro Ledger"
    assert feed.bozo and feed.bozo_reason == "skipped 1 malformed items"
    first, second = feed.items
    assert first.content == "Drivers voted 312 to 40.\n\nService resumes Friday."
    assert first.published == datetime(2026, 3, 2, 19, 5, tzinfo=UTC)
    assert first.author == "Odile Chen"
    assert second.guid == "78" and second.content == "Short note."
    assert second.published is None and second.url is None


def test_json_without_feed_version_is_not_a_feed() -> None:
    feed = parse_feed(b'{"status": "ok"}', url=BASE, content_type="application/json")
    assert feed.error == "not a feed (JSON without a JSON Feed version)"


def test_broken_json() -> None:
    feed = parse_feed(b'{"version": ', url=BASE, content_type="application/feed+json")
    assert feed.error is not None and feed.error.startswith("invalid JSON:")


def test_html_page_instead_of_feed() -> None:
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    feed = parse_feed(page, url=BASE, content_type="text/html; charset=utf-8")
    assert feed.error == "not a feed (got HTML page)"
    assert feed.items == ()


@pytest.mark.parametrize("body", [b"", b"   \n\t "], ids=["empty", "whitespace"])
def test_empty_body(body: bytes) -> None:
    assert parse_feed(body, url=BASE).error == "empty body"


def test_truncated_feed_recovers_items_with_bozo_reason() -> None:
    cut = RSS20[: RSS20.index(b"<item>", RSS20.index(b"</item>"))]
    feed = parse_feed(cut, url=BASE)
    assert feed.bozo and feed.bozo_reason
    assert "\n" not in feed.bozo_reason
    assert [item.guid for item in feed.items] == ["gazette-4411"]


def test_windows_1252_declared_utf8_is_recovered() -> None:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Café Post</title>'
        "<item><title>Minister’s “plan” – 5 € rise</title></item></channel></rss>"
    ).encode("windows-1252")
    feed = parse_feed(body, url=BASE, content_type="application/rss+xml; charset=utf-8")
    assert feed.ok
    assert feed.items[0].title == "Minister’s “plan” – 5 € rise"
    assert feed.bozo and feed.bozo_reason


def test_latin1_feed_declared_correctly() -> None:
    body = (
        '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel>'
        "<title>Journal de Sète</title><item><title>Grève à l'hôpital, été chaud</title>"
        "</item></channel></rss>"
    ).encode("latin-1")
    feed = parse_feed(body, url=BASE, content_type="text/xml; charset=iso-8859-1")
    assert feed.ok and not feed.bozo
    assert feed.title == "Journal de Sète"
    assert feed.items[0].title == "Grève à l'hôpital, été chaud"


def test_body_that_names_a_local_file_is_not_opened() -> None:
    feed = parse_feed(b"/etc/hostname", url=BASE)
    assert feed.items == ()
    assert feed.error is not None


def test_garbage_bytes_never_raise() -> None:
    feed = parse_feed(bytes(range(256)) * 4, url=BASE)
    assert feed.error is not None or feed.bozo


def test_external_entities_are_not_resolved() -> None:
    body = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>Leak &secret;</title>
<item><title>Item &secret;</title></item></channel></rss>"""
    feed = parse_feed(body, url=BASE)
    assert "root:" not in (feed.title or "")
    assert all("root:" not in item.title for item in feed.items)


def test_entity_expansion_bomb_is_harmless() -> None:
    levels = ['<!ENTITY l0 "boom">']
    for level in range(1, 8):
        levels.append(f'<!ENTITY l{level} "{f"&l{level - 1};" * 10}">')
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        '<rss version="2.0"><channel><title>&l7;</title></channel></rss>'
    ).encode()
    feed = parse_feed(body, url=BASE)
    assert len(feed.title or "") < 1000

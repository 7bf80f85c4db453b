"""Network and feed parsing for Crosswire: no database, no messaging.

- ``fetch``: polite, bounded, conditional HTTP GETs that return results instead of raising.
- ``http_headers``: Retry-After and Cache-Control max-age as timedeltas.
- ``feeds``: RSS, Atom, RDF and JSON Feed bodies into plain-text items.
- ``html_text``: HTML fragments into paragraphs of plain text.
- ``fulltext``: main text of an article page (trafilatura).
- ``urls``: canonical article URLs.
- ``schedule``: when to poll next, and backoff after failures.
- ``revisions``: whether an article changed in substance, and when to look again.
- ``matching``: which watched stories an article belongs to; safe user regexes.
"""

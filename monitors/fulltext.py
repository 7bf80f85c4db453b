"""Extract the main article text from a fetched page with trafilatura (no network I/O here).

Feeds often carry only a teaser; the pipeline fetches the article page itself and hands the
bytes here. Comments are left out: readers' comments are not the outlet's account.
"""

from __future__ import annotations

import logging

import trafilatura

logger = logging.getLogger(__name__)

MAX_PAGE_BYTES = 5_000_000
MIN_TEXT_CHARS = 40


def extract_main_text(html: bytes | str, *, url: str | None = None) -> str | None:
    """Main text of an article page as paragraphs of plain text, or None if none was found."""
    if not html or len(html) > MAX_PAGE_BYTES:
        return None
    try:
        text = trafilatura.extract(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            output_format="txt",
            deduplicate=False,
        )
    except Exception:  # trafilatura on hostile markup: a missing text, not a crash
        logger.warning("main-text extraction failed for %s", url or "page", exc_info=True)
        return None
    if not isinstance(text, str):
        return None
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    cleaned = "\n\n".join(line for line in paragraphs if line)
    return cleaned if len(cleaned) >= MIN_TEXT_CHARS else None

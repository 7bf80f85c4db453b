"""Extract the main article text from a fetched page with trafilatura (no network I/O here).

Feeds often carry only a teaser; the pipeline fetches the article page itself and hands the
bytes here. Comments are left out: readers' comments are not the outlet's account.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

import trafilatura

logger = logging.getLogger(__name__)

_PAGE_URL: ContextVar[str | None] = ContextVar("crosswire_page_url", default=None)


class _NamePage(logging.Filter):
    """trafilatura logs some problems without the page (``empty HTML tree: None``): add it."""

    def filter(self, record: logging.LogRecord) -> bool:
        url = _PAGE_URL.get()
        if url:
            message = record.getMessage()
            if url not in message:
                record.msg = (
                    message[: -len("None")] + url
                    if message.endswith(": None")
                    else f"{message} (page {url})"
                )
                record.args = None
        return True


def _name_pages_in_trafilatura_logs() -> None:
    # A filter on a logger sees only records made by that very logger, hence one per module.
    names = [name for name in logging.root.manager.loggerDict if name.startswith("trafilatura")]
    for name in names:
        target = logging.getLogger(name)
        if not any(isinstance(f, _NamePage) for f in target.filters):
            target.addFilter(_NamePage())


_name_pages_in_trafilatura_logs()

MAX_PAGE_BYTES = 5_000_000
MIN_TEXT_CHARS = 40


def extract_main_text(html: bytes | str, *, url: str | None = None) -> str | None:
    """Main text of an article page as paragraphs of plain text, or None if none was found."""
    if not html or len(html) > MAX_PAGE_BYTES:
        return None
    token = _PAGE_URL.set(url)
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
    finally:
        _PAGE_URL.reset(token)
    if not isinstance(text, str):
        return None
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    cleaned = "\n\n".join(line for line in paragraphs if line)
    return cleaned if len(cleaned) >= MIN_TEXT_CHARS else None

"""Canonical form of article URLs, so one story reached by different links is stored once."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

# Query parameters that only track where a click came from; they never select content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "igsh", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
        "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ocid", "cmpid",
        "ito", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3",
        "at_custom4", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        "smid", "smtyp", "ref_src", "ref_url", "share", "cid", "ncid", "guccounter",
        "xtor", "wt_mc", "wt.mc_id",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "__twitter_impression")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter name only tracks clicks."""
    key = name.lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop fragment, default port and tracking params; sort query.

    >>> canonical_url("HTTPS://News.Example.ORG:443/World/Story?utm_source=x&b=2&a=1#top")
    'https://news.example.org/World/Story?a=1&b=2'

    Anything that is not an http(s) URL comes back stripped but otherwise unchanged.
    """
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text
    scheme = parts.scheme.lower()
    host = parts.hostname
    if scheme not in _DEFAULT_PORTS or not host:
        return text
    netloc = host.rstrip(".")
    if ":" in netloc:  # IPv6 literal
        netloc = f"[{netloc}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    if parts.username is not None:
        userinfo = parts.username
        if parts.password is not None:
            userinfo += f":{parts.password}"
        netloc = f"{userinfo}@{netloc}"
    kept = sorted(
        piece
        for piece in parts.query.split("&")
        if piece and not is_tracking_param(piece.partition("=")[0])
    )
    return urlunsplit((scheme, netloc, parts.path or "/", "&".join(kept), ""))

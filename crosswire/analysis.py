"""Turn an article's text into stored findings: rule results plus the stories it belongs to."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import rules
from crosswire.config import Config, StoryConfig
from crosswire.db.records import Findings
from monitors.matching import WatchRule, match_stories

log = logging.getLogger(__name__)


def watch_rule(story: StoryConfig) -> WatchRule:
    """The matcher for one configured story."""
    return WatchRule(
        name=story.name,
        any=tuple(story.any),
        all=tuple(story.all),
        exclude=tuple(story.exclude),
        outlets=tuple(story.outlets),
        regex=story.regex,
    )


def watch_rules(config: Config) -> tuple[WatchRule, ...]:
    """Matchers for every configured story, in configuration order."""
    return tuple(watch_rule(story) for story in config.stories)


def analyse(text: str, *, url: str = "") -> rules.Analysis:
    """Run the rules on ``text``; a bug in a rule is logged and yields an empty analysis.

    An article must still be stored when a rule trips over it, so the failure is contained
    here (and logged with the article's URL) rather than failing the whole feed.
    """
    try:
        return rules.analyze(text)
    except Exception:
        log.exception("rules failed on %s; storing it without findings", url or "a text")
        return rules.Analysis()


def findings_for(
    *,
    outlet: str,
    title: str,
    text: str,
    url: str,
    stories: Sequence[WatchRule],
) -> Findings:
    """Analyse the body text and match the article against the watched stories."""
    analysis = analyse(text, url=url).to_json()
    matched = match_stories(stories, outlet=outlet, title=title, text=text) if stories else []
    return Findings(
        claims=analysis["claims"],
        attributions=analysis["attributions"],
        stories=tuple(matched),
    )

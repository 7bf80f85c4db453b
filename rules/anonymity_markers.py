"""The wordings that mark a source as unnamed wherever they stand in its sentence: "on
condition of anonymity", "who asked to stay unnamed", "who gave only his first name" (general
English of news copy), read by ``rules.anonymous`` and ``rules.speech.reasons``."""

from __future__ import annotations

import re

#: Phrases that mark a source as anonymous wherever they stand in the sentence.
#: "who declined to speak on the record", "who refused to be quoted publicly": anonymity for
#: a source named by a role only ("an officer"), not for a named one who long kept silent
#: ("Ana Ruiz, who had refused to speak publicly since 2019, said"; ``rules.anonymous``).
UNQUOTED_MARKERS = re.compile(
    r"\b(?:declined|refused|not\s+wanting)\s+to\s+(?:speak|talk|comment|be\s+quoted)\s+"
    r"(?:on\s+the\s+record|publicly)",
    re.IGNORECASE,
)
ANONYMITY_MARKERS = re.compile(
    r"\b(?:(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\s+(?:anonymity|\w+\s+not\s+be)"
    r"|speaking\s+anonymously|not\s+(?:authori[sz]ed|permitted|cleared)\s+to\s+(?:speak|talk"
    r"|discuss|comment|brief)|(?:no|without)\s+permission\s+to\s+(?:speak|talk|comment)"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|declined\s+to\s+be\s+(?:named|identified)"
    # "who asked to stay unnamed", "asked to be left unnamed", "wished to remain anonymous"
    r"|(?:asked|requested|wished|wanted|preferred)\s+to\s+(?:stay|remain|be\s+left|go|be\s+kept)"
    r"\s+(?:unnamed|anonymous|nameless)"
    r"|who\s+(?:requested|sought|was\s+granted|were\s+granted)\s+anonymity"
    # "who asked that her name not be used" ("be withheld", "be left out of the story")
    r"|(?:asked|requested)\s+that\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?\s+(?:not\s+be"
    r"|be\s+withheld|(?:stay|remain|be\s+(?:kept|left))\s+(?:out\s+of|off)\s+(?:the\s+)?(?:paper|papers|print"
    r"|record|reports?|story|stories|news)|be\s+left\s+out(?=\s*[,;.]|\s*$|\s+(?:because|since)\b))"
    # "spoke on the understanding that the paper would not print her name": the speaker's own name
    # (thirty-seventh session; not "that her employer not be named")
    r"|(?:on|under)\s+(?:the\s+)?(?:condition|promise|assurance|understanding)\s+that\s+"
    r"(?:(?:he|she|they)\s+(?:would\s+)?not\s+be\s+(?:named|identified)|(?:we|it|the\s+\w+"
    r"|reporters?)\s+(?:would\s+)?not\s+(?:(?:print|publish|use|give)\s+(?:his|her|their)"
    r"\s+(?:full\s+)?names?|(?:name|identify)\s+(?:him|her|them)))\b"
    r"|declined\s+to\s+identify\s+(?:him|her|them)sel(?:f|ves)"
    # "who did not want his name published", "who did not want to be named"
    r"|(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't)\s+want\s+(?:(?:his|her|their)"
    r"\s+(?:full\s+)?names?\s+(?:published|used|printed|given|disclosed|revealed)|to\s+be"
    r"\s+(?:named|identified|quoted\s+by\s+name))"
    # "who would speak only if she went unnamed", "assured that it would carry no name",
    # "only without her name", "would lose her post if her name appeared" (thirty-sixth session)
    r"|(?:if|provided|as\s+long\s+as)\s+(?:he|she|they)\s+(?:went|go|goes|stayed|stays"
    r"|remained|remains|were|was)\s+unnamed\b"
    r"|(?:it|the\s+account|(?:his|her|their)\s+account)\s+would\s+(?:carry|bear)\s+no\s+names?\b"
    r"|only\s+without\s+(?:his|her|their)\s+names?"
    r"|if\s+(?:his|her|their)\s+names?\s+(?:appeared|was\s+(?:used|published|printed)"
    r"|were\s+(?:used|published|printed))"
    # A name kept "out of the paper", an account given "only if her name was withheld", workers
    # "banned from speaking with reporters", one who "could be posted far away for talking to
    # the media" (52nd session; not a name kept "on a list", nor a move "abroad for surgery")
    r"|(?:kept|keeps|keep|keeping|left|leaves)\s+(?:his|her|their)\s+(?:full\s+)?names?\s+"
    r"(?:out\s+of|off)\s+(?:the\s+)?(?:paper|papers|print|record|reports?|story|stories|news"
    r"|articles?)\b"
    r"|only\s+if\s+(?:his|her|their)\s+(?:full\s+)?names?\s+(?:was|were|is|stayed|remained)\s+"
    r"(?:withheld|left\s+out|kept\s+out)"
    r"|(?:barred|banned|forbidden|prohibited)\s+(?:from\s+(?:speaking|talking)|to\s+(?:speak"
    r"|talk))\s+(?:to|with)\s+(?:the\s+)?(?:press|media|news\s+media|reporters|journalists)"
    r"|(?:could|might|may|would|will)\s+be\s+[a-z]+(?:\s+[\w-]+){0,6}?\s+for\s+(?:speaking"
    r"|talking)\s+(?:to|with)\s+(?:the\s+)?(?:press|media|news\s+media|reporters|journalists)"
    # "who would not give her name"
    r"|(?:would\s+not|wouldn't|did\s+not|didn't|refused\s+to)\s+give\s+(?:his|her)"
    r"\s+(?:full\s+|last\s+)?names?"
    r"|(?:gave|give|giving)\s+only\s+(?:his|her|their)\s+(?:first\s+names?|nicknames?)|familiar\s+with|not\s+allowed\s+to\s+speak|declined\s+to\s+give\s+(?:his|her|their)\s+(?:full\s+)?names?|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to\s+the)",
    re.IGNORECASE,
)

"""A party that cuts the contact short: walks past the waiting reporters, hangs up or ends
the call when asked, leaves by a side door to avoid the press; patterns of
``cues.NON_RESPONSE_REGEX`` read by ``rules.refusals`` (general English of news refusals;
moved from ``rules.refusals``, 52nd session).
"""

from __future__ import annotations

#: Asked a question: "when asked about the dead", "when asked." ("when asked to leave", a
#: request, is turned away by ``rules.speech.at05``; RE2 reads these patterns, so no
#: look-ahead here).
_ASKED_ABOUT = r"(?:asked|questioned|pressed)\b"
#: When a question was put to the party: "when asked", "after being reached", "as reporters
#: began asking", "when a journalist rang" (52nd session).
_PUT_TO = (
    r"(?:when|after|as(?:\s+soon\s+as)?|once)\s+(?:(?:(?:he|she|they)\s+(?:was|were)\s+"
    r"|being\s+)?(?:asked|questioned|pressed|reached|called|contacted)|(?:(?:a|the)\s+"
    r"(?:reporter|journalist)"
    r"|reporters|journalists)\s+(?:(?:started|began)\s+(?:asking|to\s+ask)|asked|called|rang"
    r"|phoned|pressed))\b"
)
#: The phone put down: "put the phone down", "slammed down the receiver" (not "hung up the
#: washing").
_PHONE_DOWN = (
    r"(?:hung\s+up(?:\s+the\s+(?:phone|call))?|(?:put|slammed|banged)\s+(?:the\s+(?:phone"
    r"|receiver)\s+down|down\s+the\s+(?:phone|receiver)))"
)


#: "did not pick up its phones" or "the phone" (a body's; "her son did not pick up the phone"
#: is turned away by ``rules.speech.asked``),
#: "walked past the waiting reporters" (40th session, review40c; general English of news
#: refusals).
WALKED_ON = (
    r"(?:did\s+not|didn't|would\s+not|wouldn't)\s+(?:pick\s+up|answer)\s+(?:its|their|the)\s+"
    r"(?:tele)?phones?\b",
    # "waved reporters away", "brushed past journalists" (49th session)
    r"(?:waved|shooed)\s+(?:(?:the\s+)?(?:waiting\s+)?(?:reporters|journalists|cameras"
    r"|photographers)\s+(?:away|aside|off)|(?:away|off)\s+(?:the\s+)?(?:waiting\s+)?(?:reporters"
    r"|journalists|cameras|photographers))\b",
    r"(?:walked|hurried|swept|strode|brushed|pushed)\s+past\s+(?:the\s+)?(?:waiting\s+)?(?:reporters"
    r"|journalists|cameras|press)\b",
    # "said it would comment later", 'would "communicate in due course"': an answer put off
    # (47th session; general English of news refusals)
    r"would\s+\"?(?:comment|respond|reply|communicate|say\s+more|elaborate|give\s+(?:more\s+"
    r"|further\s+)?details|release\s+(?:more\s+|further\s+)?details)\s+(?:later|in\s+due"
    r"\s+course|at\s+a\s+later\s+(?:time|date|stage))\"?(?:\s*[.,;:\"]|\s+(?:on|to|about)\s+"
    # ... at its clause's end or on the questions, not "would respond later if attacked",
    # "would respond in due course to any attack" (review47b)
    r"(?:the\s+|its\s+|their\s+|these\s+)?(?:questions?|quer(?:y|ies)|requests?|inquir(?:y|ies)"
    r"|enquir(?:y|ies)|allegations?|claims?|reports?|matter|incident)\b)",
    # "walked back inside without taking questions" (47th session), "walked quickly away from
    # reporters without answering their questions"; "slipped out by a back door to avoid the
    # press", "left by a side door, avoiding the reporters" (not "to avoid the press of the
    # crowd")
    r"(?:walk(?:ed|ing)|went|going|hurr(?:ied|ying)|turn(?:ed|ing)|head(?:ed|ing))\s+"
    r"(?:back\s+|quickly\s+|briskly\s+)?(?:inside"
    r"|indoors|away|off|out)\s+(?:from\s+(?:the\s+)?(?:waiting\s+)?(?:reporters|journalists"
    r"|cameras|press)\s+)?without\s+(?:taking|answering|fielding|stopping\s+for)\s+(?:any\s+"
    r"|further\s+|their\s+|(?:reporters|journalists)'\s+)?questions\b",
    r"(?:left|slipped|ducked|exited|sneaked|snuck|hurried|was\s+(?:whisked|ushered|hustled))"
    r"(?:\s+[\w'-]+){0,6}?(?:\s+to|,)\s+(?:avoid|evade|dodge)(?:ing)?\s+(?:the\s+)?(?:waiting\s+)?"
    r"(?:reporters|journalists|media|cameras|photographers|press(?:\s*[.,;]|$|\s+(?:and"
    r"|outside|waiting|pack)\b))",
    # "did not pick up on Monday:": a phone left ringing, the sentence's clause ending there
    r"(?:did\s+not|didn't)\s+pick\s+up(?:\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\s+when\s+(?:reporters|journalists|we|the\s+\w+)\s+(?:called|rang|phoned))?\s*[.,;:]",
    # "ended the call when asked", "walked out of a news conference when asked about" (43rd
    # session; not "ended the call to his mother", which no question cut short)
    r"(?:ended|cut\s+short|cut\s+off)\s+(?:the|a|an)\s+(?:(?:phone|telephone)\s+)?(?:call"
    r"|interview|conversation|briefing)\s+(?:when|after|as)\s+(?:(?:he|she|they)\s+(?:was"
    r"|were)\s+|being\s+)?" + _ASKED_ABOUT,
    r"(?:walked|stormed|stalked)\s+out\s+of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:briefing"
    r"|(?:news|press)\s+conference|interview|meeting)\s+(?:when|after|as)\s+(?:(?:he|she|they)"
    r"\s+(?:was|were)\s+|being\s+)?" + _ASKED_ABOUT,
    # "put the phone down when asked how many passengers were aboard", "hung up on a reporter" (52nd
    # session; not "put the phone down and ran outside", "hung up on her sister")
    _PHONE_DOWN + r"\s+" + _PUT_TO,
    _PHONE_DOWN + r"\s+on\s+(?:a|the|our|this)\s+(?:reporters?|journalists?)\b",
    # "walked out as reporters began asking why", "stormed off when questioned" (52nd
    # session; not "walked out of the hospital on Monday", "walked out as the shift began")
    r"(?:walked|stormed|stalked|strode|hurried)\s+(?:out|away|off)(?:\s+of\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+)?\s+" + _PUT_TO,
)

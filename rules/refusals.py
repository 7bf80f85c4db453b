"""Refusals in the words of news copy beyond the stock ones of ``rules.cues`` ("would not be
drawn on the count", "declined interview requests", "left questions about the alarm
unanswered"): patterns of ``cues.NON_RESPONSE_REGEX``, whose party is the subject before them
(``rules.speech.silences``); questions passed on to another are ``rules.passed_on``'s. General
English of news refusals (thirty-fourth session).
"""

from __future__ import annotations

from rules.passed_on import PASSED_ON
from rules.put_off import PUT_OFF, TOLD_NOTHING
from rules.walked_on import WALKED_ON

#: Words after "said nothing" that make it a silence, not a report ("said nothing was found").
NOTHING_ABOUT = ("about", "on", "publicly")
#: Whom a party told nothing ("told them nothing", "told relatives almost nothing").
ADDRESSING = frozenset("told tell tells telling".split())
TOLD_WHOM = frozenset("them us me him her reporters relatives families journalists".split())

#: Refusals whose words need no negated auxiliary: "answered no questions", "has answered none
#: of our calls", "had still not replied", "let calls to its office ring out", "kept its
#: inspection reports to itself", "..., without saying how many" (general English of news
#: refusals, thirty-sixth session).
_MORE_WORDINGS = (
    # "The Kremlin said nothing about the incident", "told reporters nothing about the fire"
    # (50th session; not "said nothing was found", "told reporters nothing had changed":
    # rules.speech.statements.says_nothing also refuses "said nothing about X suggested")
    r"(?:(?:said|says)|(?:told|tells)\s+(?:" + "|".join(sorted(TOLD_WHOM)) + r")(?:\s+(?:almost"
    r"|virtually))?)\s+nothing(?:\s+(?:" + "|".join(NOTHING_ABOUT) + r")\b|\s*[.;])",
    # "said he had nothing to add", "was not in a position to comment", "have so far kept
    # quiet about the cause" (46th session; general English of news refusals)
    # (not "had nothing to say to the victims' families": a defendant's silence, no refusal)
    r"(?:has|have|had)\s+nothing\s+(?:further\s+|more\s+|else\s+)?to\s+add\b",
    r"(?:is|are|was|were)\s+not\s+in\s+a\s+position\s+to\s+(?:comment|say|discuss|confirm"
    r"|give|provide|release)\b",
    r"(?:kept|keeps|stayed|stays)\s+quiet\s+(?:about|over)\b",
    r"answered\s+(?:no|none\s+of\s+(?:our|its|their|reporters'|those|these))\s+"
    r"(?:(?:further|written|emailed|phone|repeated)\s+)?(?:questions|calls|emails|messages"
    r"|inquiries|enquiries)\b",
    # "answered none of the written questions", "none of the calls" (not "none of the
    # questions in the quiz")
    r"answered\s+none\s+of\s+the\s+(?:(?:further|written|emailed|phone|repeated)\s+(?:questions"
    r"|calls|emails|messages|inquiries|enquiries)|calls|emails|messages|inquiries|enquiries)\b",
    r"(?:has|have|had)\s+still\s+not\s+(?:replied|responded|answered|commented)\b",
    # "had still not said by Friday evening how many had died" (not "said a word")
    r"(?:has|have|had)\s+(?:still\s+)?not\s+said\s+(?:(?:by|on)\s+\w+(?:\s+\w+)?\s+)?(?:whether"
    r"|how|why|what|when|where|who|if)\b",
    # "let a reporter's calls ring unanswered" (50th session)
    r"(?:left|let|lets|leaves)\s+(?:(?:the|our|its|their|reporters'|repeated"
    r"|(?:a|this)\s+(?:reporter|journalist)'s)\s+)?(?:phone\s+)?"
    r"calls\s+(?:[\w',-]+\s+){0,8}?ring\s+(?:out|through\s+to\s+(?:a\s+)?(?:recorded|voice)"
    r"|unanswered)\b",
    r"(?:kept|keeps|keeping)\s+(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:reports?"
    r"|audits|findings|figures|records|data|files|documents)\s+to\s+(?:itself|themselves|himself"
    r"|herself)\b",
    # "..., the ministry said, without saying how many were guests"
    r"without\s+(?:saying|specifying|disclosing|explaining)\s+(?:how|whether|what|why|who"
    r"|when|where|if)\b",
    # "left unanswered the question of when", "put no number on the dead", "gave no date for",
    # "chose to say nothing", "had nothing to say about", "stopped short of giving a figure",
    # "made no comment on", "was unavailable for comment", "could not be contacted for
    # comment" (general English of news refusals, thirty-seventh session; not "stopped short
    # of releasing the suspect", "gave no indication of his motive" or "villages could not be
    # contacted", which refuse nothing)
    r"left\s+unanswered\s+(?:(?:the|our|a|all|every|several|those|these|written|repeated"
    r"|further|detailed)\s+){0,2}(?:(?:list|set|series|string|batch)\s+of\s+(?:(?:written|emailed"
    r"|detailed)\s+)?)?(?:questions?|calls|emails|requests|inquiries|enquiries)\b",
    r"put\s+no\s+(?:exact\s+|precise\s+|firm\s+)?(?:number|figure|toll|count)\s+on\s+(?:them"
    r"|it|(?:the|its|their)\s+(?:own\s+)?(?:dead|toll|deaths|casualties|injured|wounded|missing"
    r"|losses|victims|arrests))\b",
    r"(?:gave|give|gives|giving|offered|offers|provided|provides)\s+no\s+(?:time|date"
    r"|timetable|timeline)\s+for\b",
    # "offered no reason for the delay" (not "no reason for optimism", ``rules.speech.silences``;
    # thirty-eighth session)
    r"(?:gave|give|gives|giving|offered|offers|provided|provides)\s+no\s+(?:reason|explanation)"
    r"\s+for\b",
    # "had put out no statement", "has issued no statement by Tuesday" (thirty-eighth session)
    r"(?:has|have|had)\s+(?:yet\s+)?(?:put\s+out|issued|released|published|made)\s+no\s+"
    r"(?:(?:public|formal|official|written|further)\s+)?statement\b",
    # "the office had put out nothing on the fire by noon" (thirty-ninth session; not "has released
    # nothing on streaming platforms")
    r"(?:has|have|had)\s+(?:put\s+out|issued)\s+nothing\s+(?:about|on)\b",
    *PASSED_ON,
    r"(?:chose|decided|opted|preferred)\s+to\s+say\s+nothing\b"
    r"|will\s+say\s+nothing\s+(?:about|on|before|until)\b"
    r"|said\s+nothing\s+when\s+(?:asked|contacted|approached|questioned|called)\b"
    r"|(?:has|had|have)\s+(?:had\s+)?nothing\s+to\s+say\s+(?:about|on)\b",
    r"stopped\s+short\s+of\s+(?:giving|confirming|offering|providing|releasing|publishing"
    r"|putting)\s+(?:(?:a|an|any|the|its|their|exact|precise|full|official)\s+){0,2}"
    r"(?:figures?|numbers?|toll|count|estimate|details|breakdown|death\s+toll)\b",
    r"(?:made|makes|make)\s+no\s+(?:immediate\s+|public\s+|further\s+)?comment\s+(?:on"
    r"|about)\b",
    r"unavailable\s+(?:to|for)\s+comment\b",
    r"could\s+not\s+(?:immediately\s+)?be\s+(?:contacted|found|located|traced)\s+for"
    r"\s+comment\b",
    # "turned down requests for an interview", "refused interview requests", "declined requests
    # for the names", "kept mum on", "passed up the chance to comment", "would not weigh in",
    # "hung up when reached", "no response had been received from"
    # ("declined a request for an interview", "declined a BBC interview request": 46th session)
    r"(?:turned\s+down|refused|rejected|declined)\s+(?:(?:repeated|several|multiple|our)\s+)?"
    r"(?:(?:an?\s+)?(?:[A-Z]{2,5}\s+)?interview\s+requests?|(?:an?\s+)?requests?\s+(?:for|to)\s+"
    r"(?:an?\s+|the\s+)?(?:comment"
    r"|interviews?"
    r"|be\s+interviewed|names?|details|figures?))\b",
    r"(?:kept|keeps|stayed|stays|remained|remains)\s+mum\s+(?:on|about|over)\b",
    r"passed\s+(?:on|up)\s+(?:the|an)\s+(?:chance|opportunity)\s+to\s+(?:comment|respond"
    r"|speak)\b",
    r"(?:would\s+not|wouldn't|declined\s+to|refused\s+to)\s+weigh\s+in\b",
    r"hung\s+up\s+(?:the\s+(?:phone|call)\s+)?(?:when|after|as)\s+(?:reached|called|contacted"
    r"|asked|(?:(?:a|the)\s+(?:reporter|journalist)|reporters|journalists)\s+(?:called|rang"
    r"|phoned|asked))\b",
    # a bare "hung up." ending its clause: a silence only after a question put in its
    # sentence, "Asked about the fine, the mayor hung up." (``rules.speech.asked``)
    r"hung\s+up\s*[.;]",
    # "left the hall without a word to journalists", "shut the door on a reporter" (44th)
    r"(?:left|walked\s+(?:out|away|off)|hurried\s+(?:away|off)|drove\s+off)(?:\s+[\w'-]+){0,4}?"
    r"\s+without\s+(?:a\s+word|speaking|comment(?:ing)?|saying\s+anything)\s+to\s+(?:the\s+)?"
    r"(?:waiting\s+)?(?:reporters|journalists|press|media)\b",
    r"(?:shut|slammed|closed)\s+the\s+door\s+on\s+(?:a|the)\s+(?:reporters?|journalists?)\b",
    r"no\s+(?:response|reply|answer)\s+(?:had\s+been|has\s+been|was)\s+received\s+from\b",
    # "had stopped answering calls", "has stopped returning reporters' messages", "would make
    # no further comment", "said she was not allowed to discuss the case" (44th session; not
    # "who said he was not authorised to speak", an unnamed source's terms: ``silences``)
    r"(?:has|have|had)\s+(?:since\s+)?stopped\s+(?:answering|returning)\s+(?:(?:its|his"
    r"|her|their|our|reporters'|journalists')\s+)?(?:phone\s+)?(?:calls|phones?|questions"
    r"|emails|messages)\b",
    r"(?:would|will)\s+make\s+no\s+(?:further\s+|public\s+)?comment\b",
    r"said\s+(?:that\s+)?(?:he|she)\s+(?:was|is)\s+not\s+(?:allowed|authori[sz]ed|permitted"
    r"|cleared)\s+to\s+(?:discuss|comment\s+on|talk\s+about|speak\s+about)\s+(?:the|it|this"
    r"|that|any)\b",
    # "said questions about the shooting would have to wait for the inquiry", "said any
    # questions on the toll must wait until Monday" (a deferral; 44th session)
    r"said\s+(?:(?:any|all|further|other)\s+)?questions\s+(?:(?:about|on|over|regarding)\s+"
    r"(?:[\w',-]+\s+){1,6}?)?(?:would|will|must|should|could)\s+(?:(?:have\s+to\s+)?wait\s+"
    r"(?:for|until|till)|be\s+answered\s+\"?(?:later|in\s+due\s+course|at\s+(?:the|an|a)\s+"
    # "said questions about the pumps would be answered at the appropriate time" (45th)
    r"(?:appropriate|later|proper|suitable)\s+(?:time|stage|moment)|by\s+the\s+(?:inquiry"
    r"|investigation|review)))",
    # "did not come out to talk to reporters": a party that stayed away (45th session)
    r"(?:did\s+not|didn't)\s+come\s+out\s+to\s+(?:speak|talk)\s+to\b",
    # 'said this was "not the right moment" to comment', "said the figure was still being
    # compiled": an answer put off (49th session; general English of news deflections)
    r"said\s+(?:that\s+)?(?:it|this|now)\s+(?:was|is)\s+\"?not\s+the\s+(?:right|appropriate"
    r"|proper)\s+(?:time|moment)\"?\s+to\s+(?:discuss|comment|speculate|talk|go\s+into)\b",
    r"said\s+(?:that\s+)?(?:the|its|their)\s+(?:(?:final|full|exact|official|precise)\s+)?"
    r"(?:figures?|numbers?|toll|count|list|names|tally|breakdown)\s+(?:(?:was|were|is|are)\s+"
    r"\"?(?:still\s+)?being|(?:had|has|have)\s+(?:yet|still)\s+to\s+be)\s+(?:compiled|checked"
    r"|verified|collated|finali[sz]ed|established|worked\s+out)\b",
    # "said he had more pressing matters when asked why", "said she had better things to do
    # when questioned": a brush-off (52nd session; not "said he had other priorities,
    # including the budget", which answers nothing put to him)
    r"said\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:had|has|have)\s+(?:more|other|better|bigger)"
    r"\s+(?:(?:pressing|important|urgent)\s+)?(?:matters|things|issues|concerns|priorities|work)"
    r"(?:\s+to\s+(?:attend\s+to|deal\s+with|do|think\s+about|worry\s+about))?\s*,?\s+when\s+"
    r"(?:asked|questioned|pressed|approached|contacted)\b",
    # "said she would not fan tensions by naming the group": a refusal with its reason (52nd
    # session; not "said he would not resign", "said she would not allow the march")
    r"said\s+(?:that\s+)?(?:he|she|they|it|we)\s+(?:would|will)\s+not\s+(?:[\w'-]+\s+){1,4}?"
    r"by\s+(?:naming|identifying|discussing|commenting|speculating|disclosing|revealing"
    r"|confirming|going\s+into|saying\s+more|giving\s+(?:(?:a|an|any|the|its|their)\s+)?"
    r"(?:figures?|numbers?|names?|details|toll|count))\b",
)


#: What a party gives out when it answers: a figure, names, a statement (general English of
#: news refusals).
_INFORMATION = (
    r"(?:figures?|numbers|(?:death\s+)?toll|count|tally|names|details|updates?|statement"
    r"|answers|list|report|breakdown|data|explanation)"
)
_GIVE_OUT = (
    r"(?:sen[dt]|releas(?:e|ed)|publish(?:ed)?|give|given|gave|provided?|issued?|shared?"
    r"|deliver(?:ed)?|produced?|put\s+out)"
)
#: A promise of figures not kept by the clause's end: "promised figures by noon but had sent
#: none by evening", "pledged to publish the names but has yet to release them" (50th
#: session; not "promised figures by noon and released them at 11", nor "promised tents but
#: sent none", aid, not an answer).
_PROMISE_UNKEPT = (
    r"(?:promised|pledged|vowed)\s+(?:to\s+" + _GIVE_OUT + r"\s+)?(?:(?:a|an|the|its|their"
    r"|full|new|updated|official|casualty|final|detailed|further|more|exact)\s+){0,3}"
    + _INFORMATION
    + r"(?:\s+\"?[\w'-]+\"?){0,6}?,?\s+but\s+(?:(?:had|has|have)\s+(?:still\s+)?(?:not\s+)?)?"
    r"(?:(?:" + _GIVE_OUT + r")\s+(?:none|nothing)|(?:yet\s+to|not|failed\s+to|did\s+not"
    r"|didn't)\s+" + _GIVE_OUT + r"\s+(?:them|it|any|one))\b"
)


#: "left questions about the alarm unanswered", "has left a fortnight of emailed questions
#: ... unanswered"; "let three days of voicemail messages from the Gazette go unanswered" (days of
#: a newsroom's calls, not "let messages from the family go unanswered"; 39th session).
_LEFT_UNANSWERED = (
    r"(?:left|let|leaves|lets)\s+(?:(?:a|an|one|two|three|four|five|six|several|many)\s+"
    # "left a list of emailed questions on the raid unanswered" (47th session)
    r"(?:days?|weeks?|fortnight|months?|list|series|set|batch)\s+of\s+)?(?:(?:the|our|my|its|those|these|many"
    r"|several|every|reporters'|two|three|four|five|further|more)\s+){0,2}"
    r"(?:(?:written|emailed|detailed|repeated|further)\s+)?"
    r"(?:phone\s+)?(?:questions?|calls)\s+(?:[\w',-]+\s+){0,12}?unanswered",
    r"(?:left|let|leaves|lets)\s+(?:a|an|one|two|three|four|five|six|several)\s+(?:days?"
    r"|weeks?|fortnight)\s+of\s+(?:phone|voicemail|telephone)\s+messages\s+from\s+"
    r"(?:the\s+|this\s+)?(?:(?-i:[A-Z])[\w'-]*|reporters?|journalists?|newspaper)\s+"
    r"(?:go\s+)?unanswered",
)


#: "switched off his phone after being asked", "sent back only an automated reply" (41st
#: session; general English of news refusals, not "turned off the phone to sleep").
_NO_REPLY = (
    r"(?:switched|turned)\s+off\s+(?:his|her|their|its)\s+(?:mobile\s+|cell\s+)?phones?\s+"
    r"(?:after|when|as)\s+(?:being\s+|he\s+was\s+|she\s+was\s+)?(?:asked|questioned"
    r"|contacted|reached|called|reporters|journalists)\b",
    r"(?:sent(?:\s+back)?|replied\s+with|answered\s+with)\s+(?:only\s+)?an\s+automated\s+"
    r"(?:reply|response|message|e-?mail)\b",
    # "the lawyer's mobile phone was switched off" (a weak cue: ``rules.speech.unreached``
    # keeps it only for a line with its owner; 49th session)
    r"(?:was|were|had\s+been|has\s+been|remained)\s+(?:switched|turned)\s+off\b",
)


#: "gave no answer when asked", "has given no account of whether", "sent back no reply",
#: "sent no word to reporters" (general English of news refusals).
_NO_ANSWER = (
    r"(?:gave|give|gives|given|giving|offered|offers|provided|provides|sent(?:\s+back)?"
    r"|made)\s+no\s+(?:(?:immediate|public|further)\s+)?(?:answer|reply|response"
    r"|explanation|account|word\s+(?:on|about|to\s+(?:the\s+)?(?:reporters|journalists"
    r"|the\s+(?:paper|newspaper|press|media)|this\s+newspaper)))\b",
    # "was drafting a reply to the questions but had not sent one by Friday", "was preparing
    # a response but has yet to issue it": an answer begun, not given (50th session,
    # review50c; not "was drafting a reply and sent it on Friday", nor "a response plan")
    r"(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:drafting|preparing|writing|working\s+on)"
    r"\s+(?:a|an|its|their|his|her)\s+(?:(?:written|formal|full|detailed)\s+)?(?:reply|response"
    r"|answer)(?:\s+to\s+(?:[\w'-]+\s+){0,4}?(?:questions|quer(?:y|ies)|requests?|inquir(?:y|ies)"
    r"|enquir(?:y|ies)|letters?|allegations|claims|reports?))?,?\s+but\s+(?:(?:(?:had|has|have)"
    r"\s+(?:still\s+)?(?:not|yet\s+to)|did\s+not|didn't|hadn't|hasn't)\s+"
    + _GIVE_OUT
    + r"\s+(?:it|one|them|anything)|(?:had|has|have)\s+(?:still\s+)?"
    + _GIVE_OUT
    + r"\s+(?:none|nothing))\b",
)


#: After a negated auxiliary: "did not stop for reporters", "did not stop to speak to
#: journalists" (44th session; not "did not stop for the passengers").
_STOP_FOR_PRESS = (
    r"\s+stop\s+(?:for|to\s+(?:talk|speak)\s+to)\s+(?:the\s+)?(?:waiting\s+)?"
    r"(?:reporters|journalists|questions)\b"
)


#: Refusals to be drawn, to commit or to go into a matter: "would not be drawn on the count",
#: "would not commit to a timetable", "would not go into the maintenance record" (general
#: English of news refusals).
_NOT_DRAWN = (
    r"(?:would\s+not|wouldn't|refused\s+to)\s+be\s+drawn\s+(?:on|into|about)\b",
    r"(?:would\s+not|wouldn't)\s+commit\s+to\s+(?:a|any)\s+(?:date|timetable|timeline"
    r"|figure|number|deadline)",
    r"(?:would\s+not|wouldn't|could\s+not|couldn't|cannot|can't)\s+go\s+into\s+(?:detail"
    r"|details|specifics|(?:the|its|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:details|reasons"
    # "could not go into the deployment plans" (not "could not go into the mine")
    r"|record|history|circumstances|figures|cause|deployment|inquiry|decision|matter))\b",
)


def refusal_wordings(negated: str, break_down: str) -> tuple[str, ...]:
    """The patterns, given the negated auxiliary (``cues._NEG`` with its adverb) and a
    breakdown of figures (``cues._BREAK_DOWN``) they share with the stock ones."""
    return (
        # "did not pick up calls", "left questions about the alarm unanswered", "has yet to
        # name the victims", "were holding back his name" (general English of news refusals)
        *_NOT_DRAWN,
        negated + TOLD_NOTHING,  # "would not tell reporters whether" (52nd session)
        negated + r"\s+pick(?:ed)?\s+up\s+(?:(?:(?:repeated|several|our|reporters')\s+)?calls"
        r"|(?:his|her|its|their)\s+(?:(?:mobile|office|desk)\s+)?(?:phones?|telephones?))\b",
        # "did not make anyone available for an interview"
        negated + r"\s+make\s+(?:anyone|anybody|a\s+spokes(?:man|woman|person)|an?\s+official)"
        r"\s+available\b",
        negated + _STOP_FOR_PRESS,
        # "did not get back to reporters" (not "to port")
        negated + r"\s+get\s+back\s+to\s+(?:reporters|journalists|us|me|the\s+(?:paper"
        r"|newspaper|broadcaster|station|agency|reporter|newsroom))\b",
        *_LEFT_UNANSWERED,
        *WALKED_ON,
        *_NO_REPLY,
        # "brushed aside questions", "ignored a question about", "would not break down the
        # toll", "would not give a date for" (general English of news refusals)
        r"(?:brushed|waved)\s+(?:aside|off|away)\s+(?:(?:a|the|all|every|repeated|further)\s+)?"
        r"questions?\b"
        r"|ignored\s+(?:a|the|our|repeated|written)?\s*questions?\b"
        r"|(?:would\s+not|wouldn't|did\s+not|didn't)\s+(?:" + break_down + r"|give\s+a\s+date)",
        r"(?:has|have|had)\s+yet\s+to\s+name\s+(?:the\s+)?(?:dead|victims|deceased)\b",
        # "declined interview requests", "ignored requests for comment", "refused to be
        # interviewed", "offered no comment", "withheld its casualty figures", "has not
        # spoken publicly" (general English of news refusals)
        r"(?:declined|ignored|rebuffed)\s+(?:(?:repeated|several|multiple|our)\s+)?(?:(?:an?\s+)?"
        r"interview\s+requests?|requests\s+(?:for|to)\s+(?:an?\s+)?(?:comment|interviews?|be\s+interviewed))"
        r"|refused\s+to\s+be\s+interviewed|(?:offered|(?:would|will)\s+offer)\s+no\s+"
        r"(?:further\s+)?comment"
        r"|withheld\s+(?:its|their|the)\s+(?:own\s+)?(?:casualty\s+|death\s+)?(?:figures?|toll)"
        r"|(?:has|have|had)\s+not\s+(?:yet\s+)?spoken\s+publicly",
        # "sidestepped a question about", "turned away every question", "dodged questions"
        # (general English of news refusals, thirty-fifth session)
        r"(?:turned\s+(?:away|aside)|deflected|dodged|sidestepped|side-stepped|parried|evaded"
        r"|ducked)\s+(?:(?:a|the|every|all|any|our|reporters'|repeated|several|further|those"
        r"|these)\s+)?questions?\b",
        *_NO_ANSWER,
        # "would not put a figure on the dead", "declined to put a number on it"
        r"(?:would\s+not|wouldn't|did\s+not|didn't|declined\s+to|refused\s+to)\s+put\s+"
        r"(?:a|any|an\s+exact|a\s+precise)\s+(?:figure|number)\s+on\b",
        # "kept silent on whether", "remained tight-lipped about the toll"
        # "The message was silent on whether" (50th session)
        r"(?:remained|remains|kept|keeps|stayed|stays|was|were|is|are|(?:has|have|had)\s+been)"
        r"\s+(?:silent|quiet|tight-lipped|mum)\s+"
        r"(?:on|about|over)\s+(?:whether|how|why|what|who|when|where)\b"
        r"|(?:remained|remains|stayed|stays|was|were)\s+tight-lipped\b",
        *_withheld(negated),
        *_MORE_WORDINGS,
        _PROMISE_UNKEPT,
        *PUT_OFF,
    )


def _withheld(negated: str) -> tuple[str, ...]:
    """Names of the dead, the hurt and their attackers withheld, given the negated
    auxiliary."""
    return (
        # "police have not named any of the dead" (the stock "has yet to name" negated)
        negated + r"\s+(?:yet\s+)?(?:named|name)\s+(?:any\s+of\s+)?"
        r"(?:the\s+)?(?:dead|victims|deceased)\b",
        # "police have not identified a suspect", "have not named the homeowner", "have not
        # released a description of the gunman" (general English of police statements; 45th
        # session; "gave no evidence" is no silence: tests/rules/test_lead28.py)
        negated + r"\s+(?:yet\s+)?(?:named|identified|name|identify)\s+(?:the|a|any)\s+"
        r"(?:(?:second|third|other|dead|wounded|injured)\s+)?(?:victims?|suspects?|shooters?"
        r"|gunm[ae]n|attackers?|assailants?|killers?|drivers?|pilots?|homeowners?|officers?"
        r"|deceased|man|woman|men|women|boy|girl|teenagers?)\b",
        negated + r"\s+(?:yet\s+)?released\s+(?:a|the|any)\s+(?:description|names?|identity"
        r"|identities)\s+of\s+(?:the\s+|any\s+of\s+the\s+)?(?:dead|victims?|deceased|gunm[ae]n"
        r"|shooters?|suspects?|attackers?|assailants?|killers?|driver|man|woman|men|women)\b",
    )

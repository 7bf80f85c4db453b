"""Which words of all-capital wire copy may be part of a personal name (``in_upper_name``):
in capitals a name cannot be told by its case, so the words that never are one are listed.
"""

from __future__ import annotations

import re

#: Words that are no part of a name in all-capital text, each by its grammar (general
#: English): function words (articles, prepositions, pronouns, auxiliaries); numbers and
#: quantities; the question words HOW, WHY and WHAT, which open a clause whose subject may be
#: a name ("NOBODY ASKED WHY ODO KARSK WAS HELD"); verbs, which stand between a subject and
#: its object: the reporting verbs (SAID, TOLD), the verb of knowing in its base and past
#: forms (KNOW, KNEW: "THE CLERKS KNEW ODO KARSK"), and irregular past tenses, which the
#: "-ED" test below misses ("THE MURDER OF ANA RUIZ LED TO A STRIKE"); and the time nouns a
#: name follows ("ON THE DAY ANA RUIZ WAS KILLED"); the short verb of dying (DIED, DIES), which
#: the "-ED" test skips for its length, and the adverbs that open a count (NEARLY, ALMOST,
#: APPROXIMATELY: "FOUR DOCKERS DIED AND NEARLY 20 WERE HURT" names no one); the time
#: adverbs before a verb (LATER, EARLIER, THEN: "TWO OF THE WOUNDED SOLDIERS LATER DIED"); the
#: verbs of blame before a victim's name ("WE ATTRIBUTE IVO SARN'S DEATH TO ...").
UPPER_STOP = frozenset(
    """THE A AN AND OR BUT OF IN ON AT BY FOR WITH FROM TO INTO ONTO WHO WHOM WHOSE WHICH
    THAT THIS THESE THOSE HIS HER THEIR ITS OUR MY YOUR HE SHE IT THEY WE YOU I WAS WERE IS
    ARE HAS HAVE HAD BEEN BE BEING WILL WOULD SHALL SHOULD CAN COULD MAY MIGHT MUST NOT NO
    ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE TWENTY HUNDRED THOUSAND
    SEVERAL MANY SOME ALL BOTH EACH OTHER OTHERS MORE MOST FEW AS ALSO YESTERDAY TODAY
    LAST NEXT NEAR AFTER BEFORE DURING WHILE WHEN WHERE SINCE UNTIL ABOUT OVER UNDER SAID
    SAYS TOLD TOOK MADE CAME WENT LEFT GAVE HELD SAW MET DID DOES
    HOW WHY WHAT KNOW KNEW LED KEPT FELT SENT BROUGHT FOUGHT THOUGHT FOUND HEARD MEANT
    DAY NIGHT MORNING EVENING AFTERNOON WEEK MONTH YEAR
    DIED DIES NEARLY ALMOST APPROXIMATELY LATER EARLIER THEN
    BLAME BLAMES ATTRIBUTE ATTRIBUTES AVENGE AVENGES""".split()
)


#: A round bracket closing before a word is no part of a name word ("(THE MILITIA) DIED").
_NOT_NAME_CHARACTER = re.compile(r"\)")


def in_upper_name(word: str) -> bool:
    """Can an all-capital word be part of a name? Not a function word nor a verb form."""
    bare = word.strip(".,")
    if bare in UPPER_STOP or word.endswith(",") or _NOT_NAME_CHARACTER.search(word):
        return False
    return not (len(bare) > 4 and bare.endswith(("ED", "ING")))

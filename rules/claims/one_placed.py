"""Where one person was, between the person and the verb: "a man at the house was killed".

Crime news places a single victim before telling the fate: "a woman at the party was shot
dead", "a police officer in Elm Falls was wounded", "a man inside the shop was hurt", often
with the name after ("a man at the house, 30-year-old Ivo Marsh, was killed"). The place is
part of the one person's phrase, not a break between the article and its verb (general news
English; ``patterns.SINGULAR`` reads it before its asides). Counts have it already through
``rules.claims.binding``'s places gap ("two people at the party were killed"). An "of" or
"from" phrase ("a technician of the radio station", "a woman from Dorne") is CB74's
(``rules.claims.postmodified``), which reads no bare "shot" after it.
"""

from __future__ import annotations

#: A preposition of place and its object: a determiner and one to three words ("at the
#: house", "in her car", "near a busy bus stop"), or a capitalised place of one to three
#: words ("in Elm Falls", "on Orme Road").
ONE_PLACE = (
    r"\s+(?:at|in|inside|outside|near|on)\s+"
    r"(?:(?:the|an?|his|her|their)\s+(?:[A-Za-z'-]+\s+){0,2}[A-Za-z'-]+"
    r"|(?-i:[A-Z][a-z'\u2019-]+)(?:\s+(?-i:[A-Z][a-z'\u2019-]+)){0,2})"
)

"""Where one person was, between the person and the verb: "a man at the house was killed".

Crime news places a single victim before telling the fate: "a woman at the party was shot
dead", "a police officer in Elm Falls was wounded", "a man inside the shop was hurt", often
with the name after ("a man at the house, 30-year-old Ivo Marsh, was killed"). The place is
part of the one person's phrase, not a break between the article and its verb (general news
English; ``patterns.SINGULAR`` reads it before its asides). Counts have it already through
``rules.claims.binding``'s places gap ("two people at the party were killed"). An "of" or
"from" phrase ("a technician of the radio station", "a woman from Dorne") is CB74's
(``rules.claims.postmodified``), which reads no bare "shot" after it. So is what the person was
doing, told in a restrictive relative clause that tells no harm ("a man who was walking his
dog was shot"; 29th session).
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

#: A restrictive relative clause of up to eight words that tells no harm: "who was walking
#: his dog", "who police said was armed"; not "who was shot" or "who is injured", whose fate
#: is the clause's own.
HARMLESS_RELATIVE = (
    r"\s+who\s+(?!(?:was|is|were|are|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:shot|killed"
    r"|wounded|injured|hurt|stabbed|struck|hit|found|taken|rescued|kidnapped|abducted"
    r"|arrested)\b)(?:[\w'-]+\s+){0,7}?[\w'-]+"
)

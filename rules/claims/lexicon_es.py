"""Word tables of Spanish casualty claims: who is counted, what may stand between figure and cue.

The sibling of ``rules.claims.lexicon`` for the Spanish rules (CB60-CB69); categories are in
``rules.categories_es``. Origin: Spanish grammar (auxiliaries, copulas, prepositions) and
general knowledge of how Spanish-language news states tolls and counts people; no word was
added because one evaluation document had it.
"""

from __future__ import annotations

from rules.language import accent_tolerant

#: Nouns that count people, plural and singular ("300 familias", "una persona"), with the
#: common occupations of Spanish news (teachers, doctors, nurses, drivers...). Families
#: count as in English: "2.000 familias" is a figure of families, the group says so.
PEOPLE_NOUNS_ES = """personas persona familias familia hogares niños niño niñas niña menores
menor mujeres mujer hombres hombre adultos ancianos jóvenes joven bebés habitantes vecinos
residentes pobladores lugareños ciudadanos civiles soldados soldado militares militar
policías policía agentes agente efectivos guerrilleros rebeldes combatientes mineros
trabajadores obreros campesinos agricultores pescadores indígenas estudiantes alumnos
turistas migrantes inmigrantes pasajeros tripulantes ocupantes peatones presos reclusos
pacientes bomberos rescatistas socorristas periodistas manifestantes miembros
víctimas profesores profesoras maestros maestras docentes médicos médicas enfermeros
enfermeras conductores choferes marineros pilotos empleados empleadas funcionarios guardias
vigilantes jornaleros comerciantes voluntarios sacerdotes religiosas""".split()

#: Things counted in place of the people in them: "evacuar un centenar de casas".
DWELLING_NOUNS_ES = "casas viviendas hogares edificios barrios comunidades".split()

#: Words allowed between a figure's group and a cue that follows it: auxiliaries, copulas,
#: modals, relatives and adverbs ("300 personas que ya han sido evacuadas").
AUX_ES = """que se ya también aún todavía han ha habían había hubieran habrían sido fueron fue
son es eran era están estaban estarían siendo resultaron resultado resultó quedaron
quedado quedan quedó permanecen permanecían siguen seguían continúan pueden podrían
deberán debieron tuvieron tienen ser estar serían hay hubo reportados reportadas
confirmados confirmadas oficialmente reportó""".split()

#: Words allowed between a cue and a figure after it: "evacuaron a 300", "la cifra de
#: muertos asciende a 40", "el número de heridos es de 12".
TOLL_GAP_ES = """a al de es era fue son eran ya hoy ayer ahora se eleva elevó elevaba
asciende ascendió ascienden ascendieron llega llegó llegaba alcanza alcanzó sube subió
suma sumó sumaba aumentó creció provisional oficial actual otros otras también""".split()


def words_pattern(words: list[str]) -> str:
    """One alternation of ``words``, longest first, accents optional in the text."""
    return "|".join(accent_tolerant(w) for w in sorted(set(words), key=len, reverse=True))

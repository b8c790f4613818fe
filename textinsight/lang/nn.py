"""Nynorsk: frequent words that Bokmål does not use (a text needs one to be called Nynorsk)."""

MARKERS = frozenset(
    "ikkje eg kva korleis kvifor kven kvar dei deira noko nokon nokre berre mykje heile fekk "
    "vore hjå frå sjølv meir ho honom kome kjem vart gjekk eigentleg sidan "
    "fleire tenester teneste mogleg særleg".split()
)

"""Word lists read across the languages (da, nb, sv, en) at once, as regular-expression parts."""

# words that announce a phone number ("ring meg på", "tlf.", "call me on", "nås på"); the PII
# engine and its recognizers both read it
PHONE_WORDS = (r"(?:opp?|upp)?ring\w*|opringning|opkald|tlf|telefon\w*|tel|mobil\w*|sms|"
               r"call\w*|phon\w*|mobile|text|contact|kontakt|reach|nås|nummer\w*|numret|"
               r"numer|number")

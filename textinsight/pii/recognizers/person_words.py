"""The words and patterns around a name that the rules of ``person_rules`` read.

Titles, "hedder / heter / named", thanks, role and relation words, company suffixes, chatbot
words: regular expressions over the four languages. The plain word lists (names that are
also words, role tags, month abbreviations, street words) come from the language packs.
"""

from __future__ import annotations

import re

from ...lang import alternation
from ..words import LazyRegex, street_words

TITLE = r"(?i:fru|frue|hr|herr|frk|fröken|mr|mrs|ms|miss|dr|doktor)\.?"
NAMED = (
    r"(?i:hedder|hed|hedte|heter|het|hette|heitte|named|called|navn(?:et)? (?:er|var)|"
    r"namn(?:et)? (?:är|var)|name (?:is|was)|name:|navn:|namn:|"
    r"(?:mitt|mit|my) (?:fulde |fulle |fullständiga |full )?(?:navn|namn|name)|"
    r"(?:registrert|registreret|registrerad|registered|står|stod) (?:på|to|in the name of)|"
    r"(?:me|mig|meg|jeg|jag|mine|myself|undertegnede|undertecknad)\s?[,(]|"
    r"det er jeg,|det är jag,|it's me,)"
)
# a chatbot's name: "Nora (chatbot):", "Jeg er Viggo, din digitale assistent"
BOT_AFTER = re.compile(
    r"^\s*(?:\((?i:chat)?bot\)|,\s*(?i:din|din|your|er|är)?\s*(?i:digitale?|virtuelle?|"
    r"virtual|digitala)?\s*(?i:assistent|assistant|chatbot|chattbot|bot))"
)
# a company, not a person: "Aas Rør og Varme AS", "Clarke & Sons Logistics Ltd"
COMPANY_AFTER = re.compile(
    r"^(?:\s+(?:[A-ZÆØÅÄÖ]\w*|og|och|and|&))*\s+(?:AS|A/S|ASA|AB|ApS|Ltd|Limited|plc|GmbH|Oy|"
    r"Inc|LLC|IVS|I/S|HB|KB)\b"
)
TITLED = re.compile(rf"\b{TITLE}\s+$")
NAMED_BEFORE = re.compile(rf"{NAMED}\s+$")
AT_PLACE = re.compile(r"^\s+(?:fra|från|from|på|at|hos)\s+[A-ZÆØÅÄÖ]")
INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÆØÅÄÖ]\.\s$")
# an initial without its period after a title: "Miss P Shah", "Mr J Okafor"
TITLED_INITIAL = re.compile(rf"\b{TITLE}\s+([A-ZÆØÅÄÖ]\s)$")
# a self-introduction: "I'm Priya Shah", "jeg er Tone", "jag är Linnea"
SELF_BEFORE = re.compile(r"(?:\b(?i:i'm|i’m|i am|jeg er|jag är|eg er)\s+)$")
# a company or product written like a name ("Nordlink", "Kundeservice", "SuperMobil")
BRANDISH = re.compile(
    r"(?i:\w*(?:link|bank|banken|nett|telia|energi|energy|power|shop|store|care|mobil|mobile|"
    r"data|tech|app|pay|forsikring|försäkring|insurance|group|gruppen|service|support|online|"
    r"direct|direkte|fiber|bredbånd))$"
    r"|\w+[a-zæøåäö][A-ZÆØÅÄÖ]\w*$"
)
SIGNOFF = re.compile(r"(?:^|\n)[ \t]*[-–—/][ \t]*$")  # "– Adebayo" closing a message
# words right before a name: thanks, kinship and role words ("tak til", "my husband,")
THANKS_WORDS = (
    r"tak|takk|tack|thanks|thank you|cheers|hilsen|hälsning|shout ?out|shoutout|"
    r"kudos|ros"
)
THANKS = re.compile(rf"(?i:\b(?:{THANKS_WORDS})\s*,?\s*(?:til|till|to)?\s*)$")
# words right before a name that is in no name list: thanks ("thank you Priya") or a
# self-introduction; the word must also look like a name (see PersonNameRecognizer._unlisted)
UNLISTED_CUE = re.compile(rf"(?:(?i:\b(?:{THANKS_WORDS}))\s*,?\s*(?i:(?:til|till|to)\s+)?)$")
# words right after a name: where the person works ("Mette fra kundeservice", "Ewan at ...")
CUE_AFTER = re.compile(r"^,?\s+(?:fra|från|from|at|på|i|hos|on|in|in the|ved)\s+\w")
PLACE_BEFORE = re.compile(r"(?i:\b(?:på|at|i|in)\s+)$")


# people named by their role or relation: "Farmasøyten Nasrin", "Handläggare Nilsson",
# "Montøren, Rune,", "min søn mikkel", "datteren min Kaja", "my flatmate Zainab"; form fields
# and sign-offs: "Kontaktperson: Åsmund Nilsen", "Name on account:", "Regards," (the words of
# the language packs: staff in compounds too, "kundtjänstmedarbetare", "afdelingsformanden")
def role_words() -> str:
    """The role, relation, form-field and sender words of the packs, with their endings."""
    return (
        rf"\w*(?:{alternation('staff_words_re')})(?:en|n|et|nen|a|ne|erne|arna|ene|s)?"
        rf"|(?:{alternation('relation_words_re')})(?:en|n|et|nen|a|ne|s)?"
        rf"|(?:{alternation('field_words_re')})\s*:?(?:\s*(?:is|er|är|was|var))?"
        rf"|(?:{alternation('sender_words_re')})\s*:"
    )


ROLE_WORD = LazyRegex(lambda: rf"(?i:{role_words()})")
# words right before a known first name: thanks, "til / med", a relation or a role (a narrower
# list than the role words, which name any capitalised word; the two decide different things)
CUE_BEFORE = re.compile(
    rf"(?i:\b(?:{THANKS_WORDS})\s*,?\s*(?:til|till|to)?\s*|\b(?:til|till|to|med|with)\s+|"
    r"\b(?:mand|mann|man|kone|hustru|fru|wife|husband|partner|sambo|kæreste|kjæreste|datter|"
    r"dotter|daughter|søn|sønn|son|mor|far|mother|father|mum|mom|dad|kollega|colleague|"
    r"informant|participant|deltager|deltaker|deltagare|respondent|sælger|selger|säljare|"
    r"montør|tekniker|technician|chauffør|sjåfør|driver|bud|budet|courier)\s*,?\s+)$"
)
ROLE_CUE = LazyRegex(
    lambda: (
        rf"(?i:\b(?:{role_words()})(?:\s+(?:min|mi|mitt|mit|my|our|vores|vår|våre|vårt))?"
        r"\s*[,(]?\s*(?:(?:en|ett|ei|a|an)\s+)?)$"
    )
)
BOT_BEFORE = re.compile(r"(?i:\w*bot\w*|assistent\w*|assistant)\W{0,3}\w*\W{0,3}$")
FAMILY_AFTER = re.compile(r"^\s+(?i:family|familie|familj|household)\b")
AND = re.compile(r"\s+(?:og|och|and|eller|or)\s+$", re.IGNORECASE)
WORD = re.compile(
    r"@[\w.]*\w|[A-ZÆØÅÄÖÜa-zæøåäöüé][\wæøåäöüé]*(?:['’][A-Z][\wæøåäöüé]*)?"
    r"(?:-[A-ZÆØÅÄÖÜ][\wæøåäöüé]*)*"
)
STREET_WORD = LazyRegex(lambda: rf"(?i:\w*{street_words()})$")
NOT_AFTER = LazyRegex(
    lambda: (
        rf"^[ \t]*(?:'s\s+(?:[A-ZÆØÅ]\w*)|s\s+(?i:{street_words()})|(?i:{street_words()})\b"
        rf"|\w*{street_words()}\b)"
    )
)

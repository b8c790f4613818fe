"""Danish: abbreviations that contain or end with a full stop."""

# Never end a sentence on their own.
ABBREVIATIONS = [
    "f.eks.", "fx.", "bl.a.", "pga.", "p.g.a.", "dvs.", "d.v.s.", "ca.", "evt.", "inkl.",
    "ekskl.", "jf.", "vedr.", "mht.", "m.h.t.", "iflg.", "ifm.", "i.f.m.", "kl.", "nr.", "tlf.",
    "hr.", "fr.", "fru.", "dr.", "st.", "pct.", "mdr.", "md.", "min.", "sek.", "stk.", "ang.",
    "bl.", "f.", "gl.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "okt.", "nov.", "dec.", "man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn.",
    "a/s", "aps.", "mv.", "m.v.", "osv.", "o.l.", "m.m.", "m.fl.", "etc.", "tilsvarende.",
]  # fmt: skip

# May end a sentence: split after them when the next word starts with a capital letter.
TERMINAL = ["mv.", "m.v.", "osv.", "o.l.", "m.m.", "m.fl.", "etc."]

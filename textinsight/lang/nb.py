"""Norwegian Bokmål (also used for Nynorsk): abbreviations with full stops."""

ABBREVIATIONS = [
    "f.eks.", "bl.a.", "pga.", "p.g.a.", "dvs.", "d.v.s.", "ca.", "evt.", "inkl.", "ekskl.",
    "jf.", "vedr.", "mht.", "m.h.t.", "iflg.", "ifm.", "i.f.m.", "kl.", "nr.", "tlf.", "hr.",
    "fr.", "dr.", "st.", "pst.", "mnd.", "min.", "sek.", "stk.", "ang.", "bl.", "jan.",
    "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.", "des.",
    "man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn.", "as.", "asa.", "mv.", "m.v.",
    "osv.", "o.l.", "m.m.", "m.fl.", "etc.", "t.o.m.", "f.o.m.", "o.a.", "sml.", "vha.",
]  # fmt: skip

TERMINAL = ["mv.", "m.v.", "osv.", "o.l.", "m.m.", "m.fl.", "etc.", "o.a."]

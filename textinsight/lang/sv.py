"""Swedish: abbreviations with full stops."""

ABBREVIATIONS = [
    "t.ex.", "bl.a.", "pga.", "p.g.a.", "dvs.", "d.v.s.", "ca.", "ev.", "evt.", "inkl.",
    "exkl.", "jfr.", "resp.", "ang.", "kl.", "nr.", "tel.", "tfn.", "hr.", "fr.", "dr.",
    "st.", "kr.", "min.", "sek.", "mån.", "tis.", "ons.", "tors.", "fre.", "lör.", "sön.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "okt.", "nov.",
    "dec.", "s.k.", "f.d.", "fr.o.m.", "t.o.m.", "m.fl.", "m.m.", "osv.", "o.s.v.", "etc.",
    "o.dyl.", "bla.", "mha.", "m.h.a.", "enl.", "obs.", "ab.", "mfl.", "mm.",
]  # fmt: skip

TERMINAL = ["osv.", "o.s.v.", "m.fl.", "m.m.", "etc.", "o.dyl.", "mfl.", "mm."]

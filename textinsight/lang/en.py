"""English: abbreviations with full stops."""

ABBREVIATIONS = [
    "e.g.", "i.e.", "etc.", "vs.", "approx.", "incl.", "excl.", "no.", "nos.", "tel.",
    "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jan.", "feb.", "mar.", "apr.", "jun.",
    "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "mon.", "tue.", "wed.", "thu.",
    "fri.", "sat.", "sun.", "a.m.", "p.m.", "ltd.", "inc.", "co.", "dept.", "min.", "max.",
    "ref.", "cf.", "u.s.", "u.k.",
]  # fmt: skip

TERMINAL = ["etc.", "a.m.", "p.m."]

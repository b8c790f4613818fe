"""Random draws shared by the builders.

Every function here draws from the ``random.Random`` it is given exactly as the copies it
replaces did (the same calls in the same order), so outputs built with a fixed seed stay
byte-identical. Two ways of drawing a date that consume the generator differently are two
functions.
"""

from __future__ import annotations

import datetime as dt
import random

from tools.ids import date_ok


def random_digits(rng: random.Random, n: int) -> str:
    """``n`` random digits (one ``randrange(10)`` each; the same draws as ``randint(0, 9)``
    or ``choice("0123456789")``)."""
    return "".join(str(rng.randrange(10)) for _ in range(n))


def random_digits_nonzero_first(rng: random.Random, n: int) -> str:
    """``n`` random digits, the first of them 1-9."""
    return str(rng.randint(1, 9)) + random_digits(rng, n - 1)


def random_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    """A uniform date from 1 January ``y0`` to 31 December ``y1`` (one draw)."""
    start, end = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def random_ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    """Year, month and day 1-31 drawn until they make a real date."""
    while True:
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31)
        if date_ok(y, m, d):
            return y, m, d


def random_ymd_short(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    """Year, month and a day up to 28 (February) or 30 drawn until they make a real date."""
    while True:
        y = rng.randint(y0, y1)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28 if m == 2 else 30)
        if date_ok(y, m, d):
            return y, m, d


def random_no_mobile(rng: random.Random) -> str:
    """Eight digits of a Norwegian mobile number: 4 or 9, then seven random digits."""
    return rng.choice(["4", "9"]) + random_digits(rng, 7)

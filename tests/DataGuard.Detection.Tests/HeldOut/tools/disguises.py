"""Disguises people use to slip a value past a filter. Each returns the disguised text; the label spans all of it."""

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SMALL = "〇一二三四五六七八九"
SMALL_ZERO_LING = "零一二三四五六七八九"
FORMAL = "零壹貳參肆伍陸柒捌玖"
CYRILLIC = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р", "T": "Т", "X": "Х"}
GREEK = {"A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν", "O": "Ο", "P": "Ρ", "T": "Τ",
         "X": "Χ", "Y": "Υ", "Z": "Ζ"}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def spaced(s, sep=" "):
    return sep.join(s)


def grouped(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def cn_digits(s, table=SMALL, yao=False):
    out = []
    for c in s:
        if c.isdigit():
            out.append("么" if yao and c == "1" else table[int(c)])
        else:
            out.append(c)
    return "".join(out)


def zero_width(s, rng, count=2):
    chars = list(s)
    for _ in range(count):
        pos = rng.randint(1, len(chars) - 1)
        chars.insert(pos, rng.choice(ZW))
    return "".join(chars)


def homoglyph(s, table, lower=False):
    out = []
    for c in s:
        g = table.get(c.upper()) if c.isalpha() else None
        out.append((g.lower() if lower else g) if g else c)
    return "".join(out)


def can_homoglyph(s, table):
    return any(c in table for c in s if c.isalpha())


def math_bold(s):
    """Mathematical bold letters and digits (U+1D400…, U+1D7CE…): NFKC folds them back."""
    return "".join(chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def circled(s):
    """Circled digits ⓪①…⑨ (U+24EA, U+2460…)."""
    return "".join(("\u24ea" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)

#!/usr/bin/env python3
"""Builds the labelled corpus files in ../ from templates, with synthetic values that pass their checksums.

Run from anywhere: python3 build_corpus.py. Deterministic (fixed seed). The generated files are the source of truth
that the C# tests read; re-running only changes them when the templates or generators change.

Markup: [[TYPE:value]] marks a span of personal data; the two characters \\n stand for a line feed.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from values import Values, id_checksum_ok, luhn_ok, issuer_ok  # noqa: E402
from fillers import Fillers  # noqa: E402
from templates import GENRES, MORE_GENRES  # noqa: E402
from negatives import Negatives, TEMPLATES as NEG_TEMPLATES, MORE_TEMPLATES as MORE_NEG_TEMPLATES, DOCUMENT_TEMPLATES  # noqa: E402
import obfuscation  # noqa: E402

OUT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))
SLOT = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def labelled_slots(v: Values):
    return {
        "ID": ("TW_NATIONAL_ID", v.national_id),
        "ARC": ("TW_RESIDENT_CERTIFICATE", v.arc),
        "ARCOLD": ("TW_RESIDENT_CERTIFICATE", v.arc_old),
        "ARCNEW": ("TW_RESIDENT_CERTIFICATE", v.arc_new),
        "PLATE": ("TW_LICENSE_PLATE", v.plate_any_car),
        "PLATENEW": ("TW_LICENSE_PLATE", v.plate_current),
        "PLATER": ("TW_LICENSE_PLATE", lambda: v.plate_current("R")),
        "PLATEE": ("TW_LICENSE_PLATE", lambda: v.plate_current("E")),
        "PLATECOM": ("TW_LICENSE_PLATE", v.plate_commercial),
        "PLATEOLD": ("TW_LICENSE_PLATE", v.plate_legacy),
        "MOTO": ("TW_LICENSE_PLATE", v.plate_motorcycle),
        "MOBILE": ("PHONE_NUMBER", v.mobile),
        "LAND": ("PHONE_NUMBER", v.landline),
        "LANDFW": ("PHONE_NUMBER", lambda: v.landline(style="fullwidth_paren")),
        "PHONE": ("PHONE_NUMBER", v.phone),
        "FPHONE": ("PHONE_NUMBER", v.foreign_phone),
        "EMAIL": ("EMAIL_ADDRESS", v.email),
        "CARD": ("CREDIT_CARD", v.card),
        "CARDP": ("CREDIT_CARD", v.card_digits),
    }


def plain_slots(f: Fillers):
    return {
        "NAME": f.name, "NAME2": f.name, "FNAME": f.foreign_name, "BIRTH": f.birth, "DATE": f.date, "DATETIME": f.date_time, "TIME": f.time,
        "MONEY": f.money, "CASE": f.case_no, "LAW": f.law, "UNIT": f.unit, "STATION": f.station, "ADDR": f.address,
        "PLACE": f.place, "BANK": f.bank, "ACCOUNT": f.account, "CAR": f.car, "MOTO_MODEL": f.moto, "APP": f.app,
        "SCAM": f.scam, "CRIME": f.crime, "AGE": f.age, "COUNT": f.count, "ORDER": f.order,
        "EXT": lambda: str(f.r.randint(10, 9999)),
    }


def fill(template, labelled, plain):
    def one(m):
        slot = m.group(1)
        if slot in labelled:
            kind, make = labelled[slot]
            return f"[[{kind}:{make()}]]"
        return plain[slot]()
    return SLOT.sub(one, template)


# ---- checks -------------------------------------------------------------------------------------------------
MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]")


def check_label(kind, value, where):
    compact = re.sub(r"[\s\-()+]", "", value)
    if kind in ("TW_NATIONAL_ID", "TW_RESIDENT_CERTIFICATE"):
        assert id_checksum_ok(value), where
        assert (value[1] in "12") == (kind == "TW_NATIONAL_ID"), where
    elif kind == "CREDIT_CARD":
        assert luhn_ok(compact) and issuer_ok(compact), where
    elif kind == "TW_LICENSE_PLATE":
        letters = [c for c in value if c.isalpha()]
        if len(letters) == 3:
            assert "I" not in letters and "O" not in letters, where
        assert "4" not in value, where
    elif kind == "PHONE_NUMBER":
        assert 9 <= len(re.sub(r"\D", "", value)) <= 13, where
    elif kind == "EMAIL_ADDRESS":
        assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value), where


LEAKS = [  # things that would honestly be personal data if they appeared unlabelled
    (re.compile(r"(?<![A-Za-z0-9])[A-Za-z][12ABCD89]\d{8}(?!\d)"), lambda m: id_checksum_ok(m.group(0).upper())),
    (re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)"),
     lambda m: (lambda d: luhn_ok(d) and issuer_ok(d))(re.sub(r"\D", "", m.group(0)))),
    (re.compile(r"(?<!\d)09\d{2}[- ]?\d{3}[- ]?\d{3}(?!\d)"), lambda m: True),
    (re.compile(r"(?<![\d\w])\(?0[2-8]\d?\)?[- ]?\d{3,4}-?\d{4}(?!\d)"), lambda m: True),
    (re.compile(r"\w@\w"), lambda m: True),
]


ID_SHAPE = re.compile(r"(?=([A-Za-z][12ABCD89]\d{8}))")


def check_unlabelled(text, where):
    outside = MARK.sub("\u2063", text)
    for pattern, is_leak in LEAKS:
        for m in pattern.finditer(outside):
            if is_leak(m):
                raise AssertionError(f"{where}: unlabelled look-alike at {m.start()}")


def check_line(line, where):
    for m in MARK.finditer(line):
        check_label(m.group(1), m.group(2), where)
    check_unlabelled(line, where)


# ---- writing ------------------------------------------------------------------------------------------------
HEADER = ("# DataGuard labelled corpus: {what}. Generated by tools/build_corpus.py; synthetic data only.\n"
          "# One example per line; [[TYPE:value]] marks personal data; \\n inside a line stands for a line feed.\n")


def write(name, what, lines):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(what=what))
        for line in lines:
            assert "\n" not in line and "\r" not in line
            fh.write(line + "\n")
    print(f"{name}: {len(lines)} lines")


def realistic_lines(name, templates, count, rng, labelled, plain):
    order = list(range(len(templates)))
    lines = []
    while len(lines) < count:
        rng.shuffle(order)
        for i in order:
            if len(lines) == count:
                break
            line = fill(templates[i], labelled, plain)
            check_line(line, f"{name}:{len(lines) + 1}")
            lines.append(line)
    return lines


def negative_lines(neg, templates, count):
    lines = []
    while len(lines) < count:
        for t in templates:
            if len(lines) == count:
                break
            # Redraw a line that hides a checksum-valid ID shape even between letters: hard, not unfair.
            line = SLOT.sub(lambda m: neg.fill(m.group(1)), t)
            while any(id_checksum_ok(m.group(1).upper()) for m in ID_SHAPE.finditer(line)):
                line = SLOT.sub(lambda m: neg.fill(m.group(1)), t)
            assert "[[" not in line
            check_unlabelled(line, f"hard-negatives.txt:{len(lines) + 1}")
            lines.append(line)
    return lines


def main():
    rng = random.Random(20261128)
    values = Values(rng)
    fillers = Fillers(rng)
    labelled, plain = labelled_slots(values), plain_slots(fillers)
    neg = Negatives(rng, values, fillers)

    files = {}
    for name, (templates, count, what) in GENRES.items():
        files[name] = (what, realistic_lines(name, templates, count, rng, labelled, plain))
    obf = obfuscation.build(rng, values, fillers, obfuscation.TEMPLATES, rounds=3)
    neg_lines = negative_lines(neg, NEG_TEMPLATES, 170)

    # Second batch, drawn after the first so that the earlier lines stay byte-identical.
    for name, (templates, count, what) in MORE_GENRES.items():
        files[name] = (what, realistic_lines(name, templates, count, rng, labelled, plain))
    obf += obfuscation.build(rng, values, fillers, obfuscation.MORE_TEMPLATES, rounds=2)
    neg_lines += negative_lines(neg, MORE_NEG_TEMPLATES, 60)
    neg_lines += negative_lines(neg, DOCUMENT_TEMPLATES, 16)

    for i, line in enumerate(obf):
        for m in MARK.finditer(line):
            assert obfuscation.canonical_ok(m.group(1), m.group(2)), f"obfuscated.txt:{i + 1}"
    for name, (what, lines) in files.items():
        write(name, what, lines)
    write("obfuscated.txt", "obfuscated personal data (evasions undone by the engine)", obf)
    write("hard-negatives.txt", "hard negatives, none of which holds personal data of the six core types", neg_lines)


if __name__ == "__main__":
    main()

"""Synthetic values with valid checksums and formats, following shared/docs/taiwan-formats.md.

Every value is made up. IDs and resident certificates pass their checksum, cards pass Luhn and sit in a real issuer range,
plates follow the letter/digit rules of their era, phones follow the Taiwan numbering plan (area code + local length).
"""
import random

LETTER_ORDER = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # letter values 10..35 in this order
AREA_LETTERS = "ABCDEFGHJKMNPQTUVWXZIO"  # letters still issued (L, R, S, Y retired)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, no O
PLATE_DIGITS = "01235678 9".replace(" ", "")  # current scheme: no 4


def _letter_value(ch):
    return LETTER_ORDER.index(ch) + 10


def _check_digit(letter, second, body):
    n = _letter_value(letter)
    s = n // 10 + (n % 10) * 9 + second * 8
    for k, d in enumerate(body):  # body = D2..D8, weights 7..1
        s += int(d) * (7 - k)
    return (10 - s % 10) % 10


def taiwan_id(rng, second_chars, letter=None):
    letter = letter or rng.choice(AREA_LETTERS)
    g = rng.choice(second_chars)
    second = int(g) if g.isdigit() else _letter_value(g) % 10
    body = "".join(rng.choice("0123456789") for _ in range(7))
    return f"{letter}{g}{body}{_check_digit(letter, second, body)}"


def is_valid_id(v):
    if len(v) != 10 or v[0] not in LETTER_ORDER:
        return False
    g = v[1]
    second = int(g) if g in "1289" else (_letter_value(g) % 10 if g in "ABCD" else None)
    if second is None or not v[2:].isdigit():
        return False
    return _check_digit(v[0], second, v[2:9]) == int(v[9])


def national_id(rng):
    return taiwan_id(rng, "12")


def new_resident(rng):
    return taiwan_id(rng, "89")


def old_resident(rng):
    return taiwan_id(rng, "ABCD")


def broken_id(rng):
    """Letter + 1/2 + 8 digits with a wrong check digit (a look-alike, not an ID)."""
    v = national_id(rng)
    return v[:9] + str((int(v[9]) + rng.randint(1, 9)) % 10)


def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        s += d
    return s % 10 == 0


def card(rng, kind=None):
    kind = kind or rng.choice(["visa", "mc", "jcb", "amex", "mc2"])
    prefix, length = {"visa": ("4", 16), "mc": (str(rng.randint(51, 55)), 16), "mc2": (str(rng.randint(2221, 2720)), 16),
                      "jcb": (str(rng.randint(3528, 3589)), 16), "amex": (rng.choice(["34", "37"]), 15)}[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            digits = body + c
            break
    if length == 15:
        return f"{digits[:4]} {digits[4:10]} {digits[10:]}"
    sep = rng.choice([" ", "-", ""])
    return sep.join(digits[i:i + 4] for i in range(0, 16, 4))


def digits(rng, n, first=None):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    return (first + s[1:]) if first else s


def mobile_digits(rng):
    return "09" + rng.choice("12345678") + digits(rng, 7)


def mobile(rng, style=None):
    d = mobile_digits(rng)
    n = d[1:]
    styles = [
        d, f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}-{d[4:]}",
        f"+886 {n[:3]} {n[3:6]} {n[6:]}", f"+886-{n[:3]}-{n[3:6]}-{n[6:]}", f"+886{n}", f"+886 {n}",
        f"(+886) {n[:3]}-{n[3:6]}-{n[6:]}", f"886-{n[:3]}-{n[3:6]}-{n[6:]}", f"+886 (0){n[:3]} {n[3:6]} {n[6:]}",
        f"+886-(0)9{n[1:3]}-{n[3:6]}-{n[6:]}", f"886{n}",
    ]
    return styles[style if style is not None else rng.randrange(len(styles))]


# (area code, local length, first digits of the local number)
AREAS = [("02", 8, "238"), ("03", 7, "34589"), ("037", 6, "23"), ("04", 8, "2"), ("04", 7, "7"), ("049", 7, "2"),
         ("05", 7, "2356"), ("06", 7, "259"), ("07", 7, "235678"), ("08", 7, "78"), ("089", 6, "3"), ("082", 6, "3"),
         ("0826", 5, "6"), ("0836", 5, "25")]


def _local(rng, length, firsts, area):
    if area == "04" and length == 8:
        first = "2" + rng.choice("23456")
        return first + digits(rng, length - 2)
    return rng.choice(firsts) + digits(rng, length - 1)


def _split_local(local):
    if len(local) == 8:
        return f"{local[:4]}-{local[4:]}"
    if len(local) == 7:
        return f"{local[:3]}-{local[3:]}"
    if len(local) == 6:
        return f"{local[:2]}-{local[2:]}" if False else local
    return local


def landline(rng, area=None, style=None):
    choice = next(a for a in AREAS if a[0] == area) if area else rng.choice(AREAS)
    code, length, firsts = choice
    local = _local(rng, length, firsts, code)
    grouped = _split_local(local)
    styles = [f"({code}){grouped}", f"{code}-{grouped}", f"{code} {grouped.replace('-', ' ')}", f"{code}{local}",
              f"+886 {code[1:]} {grouped.replace('-', ' ')}", f"+886-{code[1:]}-{grouped}", f"({code}) {local}",
              f"{code}-{local}"]
    return styles[style if style is not None else rng.randrange(len(styles))]


def foreign(rng):
    options = [
        lambda: f"+1 (206) 555-01{digits(rng, 2)}", lambda: f"+1 415-555-01{digits(rng, 2)}",
        lambda: f"+81 3-{rng.choice('3456')}{digits(rng, 3)}-{digits(rng, 4)}", lambda: f"+81 90-{rng.choice('1234')}{digits(rng, 3)}-{digits(rng, 4)}",
        lambda: f"+86 13{rng.choice('5789')} {digits(rng, 4)} {digits(rng, 4)}", lambda: f"+852 9{digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"+84 91 {digits(rng, 3)} {digits(rng, 4)}", lambda: f"+63 917 {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"+62 812-{digits(rng, 4)}-{digits(rng, 4)}", lambda: f"+66 81 {digits(rng, 3)} {digits(rng, 4)}",
        lambda: f"+60 12-{digits(rng, 3)} {digits(rng, 4)}", lambda: f"+65 9{rng.choice('123678')}{digits(rng, 2)} {digits(rng, 4)}",
        lambda: f"+44 20 7946 0{digits(rng, 3)}", lambda: f"+82 10-{rng.choice('2345')}{digits(rng, 3)}-{digits(rng, 4)}",
    ]
    return rng.choice(options)()


def plate_letters(rng, n):
    return "".join(rng.choice(PLATE_LETTERS) for _ in range(n))


def plate_digits(rng, n):
    return "".join(rng.choice(PLATE_DIGITS) for _ in range(n))


# Plate layouts per era and vehicle kind: "L" = plate letter (no I, O), "D" = digit (no 4), [..] = one of, others literal.
PLATE_LAYOUTS = {
    "new": "[ABC]LL-DDDD", "rental": "RLL-DDDD", "ev": "ELL-DDDD", "biz": "[KFLMPH]LL-DDD",
    "old4": "DDDD-LL", "old4r": "LL-DDDD", "old3": "DDD-LL", "old3r": "LL-DDD",
    "moto": "[MNPQ]LL-DDDD", "moto_old": "LLL-DDD", "heavy": "LL-DDD",
}


def plate(rng, kind=None):
    kind = kind or rng.choice(["new", "new", "new", "old4", "old4r", "old3", "old3r", "biz", "rental", "ev"])
    out, layout, i = [], PLATE_LAYOUTS[kind], 0
    while i < len(layout):
        c = layout[i]
        if c == "[":
            close = layout.index("]", i)
            out.append(rng.choice(layout[i + 1:close]))
            i = close + 1
            continue
        out.append(plate_letters(rng, 1) if c == "L" else plate_digits(rng, 1) if c == "D" else c)
        i += 1
    return "".join(out)


SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝洪郭邱曾廖賴徐周葉蘇莊呂江何蕭羅高"
GIVEN = ["志明", "淑芬", "家豪", "怡君", "冠宇", "雅婷", "俊傑", "美玲", "建宏", "佩珊", "宗翰", "惠如", "承恩", "詩涵", "柏翰"]
USERS = ["chen.wei", "lin0612", "mike_huang", "yating.lee", "kevin.wu88", "amy.tsai", "jerry.cheng", "hsu_ling", "peggy.lo",
         "tony2024", "sandy.kuo", "wang.jh"]
DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "pchome.com.tw", "ms45.hinet.net", "example.com.tw",
           "icloud.com", "company.com.tw", "proton.me"]


def name(rng):
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def email(rng):
    return f"{rng.choice(USERS)}@{rng.choice(DOMAINS)}"

"""Synthetic identifier values with valid checksums, from the rules in shared/docs/taiwan-formats.md.

Every value here is made up: a random serial with a computed check digit. None belongs to a real person
except by coincidence of the numbering space, which is why the corpus never pairs them with real names.
"""
import random

# Letter -> number, national ID / ARC table (I, O, W, Z out of order).
LETTER_CODES = {c: 10 + i for i, c in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO")}
ID_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1]


def _check_digit(letter, second_value, body7):
    n = LETTER_CODES[letter]
    s = n // 10 + (n % 10) * 9 + second_value * 8
    s += sum(int(d) * w for d, w in zip(body7, ID_WEIGHTS[1:]))
    return (10 - s % 10) % 10


def id_checksum_ok(value):
    """True when value is a national ID, old ARC or 2021 UI number with a valid check digit."""
    if len(value) != 10 or value[0] not in LETTER_CODES or not value[2:].isdigit():
        return False
    g = value[1]
    if g in "12" or g in "89":
        second = int(g)
    elif g in "ABCD":
        second = LETTER_CODES[g] % 10
    else:
        return False
    return _check_digit(value[0], second, value[2:9]) == int(value[9])


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def issuer_ok(digits):
    n = len(digits)
    if digits[0] == "4":
        return n in (13, 16, 19)
    if 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720:
        return n == 16
    if 3528 <= int(digits[:4]) <= 3589:
        return 16 <= n <= 19
    if digits[:2] in ("34", "37"):
        return n == 15
    if digits[:2] == "36" or 300 <= int(digits[:3]) <= 305 or digits[:2] in ("38", "39"):
        return 14 <= n <= 19
    if digits[:2] == "62":
        return 16 <= n <= 19
    return False


class Values:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used = set()

    def _unique(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("value space exhausted")

    def _digits(self, n, alphabet="0123456789"):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    # --- IDs -------------------------------------------------------------------------------------------
    def _ten_char(self, letters, second_chars):
        """Area letter + second character + 7 random digits + check digit (national ID, ARC and UI number share it)."""
        def make():
            letter = self.r.choice(letters)
            g = self.r.choice(second_chars)
            body = self._digits(7)
            second = int(g) if g.isdigit() else LETTER_CODES[g] % 10
            return letter + g + body + str(_check_digit(letter, second, body))
        return self._unique(make)

    def national_id(self):
        # Mostly current letters; the irregular I/O/W/Z codes appear on purpose.
        return self._ten_char("ABCDEFGHJKMNPQTUVXWZIO" + "AAFFHHEETT", "12")

    def arc_old(self):
        return self._ten_char("ABFEHTKJ", "ABCD")

    def arc_new(self):
        return self._ten_char("ABFEHTKJ", "89")

    def arc(self):
        return self.arc_new() if self.r.random() < 0.55 else self.arc_old()

    def id_lookalike_bad(self):
        """Letter + 1/2 + 8 digits whose check digit is wrong."""
        v = self.national_id()
        wrong = (int(v[9]) + self.r.randint(1, 9)) % 10
        return v[:9] + str(wrong)

    # --- plates ----------------------------------------------------------------------------------------
    PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O
    PLATE_DIGITS = "012356789"  # no 4

    def plate_current(self, first=None):
        def make():
            f = first or self.r.choice("AAABBBCCREKR")
            return f + self._digits(2, self.PLATE_LETTERS) + "-" + self._digits(4, self.PLATE_DIGITS)
        return self._unique(make)

    def plate_motorcycle(self):
        def make():
            kind = self.r.random()
            if kind < 0.6:  # 2014+ ordinary motorcycle 3+4
                return self.r.choice("MNPQ") + self._digits(2, self.PLATE_LETTERS) + "-" + self._digits(4, self.PLATE_DIGITS)
            if kind < 0.85:  # 1992 series 前三後三
                return self._digits(3, self.PLATE_LETTERS) + "-" + self._digits(3, self.PLATE_DIGITS)
            return self._digits(2, self.PLATE_LETTERS) + "-" + self._digits(3, self.PLATE_DIGITS)  # large heavy
        return self._unique(make)

    def plate_commercial(self):
        def make():
            return self.r.choice("KFLMPH") + self._digits(2, self.PLATE_LETTERS) + "-" + self._digits(3, self.PLATE_DIGITS)
        return self._unique(make)

    def plate_legacy(self):
        def make():
            L2 = self._digits(2, self.PLATE_LETTERS)
            form = self.r.choice(["AB-1234", "1234-AB", "123-AB", "AB-123"])
            if form == "AB-1234":
                return L2 + "-" + self._digits(4, self.PLATE_DIGITS)
            if form == "1234-AB":
                return self._digits(4, self.PLATE_DIGITS) + "-" + L2
            if form == "123-AB":
                return self._digits(3, self.PLATE_DIGITS) + "-" + L2
            return L2 + "-" + self._digits(3, self.PLATE_DIGITS)
        return self._unique(make)

    def plate_any_car(self):
        x = self.r.random()
        if x < 0.55:
            v = self.plate_current()
        elif x < 0.7:
            v = self.plate_commercial()
        else:
            v = self.plate_legacy()
        if self.r.random() < 0.1 and v.index("-") == 3:
            v = v.replace("-", "")  # some people drop the hyphen
        return v

    # --- phones ----------------------------------------------------------------------------------------
    def mobile_digits(self):
        def make():
            return "09" + self.r.choice("1234567") + self._digits(7)
        return self._unique(make)

    def mobile(self, style=None):
        d = self.mobile_digits()
        styles = ["plain", "dash334", "dash334", "space334", "dash46", "intl_dash", "intl_space", "intl_plain", "dash334", "plain"]
        style = style or self.r.choice(styles)
        a, b, c = d[:4], d[4:7], d[7:]
        return {
            "plain": d,
            "dash334": f"{a}-{b}-{c}",
            "space334": f"{a} {b} {c}",
            "dash46": f"{a}-{b}{c}",
            "intl_dash": f"+886-{d[1:4]}-{b}-{c}",
            "intl_space": f"+886 {d[1:4]} {b} {c}",
            "intl_plain": f"+886{d[1:]}",
        }[style]

    # (area code, local length, first digits of the local number that the numbering plan uses)
    LANDLINES = [
        ("02", 8, ["22", "23", "25", "27", "28", "26", "29"]),
        ("03", 7, ["42", "43", "35", "57", "93", "83"]),
        ("037", 6, ["32", "26", "46"]),
        ("04", 8, ["22", "23", "24", "25", "26"]),
        ("04", 7, ["72", "76", "83"]),
        ("049", 7, ["22", "23", "27"]),
        ("05", 7, ["22", "27", "53", "63"]),
        ("06", 7, ["20", "23", "27", "92"]),
        ("07", 7, ["33", "38", "55", "72"]),
        ("08", 7, ["73", "75", "87"]),
        ("089", 6, ["32", "34"]),
        ("082", 6, ["31", "32", "37"]),
        ("0826", 5, ["6"]),
        ("0836", 5, ["22", "25", "26"]),
    ]

    def landline(self, area=None, style=None):
        choices = [l for l in self.LANDLINES if area is None or l[0] == area]
        code, n, prefixes = self.r.choice(choices)

        def make():
            p = self.r.choice(prefixes)
            return code + p + self._digits(n - len(p))
        d = self._unique(make)
        local = d[len(code):]
        if n == 8:
            split = f"{local[:4]}-{local[4:]}"
        elif n == 7:
            split = f"{local[:3]}-{local[3:]}"
        else:
            split = local
        styles = ["paren_split", "dash_split", "dash_plain", "paren_plain", "intl_dash", "intl_space"]
        style = style or self.r.choice(styles + ["dash_split", "paren_split"])
        return {
            "paren_split": f"({code}){split}",
            "dash_split": f"{code}-{split}",
            "dash_plain": f"{code}-{local}",
            "paren_plain": f"({code}){local}",
            "intl_dash": f"+886-{code[1:]}-{split}",
            "intl_space": f"+886 {code[1:]} {split.replace('-', ' ')}",
            "fullwidth_paren": f"（{code}）{split}",
        }[style]

    # Foreign numbers in international form; US ones use the 555-01xx range reserved for fiction, UK the Ofcom drama range.
    FOREIGN = [
        "+1 {415|646|213|312} 555 01{dd}", "+1 ({415|206}) 555-01{dd}", "+81 3-{dddd}-{dddd}", "+81 {90|80}-{dddd}-{dddd}",
        "+852 9{ddd} {dddd}", "+852 6{ddd} {dddd}", "+86 13{d} {dddd} {dddd}", "+84 9{1|8|4} {ddd} {dddd}",
        "+63 917 {ddd} {dddd}", "+62 812-{dddd}-{dddd}", "+66 81 {ddd} {dddd}", "+44 20 7946 0{ddd}", "+65 9{ddd} {dddd}",
        "+60 12-{ddd} {dddd}", "+82 10-{dddd}-{dddd}",
    ]

    def foreign_phone(self):
        def expand(m):
            body = m.group(1)
            if "|" in body:
                return self.r.choice(body.split("|"))
            return self._digits(len(body), "123456789" if len(body) > 1 else "0123456789")
        import re
        # Round-robin over the patterns so that every country appears.
        self._foreign_next = getattr(self, "_foreign_next", -1) + 1
        pattern = self.FOREIGN[self._foreign_next % len(self.FOREIGN)]
        return self._unique(lambda: re.sub(r"\{([^}]+)\}", expand, pattern))

    def phone(self):
        x = self.r.random()
        if x < 0.6:
            return self.mobile()
        if x < 0.92:
            return self.landline()
        return self.foreign_phone()

    # --- e-mail ----------------------------------------------------------------------------------------
    LOCALS = ["xiaoming.wang", "mei.ling", "hao_lin", "ya.ting.chang", "jianhong.li", "shufen.huang", "junjie_wu",
              "yijun.liu", "zonghan.tsai", "peishan.yang", "chiahao.hsu", "yawen.cheng", "mingche.hsieh", "chiajung.kuo",
              "wenpin.hung", "hsiaohan", "kuanyu.chou", "wanting.liao", "chunhung.lai", "tzuhan.hsu", "nguyen.van.an",
              "maria.santos", "siti.rahma", "somchai.k", "dragonfly", "bluesky", "happycat", "sunny.day", "kevin.tw",
              "amy_chen", "jason.lin", "winnie.huang", "momo.tsai"]
    DOMAINS = ["gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com", "ms45.hinet.net", "msa.hinet.net",
               "gmail.com", "gmail.com", "yahoo.com", "icloud.com", "mail.example.com.tw", "example.org"]

    def email(self):
        def make():
            local = self.r.choice(self.LOCALS)
            if self.r.random() < 0.5:
                local += str(self.r.randint(1, 99)) if self.r.random() < 0.5 else str(self.r.randint(1970, 2005))
            return local + "@" + self.r.choice(self.DOMAINS)
        return self._unique(make)

    # --- cards -----------------------------------------------------------------------------------------
    def card_digits(self, kind=None):
        kind = kind or self.r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "jcb", "jcb", "amex", "diners", "unionpay"])
        prefix, length = {
            "visa": ("4" + self._digits(1), 16),
            "mc": (str(self.r.randint(51, 55)), 16),
            "mc2": (str(self.r.randint(2221, 2720)), 16),
            "jcb": (str(self.r.randint(3528, 3589)), 16),
            "amex": (self.r.choice(["34", "37"]), 15),
            "diners": ("36", 14),
            "unionpay": ("62", 16),
        }[kind]

        def make():
            body = prefix + self._digits(length - len(prefix) - 1)
            for c in "0123456789":
                if luhn_ok(body + c):
                    return body + c
        return self._unique(make)

    def card(self, kind=None):
        d = self.card_digits(kind)
        style = self.r.choice(["space", "dash", "plain", "space"])
        if len(d) == 15:
            groups = [d[:4], d[4:10], d[10:]]
        elif len(d) == 14:
            groups = [d[:4], d[4:10], d[10:]]
        else:
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
        return {"space": " ".join(groups), "dash": "-".join(groups), "plain": d}[style]

    # --- look-alikes that are not personal data ------------------------------------------------------------
    def ubn(self):
        weights = [1, 2, 1, 2, 1, 2, 4, 1]
        while True:
            d = self._digits(8)
            s = sum(sum(divmod(int(x) * w, 10)) for x, w in zip(d, weights))
            if s % 5 == 0 or (d[6] == "7" and (s + 1) % 5 == 0):
                if d[0] != "0":
                    return d

"""Disguised personal data: the evasions the engine must undo (issue 2, section 1, normalisation).

Each disguise keeps the value recoverable by a person reading it; canonical_ok() undoes it again to prove the
label still holds a valid value.
"""
import re
import unicodedata

from values import id_checksum_ok, luhn_ok, issuer_ok

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
# Latin -> Cyrillic / Greek capitals that render the same.
HOMOGLYPHS = {
    "A": ["\u0410", "\u0391"], "B": ["\u0412", "\u0392"], "C": ["\u0421"], "E": ["\u0415", "\u0395"],
    "H": ["\u041d", "\u0397"], "K": ["\u041a", "\u039a"], "M": ["\u041c", "\u039c"], "O": ["\u041e", "\u039f"],
    "P": ["\u0420", "\u03a1"], "T": ["\u0422", "\u03a4"], "X": ["\u0425", "\u03a7"], "Z": ["\u0396"], "N": ["\u039d"],
}
LOWER_HOMOGLYPHS = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445"}
REVERSE_HOMOGLYPHS = {g: latin for latin, gs in HOMOGLYPHS.items() for g in gs}
REVERSE_HOMOGLYPHS.update({g: latin for latin, g in LOWER_HOMOGLYPHS.items()})
CN_DIGITS = {
    "plain": "零一二三四五六七八九",
    "circle": "〇一二三四五六七八九",
    "yao": "零么二三四五六七八九",
    "financial": "零壹貳參肆伍陸柒捌玖",
    "white_circle": "○一二三四五六七八九",  # U+25CB, typed for 〇 by many IMEs
}
REVERSE_CN = {ch: str(i) for style in CN_DIGITS.values() for i, ch in enumerate(style)}


def full_width(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def canonical(s):
    """Undo every disguise: zero-width, full-width, homoglyphs, Chinese numerals, separators, case."""
    s = "".join(c for c in s if c not in ZERO_WIDTH)
    s = unicodedata.normalize("NFKC", s)
    s = "".join(REVERSE_HOMOGLYPHS.get(c, REVERSE_CN.get(c, c)) for c in s)
    return s


def canonical_ok(kind, value):
    c = canonical(value)
    compact = re.sub(r"[\s.\-_/()+]", "", c)
    if kind in ("TW_NATIONAL_ID", "TW_RESIDENT_CERTIFICATE"):
        return id_checksum_ok(compact.upper())
    if kind == "CREDIT_CARD":
        return luhn_ok(compact) and issuer_ok(compact)
    if kind == "PHONE_NUMBER":
        return compact.isdigit() and 9 <= len(compact) <= 12
    if kind == "TW_LICENSE_PLATE":
        return re.fullmatch(r"[A-Z]{2,3}-?\d{3,4}|\d{3,4}-[A-Z]{2}", c.upper().replace(" ", "")) is not None
    if kind == "EMAIL_ADDRESS":
        return re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", c) is not None
    return False


class Disguise:
    def __init__(self, rng):
        self.r = rng

    def zero_width(self, s, count=None):
        count = count or self.r.randint(1, 3)
        chars = list(s)
        for _ in range(count):
            pos = self.r.randint(1, len(chars) - 1)
            chars.insert(pos, self.r.choice(ZERO_WIDTH))
        return "".join(chars)

    def homoglyph(self, s):
        out, changed = [], False
        for c in s:
            if c in HOMOGLYPHS and (not changed or self.r.random() < 0.5):
                out.append(self.r.choice(HOMOGLYPHS[c]))
                changed = True
            else:
                out.append(c)
        assert changed, s
        return "".join(out)

    def spaced(self, s):
        return " ".join(s)

    def grouped(self, s, sep):
        # A.123.456.789 style for IDs: letter, then digits in threes.
        return s[0] + sep + sep.join(s[i:i + 3] for i in range(1, len(s), 3)) if s[1].isdigit() \
            else s[:2] + sep + sep.join(s[i:i + 4] for i in range(2, len(s), 4))

    def lower_homoglyph(self, s):
        """Lower-case the value and swap its first letter for a Cyrillic small look-alike."""
        low = s.lower()
        assert low[0] in LOWER_HOMOGLYPHS, s
        return LOWER_HOMOGLYPHS[low[0]] + low[1:]

    def chinese_phone(self, digits, style=None, sep=""):
        style = style or self.r.choice(["plain", "circle", "yao", "financial", "plain"])
        table = CN_DIGITS[style]
        cn = "".join(table[int(d)] for d in digits)
        if sep:
            cn = cn[:4] + sep + cn[4:7] + sep + cn[7:]
        return cn


# Templates: {X} slots are (kind, generator-of-disguised-value) picked in build().
TEMPLATES = [
    ("身分證字號{V}，請幫我查一下這個人", "id_fw"),
    ("我的身分證是{V}喔", "id_lower"),
    ("嫌疑人身分證字號：{V}", "id_zw"),
    ("身分證 {V} 這個人有沒有前科？", "id_spaced"),
    ("報案人ID：{V}", "id_dotted"),
    ("幫我整理：被告{NAME}，統一編號{V}，住{ADDR}", "id_homoglyph"),
    ("他的證號是 {V} 你看一下", "id_mixed"),
    ("國民身分證統一編號{V}（請勿外流）", "id_dashed"),
    ("居留證號碼{V}", "arc_fw"),
    ("外僑居留證：{V}", "arc_homoglyph"),
    ("ARC no. {V}", "arc_lower"),
    ("統一證號 {V}", "arc_zw"),
    ("移工{FNAME}居留證{V}", "arc_spaced"),
    ("手機{V}，晚上再打", "phone_cn"),
    ("電話：{V}", "phone_cn_sep"),
    ("打給我 {V}", "phone_fw"),
    ("聯絡電話{V}", "phone_spaced"),
    ("call me {V}", "phone_zw"),
    ("我的號碼 {V}，加LINE也可以", "phone_dotted"),
    ("市話{V}", "landline_fw"),
    ("車號{V}的車主是誰", "plate_fw"),
    ("車牌 {V} 肇事逃逸", "plate_homoglyph"),
    ("機車車牌{V}", "plate_lower"),
    ("車號 {V}", "plate_zw"),
    ("信用卡號{V}", "card_fw"),
    ("卡號 {V}", "card_zw"),
    ("信箱{V}", "email_fw"),
    ("請寄到 {V} 謝謝", "email_zw"),
    ("他說身分證{V}，叫我不要跟別人講", "id_fw_spaced"),
    ("{NAME}說她手機是{V}，白天不方便接", "phone_cn_yao"),
]


# Second batch: more habits seen in the wild (○ for zero, one separator per character, partial full-width…).
MORE_TEMPLATES = [
    ("電話{V}，找{NAME}", "phone_white_circle"),
    ("身分證 {V}", "id_every_sep"),
    ("手機 {V} 有事打給我", "phone_slash"),
    ("連絡電話：{V}", "phone_partial_fw"),
    ("身分證號{V}，不要外傳", "id_cyrillic_lower"),
    ("車牌是 {V}", "plate_spaced"),
    ("寄信到 {V}", "email_fw_at"),
    ("居留證 {V}", "arc_dotted"),
    ("匯款後請打{V}確認", "phone_cn_financial"),
    ("辦公室電話{V}", "landline_cn"),
    ("他的ID是{V}喔", "id_zw_lower"),
    ("證號:{V}", "arc_fw_lower"),
]


def build(rng, values, fillers, templates, rounds):
    d = Disguise(rng)

    def id_value():
        return values.national_id()

    def homoglyph_id():
        # Pick a national ID whose letter has a look-alike.
        while True:
            v = values.national_id()
            if v[0] in HOMOGLYPHS:
                return v

    def homoglyph_arc():
        while True:
            v = values.arc_old()
            if v[0] in HOMOGLYPHS or v[1] in HOMOGLYPHS:
                return v

    def homoglyph_plate():
        while True:
            v = values.plate_current()
            if any(c in HOMOGLYPHS for c in v):
                return v

    def mobile_digits():
        return values.mobile_digits()

    makers = {
        "id_fw": ("TW_NATIONAL_ID", lambda: full_width(id_value())),
        "id_lower": ("TW_NATIONAL_ID", lambda: id_value().lower()),
        "id_zw": ("TW_NATIONAL_ID", lambda: d.zero_width(id_value())),
        "id_spaced": ("TW_NATIONAL_ID", lambda: d.spaced(id_value())),
        "id_dotted": ("TW_NATIONAL_ID", lambda: d.grouped(id_value(), ".")),
        "id_dashed": ("TW_NATIONAL_ID", lambda: d.grouped(id_value(), rng.choice(["-", "/", "_"]))),
        "id_homoglyph": ("TW_NATIONAL_ID", lambda: d.homoglyph(homoglyph_id())),
        "id_mixed": ("TW_NATIONAL_ID", lambda: rng.choice([
            lambda: d.zero_width(d.homoglyph(homoglyph_id())),
            lambda: full_width(id_value().lower()),
            lambda: d.zero_width(d.grouped(id_value(), ".")),
            lambda: d.homoglyph(homoglyph_id())[0] + full_width(id_value()[1:]),
        ])()),
        "id_fw_spaced": ("TW_NATIONAL_ID", lambda: full_width(d.spaced(id_value()))),
        "phone_cn_yao": ("PHONE_NUMBER", lambda: d.chinese_phone(mobile_digits(), style="yao")),
        "arc_fw": ("TW_RESIDENT_CERTIFICATE", lambda: full_width(values.arc())),
        "arc_homoglyph": ("TW_RESIDENT_CERTIFICATE", lambda: d.homoglyph(homoglyph_arc())),
        "arc_lower": ("TW_RESIDENT_CERTIFICATE", lambda: values.arc().lower()),
        "arc_zw": ("TW_RESIDENT_CERTIFICATE", lambda: d.zero_width(values.arc())),
        "arc_spaced": ("TW_RESIDENT_CERTIFICATE", lambda: d.spaced(values.arc_new())),
        "phone_cn": ("PHONE_NUMBER", lambda: d.chinese_phone(mobile_digits())),
        "phone_cn_sep": ("PHONE_NUMBER", lambda: d.chinese_phone(mobile_digits(), sep=rng.choice(["-", " ", "－"]))),
        "phone_fw": ("PHONE_NUMBER", lambda: full_width(values.mobile(rng.choice(["plain", "dash334"])))),
        "phone_spaced": ("PHONE_NUMBER", lambda: d.spaced(mobile_digits())),
        "phone_zw": ("PHONE_NUMBER", lambda: d.zero_width(values.mobile("plain"))),
        "phone_dotted": ("PHONE_NUMBER", lambda: (lambda m: f"{m[:4]}.{m[4:7]}.{m[7:]}")(mobile_digits())),
        "landline_fw": ("PHONE_NUMBER", lambda: full_width(values.landline(style="paren_split"))),
        "plate_fw": ("TW_LICENSE_PLATE", lambda: full_width(values.plate_current())),
        "plate_homoglyph": ("TW_LICENSE_PLATE", lambda: d.homoglyph(homoglyph_plate())),
        "plate_lower": ("TW_LICENSE_PLATE", lambda: values.plate_motorcycle().lower()),
        "plate_zw": ("TW_LICENSE_PLATE", lambda: d.zero_width(values.plate_current(), 1)),
        "card_fw": ("CREDIT_CARD", lambda: full_width(values.card())),
        "card_zw": ("CREDIT_CARD", lambda: d.zero_width(values.card_digits(), 2)),
        "email_fw": ("EMAIL_ADDRESS", lambda: full_width(values.email())),
        "email_zw": ("EMAIL_ADDRESS", lambda: d.zero_width(values.email(), 1)),
    }
    def lower_homoglyph_id():
        while True:
            v = values.national_id()
            if v[0].lower() in LOWER_HOMOGLYPHS:
                return d.lower_homoglyph(v)

    def partial_full_width_mobile():
        m = values.mobile("dash334")
        return m[:2] + full_width(m[2:])

    makers.update({
        "phone_white_circle": ("PHONE_NUMBER", lambda: d.chinese_phone(mobile_digits(), style="white_circle")),
        "id_every_sep": ("TW_NATIONAL_ID", lambda: "-".join(id_value())),
        "phone_slash": ("PHONE_NUMBER", lambda: (lambda m: f"{m[:4]}/{m[4:7]}/{m[7:]}")(mobile_digits())),
        "phone_partial_fw": ("PHONE_NUMBER", partial_full_width_mobile),
        "id_cyrillic_lower": ("TW_NATIONAL_ID", lower_homoglyph_id),
        "plate_spaced": ("TW_LICENSE_PLATE", lambda: d.spaced(values.plate_current())),
        "email_fw_at": ("EMAIL_ADDRESS", lambda: values.email().replace("@", "＠")),
        "arc_dotted": ("TW_RESIDENT_CERTIFICATE", lambda: d.grouped(values.arc(), ".")),
        "phone_cn_financial": ("PHONE_NUMBER", lambda: d.chinese_phone(mobile_digits(), style="financial")),
        "landline_cn": ("PHONE_NUMBER", lambda: d.chinese_phone(re.sub(r"\D", "", values.landline(area="02")), style="plain")),
        "id_zw_lower": ("TW_NATIONAL_ID", lambda: d.zero_width(id_value().lower(), 2)),
        "arc_fw_lower": ("TW_RESIDENT_CERTIFICATE", lambda: full_width(values.arc().lower())),
    })
    lines = []
    for _ in range(rounds):
        for template, maker in templates:
            kind, make = makers[maker]
            line = template.replace("{V}", f"[[{kind}:{make()}]]")
            line = line.replace("{NAME}", fillers.name()).replace("{ADDR}", fillers.address()).replace("{FNAME}", fillers.foreign_name())
            lines.append(line)
    return lines

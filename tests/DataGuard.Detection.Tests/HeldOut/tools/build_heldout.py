#!/usr/bin/env python3
"""Writes heldout-prompts.txt, heldout-obfuscated.txt and heldout-negatives.txt (deterministic) and checks them.

Run from anywhere: python3 tests/DataGuard.Detection.Tests/HeldOut/tools/build_heldout.py
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import disguises as d  # noqa: E402
import values as v  # noqa: E402
from negatives import NEGATIVES, NEGATIVES_HARD, NEGATIVES_INVOICE, NEGATIVES_MORE, NEGATIVES_SLOPPY  # noqa: E402
from prompts import PROMPTS, PROMPTS_HARD, PROMPTS_LONG, PROMPTS_MORE, PROMPTS_SLOPPY  # noqa: E402

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROC_DATES = ["113年11月2日", "113年10月15日", "112年12月31日", "113年3月8日", "民國113年7月21日"]
CASES = ["113年度偵字第4521號", "北市警中正一分刑字第1133012345號", "113年度少連偵字第88號", "新北檢113偵9876"]


def label(kind, value):
    return f"[[{kind}:{value}]]"


def landline_ext(rng):
    number = v.landline(rng)
    ext = rng.choice([" 分機 123", "#2210", " ext. 45", " 轉 305", "分機1234", " x 17"])
    return label("PHONE_NUMBER", number) + ext


def fill(template, rng):
    held = {}  # a value split over two slots ({L}{B9}, {M4}{M3}{M3B}) is drawn once
    slots = {
        "NID": lambda: label("TW_NATIONAL_ID", v.national_id(rng)),
        "UI": lambda: label("TW_RESIDENT_CERTIFICATE", v.new_resident(rng)),
        "ARC": lambda: label("TW_RESIDENT_CERTIFICATE", v.old_resident(rng)),
        "MOB": lambda: label("PHONE_NUMBER", v.mobile(rng)),
        "LAND": lambda: label("PHONE_NUMBER", v.landline(rng)),
        "LANDX": lambda: landline_ext(rng),
        "FOREIGN": lambda: label("PHONE_NUMBER", v.foreign(rng)),
        "PLATE": lambda: label("TW_LICENSE_PLATE", v.plate(rng)),
        "MOTO": lambda: label("TW_LICENSE_PLATE", v.plate(rng, rng.choice(["moto", "moto", "moto_old", "heavy"]))),
        "EMAIL": lambda: label("EMAIL_ADDRESS", v.email(rng)),
        "CARD": lambda: label("CREDIT_CARD", v.card(rng)),
        "NAME": lambda: v.name(rng),
        "CASE": lambda: rng.choice(CASES),
        "DATE": lambda: rng.choice(ROC_DATES),
        "UBN": lambda: ubn(rng),
        "ISBN": lambda: isbn(rng),
        "BROKEN": lambda: v.broken_id(rng),
        "INV": lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "-" + v.digits(rng, 8),
        "VIN": lambda: vin(rng),
        "ORDER10": lambda: "09" + rng.choice("12345678") + v.digits(rng, 7),
        "EPOCH": lambda: str(rng.randint(1700000000, 1740000000)),
        "L": lambda: held.setdefault("id", v.national_id(rng))[0],
        "B9": lambda: held.pop("id")[1:],
        "M4": lambda: held.setdefault("m", v.mobile_digits(rng))[:4],
        "M6": lambda: held.pop("m")[4:],
        "M3": lambda: held["m"][4:7],
        "M3B": lambda: held.pop("m")[7:],
        "INVARC": lambda: v.old_resident(rng),
        "M9": lambda: v.mobile_digits(rng)[1:],
        "P7": lambda: v.plate(rng, "new").replace("-", ""),
        "P3": lambda: "".join(rng.choice("ABC") + v.plate_letters(rng, 2)),
        "P4": lambda: v.plate_digits(rng, 4),
        "DOM": lambda: rng.choice(v.DOMAINS),
        "IDD": lambda: label("PHONE_NUMBER", rng.choice(["002-86-13", "009-86-13", "002 86 13"]) + rng.choice("5789")
                             + rng.choice(" -") + v.digits(rng, 4) + rng.choice(" -") + v.digits(rng, 4)),
    }
    return re.sub(r"\{([A-Z0-9]+)\}", lambda m: slots[m.group(1)]() if m.group(1) in slots else m.group(0), template)


def ubn(rng):
    weights = [1, 2, 1, 2, 1, 2, 4, 1]
    while True:
        s = v.digits(rng, 8)
        if s[6] == "7":
            continue
        total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(s, weights))
        if total % 5 == 0 and not s.startswith("09"):
            return s


def isbn(rng):
    body = "978986" + v.digits(rng, 6)
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    s = body + str(check)
    return f"{s[:3]}-{s[3:6]}-{s[6:9]}-{s[9:12]}-{s[12]}"


def vin(rng):
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "JT" + "".join(rng.choice(alphabet) for _ in range(15))


# --- obfuscated lines -------------------------------------------------------------------------------------------------

ID_FRAMES = [
    "身分證 {X}", "偷偷跟你說，他的身分證是{X}，不要說是我講的", "幫我把這個號碼 {X} 整理成標準格式",
    "報案人{N}，身分證字號：{X}，請整理成筆錄摘要", "Please normalise this Taiwan ID: {X}", "ID no. {X} — 幫我查格式對不對",
    "他給的證號是 {X}（他故意打成這樣）", "請把「{X}」這個身分證號碼加到名單裡", "[LINE] 阿傑：身分證 {X} 幫我填表單",
    "被害人{N}（身分證{X}）於昨日報案，請協助撰寫通報",
]
RES_FRAMES = [
    "居留證號 {X}", "ARC: {X}，請翻成英文說明", "外籍移工{N}的統一證號是{X}，幫我寫通知", "Resident certificate {X}, please draft a letter",
    "她的居留證 {X}，電話稍後補", "請把 {X} 這組居留證號碼排進表格",
]
PHONE_FRAMES = [
    "手機 {X}", "他的電話是{X}，記得打給他", "[LINE] 小美：我的新號碼{X}，加一下", "聯絡電話：{X}，請整理進通報單",
    "Call me at {X} after 6pm please, 幫我翻成中文", "幫我查{X}是哪家電信的門號", "嫌犯用{X}撥打多通電話給被害人，請寫成摘要",
    "報案人電話 {X}（故意打這樣），請整理", "請把聯絡人 {N} {X} 加到通訊錄範本", "這支 {X} 一直打來騷擾，幫我寫報案內容",
]
PLATE_FRAMES = [
    "車牌 {X}", "那台車車號{X}，幫我寫違停檢舉", "機車牌照{X}遭竊，請寫報案摘要", "plate {X} ran a red light, write a report",
    "請查車號 {X} 的違規紀錄處理流程", "肇事車輛：{X}（白色休旅車）",
]
EMAIL_FRAMES = ["他的信箱 {X}", "請寄到 {X}，幫我寫信", "email: {X} 請改成正式聯絡方式", "聯絡 {X}（怕被擋所以這樣寫）"]
CARD_FRAMES = ["卡號 {X} 被盜刷", "信用卡 {X}，請寫成止付申請", "card number {X} was charged twice"]


def id_disguises(value, rng):
    lt = value[0]
    out = [
        d.spaced(value), d.grouped(value, [4, 3, 3], " "), d.grouped(value, [3, 5, 2], "-"), d.fullwidth(value), value.lower(),
        lt + d.cn_digits(value[1:]), lt + d.cn_digits(value[1:], d.FORMAL), d.zero_width(value, rng, 2),
        d.grouped(value, [1, 3, 3, 3], "\u3001"), d.grouped(value, [4, 3, 3], "🔒"), d.grouped(value, [1, 3, 3, 3], "."),
        d.fullwidth(d.spaced(value)), d.zero_width(value.lower(), rng, 1), d.fullwidth(value.lower()),
        value[:3] + d.cn_digits(value[3]) + value[4] + d.cn_digits(value[5:7]) + value[7:],
        d.grouped(value, [1, 3, 3, 3], " "), d.grouped(value, [4, 3, 3], "。"), d.grouped(value, [2, 4, 4], "_"),
        d.grouped(value, [4, 3, 3], "\u2027"), d.grouped(value, [4, 3, 3], "\u2013"), lt + " " + d.cn_digits(value[1:]),
        lt + value[1:].replace("0", "O").replace("1", "l"), d.math_bold(value), lt + d.circled(value[1:]),
    ]
    if d.can_homoglyph(value, d.CYRILLIC):
        out.append(d.homoglyph(value, d.CYRILLIC))
        out.append(d.homoglyph(value, d.CYRILLIC, lower=True))
    if d.can_homoglyph(value, d.GREEK):
        out.append(d.homoglyph(value, d.GREEK))
    return out


WORDS = "zero one two three four five six seven eight nine".split()


def phone_disguises(rng):
    m = v.mobile_digits(rng)
    n = m[1:]
    land = v.landline(rng, "02", 1)  # 02-xxxx-xxxx
    return [
        d.cn_digits(m), d.cn_digits(m, d.SMALL_ZERO_LING), d.cn_digits(m, yao=True), d.cn_digits(m, d.FORMAL),
        m[:2] + d.cn_digits(f"{m[2:4]}-{m[4:7]}-{m[7:]}"), d.fullwidth(f"{m[:4]}-{m[4:7]}-{m[7:]}"), d.spaced(m),
        f"{m[:4]}.{m[4:7]}.{m[7:]}", d.zero_width(m, rng, 2), f"{m[:4]}🙂{m[4:7]}🙂{m[7:]}", f"{m[:4]}\u3001{m[4:7]}\u3001{m[7:]}",
        f"{m[:2]}-{m[2:4]}-{m[4:6]}-{m[6:8]}-{m[8:]}", f"{m[:4]}/{m[4:7]}/{m[7:]}", f"{m[:4]}_{m[4:7]}_{m[7:]}",
        "+886 " + d.cn_digits(f"{n[:3]} {n[3:6]} {n[6:]}"), d.cn_digits(f"{m[:4]} {m[4:7]} {m[7:]}"), d.cn_digits(land),
        d.fullwidth(m), d.zero_width(f"{m[:4]}-{m[4:7]}-{m[7:]}", rng, 1), d.cn_digits(m[:5]) + m[5:],
        "+８８６ " + d.fullwidth(f"{n[:3]} {n[3:6]} {n[6:]}"), d.fullwidth(land),
        f"{m[:4]}\u2013{m[4:7]}\u2013{m[7:]}", f"{m[:4]}\u2027{m[4:7]}\u2027{m[7:]}", d.fullwidth(m[:4]) + "ー" + d.fullwidth(m[4:7]) + "ー" + d.fullwidth(m[7:]),
        d.cn_digits(f"{m[:4]}-{m[4:7]}-{m[7:]}", yao=True), d.cn_digits(f"{m[:4]}，{m[4:7]}，{m[7:]}"),
        " ".join(WORDS[int(c)] for c in m), f"{m[:4]}\t{m[4:7]}\t{m[7:]}",
        m.replace("0", "O").replace("1", "l"), d.circled(m), " ".join(d.cn_digits(m)),
    ]


def plate_disguises(rng):
    p = v.plate(rng, "new")
    old = v.plate(rng, rng.choice(["old4", "old4r", "old3"]))
    return [d.fullwidth(old), old.lower(), d.spaced(old), d.fullwidth(p), p.lower(), d.spaced(p.replace("-", "")), d.homoglyph(p, d.CYRILLIC) if d.can_homoglyph(p, d.CYRILLIC) else d.homoglyph("ABC" + p[3:], d.CYRILLIC),
            p[:4] + d.cn_digits(p[4:]), d.zero_width(p, rng, 1), p.replace("-", "."), d.fullwidth(p.lower())]


def email_disguises(rng):
    user, domain = v.email(rng).split("@")
    host, tld = domain.split(".", 1)
    return [f"{user} [at] {host} [dot] {tld}", f"{user}＠{domain}", f"{user}(at){domain}", d.zero_width(f"{user}@{domain}", rng, 1)]


def card_disguises(rng):
    digits = v.card(rng, "visa").replace(" ", "").replace("-", "")
    return [d.fullwidth(" ".join(digits[i:i + 4] for i in range(0, 16, 4))), d.zero_width(digits, rng, 2),
            d.cn_digits(" ".join(digits[i:i + 4] for i in range(0, 16, 4)))]


def obfuscated_lines(rng):
    lines = []

    def emit(frames, kind, disguised):
        frame = rng.choice(frames)
        lines.append(frame.replace("{N}", v.name(rng)).replace("{X}", label(kind, disguised)))

    for _ in range(2):
        for x in id_disguises(v.national_id(rng), rng):
            emit(ID_FRAMES, "TW_NATIONAL_ID", x)
    for maker in (v.new_resident, v.old_resident):
        xs = id_disguises(maker(rng), rng)
        for x in rng.sample(xs, 7):
            emit(RES_FRAMES, "TW_RESIDENT_CERTIFICATE", x)
    for _ in range(2):
        for x in phone_disguises(rng):
            emit(PHONE_FRAMES, "PHONE_NUMBER", x)
    for _ in range(2):
        for x in plate_disguises(rng):
            emit(PLATE_FRAMES, "TW_LICENSE_PLATE", x)
    for x in email_disguises(rng):
        emit(EMAIL_FRAMES, "EMAIL_ADDRESS", x)
    for x in card_disguises(rng):
        emit(CARD_FRAMES, "CREDIT_CARD", x)
    # Lower-case Cyrillic look-alikes for every ID letter that has one (the random draw above may miss them).
    for letter in "ABCEHKMPTX":
        emit(ID_FRAMES, "TW_NATIONAL_ID", d.homoglyph(v.taiwan_id(rng, "12", letter), d.CYRILLIC, lower=True))
    return lines


# --- checks -----------------------------------------------------------------------------------------------------------

ID_SHAPE = re.compile(r"(?<![A-Za-z])[A-Z][12389ABCD]\d{8}(?!\d)")
MOBILE_SHAPE = re.compile(r"(?<!\d)09\d{8}(?!\d)")


def check(prompts, negatives):
    for line in prompts:
        for kind, value in re.findall(r"\[\[([A-Z_]+):(.*?)\]\]", line):
            if kind in ("TW_NATIONAL_ID", "TW_RESIDENT_CERTIFICATE"):
                assert v.is_valid_id(re.sub(r"[\s\-]", "", value)), (kind, value)
            if kind == "CREDIT_CARD":
                assert v.luhn_ok(re.sub(r"\D", "", value)), value
            if kind == "TW_LICENSE_PLATE":
                assert re.fullmatch(r"[A-HJ-NP-Z0-9]{2,4}[- －]?[A-HJ-NP-Z0-9]{2,4}", value), value
    for line in negatives:
        assert "[[" not in line
        for m in ID_SHAPE.finditer(line):
            assert not v.is_valid_id(m.group(0)), m.group(0)


def main():
    # One random stream per file, so that adding lines to one file leaves the values in the others unchanged.
    rng_prompts, rng_obfuscated, rng_negatives = (random.Random(20261128 + k) for k in range(3))
    groups = [(PROMPTS, 4), (PROMPTS_HARD, 3), (PROMPTS_MORE + PROMPTS_SLOPPY + PROMPTS_LONG, 2)]
    prompts = [fill(t, rng_prompts) for templates, times in groups for _ in range(times) for t in templates]
    negatives = [fill(t, rng_negatives) for t in NEGATIVES + NEGATIVES_HARD + NEGATIVES_MORE + NEGATIVES_SLOPPY]
    check(prompts, negatives)
    negatives += [fill(t, rng_negatives) for t in NEGATIVES_INVOICE]  # checksum-valid on purpose: after the look-alike check
    obfuscated = obfuscated_lines(rng_obfuscated)
    header = "# Held-out set, generated by tools/build_heldout.py. Synthetic values only. Markup: see ../Corpus/README.md.\n"
    for name, lines in (("heldout-prompts.txt", prompts), ("heldout-obfuscated.txt", obfuscated), ("heldout-negatives.txt", negatives)):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(header)
            f.write("\n".join(lines) + "\n")
        print(name, len(lines))


if __name__ == "__main__":
    main()

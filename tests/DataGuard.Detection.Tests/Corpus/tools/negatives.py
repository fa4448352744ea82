"""Hard negatives: lines full of numbers and codes that are NOT personal data of the six core types."""
import random

from values import Values, id_checksum_ok, LETTER_CODES

TEMPLATES = [
    "本件經{COURT}以{CASE}判決確定，被告應執行有期徒刑{COUNT}年{COUNT}月。",
    "依{LAW}規定，處{COUNT}年以下有期徒刑，得併科{MONEY}以下罰金。",
    "{DATETIME}召開治安會議，出席人員{COUNT}人，會議紀錄如附件。",
    "被害人損失{MONEY}，銀行已圈存部分款項並通報警示。",
    "檢送{DOCNO}函影本乙份，請查照。",
    "主旨：函轉{CASE}刑事判決乙份，請依{LAW}辦理。",
    "本案移送{COURT_PROSECUTOR}，案號{CASE}，移送日期{DATE}。",
    "統一編號{UBN}之公司負責人於{DATE}到案說明。",
    "公司統編：{UBN}，發票號碼：{INVOICE}，金額{MONEY}。",
    "電子發票{INVOICE}，開立日期{DATE}，隨機碼{RAND4}。",
    "請將系統更新至 v{VERSION}，舊版 v{VERSION} 將於{DATE}停止支援。",
    "伺服器 {IP} 於 {HHMM} 發生連線逾時，已於 {HHMM} 恢復。",
    "參考書目：《刑事訴訟法實務》，ISBN {ISBN}，{YEAR}年出版。",
    "車身號碼（VIN）{VIN}，引擎號碼{ENGINE}，已比對無誤。",
    "當事人身分證字號{MASKEDID}（已遮蔽），電話{MASKEDPHONE}。",
    "信用卡末四碼{RAND4}，卡號顯示為{MASKEDCARD}。",
    "包裹追蹤號碼{TRACK}，預計{DATE}送達超商。",
    "訂單編號{ORDER}，商品已出貨，共{COUNT}件。",
    "轉帳金額{MONEY}，手續費15元，交易序號{SERIAL}。",
    "請於{DATE}前繳納罰鍰{MONEY}，逾期移送行政執行署。",
    "{A_BADID}",
    "參考編號{A_BADID}，請勿回覆此信。",
    "會議室{ROOM}，時間{HHMM}起，請準時出席。",
    "GPS座標 25.{COORD}, 121.{COORD}，誤差約{COUNT}公尺。",
    "依據{LAW}及{LAW}，本件不起訴處分。",
    "刑案紀錄表編號{RECORDNO}，列印時間{DATETIME}。",
    "商品型號{SKU}，售價{MONEY}，庫存{COUNT}件。",
    "{PRODUCT_PLATE_LIKE}",
    "本年度共受理{SCAM}案件{BIG}件，財損{MONEY}，較去年同期減少{COUNT}%。",
    "民國{YEAR}年度預算{MONEY}，已執行{COUNT}成。",
    "Error {ERRCODE} at line {BIG}: connection reset by peer.",
    "Build {VERSION} passed {BIG} tests in {COUNT}.{COUNT}s on {DATE}.",
    "Case {CASE_EN} was adjourned to {DATE_EN}.",
    "Invoice {INVOICE} issued to company {UBN}, total {MONEY}.",
    "The parcel {TRACK} left the sorting centre at {HHMM}.",
    "Download firmware {VERSION} (SHA-256 {HEX}).",
    "第{COUNT}案：{CASE}，承辦檢察官已簽結。",
    "分機{EXT}為刑事組，今日值班自{HHMM}開始。",
    "身分證遺失補發申請書，受理日期{DATE}，受理編號{SERIAL}。",
    "ATM交易序號{SERIAL}，提款{MONEY}，餘額{MONEY}。",
]

# Second batch: numbers that look like the core types to a careless engine (financial numerals, Chinese-numeral dates,
# legacy-plate-shaped flight numbers, Luhn-valid IMEIs outside card issuer ranges, ISO timestamps…).
MORE_TEMPLATES = [
    "收到新臺幣{CN_MONEY}元整，特此證明。",
    "中華民國{CN_DATE}，{COURT}書記官。",
    "嫌疑人搭乘{AIRLINE}班機於{HHMM}抵達桃園機場第二航廈。",
    "扣押手機一支，IMEI：{IMEI}，已送數位鑑識。",
    "貨櫃號碼{CONTAINER}，報關日期{DATE}。",
    "股票代號{STOCK}今日收盤價{BIG}元，成交量{BIG}張。",
    "事件時間 {ISO_TIME}，來源 {IP}。",
    "學號{STUDENT}之學生於{DATE}參加反詐騙宣導。",
    "郵遞區號{ZIP}，本分局{COUNT}樓會議室。",
    "MAC位址 {MAC}，UUID {UUID}。",
    "本期累計受理件數1,{RAND3}件，破獲率{COUNT}{COUNT}.{COUNT}%。",
    "受理報案三聯單編號{TRIPLET}，請妥為保存。",
]

# Third batch: multi-line documents (\\n = line feed) in which vehicle words sit near plate-shaped codes that are no plates.
# People paste whole case files, so context from a neighbouring line must not turn a flight number into a plate.
DOCUMENT_TEMPLATES = [
    "{DATETIME}於{PLACE}發生交通事故，雙方車損輕微。\\n嫌疑人隨後搭乘{AIRLINE}班機出境。",
    "員警駕駛巡邏車到場處理。\\n現場扣得{GADGET_MODEL}一件。",
    "扣押之行車紀錄器影像檔已複製，檔案雜湊值（SHA-256）：{HEX}{HEX}{HEX}{HEX}。",
    "車主報案稱車內財物遭竊。\\n失竊物品：{GADGET_MODEL}一件，價值{MONEY}。",
]
GADGET_MODELS = ["顯示卡（型號RTX-3080）", "鍵盤（型號KB-2310）", "行動電源（型號HDX-2015）", "藍牙耳機（型號BPF-3371）",
                 "無線路由器（型號ACR-5610）", "平板電腦（型號TWN-5528）", "咖啡機（型號EC-685）", "行車紀錄器（型號DVR-580）"]

COURTS = ["臺灣臺北地方法院", "臺灣新北地方法院", "臺灣高等法院", "臺灣桃園地方法院", "臺灣高雄地方法院", "最高法院"]
PROSECUTORS = ["臺灣臺北地方檢察署", "臺灣新北地方檢察署", "臺灣臺中地方檢察署", "臺灣高雄地方檢察署"]
PRODUCTS = [  # product and part codes, some shaped like plates, always with product context
    "型號 RTX-3080 顯示卡，保固三年。", "料號 KB-2310 鍵盤，單價890元。", "請採購印表機碳粉匣型號 CF-258A 共兩盒。",
    "冷氣型號 RAS-28NJP，能源效率一級。", "手機型號 SM-S9280，韓國製造。", "這批貨的品號是 HDX-2015，請確認數量。",
    "SKU: TWN-5528, color: black, size: M", "零件編號 BPF-3371 已停產，替代料號 BPF-3372。",
    "Model ACR-5610 router firmware 3.1.2", "路由器型號 GT-AX6000，韌體已更新。", "咖啡機 EC-685 濾網更換。",
    "藍芽耳機 WH-1000XM5 降噪耳機特價。",
]


class Negatives:
    def __init__(self, rng: random.Random, values: Values, fillers):
        self.r = rng
        self.v = values
        self.f = fillers

    def _d(self, n):
        # Leading digit never 0: a bare 0-led run of 9-10 digits would honestly look like a phone number.
        return self.r.choice("123456789") + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def invoice(self):
        while True:
            letters = self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
            digits = self._d(8)
            if not id_checksum_ok(letters + digits):  # never an ARC by accident
                return self.r.choice([f"{letters}-{digits}", f"{letters}{digits}"])

    def bad_id(self):
        v = self.v.id_lookalike_bad()
        return v

    def isbn(self):
        body = "978" + self.r.choice(["986", "957", "626"]) + self._d(6)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        check = (10 - s % 10) % 10
        full = body + str(check)
        return f"{full[:3]}-{full[3:6]}-{full[6:9]}-{full[9:12]}-{full[12]}"

    def vin(self):
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.r.choice(["JTD", "WBA", "1HG", "KMH", "JHM", "RFB"])
        while True:
            # WMI, descriptor, check digit, model year, plant, then a six-digit serial.
            v = wmi + "".join(self.r.choice(alphabet) for _ in range(5)) + self.r.choice("0123456789X") \
                + self.r.choice("ABCDEFGHJKLMNPRSTVWXY") + self.r.choice(alphabet) + self._d(6)
            if not any(id_checksum_ok(v[i:i + 10]) for i in range(8)):
                return v

    def chinese_money(self):
        units = ["壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"]
        return self.r.choice(["", "壹佰"]) + self.r.choice(units) + "拾" + self.r.choice(units) + "萬" + self.r.choice(units) + "仟"

    def chinese_date(self):
        digits = "〇一二三四五六七八九"
        y = str(self.f.roc_year())
        months = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
        return "".join(digits[int(c)] for c in y) + "年" + self.r.choice(months) + "月" + self.r.choice(["五", "十二", "二十八"]) + "日"

    def imei(self):
        """15-digit Luhn-valid IMEI (TAC 35…): passes Luhn but is no card (JCB needs 16+ digits)."""
        from values import luhn_ok
        body = "35" + self._d(12)
        return next(body + c for c in "0123456789" if luhn_ok(body + c))

    def fill(self, slot):
        f, r = self.f, self.r
        table = {
            "COURT": lambda: r.choice(COURTS),
            "COURT_PROSECUTOR": lambda: r.choice(PROSECUTORS),
            "CASE": f.case_no, "LAW": f.law, "DATE": f.date, "DATETIME": f.date_time, "TIME": f.time, "MONEY": f.money,
            "COUNT": f.count, "DOCNO": f.doc_no, "UBN": self.v.ubn, "INVOICE": self.invoice,
            "RAND4": lambda: self._d(4), "RAND3": lambda: self._d(3),
            "VERSION": lambda: f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
            "IP": lambda: f"{r.choice(['10', '172', '192'])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
            "HHMM": lambda: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
            "ISBN": self.isbn, "YEAR": lambda: str(r.randint(105, 113)), "VIN": self.vin,
            "ENGINE": lambda: r.choice(["2ZR", "B48", "K20C", "G4FJ"]) + self._d(6),
            "MASKEDID": lambda: r.choice(["A12****789", "F2*****456", "H1234****9", "T2******89", "E12345***8"]),
            "MASKEDPHONE": lambda: r.choice(["0912-***-678", "09**-***-321", "0933***456", "(02)2***-5678"]),
            "MASKEDCARD": lambda: r.choice(["4311-****-****-" + self._d(4), "**** **** **** " + self._d(4), "5xxx-xxxx-xxxx-" + self._d(4)]),
            "TRACK": lambda: r.choice([self._d(12), r.choice(["RR", "RB", "EE", "CP"]) + self._d(9) + "TW", "SF" + self._d(13), self._d(4) + "-" + self._d(4) + "-" + self._d(4)]),
            "ORDER": f.order, "SERIAL": lambda: self._d(r.choice([6, 8, 9])),
            "A_BADID": self.bad_id, "ROOM": lambda: f"{r.randint(2, 9)}0{r.randint(1, 9)}",
            "COORD": lambda: self._d(6), "RECORDNO": lambda: f"{f.roc_year()}{self._d(7)}",
            "SKU": lambda: r.choice(["A" + self._d(5), "P-" + self._d(6), "TW" + self._d(4) + "-BK", "B0" + self._d(8)]),
            "PRODUCT_PLATE_LIKE": lambda: r.choice(PRODUCTS), "SCAM": f.scam,
            "BIG": lambda: str(r.randint(100, 9999)),
            "ERRCODE": lambda: "0x" + "".join(r.choice("0123456789ABCDEF") for _ in range(8)),
            "CASE_EN": lambda: f"No. {r.randint(105, 113)}-Jin-Su-{r.randint(10, 999)}",
            "DATE_EN": lambda: f"{r.choice(['5 Nov', '12 Dec', '3 Jan', '28 Feb'])} {r.randint(2023, 2026)}",
            "HEX": lambda: "".join(r.choice("0123456789abcdef") for _ in range(16)),
            "EXT": lambda: str(r.randint(200, 399)),
            "GADGET_MODEL": lambda: r.choice(GADGET_MODELS), "PLACE": f.place,
            "CN_MONEY": self.chinese_money, "CN_DATE": self.chinese_date,
            "AIRLINE": lambda: r.choice(["中華航空CI-0", "長榮航空BR-0", "星宇航空JX-0"]) + str(r.randint(100, 899)),
            "IMEI": self.imei,
            "CONTAINER": lambda: r.choice(["TGHU", "MSCU", "EGHU", "OOLU"]) + self._d(7),
            "STOCK": lambda: r.choice(["2330", "2317", "2454"]),
            "ISO_TIME": lambda: f"{r.randint(2023, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00+08:00",
            "STUDENT": lambda: r.choice("BRMD") + self._d(8),
            "ZIP": lambda: r.choice(["100", "106", "220", "320", "403", "807", "10617", "40341"]),
            "MAC": lambda: ":".join(f"{r.randint(0, 255):02X}" for _ in range(6)),
            "UUID": lambda: "-".join("".join(r.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
            "TRIPLET": lambda: f"{f.roc_year()}{r.randint(1, 12):02d}{self._d(5)}",
        }
        return table[slot]()

"""Unlabelled context: names, dates, amounts, case numbers… Everything here is synthetic."""
import random

SURNAMES = "王陳林張李黃吳劉蔡楊許鄭謝郭洪曾周廖賴徐葉蘇莊呂江何蕭羅高潘簡朱鍾游彭詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋"
GIVEN = ["小明", "美玲", "志豪", "雅婷", "建宏", "淑芬", "俊傑", "怡君", "宗翰", "佩珊", "家豪", "雅雯", "明哲", "佳蓉", "文彬",
         "筱涵", "冠宇", "婉婷", "俊宏", "子涵", "承恩", "宥蓁", "柏翰", "詩涵", "冠廷", "欣怡", "信宏", "靜宜", "國華", "秀英",
         "金水", "阿嬌", "宜蓁", "彥廷", "品妤", "振宇", "麗華", "志明", "春嬌", "正雄"]
FOREIGN_NAMES = ["NGUYEN VAN AN", "TRAN THI MAI", "SANTOS MARIA CLARA", "REYES JOHN PAUL", "SITI RAHMAWATI",
                 "BUDI SANTOSO", "SOMCHAI KAEWSAI", "阮氏秋", "黎文雄", "陳氏玉蘭", "SMITH JOHN", "TANAKA YUKI"]
UNITS = ["臺北市政府警察局大安分局", "新北市政府警察局板橋分局", "桃園市政府警察局中壢分局", "臺中市政府警察局第一分局",
         "高雄市政府警察局三民第一分局", "臺南市政府警察局永康分局", "新竹縣政府警察局竹北分局", "彰化縣警察局員林分局",
         "屏東縣政府警察局屏東分局", "花蓮縣警察局花蓮分局", "宜蘭縣政府警察局羅東分局", "基隆市警察局第二分局"]
STATIONS = ["和平東路派出所", "後埔派出所", "中正派出所", "大墩派出所", "建國派出所", "大灣派出所", "光明派出所", "東山派出所",
            "仁愛派出所", "民權派出所"]
ROADS = ["中山路", "中正路", "民生東路", "復興南路", "文化路", "中華路", "建國路", "光復路", "成功路", "和平路", "自由路", "民族路"]
CITIES = ["臺北市大安區", "新北市板橋區", "桃園市中壢區", "臺中市西屯區", "高雄市三民區", "臺南市永康區", "新竹縣竹北市",
          "彰化縣員林市", "屏東縣屏東市", "花蓮縣花蓮市", "宜蘭縣羅東鎮", "基隆市仁愛區"]
BANKS = ["中華郵政", "中國信託", "國泰世華", "台新銀行", "玉山銀行", "台灣銀行", "第一銀行", "合作金庫", "土地銀行", "聯邦銀行"]
BANK_CODES = ["700", "822", "013", "812", "808", "004", "007", "006", "005", "803"]
CAR_MODELS = ["白色TOYOTA ALTIS", "銀色HONDA CR-V", "黑色BMW 520i", "灰色MITSUBISHI Outlander", "紅色MAZDA 3",
              "白色NISSAN Sentra", "藍色Ford Focus", "黑色Lexus NX", "白色Toyota RAV4", "銀色Kia Carens"]
MOTO_MODELS = ["白色光陽機車", "黑色山葉勁戰", "藍色三陽機車", "灰色Gogoro電動機車", "紅色比雅久機車", "黑色光陽雷霆S"]
APPS = ["LINE", "Facebook", "Instagram", "Telegram", "WeChat", "Dcard", "蝦皮購物", "旋轉拍賣", "Tinder", "抖音"]
SCAMS = ["假投資", "假網拍", "假交友", "解除分期付款", "假檢警", "猜猜我是誰", "假中獎", "假求職", "假借貸", "假冒親友借錢"]
CRIMES = ["詐欺", "竊盜", "傷害", "恐嚇", "毒品危害防制條例", "公共危險", "妨害自由", "侵占", "洗錢防制法", "偽造文書"]
LAWS = ["刑法第339條之4第1項第2款", "洗錢防制法第19條第1項", "刑法第320條第1項", "刑法第277條第1項", "刑法第305條",
        "刑法第185條之3第1項第1款", "毒品危害防制條例第10條第2項", "刑法第335條第1項", "刑法第210條", "個人資料保護法第41條"]


class Fillers:
    def __init__(self, rng: random.Random):
        self.r = rng

    def name(self):
        return self.r.choice(SURNAMES) + self.r.choice(GIVEN)

    def foreign_name(self):
        return self.r.choice(FOREIGN_NAMES)

    def roc_year(self):
        return self.r.choice([111, 112, 113, 113, 114])

    def date(self):
        y, m, d = self.roc_year(), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{y}年{m}月{d}日", f"民國{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}", f"{y}.{m}.{d}",
                              f"{y + 1911}年{m}月{d}日", f"{y}年{m}月{d}日"])

    def date_time(self):
        d = self.date()
        return d + (" " if d[-1].isdigit() else "") + self.time()

    def birth(self):
        y, m, d = self.r.randint(45, 92), self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice([f"{y}年{m}月{d}日", f"民國{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])

    def time(self):
        h, mi = self.r.randint(0, 23), self.r.randint(0, 59)
        return self.r.choice([f"{h}時{mi}分許", f"{h:02d}:{mi:02d}", f"{h}時許", f"下午{self.r.randint(1, 11)}時{mi}分",
                              f"晚上{self.r.randint(7, 11)}點多", f"凌晨{self.r.randint(1, 5)}時{mi}分許"])

    def money(self):
        n = self.r.choice([3000, 5000, 12000, 20000, 29985, 30000, 49999, 50000, 100000, 150000, 200000, 350000, 1200000])
        return self.r.choice([f"新臺幣{n:,}元", f"新台幣{n}元", f"NT${n:,}", f"{n:,}元",
                              f"新臺幣{n // 10000}萬元" if n >= 10000 and n % 10000 == 0 else f"{n}元"])

    def case_no(self):
        y = self.roc_year()
        return self.r.choice([f"{y}年度金訴字第{self.r.randint(10, 2999)}號", f"{y}年度偵字第{self.r.randint(1000, 39999)}號",
                              f"{y}年度易字第{self.r.randint(10, 999)}號", f"{y}年度偵緝字第{self.r.randint(100, 2999)}號",
                              f"{y}年度他字第{self.r.randint(100, 9999)}號"])

    def doc_no(self):
        return self.r.choice(["北市警安分刑字第", "新北警板刑字第", "中市警一分偵字第", "高市警三一分偵字第", "桃警壢刑字第"]) \
            + str(self.roc_year()) + str(self.r.randint(3000000, 3099999)) + "號"

    def law(self):
        return self.r.choice(LAWS)

    def unit(self):
        return self.r.choice(UNITS)

    def station(self):
        return self.r.choice(STATIONS)

    def address(self):
        return f"{self.r.choice(CITIES)}{self.r.choice(ROADS)}{self.r.choice(['一段', '二段', '三段', '', ''])}" \
               f"{self.r.randint(1, 300)}號{self.r.choice(['', str(self.r.randint(2, 12)) + '樓', ''])}"

    def place(self):
        return self.r.choice(CITIES) + self.r.choice(ROADS) + self.r.choice(["與", "、"]) + self.r.choice(ROADS) + "口"

    def bank(self):
        return self.r.choice(BANKS)

    def account(self):
        code = self.r.choice(BANK_CODES)
        n = self.r.choice([12, 13, 14])
        first = self.r.choice("01789")
        digits = first + "".join(self.r.choice("0123456789") for _ in range(n - 1))
        return self.r.choice([f"({code}){digits}", f"{code}-{digits}", digits])

    def car(self):
        return self.r.choice(CAR_MODELS)

    def moto(self):
        return self.r.choice(MOTO_MODELS)

    def app(self):
        return self.r.choice(APPS)

    def scam(self):
        return self.r.choice(SCAMS)

    def crime(self):
        return self.r.choice(CRIMES)

    def age(self):
        return str(self.r.randint(19, 78))

    def count(self):
        return str(self.r.randint(2, 9))

    def order(self):
        return self.r.choice([f"24{self.r.randint(1, 12):02d}{self.r.randint(10, 28)}{self.r.choice('ABCDEFGHJK')}{self.r.randint(10000, 99999)}",
                              f"SO-{self.r.randint(2023, 2025)}-{self.r.randint(100000, 999999)}",
                              f"#{self.r.randint(10000000, 99999999)}"])

using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>Context-gated types: passport, NHI card, bank account, date of birth, person name, address.</summary>
public class ExtendedTypeTests
{
    [Fact]
    public void Passport_number_after_its_label_is_found() =>
        FindsExactly("護照號碼：312345678", "312345678", EntityTypes.Passport);

    [Fact]
    public void Foreign_passport_with_a_letter_prefix_is_found() =>
        FindsExactly("外籍移工護照號碼C12345678", "C12345678", EntityTypes.Passport);

    [Fact]
    public void National_id_after_a_passport_label_stays_a_national_id() =>
        Assert.Equal(EntityTypes.NationalId, Single("護照號碼 A123456789").Type);

    [Fact]
    public void Nine_digits_without_a_passport_label_are_not_a_passport() => FindsNo("共計 312345678 元", EntityTypes.Passport);

    [Fact]
    public void Nhi_card_number_after_its_label_is_found() =>
        FindsExactly("健保卡號 000012345678", "000012345678", EntityTypes.NhiCard);

    [Theory]
    [InlineData("012345678901")]
    [InlineData("0123-456-789012")]
    public void Bank_account_after_its_label_is_found(string value) =>
        FindsExactly($"匯款至國泰世華銀行帳號{value}", value, EntityTypes.BankAccount);

    [Fact]
    public void Account_label_in_an_earlier_clause_does_not_claim_a_phone()
    {
        var findings = Scan("帳號另行提供，電話0912345678");
        Assert.Equal(EntityTypes.PhoneNumber, Assert.Single(findings).Type);
    }

    [Fact]
    public void Long_digits_without_an_account_label_are_not_an_account() => FindsNothing("流水號 012345678901 已建立");

    [Theory]
    [InlineData("出生日期：1990/01/02", "1990/01/02", "1990-01-02")]
    [InlineData("生日為79年1月2日", "79年1月2日", "1990-01-02")]
    [InlineData("民國79年1月2日生，住臺中", "79年1月2日", "1990-01-02")]
    [InlineData("於113年11月5日生效", "", "")]
    [InlineData("DOB: 25/12/1990", "25/12/1990", "1990-12-25")]
    [InlineData("出生 0790102", "0790102", "1990-01-02")]
    [InlineData("出生年月日 1990-1-2", "1990-1-2", "1990-01-02")]
    public void Date_after_a_birth_label_is_a_date_of_birth(string text, string value, string normalized)
    {
        if (value.Length == 0)
        {
            FindsNo(text, EntityTypes.DateOfBirth);
            return;
        }
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.DateOfBirth).NormalizedValue);
    }

    [Fact]
    public void Impossible_date_is_not_a_date_of_birth() => FindsNothing("出生日期：1990/02/30");

    [Fact]
    public void Date_without_a_birth_label_is_left_alone() => FindsNothing("案發時間 113年11月5日");

    [Theory]
    [InlineData("姓名：王小明，男", "王小明")]
    [InlineData("嫌疑人陳大文於113年間", "陳大文")]
    [InlineData("被害人李四報案稱", "李四")]
    [InlineData("證人歐陽娜娜表示", "歐陽娜娜")]
    public void Name_after_a_role_label_is_found(string text, string name) =>
        FindsExactly(text, name, EntityTypes.PersonName);

    [Theory]
    [InlineData("嫌疑人於案發後逃逸")]
    [InlineData("被害人表示遭詐騙")]
    [InlineData("嫌疑人王某坦承犯行")]
    [InlineData("報案人王○明到所")]
    public void Role_label_without_a_name_is_not_a_name(string text) => FindsNo(text, EntityTypes.PersonName);

    [Theory]
    [InlineData("住臺北市中正區重慶南路一段122號3樓", "臺北市中正區重慶南路一段122號3樓")]
    [InlineData("地址：新北市板橋區文化路二段100巷5弄3號之1", "新北市板橋區文化路二段100巷5弄3號之1")]
    [InlineData("戶籍地高雄市苓雅區四維三路2號", "高雄市苓雅區四維三路2號")]
    [InlineData("住址：中山區南京東路二段100號", "中山區南京東路二段100號")]
    [InlineData("寄到台中市西屯區台灣大道三段99號", "台中市西屯區台灣大道三段99號")]
    public void Address_down_to_the_house_number_is_found(string text, string address) =>
        FindsExactly(text, address, EntityTypes.Address);

    [Fact]
    public void City_name_alone_is_not_an_address() => FindsNothing("臺北市政府今日宣布");

    [Fact]
    public void Street_without_a_number_needs_an_address_label()
    {
        FindsNothing("他沿著臺北市中正區重慶南路走");
        FindsExactly("住址在臺北市中正區重慶南路", "臺北市中正區重慶南路", EntityTypes.Address);
    }
}

using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// det-pieces39 (issue 9): values given in pieces named by their place, in order and tail first; pieces parted by one
/// conjunction; bulleted pieces; an old certificate's two letters stated apart; an e-mail given as its account and its
/// domain; and the e-mail look-alikes of prose and code that stay clean. Every value is invented (checksum-valid where
/// the type needs it).
/// </summary>
public sealed class PiecesByPlaceAndMailPartTests
{
    [Theory]
    [InlineData("後6碼是", "345678，前4碼是0912", EntityTypes.PhoneNumber)]
    [InlineData("末六碼：", "345678，前四碼0912", EntityTypes.PhoneNumber)]
    [InlineData("結尾是", "456789，開頭是0223", EntityTypes.PhoneNumber)]
    [InlineData("第二段", "345678，第一段0912", EntityTypes.PhoneNumber)]
    [InlineData("後七碼是", "3456781，前三碼是AC2", EntityTypes.ResidentCertificate)]
    [InlineData("最後六碼是", "456789，前面是A123", EntityTypes.NationalId)]
    [InlineData("後12碼是", "338812345675，前4碼是4916", EntityTypes.CreditCard)]
    public void A_value_given_tail_first_is_found_from_the_tail_to_the_front(string tailWords, string pieces, string type) =>
        FindsAmongOthers($"資料：{tailWords}{pieces}。", pieces, type);

    [Theory]
    [InlineData("前4碼是", "4916，後12碼是338812345675")]
    [InlineData("前四碼", "4916，後十二碼：338812345675")]
    [InlineData("前5碼是", "52617，後11碼是02311804763")]
    public void A_card_whose_tail_is_counted_in_two_digits_is_found(string frontWords, string pieces) =>
        FindsAmongOthers($"信用卡 {frontWords}{pieces}。", pieces, EntityTypes.CreditCard);

    [Theory]
    [InlineData("0912和345678", EntityTypes.PhoneNumber)]
    [InlineData("0912 跟 345678", EntityTypes.PhoneNumber)]
    [InlineData("A1234 加上 56789", EntityTypes.NationalId)]
    public void Two_pieces_parted_by_a_conjunction_are_one_value(string written, string type) =>
        FindsAmongOthers($"聯絡資料：{written}。", written, type);

    [Theory]
    [InlineData("0912\n• 345\n• 678", EntityTypes.PhoneNumber)]
    [InlineData("0912\n* 34\n* 5678", EntityTypes.PhoneNumber)]
    [InlineData("4916\n• 338\n• 812345675", EntityTypes.CreditCard)]
    public void Pieces_sent_as_bulleted_items_are_one_value(string written, string type) =>
        FindsAmongOthers($"分段如下：\n• {written}\n以上請合併。", written, type);

    [Fact]
    public void An_old_certificates_two_letters_stated_in_one_sentence_and_digits_in_the_next_are_one_value()
    {
        const string text = "居留證英文字母是AC。數字是23456781。", pieces = "AC。數字是23456781";
        int start = text.IndexOf(pieces, StringComparison.Ordinal);
        // The finding starts at the letter word (字母), as the stated letter has always been reported; it covers both pieces.
        Assert.Contains(Scan(text), f => f.Type == EntityTypes.ResidentCertificate && f.Start <= start && start + pieces.Length <= f.Start + f.Length);
    }

    [Theory]
    [InlineData("lin.mei22，網域是gmail.com")]
    [InlineData("lin.mei22、網域是gmail.com")]
    [InlineData("lin_wei33 後面是yahoo.com.tw")]
    [InlineData("wang.hao41，at gmail.com")]
    public void An_address_given_as_its_account_and_its_domain_is_found(string written) =>
        FindsAmongOthers($"他的信箱帳號是{written}，請回信。", written, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("Look at example.com for details.")]
    [InlineData("We met at Google.com last year.")]
    [InlineData("Contact us at gov.tw today.")]
    [InlineData("請更新 logo@2x.png 的尺寸。")]
    [InlineData("git clone git@github.com:team/app.git")]
    [InlineData("前面是會議紀錄，後面是附件。")]
    [InlineData("價格後三碼是450，前四碼是1200元。")]
    [InlineData("車位上停著KD-3018和9127-ZY。")]
    [InlineData("案號後六碼是123456，前四碼是1120。")]
    public void Look_alikes_of_pieces_and_addresses_stay_clean(string text) =>
        Assert.DoesNotContain(Scan(text), f => f.Type is EntityTypes.EmailAddress or EntityTypes.PhoneNumber or EntityTypes.CreditCard
            or EntityTypes.NationalId or EntityTypes.ResidentCertificate);

    [Fact]
    public void Two_plates_listed_with_a_conjunction_stay_two_plates()
    {
        // 和 between two whole values lists them: neither is joined to the other (ND-3018和9127-ZY read once as a certificate).
        var plates = Scan("無障礙車位上停著ND-3018和9127-ZY。").Where(f => f.Type == EntityTypes.LicensePlate).ToList();
        Assert.Equal(2, plates.Count);
    }
}

using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>Taiwan and international telephone numbers.</summary>
public class PhoneNumberTests
{
    [Theory]
    [InlineData("0912345678", "+886912345678")]
    [InlineData("0912-345-678", "+886912345678")]
    [InlineData("0912 345 678", "+886912345678")]
    [InlineData("0987-654321", "+886987654321")]
    public void Mobile_numbers_are_found(string value, string normalized)
    {
        var finding = FindsExactly($"手機{value}。", value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
        Assert.Equal(Evasions.None, finding.Evasions);
    }

    [Fact]
    public void Mobile_number_without_context_is_found() => FindsExactly("請回覆 0912345678 謝謝", "0912345678", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("02-2345-6789", "+886223456789")]
    [InlineData("03-5123456", "+88635123456")]
    [InlineData("037-321234", "+88637321234")]
    [InlineData("04-2345-6789", "+886423456789")]
    [InlineData("04-7123456", "+88647123456")]
    [InlineData("049-2345678", "+886492345678")]
    [InlineData("05-2345678", "+88652345678")]
    [InlineData("06-2345678", "+88662345678")]
    [InlineData("07-2345678", "+88672345678")]
    [InlineData("08-7321234", "+88687321234")]
    [InlineData("089-321234", "+88689321234")]
    [InlineData("082-312345", "+88682312345")]
    [InlineData("0826-61234", "+88682661234")]
    [InlineData("0836-22345", "+88683622345")]
    public void Landlines_of_every_area_code_are_found(string value, string normalized)
    {
        var finding = FindsExactly($"聯絡電話：{value}", value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("線民")]
    [InlineData("被害人")]
    public void Answer_to_a_question_about_a_countrys_number_after_a_bare_speaker_is_found(string speaker) =>
        FindsExactly($"我：對方給您的馬來西亞號碼是？\n{speaker}012\u3000345 6789的資料", "012\u3000345 6789", EntityTypes.PhoneNumber);

    [Fact]
    public void Number_after_a_long_unlabelled_line_start_is_no_answer() =>
        FindsNo("我：對方給您的馬來西亞號碼是？\n他說明天會把帳單012\u3000345 6789寄來", EntityTypes.PhoneNumber);

    [Fact]
    public void Landline_with_too_many_local_digits_is_not_found() => FindsNo("電話 03-51234567", EntityTypes.PhoneNumber);

    [Fact]
    public void Parenthesised_area_code_is_part_of_the_span() =>
        FindsExactly("電話(02)2345-6789分機12", "(02)2345-6789", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("+886-912-345-678", "+886912345678")]
    [InlineData("+886 912 345 678", "+886912345678")]
    [InlineData("+886912345678", "+886912345678")]
    [InlineData("+886 2 2345 6789", "+886223456789")]
    [InlineData("+886-2-2345-6789", "+886223456789")]
    public void Plus_886_forms_are_found(string value, string normalized)
    {
        var finding = FindsExactly($"Tel: {value} (office)", value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("+1 650 253 0000", "+16502530000")]
    [InlineData("+81 3-1234-5678", "+81312345678")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    public void Foreign_numbers_in_international_form_are_found(string value, string normalized)
    {
        var finding = FindsExactly($"對方電話 {value}", value, EntityTypes.PhoneNumber);
        Assert.Equal(normalized, finding.NormalizedValue);
    }

    [Theory]
    [InlineData("0800-000-123")]
    [InlineData("0809-123-456")]
    public void Toll_free_numbers_are_not_personal(string value) => FindsNothing($"客服專線 {value}");

    [Fact]
    public void Bare_landline_digits_next_to_an_order_label_are_not_found() => FindsNothing("訂單編號0223456789");

    [Fact]
    public void Phone_digits_before_an_at_sign_belong_to_the_email() =>
        Assert.Equal(EntityTypes.EmailAddress, Single("0912345678@example.com").Type);

    [Fact]
    public void International_mobile_without_its_plus_is_found_next_to_context() =>
        Assert.Equal("+886912345678", FindsExactly("手機 886-912-345-678", "886-912-345-678", EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Mobile_next_to_an_order_label_is_not_reported() => FindsNothing("物流單號 0912345678");

    [Theory]
    [InlineData("市話2345-6789", "2345-6789")]
    [InlineData("住家電話：234-5678", "234-5678")]
    public void Local_number_right_after_a_phone_label_is_found(string text, string value) =>
        FindsExactly(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("電話費2345-6789元已繳")]
    [InlineData("編號 2345-6789")]
    [InlineData("電話：請於2345-6789之間撥打")]
    public void Local_number_shape_without_a_phone_label_is_not_found(string text) => FindsNothing(text);

    [Theory]
    [InlineData("(+886) 912-345-678", "+886912345678")]
    [InlineData("(+886)912345678", "+886912345678")]
    public void Parenthesised_country_code_is_part_of_the_span(string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly($"電話{value}，請回電", value, EntityTypes.PhoneNumber).NormalizedValue);

    [Theory]
    [InlineData("009-86-135-5163 8607", "+8613551638607")]
    [InlineData("002 81 90 1234 5678", "+819012345678")]
    [InlineData("002-1-206-555-0123", "+12065550123")]
    public void Number_dialled_with_a_taiwan_international_prefix_is_found(string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly($"被害人回撥時撥的是 {value}", value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Document_number_ending_in_hao_is_not_a_phone() => FindsNothing("依內授警字第0930083451號函辦理，承辦人手機另洽");

    [Fact]
    public void Row_of_two_digit_numbers_is_not_a_phone() => FindsNothing("威力彩第 113000091 期開獎號碼 02 09 12 15 28 33，第二區 07");

    [Fact]
    public void Taiwan_number_dialled_from_abroad_is_found() =>
        Assert.Equal("+886917772003", FindsExactly("從國外打回來要撥 00886917772003 對嗎？", "00886917772003", EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void White_circles_typed_for_zero_are_read_as_digits() =>
        Assert.Equal("+886914934666", FindsExactly("電話○九一四九三四六六六，找人", "○九一四九三四六六六", EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Phone_masked_with_circles_is_not_reported() => FindsNothing("電話0912-○○○-678");

    [Theory]
    [InlineData("姓名\t國籍\t手機\nNGUYEN VAN AN\tVN\t0378123456\t已通知", "0378123456", "+84378123456")]
    [InlineData("編號,姓名,國籍,備註,手機\n2,SITI RAHAYU,ID,\"無\",0812-3456-7890", "0812-3456-7890", "+6281234567890")]
    [InlineData("| 姓名 | 國籍 | 電話 |\n|---|---|---|\n| MARIA SANTOS | PH | 63-917-123-4567 |", "63-917-123-4567", "+639171234567")]
    [InlineData("姓名;國籍;手機\nSOMSAK DEE;TH;0812345678", "0812345678", "+66812345678")]
    public void Country_code_in_a_nationality_column_names_the_country_of_its_row(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Theory]
    [InlineData("NGUYEN VAN AN\tVN\t0378123456")] // no header row says the column holds nationality
    [InlineData("姓名;國籍;訂單號碼\nSITI RAHAYU;ID;0812345678")] // a country, but no header calls the number a phone
    public void Country_code_outside_a_nationality_cell_names_no_country(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    // Round 26: under a phone column a fallback country's mobile is read with no country named; a code outside a nationality
    // cell still chooses no plan (the number is not read as Indonesia's or Thailand's).
    [Theory]
    [InlineData("班別\t代碼\t電話\n早班\tID\t0812345678", "+62")] // ID under another header: a label, not Indonesia
    [InlineData("姓名\t國籍\t手機\nNGUYEN VAN AN\tTH 2\t0812345678", "+66")] // the code does not fill its cell
    public void Country_code_outside_a_nationality_cell_chooses_no_plan(string text, string codeCountry) =>
        Assert.DoesNotContain(Scanning.Scanner.Scan(text), f => f.Type == EntityTypes.PhoneNumber && f.NormalizedValue.StartsWith(codeCountry, StringComparison.Ordinal));

    // Round 26 (sets U11, U12): a foreign mobile with no country word, in each shape that names it a phone.
    [Theory]
    [InlineData("| 姓名 | 證號 | 電話 |\n|---|---|---|\n| 陳○○ | A123456789 | 086 512 3478 |", "086 512 3478", "+84865123478")]
    [InlineData("姓名,tel,備註\n林小美,010-2345-6789,-", "010-2345-6789", "+821023456789")]
    [InlineData("- A123456789 Nguyen 0771 234 567\n", "0771 234 567", "+84771234567")]
    [InlineData("- A123456789 陳○華0771 234 567\n", "0771 234 567", "+84771234567")]
    [InlineData("Pak Budi dapat dihubungi di 0813 2468 1357 setiap sore.", "0813 2468 1357", "+6281324681357")]
    [InlineData("Best,\nTran Thi Mai\n0771 234 567 / mai.tran88@example.com", "0771 234 567", "+84771234567")]
    [InlineData("| 姓名 | 電話 |\n|---|---|\n| SITI | 415-555-2671 |", "415-555-2671", "+14155552671")]
    [InlineData("The phone records list two calls to 415–555–2671.", "415–555–2671", "+14155552671")]
    public void Foreign_mobile_without_a_country_is_found_where_the_text_names_a_phone(string text, string value, string normalized) =>
        Assert.Contains(Scanning.Scanner.Scan(text), f => f.Type == EntityTypes.PhoneNumber && f.Start == text.IndexOf(value, StringComparison.Ordinal)
            && f.Length == value.Length && f.NormalizedValue == normalized);

    // Round 26: the same shapes named as something else, or with nothing naming them.
    [Theory]
    [InlineData("| 姓名 | 帳號 |\n|---|---|\n| 陳○○ | 086 512 3478 |")]
    [InlineData("{\"name\":\"Tran\",\"orderNo\":\"0771 234 567\"}")]
    [InlineData("請查 0771 234 567 這筆")]
    [InlineData("Order 415-555-2671 shipped.")]
    public void Foreign_mobile_shape_named_as_something_else_is_no_phone(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    // A document number (…字第…號) in the cell after a foreign phone of a pipe-separated row is no number of that country.
    [Theory]
    [InlineData("KIM|韓國手機 ０１０－２３４５－６７８９|新北警刑字第1139876540號|已結案", "1139876540")]
    [InlineData("LEE|韓國電話 ０１０－８７６５－４３２１|桃警分刑字第1127654320號|待查", "1127654320")]
    public void Document_number_after_a_foreign_phone_is_no_phone(string text, string documentNumber) =>
        Assert.DoesNotContain(Scanning.Scanner.Scan(text), f => f.Type == EntityTypes.PhoneNumber && text.Substring(f.Start, f.Length) == documentNumber);

    [Theory]
    [InlineData("被害人家屬，大阪手機 06-1234-5678", "06-1234-5678", "+81612345678")]
    [InlineData("對方留了曼谷號碼 081 234 5678，請查。", "081 234 5678", "+66812345678")]
    public void A_big_city_stands_for_its_country(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void A_city_before_an_order_number_names_no_phone() => FindsNothing("大阪訂單號碼 0612345678");

    [Theory]
    [InlineData("聯絡 +886-913l40652 謝謝", "+886-913l40652", "+886913140652")]
    [InlineData("電話 +886 9O2 345 6S8", "+886 9O2 345 6S8", "+886902345658")]
    public void Letters_typed_for_digits_after_plus_886_are_read_as_digits(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Three_letters_for_digits_after_plus_886_are_no_phone() => FindsNo("+886 9lO 345 6S8", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("Chị ơi, hãy gọi chị Lan ở số 0861234567 vào buổi tối.", "0861234567", "+84861234567")]
    [InlineData("Tolong telepon kakak lewat 0812-3456-7890 sore ini.", "0812-3456-7890", "+6281234567890")]
    [InlineData("Puwede mo bang tawagan si kuya sa 0917 123 4567 bukas.", "0917 123 4567", "+639171234567")]
    [InlineData("ติดต่อพี่ชายได้ที่เบอร์ 081-234-5678 ตอนเย็น", "081-234-5678", "+66812345678")]
    [InlineData("落とし物の件は携帯090-1234-5678にお願いします。", "090-1234-5678", "+819012345678")]
    [InlineData("21:05 哥哥: 到宿舍了嗎 回撥給我010-2345-6789", "010-2345-6789", "+821023456789")]
    public void Foreign_number_labelled_a_phone_in_its_language_is_read_without_its_country(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Answer_naming_a_phone_is_read_in_the_country_its_question_names() =>
        Assert.Equal("+8613812345678", FindsExactly("問：你在大陸的親戚怎麼聯絡？\n答：我表哥的手機138 1234 5678。", "138 1234 5678", EntityTypes.PhoneNumber).NormalizedValue);

    [Theory]
    [InlineData("Số tài khoản: 0861234567")] // an account, not a phone
    [InlineData("nomor rekening 081234567890")]
    [InlineData("계좌번호 01023456789")]
    [InlineData("回撥給我，訂單 0812345678901")] // the call verb is another clause's
    [InlineData("問：香港出差的費用？\n答：電話費 23456789 元")] // digits written whole without a trunk 0 are an amount
    public void Numbers_other_languages_label_as_no_phone_are_not_found(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("TEL：O9I2O4O678", "O9I2O4O678", "+886912040678")]
    [InlineData("姓名\t行動電話\n王小明\tO9l2 O4O 678", "O9l2 O4O 678", "+886912040678")]
    public void Four_letters_for_digits_are_read_right_after_a_phone_label_or_under_its_column(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void Four_letters_for_digits_without_a_phone_label_are_no_phone() => FindsNo("代碼 O9I2O4O678", EntityTypes.PhoneNumber);

    [Fact]
    public void A_phone_word_in_the_next_clause_names_no_foreign_number() => FindsNo("美籍旅客於1130412到案，電話另洽", EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("社區聯絡窗口\n里長林美玲 2678 1234\n延平所 2555 1234", "2678 1234")]
    [InlineData("李建國 手機 0912-468-135\n總幹事　黃文彬 707-9904 分機 12", "707-9904")]
    public void A_directory_entry_is_a_local_number(string text, string value) => FindsAmongOthers(text, value, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("值班表\n王小明 20230115\n李小華 手機另洽")] // a date, not a number
    [InlineData("聯絡窗口\n王小明 23456789 元\n李小華 電話未提供")] // an amount
    [InlineData("王小明 23456789\n李小華 23456790")] // no line names a phone
    public void A_name_before_digits_is_no_directory_entry(string text) => FindsNo(text, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("家人在越南：0861234567。", "0861234567", "+84861234567")]
    [InlineData("Her family back in Pilipinas: 09171234567", "09171234567", "+639171234567")]
    public void A_country_name_with_a_colon_labels_a_mobile_written_whole(string text, string value, string normalized) =>
        Assert.Equal(normalized, FindsExactly(text, value, EntityTypes.PhoneNumber).NormalizedValue);

    [Fact]
    public void A_country_name_without_a_colon_labels_no_number_written_whole() => FindsNo("家人在越南 0861234567", EntityTypes.PhoneNumber);
}

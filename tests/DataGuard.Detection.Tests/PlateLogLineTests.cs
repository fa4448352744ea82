using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 18 (set Q): plates after a make and its model in a log line whose sentence goes on, plates wrapped inside their
/// digit group, and codes numbered after the field that holds them. The generator's context <c>log.make-model-clause</c>,
/// variant <c>wrapped.inside-group</c> and look-alikes <c>make-model-trims</c>, <c>wrapped-next-line-numbers</c> and
/// <c>key-named-ids</c> cover the same classes across frames and positions.
/// </summary>
public class PlateLogLineTests
{
    [Theory]
    [InlineData("14:22:10 酒紅TOYOTA Camry KDN-7152 往北駛離", "KDN-7152")]
    [InlineData("鐵灰Tesla Model X MRQ-2958 右轉進入巷內", "MRQ-2958")]
    [InlineData("08:11:45 黑HONDA HR-V PTA-6083 臨停後離開", "PTA-6083")]
    [InlineData("白SUBARU Forester 5823-QK 在路口迴轉", "5823-QK")]
    public void A_plate_after_a_make_and_its_model_is_the_plate_while_the_sentence_goes_on(string text, string value) =>
        FindsExactly(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("HONDA HR-V EX-250 試駕心得")]
    [InlineData("KYMCO Many GTR-125 規格表如下")]
    [InlineData("TOYOTA ABC-1235 往北駛離")] // a make alone: the value is its model (賓士 GLC-300)
    public void A_trim_code_or_a_model_after_a_make_is_no_plate(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("車號：KEV-15\n82，請查明", "KEV-15\n82")]
    [InlineData("姓名 | 車號\n王大明 | TRP-8\n521\n", "TRP-8\n521")]
    [InlineData("肇逃車 GAD-61\n75 已離開現場", "GAD-61\n75")]
    [InlineData("他的車子PXR-5 \n813於21:28通過", "PXR-5 \n813")]
    public void A_plate_wrapped_inside_its_digit_group_is_one_plate(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("影像只拍到 FQD-81\n12:05:33 另一台離開")]
    [InlineData("清單：\n9. 型號 KTR-12\n10. 無")]
    [InlineData("件數(甲類/乙類/C4)\n2024年5月,12")]
    public void A_partial_code_and_the_next_lines_number_are_not_joined(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Theory]
    [InlineData("{\"cam\": \"CAM-0417\", \"ts\": \"2024-01-02\"}")]
    [InlineData("device=DEV-4821 offline")]
    [InlineData("Gate: GAT-1182 開啟")]
    public void A_code_whose_letters_start_its_key_is_that_fields_identifier(string text) => FindsNo(text, EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_under_a_plate_key_stays_a_plate() =>
        FindsExactly("{\"plate\": \"KLM-2208\"}", "KLM-2208", EntityTypes.LicensePlate);

    [Theory]
    [InlineData("4. L35521（自小客）於復興北路口移置", "L35521")]
    [InlineData("3. [TL784]（普輕機）已通知車主領回", "TL784")]
    public void A_vehicle_named_in_a_bracket_right_after_a_code_names_it_a_plate(string text, string value) =>
        FindsAmongOthers(text, value, EntityTypes.LicensePlate);

    [Fact]
    public void A_list_items_number_is_not_read_into_the_plate_after_it() =>
        FindsExactly("移置清單：\n8. 612ZT（普輕機）已通知車主領回", "612ZT", EntityTypes.LicensePlate);

    [Fact]
    public void A_digits_first_code_with_a_technical_looking_suffix_is_a_plate_in_a_plate_column() =>
        FindsAmongOthers("時段\t路段\t車號\t狀態\n09:40\t復興北路口\t4816-5P\t協尋中", "4816-5P", EntityTypes.LicensePlate);

    [Fact]
    public void A_plate_listed_under_a_plural_english_key_of_a_yaml_record_is_a_plate() =>
        FindsExactly("person:\n  vehicles:\n    - QT-517\nremark: 整理成表", "QT-517", EntityTypes.LicensePlate);
}

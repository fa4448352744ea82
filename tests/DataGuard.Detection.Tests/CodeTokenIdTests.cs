using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 25 (sets U9, U10; code pasted by police IT staff): a checksum-valid ID or certificate glued inside a code token
/// is the token's, not a person's; glued to a name, to another value or named by an ID word in code, it is still read.
/// Values are synthetic (<see cref="SyntheticIds"/>).
/// </summary>
public class CodeTokenIdTests
{
    private static readonly string Id = SyntheticIds.Numeric('K', 2, "4071593");
    private static readonly string Certificate = SyntheticIds.Numeric('M', 9, "3150826");
    private static readonly string OldCertificate = SyntheticIds.OldResident('F', 'C', "6204718");

    public static TheoryData<string> Values() => new() { Id, Certificate, OldCertificate };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_inside_a_code_token_is_not_reported(string value)
    {
        foreach (var token in new[]
                 {
                     $"SESSION_{value}_QWXRTZ", $"API_KEY_{value}_v2", $"{value}TqmZRw", $"{value}Hk7pz", $"{value}XoLpeM",
                     $"sk-ab9kx{value}", $"pk_live_Lm3{value}Zr8q", $"f3a9c0d1e{value}7b2e", $"{value}_CACHE",
                 })
        foreach (var text in new[] { $"var key = \"{token}\";", $"Authorization: Bearer {token}", $"[INF] session {token} expired", $"請問 {token} 這個 key 怎麼設定" })
        {
            FindsNo(text, EntityTypes.NationalId);
            FindsNo(text, EntityTypes.ResidentCertificate);
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_glued_to_letters_after_a_credential_word_is_the_tokens(string value)
    {
        foreach (var text in new[] { $"var key = \"qwrtz{value}\";", $"apiKey: Zyx{value}", $"Authorization: Bearer {value}mqz", $"token={value}Abc" })
        {
            FindsNo(text, EntityTypes.NationalId);
            FindsNo(text, EntityTypes.ResidentCertificate);
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_glued_to_a_name_or_another_value_is_still_read(string value)
    {
        string type = value == Id ? EntityTypes.NationalId : EntityTypes.ResidentCertificate;
        FindsAmongOthers($"王小明{value}0935246810", value, type);
        FindsAmongOthers($"{value}0935246810 台北市", value, type);
        FindsAmongOthers($"Chen Mei Ling{value}", value, type);
        FindsAmongOthers($"{value}Nguyen Van An 0935246810", value, type);
        FindsAmongOthers($"scan_{value}_front.jpg", value, type);
        FindsAmongOthers($"{value}ABC-1234 王小明", value, type);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_value_an_id_word_names_in_code_is_still_read(string value)
    {
        string type = value == Id ? EntityTypes.NationalId : EntityTypes.ResidentCertificate;
        FindsAmongOthers($"nationalId = \"{value}\";", value, type);
        FindsAmongOthers($"{{\"身分證\": \"{value}\"}}", value, type);
        FindsAmongOthers($"GET /api/person?idNo={value}", value, type);
        FindsAmongOthers($"身分證字號 TMP_{value}_A", value, type);
    }
}

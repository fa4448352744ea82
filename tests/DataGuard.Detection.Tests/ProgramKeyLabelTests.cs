using static DataGuard.Detection.Tests.Scanning;

namespace DataGuard.Detection.Tests;

/// <summary>
/// Round 26 (sets U11, U12), issue 9: a program's key as a label. A value that needs a word naming it (a landline
/// without its area code, an older plate layout) is found right after a key whose last word only qualifies the field
/// (plateNo, mobile_no, phone-number, contactTelNo), in every frame a program writes a key in, and not under keys that
/// name something else about the thing (tel_count, plateModel, phoneVerified) or a qualifier glued into a word.
/// </summary>
public class ProgramKeyLabelTests
{
    private static readonly string[] PhoneKeys = { "tel_no", "cellPhoneNo", "phone-number", "contactTelNo", "home_phone", "phoneNum", "office.tel.no", "faxNbr" };
    private static readonly string[] PlateKeys = { "plate_no", "plateNo", "ownerPlateNo", "car.plate.no", "vehicle_plate_number", "plateNum" };

    // A landline without its area code written joined, eight or seven digits (values invented for the test).
    private static readonly string[] Landlines = { "27183546", "2953618" };
    private static readonly string[] OldPlates = { "4821-QK", "QK-4821" };

    // The frames a program writes a key and its value in: a query or log field, JSON, YAML, XML, a literal.
    private static readonly Func<string, string, string>[] Frames =
    {
        (k, v) => $"GET /api/persons?case=7&{k}={v}&lang=zh-TW",
        (k, v) => $"{{\"uid\":\"u-31\",\"{k}\": \"{v}\",\"status\":2}}",
        (k, v) => $"2024-05-06 10:11:12 INFO [lookup] {k}={v} status=200",
        (k, v) => $"contact:\n  {k}: {v}\n  lang: zh-TW",
        (k, v) => $"<person><{k}>{v}</{k}></person>",
        (k, v) => $"var {k} = \"{v}\";",
    };

    public static IEnumerable<object[]> Cross(string[] keys, string[] values) =>
        from key in keys from value in values from frame in Enumerable.Range(0, Frames.Length) select new object[] { key, value, frame };

    public static IEnumerable<object[]> PhoneCases => Cross(PhoneKeys, Landlines);

    public static IEnumerable<object[]> PlateCases => Cross(PlateKeys, OldPlates);

    [Theory]
    [MemberData(nameof(PhoneCases))]
    public void A_landline_under_a_phone_key_with_a_qualifier_is_a_phone(string key, string value, int frame) =>
        FindsAmongOthers(Frames[frame](key, value), value, EntityTypes.PhoneNumber);

    [Theory]
    [MemberData(nameof(PlateCases))]
    public void An_older_plate_under_a_plate_key_with_a_qualifier_is_a_plate(string key, string value, int frame) =>
        FindsAmongOthers(Frames[frame](key, value), value, EntityTypes.LicensePlate);

    // Keys that name something else about a phone or a plate, and qualifiers glued into a word (piano, annum): no label.
    public static IEnumerable<object[]> NegativeCases =>
        from pair in new[]
        {
            ("tel_count", "12"), ("phoneVerified", "2953618"), ("plateModel", "RX-8"), ("cardType", "4821"), ("piano", "27183546"),
            ("per_annum", "2953618"), ("plate_version", "4821-12"), ("hotelNo", "2953618"), ("order_no", "27183546"), ("invoiceNo", "2953618"),
            ("telCountNo", "27183546"), ("stelNo", "2953618"),
        }
        from frame in Enumerable.Range(0, Frames.Length)
        select new object[] { pair.Item1, pair.Item2, frame };

    [Theory]
    [MemberData(nameof(NegativeCases))]
    public void A_key_naming_no_value_of_the_type_labels_nothing(string key, string value, int frame)
    {
        var text = Frames[frame](key, value);
        FindsNo(text, EntityTypes.PhoneNumber);
        FindsNo(text, EntityTypes.LicensePlate);
    }
}

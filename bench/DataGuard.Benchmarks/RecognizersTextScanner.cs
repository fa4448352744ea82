using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Sequence;

namespace DataGuard.Benchmarks;

/// <summary>Microsoft.Recognizers.Text Sequence phone-number and e-mail models, built once and reused.</summary>
public sealed class RecognizersTextScanner
{
    private readonly IModel _phone;
    private readonly IModel _email;

    public RecognizersTextScanner(string culture)
    {
        var recognizer = new SequenceRecognizer(culture);
        _phone = recognizer.GetPhoneNumberModel();
        _email = recognizer.GetEmailModel();
    }

    public int CountPhones(string text) => _phone.Parse(text).Count;

    public int CountEmails(string text) => _email.Parse(text).Count;

    /// <summary>Findings as (core type, start, exclusive end).</summary>
    public IEnumerable<(string Type, int Start, int End)> Results(string text) =>
        _phone.Parse(text).Select(r => (DataGuard.Detection.EntityTypes.PhoneNumber, r.Start, r.End + 1))
            .Concat(_email.Parse(text).Select(r => (DataGuard.Detection.EntityTypes.EmailAddress, r.Start, r.End + 1)));

    /// <summary>Phones plus e-mail addresses found.</summary>
    public int Scan(string text) => CountPhones(text) + CountEmails(text);
}

namespace DataGuard.Detection.Tests.Generated;

/// <summary>One generated prompt with one planted value at [<see cref="Start"/>, <see cref="End"/>).</summary>
internal sealed record GeneratedCase(string Cell, string Family, string Variant, string Context, Position Position, string Type, string Text, int Start, int End);

/// <summary>
/// The whole space, by construction: every family × every surface variant that applies to it × every context ×
/// every position, each cell seeded from its own name so a cell's cases do not change when another cell is added.
/// Families that need a word naming them are not generated in contexts without one (see the Detection README).
/// </summary>
internal static class CaseGenerator
{
    private static readonly string[] Carriers =
    {
        "報案人表示昨晚在路口發生糾紛。", "請協助整理以下資料。", "以上資料供承辦人參考。", "Please summarise the record below.",
        "承辦員警已完成初步訪查。",
    };

    private static readonly (string Before, string After)[] Punctuation =
    {
        ("(", ")"), ("\"", "\""), ("[", "]"), ("<", ">"), ("'", "'"), ("{", "}"),
    };

    public static IEnumerable<GeneratedCase> Positives(int casesPerPosition = 1)
    {
        foreach (var family in ValueFamilies.All)
        foreach (var variant in SurfaceVariants.All)
        foreach (var context in CaseContexts.All)
        {
            if (family.NeedsContext && context.Cue == Cue.None) continue;
            if (context.Cue == Cue.Nationality && family.Type != EntityTypes.PhoneNumber) continue; // a nationality names phones only
            if (!family.Name.StartsWith(context.Families, StringComparison.Ordinal)) continue;
            string cell = $"{family.Name} × {variant.Name} × {context.Name}";
            var random = new Random(StableSeed(cell));
            foreach (var position in Enum.GetValues<Position>())
            {
                for (int k = 0; k < casesPerPosition; k++)
                {
                    var planted = family.Make(random);
                    var value = variant.Write(planted, random);
                    if (value is null) goto nextCell; // the variant does not apply to this family
                    yield return Place(cell, family, variant, context, position, value, random);
                }
            }
            nextCell:;
        }
        foreach (var escaped in EscapedForms.Positives()) yield return escaped;
        foreach (var logged in PhoneLogFrames.Positives()) yield return logged;
        foreach (var styled in StyledCharacters.Positives()) yield return styled;
        foreach (var logged in CheckpointLogs.Positives()) yield return logged;
        foreach (var corrected in VisibleCorrections.Positives()) yield return corrected;
        foreach (var pasted in PastedRosters.Positives()) yield return pasted; // Round 34 (categories of sets U25, U26)
        foreach (var disguised in DisguisedRecords.Positives()) yield return disguised; // Round 34 (categories of sets U25, U26)
        foreach (var document in PastedDocuments.Positives()) yield return document; // Round 36 (categories of sets U29, U30)
        foreach (var disguised in DisguisedCardsAndIds.Positives()) yield return disguised; // Round 36 (categories of sets U29, U30)
        foreach (var row in ForeignPersonRows.Positives()) yield return row; // Round 37 (categories of sets U31, U32)
        foreach (var described in DescribedLettersAndScans.Positives()) yield return described; // Round 38 (categories of sets U33, U34)
        foreach (var row in NationalityRows.Positives()) yield return row; // Round 38 (categories of sets U33, U34)
        foreach (var local in PlainLandlines.Positives()) yield return local; // Round 39 (issue 9 §1, no held-out set open)
        foreach (var mixed in MixedSoundAlikes.Positives()) yield return mixed; // Round 39 (issue 9 §1, no held-out set open)
        foreach (var table in SoundAlikeTableCells.Positives()) yield return table; // Round 40 (categories of set U40, open)
        foreach (var calls in NumberedCallLists.Positives()) yield return calls; // Round 40 (det-forms40b, set U40)
        foreach (var unnamed in UnnamedCountryPhones.Positives()) yield return unnamed; // det-foreign42 (sets U43, U44)
        foreach (var mixed in MixedNumeralKinds.Positives()) yield return mixed; // Round 41 (det-mixed41, set U42)
    }

    /// <summary>
    /// Every family × variant × context that <paramref name="applies"/> takes, at every position, each cell seeded by its
    /// name; a variant that does not apply to a family (it writes null) ends that cell.
    /// </summary>
    internal static IEnumerable<GeneratedCase> Cross(IEnumerable<ValueFamily> families, SurfaceVariant[] variants, CaseContext[] contexts,
        Func<ValueFamily, SurfaceVariant, CaseContext, bool> applies)
    {
        foreach (var family in families)
        foreach (var variant in variants)
        foreach (var context in contexts)
        {
            if (!applies(family, variant, context)) continue;
            string cell = $"{family.Name} × {variant.Name} × {context.Name}";
            var random = new Random(StableSeed(cell));
            foreach (var position in Enum.GetValues<Position>())
            {
                var value = variant.Write(family.Make(random), random);
                if (value is null) break; // the form does not apply to this family
                yield return Place(cell, family, variant, context, position, value, random);
            }
        }
    }

    internal static GeneratedCase Place(string cell, ValueFamily family, SurfaceVariant variant, CaseContext context, Position position, string value, Random random)
    {
        var (before, after) = context.Frame(family, random);
        switch (position)
        {
            case Position.AdjacentCjk:
                before = before.TrimEnd(' ', '：', ':', '"', '`');
                if (before.Length == 0 || !IsCjk(before[^1])) before += "是";
                // A CSV row keeps its comma: the next cell is not glued to the value's.
                after = context.Structured ? after.TrimStart(' ', '"', '`') : after.TrimStart(' ', '，', ',', '。', '"', '`');
                if (!after.StartsWith('（')) after = "的資料" + after; // "…7982（越南手機）" is already next to CJK punctuation
                break;
            case Position.AdjacentPunctuation:
                var (open, close) = Punctuation[random.Next(Punctuation.Length)];
                before += open;
                after = close + after;
                break;
            case Position.Start when !context.Structured && context.Cue is Cue.None or Cue.After && !family.HasPrefix:
                before = "";
                break;
            case Position.End when !context.Structured && context.Cue is not Cue.After:
                after = "";
                break;
        }

        string carrier = Carriers[random.Next(Carriers.Length)];
        string head = position switch
        {
            Position.Start => "",
            Position.End => carrier + "\n",
            _ => carrier + (random.Next(2) == 0 || context.Name.StartsWith("line.", StringComparison.Ordinal) ? "\n" : ""), // a chat line starts a line
        };
        string tail = position switch
        {
            Position.End => "",
            _ => (random.Next(2) == 0 ? "\n" : "") + Carriers[random.Next(Carriers.Length)],
        };
        // A carrier never glues an English word to the value's last letter, digit or numeral ("…@gmail.comPlease", "…五〇八Please").
        if (tail.Length > 0 && IsLatin(tail[0]) && char.IsLetterOrDigit(after.Length == 0 ? value[^1] : after[^1])) tail = " " + tail;
        string text = head + before + value + after + tail;
        int start = head.Length + before.Length;
        return new GeneratedCase(cell, family.Name, variant.Name, context.Name, position, family.Type, text, start, start + value.Length);
    }

    private static bool IsLatin(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsCjk(char c) => c >= '\u3400' && c <= '\u9FFF';

    /// <summary>FNV-1a over the cell name: the same seed on every run, platform and .NET version.</summary>
    public static int StableSeed(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash ^= c;
            hash *= 16777619;
        }
        return (int)(hash & 0x7FFFFFFF);
    }
}

using DataGuard.Detection.Tests.Corpus;
using Xunit.Abstractions;

namespace DataGuard.Detection.Tests;

/// <summary>What the optional Microsoft.Recognizers.Text recognizer changes on the labelled corpus.</summary>
public class RecognizersTextCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Recognizers_text_adds_no_recall_on_the_corpus_and_dirties_hard_negatives()
    {
        var scanner = new PersonalDataScanner(new ScannerOptions { UseRecognizersText = true });
        var baseline = CorpusEvaluation.Run(LabelledCorpus.Realistic, PersonalDataScanner.Default);
        var with = CorpusEvaluation.Run(LabelledCorpus.Realistic, scanner);
        output.WriteLine(with.Table("Realistic corpus with Microsoft.Recognizers.Text"));
        output.WriteLine(with.DiscrepancyReport(EntityTypes.PhoneNumber));
        var phones = with.ByType[EntityTypes.PhoneNumber];
        var basePhones = baseline.ByType[EntityTypes.PhoneNumber];
        Assert.Equal(basePhones.Recall, phones.Recall);
        Assert.Equal(baseline.ByType[EntityTypes.EmailAddress].Recall, with.ByType[EntityTypes.EmailAddress].Recall);

        var negatives = CorpusEvaluation.Run(LabelledCorpus.HardNegatives, scanner);
        output.WriteLine(negatives.Table("Hard negatives with Microsoft.Recognizers.Text"));
        output.WriteLine(negatives.DiscrepancyReport());
        var baselineNegatives = CorpusEvaluation.Run(LabelledCorpus.HardNegatives, PersonalDataScanner.Default);
        Assert.True(negatives.CleanRate <= baselineNegatives.CleanRate); // why it is off by default
    }
}

namespace DataGuard.Audit.Insights.Tests;

/// <summary>One behaviour per test, on hand-built timelines.</summary>
public sealed class RetryAfterBlockTests
{
    [Fact]
    public void A_disguised_retry_minutes_after_a_block_is_flagged_with_both_rows()
    {
        var t = new Timeline().Ordinary("lin").Add("lin", 3, 10, 0, Verdicts.Block, values: "A123456789").Add("lin", 3, 10, 4, Verdicts.Block, evasion: true, values: "A123456789");
        var reason = t.Report().ReasonOf("lin", IndicatorCodes.RetryAfterBlock);
        Assert.NotNull(reason);
        Assert.Equal(1, reason.Count);
        Assert.Equal(1, reason.Detail);
        Assert.Equal(2 * IndicatorCodes.DefaultWeight(IndicatorCodes.RetryAfterBlock), reason.Points);
        Assert.Equal([t.Events[^2].Id, t.Events[^1].Id], reason.Rows);
    }

    [Fact]
    public void A_retry_after_the_window_is_not_a_retry()
    {
        var t = new Timeline().Ordinary("lin").Add("lin", 3, 10, 0, Verdicts.Block, values: "A123456789").Add("lin", 3, 10, 40, Verdicts.Block, evasion: true, values: "A123456789");
        Assert.Null(t.Report().ReasonOf("lin", IndicatorCodes.RetryAfterBlock));
    }

    [Fact]
    public void One_plain_resend_is_not_flagged_but_three_are()
    {
        var t = new Timeline().Ordinary("lin").Add("lin", 1, 10, 0, Verdicts.Block, values: "v1").Add("lin", 1, 10, 1, Verdicts.Block, values: "v1");
        Assert.Null(t.Report().ReasonOf("lin", IndicatorCodes.RetryAfterBlock));
        t.Add("lin", 2, 10, 0, Verdicts.Block, values: "v2").Add("lin", 2, 10, 2, Verdicts.Block, values: "v2")
         .Add("lin", 4, 10, 0, Verdicts.Block, values: "v3").Add("lin", 4, 10, 3, Verdicts.Redact, values: "v3");
        Assert.Equal(3, t.Report().ReasonOf("lin", IndicatorCodes.RetryAfterBlock)?.Count);
    }

    [Fact]
    public void The_same_full_width_habit_twice_is_not_a_new_disguise()
    {
        var t = new Timeline().Ordinary("lin").Add("lin", 3, 10, 0, Verdicts.Block, evasion: true, values: "v").Add("lin", 3, 10, 1, Verdicts.Block, evasion: true, values: "v");
        Assert.Null(t.Report().ReasonOf("lin", IndicatorCodes.RetryAfterBlock));
    }

    [Fact]
    public void A_retry_across_a_key_rotation_cannot_be_linked_and_the_report_says_so()
    {
        // Same value, but the key changed between the block and the retry: the fingerprints differ, nothing links them.
        var t = new Timeline().Ordinary("lin")
            .Add("lin", 3, 10, 0, Verdicts.Block, keyPeriod: "K0", values: "A123456789")
            .Add("lin", 3, 10, 4, Verdicts.Block, evasion: true, keyPeriod: "K1", values: "A123456789");
        var report = t.Report();
        Assert.Null(report.ReasonOf("lin", IndicatorCodes.RetryAfterBlock));
        var rotation = Assert.Single(report.Rotations);
        Assert.Equal(("K0", "K1", 1), (rotation.Before, rotation.After, rotation.UnlinkedBlocks));
        Assert.Equal(["K0", "K1"], report.KeyPeriods);
    }
}

public sealed class EvasionTests
{
    [Fact]
    public void Four_disguised_values_flag_a_person()
    {
        var t = new Timeline().Ordinary("chen");
        for (int i = 0; i < 4; i++) t.Add("chen", i, 11, 0, Verdicts.Block, evasion: true, values: "v" + i);
        var reason = t.Report().ReasonOf("chen", IndicatorCodes.Evasion);
        Assert.Equal(4, reason?.Count);
        Assert.Equal(4, reason?.Rows.Count);
    }

    [Fact]
    public void The_same_disguised_value_resent_counts_once()
    {
        var t = new Timeline().Ordinary("chen");
        for (int i = 0; i < 5; i++) t.Add("chen", i, 11, 0, Verdicts.Block, evasion: true, values: "same");
        Assert.Null(t.Report().ReasonOf("chen", IndicatorCodes.Evasion));
    }
}

public sealed class SharedFingerprintTests
{
    [Fact]
    public void Three_officers_sending_one_value_are_all_flagged_and_the_spread_lists_them()
    {
        var t = new Timeline().Ordinary("a").Ordinary("b", unit: "大安分局").Ordinary("c", unit: "信義分局").Ordinary("d");
        t.Add("a", 1, 10, 0, Verdicts.Block, values: "spouse").Add("b", 2, 14, 0, Verdicts.Redact, values: "spouse").Add("c", 5, 9, 0, Verdicts.Block, values: "spouse");
        var report = t.Report();
        foreach (var user in new[] { "a", "b", "c" }) Assert.Equal(3, report.ReasonOf(user, IndicatorCodes.SharedFingerprint)?.Detail);
        Assert.Null(report.Person("d"));
        var spread = Assert.Single(report.Fingerprints);
        Assert.Equal(["a", "b", "c"], spread.People);
        Assert.Equal(FingerprintSpread.ShortLength, spread.Fingerprint.Length);
    }

    [Fact]
    public void Two_officers_are_listed_in_the_spread_but_not_flagged()
    {
        var t = new Timeline().Ordinary("a").Ordinary("b");
        t.Add("a", 1, 10, 0, Verdicts.Block, values: "x").Add("b", 2, 14, 0, Verdicts.Block, values: "x");
        var report = t.Report();
        Assert.Empty(report.People);
        Assert.Single(report.Fingerprints);
    }

    [Fact]
    public void Fingerprints_of_different_key_periods_are_never_linked()
    {
        // The store gives the same fingerprint text in two periods only by chance of the test; periods still separate them.
        var t = new Timeline().Ordinary("a").Ordinary("b").Ordinary("c");
        t.Events.ToString();
        t.Add("a", 1, 10, 0, Verdicts.Block, keyPeriod: "K0", values: "x").Add("b", 2, 10, 0, Verdicts.Block, keyPeriod: "K0", values: "x")
         .Add("c", 9, 10, 0, Verdicts.Block, keyPeriod: "K1", values: "x");
        var report = t.Report();
        Assert.Empty(report.People);
        Assert.Equal(["a", "b"], Assert.Single(report.Fingerprints).People);
    }
}

public sealed class HarvestingTests
{
    [Fact]
    public void Many_distinct_values_far_above_the_unit_are_flagged_with_the_unit_median()
    {
        var t = new Timeline();
        for (int i = 0; i < 8; i++) t.Ordinary("peer" + i).Add("peer" + i, 2, 10, 0, Verdicts.Block, values: "p" + i);
        t.Ordinary("harvester");
        for (int i = 0; i < 30; i++) t.Add("harvester", i % 10, 10, i, Verdicts.Redact, values: "h" + i);
        var reason = t.Report().ReasonOf("harvester", IndicatorCodes.HarvestingDistinct);
        Assert.Equal(30, reason?.Count);
        Assert.Equal(1, reason?.Detail);
        Assert.True(reason?.Score >= 5);
    }

    [Fact]
    public void A_unit_where_everyone_handles_many_values_raises_no_flag()
    {
        var t = new Timeline();
        for (int p = 0; p < 6; p++)
        {
            t.Ordinary("clerk" + p, unit: "戶口組");
            for (int i = 0; i < 30 + p; i++) t.Add("clerk" + p, i % 10, 10, i, Verdicts.Redact, values: $"c{p}-{i}");
        }
        Assert.Null(t.Report().ReasonOf("clerk5", IndicatorCodes.HarvestingDistinct));
    }

    [Fact]
    public void A_day_of_redactions_far_above_own_and_unit_baseline_is_flagged()
    {
        var t = new Timeline();
        for (int i = 0; i < 6; i++) t.Ordinary("peer" + i);
        t.Ordinary("bulk");
        for (int i = 0; i < 25; i++) t.Add("bulk", 4, 13, i, Verdicts.Redact, values: "b" + (i % 5));
        var reason = t.Report().ReasonOf("bulk", IndicatorCodes.HarvestingVolume);
        Assert.Equal(25, reason?.Count);
        Assert.Equal([DateOnly.FromDateTime(Timeline.Monday.AddDays(4).DateTime)], reason?.Days);
        Assert.Equal(25, reason?.Rows.Count);
        Assert.Null(t.Report().ReasonOf("bulk", IndicatorCodes.HarvestingDistinct));
    }
}

public sealed class OffHoursAndSpikeTests
{
    [Fact]
    public void Nights_outside_duty_hours_are_flagged_but_one_late_evening_is_not()
    {
        var t = new Timeline().Ordinary("owl").Ordinary("late");
        for (int n = 0; n < 3; n++)
            for (int i = 0; i < 4; i++) t.Add("owl", n, 2, i * 5);
        for (int i = 0; i < 9; i++) t.Add("late", 2, 22, i * 5);
        var report = t.Report();
        Assert.Equal((12, 3), (report.ReasonOf("owl", IndicatorCodes.OffHours)?.Count, (int?)report.ReasonOf("owl", IndicatorCodes.OffHours)?.Detail));
        Assert.Null(report.ReasonOf("late", IndicatorCodes.OffHours));
    }

    [Fact]
    public void A_shift_unit_with_configured_night_hours_is_on_duty_at_night()
    {
        var t = new Timeline().Ordinary("night", unit: "勤務指揮中心");
        for (int n = 0; n < 3; n++)
            for (int i = 0; i < 4; i++) t.Add("night", n, 2, i * 5);
        t.Options.UnitDutyHours["勤務指揮中心"] = "00-24";
        Assert.Null(t.Report().ReasonOf("night", IndicatorCodes.OffHours));
    }

    [Fact]
    public void A_day_far_above_the_personal_baseline_is_a_spike()
    {
        var t = new Timeline().Ordinary("busy", perDay: 12);
        for (int i = 0; i < 90; i++) t.Add("busy", 11, 9 + i / 12, i % 60);
        var reason = t.Report().ReasonOf("busy", IndicatorCodes.VolumeSpike);
        Assert.Equal(90, reason?.Count);
        Assert.Equal(12, reason?.Detail);
    }

    [Fact]
    public void A_steadily_busy_person_has_no_spike()
    {
        var t = new Timeline().Ordinary("steady", perDay: 80);
        Assert.Null(t.Report().ReasonOf("steady", IndicatorCodes.VolumeSpike));
    }
}

public sealed class RankingAndOptionsTests
{
    [Fact]
    public void People_are_ranked_by_the_sum_of_their_points_and_the_unit_filter_applies()
    {
        var t = new Timeline().Ordinary("a", unit: "甲").Ordinary("b", unit: "乙");
        for (int i = 0; i < 4; i++) t.Add("a", i, 11, 0, Verdicts.Block, evasion: true, values: "a" + i);
        for (int i = 0; i < 4; i++) t.Add("b", i, 11, 0, Verdicts.Block, evasion: true, values: "b" + i);
        t.Add("b", 5, 10, 0, Verdicts.Block, values: "r").Add("b", 5, 10, 2, Verdicts.Block, evasion: true, values: "r");
        var report = t.Report();
        Assert.Equal(["b", "a"], report.People.Select(p => p.User));
        Assert.Equal(report.People[0].Reasons.Sum(r => r.Points), report.People[0].Score);
        Assert.Equal(["a"], t.Report(unit: "甲").People.Select(p => p.User));
    }

    [Fact]
    public void Invalid_thresholds_are_reported_by_name()
    {
        var options = new InsightsOptions { DutyHours = "7am-10pm", MinEvasions = 0, UtcOffset = TimeSpan.FromMinutes(330) };
        options.Weights["nonsense"] = 3;
        var errors = options.Errors();
        Assert.Contains(errors, e => e.Contains("DutyHours", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("MinEvasions", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("whole hours", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("nonsense", StringComparison.Ordinal));
        Assert.Empty(new InsightsOptions().Errors());
    }

    [Fact]
    public void Robust_baseline_ignores_the_outlier_it_is_meant_to_find()
    {
        var baseline = RobustBaseline.Of([10, 11, 9, 10, 12, 10, 500], 1);
        Assert.Equal(10, baseline.Median);
        Assert.True(baseline.Z(500) > 100);
    }
}

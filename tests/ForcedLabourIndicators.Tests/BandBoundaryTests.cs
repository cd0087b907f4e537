namespace ForcedLabourIndicators.Tests;

/// <summary>
/// The band at the exact edges of its settings, by the single-case path and by bulk scoring alike: a score equal to the
/// refer score refers, a hair below does not; a coverage equal to the minimum is enough for "no indicators found", a hair
/// above the coverage is not; and the score, coverage and contributions are the documented fractions.
/// </summary>
public class BandBoundaryTests
{
    private static (Band Single, Band Bulk) BandsOf(WorkerCase c, Methodology m)
    {
        var assessor = CaseAssessor.Create(m);
        var results = new CaseScore[1];
        Assert.Empty(assessor.Bulk.Assess([c], results));
        return (assessor.Assess(c).Band, results[0].Band);
    }

    private static Methodology With(Action<MethodologyBuilder> change)
    {
        var b = Methodology.Default.ToBuilder();
        change(b);
        return b.Build();
    }

    [Fact]
    public void Band_ScoreExactlyAtTheReferScore_Refers_JustBelowDoesNot()
    {
        // ILO07 alone: 2 of 18. Nothing else present, no penalty item beyond it, age unknown: not met.
        var c = CaseBuilder.AllNo().Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest);
        var score = c.Assess().Score;
        Assert.Equal(100.0 * 2 / 18, score);

        Assert.Equal((Band.Refer, Band.Refer), BandsOf(c, With(b => b.ReferScore = score)));
        Assert.Equal((Band.FollowUp, Band.FollowUp), BandsOf(c, With(b => b.ReferScore = Math.BitIncrement(score))));
    }

    [Fact]
    public void Band_ScoreWithAnIndicatorBeyondTheCompactTable_IsComparedWithTheReferScoreToo()
    {
        // Thirteen rules: the thirteenth is scored outside the 12-rule lookup table.
        var extra = Enumerable.Range(0, 2).Select(i => new OneFactRule($"EXT-{i}", Facts.Leaving.KeptBeyondAgreedTerm)).ToArray();
        var c = CaseBuilder.AllNo().Yes(Facts.Leaving.KeptBeyondAgreedTerm);
        var score = CaseAssessor.Create(null, extra).Assess(c).Score;
        Assert.Equal(100.0 * 2 / 20, score, 12);

        foreach (var (referScore, expected) in new[] { (score, Band.Refer), (Math.BitIncrement(score), Band.FollowUp) })
        {
            var assessor = CaseAssessor.Create(With(b => b.ReferScore = referScore), extra);
            var results = new CaseScore[1];
            assessor.Bulk.Assess([c], results);

            Assert.Equal(expected, assessor.Assess(c).Band);
            Assert.Equal(expected, results[0].Band);
            Assert.Equal(score, results[0].Score);
        }
    }

    [Fact]
    public void Band_CoverageExactlyAtTheMinimum_IsNoIndicatorsFound_JustAboveIsInsufficientInformation()
    {
        // Half of the first twenty facts answered no, nothing present.
        var c = Facts.All.Where(f => !f.IsDerived).Take(20).Aggregate(CaseBuilder.Unknown(), (acc, f) => f.SetOn(acc, Answer.No));
        var coverage = c.Assess().Coverage;
        Assert.InRange(coverage, 0.1, 0.9);

        Assert.Equal((Band.NoIndicatorsFound, Band.NoIndicatorsFound), BandsOf(c, With(b => b.MinimumCoverage = coverage)));
        Assert.Equal((Band.InsufficientInformation, Band.InsufficientInformation), BandsOf(c, With(b => b.MinimumCoverage = Math.BitIncrement(coverage))));
        Assert.Equal((Band.NoIndicatorsFound, Band.NoIndicatorsFound), BandsOf(c, With(b => b.MinimumCoverage = 0)));
        Assert.Equal((Band.InsufficientInformation, Band.InsufficientInformation), BandsOf(c, With(b => b.MinimumCoverage = 1)));
    }

    [Fact]
    public void Band_NothingAnswered_WithAZeroMinimumCoverage_IsNoIndicatorsFound()
    {
        var c = CaseBuilder.Unknown();

        Assert.Equal(0, c.Assess().Coverage);
        Assert.Equal((Band.NoIndicatorsFound, Band.NoIndicatorsFound), BandsOf(c, With(b => b.MinimumCoverage = 0)));
        Assert.Equal((Band.InsufficientInformation, Band.InsufficientInformation), BandsOf(c, Methodology.Default));
    }

    [Fact]
    public void Band_AnElementOfTheDefinitionPresent_WithNoIndicator_IsFollowUp()
    {
        // leaving.cannotResign is an involuntariness item that no indicator reads.
        var c = CaseBuilder.AllNo().Yes(Facts.Leaving.CannotResign);
        var a = c.Assess();

        Assert.DoesNotContain(a.Findings, f => f.Status == FindingStatus.Present);
        Assert.Equal(FindingStatus.Present, a.Determination.Involuntariness.Status);
        Assert.Equal((Band.FollowUp, Band.FollowUp), BandsOf(c, Methodology.Default));
    }

    [Fact]
    public void Band_AChildRuleFactAlone_IsFollowUpForAnAdult()
    {
        var c = CaseBuilder.AllNo().Yes(Facts.Child.ParentsInForcedLabour) with { AgeAtTime = 30 };
        var a = c.Assess();

        Assert.NotEqual(DefinitionStatus.Meets, a.Determination.Status);
        Assert.DoesNotContain(a.Findings, f => f.Status == FindingStatus.Present);
        Assert.Equal([Facts.Child.ParentsInForcedLabour], a.Determination.ChildRuleFacts);
        Assert.Equal((Band.FollowUp, Band.FollowUp), BandsOf(c, Methodology.Default));
    }

    [Fact]
    public void Score_AndContributions_AreWeightShares_OfTheTotalWeight()
    {
        // ILO05 (3), ILO07 (2) and ILO04 (1) present: 6 of 18.
        var a = CaseBuilder.AllNo().Yes(Facts.Threats.PhysicalViolence, Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest, Facts.Movement.IsolatedLocation).Assess();

        Assert.Equal(100.0 * 6 / 18, a.Score, 12);
        Assert.Equal(100.0 * 3 / 18, a[IndicatorCodes.PhysicalAndSexualViolence].Contribution, 12);
        Assert.Equal(100.0 * 2 / 18, a[IndicatorCodes.RetentionOfIdentityDocuments].Contribution, 12);
        Assert.Equal(100.0 * 1 / 18, a[IndicatorCodes.Isolation].Contribution, 12);
        Assert.Equal(0, a[IndicatorCodes.Deception].Contribution);
        Assert.Equal(3, a[IndicatorCodes.PhysicalAndSexualViolence].Weight);
        Assert.Equal(a.Score, a.Findings.Sum(f => f.Contribution), 12);
    }

    [Fact]
    public void Coverage_IsTheShareOfTheFactsTheRulesRead_ThatAreAnswered()
    {
        var read = CaseAssessor.Default.Rules.SelectMany(r => r.Facts).Distinct().ToArray();
        var answered = read.Where(f => !f.IsDerived).Take(7).ToArray();
        var c = answered.Aggregate(CaseBuilder.Unknown(), (acc, f) => f.SetOn(acc, Answer.No)).No(Facts.Leaving.CannotResign);

        Assert.Equal(7.0 / read.Length, c.Assess().Coverage, 12);
    }
}

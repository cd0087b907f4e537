using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators.Tests.Statistics;

/// <summary>The prevalence estimator against published and independently computed figures.</summary>
public class PrevalenceEstimatorTests
{
    private static readonly string[] NoRules = [];

    // Newcombe R.G., Two-sided confidence intervals for the single proportion, Statistics in Medicine 1998;17:857-872,
    // Table I: the Wilson score interval (method 3) and the Clopper-Pearson interval (method 5) for four examples.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662, 0.2527, 0.3676)]
    [InlineData(15, 148, 0.0624, 0.1605, 0.0578, 0.1617)]
    [InlineData(0, 20, 0.0000, 0.1611, 0.0000, 0.1684)]
    [InlineData(1, 29, 0.0061, 0.1718, 0.0009, 0.1776)]
    public void Estimate_UnweightedCounts_ReproducesNewcombesPublishedIntervals(int positives, int n, double wl, double wu, double cl, double cu)
    {
        var records = Enumerable.Range(0, n)
            .Select(i => new SurveyRecord(1, i < positives ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0))
            .ToArray();

        var e = PrevalenceEstimator.Estimate(records, NoRules).Estimates[0];

        Assert.Equal((double)positives / n, e.Estimate, 12);
        Assert.Equal(n, e.KishEffectiveSize, 9);
        Assert.Equal(wl, e.Wilson.Lower, 4);
        Assert.Equal(wu, e.Wilson.Upper, 4);
        Assert.Equal(cl, e.ClopperPearson.Lower, 4);
        Assert.Equal(cu, e.ClopperPearson.Upper, 4);
    }

    // A published survey-weighted proportion: IPUMS PMA and Biostat Global Consulting, "Family Planning Panel Data Now
    // Available from IPUMS PMA" (Stata version, 2022), Burkina Faso panel, svy: proportion cp_both with strata, clusters
    // and panel weights: 5,207 respondents, p = .1877959, linearised SE = .012815, DEFF 5.6052, "an effective sample size of
    // about 929", 95% logit interval .1637916 to .2144161 on 165 design degrees of freedom; and the same data as a simple
    // random sample: 978 of 5,207, logit interval .1774417 to .1986672 on 5,206 degrees of freedom.
    // The publication prints logit intervals, not Wilson ones. Kott and Liu (Survey Methodology 43(2), 2017) show the
    // Wilson interval on the effective sample size is asymptotically the logit interval, so at n = 929 the two must agree
    // to a few units in the fourth decimal; a Wilson interval on the nominal 5,207 (ignoring the design) would not.
    [Fact]
    public void Wilson_OnThePublishedEffectiveSize_AgreesWithThePublishedWeightedInterval()
    {
        const double p = 0.1877959, se = 0.012815, n = 5207;
        double effective = p * (1 - p) / (se * se);
        Assert.Equal(929, effective, 0);                                  // "about 929"
        Assert.Equal(5.6052, (n - 1) / effective, 4);                    // the printed DEFF (Stata divides n - 1)

        var (lower, upper) = ProportionIntervals.Wilson(p, effective);

        Assert.Equal(0.1637916, lower, 3e-4);
        Assert.Equal(0.2144161, upper, 3e-4);
        var (naiveLower, naiveUpper) = ProportionIntervals.Wilson(p, n);
        Assert.True(upper - lower > 2 * (naiveUpper - naiveLower), "a design effect of 5.6 must widen the interval about 2.4-fold over the nominal sample's");
    }

    [Fact]
    public void Estimate_TheSamePublishedDataAsASimpleRandomSample_MatchesItsPublishedInterval()
    {
        var records = Enumerable.Range(0, 5207)
            .Select(i => new SurveyRecord(1, i < 978 ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0))
            .ToArray();

        var e = PrevalenceEstimator.Estimate(records, NoRules).Estimates[0];

        Assert.Equal(0.1878241, e.Estimate, 7);
        Assert.Equal(0.1774417, e.Wilson.Lower, 2e-5);
        Assert.Equal(0.1986672, e.Wilson.Upper, 2e-5);
    }

    [Fact]
    public void Estimate_Weighted_UsesKishEffectiveSize_ComputedByHand()
    {
        // Weights 1, 1, 2, 4; positives the first and the last: p = 5/8; Kish n = 8² / (1 + 1 + 4 + 16) = 64/22.
        // Wilson on p = 0.625, n = 2.90909...: computed independently (Python, the closed form) as 0.181802 to 0.925933.
        SurveyRecord R(double w, bool meets) => new(w, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0);

        var e = PrevalenceEstimator.Estimate([R(1, true), R(1, false), R(2, false), R(4, true)], NoRules).Estimates[0];

        Assert.Equal(0.625, e.Estimate, 12);
        Assert.Equal(64.0 / 22, e.KishEffectiveSize, 12);
        Assert.Equal(e.KishEffectiveSize, e.EffectiveSize);
        Assert.Equal(0.181802, e.Wilson.Lower, 6);
        Assert.Equal(0.925933, e.Wilson.Upper, 6);
    }

    [Fact]
    public void Estimate_WithStrataAndClusters_UsesTheDesignEffectiveSize()
    {
        // Two strata, five clusters; the linearised variance computed independently (Python, and R's survey package:
        // svymean over svydesign(ids=~c, strata=~s, weights=~w) gives 0.0367461239), so the design effective size is
        // p(1-p)/var = 6.747212 (Kish's would be 5.761905). Clopper-Pearson on it, from R's qbeta: 0.161458 to 0.891539.
        // (R's svyciprop(method = "beta") also applies a degrees-of-freedom correction, which this estimator does not.)
        SurveyRecord R(string s, string c, double w, bool meets) =>
            new(w, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, Stratum: s, Cluster: c);

        var e = PrevalenceEstimator.Estimate(
            [R("A", "a1", 1, true), R("A", "a1", 1, false), R("A", "a2", 2, true), R("B", "b1", 1, false), R("B", "b2", 3, false), R("B", "b2", 1, true), R("B", "b3", 2, true)],
            NoRules).Estimates[0];

        Assert.Equal(6.0 / 11, e.Estimate, 12);
        Assert.Equal(5.761905, e.KishEffectiveSize, 6);
        Assert.Equal(6.747212, e.EffectiveSize, 6);
        Assert.Equal(0.228598, e.Wilson.Lower, 6);
        Assert.Equal(0.829330, e.Wilson.Upper, 6);
        Assert.Equal(0.161458, e.ClopperPearson.Lower, 6);
        Assert.Equal(0.891539, e.ClopperPearson.Upper, 6);
    }

    [Theory]
    [InlineData(UndeterminedTreatment.Exclude, 0.5)]
    [InlineData(UndeterminedTreatment.AsNegative, 0.25)]
    [InlineData(UndeterminedTreatment.AsPositive, 0.75)]
    public void Estimate_Undetermined_IsReportedApart_AndBoundsTreatItBothWays(UndeterminedTreatment treatment, double expected)
    {
        SurveyRecord[] records =
        [
            new(1, DefinitionStatus.Meets, 0, 0),
            new(1, DefinitionStatus.DoesNotMeet, 0, 0),
            new(2, DefinitionStatus.Undetermined, 0, 0),
        ];

        var e = PrevalenceEstimator.Estimate(records, NoRules, new PrevalenceOptions { Undetermined = treatment }).Estimates[0];

        Assert.Equal(expected, e.Estimate, 12);
        Assert.Equal(0.5, e.UndeterminedShare, 12);
        Assert.Equal(0.25, e.LowerBound, 12);
        Assert.Equal(0.75, e.UpperBound, 12);
    }

    [Fact]
    public void Estimate_FromAssessments_GivesEachIndicatorAndEachGroup()
    {
        var assessor = CaseAssessor.Default;
        var records = ExampleCases.All.Select((c, i) => SurveyRecord.From(assessor.Assess(c), weight: 1 + i, group: i % 2 == 0 ? "even" : "odd")).ToArray();

        var table = PrevalenceEstimator.Estimate(records, assessor.Rules.Select(r => r.Code).ToArray());

        Assert.Equal(3 * 12, table.Estimates.Count);
        Assert.Equal([null, "even", "odd"], table.Estimates.Select(e => e.Group).Distinct());
        var ilo07 = table.Estimates.Single(e => e.Group is null && e.Measure == "ILO07");
        // Present only in the labour-export case (weight 1); not present in the decent job (weight 2); unknown elsewhere.
        Assert.Equal(1.0 / 3, ilo07.Estimate, 12);
        Assert.Equal(12.0 / 15, ilo07.UndeterminedShare, 12);
        Assert.All(table.Estimates.Where(e => !double.IsNaN(e.Estimate)), e =>
        {
            Assert.InRange(e.LowerBound, 0, e.UpperBound);
            Assert.InRange(e.Wilson.Lower, 0, 1);
            Assert.InRange(e.Wilson.Upper, e.Wilson.Lower, 1);
        });
    }

    [Fact]
    public void Estimate_ConvenienceData_IsFlaggedAsNotASample()
    {
        var table = PrevalenceEstimator.Estimate([new SurveyRecord(1, DefinitionStatus.Meets, 0, 0)], NoRules, new PrevalenceOptions { IsProbabilitySample = false });

        Assert.StartsWith("Not a sample", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_StratumWithOneCluster_IsRefusedWithAClearMessage()
    {
        SurveyRecord R(string s, string c) => new(1, DefinitionStatus.Meets, 0, 0, Stratum: s, Cluster: c);

        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([R("A", "a1"), R("A", "a2"), R("B", "b1"), R("B", "b1")], NoRules));

        Assert.Contains("'B'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_NearZeroDesignVariance_NeverClaimsMoreThanTheRecords()
    {
        // Balanced clusters make the linearised variance almost 0; the effective size is capped at the records used.
        SurveyRecord R(string c, double w, bool meets) => new(w, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, Stratum: c[..1], Cluster: c);
        SurveyRecord[] records = [R("a1", 1, true), R("a1", 1, false), R("a2", 1, true), R("a2", 1.001, false), R("b1", 1, true), R("b1", 1, false), R("b2", 1, true), R("b2", 1, false)];

        var e = PrevalenceEstimator.Estimate(records, NoRules).Estimates[0];

        Assert.True(e.EffectiveSize <= records.Length, $"effective size {e.EffectiveSize}");
        Assert.True(e.Wilson.Upper - e.Wilson.Lower > 0.4);
    }

    [Fact]
    public void Estimate_Group_IsADomainOfTheWholeDesign()
    {
        SurveyRecord R(string c, bool meets, string group) => new(1, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, group, "s", c);
        SurveyRecord[] records = [R("c1", true, "f"), R("c1", false, "m"), R("c2", false, "f"), R("c2", true, "m"), R("c3", true, "f"), R("c3", false, "m")];

        var f = PrevalenceEstimator.Estimate(records, NoRules).Estimates.Single(e => e.Group == "f");

        Assert.Equal(3, f.Records);
        Assert.Equal(2.0 / 3, f.Estimate, 12);
        Assert.True(f.EffectiveSize <= 3);
    }

    [Fact]
    public void Estimate_BadArguments_AreRefused()
    {
        SurveyRecord[] one = [new(1, DefinitionStatus.Meets, 0, 0)];

        Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate(one, Enumerable.Range(0, 33).Select(i => $"R{i}").ToArray()));
        Assert.Throws<ArgumentOutOfRangeException>(() => PrevalenceEstimator.Estimate(one, NoRules, new PrevalenceOptions { Confidence = 7 }));
    }

    [Fact]
    public void Estimate_BadWeight_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([new SurveyRecord(0, DefinitionStatus.Meets, 0, 0)], NoRules));
}

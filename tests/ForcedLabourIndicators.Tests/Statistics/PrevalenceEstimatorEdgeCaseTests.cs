using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators.Tests.Statistics;

/// <summary>
/// The prevalence estimator at its edges: the arguments it refuses and how it says why, the limits it accepts, which bit
/// is which measure, the records behind each estimate, the order of the groups, and the design settings.
/// </summary>
public class PrevalenceEstimatorEdgeCaseTests
{
    private static readonly string[] NoRules = [];

    private static SurveyRecord Meets(double weight = 1) => new(weight, DefinitionStatus.Meets, 0, 0);

    private static SurveyRecord DoesNotMeet(double weight = 1) => new(weight, DefinitionStatus.DoesNotMeet, 0, 0);

    [Fact]
    public void Estimate_NoRecords_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([], NoRules));

        Assert.Equal("records", ex.ParamName);
        Assert.StartsWith("At least one record is needed.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_NullArguments_AreRefused()
    {
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => PrevalenceEstimator.Estimate(null!, NoRules)).ParamName);
        Assert.Equal("ruleCodes", Assert.Throws<ArgumentNullException>(() => PrevalenceEstimator.Estimate([Meets()], null!)).ParamName);
    }

    [Fact]
    public void Estimate_ThirtyTwoRules_AreAccepted_ThirtyThreeRefused()
    {
        var codes = Enumerable.Range(0, 33).Select(i => $"R{i}").ToArray();

        var table = PrevalenceEstimator.Estimate([new SurveyRecord(1, DefinitionStatus.Meets, 1u << 31, 0)], codes[..32]);
        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([Meets()], codes));

        Assert.Equal(33, table.Estimates.Count);
        Assert.Equal(1, table.Estimates.Single(e => e.Measure == "R31").Estimate);
        Assert.Equal(0, table.Estimates.Single(e => e.Measure == "R30").Estimate);
        Assert.Equal("ruleCodes", ex.ParamName);
        Assert.StartsWith("At most 32 rules can be estimated", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Estimate_ConfidenceNotStrictlyBetweenZeroAndOne_IsRefused(double confidence)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PrevalenceEstimator.Estimate([Meets()], NoRules, new PrevalenceOptions { Confidence = confidence }));

        Assert.Equal("options", ex.ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Estimate_BadWeight_IsRefusedNamingTheRecord(double weight)
    {
        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([Meets(), DoesNotMeet(weight)], NoRules));

        Assert.Equal("records", ex.ParamName);
        Assert.StartsWith("Record 1 has no finite weight above 0.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_NullRecord_IsRefusedNamingTheRecord()
    {
        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([Meets(), null!], NoRules));

        Assert.StartsWith("Record 1 ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_TinyPositiveWeight_IsAccepted()
    {
        var e = PrevalenceEstimator.Estimate([Meets(1e-9), DoesNotMeet(1e-9)], NoRules).Estimates[0];

        Assert.Equal(0.5, e.Estimate, 12);
        Assert.Equal(2, e.KishEffectiveSize, 9);
    }

    [Fact]
    public void Estimate_ProbabilitySample_SaysTheFiguresAreWeightedEstimates()
    {
        var table = PrevalenceEstimator.Estimate([Meets()], NoRules);

        Assert.Equal("Weighted estimates for the surveyed population; intervals use the effective sample size.", table.Note);
        Assert.True(table.Options.IsProbabilitySample);
    }

    [Fact]
    public void Estimate_EachRuleCode_ReadsItsOwnBit_AndUndeterminedIsNotNegative()
    {
        // Rule B (bit 1) present on the first record, undetermined on the second; rule A (bit 0) present on the second.
        SurveyRecord[] records = [new(1, DefinitionStatus.Meets, 0b10, 0b00), new(1, DefinitionStatus.Meets, 0b01, 0b10), new(1, DefinitionStatus.Meets, 0, 0)];

        var table = PrevalenceEstimator.Estimate(records, ["A", "B"]);
        var a = table.Estimates.Single(e => e.Measure == "A");
        var b = table.Estimates.Single(e => e.Measure == "B");

        Assert.Equal(["forcedLabour", "A", "B"], table.Estimates.Select(e => e.Measure));
        Assert.Equal(1.0 / 3, a.Estimate, 12);
        Assert.Equal(0, a.UndeterminedShare);
        Assert.Equal(0.5, b.Estimate, 12);
        Assert.Equal(1.0 / 3, b.UndeterminedShare, 12);
        Assert.Equal(1.0 / 3, b.LowerBound, 12);
        Assert.Equal(2.0 / 3, b.UpperBound, 12);
        Assert.Equal(3, b.Records);
        Assert.Equal(2, b.KishEffectiveSize, 12);
    }

    [Fact]
    public void Estimate_OutsideTheDefinition_CountsAsNotForcedLabour()
    {
        var e = PrevalenceEstimator.Estimate([Meets(), new SurveyRecord(1, DefinitionStatus.OutsideDefinition, 0, 0)], NoRules).Estimates[0];

        Assert.Equal(0.5, e.Estimate, 12);
        Assert.Equal(0, e.UndeterminedShare);
    }

    [Theory]
    [InlineData(UndeterminedTreatment.Exclude)]
    [InlineData(UndeterminedTreatment.AsNegative)]
    [InlineData(UndeterminedTreatment.AsPositive)]
    public void Estimate_EveryRecordUndetermined_GivesNoEstimateOnlyWhenExcluded(UndeterminedTreatment treatment)
    {
        SurveyRecord[] records = [new(1, DefinitionStatus.Undetermined, 0, 0), new(3, DefinitionStatus.Undetermined, 0, 0)];

        var e = PrevalenceEstimator.Estimate(records, NoRules, new PrevalenceOptions { Undetermined = treatment }).Estimates[0];

        Assert.Equal(1, e.UndeterminedShare);
        Assert.Equal(0, e.LowerBound);
        Assert.Equal(1, e.UpperBound);
        Assert.Equal(2, e.Records);
        if (treatment == UndeterminedTreatment.Exclude)
        {
            Assert.True(double.IsNaN(e.Estimate));
            Assert.Equal(0, e.KishEffectiveSize);
            Assert.Equal(0, e.EffectiveSize);
            Assert.Equal((0, 1), e.Wilson);
            Assert.Equal((0, 1), e.ClopperPearson);
        }
        else
        {
            Assert.Equal(treatment == UndeterminedTreatment.AsPositive ? 1 : 0, e.Estimate);
            Assert.Equal(16.0 / 10, e.KishEffectiveSize, 12);
        }
    }

    [Fact]
    public void Estimate_Groups_FollowTheOverallFigures_InOrdinalOrder_AndEachCountsItsOwnRecords()
    {
        SurveyRecord G(string? group, bool meets) => new(1, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, group);

        var table = PrevalenceEstimator.Estimate([G("b", true), G("B", false), G("a", true), G(null, false), G("b", false)], NoRules);

        Assert.Equal([null, "B", "a", "b"], table.Estimates.Select(e => e.Group));
        Assert.Equal([5, 1, 1, 2], table.Estimates.Select(e => e.Records));
        Assert.Equal([0.4, 0, 1, 0.5], table.Estimates.Select(e => e.Estimate));
    }

    [Fact]
    public void Estimate_StrataWithoutClusters_TakeEachRecordAsItsOwnUnit()
    {
        SurveyRecord S(string stratum, bool meets) => new(1, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, Stratum: stratum);

        var e = PrevalenceEstimator.Estimate([S("A", true), S("A", false), S("B", true), S("B", true), S("B", false)], NoRules).Estimates[0];
        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([S("A", true), S("A", false), S("B", true)], NoRules));

        Assert.Equal(0.6, e.Estimate, 12);
        Assert.InRange(e.EffectiveSize, 0.1, 5);
        Assert.Equal("records", ex.ParamName);
        Assert.StartsWith("Stratum 'B' has a single sampling unit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_ClustersWithoutStrata_FormOneStratum_WhichNeedsTwoClusters()
    {
        SurveyRecord C(string cluster, bool meets) => new(1, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, Cluster: cluster);

        var ex = Assert.Throws<ArgumentException>(() => PrevalenceEstimator.Estimate([C("c1", true), C("c1", false)], NoRules));

        Assert.StartsWith("Stratum '' has a single sampling unit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_WithADesign_ButNoPositives_FallsBackToKishsSize()
    {
        SurveyRecord C(string cluster, double w) => new(w, DefinitionStatus.DoesNotMeet, 0, 0, Stratum: "s", Cluster: cluster);

        var e = PrevalenceEstimator.Estimate([C("c1", 1), C("c2", 2), C("c3", 1)], NoRules).Estimates[0];

        Assert.Equal(0, e.Estimate);
        Assert.Equal(16.0 / 6, e.KishEffectiveSize, 12);
        Assert.Equal(e.KishEffectiveSize, e.EffectiveSize);
    }

    [Fact]
    public void Estimate_WithADesign_ClustersThatDifferCompletely_UseTheDesignVariance()
    {
        // Two clusters in one stratum, all positives in c1 and all negatives in c2, equal weights: p = 1/2, the cluster
        // totals of z = w (y - p) / W are +1/4 and -1/4, so Var = 2/1 × (1/16 + 1/16) = 1/4 and n_eff = p(1-p)/Var = 1.
        SurveyRecord C(string cluster, bool meets) => new(1, meets ? DefinitionStatus.Meets : DefinitionStatus.DoesNotMeet, 0, 0, Stratum: "s", Cluster: cluster);

        var e = PrevalenceEstimator.Estimate([C("c1", true), C("c1", true), C("c2", false), C("c2", false)], NoRules).Estimates[0];

        Assert.Equal(0.5, e.Estimate, 12);
        Assert.Equal(4, e.KishEffectiveSize, 12);
        Assert.Equal(1, e.EffectiveSize, 12);
    }

    [Fact]
    public void SurveyRecord_FromAnAssessment_CarriesPresentAndUndeterminedRules()
    {
        var assessment = CaseBuilder.AllNo("r").Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest).Assess();

        var record = SurveyRecord.From(assessment, 2.5, "g", "s", "c");

        // ILO07 (index 6) present; ILO02, ILO08, ILO09 and ILO11 (indices 1, 7, 8, 10) wait on quantities.
        Assert.Equal(1u << 6, record.PresentMask);
        Assert.Equal((1u << 1) | (1u << 7) | (1u << 8) | (1u << 10), record.UndeterminedMask);
        Assert.Equal(new SurveyRecord(2.5, assessment.Determination.Status, 1u << 6, record.UndeterminedMask, "g", "s", "c"), record);
        Assert.Equal(1, SurveyRecord.From(assessment).Weight);
    }

    [Fact]
    public void SurveyRecord_FromABulkResult_OnlyWhenAssessed()
    {
        var c = CaseBuilder.AllNo("r").Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest);
        var results = new CaseScore[1];
        CaseAssessor.Default.Bulk.Assess([c], results);

        var fromBulk = SurveyRecord.From(results[0], 3, "g");
        var fromAssessment = SurveyRecord.From(c.Assess(), 3, "g");
        var ex = Assert.Throws<ArgumentException>(() => SurveyRecord.From(CaseScore.Rejected));

        Assert.Equal(fromAssessment, fromBulk);
        Assert.Equal("score", ex.ParamName);
        Assert.Throws<ArgumentException>(() => SurveyRecord.From(default(CaseScore)));
    }
}

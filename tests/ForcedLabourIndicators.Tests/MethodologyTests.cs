namespace ForcedLabourIndicators.Tests;

/// <summary>The methodology: documented defaults, validation at build time, content hash, overrides.</summary>
public class MethodologyTests
{
    [Fact]
    public void Default_HasTheDocumentedDefaults()
    {
        var m = Methodology.Default;

        Assert.Equal("ilo-fl-indicators", m.Id);
        Assert.Equal("1.0.0", m.Version);
        Assert.Equal(48, m.WeeklyHoursLimit);
        Assert.Equal(1, m.MinimumRestDaysPerWeek);
        Assert.Equal(0.25, m.SystematicWithholdingShare);
        Assert.Equal(0.2, m.PayShortfallShare);
        Assert.Equal(12, m.DebtRepaymentMonthsLimit);
        Assert.Equal(StrengthPolicy.AtLeastOneStrong, m.StrengthPolicy);
        Assert.Equal(18, m.ChildAgeLimit);
        Assert.Equal(ChildPolicy.CoercionSuffices, m.ChildPolicy);
        Assert.Equal(40, m.ReferScore);
        Assert.Equal(["ILO05"], m.ReferringIndicators);
        Assert.Equal(0.5, m.MinimumCoverage);
        Assert.Matches("^[0-9a-f]{64}$", m.ContentHash);
    }

    [Fact]
    public void ContentHash_OfTheDefault_IsPinned()
    {
        // Any change to a default, a threshold, an indicator's clauses or weight, a survey item or the fact catalogue
        // changes how cases are scored, and so this hash: update it together with Methodology.DefaultVersion.
        // The pair is pinned together: a new hash with the old version would stamp different results with the same version.
        Assert.Equal(("1.0.0", "e06394d1e0783a3cf9e57e5917fafba564de60d3fedcc15ae8d6987a3462fbb0"),
            (Methodology.Default.Version, Methodology.Default.ContentHash));
        Assert.Equal(Methodology.Default.ContentHash, CaseAssessor.Default.Stamp.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", CaseAssessor.Default.Stamp.RulesHash);
    }

    [Fact]
    public void RulesHash_ChangesWithAddedRulesAndWeights()
    {
        var withRule = CaseAssessor.Create(null, [new ScoringPropertyTests.NightWorkRule()]);
        var b = Methodology.Default.ToBuilder();
        b.Weights[IndicatorCodes.Deception] = 3;

        Assert.NotEqual(CaseAssessor.Default.Stamp.RulesHash, withRule.Stamp.RulesHash);
        Assert.NotEqual(CaseAssessor.Default.Stamp.RulesHash, CaseAssessor.Create(b.Build()).Stamp.RulesHash);
        Assert.Equal(CaseAssessor.Default.Stamp.RulesHash, CaseAssessor.Create().Stamp.RulesHash);
    }

    [Fact]
    public void ContentHash_IsStable_AndChangesWithAnySetting()
    {
        var same = Methodology.Default.ToBuilder().Build();
        var b = Methodology.Default.ToBuilder();
        b.WeeklyHoursLimit = 44;
        var changed = b.Build();
        var w = Methodology.Default.ToBuilder();
        w.Weights[IndicatorCodes.Deception] = 1.5;

        Assert.Equal(Methodology.Default.ContentHash, same.ContentHash);
        Assert.NotEqual(Methodology.Default.ContentHash, changed.ContentHash);
        Assert.NotEqual(Methodology.Default.ContentHash, w.Build().ContentHash);
    }

    [Fact]
    public void Build_InvalidSettings_FailsNamingEachSetting()
    {
        var b = new MethodologyBuilder { WeeklyHoursLimit = 0, SystematicWithholdingShare = 1.5, Id = "" };
        b.Weights[IndicatorCodes.Deception] = -1;

        var ex = Assert.Throws<MethodologyValidationException>(b.Build);

        Assert.Equal(["Id", "SystematicWithholdingShare", "WeeklyHoursLimit", "Weights[0]"], ex.Errors.Select(e => e.Setting).Order());
        Assert.Contains("weekly hours limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownStrengthOverride_Fails()
    {
        var b = new MethodologyBuilder();
        b.StrengthOverrides["penalty.nonsense"] = IndicatorStrength.Strong;

        Assert.Throws<MethodologyValidationException>(b.Build);
    }

    [Fact]
    public void Builder_ChangingAfterBuild_DoesNotChangeTheMethodology()
    {
        var b = new MethodologyBuilder();
        var m = b.Build();
        b.WeeklyHoursLimit = 10;
        b.Weights[IndicatorCodes.Deception] = 9;

        Assert.Equal(48, m.WeeklyHoursLimit);
        Assert.Empty(m.Weights);
    }

    [Fact]
    public void Weights_Override_ChangesScoreAndContributions()
    {
        var b = Methodology.Default.ToBuilder();
        b.Weights[IndicatorCodes.Deception] = 0;
        var assessor = CaseAssessor.Create(b.Build());
        var c = CaseBuilder.Unknown().Yes(Facts.Recruitment.DeceivedAboutNatureOfWork, Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest);

        var a = assessor.Assess(c);

        Assert.Equal(0, a[IndicatorCodes.Deception].Contribution);
        Assert.Equal(FindingStatus.Present, a[IndicatorCodes.Deception].Status);
        Assert.Equal(100.0 * 2 / 17, a.Score, 9);
    }

    [Fact]
    public void CreateAssessor_WeightForUnknownRule_Fails()
    {
        var b = Methodology.Default.ToBuilder();
        b.Weights["ILO99"] = 1;

        var ex = Assert.Throws<MethodologyValidationException>(() => CaseAssessor.Create(b.Build()));

        Assert.Contains("ILO99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateAssessor_AllWeightsZero_Fails()
    {
        var b = Methodology.Default.ToBuilder();
        foreach (var rule in IloIndicators.All)
        {
            b.Weights[rule.Code] = 0;
        }

        Assert.Throws<MethodologyValidationException>(() => CaseAssessor.Create(b.Build()));
    }

    [Fact]
    public void ReferScore_ReachedByScoreAlone_RefersTheCase()
    {
        // Isolation (1) + abusive conditions (1) + excessive overtime (1) + deception (1) = 4/18 = 22.2, all without any
        // penalty item, so the definition is not met; a refer score of 20 refers it on the score alone.
        var b = Methodology.Default.ToBuilder();
        b.ReferScore = 20;
        var c = ExampleCases.DecentJob.Yes(
            Facts.Movement.ContactsMonitored, Facts.Conditions.HazardousWorkWithoutProtection, Facts.Recruitment.DeceivedAboutConditions);
        c = c.With(Facts.HoursPerWeek, 60);

        Assert.Equal(100.0 * 4 / 18, CaseAssessor.Default.Assess(c).Score, 9);
        Assert.Equal(DefinitionStatus.DoesNotMeet, CaseAssessor.Default.Assess(c).Determination.Status);
        Assert.Equal(Band.FollowUp, CaseAssessor.Default.Assess(c).Band);
        Assert.Equal(Band.Refer, CaseAssessor.Create(b.Build()).Assess(c).Band);
    }

    [Fact]
    public void ReferringIndicator_Present_RefersWhateverTheScore()
    {
        var c = ExampleCases.DecentJob.Yes(Facts.Threats.PhysicalViolence) with { AgeAtTime = 30 };

        var a = c.Assess();

        Assert.True(a.Score < Methodology.Default.ReferScore);
        Assert.Equal(Band.Refer, a.Band);
    }
}

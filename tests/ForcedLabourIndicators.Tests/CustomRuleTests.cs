namespace ForcedLabourIndicators.Tests;

/// <summary>Rules added beside the eleven take part in the score, the evidence and the stamp.</summary>
public class CustomRuleTests
{
    [Fact]
    public void AddedRule_TakesPartInScoreEvidenceAndStamp()
    {
        var assessor = CaseAssessor.Create(null, [new ScoringPropertyTests.RecruitmentFeeRule()]);
        var c = CaseBuilder.Unknown().Yes(Facts.Recruitment.RecruitmentDebt);

        var a = assessor.Assess(c);

        var finding = a["NAT-FEES"];
        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal([Facts.Recruitment.RecruitmentDebt], finding.Evidence.Select(e => e.Fact));
        Assert.Equal(100.0 * 2 / 20, finding.Contribution, 9);
        // Debt bondage (weight 2) fires on the same fact.
        Assert.Equal(100.0 * 4 / 20, a.Score, 9);
        Assert.Equal(["NAT-FEES"], a.Methodology.AdditionalRules);
        Assert.Equal("NAT-FEES", a.Findings[^1].Code);
    }

    [Fact]
    public void AddedRule_WithDuplicateCode_FailsAtBuild()
    {
        Assert.Throws<MethodologyValidationException>(() =>
            CaseAssessor.Create(null, [new ScoringPropertyTests.RecruitmentFeeRule(), new ScoringPropertyTests.RecruitmentFeeRule()]));
    }

    [Fact]
    public void AddedRule_WeightOverride_AndReferringIndicator_AreHonoured()
    {
        var b = Methodology.Default.ToBuilder();
        b.Weights["NAT-FEES"] = 0.5;
        b.ReferringIndicators.Add("NAT-FEES");
        var assessor = CaseAssessor.Create(b.Build(), [new ScoringPropertyTests.RecruitmentFeeRule()]);

        var a = assessor.Assess(CaseBuilder.Unknown().Yes(Facts.Recruitment.RecruitmentDebt));

        Assert.Equal(0.5, a["NAT-FEES"].Weight);
        Assert.Equal(Band.Refer, a.Band);
    }

    [Fact]
    public void Assessment_UnknownCode_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => CaseBuilder.Unknown().Assess()["NOPE"]);
}

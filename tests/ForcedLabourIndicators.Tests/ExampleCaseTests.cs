namespace ForcedLabourIndicators.Tests;

/// <summary>The bundled examples assess as the README says they do.</summary>
public class ExampleCaseTests
{
    [Fact]
    public void LabourExportProgramme_MeetsDefinition_WithTheIndicatorsItsFactsSupport()
    {
        var a = ExampleCases.LabourExportProgramme.Assess();

        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
        Assert.Equal(DeterminationRule.Adult, a.Determination.Rule);
        Assert.Equal(Band.Refer, a.Band);
        Assert.Equal(
            [IndicatorCodes.Deception, IndicatorCodes.RestrictionOfMovement, IndicatorCodes.Isolation, IndicatorCodes.PhysicalAndSexualViolence,
             IndicatorCodes.IntimidationAndThreats, IndicatorCodes.RetentionOfIdentityDocuments, IndicatorCodes.WithholdingOfWages,
             IndicatorCodes.ExcessiveOvertime],
            a.Present.Select(f => f.Code));
        Assert.Equal(
            [IndicatorCodes.AbuseOfVulnerability, IndicatorCodes.DebtBondage, IndicatorCodes.AbusiveWorkingAndLivingConditions],
            a.Undetermined.Select(f => f.Code));
        Assert.Equal(100.0 * 14 / 18, a.Score, 9);
        Assert.Equal(DefinitionStatus.Meets, a.SurveyRule.Status);
    }

    [Fact]
    public void LabourExportProgramme_EvidenceNamesTheFactsAndFigures()
    {
        var a = ExampleCases.LabourExportProgramme.Assess();

        var wages = a[IndicatorCodes.WithholdingOfWages];
        var share = Assert.Single(wages.Evidence, e => e.Fact == Facts.Pay.ShareWithheldAboveLimit);
        Assert.Equal(0.80, share.Figure);
        Assert.Equal(0.25, share.Threshold);
        var hours = Assert.Single(a[IndicatorCodes.ExcessiveOvertime].Evidence, e => e.Fact == Facts.WorkingTime.HoursAboveLimit);
        Assert.Equal(64, hours.Figure);
        Assert.Equal(48, hours.Threshold);
        Assert.Equal("workingTime.hoursAboveLimit = yes (workingTime.hoursPerWeek 64 > threshold 48)", hours.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(a.Determination.MenaceOfPenalty.PresentItems, i => i.Item.Code == "penalty.documentsConfiscated");
        Assert.Contains(a.Determination.Involuntariness.PresentItems, i => i.Item.Code == "d3.cannotResign");
    }

    [Fact]
    public void EveryAnswerNo_DoesNotMeet_AndFindsNoIndicators()
    {
        var a = ExampleCases.DecentJob.Assess();

        Assert.Equal(DefinitionStatus.DoesNotMeet, a.Determination.Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, a.SurveyRule.Status);
        Assert.Equal(Band.NoIndicatorsFound, a.Band);
        Assert.All(a.Findings, f => Assert.Equal(FindingStatus.NotPresent, f.Status));
        Assert.Equal(0, a.Score);
        Assert.Equal(1.0, a.Coverage);
    }

    [Fact]
    public void AllAnsweredNo_WithPayFiguresUnknown_IsUndetermined_BecauseUnknownIsNeverNo()
    {
        // Every yes/no answer is "no", but the share of pay withheld and the pay figures are unknown: withholding of
        // wages (a penalty) and deception about wages (involuntariness) can still be shown, so nothing is ruled out.
        var a = CaseBuilder.AllNo().Assess();

        Assert.Equal(DefinitionStatus.Undetermined, a.Determination.Status);
        Assert.Contains(Facts.Pay.ShareWithheldAboveLimit, a.Determination.MenaceOfPenalty.UnknownFacts);
        Assert.Equal(FindingStatus.Undetermined, a[IndicatorCodes.WithholdingOfWages].Status);
        Assert.Equal(0, a.Score);
        Assert.Equal(Band.NoIndicatorsFound, a.Band);
    }

    [Fact]
    public void EveryAnswerUnknown_IsUndetermined_WithInsufficientInformation()
    {
        var a = CaseBuilder.Unknown().Assess();

        Assert.Equal(DefinitionStatus.Undetermined, a.Determination.Status);
        Assert.Equal(DefinitionStatus.Undetermined, a.SurveyRule.Status);
        Assert.Equal(Band.InsufficientInformation, a.Band);
        Assert.All(a.Findings, f => Assert.Equal(FindingStatus.Undetermined, f.Status));
        Assert.Equal(0, a.Coverage);
        Assert.Equal(0, a.Score);
    }

    [Fact]
    public void SparseHotlineReport_IsInsufficientInformation_NotLowRisk()
    {
        var a = ExampleCases.SparseHotlineReport.Assess();

        Assert.Equal(Band.InsufficientInformation, a.Band);
        Assert.True(a.Coverage < Methodology.Default.MinimumCoverage);
    }

    [Fact]
    public void ChildInBondedFamily_MeetsUnderTheChildrensRule()
    {
        var a = ExampleCases.ChildInBondedFamily.Assess();

        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
        Assert.Equal(DeterminationRule.Child, a.Determination.Rule);
        Assert.Equal([Facts.Child.ParentsInForcedLabour], a.Determination.ChildRuleFacts);
        var debt = a[IndicatorCodes.DebtBondage];
        Assert.Equal(FindingStatus.Present, debt.Status);
        Assert.Equal(20, Assert.Single(debt.Evidence, e => e.Fact == Facts.Debt.RepaymentBeyondLimit).Figure);
    }

    [Fact]
    public void PrisonLabour_IsOutsideTheDefinition_WithIndicatorsStillShown()
    {
        var a = ExampleCases.PrisonLabourUnderPublicSupervision.Assess();

        Assert.Equal(DefinitionStatus.OutsideDefinition, a.Determination.Status);
        Assert.Equal(DefinitionStatus.OutsideDefinition, a.SurveyRule.Status);
        Assert.Equal(ExcludedContext.PrisonLabourUnderPublicSupervision, a.Determination.ExcludedContext);
        Assert.Equal(FindingStatus.Present, a[IndicatorCodes.RestrictionOfMovement].Status);
    }

    [Fact]
    public void EveryExample_CarriesTheMethodologyStamp()
    {
        foreach (var c in ExampleCases.All)
        {
            var a = c.Assess();
            Assert.Equal(Methodology.Default.Id, a.Methodology.Id);
            Assert.Equal(Methodology.Default.Version, a.Methodology.Version);
            Assert.Equal(Methodology.Default.ContentHash, a.Methodology.ContentHash);
            Assert.Equal(c.CaseId, a.CaseId);
        }
    }

    [Fact]
    public void ToText_ShowsDeterminationBandScoreAndEvidence()
    {
        var text = ExampleCases.LabourExportProgramme.Assess().ToText(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("Case example-labour-export", text, StringComparison.Ordinal);
        Assert.Contains("Band: REFER", text, StringComparison.Ordinal);
        Assert.Contains("Score: 77.8/100", text, StringComparison.Ordinal);
        Assert.Contains("MEETS the definition", text, StringComparison.Ordinal);
        Assert.Contains("[x] ILO07 Retention of identity documents", text, StringComparison.Ordinal);
        Assert.Contains("[?] ILO09 Debt bondage", text, StringComparison.Ordinal);
        Assert.Contains(Methodology.Default.ContentHash[..16], text, StringComparison.Ordinal);
    }
}

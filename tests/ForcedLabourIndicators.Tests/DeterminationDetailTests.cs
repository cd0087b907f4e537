namespace ForcedLabourIndicators.Tests;

/// <summary>
/// The parts of the determination a reviewer reads beside its status: which survey items were found and with what
/// strength, which facts each element still waits on, each dimension of the 2012 rule with its own items, and the
/// children's rule with child facts unknown, partly known or all ruled out. Bulk scoring agrees on every status.
/// </summary>
public class DeterminationDetailTests
{
    // Every fact answered no and every quantity below its threshold: both elements ruled out.
    private static readonly WorkerCase Clear = CaseBuilder.AllNo("clear").With(Facts.HoursPerWeek, 40).With(Facts.DaysOffPerWeek, 2)
        .With(Facts.ShareOfPayWithheld, 0).With(Facts.PromisedMonthlyPay, 100).With(Facts.PaidMonthlyPay, 100).With(Facts.MonthsToRepay, 0);

    private static void AssertBulkAgrees(WorkerCase c, CaseAssessor? assessor = null)
    {
        assessor ??= CaseAssessor.Default;
        var results = new CaseScore[1];
        Assert.Empty(assessor.Bulk.Assess([c], results));
        var a = assessor.Assess(c);
        Assert.Equal((a.Determination.Status, a.SurveyRule.Status, a.Band), (results[0].Determination, results[0].SurveyRule, results[0].Band));
    }

    [Fact]
    public void Elements_EverythingRuledOut_AreNotPresent_WithNothingUnknown()
    {
        var a = (Clear with { AgeAtTime = 30 }).Assess();

        Assert.Equal(FindingStatus.NotPresent, a.Determination.Involuntariness.Status);
        Assert.Equal(FindingStatus.NotPresent, a.Determination.MenaceOfPenalty.Status);
        Assert.Empty(a.Determination.Involuntariness.UnknownFacts);
        Assert.Empty(a.Determination.MenaceOfPenalty.PresentItems);
        Assert.Equal(DefinitionStatus.DoesNotMeet, a.Determination.Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, a.SurveyRule.Status);
        Assert.All(a.SurveyRule.Dimensions, d => Assert.Equal(DefinitionStatus.DoesNotMeet, d.Status));
        AssertBulkAgrees(Clear with { AgeAtTime = 30 });
    }

    [Fact]
    public void Elements_OneFactLeftOpen_WaitOnExactlyThatFact()
    {
        var c = (Clear with { AgeAtTime = 30 }).With(Facts.HoursPerWeek, null);

        var a = c.Assess();

        // hoursAboveLimit is only read with overtimeCompulsory (answered no), so the forced-overtime item is still ruled out.
        Assert.Equal([Facts.WorkingTime.HoursAboveLimit], a.Determination.Involuntariness.UnknownFacts);
        Assert.Empty(a.Determination.MenaceOfPenalty.UnknownFacts);
        Assert.Equal(FindingStatus.NotPresent, a.Determination.Involuntariness.Status);
    }

    [Fact]
    public void Elements_AnOpenItem_LeavesTheElementUndetermined()
    {
        var c = (Clear with { AgeAtTime = 30 }).With(Facts.ShareOfPayWithheld, null);

        var a = c.Assess();

        Assert.Equal(FindingStatus.Undetermined, a.Determination.MenaceOfPenalty.Status);
        Assert.Equal([Facts.Pay.ShareWithheldAboveLimit], a.Determination.MenaceOfPenalty.UnknownFacts);
        Assert.Equal(DefinitionStatus.DoesNotMeet, a.Determination.Status);
        AssertBulkAgrees(c);
    }

    [Fact]
    public void PresentItems_CarryTheirFacts_AndTheStrengthUnderTheMethodology()
    {
        var c = (Clear with { AgeAtTime = 30 }).Yes(Facts.Leaving.BoundByTrainingCosts, Facts.Threats.ThreatsOfDismissalOrFines);
        var b = Methodology.Default.ToBuilder();
        b.StrengthOverrides["d3.boundByTrainingCosts"] = IndicatorStrength.Strong;
        var strengthened = CaseAssessor.Create(b.Build());

        var byDefault = c.Assess();
        var overridden = strengthened.Assess(c);

        var item = Assert.Single(byDefault.Determination.Involuntariness.PresentItems);
        Assert.Equal("d3.boundByTrainingCosts", item.Item.Code);
        Assert.Equal(FindingStatus.Present, item.Status);
        Assert.Equal(IndicatorStrength.Medium, item.Strength);
        Assert.Equal([Facts.Leaving.BoundByTrainingCosts], item.Facts);
        Assert.Equal(IndicatorStrength.Strong, Assert.Single(overridden.Determination.Involuntariness.PresentItems).Strength);
        Assert.Equal("penalty.dismissalOrFinancialPenalties", Assert.Single(byDefault.SurveyRule.PenaltyItems).Item.Code);

        // Both medium: the ICLS definition is met, the 2012 rule needs a strong item; strengthening one meets it too.
        Assert.Equal(DefinitionStatus.Meets, byDefault.Determination.Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, byDefault.SurveyRule.Status);
        Assert.Equal(DefinitionStatus.Meets, overridden.SurveyRule.Status);
        AssertBulkAgrees(c);
        AssertBulkAgrees(c, strengthened);
    }

    [Fact]
    public void SurveyRule_EachDimension_ListsOnlyItsOwnItems()
    {
        var a = ExampleCases.LabourExportProgramme.Assess();

        Assert.Equal([SurveyDimension.UnfreeRecruitment, SurveyDimension.WorkAndLifeUnderDuress, SurveyDimension.ImpossibilityOfLeaving], a.SurveyRule.Dimensions.Select(d => d.Dimension));
        Assert.All(a.SurveyRule.Dimensions, d => Assert.All(d.InvoluntarinessItems, i => Assert.Equal(d.Dimension, i.Item.Dimension)));
        Assert.Equal(
            a.Determination.Involuntariness.PresentItems.Select(i => i.Item.Code).Order(StringComparer.Ordinal),
            a.SurveyRule.Dimensions.SelectMany(d => d.InvoluntarinessItems).Select(i => i.Item.Code).Order(StringComparer.Ordinal));
        Assert.Equal(["d1.deceivedAboutConditions"], a.SurveyRule.Dimensions[0].InvoluntarinessItems.Select(i => i.Item.Code));
        Assert.Equal(2, a.SurveyRule.Dimensions[1].InvoluntarinessItems.Count);
        Assert.Equal(["d3.cannotResign"], a.SurveyRule.Dimensions[2].InvoluntarinessItems.Select(i => i.Item.Code));
        Assert.Equal(a.Determination.MenaceOfPenalty.PresentItems, a.SurveyRule.PenaltyItems);
    }

    [Fact]
    public void SurveyRule_OneDimensionMet_OthersRuledOutOrOpen()
    {
        // A strong item of dimension 3 with a strong penalty; dimension 1 ruled out, dimension 2 left open by one fact.
        var c = (Clear with { AgeAtTime = 30 }).Yes(Facts.Leaving.CannotResign, Facts.Threats.ThreatsOfViolence)
            .Set(Facts.Conditions.DegradingLivingConditions, Answer.Unknown);

        var a = c.Assess();

        Assert.Equal(
            [DefinitionStatus.DoesNotMeet, DefinitionStatus.Undetermined, DefinitionStatus.Meets],
            a.SurveyRule.Dimensions.Select(d => d.Status));
        Assert.Empty(a.SurveyRule.Dimensions[0].InvoluntarinessItems);
        Assert.Equal(DefinitionStatus.Meets, a.SurveyRule.Status);
        AssertBulkAgrees(c);
    }

    [Fact]
    public void SurveyRule_NoDimensionMet_OneOpen_IsUndetermined()
    {
        var c = (Clear with { AgeAtTime = 30 }).Set(Facts.Conditions.DegradingLivingConditions, Answer.Unknown).Yes(Facts.Threats.ThreatsOfViolence);

        var a = c.Assess();

        Assert.Equal([DefinitionStatus.DoesNotMeet, DefinitionStatus.Undetermined, DefinitionStatus.DoesNotMeet], a.SurveyRule.Dimensions.Select(d => d.Status));
        Assert.Equal(DefinitionStatus.Undetermined, a.SurveyRule.Status);
        AssertBulkAgrees(c);
    }

    [Fact]
    public void SurveyRule_MediumItemWithOnlyAnOpenStrongPenalty_IsUndetermined_ButRuledOutWhenThePenaltyIsMediumToo()
    {
        // A medium involuntariness item is present; the only penalty still possible is strong (violence, left unknown).
        var open = (Clear with { AgeAtTime = 30 }).Yes(Facts.Leaving.BoundByTrainingCosts).Set(Facts.Threats.PhysicalViolence, Answer.Unknown);
        // The same with the penalty present but medium: neither item is strong, so no dimension can be met.
        var medium = (Clear with { AgeAtTime = 30 }).Yes(Facts.Leaving.BoundByTrainingCosts, Facts.Leaving.BarredFromReturningHome);

        Assert.Equal(DefinitionStatus.Undetermined, open.Assess().SurveyRule.Dimensions[2].Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, medium.Assess().SurveyRule.Dimensions[2].Status);
        AssertBulkAgrees(open);
        AssertBulkAgrees(medium);
    }

    [Theory]
    [InlineData(Answer.Unknown, Answer.Unknown, Answer.Unknown, DefinitionStatus.Undetermined)]
    [InlineData(Answer.No, Answer.No, Answer.Unknown, DefinitionStatus.Undetermined)]
    [InlineData(Answer.No, Answer.Unknown, Answer.No, DefinitionStatus.Undetermined)]
    [InlineData(Answer.Unknown, Answer.No, Answer.No, DefinitionStatus.Undetermined)]
    [InlineData(Answer.No, Answer.No, Answer.No, DefinitionStatus.DoesNotMeet)]
    [InlineData(Answer.No, Answer.No, Answer.Yes, DefinitionStatus.Meets)]
    [InlineData(Answer.No, Answer.Yes, Answer.No, DefinitionStatus.Meets)]
    [InlineData(Answer.Yes, Answer.No, Answer.No, DefinitionStatus.Meets)]
    public void ChildRule_WithBothElementsRuledOut_DependsOnEachChildFact(Answer parents, Answer worst, Answer thirdParty, DefinitionStatus expected)
    {
        var c = (Clear with { AgeAtTime = 12 })
            .Set(Facts.Child.ParentsInForcedLabour, parents).Set(Facts.Child.WorstForms, worst).Set(Facts.Child.CoercedByThirdParty, thirdParty);

        var a = c.Assess();

        Assert.Equal(DeterminationRule.Child, a.Determination.Rule);
        Assert.Equal(expected, a.Determination.Status);
        // The adult rule alone would rule the case out.
        Assert.Equal(DefinitionStatus.DoesNotMeet, CaseAssessor.Create(new MethodologyBuilder { ChildPolicy = ChildPolicy.AdultRule }.Build()).Assess(c).Determination.Status);
        AssertBulkAgrees(c);
    }

    [Theory]
    [InlineData(Answer.No, DefinitionStatus.DoesNotMeet)]
    [InlineData(Answer.Unknown, DefinitionStatus.Undetermined)]
    [InlineData(Answer.Yes, DefinitionStatus.Undetermined)]
    public void AgeUnknown_DecidesOnlyWhereTheAdultAndChildRulesAgree(Answer childFacts, DefinitionStatus expected)
    {
        var c = Clear.Set(Facts.Child.ParentsInForcedLabour, childFacts).Set(Facts.Child.WorstForms, childFacts).Set(Facts.Child.CoercedByThirdParty, childFacts);

        var a = c.Assess();

        Assert.Equal(DeterminationRule.AgeUnknown, a.Determination.Rule);
        Assert.Equal(expected, a.Determination.Status);
        AssertBulkAgrees(c);
    }

    [Fact]
    public void ChildAgeLimit_OfTheMethodology_DecidesWhoIsAChild_InBothPaths()
    {
        var c = (Clear with { AgeAtTime = 16 }).Yes(Facts.Child.WorstForms);
        var limit16 = CaseAssessor.Create(new MethodologyBuilder { ChildAgeLimit = 16 }.Build());

        Assert.Equal((DeterminationRule.Child, DefinitionStatus.Meets), (c.Assess().Determination.Rule, c.Assess().Determination.Status));
        Assert.Equal((DeterminationRule.Adult, DefinitionStatus.DoesNotMeet), (limit16.Assess(c).Determination.Rule, limit16.Assess(c).Determination.Status));
        AssertBulkAgrees(c);
        AssertBulkAgrees(c, limit16);
    }
}

/// <summary>Sets any directly answered fact to any answer, unknown included.</summary>
internal static class DeterminationDetailCaseExtensions
{
    public static WorkerCase Set(this WorkerCase c, Fact fact, Answer answer) => fact.SetOn(c, answer);
}

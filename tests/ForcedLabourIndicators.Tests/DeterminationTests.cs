namespace ForcedLabourIndicators.Tests;

/// <summary>The ICLS 2018 determination, the children's rule, excluded contexts, and the 2012 rule by dimension.</summary>
public class DeterminationTests
{
    private static WorkerCase Adult => CaseBuilder.Unknown() with { AgeAtTime = 30 };

    [Fact]
    public void Determination_InvoluntaryAndPenalty_Meets()
    {
        var a = Adult.Yes(Facts.Leaving.CannotResign, Facts.Threats.ThreatsAgainstFamily).Assess();

        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
        Assert.Equal("d3.cannotResign", Assert.Single(a.Determination.Involuntariness.PresentItems).Item.Code);
        Assert.Equal("penalty.threatsAgainstFamily", Assert.Single(a.Determination.MenaceOfPenalty.PresentItems).Item.Code);
        Assert.Equal(Band.Refer, a.Band);
    }

    [Fact]
    public void Determination_InvoluntaryOnly_PenaltyUnknown_IsUndetermined()
    {
        var a = Adult.Yes(Facts.Leaving.CannotResign).Assess();

        Assert.Equal(DefinitionStatus.Undetermined, a.Determination.Status);
        Assert.Equal(FindingStatus.Present, a.Determination.Involuntariness.Status);
        Assert.Equal(FindingStatus.Undetermined, a.Determination.MenaceOfPenalty.Status);
        Assert.Contains(Facts.Threats.PhysicalViolence, a.Determination.MenaceOfPenalty.UnknownFacts);
        Assert.Equal(Band.FollowUp, a.Band);
    }

    [Fact]
    public void Determination_InvoluntaryYes_EveryPenaltyNo_DoesNotMeet()
    {
        var penaltyFacts = SurveyItems.All.Where(i => i.Element == DefinitionElement.MenaceOfPenalty)
            .SelectMany(i => i.Clauses.SelectMany(c => c)).Distinct().ToArray();
        var c = Adult.Yes(Facts.Leaving.CannotResign).No(penaltyFacts.Where(f => !f.IsDerived).ToArray())
            .With(Facts.ShareOfPayWithheld, 0);

        var a = c.Assess();

        Assert.Equal(FindingStatus.NotPresent, a.Determination.MenaceOfPenalty.Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, a.Determination.Status);
    }

    [Fact]
    public void Determination_Child_CoercionByThirdParty_MeetsUnderDefaultChildPolicy()
    {
        var c = (CaseBuilder.Unknown() with { AgeAtTime = 12 }).Yes(Facts.Child.CoercedByThirdParty);

        var a = c.Assess();

        Assert.Equal(DeterminationRule.Child, a.Determination.Rule);
        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
        Assert.Equal([Facts.Child.CoercedByThirdParty], a.Determination.ChildRuleFacts);
        Assert.Equal(DefinitionStatus.Undetermined, (c with { AgeAtTime = 30 }).Assess().Determination.Status);
    }

    [Fact]
    public void Determination_Child_PenaltyWithoutKnowingWhoCoerces_IsUndetermined()
    {
        // Wages paid to a third party may be paid to the parents: a penalty item alone does not show coercion by a third party.
        var c = (CaseBuilder.Unknown() with { AgeAtTime = 15 }).Yes(Facts.Pay.WagesPaidToThirdParty);

        Assert.Equal(DefinitionStatus.Undetermined, c.Assess().Determination.Status);
        Assert.Equal(DefinitionStatus.Meets, c.Yes(Facts.Child.CoercedByThirdParty).Assess().Determination.Status);
    }

    [Fact]
    public void Determination_Child_WithAdultRulePolicy_NeedsInvoluntariness()
    {
        var m = Methodology.Default.ToBuilder();
        m.ChildPolicy = ChildPolicy.AdultRule;
        var assessor = CaseAssessor.Create(m.Build());
        var c = (CaseBuilder.Unknown() with { AgeAtTime = 12 }).Yes(Facts.Child.CoercedByThirdParty);

        Assert.Equal(DefinitionStatus.Meets, c.Assess().Determination.Status);
        Assert.Equal(DefinitionStatus.Undetermined, assessor.Assess(c).Determination.Status);
    }

    [Theory]
    [InlineData(17, DeterminationRule.Child)]
    [InlineData(18, DeterminationRule.Adult)]
    public void Determination_ChildAgeLimit_IsExclusive(int age, DeterminationRule expected)
    {
        var a = (CaseBuilder.Unknown() with { AgeAtTime = age }).Assess();

        Assert.Equal(expected, a.Determination.Rule);
    }

    [Fact]
    public void Determination_Child_WorstForms_Meets()
    {
        var a = (CaseBuilder.AllNo() with { AgeAtTime = 14 }).Yes(Facts.Child.WorstForms).Assess();

        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
        Assert.Equal(Band.Refer, a.Band);
    }

    [Fact]
    public void Determination_AgeUnknown_RulesDisagree_IsUndetermined()
    {
        var c = (ExampleCases.DecentJob with { AgeAtTime = null }).Yes(Facts.Child.CoercedByThirdParty);

        var a = c.Assess();

        Assert.Equal(DeterminationRule.AgeUnknown, a.Determination.Rule);
        Assert.Equal(DefinitionStatus.Undetermined, a.Determination.Status);
        Assert.Equal(DefinitionStatus.DoesNotMeet, (c with { AgeAtTime = 40 }).Assess().Determination.Status);
        Assert.Equal(DefinitionStatus.Meets, (c with { AgeAtTime = 10 }).Assess().Determination.Status);
    }

    [Fact]
    public void Determination_AgeUnknown_RulesAgree_Decides()
    {
        var a = CaseBuilder.Unknown().Yes(Facts.Leaving.CannotResign, Facts.Threats.PhysicalViolence).Assess();

        Assert.Equal(DeterminationRule.AgeUnknown, a.Determination.Rule);
        Assert.Equal(DefinitionStatus.Meets, a.Determination.Status);
    }

    [Theory]
    [InlineData(ExcludedContext.CompulsoryMilitaryService)]
    [InlineData(ExcludedContext.NormalCivicObligation)]
    [InlineData(ExcludedContext.Emergency)]
    [InlineData(ExcludedContext.MinorCommunalService)]
    public void Determination_ExcludedContext_IsOutsideDefinition_ElementsStillShown(ExcludedContext context)
    {
        var a = (Adult with { ExcludedContext = context }).Yes(Facts.Leaving.CannotResign, Facts.Threats.PhysicalViolence).Assess();

        Assert.Equal(DefinitionStatus.OutsideDefinition, a.Determination.Status);
        Assert.Equal(FindingStatus.Present, a.Determination.Involuntariness.Status);
        Assert.Equal(FindingStatus.Present, a[IndicatorCodes.PhysicalAndSexualViolence].Status);
    }

    [Fact]
    public void SurveyRule_MediumItemsOnly_NeedsAnyStrengthPolicy()
    {
        // d1.recruitmentDebt and penalty.dismissalOrFinancialPenalties are both medium.
        var c = Adult.Yes(Facts.Recruitment.RecruitmentDebt, Facts.Threats.ThreatsOfDismissalOrFines);
        var strict = c.Assess();
        var m = Methodology.Default.ToBuilder();
        m.StrengthPolicy = StrengthPolicy.AnyStrength;
        var lenient = CaseAssessor.Create(m.Build()).Assess(c);

        Assert.Equal(DefinitionStatus.Meets, strict.Determination.Status);
        Assert.NotEqual(DefinitionStatus.Meets, strict.SurveyRule.Status);
        Assert.Equal(DefinitionStatus.Meets, lenient.SurveyRule.Status);
        Assert.Equal(DefinitionStatus.Meets, lenient.SurveyRule.Dimensions[0].Status);
    }

    [Fact]
    public void SurveyRule_StrengthOverride_ChangesTheOutcome()
    {
        var c = Adult.Yes(Facts.Recruitment.RecruitmentDebt, Facts.Threats.ThreatsOfDismissalOrFines);
        var m = Methodology.Default.ToBuilder();
        m.StrengthOverrides["penalty.dismissalOrFinancialPenalties"] = IndicatorStrength.Strong;

        var a = CaseAssessor.Create(m.Build()).Assess(c);

        Assert.Equal(DefinitionStatus.Meets, a.SurveyRule.Status);
    }

    [Fact]
    public void SurveyRule_DimensionsAreSeparate_PenaltiesShared()
    {
        var a = Adult.Yes(Facts.Leaving.CannotResign, Facts.Threats.PhysicalViolence).Assess();

        Assert.Equal(DefinitionStatus.Meets, a.SurveyRule.Dimensions.Single(d => d.Dimension == SurveyDimension.ImpossibilityOfLeaving).Status);
        Assert.Equal(DefinitionStatus.Undetermined, a.SurveyRule.Dimensions.Single(d => d.Dimension == SurveyDimension.UnfreeRecruitment).Status);
        Assert.Equal("penalty.violence", Assert.Single(a.SurveyRule.PenaltyItems).Item.Code);
    }
}

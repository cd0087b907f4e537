using System.Globalization;

namespace ForcedLabourIndicators.Tests;

/// <summary>
/// The fact catalogue as a caller uses it: looking facts up by code, reading and recording answers and quantities, the
/// refusal to answer a derived fact directly, the packed facts a custom rule reads, and the localized names and
/// descriptions with their fallbacks.
/// </summary>
public class FactCatalogueTests
{
    [Fact]
    public void TryFind_KnownAndUnknownCodes()
    {
        Assert.True(Facts.TryFind("documents.held", out var held));
        Assert.Same(Facts.Documents.Held, held);
        Assert.False(Facts.TryFind("Documents.Held", out _));
        Assert.True(Facts.TryFindQuantity("debt.amountOwed", out var owed));
        Assert.Same(Facts.AmountOwed, owed);
        Assert.False(Facts.TryFindQuantity("documents.held", out _));
        Assert.Throws<ArgumentNullException>(() => Facts.TryFind(null!, out _));
        Assert.Throws<ArgumentNullException>(() => Facts.TryFindQuantity(null!, out _));
    }

    [Fact]
    public void DerivedFact_CannotBeAnsweredDirectly_AndSaysWhatToRecordInstead()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Facts.WorkingTime.HoursAboveLimit.SetOn(CaseBuilder.Unknown(), Answer.Yes));

        Assert.Equal("Fact 'workingTime.hoursAboveLimit' is derived from 'workingTime.hoursPerWeek' and cannot be answered directly; record the quantity instead.", ex.Message);
        Assert.Equal(Answer.Unknown, Facts.WorkingTime.HoursAboveLimit.GetFrom(CaseBuilder.Unknown().With(Facts.HoursPerWeek, 60)));
        Assert.True(Facts.WorkingTime.HoursAboveLimit.IsDerived);
        Assert.Same(Facts.HoursPerWeek, Facts.WorkingTime.HoursAboveLimit.DerivedFrom);
        Assert.False(Facts.Documents.Held.IsDerived);
    }

    [Fact]
    public void AnswersAndQuantities_RoundTripThroughACase_WithoutChangingTheOriginal()
    {
        var original = CaseBuilder.Unknown();

        var answered = Facts.Documents.Held.SetOn(original, Answer.No);
        var measured = Facts.HoursPerWeek.SetOn(answered, 52.5);

        Assert.Equal(Answer.No, Facts.Documents.Held.GetFrom(measured));
        Assert.Equal(52.5, Facts.HoursPerWeek.GetFrom(measured));
        Assert.Null(Facts.HoursPerWeek.GetFrom(Facts.HoursPerWeek.SetOn(measured, null)));
        Assert.Equal(Answer.Unknown, Facts.Documents.Held.GetFrom(original));
        Assert.Null(Facts.HoursPerWeek.GetFrom(original));
        Assert.Equal("documents.held", Facts.Documents.Held.ToString());
        Assert.Equal("workingTime.hoursPerWeek", Facts.HoursPerWeek.ToString());
        Assert.Throws<ArgumentNullException>(() => Facts.Documents.Held.GetFrom(null!));
        Assert.Throws<ArgumentNullException>(() => Facts.HoursPerWeek.SetOn(null!, 1));
    }

    [Fact]
    public void Quantities_DocumentTheirRanges()
    {
        Assert.Equal((0, 168), (Facts.HoursPerWeek.Minimum, Facts.HoursPerWeek.Maximum));
        Assert.Equal((0, 1), (Facts.ShareOfPayWithheld.Minimum, Facts.ShareOfPayWithheld.Maximum));
        Assert.Equal(double.PositiveInfinity, Facts.AmountOwed.Maximum);
        Assert.Equal("from 0 to 7", Facts.DaysOffPerWeek.RangeText);
        Assert.Equal("0 or more", Facts.MonthsToRepay.RangeText);
        Assert.True(Facts.DaysOffPerWeek.IsValid(7));
        Assert.False(Facts.DaysOffPerWeek.IsValid(7.0001));
        Assert.False(Facts.DaysOffPerWeek.IsValid(-0.0001));
        Assert.False(Facts.AmountOwed.IsValid(double.PositiveInfinity));
    }

    [Fact]
    public void CaseFacts_ReadByACustomRule_GiveAnswersAndQuantities()
    {
        var c = CaseBuilder.Unknown().Yes(Facts.Documents.Held).No(Facts.Documents.NotReturnedOnRequest)
            .With(Facts.HoursPerWeek, 49).With(Facts.DaysOffPerWeek, 1);

        var facts = CaseFacts.Create(c, Methodology.Default);

        Assert.Same(c, facts.Case);
        Assert.Equal(Answer.Yes, facts[Facts.Documents.Held]);
        Assert.Equal(Answer.No, facts[Facts.Documents.NotReturnedOnRequest]);
        Assert.Equal(Answer.Unknown, facts[Facts.Threats.PhysicalViolence]);
        Assert.Equal(Answer.Yes, facts[Facts.WorkingTime.HoursAboveLimit]);
        Assert.Equal(Answer.No, facts[Facts.WorkingTime.RestBelowMinimum]);
        Assert.Equal(49, facts[Facts.HoursPerWeek]);
        Assert.Null(facts[Facts.AmountOwed]);
        Assert.Throws<ArgumentNullException>(() => facts[(Fact)null!]);
        Assert.Throws<ArgumentNullException>(() => facts[(QuantityFact)null!]);
        Assert.Throws<ArgumentNullException>(() => CaseFacts.Create(null!, Methodology.Default));
        Assert.Throws<ArgumentNullException>(() => CaseFacts.Create(c, null!));
    }

    [Theory]
    [InlineData(1200.0, 100.0, 12.0)]
    [InlineData(0.0, null, 0.0)]
    [InlineData(500.0, 0.0, double.PositiveInfinity)]
    public void CaseFacts_MonthsToRepay_IsEstimatedFromTheDebtAndThePay(double owed, double? paid, double months)
    {
        var facts = CaseFacts.Create(CaseBuilder.Unknown().With(Facts.AmountOwed, owed).With(Facts.PaidMonthlyPay, paid), Methodology.Default);

        Assert.Equal(months, facts[Facts.MonthsToRepay]);
    }

    [Fact]
    public void CaseFacts_MonthsToRepay_StaysUnknownWithoutTheDebt_OrWithoutThePay()
    {
        Assert.Null(CaseFacts.Create(CaseBuilder.Unknown().With(Facts.PaidMonthlyPay, 100), Methodology.Default)[Facts.MonthsToRepay]);
        Assert.Null(CaseFacts.Create(CaseBuilder.Unknown().With(Facts.AmountOwed, 100), Methodology.Default)[Facts.MonthsToRepay]);
        Assert.Equal(3, CaseFacts.Create(CaseBuilder.Unknown().With(Facts.AmountOwed, 100).With(Facts.PaidMonthlyPay, 1).With(Facts.MonthsToRepay, 3), Methodology.Default)[Facts.MonthsToRepay]);
    }

    [Fact]
    public void Evidence_OfEachDerivedFact_CarriesItsOwnThreshold()
    {
        var m = new MethodologyBuilder
        {
            WeeklyHoursLimit = 41, MinimumRestDaysPerWeek = 1.5, SystematicWithholdingShare = 0.3, PayShortfallShare = 0.15, DebtRepaymentMonthsLimit = 6,
        }.Build();
        var c = CaseBuilder.Unknown().With(Facts.HoursPerWeek, 45).With(Facts.DaysOffPerWeek, 1).With(Facts.ShareOfPayWithheld, 0.5)
            .With(Facts.PromisedMonthlyPay, 100).With(Facts.PaidMonthlyPay, 50).With(Facts.MonthsToRepay, 7);

        var evidence = CaseAssessor.Create(m).Assess(c).Findings.SelectMany(f => f.Evidence).Where(e => e.Fact.IsDerived).ToDictionary(e => e.Fact.Code, e => (e.Figure, e.Threshold));

        Assert.Equal((45, 41), evidence["workingTime.hoursAboveLimit"]);
        Assert.Equal((1, 1.5), evidence["workingTime.restBelowMinimum"]);
        Assert.Equal((0.5, 0.3), evidence["pay.shareWithheldAboveLimit"]);
        Assert.Equal((0.5, 0.15), evidence["pay.paidLessThanPromised"]);
        Assert.Equal((7, 6), evidence["debt.repaymentBeyondLimit"]);
    }

    [Fact]
    public void Assessment_ListsPresentAndUndeterminedFindings_AndNamesAMissingCode()
    {
        var a = CaseBuilder.Unknown().Yes(Facts.Documents.Held, Facts.Documents.NotReturnedOnRequest).No(Facts.Movement.IsolatedLocation).Assess();

        Assert.Equal([IndicatorCodes.RetentionOfIdentityDocuments], a.Present.Select(f => f.Code));
        Assert.Equal(10, a.Undetermined.Count());
        Assert.DoesNotContain(a.Undetermined, f => f.Code == IndicatorCodes.RetentionOfIdentityDocuments);
        Assert.Equal("No indicator with code 'ILO99' was assessed.", Assert.Throws<KeyNotFoundException>(() => a["ILO99"]).Message);
    }

    [Fact]
    public void UnknownFacts_CanBeReadByIndex_InCatalogueOrder()
    {
        var unknown = CaseBuilder.Unknown().Finding(IndicatorCodes.RetentionOfIdentityDocuments).UnknownFacts;

        Assert.Equal(2, unknown.Count);
        Assert.Same(Facts.Documents.Held, unknown[0]);
        Assert.Same(Facts.Documents.NotReturnedOnRequest, unknown[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => unknown[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => unknown[-1]);
        Assert.Equal("documents.held, documents.notReturnedOnRequest", unknown.ToString());
        Assert.Empty(CaseBuilder.AllNo().Finding(IndicatorCodes.RetentionOfIdentityDocuments).UnknownFacts);
    }

    [Fact]
    public void LocalizedText_ForAnAddedRule_FallsBackToTheRulesOwnWords()
    {
        var rule = new ScoringPropertyTests.NightWorkRule();
        var spanish = CultureInfo.GetCultureInfo("es");

        Assert.Equal(rule.Name, LocalizedText.NameOf(rule, spanish));
        Assert.Equal(rule.Description, LocalizedText.DescriptionOf(rule, spanish));
        Assert.NotEqual(IloIndicators.DebtBondage.Description, LocalizedText.DescriptionOf(IloIndicators.DebtBondage, spanish));
        Assert.Equal("No text 'Nope.Key'.", Assert.Throws<KeyNotFoundException>(() => LocalizedText.Get("Nope.Key", spanish)).Message);
        Assert.Throws<ArgumentNullException>(() => LocalizedText.NameOf(null!, spanish));
        Assert.Throws<ArgumentNullException>(() => LocalizedText.DescriptionOf(rule, null!));
    }

    [Fact]
    public void Methodology_WeightAndStrengthLookups_UseOverridesElseDefaults()
    {
        var b = new MethodologyBuilder();
        b.Weights[IndicatorCodes.Isolation] = 5;
        b.StrengthOverrides["d2.hazardousWork"] = IndicatorStrength.Strong;
        var m = b.Build();
        var hazardous = SurveyItems.All.Single(i => i.Code == "d2.hazardousWork");

        Assert.Equal(5, m.WeightOf(IloIndicators.Isolation));
        Assert.Equal(IloIndicators.DebtBondage.DefaultWeight, m.WeightOf(IloIndicators.DebtBondage));
        Assert.Equal(IndicatorStrength.Strong, m.StrengthOf(hazardous));
        Assert.Equal(IndicatorStrength.Medium, Methodology.Default.StrengthOf(hazardous));
        Assert.Throws<ArgumentNullException>(() => m.WeightOf(null!));
        Assert.Throws<ArgumentNullException>(() => m.StrengthOf(null!));
        Assert.True(SurveyItems.IsKnownCode("d2.hazardousWork"));
        Assert.False(SurveyItems.IsKnownCode(null!));
        Assert.Equal("d2.hazardousWork", hazardous.ToString());
    }
}

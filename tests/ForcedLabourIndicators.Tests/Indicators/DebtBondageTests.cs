namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 9, debt bondage (<see cref="IndicatorCodes.DebtBondage"/>): present when the worker must work to repay a debt, the debt is manipulated, repayment would take longer than the methodology's limit, or recruitment was tied to a debt.
/// </summary>
public sealed class DebtBondageTests() : IndicatorRuleTests<DebtBondage, DebtBondageTests>(
    IloIndicators.DebtBondage,
    IndicatorCodes.DebtBondage,
    position: 9,
    name: "Debt bondage",
    documentedWeight: 2,
    ["debt.mustWorkToRepay"],
    ["debt.debtManipulated"],
    ["debt.repaymentBeyondLimit"],
    ["recruitment.recruitmentDebt"])
{
    [Fact]
    public void Evaluate_AllNoButQuantitiesUnknown_IsUndetermined()
    {
        var finding = CaseBuilder.AllNo().Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(new[] { "debt.repaymentBeyondLimit" }), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_MonthsToRepayAtLimit_IsNotPresent()
    {
        var finding = EveryFactNo().With(Facts.MonthsToRepay, 12).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Debt.RepaymentBeyondLimit, Answer.No, Facts.MonthsToRepay, 12, 12), finding.Evidence);
    }

    [Fact]
    public void Evaluate_MonthsToRepayJustAboveLimit_IsPresentWithFigureAndThreshold()
    {
        var finding = EveryFactNo().With(Facts.MonthsToRepay, 12.5).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(new Evidence(Facts.Debt.RepaymentBeyondLimit, Answer.Yes, Facts.MonthsToRepay, 12.5, 12), Assert.Single(finding.Evidence));
    }

    [Theory]
    [InlineData(0, Answer.No)]
    [InlineData(11.9, Answer.No)]
    [InlineData(12, Answer.No)]
    [InlineData(12.5, Answer.Yes)]
    [InlineData(120, Answer.Yes)]
    public void Evaluate_MonthsToRepayAgainstDefaultLimit_DecidesRepaymentBeyondLimit(double months, Answer expected)
    {
        var finding = EveryFactNo().With(Facts.MonthsToRepay, months).Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Debt.RepaymentBeyondLimit, expected, Facts.MonthsToRepay, months, 12), finding.Evidence);
    }

    [Theory]
    [InlineData(1300, 100, Answer.Yes, 13)]
    [InlineData(1200, 100, Answer.No, 12)]
    [InlineData(1200, 60, Answer.Yes, 20)]
    [InlineData(500, 100, Answer.No, 5)]
    public void Evaluate_MonthsEstimatedFromAmountOwedAndPaidPay_DecidesRepaymentBeyondLimit(double owed, double paid, Answer expected, double months)
    {
        var c = EveryFactNo().With(Facts.MonthsToRepay, null).With(Facts.AmountOwed, owed).With(Facts.PaidMonthlyPay, paid);

        var finding = c.Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Debt.RepaymentBeyondLimit, expected, Facts.MonthsToRepay, months, 12), finding.Evidence);
    }

    [Fact]
    public void Evaluate_NothingOwedPayUnknown_IsNotPresent()
    {
        var c = EveryFactNo().With(Facts.MonthsToRepay, null).With(Facts.AmountOwed, 0);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Debt.RepaymentBeyondLimit, Answer.No, Facts.MonthsToRepay, 0, 12), finding.Evidence);
    }

    [Fact]
    public void Evaluate_AmountOwedKnownPayUnknown_IsUndetermined()
    {
        var c = EveryFactNo().With(Facts.MonthsToRepay, null).With(Facts.AmountOwed, 1300);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Same(Facts.Debt.RepaymentBeyondLimit, Assert.Single(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_RecordedMonthsToRepay_TakesPrecedenceOverEstimate()
    {
        var c = EveryFactNo().With(Facts.MonthsToRepay, 6).With(Facts.AmountOwed, 1300).With(Facts.PaidMonthlyPay, 100);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Debt.RepaymentBeyondLimit, Answer.No, Facts.MonthsToRepay, 6, 12), finding.Evidence);
    }

    [Fact]
    public void Evaluate_CustomDebtRepaymentMonthsLimit_ChangesOutcome()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.DebtRepaymentMonthsLimit = 6;
        var assessor = CaseAssessor.Create(builder.Build());
        var c = EveryFactNo().With(Facts.MonthsToRepay, 8);

        var custom = assessor.Assess(c)[Code];

        Assert.Equal(FindingStatus.NotPresent, c.Finding(Code).Status);
        Assert.Equal(FindingStatus.Present, custom.Status);
        Assert.Equal(new Evidence(Facts.Debt.RepaymentBeyondLimit, Answer.Yes, Facts.MonthsToRepay, 8, 6), Assert.Single(custom.Evidence));
    }

    [Fact]
    public void Evaluate_DebtOwedWithNothingPaid_IsBeyondAnyRepaymentLimit()
    {
        var finding = CaseBuilder.Unknown().With(Facts.AmountOwed, 500).With(Facts.PaidMonthlyPay, 0).Finding(IndicatorCodes.DebtBondage);

        Assert.Equal(FindingStatus.Present, finding.Status);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal(Facts.Debt.RepaymentBeyondLimit, evidence.Fact);
        Assert.Equal(double.PositiveInfinity, evidence.Figure);
    }

    protected override WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Debt.RepaymentBeyondLimit) ? c.With(Facts.MonthsToRepay, 24)
        : base.AnswerYes(c, fact);

    protected override WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Debt.RepaymentBeyondLimit) ? c.With(Facts.MonthsToRepay, 6)
        : base.AnswerNo(c, fact);
}

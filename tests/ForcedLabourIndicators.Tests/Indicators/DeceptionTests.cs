namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 2, deception (<see cref="IndicatorCodes.Deception"/>): present when the worker was deceived about the work or conditions, the contract was withheld or substituted, a marriage promise was deceptive, or the pay received falls short of the promise by at least the methodology's share.
/// </summary>
public sealed class DeceptionTests() : IndicatorRuleTests<Deception, DeceptionTests>(
    IloIndicators.Deception,
    IndicatorCodes.Deception,
    position: 2,
    name: "Deception",
    documentedWeight: 1,
    ["recruitment.deceivedAboutNatureOfWork"],
    ["recruitment.deceivedAboutConditions"],
    ["recruitment.contractWithheldOrSubstituted"],
    ["recruitment.deceptiveMarriagePromise"],
    ["pay.paidLessThanPromised"])
{
    [Fact]
    public void Evaluate_AllNoButQuantitiesUnknown_IsUndetermined()
    {
        var finding = CaseBuilder.AllNo().Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(new[] { "pay.paidLessThanPromised" }), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_ShortfallExactlyAtThreshold_IsPresentWithFigureAndThreshold()
    {
        var finding = EveryFactNo().With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 800).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(new Evidence(Facts.Pay.PaidLessThanPromised, Answer.Yes, Facts.PaidMonthlyPay, 0.2, 0.2), Assert.Single(finding.Evidence));
    }

    [Fact]
    public void Evaluate_ShortfallJustBelowThreshold_IsNotPresent()
    {
        var finding = EveryFactNo().With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 801).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Pay.PaidLessThanPromised, Answer.No, Facts.PaidMonthlyPay, 0.199, 0.2), finding.Evidence);
    }

    [Theory]
    [InlineData(1000, 0, Answer.Yes, 1)]
    [InlineData(1000, 799, Answer.Yes, 0.201)]
    [InlineData(1000, 800, Answer.Yes, 0.2)]
    [InlineData(1000, 801, Answer.No, 0.199)]
    [InlineData(1000, 1000, Answer.No, 0)]
    [InlineData(1000, 1500, Answer.No, 0)]
    [InlineData(0, 0, Answer.No, 0)]
    [InlineData(0, 500, Answer.No, 0)]
    public void Evaluate_PaidAgainstPromised_DecidesPaidLessThanPromised(double promised, double paid, Answer expected, double shortfall)
    {
        var finding = EveryFactNo().With(Facts.PromisedMonthlyPay, promised).With(Facts.PaidMonthlyPay, paid).Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        var evidence = Assert.Single(finding.Evidence, e => ReferenceEquals(e.Fact, Facts.Pay.PaidLessThanPromised));
        Assert.Equal(expected, evidence.Answer);
        Assert.Equal(shortfall, evidence.Figure!.Value, 12);
        Assert.Equal(0.2, evidence.Threshold);
    }

    [Fact]
    public void Evaluate_PromisedPayUnknownEverythingElseNo_IsUndetermined()
    {
        var finding = EveryFactNo().With(Facts.PromisedMonthlyPay, null).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Same(Facts.Pay.PaidLessThanPromised, Assert.Single(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_CustomPayShortfallShare_ChangesOutcome()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.PayShortfallShare = 0.1;
        var assessor = CaseAssessor.Create(builder.Build());
        var c = EveryFactNo().With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 850);

        var custom = assessor.Assess(c)[Code];

        Assert.Equal(FindingStatus.NotPresent, c.Finding(Code).Status);
        Assert.Equal(FindingStatus.Present, custom.Status);
        Assert.Equal(new Evidence(Facts.Pay.PaidLessThanPromised, Answer.Yes, Facts.PaidMonthlyPay, 0.15, 0.1), Assert.Single(custom.Evidence));
    }

    protected override WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised) ? c.With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 500)
        : base.AnswerYes(c, fact);

    protected override WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised) ? c.With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 1000)
        : base.AnswerNo(c, fact);
}

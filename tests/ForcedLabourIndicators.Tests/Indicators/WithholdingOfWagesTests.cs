namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 8, withholding of wages (<see cref="IndicatorCodes.WithholdingOfWages"/>): present when wages are unpaid, deferred, paid to a third party, or a share at or above the methodology's threshold is withheld.
/// </summary>
public sealed class WithholdingOfWagesTests() : IndicatorRuleTests<WithholdingOfWages, WithholdingOfWagesTests>(
    IloIndicators.WithholdingOfWages,
    IndicatorCodes.WithholdingOfWages,
    position: 8,
    name: "Withholding of wages",
    documentedWeight: 2,
    ["pay.wagesUnpaid"],
    ["pay.wagesDeferred"],
    ["pay.wagesPaidToThirdParty"],
    ["pay.shareWithheldAboveLimit"])
{
    [Fact]
    public void Evaluate_AllNoButQuantitiesUnknown_IsUndetermined()
    {
        var finding = CaseBuilder.AllNo().Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(new[] { "pay.shareWithheldAboveLimit" }), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_ShareExactlyAtThreshold_IsPresentWithFigureAndThreshold()
    {
        var finding = EveryFactNo().With(Facts.ShareOfPayWithheld, 0.25).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(new Evidence(Facts.Pay.ShareWithheldAboveLimit, Answer.Yes, Facts.ShareOfPayWithheld, 0.25, 0.25), Assert.Single(finding.Evidence));
    }

    [Fact]
    public void Evaluate_ShareJustBelowThreshold_IsNotPresent()
    {
        var finding = EveryFactNo().With(Facts.ShareOfPayWithheld, 0.2499).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Pay.ShareWithheldAboveLimit, Answer.No, Facts.ShareOfPayWithheld, 0.2499, 0.25), finding.Evidence);
    }

    [Theory]
    [InlineData(0, Answer.No)]
    [InlineData(0.2499, Answer.No)]
    [InlineData(0.25, Answer.Yes)]
    [InlineData(0.8, Answer.Yes)]
    [InlineData(1, Answer.Yes)]
    public void Evaluate_ShareWithheldAgainstDefaultThreshold_DecidesShareWithheldAboveLimit(double share, Answer expected)
    {
        var finding = EveryFactNo().With(Facts.ShareOfPayWithheld, share).Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.Pay.ShareWithheldAboveLimit, expected, Facts.ShareOfPayWithheld, share, 0.25), finding.Evidence);
    }

    [Fact]
    public void Evaluate_CustomSystematicWithholdingShare_ChangesOutcome()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.SystematicWithholdingShare = 0.1;
        var assessor = CaseAssessor.Create(builder.Build());
        var c = EveryFactNo().With(Facts.ShareOfPayWithheld, 0.15);

        var custom = assessor.Assess(c)[Code];

        Assert.Equal(FindingStatus.NotPresent, c.Finding(Code).Status);
        Assert.Equal(FindingStatus.Present, custom.Status);
        Assert.Equal(new Evidence(Facts.Pay.ShareWithheldAboveLimit, Answer.Yes, Facts.ShareOfPayWithheld, 0.15, 0.1), Assert.Single(custom.Evidence));
    }

    protected override WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.ShareWithheldAboveLimit) ? c.With(Facts.ShareOfPayWithheld, 0.5)
        : base.AnswerYes(c, fact);

    protected override WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.ShareWithheldAboveLimit) ? c.With(Facts.ShareOfPayWithheld, 0)
        : base.AnswerNo(c, fact);
}

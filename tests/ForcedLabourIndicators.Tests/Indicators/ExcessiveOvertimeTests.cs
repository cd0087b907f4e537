namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 11, excessive overtime (<see cref="IndicatorCodes.ExcessiveOvertime"/>): present when hours are above the weekly limit, rest is below the weekly minimum, overtime is compulsory, or the worker is on call day and night.
/// </summary>
public sealed class ExcessiveOvertimeTests() : IndicatorRuleTests<ExcessiveOvertime, ExcessiveOvertimeTests>(
    IloIndicators.ExcessiveOvertime,
    IndicatorCodes.ExcessiveOvertime,
    position: 11,
    name: "Excessive overtime",
    documentedWeight: 1,
    ["workingTime.hoursAboveLimit"],
    ["workingTime.restBelowMinimum"],
    ["workingTime.overtimeCompulsory"],
    ["workingTime.onCallDayAndNight"])
{
    [Fact]
    public void Evaluate_AllNoButQuantitiesUnknown_IsUndetermined()
    {
        var finding = CaseBuilder.AllNo().Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(new[] { "workingTime.hoursAboveLimit", "workingTime.restBelowMinimum" }), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_HoursExactlyAtLimit_IsNotPresent()
    {
        var finding = EveryFactNo().With(Facts.HoursPerWeek, 48).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.WorkingTime.HoursAboveLimit, Answer.No, Facts.HoursPerWeek, 48, 48), finding.Evidence);
    }

    [Fact]
    public void Evaluate_HoursJustAboveLimit_IsPresentWithFigureAndThreshold()
    {
        var finding = EveryFactNo().With(Facts.HoursPerWeek, 48.5).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(new Evidence(Facts.WorkingTime.HoursAboveLimit, Answer.Yes, Facts.HoursPerWeek, 48.5, 48), Assert.Single(finding.Evidence));
        Assert.Equal(100 * DocumentedWeight / DefaultTotalWeight, finding.Contribution, 12);
    }

    [Theory]
    [InlineData(0, Answer.No)]
    [InlineData(47.9, Answer.No)]
    [InlineData(48, Answer.No)]
    [InlineData(48.01, Answer.Yes)]
    [InlineData(168, Answer.Yes)]
    public void Evaluate_HoursPerWeekAgainstDefaultLimit_DecidesHoursAboveLimit(double hours, Answer expected)
    {
        var finding = EveryFactNo().With(Facts.HoursPerWeek, hours).Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.WorkingTime.HoursAboveLimit, expected, Facts.HoursPerWeek, hours, 48), finding.Evidence);
    }

    [Fact]
    public void Evaluate_OneDayOff_IsNotBelowMinimumAndNotPresent()
    {
        var finding = EveryFactNo().With(Facts.DaysOffPerWeek, 1).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.WorkingTime.RestBelowMinimum, Answer.No, Facts.DaysOffPerWeek, 1, 1), finding.Evidence);
    }

    [Fact]
    public void Evaluate_HalfDayOff_IsPresentWithFigureAndThreshold()
    {
        var finding = EveryFactNo().With(Facts.DaysOffPerWeek, 0.5).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(new Evidence(Facts.WorkingTime.RestBelowMinimum, Answer.Yes, Facts.DaysOffPerWeek, 0.5, 1), Assert.Single(finding.Evidence));
    }

    [Theory]
    [InlineData(0, Answer.Yes)]
    [InlineData(0.5, Answer.Yes)]
    [InlineData(0.99, Answer.Yes)]
    [InlineData(1, Answer.No)]
    [InlineData(7, Answer.No)]
    public void Evaluate_DaysOffAgainstDefaultMinimum_DecidesRestBelowMinimum(double daysOff, Answer expected)
    {
        var finding = EveryFactNo().With(Facts.DaysOffPerWeek, daysOff).Finding(Code);

        Assert.Equal(expected == Answer.Yes ? FindingStatus.Present : FindingStatus.NotPresent, finding.Status);
        Assert.Contains(new Evidence(Facts.WorkingTime.RestBelowMinimum, expected, Facts.DaysOffPerWeek, daysOff, 1), finding.Evidence);
    }

    [Fact]
    public void Evaluate_CustomWeeklyHoursLimit_ChangesOutcome()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.WeeklyHoursLimit = 40;
        var assessor = CaseAssessor.Create(builder.Build());
        var c = EveryFactNo().With(Facts.HoursPerWeek, 44);

        var custom = assessor.Assess(c)[Code];

        Assert.Equal(FindingStatus.NotPresent, c.Finding(Code).Status);
        Assert.Equal(FindingStatus.Present, custom.Status);
        Assert.Equal(new Evidence(Facts.WorkingTime.HoursAboveLimit, Answer.Yes, Facts.HoursPerWeek, 44, 40), Assert.Single(custom.Evidence));
    }

    [Fact]
    public void Evaluate_CustomMinimumRestDays_ChangesOutcome()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.MinimumRestDaysPerWeek = 2;
        var assessor = CaseAssessor.Create(builder.Build());
        var c = EveryFactNo().With(Facts.DaysOffPerWeek, 1.5);

        var custom = assessor.Assess(c)[Code];

        Assert.Equal(FindingStatus.NotPresent, c.Finding(Code).Status);
        Assert.Equal(FindingStatus.Present, custom.Status);
        Assert.Equal(new Evidence(Facts.WorkingTime.RestBelowMinimum, Answer.Yes, Facts.DaysOffPerWeek, 1.5, 2), Assert.Single(custom.Evidence));
    }

    protected override WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.WorkingTime.HoursAboveLimit) ? c.With(Facts.HoursPerWeek, 60)
        : ReferenceEquals(fact, Facts.WorkingTime.RestBelowMinimum) ? c.With(Facts.DaysOffPerWeek, 0)
        : base.AnswerYes(c, fact);

    protected override WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.WorkingTime.HoursAboveLimit) ? c.With(Facts.HoursPerWeek, 40)
        : ReferenceEquals(fact, Facts.WorkingTime.RestBelowMinimum) ? c.With(Facts.DaysOffPerWeek, 2)
        : base.AnswerNo(c, fact);
}

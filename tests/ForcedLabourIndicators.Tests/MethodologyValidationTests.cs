namespace ForcedLabourIndicators.Tests;

/// <summary>
/// Every setting of a methodology at the exact edges of its documented range: the last value accepted builds, the first
/// value beyond fails at build with an error naming that setting and saying what is allowed.
/// </summary>
public class MethodologyValidationTests
{
    public static TheoryData<string, double> Accepted => new()
    {
        { nameof(MethodologyBuilder.WeeklyHoursLimit), 0.001 },
        { nameof(MethodologyBuilder.WeeklyHoursLimit), 168 },
        { nameof(MethodologyBuilder.MinimumRestDaysPerWeek), 0 },
        { nameof(MethodologyBuilder.MinimumRestDaysPerWeek), 7 },
        { nameof(MethodologyBuilder.SystematicWithholdingShare), 0.001 },
        { nameof(MethodologyBuilder.SystematicWithholdingShare), 1 },
        { nameof(MethodologyBuilder.PayShortfallShare), 0.001 },
        { nameof(MethodologyBuilder.PayShortfallShare), 1 },
        { nameof(MethodologyBuilder.DebtRepaymentMonthsLimit), 0 },
        { nameof(MethodologyBuilder.DebtRepaymentMonthsLimit), 1e9 },
        { nameof(MethodologyBuilder.ChildAgeLimit), 0 },
        { nameof(MethodologyBuilder.ChildAgeLimit), 30 },
        { nameof(MethodologyBuilder.ReferScore), 0.001 },
        { nameof(MethodologyBuilder.ReferScore), 100 },
        { nameof(MethodologyBuilder.MinimumCoverage), 0 },
        { nameof(MethodologyBuilder.MinimumCoverage), 1 },
    };

    public static TheoryData<string, double, string> Refused => new()
    {
        { nameof(MethodologyBuilder.WeeklyHoursLimit), 0, "The weekly hours limit must be more than 0 and at most 168." },
        { nameof(MethodologyBuilder.WeeklyHoursLimit), 168.01, "The weekly hours limit must be more than 0 and at most 168." },
        { nameof(MethodologyBuilder.WeeklyHoursLimit), double.NaN, "The weekly hours limit must be more than 0 and at most 168." },
        { nameof(MethodologyBuilder.MinimumRestDaysPerWeek), -0.01, "The minimum rest days per week must be from 0 to 7." },
        { nameof(MethodologyBuilder.MinimumRestDaysPerWeek), 7.01, "The minimum rest days per week must be from 0 to 7." },
        { nameof(MethodologyBuilder.MinimumRestDaysPerWeek), double.NaN, "The minimum rest days per week must be from 0 to 7." },
        { nameof(MethodologyBuilder.SystematicWithholdingShare), 0, "The systematic withholding share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.SystematicWithholdingShare), 1.01, "The systematic withholding share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.SystematicWithholdingShare), double.NaN, "The systematic withholding share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.PayShortfallShare), 0, "The pay shortfall share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.PayShortfallShare), 1.01, "The pay shortfall share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.PayShortfallShare), double.NaN, "The pay shortfall share must be more than 0 and at most 1." },
        { nameof(MethodologyBuilder.DebtRepaymentMonthsLimit), -0.01, "The debt repayment limit must be a finite number of months, 0 or more." },
        { nameof(MethodologyBuilder.DebtRepaymentMonthsLimit), double.PositiveInfinity, "The debt repayment limit must be a finite number of months, 0 or more." },
        { nameof(MethodologyBuilder.ChildAgeLimit), -1, "The child age limit must be from 0 to 30 years." },
        { nameof(MethodologyBuilder.ChildAgeLimit), 31, "The child age limit must be from 0 to 30 years." },
        { nameof(MethodologyBuilder.ReferScore), 0, "The refer score must be more than 0 and at most 100." },
        { nameof(MethodologyBuilder.ReferScore), 100.01, "The refer score must be more than 0 and at most 100." },
        { nameof(MethodologyBuilder.ReferScore), double.NaN, "The refer score must be more than 0 and at most 100." },
        { nameof(MethodologyBuilder.MinimumCoverage), -0.01, "The minimum coverage must be from 0 to 1." },
        { nameof(MethodologyBuilder.MinimumCoverage), 1.01, "The minimum coverage must be from 0 to 1." },
        { nameof(MethodologyBuilder.MinimumCoverage), double.NaN, "The minimum coverage must be from 0 to 1." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Build_SettingAtTheEdgeOfItsRange_Builds(string setting, double value)
    {
        var m = With(setting, value).Build();

        Assert.Equal(value, Read(m, setting));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Build_SettingJustOutsideItsRange_FailsNamingTheSetting(string setting, double value, string message)
    {
        var ex = Assert.Throws<MethodologyValidationException>(With(setting, value).Build);

        var error = Assert.Single(ex.Errors);
        Assert.Equal(setting, error.Setting);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(1000.0, true)]
    [InlineData(-0.01, false)]
    [InlineData(1000.01, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Build_Weight_IsAcceptedFromZeroTo1000(double weight, bool accepted)
    {
        var b = new MethodologyBuilder();
        b.Weights[IndicatorCodes.Isolation] = weight;

        if (accepted)
        {
            Assert.Equal(weight, b.Build().Weights[IndicatorCodes.Isolation]);
        }
        else
        {
            var error = Assert.Single(Assert.Throws<MethodologyValidationException>(b.Build).Errors);
            Assert.Equal("The weight of indicator 'ILO04' must be a finite number from 0 to 1000.", error.Message);
        }
    }

    [Fact]
    public void Build_IdAndVersion_AreLimitedInLength()
    {
        Assert.Equal(new string('i', 100), new MethodologyBuilder { Id = new string('i', 100) }.Build().Id);
        Assert.Equal(new string('v', 50), new MethodologyBuilder { Version = new string('v', 50) }.Build().Version);

        var id = Assert.Single(Assert.Throws<MethodologyValidationException>(new MethodologyBuilder { Id = new string('i', 101) }.Build).Errors);
        var version = Assert.Single(Assert.Throws<MethodologyValidationException>(new MethodologyBuilder { Version = new string('v', 51) }.Build).Errors);
        var noVersion = Assert.Single(Assert.Throws<MethodologyValidationException>(new MethodologyBuilder { Version = "" }.Build).Errors);

        Assert.Equal(("Id", "The id is longer than 100 characters."), (id.Setting, id.Message));
        Assert.Equal(("Version", "The version is longer than 50 characters."), (version.Setting, version.Message));
        Assert.Equal(("Version", "The methodology needs a version."), (noVersion.Setting, noVersion.Message));
    }

    [Fact]
    public void Build_UndefinedPolicies_AreRefused()
    {
        var strength = Assert.Single(Assert.Throws<MethodologyValidationException>(new MethodologyBuilder { StrengthPolicy = (StrengthPolicy)9 }.Build).Errors);
        var child = Assert.Single(Assert.Throws<MethodologyValidationException>(new MethodologyBuilder { ChildPolicy = (ChildPolicy)9 }.Build).Errors);

        Assert.Equal("The strength policy is not a defined value.", strength.Message);
        Assert.Equal("The child policy is not a defined value.", child.Message);
    }

    [Fact]
    public void Build_StrengthOverrides_NameTheUnknownItems_AndRefuseUndefinedStrengths()
    {
        var known = SurveyItems.All[0].Code;
        var unknown = new MethodologyBuilder();
        unknown.StrengthOverrides["penalty.nonsense"] = IndicatorStrength.Strong;
        unknown.StrengthOverrides[known] = IndicatorStrength.Strong;
        var undefined = new MethodologyBuilder();
        undefined.StrengthOverrides[known] = (IndicatorStrength)9;

        var unknownError = Assert.Single(Assert.Throws<MethodologyValidationException>(unknown.Build).Errors);
        var undefinedError = Assert.Single(Assert.Throws<MethodologyValidationException>(undefined.Build).Errors);

        Assert.Equal("Strength overrides name unknown survey items: penalty.nonsense.", unknownError.Message);
        Assert.Equal($"The strength of survey item '{known}' is not a defined value.", undefinedError.Message);
    }

    [Fact]
    public void Build_EmptyReferringIndicator_IsRefused()
    {
        var b = new MethodologyBuilder();
        b.ReferringIndicators.Add("");

        var error = Assert.Single(Assert.Throws<MethodologyValidationException>(b.Build).Errors);

        Assert.Equal("A referring indicator code is empty.", error.Message);
    }

    private static MethodologyBuilder With(string setting, double value)
    {
        var b = new MethodologyBuilder();
        switch (setting)
        {
            case nameof(MethodologyBuilder.WeeklyHoursLimit): b.WeeklyHoursLimit = value; break;
            case nameof(MethodologyBuilder.MinimumRestDaysPerWeek): b.MinimumRestDaysPerWeek = value; break;
            case nameof(MethodologyBuilder.SystematicWithholdingShare): b.SystematicWithholdingShare = value; break;
            case nameof(MethodologyBuilder.PayShortfallShare): b.PayShortfallShare = value; break;
            case nameof(MethodologyBuilder.DebtRepaymentMonthsLimit): b.DebtRepaymentMonthsLimit = value; break;
            case nameof(MethodologyBuilder.ChildAgeLimit): b.ChildAgeLimit = (int)value; break;
            case nameof(MethodologyBuilder.ReferScore): b.ReferScore = value; break;
            case nameof(MethodologyBuilder.MinimumCoverage): b.MinimumCoverage = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(setting), setting, null);
        }

        return b;
    }

    private static double Read(Methodology m, string setting) => setting switch
    {
        nameof(Methodology.WeeklyHoursLimit) => m.WeeklyHoursLimit,
        nameof(Methodology.MinimumRestDaysPerWeek) => m.MinimumRestDaysPerWeek,
        nameof(Methodology.SystematicWithholdingShare) => m.SystematicWithholdingShare,
        nameof(Methodology.PayShortfallShare) => m.PayShortfallShare,
        nameof(Methodology.DebtRepaymentMonthsLimit) => m.DebtRepaymentMonthsLimit,
        nameof(Methodology.ChildAgeLimit) => m.ChildAgeLimit,
        nameof(Methodology.ReferScore) => m.ReferScore,
        nameof(Methodology.MinimumCoverage) => m.MinimumCoverage,
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, null),
    };
}

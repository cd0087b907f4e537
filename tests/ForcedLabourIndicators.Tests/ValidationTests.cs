namespace ForcedLabourIndicators.Tests;

/// <summary>Invalid cases are rejected with errors that name the case and the field, never the value.</summary>
public class ValidationTests
{
    private static readonly CaseAssessor Assessor = CaseAssessor.Default;

    public static TheoryData<string, double> OutOfRange => new()
    {
        { "workingTime.hoursPerWeek", 168.5 },
        { "workingTime.hoursPerWeek", -1 },
        { "workingTime.daysOffPerWeek", 7.25 },
        { "pay.shareOfPayWithheld", 1.5 },
        { "pay.shareOfPayWithheld", -0.1 },
        { "pay.paidMonthlyPay", -250 },
        { "pay.promisedMonthlyPay", double.NaN },
        { "debt.amountOwed", double.PositiveInfinity },
        { "debt.monthsToRepay", -3 },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_QuantityOutOfRange_NamesCaseAndField_NotTheValue(string code, double value)
    {
        Assert.True(Facts.TryFindQuantity(code, out var q));
        var c = CaseBuilder.Unknown("case-Q").With(q, value);

        var result = Assessor.Validate(c);

        var error = Assert.Single(result.Errors);
        Assert.Equal("case-Q", error.CaseId);
        Assert.Equal(code, error.Field);
        Assert.Equal(CaseErrorCodes.OutOfRange, error.ErrorCode);
        Assert.Contains("case-Q", error.Message, StringComparison.Ordinal);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(168.0)]
    public void Validate_HoursAtTheBounds_IsValid(double hours) =>
        Assert.True(Assessor.Validate(CaseBuilder.Unknown().With(Facts.HoursPerWeek, hours)).IsValid);

    [Fact]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var c = CaseBuilder.Unknown("case-3").With(Facts.HoursPerWeek, 200).With(Facts.DaysOffPerWeek, 9) with { AgeAtTime = -2 };

        var result = Assessor.Validate(c);

        Assert.Equal(["ageAtTime", "workingTime.daysOffPerWeek", "workingTime.hoursPerWeek"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_MissingCaseId_IsAnError()
    {
        var result = Assessor.Validate(new WorkerCase(""));

        var error = Assert.Single(result.Errors);
        Assert.Equal("caseId", error.Field);
        Assert.Equal(CaseErrorCodes.Missing, error.ErrorCode);
    }

    [Fact]
    public void Validate_MalformedCaseId_IsNotEchoed()
    {
        var id = "line1\nline2";
        var result = Assessor.Validate(new WorkerCase(id).With(Facts.HoursPerWeek, -5));

        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("(invalid case id)", e.CaseId));
        Assert.All(result.Errors, e => Assert.DoesNotContain(id, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UndefinedAnswer_NamesTheFact()
    {
        var c = Facts.Documents.Held.SetOn(CaseBuilder.Unknown(), (Answer)7);

        var error = Assert.Single(Assessor.Validate(c).Errors);

        Assert.Equal("documents.held", error.Field);
        Assert.Equal(CaseErrorCodes.UndefinedValue, error.ErrorCode);
    }

    [Fact]
    public void Validate_UndefinedExcludedContext_NamesTheCaseAndFieldButNotTheValue()
    {
        var c = CaseBuilder.Unknown() with { ExcludedContext = (ExcludedContext)99 };

        var error = Assert.Single(Assessor.Validate(c).Errors);

        Assert.Equal(Facts.ExcludedContextCode, error.Field);
        Assert.Equal(CaseErrorCodes.UndefinedValue, error.ErrorCode);
        Assert.Contains(c.CaseId, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(MethodologyBuilder.StrengthPolicy), "The strength policy is not a defined value.")]
    [InlineData(nameof(MethodologyBuilder.ChildPolicy), "The child policy is not a defined value.")]
    public void Build_UndefinedPolicy_NamesTheSetting(string setting, string message)
    {
        var b = Methodology.Default.ToBuilder();
        if (setting == nameof(MethodologyBuilder.StrengthPolicy))
            b.StrengthPolicy = (StrengthPolicy)42;
        else
            b.ChildPolicy = (ChildPolicy)42;

        var ex = Assert.Throws<MethodologyValidationException>(() => b.Build());

        var error = Assert.Single(ex.Errors);
        Assert.Equal(setting, error.Setting);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Validate_MissingGroup_NamesTheGroup()
    {
        var c = CaseBuilder.Unknown() with { Pay = null! };

        var error = Assert.Single(Assessor.Validate(c).Errors);

        Assert.Equal("pay", error.Field);
    }

    [Fact]
    public void Assess_InvalidCase_ThrowsWithEveryError()
    {
        var c = CaseBuilder.Unknown("case-9").With(Facts.ShareOfPayWithheld, 2);

        var ex = Assert.Throws<InvalidCaseException>(() => Assessor.Assess(c));

        Assert.Equal("case-9", ex.CaseId);
        Assert.Equal("pay.shareOfPayWithheld", Assert.Single(ex.Errors).Field);
        Assert.Contains("case-9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAssess_InvalidCase_ReturnsErrorsWithoutThrowing()
    {
        var ok = Assessor.TryAssess(CaseBuilder.Unknown().With(Facts.HoursPerWeek, 170), out var assessment, out var errors);

        Assert.False(ok);
        Assert.Null(assessment);
        Assert.Equal("workingTime.hoursPerWeek", Assert.Single(errors).Field);
    }

    [Fact]
    public void TryAssess_ValidCase_ReturnsAssessment()
    {
        var ok = Assessor.TryAssess(ExampleCases.LabourExportProgramme, out var assessment, out var errors);

        Assert.True(ok);
        Assert.NotNull(assessment);
        Assert.Empty(errors);
    }

    [Fact]
    public void Assess_NullCase_Throws() => Assert.Throws<ArgumentNullException>(() => Assessor.Assess(null!));
}

namespace ForcedLabourIndicators.Tests;

/// <summary>
/// The exact limits of a valid case and the wording of each error: every message names the case (or says why it cannot)
/// and the field, and says what is allowed. The fast check used by bulk scoring agrees with the validator at each limit.
/// </summary>
public class ValidationMessageTests
{
    private static readonly CaseAssessor Assessor = CaseAssessor.Default;

    private static CaseError SingleError(WorkerCase c)
    {
        var error = Assert.Single(Assessor.Validate(c).Errors);
        Assert.False(WorkerCaseValidator.IsValidFast(c));
        return error;
    }

    private static void AssertValid(WorkerCase c)
    {
        Assert.True(Assessor.Validate(c).IsValid);
        Assert.True(WorkerCaseValidator.IsValidFast(c));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(120)]
    public void Validate_AgeAtTheLimits_IsValid(int age) => AssertValid(CaseBuilder.Unknown() with { AgeAtTime = age });

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void Validate_AgeBeyondTheLimits_NamesCaseFieldAndRange(int age)
    {
        var error = SingleError(CaseBuilder.Unknown("case-A") with { AgeAtTime = age });

        Assert.Equal(new CaseError("case-A", "ageAtTime", CaseErrorCodes.OutOfRange, "Case 'case-A': ageAtTime must be a whole number of years from 0 to 120."), error);
        Assert.Equal(error.Message, error.ToString());
    }

    [Fact]
    public void Validate_UndefinedExcludedContext_NamesCaseAndField()
    {
        var error = SingleError(CaseBuilder.Unknown("case-E") with { ExcludedContext = (ExcludedContext)99 });

        Assert.Equal(new CaseError("case-E", "excludedContext", CaseErrorCodes.UndefinedValue, "Case 'case-E': excludedContext is not one of the defined excluded contexts."), error);
    }

    [Fact]
    public void Validate_CaseIdOf128Characters_IsValid_129IsNot()
    {
        AssertValid(CaseBuilder.Unknown(new string('x', 128)));

        var error = SingleError(CaseBuilder.Unknown(new string('x', 129)));

        Assert.Equal(new CaseError("(invalid case id)", "caseId", CaseErrorCodes.InvalidCaseId, "A case id is longer than 128 characters or holds control characters."), error);
    }

    [Theory]
    [InlineData("tab\there")]
    [InlineData("nul\0")]
    [InlineData("\u007f")]
    public void Validate_CaseIdWithAControlCharacter_IsInvalid_AndNeverEchoed(string id)
    {
        var error = SingleError(CaseBuilder.Unknown(id));

        Assert.Equal(("(invalid case id)", CaseErrorCodes.InvalidCaseId), (error.CaseId, error.ErrorCode));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_BlankCaseId_IsMissing_AndOtherErrorsSayThereIsNoId(string id)
    {
        var errors = Assessor.Validate(CaseBuilder.Unknown(id) with { AgeAtTime = 200 }).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal(new CaseError("(no case id)", "caseId", CaseErrorCodes.Missing, "A case has no case id: every case needs a pseudonymous id."), errors[0]);
        Assert.Equal("Case '(no case id)': ageAtTime must be a whole number of years from 0 to 120.", errors[1].Message);
        Assert.False(WorkerCaseValidator.IsValidFast(CaseBuilder.Unknown(id)));
    }

    [Fact]
    public void Validate_NullCaseId_IsMissing()
    {
        var error = SingleError(new WorkerCase(null!));

        Assert.Equal(("(no case id)", "caseId", CaseErrorCodes.Missing), (error.CaseId, error.Field, error.ErrorCode));
    }

    [Theory]
    [InlineData("workingTime.hoursPerWeek", 168.5, "Case 'q': workingTime.hoursPerWeek must be a number from 0 to 168 (hours per week), or left unknown.")]
    [InlineData("workingTime.daysOffPerWeek", -0.5, "Case 'q': workingTime.daysOffPerWeek must be a number from 0 to 7 (days per week), or left unknown.")]
    [InlineData("pay.shareOfPayWithheld", 1.01, "Case 'q': pay.shareOfPayWithheld must be a number from 0 to 1 (share 0-1), or left unknown.")]
    [InlineData("debt.amountOwed", -1.0, "Case 'q': debt.amountOwed must be a number 0 or more (money), or left unknown.")]
    [InlineData("pay.paidMonthlyPay", double.PositiveInfinity, "Case 'q': pay.paidMonthlyPay must be a number 0 or more (money per month), or left unknown.")]
    [InlineData("debt.monthsToRepay", double.NaN, "Case 'q': debt.monthsToRepay must be a number 0 or more (months), or left unknown.")]
    public void Validate_QuantityOutOfRange_SaysWhatRangeAndUnitAreAllowed(string code, double value, string message)
    {
        Assert.True(Facts.TryFindQuantity(code, out var q));

        var error = SingleError(CaseBuilder.Unknown("q").With(q, value));

        Assert.Equal(new CaseError("q", code, CaseErrorCodes.OutOfRange, message), error);
    }

    [Theory]
    [InlineData("pay.shareOfPayWithheld", 0.0)]
    [InlineData("pay.shareOfPayWithheld", 1.0)]
    [InlineData("workingTime.daysOffPerWeek", 7.0)]
    [InlineData("debt.amountOwed", 0.0)]
    [InlineData("debt.amountOwed", 1e12)]
    public void Validate_QuantityAtTheEdgeOfItsRange_IsValid(string code, double value)
    {
        Assert.True(Facts.TryFindQuantity(code, out var q));

        AssertValid(CaseBuilder.Unknown().With(q, value));
    }

    [Fact]
    public void Validate_UndefinedAnswer_SaysTheAllowedAnswers()
    {
        var c = Facts.Threats.PhysicalViolence.SetOn(CaseBuilder.Unknown("case-U"), (Answer)7);

        var error = SingleError(c);

        Assert.Equal("Case 'case-U': threats.physicalViolence must be yes, no or unknown.", error.Message);
    }

    [Theory]
    [InlineData("recruitment")]
    [InlineData("pay")]
    [InlineData("workingTime")]
    [InlineData("documents")]
    [InlineData("movement")]
    [InlineData("threats")]
    [InlineData("debt")]
    [InlineData("conditions")]
    [InlineData("leaving")]
    [InlineData("vulnerability")]
    [InlineData("child")]
    public void Validate_MissingGroup_NamesTheGroup_AndReportsNothingElseAboutIt(string group)
    {
        var c = group switch
        {
            "recruitment" => CaseBuilder.Unknown("case-G") with { Recruitment = null! },
            "pay" => CaseBuilder.Unknown("case-G").With(Facts.HoursPerWeek, 500) with { Pay = null! },
            "workingTime" => CaseBuilder.Unknown("case-G") with { WorkingTime = null! },
            "documents" => CaseBuilder.Unknown("case-G") with { Documents = null! },
            "movement" => CaseBuilder.Unknown("case-G") with { Movement = null! },
            "threats" => CaseBuilder.Unknown("case-G") with { Threats = null! },
            "debt" => CaseBuilder.Unknown("case-G") with { Debt = null! },
            "conditions" => CaseBuilder.Unknown("case-G") with { Conditions = null! },
            "leaving" => CaseBuilder.Unknown("case-G") with { Leaving = null! },
            "vulnerability" => CaseBuilder.Unknown("case-G") with { Vulnerability = null! },
            _ => CaseBuilder.Unknown("case-G") with { Child = null! },
        };

        var errors = Assessor.Validate(c).Errors;

        var missing = Assert.Single(errors, e => e.ErrorCode == CaseErrorCodes.Missing);
        Assert.Equal(group, missing.Field);
        Assert.Equal($"Case 'case-G': the group {group} is missing (set it, or leave its default with every fact unknown).", missing.Message);
        Assert.False(WorkerCaseValidator.IsValidFast(c));
        // Only the pay case carries a second, unrelated error (its hours), which is still reported.
        Assert.Equal(group == "pay" ? 2 : 1, errors.Count);
    }

    [Fact]
    public void CaseFacts_Create_InvalidCase_ThrowsWithTheValidatorsErrors()
    {
        var c = CaseBuilder.Unknown("case-F").With(Facts.HoursPerWeek, 200);

        var ex = Assert.Throws<InvalidCaseException>(() => CaseFacts.Create(c, Methodology.Default));

        Assert.Equal("case-F", ex.CaseId);
        Assert.Equal(Assessor.Validate(c).Errors, ex.Errors);
    }

    [Fact]
    public void CaseValidationResult_Fail_NeedsAnError()
    {
        Assert.Throws<ArgumentException>(() => CaseValidationResult.Fail([]));
        Assert.Throws<ArgumentNullException>(() => CaseValidationResult.Fail(null!));
        Assert.False(CaseValidationResult.Fail([new CaseError("c", "f", "e", "m")]).IsValid);
        Assert.True(CaseValidationResult.Success.IsValid);
    }
}

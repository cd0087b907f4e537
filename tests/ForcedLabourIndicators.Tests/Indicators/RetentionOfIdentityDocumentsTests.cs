namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 7, retention of identity documents (<see cref="IndicatorCodes.RetentionOfIdentityDocuments"/>): a single clause
/// of two facts, present only when the documents are held and not returned on request.
/// </summary>
public sealed class RetentionOfIdentityDocumentsTests() : IndicatorRuleTests<RetentionOfIdentityDocuments, RetentionOfIdentityDocumentsTests>(
    IloIndicators.RetentionOfIdentityDocuments,
    IndicatorCodes.RetentionOfIdentityDocuments,
    position: 7,
    name: "Retention of identity documents",
    documentedWeight: 2,
    [HeldCode, NotReturnedCode])
{
    private const string HeldCode = "documents.held";
    private const string NotReturnedCode = "documents.notReturnedOnRequest";

    private static readonly Fact Held = Facts.Documents.Held;
    private static readonly Fact NotReturned = Facts.Documents.NotReturnedOnRequest;

    /// <summary>The facts of the rule, by code, one row per fact.</summary>
    public static TheoryData<string> RuleFacts => new(HeldCode, NotReturnedCode);

    [Fact]
    public void Evaluate_DocumentsHeldNotReturnedUnknown_IsUndeterminedWithHeldAsPartialEvidence()
    {
        var finding = CaseBuilder.Unknown().Yes(Held).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Equal(new Evidence(Held, Answer.Yes), Assert.Single(finding.Evidence));
        Assert.Same(NotReturned, Assert.Single(finding.UnknownFacts));
        Assert.Equal(0, finding.Contribution);
    }

    [Fact]
    public void Evaluate_DocumentsHeldNotReturnedUnknownEverythingElseNo_IsStillUndetermined()
    {
        var finding = Unanswer(CaseBuilder.AllNo().Yes(Held), NotReturned).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Equal(new Evidence(Held, Answer.Yes), Assert.Single(finding.Evidence));
        Assert.Same(NotReturned, Assert.Single(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_HeldUnknownNotReturnedYes_IsUndeterminedWithNotReturnedAsPartialEvidence()
    {
        var finding = CaseBuilder.Unknown().Yes(NotReturned).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Equal(new Evidence(NotReturned, Answer.Yes), Assert.Single(finding.Evidence));
        Assert.Same(Held, Assert.Single(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_DocumentsNotHeldNotReturnedUnknown_IsNotPresent()
    {
        var finding = CaseBuilder.Unknown().No(Held).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(new Evidence(Held, Answer.No), Assert.Single(finding.Evidence));
        Assert.Same(NotReturned, Assert.Single(finding.UnknownFacts));
        Assert.Equal(0, finding.Contribution);
    }

    [Theory]
    [MemberData(nameof(RuleFacts))]
    public void Evaluate_EveryFactNoButOneUnknown_IsNotPresentBecauseTheOnlyClauseIsRefuted(string code)
    {
        var unknown = Find(code);
        var other = ReferenceEquals(unknown, Held) ? NotReturned : Held;

        var finding = Unanswer(CaseBuilder.AllNo(), unknown).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(new Evidence(other, Answer.No), Assert.Single(finding.Evidence));
        Assert.Same(unknown, Assert.Single(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_DocumentsHeldButReturnedOnRequest_IsNotPresentWithTheNoAsEvidence()
    {
        var finding = CaseBuilder.Unknown().Yes(Held).No(NotReturned).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(new Evidence(NotReturned, Answer.No), Assert.Single(finding.Evidence));
        Assert.Empty(finding.UnknownFacts);
    }

    [Fact]
    public void Evaluate_DocumentsNotHeldButNotReturnedYes_IsNotPresentWithTheNoAsEvidence()
    {
        var finding = CaseBuilder.Unknown().No(Held).Yes(NotReturned).Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(new Evidence(Held, Answer.No), Assert.Single(finding.Evidence));
    }
}

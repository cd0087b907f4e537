using System.Globalization;
using System.Xml.Linq;

namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 7, retention of identity documents (<see cref="IndicatorCodes.RetentionOfIdentityDocuments"/>): a single clause
/// of two facts, present only when the documents are held and not returned on request.
/// </summary>
public sealed class RetentionOfIdentityDocumentsTests
{
    private const string Code = IndicatorCodes.RetentionOfIdentityDocuments;
    private const double DocumentedWeight = 2;
    private const double DefaultTotalWeight = 18;
    private const string HeldCode = "documents.held";
    private const string NotReturnedCode = "documents.notReturnedOnRequest";

    private static readonly RetentionOfIdentityDocuments Rule = IloIndicators.RetentionOfIdentityDocuments;
    private static readonly Fact Held = Facts.Documents.Held;
    private static readonly Fact NotReturned = Facts.Documents.NotReturnedOnRequest;

    /// <summary>The facts of the rule, by code, one row per fact.</summary>
    public static TheoryData<string> RuleFacts => new(HeldCode, NotReturnedCode);

    [Fact]
    public void Rule_Metadata_MatchesDocumentation()
    {
        Assert.Equal(IndicatorCodes.RetentionOfIdentityDocuments, Rule.Code);
        Assert.Equal("ILO07", Rule.Code);
        Assert.Equal("Retention of identity documents", Rule.Name);
        Assert.Equal(IloIndicators.BookletSource, Rule.Source);
        Assert.False(string.IsNullOrWhiteSpace(Rule.Description));
        Assert.Equal(DocumentedWeight, Rule.DefaultWeight);
        Assert.Equal(DocumentedWeight, Methodology.Default.WeightOf(Rule));
        Assert.Same(Rule, IloIndicators.All[7 - 1]);
        Assert.Equal("ILO07 Retention of identity documents", Rule.ToString());
    }

    [Fact]
    public void DefaultWeight_ComparedWithXmlDocRemarks_IsTheDocumentedWeight()
    {
        var remarks = XmlDocRemarks(typeof(RetentionOfIdentityDocuments));
        const string marker = "Default weight ";
        var at = remarks.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No '{marker}' in the remarks: {remarks}");
        var number = new string(remarks[(at + marker.Length)..].TakeWhile(ch => char.IsAsciiDigit(ch) || ch == '.').ToArray()).TrimEnd('.');

        Assert.Equal(Rule.DefaultWeight, double.Parse(number, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Clauses_OfTheRule_AreOneClauseOfHeldAndNotReturned()
    {
        var clause = Assert.Single(Rule.Clauses);

        Assert.Equal(new[] { HeldCode, NotReturnedCode }, clause.Select(f => f.Code));
        Assert.Equal(new[] { HeldCode, NotReturnedCode }, Sorted(Rule.Facts));
        Assert.Equal(new[] { HeldCode, NotReturnedCode }, Assert.Single(new RetentionOfIdentityDocuments().Clauses).Select(f => f.Code));
    }

    [Theory]
    [InlineData(HeldCode, NotReturnedCode)]
    public void Evaluate_ClauseAnsweredYesAloneRestUnknown_IsPresent(string first, string second)
    {
        var (a, b) = (Find(first), Find(second));

        var finding = CaseBuilder.Unknown().Yes(a, b).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Code, finding.Code);
        Assert.Equal(Rule.Name, finding.Name);
        Assert.Equal(new[] { new Evidence(a, Answer.Yes), new Evidence(b, Answer.Yes) }, finding.Evidence.OrderBy(e => e.Fact.Code, StringComparer.Ordinal));
        Assert.Empty(finding.UnknownFacts);
    }

    [Theory]
    [InlineData(HeldCode, NotReturnedCode)]
    public void Evaluate_ClauseYesEveryOtherFactNo_IsPresentWithOnlyThatClauseAsEvidence(string first, string second)
    {
        var finding = CaseBuilder.AllNo().Yes(Find(first), Find(second)).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Sorted(new[] { first, second }), Sorted(finding.Evidence.Select(e => e.Fact)));
        Assert.All(finding.Evidence, e => Assert.Equal(Answer.Yes, e.Answer));
        Assert.Empty(finding.UnknownFacts);
    }

    [Fact]
    public void Evaluate_RuleOnCaseFactsWithDocumentsHeldAndNotReturned_IsPresent()
    {
        var facts = CaseFacts.Create(CaseBuilder.Unknown().Yes(Held, NotReturned), Methodology.Default);

        Assert.Equal(FindingStatus.Present, Rule.Evaluate(facts).Status);
    }

    [Fact]
    public void Evaluate_EveryFactNo_IsNotPresent()
    {
        var finding = CaseBuilder.AllNo().Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(new[] { HeldCode, NotReturnedCode }, Sorted(finding.Evidence.Select(e => e.Fact)));
        Assert.All(finding.Evidence, e => Assert.Equal(Answer.No, e.Answer));
        Assert.Empty(finding.UnknownFacts);
        Assert.Equal(0, finding.Contribution);
    }

    [Fact]
    public void Evaluate_EveryFactUnknown_IsUndetermined()
    {
        var finding = CaseBuilder.Unknown().Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(new[] { HeldCode, NotReturnedCode }, Sorted(finding.UnknownFacts));
        Assert.Equal(0, finding.Contribution);
    }

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
        var finding = CaseBuilder.AllNo().Yes(Held).Unanswer(NotReturned).Finding(Code);

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

        var finding = CaseBuilder.AllNo().Unanswer(unknown).Finding(Code);

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

    [Fact]
    public void Evaluate_EveryOtherFactYesButDocumentsUnknown_IsUndetermined()
    {
        var c = ExampleCases.AllAnswered("test-case", Answer.Yes).Unanswer(Held).Unanswer(NotReturned);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(new[] { HeldCode, NotReturnedCode }, Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Contribution_WhenPresent_IsWeightShareOfDefaultTotalWeight()
    {
        Assert.Equal(DefaultTotalWeight, IloIndicators.All.Sum(r => r.DefaultWeight));

        var finding = CaseBuilder.Unknown().Yes(Held, NotReturned).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(DocumentedWeight, finding.Weight);
        Assert.Equal(100 * DocumentedWeight / DefaultTotalWeight, finding.Contribution, 12);
    }

    [Fact]
    public void Contribution_WhenNotPresentOrUndetermined_IsZero()
    {
        var notPresent = CaseBuilder.AllNo().Finding(Code);
        var undetermined = CaseBuilder.Unknown().Yes(Held).Finding(Code);

        Assert.Equal((FindingStatus.NotPresent, 0.0, DocumentedWeight), (notPresent.Status, notPresent.Contribution, notPresent.Weight));
        Assert.Equal((FindingStatus.Undetermined, 0.0, DocumentedWeight), (undetermined.Status, undetermined.Contribution, undetermined.Weight));
    }

    [Fact]
    public void Contribution_WithMethodologyWeightOverride_UsesOverriddenWeight()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.Weights[Code] = 5;
        var assessor = CaseAssessor.Create(builder.Build());

        var finding = assessor.Assess(CaseBuilder.Unknown().Yes(Held, NotReturned))[Code];

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(5, finding.Weight);
        Assert.Equal(100 * 5 / (DefaultTotalWeight - DocumentedWeight + 5), finding.Contribution, 12);
    }

    private static Fact Find(string code) =>
        Facts.TryFind(code, out var fact) ? fact : throw new ArgumentException("No fact has the code " + code, nameof(code));

    private static string[] Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];

    private static string[] Sorted(IEnumerable<Fact> facts) => Sorted(facts.Select(f => f.Code));

    private static string XmlDocRemarks(Type type)
    {
        var path = Path.ChangeExtension(type.Assembly.Location, ".xml");
        var member = XDocument.Load(path).Descendants("member")
            .Single(m => (string?)m.Attribute("name") == "T:" + type.FullName);
        return member.Element("remarks")?.Value ?? string.Empty;
    }
}

/// <summary>Clears a yes/no answer, for the retention tests.</summary>
file static class RetentionCaseExtensions
{
    public static WorkerCase Unanswer(this WorkerCase c, Fact fact) => fact.SetOn(c, Answer.Unknown);
}

using System.Globalization;
using System.Xml.Linq;

namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 5, physical and sexual violence (<see cref="IndicatorCodes.PhysicalAndSexualViolence"/>): present on physical violence, sexual violence or harassment, forced drug or alcohol use, or witnessed violence against others.
/// </summary>
public sealed class PhysicalAndSexualViolenceTests
{
    private const string Code = IndicatorCodes.PhysicalAndSexualViolence;
    private const double DocumentedWeight = 3;
    private const double DefaultTotalWeight = 18;

    private static readonly string[] ClauseCodes =
    [
        "threats.physicalViolence",
        "threats.sexualViolenceOrHarassment",
        "threats.forcedDrugOrAlcoholUse",
        "threats.violenceAgainstOthersWitnessed",
    ];

    private static readonly PhysicalAndSexualViolence Rule = IloIndicators.PhysicalAndSexualViolence;

    /// <summary>One row per clause of the rule (each clause is a single fact), by fact code.</summary>
    public static TheoryData<string> Clauses => new(ClauseCodes);

    [Fact]
    public void Rule_Metadata_MatchesDocumentation()
    {
        Assert.Equal(IndicatorCodes.PhysicalAndSexualViolence, Rule.Code);
        Assert.Equal("ILO05", Rule.Code);
        Assert.Equal("Physical and sexual violence", Rule.Name);
        Assert.Equal(IloIndicators.BookletSource, Rule.Source);
        Assert.False(string.IsNullOrWhiteSpace(Rule.Description));
        Assert.Equal(DocumentedWeight, Rule.DefaultWeight);
        Assert.Equal(DocumentedWeight, Methodology.Default.WeightOf(Rule));
        Assert.Same(Rule, IloIndicators.All[5 - 1]);
        Assert.Equal("ILO05 Physical and sexual violence", Rule.ToString());
    }

    [Fact]
    public void DefaultWeight_ComparedWithXmlDocRemarks_IsTheDocumentedWeight()
    {
        var remarks = XmlDocRemarks(typeof(PhysicalAndSexualViolence));
        const string marker = "Default weight ";
        var at = remarks.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No '{marker}' in the remarks: {remarks}");
        var number = new string(remarks[(at + marker.Length)..].TakeWhile(ch => char.IsAsciiDigit(ch) || ch == '.').ToArray()).TrimEnd('.');

        Assert.Equal(Rule.DefaultWeight, double.Parse(number, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Clauses_OfTheRule_AreTheDocumentedSingleFactClauses()
    {
        Assert.Equal(ClauseCodes, Rule.Clauses.Select(c => Assert.Single(c).Code));
        Assert.Equal(Sorted(ClauseCodes), Sorted(Rule.Facts));
        Assert.Equal(Rule.Clauses.Select(c => c[0].Code), new PhysicalAndSexualViolence().Clauses.Select(c => c[0].Code));
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Evaluate_ClauseAnsweredYesAloneRestUnknown_IsPresent(string code)
    {
        var fact = Find(code);

        var finding = AnswerYes(CaseBuilder.Unknown(), fact).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Code, finding.Code);
        Assert.Equal(Rule.Name, finding.Name);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Same(fact, evidence.Fact);
        Assert.Equal(Answer.Yes, evidence.Answer);
        Assert.Equal(Sorted(ClauseCodes.Where(c => c != code)), Sorted(finding.UnknownFacts));
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Evaluate_ClauseYesEveryOtherFactNo_IsPresentWithOnlyThatClauseAsEvidence(string code)
    {
        var fact = Find(code);

        var finding = AnswerYes(EveryFactNo(), fact).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal([code], finding.EvidenceCodes());
        Assert.Equal(Answer.Yes, Assert.Single(finding.Evidence).Answer);
        Assert.Empty(finding.UnknownFacts);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Evaluate_RuleOnCaseFactsWithClauseYes_IsPresent(string code)
    {
        var facts = CaseFacts.Create(AnswerYes(CaseBuilder.Unknown(), Find(code)), Methodology.Default);

        Assert.Equal(Answer.Yes, facts[Find(code)]);
        Assert.Equal(FindingStatus.Present, Rule.Evaluate(facts).Status);
    }

    [Fact]
    public void Evaluate_TwoClausesYes_EvidenceIsBothClauses()
    {
        var first = Find(ClauseCodes[0]);
        var last = Find(ClauseCodes[^1]);

        var finding = AnswerYes(AnswerYes(EveryFactNo(), first), last).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Sorted([first.Code, last.Code]), Sorted(finding.Evidence.Select(e => e.Fact)));
        Assert.All(finding.Evidence, e => Assert.Equal(Answer.Yes, e.Answer));
    }

    [Fact]
    public void Evaluate_EveryFactNo_IsNotPresent()
    {
        var finding = EveryFactNo().Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(Sorted(ClauseCodes), Sorted(finding.Evidence.Select(e => e.Fact)));
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
        Assert.Equal(Sorted(ClauseCodes), Sorted(finding.UnknownFacts));
        Assert.Equal(0, finding.Contribution);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Evaluate_EveryFactNoButOneUnknown_IsUndetermined(string code)
    {
        var fact = Find(code);

        var finding = Unanswer(EveryFactNo(), fact).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Same(fact, Assert.Single(finding.UnknownFacts));
        Assert.Empty(finding.Evidence);
        Assert.Equal(0, finding.Contribution);
    }

    [Theory]
    [MemberData(nameof(Clauses))]
    public void Evaluate_OneFactNoRestUnknown_IsUndetermined(string code)
    {
        var fact = Find(code);

        var finding = AnswerNo(CaseBuilder.Unknown(), fact).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(ClauseCodes.Where(c => c != code)), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Evaluate_EveryOtherFactYesButRuleFactsUnknown_IsUndetermined()
    {
        var everyYes = ExampleCases.AllAnswered("test-case", Answer.Yes);
        var c = Rule.Facts.Aggregate(everyYes, Unanswer);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(ClauseCodes), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Contribution_WhenPresent_IsWeightShareOfDefaultTotalWeight()
    {
        Assert.Equal(DefaultTotalWeight, IloIndicators.All.Sum(r => r.DefaultWeight));

        var finding = AnswerYes(CaseBuilder.Unknown(), Find(ClauseCodes[0])).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(DocumentedWeight, finding.Weight);
        Assert.Equal(100 * DocumentedWeight / DefaultTotalWeight, finding.Contribution, 12);
    }

    [Fact]
    public void Contribution_WhenNotPresentOrUndetermined_IsZero()
    {
        var notPresent = EveryFactNo().Finding(Code);
        var undetermined = CaseBuilder.Unknown().Finding(Code);

        Assert.Equal((FindingStatus.NotPresent, 0.0, DocumentedWeight), (notPresent.Status, notPresent.Contribution, notPresent.Weight));
        Assert.Equal((FindingStatus.Undetermined, 0.0, DocumentedWeight), (undetermined.Status, undetermined.Contribution, undetermined.Weight));
    }

    [Fact]
    public void Contribution_WithMethodologyWeightOverride_UsesOverriddenWeight()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.Weights[Code] = 5;
        var assessor = CaseAssessor.Create(builder.Build());

        var finding = assessor.Assess(AnswerYes(CaseBuilder.Unknown(), Find(ClauseCodes[0])))[Code];

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(5, finding.Weight);
        Assert.Equal(100 * 5 / (DefaultTotalWeight - DocumentedWeight + 5), finding.Contribution, 12);
    }

    private static Fact Find(string code) =>
        Facts.TryFind(code, out var fact) ? fact : throw new ArgumentException("No fact has the code " + code, nameof(code));

    private static WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        c.Yes(fact);

    private static WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        c.No(fact);

    private static WorkerCase Unanswer(WorkerCase c, Fact fact) =>
        fact.DerivedFrom is { } quantity ? c.With(quantity, null) : fact.SetOn(c, Answer.Unknown);

    /// <summary>Every directly answered fact no, and the quantities behind this rule's derived facts set below their thresholds.</summary>
    private static WorkerCase EveryFactNo() => Rule.Facts.Aggregate(CaseBuilder.AllNo(), AnswerNo);

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

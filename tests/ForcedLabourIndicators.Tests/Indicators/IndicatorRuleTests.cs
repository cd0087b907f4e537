using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Xml.Linq;

namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// What every ILO indicator rule must do, checked once for all eleven: its metadata and documented weight, its clauses,
/// that each clause alone makes the indicator present, that every fact no makes it not present and anything left open
/// keeps it undetermined, and its contribution to the score.
/// </summary>
/// <remarks>
/// Each indicator's sealed test class derives from this and gives only what is specific to it: the rule, its code,
/// position, name, documented weight and clauses, how to make its derived facts yes or no (by overriding
/// <see cref="AnswerYes"/> and <see cref="AnswerNo"/> to set the quantities behind them), and its own threshold tests.
/// The per-clause theories get one row per documented clause, so a clause the rule lost still fails its own rows, and
/// <see cref="Clauses_OfTheRule_AreTheDocumentedClauses"/> checks the rule has exactly those clauses.
/// </remarks>
/// <typeparam name="TRule">The rule under test.</typeparam>
/// <typeparam name="TSelf">The deriving test class, so the static theory rows can read its documented clauses.</typeparam>
public abstract class IndicatorRuleTests<TRule, TSelf>
    where TRule : FactClauseRule, new()
    where TSelf : IndicatorRuleTests<TRule, TSelf>, new()
{
    /// <summary>The sum of the eleven indicators' default weights.</summary>
    protected const double DefaultTotalWeight = 18;

    private const string ClauseSeparator = " + ";

    /// <summary>Describes the indicator under test.</summary>
    /// <param name="rule">The shared instance of the rule on <see cref="IloIndicators"/>.</param>
    /// <param name="code">The rule's code, from <see cref="IndicatorCodes"/>.</param>
    /// <param name="position">The indicator's number in the ILO's list, 1 to 11.</param>
    /// <param name="name">The documented name.</param>
    /// <param name="documentedWeight">The documented default weight.</param>
    /// <param name="clauses">The documented clauses, in order, each as its facts' codes in order.</param>
    protected IndicatorRuleTests(TRule rule, string code, int position, string name, double documentedWeight, params string[][] clauses)
    {
        Rule = rule;
        Code = code;
        Position = position;
        Name = name;
        DocumentedWeight = documentedWeight;
        DocumentedClauses = clauses;
    }

    /// <summary>One row per documented clause, named by its facts' codes joined with " + ".</summary>
    [SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "xunit's MemberData reads a static member, and the rows depend on the indicator.")]
    public static TheoryData<string> DocumentedClauseRows => new(new TSelf().DocumentedClauses.Select(ClauseKey));

    /// <summary>The rule under test, as shared on <see cref="IloIndicators"/>.</summary>
    protected TRule Rule { get; }

    /// <summary>The rule's code.</summary>
    protected string Code { get; }

    /// <summary>The indicator's number in the ILO's list.</summary>
    protected int Position { get; }

    /// <summary>The documented name.</summary>
    protected string Name { get; }

    /// <summary>The documented default weight.</summary>
    protected double DocumentedWeight { get; }

    /// <summary>The documented clauses, each as its facts' codes.</summary>
    protected IReadOnlyList<string[]> DocumentedClauses { get; }

    /// <summary>Every fact of the documented clauses.</summary>
    protected IEnumerable<string> DocumentedFacts => DocumentedClauses.SelectMany(c => c);

    [Fact]
    public void Rule_Metadata_MatchesDocumentation()
    {
        var iloCode = string.Create(CultureInfo.InvariantCulture, $"ILO{Position:D2}");

        Assert.Equal(Code, Rule.Code);
        Assert.Equal(iloCode, Rule.Code);
        Assert.Equal(Name, Rule.Name);
        Assert.Equal(IloIndicators.BookletSource, Rule.Source);
        Assert.False(string.IsNullOrWhiteSpace(Rule.Description));
        Assert.Equal(DocumentedWeight, Rule.DefaultWeight);
        Assert.Equal(DocumentedWeight, Methodology.Default.WeightOf(Rule));
        Assert.Same(Rule, IloIndicators.All[Position - 1]);
        Assert.Equal(iloCode + " " + Name, Rule.ToString());
    }

    [Fact]
    public void DefaultWeight_ComparedWithXmlDocRemarks_IsTheDocumentedWeight()
    {
        var remarks = XmlDocRemarks(typeof(TRule));
        const string marker = "Default weight ";
        var at = remarks.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No '{marker}' in the remarks: {remarks}");
        var number = new string(remarks[(at + marker.Length)..].TakeWhile(ch => char.IsAsciiDigit(ch) || ch == '.').ToArray()).TrimEnd('.');

        Assert.Equal(Rule.DefaultWeight, double.Parse(number, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Clauses_OfTheRule_AreTheDocumentedClauses()
    {
        Assert.Equal(DocumentedClauses.Select(ClauseKey), Rule.Clauses.Select(ClauseKey));
        Assert.Equal(Sorted(DocumentedFacts), Sorted(Rule.Facts));
        Assert.Equal(Rule.Clauses.Select(ClauseKey), new TRule().Clauses.Select(ClauseKey));
    }

    [Theory]
    [MemberData(nameof(DocumentedClauseRows))]
    public void Evaluate_ClauseAnsweredYesAloneRestUnknown_IsPresent(string clause)
    {
        var facts = ClauseFacts(clause);

        var finding = facts.Aggregate(CaseBuilder.Unknown(), AnswerYes).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Code, finding.Code);
        Assert.Equal(Rule.Name, finding.Name);
        Assert.Equal(Answered(facts, Answer.Yes), Answered(finding.Evidence));
        Assert.Equal(Sorted(DocumentedFacts.Except(clause.Split(ClauseSeparator))), Sorted(finding.UnknownFacts));
    }

    [Theory]
    [MemberData(nameof(DocumentedClauseRows))]
    public void Evaluate_ClauseYesEveryOtherFactNo_IsPresentWithOnlyThatClauseAsEvidence(string clause)
    {
        var facts = ClauseFacts(clause);

        var finding = facts.Aggregate(EveryFactNo(), AnswerYes).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Answered(facts, Answer.Yes), Answered(finding.Evidence));
        Assert.Empty(finding.UnknownFacts);
    }

    [Theory]
    [MemberData(nameof(DocumentedClauseRows))]
    public void Evaluate_RuleOnCaseFactsWithClauseYes_IsPresent(string clause)
    {
        var facts = ClauseFacts(clause);

        var caseFacts = CaseFacts.Create(facts.Aggregate(CaseBuilder.Unknown(), AnswerYes), Methodology.Default);

        Assert.Equal(facts.Select(f => (f, Answer.Yes)), facts.Select(f => (f, caseFacts[f])));
        Assert.Equal(FindingStatus.Present, Rule.Evaluate(caseFacts).Status);
    }

    [Fact]
    public void Evaluate_FirstAndLastClausesYes_EvidenceIsBothClauses()
    {
        var both = DocumentedClauses[0].Union(DocumentedClauses[^1]).Select(Find).ToArray();

        var finding = both.Aggregate(EveryFactNo(), AnswerYes).Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(Answered(both, Answer.Yes), Answered(finding.Evidence));
    }

    [Fact]
    public void Evaluate_EveryFactNo_IsNotPresent()
    {
        var finding = EveryFactNo().Finding(Code);

        Assert.Equal(FindingStatus.NotPresent, finding.Status);
        Assert.Equal(Sorted(DocumentedFacts), Sorted(finding.Evidence.Select(e => e.Fact)));
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
        Assert.Equal(Sorted(DocumentedFacts), Sorted(finding.UnknownFacts));
        Assert.Equal(0, finding.Contribution);
    }

    [Theory]
    [MemberData(nameof(DocumentedClauseRows))]
    public void Evaluate_EveryFactNoButOneClauseUnknown_IsUndetermined(string clause)
    {
        var facts = ClauseFacts(clause);

        var finding = facts.Aggregate(EveryFactNo(), Unanswer).Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Equal(Sorted(facts), Sorted(finding.UnknownFacts));
        Assert.Empty(finding.Evidence);
        Assert.Equal(0, finding.Contribution);
    }

    [Theory]
    [MemberData(nameof(DocumentedClauseRows))]
    public void Evaluate_OneClauseNoRestUnknown_IsUndeterminedIfAnotherClauseRemains(string clause)
    {
        var facts = ClauseFacts(clause);

        var finding = facts.Aggregate(CaseBuilder.Unknown(), AnswerNo).Finding(Code);

        Assert.Equal(Sorted(DocumentedFacts.Except(clause.Split(ClauseSeparator))), Sorted(finding.UnknownFacts));
        if (DocumentedClauses.Count > 1)
        {
            Assert.Equal(FindingStatus.Undetermined, finding.Status);
            Assert.Empty(finding.Evidence);
        }
        else
        {
            // The only clause is refuted: nothing is left that could make the indicator present.
            Assert.Equal(FindingStatus.NotPresent, finding.Status);
            Assert.Equal(Answered(facts, Answer.No), Answered(finding.Evidence));
        }
    }

    [Fact]
    public void Evaluate_EveryOtherFactYesButRuleFactsUnknown_IsUndetermined()
    {
        var everyYes = ExampleCases.AllAnswered("test-case", Answer.Yes);
        var c = Rule.Facts.Aggregate(everyYes, Unanswer);

        var finding = c.Finding(Code);

        Assert.Equal(FindingStatus.Undetermined, finding.Status);
        Assert.Empty(finding.Evidence);
        Assert.Equal(Sorted(DocumentedFacts), Sorted(finding.UnknownFacts));
    }

    [Fact]
    public void Contribution_WhenPresent_IsWeightShareOfDefaultTotalWeight()
    {
        Assert.Equal(DefaultTotalWeight, IloIndicators.All.Sum(r => r.DefaultWeight));

        var finding = FirstClauseYes().Finding(Code);

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(DocumentedWeight, finding.Weight);
        Assert.Equal(100 * DocumentedWeight / DefaultTotalWeight, finding.Contribution, 12);
    }

    [Fact]
    public void Contribution_WhenNotPresentOrUndetermined_IsZero()
    {
        // Undetermined with as much partial evidence as possible: every clause yes but for its last fact, left unknown.
        var partial = DocumentedClauses.SelectMany(c => c.SkipLast(1)).Select(Find).Aggregate(CaseBuilder.Unknown(), AnswerYes);

        var notPresent = EveryFactNo().Finding(Code);
        var undetermined = partial.Finding(Code);

        Assert.Equal((FindingStatus.NotPresent, 0.0, DocumentedWeight), (notPresent.Status, notPresent.Contribution, notPresent.Weight));
        Assert.Equal((FindingStatus.Undetermined, 0.0, DocumentedWeight), (undetermined.Status, undetermined.Contribution, undetermined.Weight));
    }

    [Fact]
    public void Contribution_WithMethodologyWeightOverride_UsesOverriddenWeight()
    {
        var builder = Methodology.Default.ToBuilder();
        builder.Weights[Code] = 5;
        var assessor = CaseAssessor.Create(builder.Build());

        var finding = assessor.Assess(FirstClauseYes())[Code];

        Assert.Equal(FindingStatus.Present, finding.Status);
        Assert.Equal(5, finding.Weight);
        Assert.Equal(100 * 5 / (DefaultTotalWeight - DocumentedWeight + 5), finding.Contribution, 12);
    }

    /// <summary>The fact with a code; throws when there is none.</summary>
    /// <param name="code">The fact's code.</param>
    /// <returns>The fact.</returns>
    protected static Fact Find(string code) =>
        Facts.TryFind(code, out var fact) ? fact : throw new ArgumentException("No fact has the code " + code, nameof(code));

    /// <summary>Clears a fact on a case: its answer, or for a derived fact the quantity behind it.</summary>
    /// <param name="c">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The case with the fact unknown.</returns>
    protected static WorkerCase Unanswer(WorkerCase c, Fact fact) =>
        fact.DerivedFrom is { } quantity ? c.With(quantity, null) : fact.SetOn(c, Answer.Unknown);

    /// <summary>Codes in ordinal order.</summary>
    /// <param name="codes">The codes.</param>
    /// <returns>The codes, sorted.</returns>
    protected static string[] Sorted(IEnumerable<string> codes) => [.. codes.Order(StringComparer.Ordinal)];

    /// <summary>Facts' codes in ordinal order.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The codes, sorted.</returns>
    protected static string[] Sorted(IEnumerable<Fact> facts) => Sorted(facts.Select(f => f.Code));

    /// <summary>Makes a fact of the rule yes; a derived fact's test class overrides this to set the quantity behind it.</summary>
    /// <param name="c">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The case with the fact yes.</returns>
    protected virtual WorkerCase AnswerYes(WorkerCase c, Fact fact) => c.Yes(fact);

    /// <summary>Makes a fact of the rule no; a derived fact's test class overrides this to set the quantity behind it.</summary>
    /// <param name="c">The case.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The case with the fact no.</returns>
    protected virtual WorkerCase AnswerNo(WorkerCase c, Fact fact) => c.No(fact);

    /// <summary>Every directly answered fact no, and the quantities behind this rule's derived facts set below their thresholds.</summary>
    /// <returns>The case.</returns>
    protected WorkerCase EveryFactNo() => Rule.Facts.Aggregate(CaseBuilder.AllNo(), AnswerNo);

    private static string ClauseKey(IEnumerable<string> codes) => string.Join(ClauseSeparator, codes);

    private static string ClauseKey(IReadOnlyList<Fact> clause) => ClauseKey(clause.Select(f => f.Code));

    /// <summary>Facts with an answer, in code order, to compare with evidence regardless of figures.</summary>
    private static (Fact Fact, Answer Answer)[] Answered(IEnumerable<Fact> facts, Answer answer) =>
        [.. facts.OrderBy(f => f.Code, StringComparer.Ordinal).Select(f => (f, answer))];

    private static (Fact Fact, Answer Answer)[] Answered(IEnumerable<Evidence> evidence) =>
        [.. evidence.OrderBy(e => e.Fact.Code, StringComparer.Ordinal).Select(e => (e.Fact, e.Answer))];

    private static string XmlDocRemarks(Type type)
    {
        var path = Path.ChangeExtension(type.Assembly.Location, ".xml");
        var member = XDocument.Load(path).Descendants("member")
            .Single(m => (string?)m.Attribute("name") == "T:" + type.FullName);
        return member.Element("remarks")?.Value ?? string.Empty;
    }

    /// <summary>The facts of a clause, from its row's key.</summary>
    private static Fact[] ClauseFacts(string key) => [.. key.Split(ClauseSeparator).Select(Find)];

    private WorkerCase FirstClauseYes() => DocumentedClauses[0].Select(Find).Aggregate(CaseBuilder.Unknown(), AnswerYes);
}

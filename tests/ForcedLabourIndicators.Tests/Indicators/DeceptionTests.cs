using System.Globalization;
using System.Xml.Linq;

namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 2, deception (<see cref="IndicatorCodes.Deception"/>): present when the worker was deceived about the work or conditions, the contract was withheld or substituted, a marriage promise was deceptive, or the pay received falls short of the promise by at least the methodology's share.
/// </summary>
public sealed class DeceptionTests
{
    private const string Code = IndicatorCodes.Deception;
    private const double DocumentedWeight = 1;
    private const double DefaultTotalWeight = 18;

    private static readonly string[] ClauseCodes =
    [
        "recruitment.deceivedAboutNatureOfWork",
        "recruitment.deceivedAboutConditions",
        "recruitment.contractWithheldOrSubstituted",
        "recruitment.deceptiveMarriagePromise",
        "pay.paidLessThanPromised",
    ];

    private static readonly Deception Rule = IloIndicators.Deception;

    /// <summary>One row per clause of the rule (each clause is a single fact), by fact code.</summary>
    public static TheoryData<string> Clauses => new(ClauseCodes);

    [Fact]
    public void Rule_Metadata_MatchesDocumentation()
    {
        Assert.Equal(IndicatorCodes.Deception, Rule.Code);
        Assert.Equal("ILO02", Rule.Code);
        Assert.Equal("Deception", Rule.Name);
        Assert.Equal(IloIndicators.BookletSource, Rule.Source);
        Assert.False(string.IsNullOrWhiteSpace(Rule.Description));
        Assert.Equal(DocumentedWeight, Rule.DefaultWeight);
        Assert.Equal(DocumentedWeight, Methodology.Default.WeightOf(Rule));
        Assert.Same(Rule, IloIndicators.All[2 - 1]);
        Assert.Equal("ILO02 Deception", Rule.ToString());
    }

    [Fact]
    public void DefaultWeight_ComparedWithXmlDocRemarks_IsTheDocumentedWeight()
    {
        var remarks = XmlDocRemarks(typeof(Deception));
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
        Assert.Equal(Rule.Clauses.Select(c => c[0].Code), new Deception().Clauses.Select(c => c[0].Code));
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

    private static Fact Find(string code) =>
        Facts.TryFind(code, out var fact) ? fact : throw new ArgumentException("No fact has the code " + code, nameof(code));

    private static WorkerCase AnswerYes(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised) ? c.With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 500)
        : c.Yes(fact);

    private static WorkerCase AnswerNo(WorkerCase c, Fact fact) =>
        ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised) ? c.With(Facts.PromisedMonthlyPay, 1000).With(Facts.PaidMonthlyPay, 1000)
        : c.No(fact);

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

namespace ForcedLabourIndicators.Tests;

/// <summary>
/// Building an assessor validates the whole configuration and fails at start-up with every problem named: rules without a
/// code or facts, repeated codes, bad weights, weights or referring indicators naming no rule, all weights zero. Added
/// rules take a fixed order. The exceptions' messages carry every error.
/// </summary>
public class AssessorConfigurationTests
{
    private static IReadOnlyList<MethodologyError> ErrorsOf(Methodology? m, params IndicatorRule[] rules) =>
        Assert.Throws<MethodologyValidationException>(() => CaseAssessor.Create(m, rules)).Errors;

    [Fact]
    public void Create_RuleWithoutCode_IsNamedByItsType()
    {
        var errors = ErrorsOf(null, new ConfigurableRule(" "));

        Assert.Equal(new MethodologyError("Rules", "The rule ConfigurableRule has no code."), Assert.Single(errors));
    }

    [Fact]
    public void Create_RepeatedCode_IsNamed()
    {
        var errors = ErrorsOf(null, new ConfigurableRule("X-1"), new ConfigurableRule("X-1"));

        Assert.Equal(new MethodologyError("Rules", "Two rules have the code 'X-1'; codes must be unique."), Assert.Single(errors));
    }

    [Fact]
    public void Create_AddedRuleRepeatingABuiltInCode_IsRefused()
    {
        var errors = ErrorsOf(null, new ConfigurableRule(IndicatorCodes.Deception));

        Assert.Equal("Two rules have the code 'ILO02'; codes must be unique.", Assert.Single(errors).Message);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_AddedRuleWithABadDefaultWeight_IsNamed(double weight)
    {
        var errors = ErrorsOf(null, new ConfigurableRule("X-W", weight));

        Assert.Equal(new MethodologyError("Weights", "The weight of rule 'X-W' must be a finite number, 0 or more."), Assert.Single(errors));
    }

    [Fact]
    public void Create_AddedRuleWithAZeroWeight_IsAccepted_AndContributesNothing()
    {
        var assessor = CaseAssessor.Create(null, [new ConfigurableRule("X-0", 0)]);

        var a = assessor.Assess(CaseBuilder.Unknown().Yes(Facts.Documents.Held));

        Assert.Equal(FindingStatus.Present, a["X-0"].Status);
        Assert.Equal(0, a["X-0"].Contribution);
        Assert.Equal(0, a.Score);
    }

    [Fact]
    public void Create_RuleWithNullFacts_IsNamed()
    {
        var errors = ErrorsOf(null, new ConfigurableRule("X-N", nullFacts: true));

        Assert.Equal(new MethodologyError("Rules", "The rule 'X-N' lists no facts (null)."), Assert.Single(errors));
    }

    [Fact]
    public void Create_NullAddedRule_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => CaseAssessor.Create(null, [null!]));

        Assert.Equal("additionalRules", ex.ParamName);
        Assert.StartsWith("An added rule is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WeightAndReferringIndicatorNamingNoRule_AreEachNamed()
    {
        var b = Methodology.Default.ToBuilder();
        b.Weights["ILO99"] = 1;
        b.ReferringIndicators.Add("ILO98");

        var ex = Assert.Throws<MethodologyValidationException>(() => CaseAssessor.Create(b.Build()));

        Assert.Equal(
            [new MethodologyError("Weights", "A weight is set for 'ILO99', which is not the code of any rule."), new MethodologyError("ReferringIndicators", "'ILO98' is not the code of any rule.")],
            ex.Errors);
        Assert.Equal("The methodology is invalid: [Weights] A weight is set for 'ILO99', which is not the code of any rule. [ReferringIndicators] 'ILO98' is not the code of any rule.", ex.Message);
    }

    [Fact]
    public void Create_WeightForAnAddedRule_IsAccepted()
    {
        var b = Methodology.Default.ToBuilder();
        b.Weights["X-A"] = 4;

        var a = CaseAssessor.Create(b.Build(), [new ConfigurableRule("X-A")]).Assess(CaseBuilder.Unknown().Yes(Facts.Documents.Held));

        Assert.Equal(4, a["X-A"].Weight);
        Assert.Equal(100.0 * 4 / 22, a.Score, 12);
    }

    [Fact]
    public void Create_EveryWeightZero_IsRefusedWithOneError()
    {
        var b = Methodology.Default.ToBuilder();
        foreach (var rule in IloIndicators.All)
        {
            b.Weights[rule.Code] = 0;
        }

        var errors = ErrorsOf(b.Build());

        Assert.Equal(new MethodologyError("Weights", "At least one rule must have a weight above 0."), Assert.Single(errors));
    }

    [Fact]
    public void Create_EveryBuiltInWeightZero_ButAnAddedRuleWeighs_IsAccepted()
    {
        var b = Methodology.Default.ToBuilder();
        foreach (var rule in IloIndicators.All)
        {
            b.Weights[rule.Code] = 0;
        }

        var a = CaseAssessor.Create(b.Build(), [new ConfigurableRule("X-ONLY")]).Assess(CaseBuilder.Unknown().Yes(Facts.Documents.Held));

        Assert.Equal(100, a.Score);
    }

    [Fact]
    public void Create_AddedRules_FollowTheElevenInOrdinalCodeOrder_WhateverTheOrderGiven()
    {
        var assessor = CaseAssessor.Create(null, [new ConfigurableRule("b"), new ConfigurableRule("B"), new ConfigurableRule("a")]);

        Assert.Equal(["B", "a", "b"], assessor.Rules.Skip(11).Select(r => r.Code));
        Assert.Equal(["B", "a", "b"], assessor.Stamp.AdditionalRules);
        Assert.Same(IloIndicators.All[0], assessor.Rules[0]);
        Assert.Empty(CaseAssessor.Default.Stamp.AdditionalRules);
    }

    [Fact]
    public void Stamp_CarriesTheMethodologysIdentity()
    {
        var m = new MethodologyBuilder { Id = "national", Version = "2.1" }.Build();

        var stamp = CaseAssessor.Create(m).Assess(CaseBuilder.Unknown()).Methodology;

        Assert.Equal(("national", "2.1", m.ContentHash, CaseAssessor.LibraryVersion), (stamp.Id, stamp.Version, stamp.ContentHash, stamp.LibraryVersion));
        Assert.Matches("^[0-9a-f]{64}$", stamp.RulesHash);
        Assert.Equal($"national 2.1 ({m.ContentHash[..12]})", m.ToString());
    }

    [Fact]
    public void Exceptions_WithoutErrors_StillSayWhatIsInvalid()
    {
        Assert.Equal("The methodology is invalid.", new MethodologyValidationException().Message);
        Assert.Equal("Case '(unknown)' is invalid.", new InvalidCaseException().Message);
        Assert.Equal("Case 'c-1' is invalid: m1 m2", new InvalidCaseException("c-1", [new CaseError("c-1", "f", "e", "m1"), new CaseError("c-1", "g", "e", "m2")]).Message);
        Assert.Equal(("(unknown)", 0), (new InvalidCaseException("boom").CaseId, new InvalidCaseException("boom", new InvalidOperationException()).Errors.Count));
        Assert.Empty(new MethodologyValidationException("boom").Errors);
        Assert.Empty(new MethodologyValidationException("boom", new InvalidOperationException()).Errors);
    }

    [Fact]
    public void RuleOutcome_Factories_RefuseNullFacts()
    {
        Assert.Throws<ArgumentNullException>(() => RuleOutcome.Present(null!));
        Assert.Throws<ArgumentNullException>(() => RuleOutcome.NotPresent(Facts.Documents.Held, null!));
        Assert.Equal(FindingStatus.Undetermined, RuleOutcome.Undetermined().Status);
    }

    /// <summary>A rule present when documents are held, with the code and weight a test needs; optionally listing null facts.</summary>
    private sealed class ConfigurableRule(string code, double weight = 1, bool nullFacts = false) : IndicatorRule
    {
        public override string Code => code;

        public override string Name => code;

        public override string Description => "Present when documents are held.";

        public override string Source => "test";

        public override double DefaultWeight => weight;

        public override IReadOnlyList<Fact> Facts => nullFacts ? null! : [ForcedLabourIndicators.Facts.Documents.Held];

        public override RuleOutcome Evaluate(in CaseFacts facts) =>
            facts[ForcedLabourIndicators.Facts.Documents.Held] == Answer.Yes ? RuleOutcome.Present(ForcedLabourIndicators.Facts.Documents.Held) : RuleOutcome.Undetermined();
    }
}

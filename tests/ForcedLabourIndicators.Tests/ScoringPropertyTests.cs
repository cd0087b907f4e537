using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ForcedLabourIndicators.Tests;

/// <summary>The laws of the score and the findings, over generated cases.</summary>
public class ScoringPropertyTests
{
    private static readonly CaseAssessor Assessor = CaseAssessor.Default;

    private static readonly Fact[] Answerable = Facts.All.Where(f => !f.IsDerived).ToArray();

    [Property(MaxTest = 300)]
    public Property Score_IsBetween0And100() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            var a = Assessor.Assess(c);
            return a.Score >= 0 && a.Score <= 100;
        });

    [Property(MaxTest = 300)]
    public Property Contributions_AddUpToScore() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            var a = Assessor.Assess(c);
            return Math.Abs(a.Findings.Sum(f => f.Contribution) - a.Score) < 1e-9
                && a.Findings.All(f => f.Status == FindingStatus.Present ? f.Contribution > 0 : f.Contribution == 0);
        });

    [Property(MaxTest = 300)]
    public Property AnsweringOneMoreFactYes_NeverLowersScore() =>
        Prop.ForAll(Generators.ValidCases, Gen.Choose(0, Answerable.Length - 1).ToArbitrary(), (c, i) =>
        {
            var fact = Answerable[i];
            var before = Assessor.Assess(c);
            var after = Assessor.Assess(fact.SetOn(c, Answer.Yes));
            return after.Score >= before.Score
                && after.Band >= before.Band
                && before.Present.All(p => after[p.Code].Status == FindingStatus.Present);
        });

    [Property(MaxTest = 300)]
    public Property Unknown_NeverCountsAsPresent() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            // Answering every unknown fact "no" keeps every present finding present: no finding rested on an unknown.
            var answeredNo = Answerable.Aggregate(c, (acc, f) => f.GetFrom(acc) == Answer.Unknown ? f.SetOn(acc, Answer.No) : acc);
            var a = Assessor.Assess(c);
            var b = Assessor.Assess(answeredNo);
            return a.Present.All(p => b[p.Code].Status == FindingStatus.Present)
                && a.Present.All(p => p.Evidence.All(e => e.Answer == Answer.Yes));
        });

    [Property(MaxTest = 300)]
    public Property Unknown_NeverCountsAsNo() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            // Answering every unknown fact "yes" keeps every "not present" and every "does not meet": each rested on an
            // answer "no", never on an unknown.
            var answeredYes = Answerable.Aggregate(c, (acc, f) => f.GetFrom(acc) == Answer.Unknown ? f.SetOn(acc, Answer.Yes) : acc);
            var a = Assessor.Assess(c);
            var b = Assessor.Assess(answeredYes);
            return a.Findings.Where(f => f.Status == FindingStatus.NotPresent).All(f => b[f.Code].Status == FindingStatus.NotPresent)
                && (a.Determination.Status != DefinitionStatus.DoesNotMeet || b.Determination.Status == DefinitionStatus.DoesNotMeet)
                && a.Findings.Where(f => f.Status == FindingStatus.NotPresent).All(f => f.Evidence.All(e => e.Answer == Answer.No));
        });

    [Property(MaxTest = 200)]
    public Property Assessing_IsDeterministic() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            var first = Assessor.Assess(c);
            var second = CaseAssessor.Create().Assess(c with { });
            return first.ToText(System.Globalization.CultureInfo.InvariantCulture) == second.ToText(System.Globalization.CultureInfo.InvariantCulture) && first.Score.Equals(second.Score) && first.Band == second.Band;
        });

    [Property(MaxTest = 100)]
    public Property Assessing_IsIndependentOfRuleOrder() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            var one = CaseAssessor.Create(null, [new NightWorkRule(), new RecruitmentFeeRule()]).Assess(c);
            var two = CaseAssessor.Create(null, [new RecruitmentFeeRule(), new NightWorkRule()]).Assess(c);
            return one.ToText(System.Globalization.CultureInfo.InvariantCulture) == two.ToText(System.Globalization.CultureInfo.InvariantCulture) && one.Score.Equals(two.Score)
                && one.Findings.Select(f => f.Code).SequenceEqual(two.Findings.Select(f => f.Code));
        });

    [Property(MaxTest = 300)]
    public Property InsufficientInformation_OnlyWhenNothingIsPresent() =>
        Prop.ForAll(Generators.ValidCases, c =>
        {
            var a = Assessor.Assess(c);
            return a.Band != Band.InsufficientInformation && a.Band != Band.NoIndicatorsFound || !a.Present.Any();
        });

    [Property(MaxTest = 300)]
    public Property Validation_NeverThrows_ButReturnsErrors() =>
        Prop.ForAll(Generators.ArbitraryCases, c =>
        {
            var result = Assessor.Validate(c);
            var assessed = Assessor.TryAssess(c, out var assessment, out var errors);
            return result.IsValid == assessed
                && result.IsValid == WorkerCaseValidator.IsValidFast(c)
                && (assessed ? assessment is not null && errors.Count == 0 : errors.Count > 0 && errors.All(e => e.Field.Length > 0));
        });

    [Property(MaxTest = 200)]
    public Property GeneratedValidCases_AreValid() =>
        Prop.ForAll(Generators.ValidCases, c => Assessor.Validate(c).IsValid);

    internal sealed class NightWorkRule : FactClauseRule
    {
        public NightWorkRule()
            : base([ForcedLabourIndicators.Facts.WorkingTime.OnCallDayAndNight, ForcedLabourIndicators.Facts.Conditions.DeprivedOfFoodWaterOrSleep])
        {
        }

        public override string Code => "NAT-NIGHT";

        public override string Name => "Night work without rest";

        public override string Description => "On call day and night and deprived of sleep.";

        public override string Source => "Test national law";

        public override double DefaultWeight => 1.5;
    }

    internal sealed class RecruitmentFeeRule : IndicatorRule
    {
        public override string Code => "NAT-FEES";

        public override string Name => "Recruitment fees charged to the worker";

        public override string Description => "The worker paid recruitment fees.";

        public override string Source => "Test national law";

        public override double DefaultWeight => 2;

        public override IReadOnlyList<Fact> Facts { get; } = [ForcedLabourIndicators.Facts.Recruitment.RecruitmentDebt];

        public override RuleOutcome Evaluate(in CaseFacts facts) => facts[ForcedLabourIndicators.Facts.Recruitment.RecruitmentDebt] switch
        {
            Answer.Yes => RuleOutcome.Present(ForcedLabourIndicators.Facts.Recruitment.RecruitmentDebt),
            Answer.No => RuleOutcome.NotPresent(ForcedLabourIndicators.Facts.Recruitment.RecruitmentDebt),
            _ => RuleOutcome.Undetermined(),
        };
    }
}

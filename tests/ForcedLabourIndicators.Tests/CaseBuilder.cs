namespace ForcedLabourIndicators.Tests;

/// <summary>The shared way tests build cases: start from every fact unknown and answer only what the test is about.</summary>
internal static class CaseBuilder
{
    public static WorkerCase Unknown(string caseId = "test-case") => new(caseId);

    public static WorkerCase AllNo(string caseId = "test-case") => ExampleCases.AllAnswered(caseId, Answer.No);

    public static WorkerCase Yes(this WorkerCase c, params Fact[] facts) => facts.Aggregate(c, (acc, f) => f.SetOn(acc, Answer.Yes));

    public static WorkerCase No(this WorkerCase c, params Fact[] facts) => facts.Aggregate(c, (acc, f) => f.SetOn(acc, Answer.No));

    public static WorkerCase With(this WorkerCase c, QuantityFact quantity, double? value) => quantity.SetOn(c, value);

    public static Assessment Assess(this WorkerCase c) => CaseAssessor.Default.Assess(c);

    public static IndicatorFinding Finding(this WorkerCase c, string code) => CaseAssessor.Default.Assess(c)[code];

    public static IReadOnlyList<string> EvidenceCodes(this IndicatorFinding f) => f.Evidence.Select(e => e.Fact.Code).ToArray();
}

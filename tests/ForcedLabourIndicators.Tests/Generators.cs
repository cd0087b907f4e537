using FsCheck;
using FsCheck.Fluent;

namespace ForcedLabourIndicators.Tests;

/// <summary>FsCheck generators of worker cases: valid ones with a realistic mix of unknown answers, and arbitrary (possibly invalid) ones.</summary>
internal static class Generators
{
    private static readonly Fact[] s_answerable = Facts.All.Where(f => !f.IsDerived).ToArray();

    private static readonly Gen<Answer> s_answer = Gen.Frequency(
        (5, Gen.Constant(Answer.Unknown)), (3, Gen.Constant(Answer.No)), (2, Gen.Constant(Answer.Yes)));

    private static double?[] Quantities(bool[] known, int[] steps) =>
        Facts.Quantities.Select((q, i) =>
        {
            var max = double.IsPositiveInfinity(q.Maximum) ? 10_000 : q.Maximum;
            return known[i] ? q.Minimum + ((max - q.Minimum) * steps[i] / 10_000.0) : (double?)null;
        }).ToArray();

    public static Gen<WorkerCase> ValidCase { get; } =
        from answers in Gen.ArrayOf(s_answer, s_answerable.Length)
        from known in Gen.ArrayOf(Gen.Elements(true, false), Facts.Quantities.Count)
        from steps in Gen.ArrayOf(Gen.Choose(0, 10_000), Facts.Quantities.Count)
        from age in Gen.Frequency((1, Gen.Constant<int?>(null)), (3, Gen.Choose(0, 90).Select(a => (int?)a)))
        from excluded in Gen.Frequency((9, Gen.Constant(ExcludedContext.None)), (1, Gen.Elements(Enum.GetValues<ExcludedContext>())))
        from id in Gen.Choose(1, 1_000_000)
        select Build($"gen-{id}", answers, Quantities(known, steps), age, excluded);

    private static readonly Gen<double?> s_anyNumber = Gen.OneOf(
        Gen.Constant<double?>(null),
        Gen.Elements<double?>(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1, -0.0001, 1.0001, 7.5, 168.01, 1e308),
        Gen.Choose(-1000, 1000).Select(i => (double?)i));

    /// <summary>Cases with any values at all, including NaN, out-of-range numbers, undefined enum values and missing groups.</summary>
    public static Gen<WorkerCase> ArbitraryCase { get; } =
        from valid in ValidCase
        from rawAnswers in Gen.ArrayOf(Gen.Choose(0, 6), s_answerable.Length)
        from numbers in Gen.ArrayOf(s_anyNumber, Facts.Quantities.Count)
        from age in Gen.Choose(-10, 300)
        from id in Gen.Elements("", "   ", "ok-id", "bad\nid", new string('x', 200), "x")
        from dropGroup in Gen.Choose(0, 15)
        select Mutate(valid, rawAnswers, numbers, age, id, dropGroup);

    public static Arbitrary<WorkerCase> ValidCases => ValidCase.ToArbitrary();

    public static Arbitrary<WorkerCase> ArbitraryCases => ArbitraryCase.ToArbitrary();

    public static WorkerCase Build(string id, Answer[] answers, double?[] quantities, int? age, ExcludedContext excluded)
    {
        var c = new WorkerCase(id) { AgeAtTime = age, ExcludedContext = excluded };
        for (var i = 0; i < s_answerable.Length; i++)
        {
            c = s_answerable[i].SetOn(c, answers[i]);
        }

        for (var i = 0; i < quantities.Length; i++)
        {
            c = Facts.Quantities[i].SetOn(c, quantities[i]);
        }

        return c;
    }

    private static WorkerCase Mutate(WorkerCase c, int[] raw, double?[] numbers, int age, string id, int dropGroup)
    {
        for (var i = 0; i < s_answerable.Length; i++)
        {
            c = s_answerable[i].SetOn(c, (Answer)raw[i]);
        }

        for (var i = 0; i < numbers.Length; i++)
        {
            c = Facts.Quantities[i].SetOn(c, numbers[i]);
        }

        c = c with { AgeAtTime = age, CaseId = id };
        return dropGroup switch
        {
            0 => c with { Pay = null! },
            1 => c with { Movement = null! },
            2 => c with { Child = null! },
            3 => c with { ExcludedContext = (ExcludedContext)42 },
            _ => c,
        };
    }
}

namespace ForcedLabourIndicators.Benchmarks;

/// <summary>
/// Realistic synthetic worker cases for benchmarks and agreement tests, from a fixed seed: most facts unknown (as in case
/// files and hotline reports), and rates of "yes" loosely following the Global Estimates of Modern Slavery 2022 (wage
/// withholding the most common coercion, about a third of cases; threats of dismissal about a fifth; violence and
/// confinement rarer).
/// </summary>
public static class SyntheticCases
{
    private static readonly Fact[] Answerable = Facts.All.Where(f => !f.IsDerived).ToArray();

    /// <summary>Generates cases.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; the same seed gives the same cases.</param>
    /// <param name="invalidEvery">When above 0, every n-th case is made invalid (hours above 168).</param>
    /// <returns>The cases.</returns>
    public static WorkerCase[] Generate(int count, int seed = 20_221, int invalidEvery = 0)
    {
        var random = new Random(seed);
        var cases = new WorkerCase[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = One(random, i, invalidEvery > 0 && i % invalidEvery == invalidEvery - 1);
        }

        return cases;
    }

    private static WorkerCase One(Random random, int i, bool invalid)
    {
        // Some cases are well documented, most sparse.
        var answeredShare = random.NextDouble() < 0.3 ? 0.85 : 0.3;
        var c = new WorkerCase($"synthetic-{i:D7}")
        {
            AgeAtTime = random.NextDouble() < 0.2 ? null : random.Next(12, 65),
            ExcludedContext = random.NextDouble() < 0.01 ? ExcludedContext.PrisonLabourUnderPublicSupervision : ExcludedContext.None,
        };
        foreach (var fact in Answerable)
        {
            if (random.NextDouble() < answeredShare)
            {
                c = fact.SetOn(c, random.NextDouble() < YesRate(fact) ? Answer.Yes : Answer.No);
            }
        }

        if (random.NextDouble() < answeredShare)
        {
            c = Facts.HoursPerWeek.SetOn(c, invalid ? 170 : Math.Round(35 + (random.NextDouble() * 45), 1));
        }
        else if (invalid)
        {
            c = Facts.HoursPerWeek.SetOn(c, 170);
        }

        if (random.NextDouble() < answeredShare)
        {
            c = Facts.DaysOffPerWeek.SetOn(c, random.Next(0, 3));
        }

        if (random.NextDouble() < answeredShare)
        {
            c = Facts.ShareOfPayWithheld.SetOn(c, random.NextDouble() < 0.7 ? 0 : Math.Round(random.NextDouble(), 2));
        }

        if (random.NextDouble() < answeredShare * 0.5)
        {
            var promised = 200 + random.Next(0, 1800);
            c = Facts.PromisedMonthlyPay.SetOn(c, promised);
            c = Facts.PaidMonthlyPay.SetOn(c, Math.Round(promised * (0.4 + (random.NextDouble() * 0.7))));
        }

        if (random.NextDouble() < answeredShare * 0.3)
        {
            c = Facts.AmountOwed.SetOn(c, random.Next(0, 5000));
        }

        return c;
    }

    private static double YesRate(Fact fact) => fact.Group switch
    {
        FactGroup.Pay => 0.36,
        FactGroup.ThreatsAndViolence => 0.12,
        FactGroup.Recruitment => 0.2,
        FactGroup.WorkingTime => 0.3,
        FactGroup.MovementAndCommunication => 0.12,
        FactGroup.Child => 0.05,
        _ => 0.15,
    };
}

using ForcedLabourIndicators.Statistics;

namespace ForcedLabourIndicators.Tests.Statistics;

/// <summary>
/// The interval arithmetic behind every prevalence figure, against closed forms: normal quantiles, the beta and gamma
/// functions, Wilson and Clopper-Pearson at the edges of the range, and the arguments each refuses.
/// </summary>
public class ProportionIntervalsTests
{
    // Reference quantiles from Python's statistics.NormalDist().inv_cdf(1 - (1 - c) / 2).
    [Theory]
    [InlineData(0.5, 0.6744897501960817)]
    [InlineData(0.9, 1.6448536269514715)]
    [InlineData(0.95, 1.9599639845400536)]
    [InlineData(0.99, 2.5758293035489)]
    public void NormalQuantile_CommonLevels_MatchesTheReferenceQuantile(double confidence, double expected) =>
        Assert.Equal(expected, ProportionIntervals.NormalQuantile(confidence), 12);

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    [InlineData(1.5)]
    public void NormalQuantile_LevelOutsideZeroToOne_IsRefused(double confidence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.NormalQuantile(confidence));

    [Theory]
    [InlineData(1.0, 0.0)]
    [InlineData(0.5, 0.5723649429247004)] // ln √π, the first value that takes the series directly
    [InlineData(0.25, 1.2880225246980772)] // below 0.5: the reflection formula
    [InlineData(0.1, 2.2527126517342055)]
    [InlineData(3.7, 1.4280723266653883)]
    [InlineData(10.0, 12.801827480081467)] // ln 9!
    public void LogGamma_MatchesPythonsLgamma(double x, double expected) =>
        Assert.Equal(expected, ProportionIntervals.LogGamma(x), 10);

    [Theory]
    [InlineData(0.3, 1.0, 1.0)]
    [InlineData(0.3, 2.5, 1.0)]
    [InlineData(0.7, 2.5, 1.0)]
    [InlineData(0.3, 1.0, 3.5)]
    [InlineData(0.8, 1.0, 3.5)]
    public void RegularizedIncompleteBeta_WithAOrBEqualToOne_IsTheClosedForm(double x, double a, double b)
    {
        // I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b; both sides of the symmetry switch are exercised.
        var expected = b == 1 ? Math.Pow(x, a) : 1 - Math.Pow(1 - x, b);

        Assert.Equal(expected, ProportionIntervals.RegularizedIncompleteBeta(x, a, b), 12);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public void RegularizedIncompleteBeta_ArcsineDistribution_IsTheClosedForm(double x) =>
        Assert.Equal(2 / Math.PI * Math.Asin(Math.Sqrt(x)), ProportionIntervals.RegularizedIncompleteBeta(x, 0.5, 0.5), 12);

    [Fact]
    public void RegularizedIncompleteBeta_OutsideTheUnitInterval_IsZeroOrOne()
    {
        Assert.Equal(0, ProportionIntervals.RegularizedIncompleteBeta(0, 2, 3));
        Assert.Equal(0, ProportionIntervals.RegularizedIncompleteBeta(-0.1, 2, 3));
        Assert.Equal(1, ProportionIntervals.RegularizedIncompleteBeta(1, 2, 3));
        Assert.Equal(1, ProportionIntervals.RegularizedIncompleteBeta(1.1, 2, 3));
    }

    [Theory]
    [InlineData(0.025, 3.0)]
    [InlineData(0.5, 1.5)]
    [InlineData(0.975, 7.25)]
    public void BetaQuantile_OfBetaAOne_InvertsXToTheA(double probability, double a) =>
        Assert.Equal(Math.Pow(probability, 1 / a), ProportionIntervals.BetaQuantile(probability, a, 1), 12);

    [Theory]
    [InlineData(10.0)]
    [InlineData(37.5)]
    public void ClopperPearson_NoSuccesses_LowerIsZero_UpperIsTheClosedForm(double n)
    {
        var (lower, upper) = ProportionIntervals.ClopperPearson(0, n);

        Assert.Equal(0, lower);
        Assert.Equal(1 - Math.Pow(0.025, 1 / n), upper, 12);
    }

    [Theory]
    [InlineData(10.0, 0.95)]
    [InlineData(4.5, 0.9)]
    public void ClopperPearson_AllSuccesses_UpperIsOne_LowerIsTheClosedForm(double n, double confidence)
    {
        var (lower, upper) = ProportionIntervals.ClopperPearson(1, n, confidence);

        Assert.Equal(1, upper);
        Assert.Equal(Math.Pow((1 - confidence) / 2, 1 / n), lower, 12);
    }

    [Fact]
    public void Wilson_InsideTheRange_IsTheClosedForm_AndNarrowsWithLowerConfidence()
    {
        // p = 0.3, n = 20, z = 1.95996...: computed independently (Python, the closed form).
        var (lower, upper) = ProportionIntervals.Wilson(0.3, 20);
        var (lower90, upper90) = ProportionIntervals.Wilson(0.3, 20, 0.9);

        Assert.Equal(0.1454772448676043, lower, 12);
        Assert.Equal(0.5189728183535234, upper, 12);
        Assert.True(lower90 > lower && upper90 < upper, $"90%: {lower90}-{upper90}; 95%: {lower}-{upper}");
    }

    [Fact]
    public void Wilson_AtTheEdges_StaysWithinZeroAndOne()
    {
        var (zeroLower, zeroUpper) = ProportionIntervals.Wilson(0, 10);
        var (oneLower, oneUpper) = ProportionIntervals.Wilson(1, 10);

        Assert.InRange(zeroLower, 0, 1e-12);
        Assert.Equal(0.27753279986288915, zeroUpper, 12);
        Assert.Equal(1 - 0.27753279986288915, oneLower, 12);
        Assert.InRange(oneUpper, 1 - 1e-12, 1);
    }

    [Theory]
    [InlineData(-0.01, 10.0, "p")]
    [InlineData(1.01, 10.0, "p")]
    [InlineData(double.NaN, 10.0, "p")]
    [InlineData(0.5, 0.0, "n")]
    [InlineData(0.5, -1.0, "n")]
    [InlineData(0.5, double.PositiveInfinity, "n")]
    [InlineData(0.5, double.NaN, "n")]
    public void Intervals_BadProportionOrSize_AreRefusedNamingTheArgument(double p, double n, string argument)
    {
        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(p, n)).ParamName);
        Assert.Equal(argument, Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.ClopperPearson(p, n)).ParamName);
    }

    [Theory]
    [InlineData(0.0, 5.0)]
    [InlineData(1.0, 5.0)]
    [InlineData(0.5, 1e-9)]
    public void Intervals_AtTheEdgesOfTheValidRange_AreAccepted(double p, double n)
    {
        var wilson = ProportionIntervals.Wilson(p, n);
        var cp = ProportionIntervals.ClopperPearson(p, n);

        Assert.InRange(wilson.Lower, 0, wilson.Upper);
        Assert.InRange(cp.Lower, 0, cp.Upper);
        Assert.InRange(cp.Upper, cp.Lower, 1);
    }
}

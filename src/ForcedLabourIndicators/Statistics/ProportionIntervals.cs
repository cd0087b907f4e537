namespace ForcedLabourIndicators.Statistics;

/// <summary>Confidence intervals for a proportion on a (possibly effective, non-integer) sample size.</summary>
public static class ProportionIntervals
{
    /// <summary>The two-sided normal quantile of a confidence level (e.g. 1.959964 for 0.95).</summary>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The quantile z with P(|Z| &lt;= z) = confidence.</returns>
    public static double NormalQuantile(double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var p = 1 - ((1 - confidence) / 2);

        // Bisection on the normal CDF (via erf) to full double precision: exact enough, and free of tabulated constants.
        double lo = 0, hi = 40;
        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var mid = (lo + hi) / 2;
            if (NormalCdf(mid) < p)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>The Wilson score interval for a proportion <paramref name="p"/> observed on <paramref name="n"/> (effective) observations.</summary>
    /// <param name="p">The estimated proportion, 0-1.</param>
    /// <param name="n">The (effective) sample size, above 0.</param>
    /// <param name="confidence">The confidence level, e.g. 0.95.</param>
    /// <returns>The lower and upper bounds.</returns>
    public static (double Lower, double Upper) Wilson(double p, double n, double confidence = 0.95)
    {
        Check(p, n);
        var z = NormalQuantile(confidence);
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>
    /// The Clopper-Pearson ("exact") interval for <c>x = p·n</c> successes in <paramref name="n"/> (effective)
    /// observations, from the beta distribution; non-integer counts are allowed, as for an effective sample size.
    /// </summary>
    /// <param name="p">The estimated proportion, 0-1.</param>
    /// <param name="n">The (effective) sample size, above 0.</param>
    /// <param name="confidence">The confidence level, e.g. 0.95.</param>
    /// <returns>The lower and upper bounds.</returns>
    public static (double Lower, double Upper) ClopperPearson(double p, double n, double confidence = 0.95)
    {
        Check(p, n);
        var alpha = 1 - confidence;
        var x = p * n;
        var lower = x <= 0 ? 0 : BetaQuantile(alpha / 2, x, n - x + 1);
        var upper = x >= n ? 1 : BetaQuantile(1 - (alpha / 2), x + 1, n - x);
        return (lower, upper);
    }

    /// <summary>The quantile of the beta distribution Beta(a, b), by bisection on the regularized incomplete beta function.</summary>
    internal static double BetaQuantile(double probability, double a, double b)
    {
        double lo = 0, hi = 1;
        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var mid = (lo + hi) / 2;
            if (RegularizedIncompleteBeta(mid, a, b) < probability)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return (lo + hi) / 2;
    }

    /// <summary>I_x(a, b), the regularized incomplete beta function, by its continued fraction (Lentz's method).</summary>
    internal static double RegularizedIncompleteBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        // The continued fraction converges fast for x < (a + 1) / (a + b + 2); use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a) otherwise.
        if (x > (a + 1) / (a + b + 2))
        {
            return 1 - RegularizedIncompleteBeta(1 - x, b, a);
        }

        var logFront = (a * Math.Log(x)) + (b * Math.Log(1 - x)) - LogBeta(a, b) - Math.Log(a);
        const double Tiny = 1e-300;
        double f = 1, c = 1, d = 0;
        for (var i = 0; i <= 10_000; i++)
        {
            var m = i / 2;
            double numerator;
            if (i == 0)
            {
                numerator = 1;
            }
            else if (i % 2 == 0)
            {
                numerator = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            }
            else
            {
                numerator = -((a + m) * (a + b + m) * x) / ((a + (2 * m)) * (a + (2 * m) + 1));
            }

            d = 1 + (numerator * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            d = 1 / d;
            c = 1 + (numerator / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
            {
                break;
            }
        }

        return Math.Exp(logFront) * (f - 1);
    }

    private static double LogBeta(double a, double b) => LogGamma(a) + LogGamma(b) - LogGamma(a + b);

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos approximation, g = 7, 9 terms).</summary>
    internal static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        }

        double[] c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            sum += c[i] / (x + i);
        }

        var t = x + 7.5;
        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    private static double NormalCdf(double z) => 0.5 * (1 + Erf(z / Math.Sqrt(2)));

    /// <summary>The error function, from the regularized incomplete gamma function P(1/2, x²) by its series.</summary>
    private static double Erf(double x)
    {
        if (x < 0)
        {
            return -Erf(-x);
        }

        // erf(x) = P(1/2, x^2); series: P(a, y) = e^-y y^a / Γ(a+1) Σ y^k / ((a+1)...(a+k)).
        var y = x * x;
        if (y > 50)
        {
            return 1;
        }

        double sum = 1, term = 1;
        for (var k = 1; k < 1000; k++)
        {
            term *= y / (0.5 + k);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return Math.Exp((-y) + (0.5 * Math.Log(y)) - LogGamma(1.5)) * sum;
    }

    private static void Check(double p, double n)
    {
        if (!double.IsFinite(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), "A proportion is from 0 to 1.");
        }

        if (!double.IsFinite(n) || n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "The sample size must be above 0.");
        }
    }
}

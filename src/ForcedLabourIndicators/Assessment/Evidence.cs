using System.Globalization;

namespace ForcedLabourIndicators;

/// <summary>One fact behind a finding: its answer and, for a fact decided from a quantity, the figure against the threshold used.</summary>
/// <param name="Fact">The fact.</param>
/// <param name="Answer">Its answer on the case (derived facts decided).</param>
/// <param name="Quantity">For a derived fact, the quantity it was decided from.</param>
/// <param name="Figure">For a derived fact, the case's figure (for <c>pay.paidLessThanPromised</c>, the shortfall as a share of the promised pay).</param>
/// <param name="Threshold">For a derived fact, the methodology's threshold it was compared with.</param>
public sealed record Evidence(Fact Fact, Answer Answer, QuantityFact? Quantity = null, double? Figure = null, double? Threshold = null)
{
    /// <summary>The evidence in one line, e.g. <c>workingTime.hoursAboveLimit = yes (workingTime.hoursPerWeek 64 &gt; threshold 48)</c>.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => ToString(CultureInfo.GetCultureInfo("en"));

    /// <summary>The evidence in one line, in a language of <see cref="LocalizedText.SupportedCultures"/>. Fact codes stay as they are.</summary>
    /// <param name="culture">The language.</param>
    /// <returns>The line.</returns>
    public string ToString(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var answer = LocalizedText.Get($"Answer.{Answer}", culture);
        if (Figure is not { } figure || Threshold is not { } threshold)
        {
            return $"{Fact.Code} = {answer}";
        }

        var name = ReferenceEquals(Fact, Facts.Pay.PaidLessThanPromised) ? LocalizedText.Get("Text.Shortfall", culture) : Quantity?.Code;
        var op = Comparison(Fact, Answer == Answer.Yes);
        var word = LocalizedText.Get("Text.Threshold", culture);
        return string.Create(CultureInfo.InvariantCulture, $"{Fact.Code} = {answer} ({name} {figure:0.##} {op} {word} {threshold:0.##})");
    }

    private static string Comparison(Fact fact, bool yes) =>
        ReferenceEquals(fact, Facts.WorkingTime.RestBelowMinimum) ? (yes ? "<" : ">=")
        : ReferenceEquals(fact, Facts.Pay.ShareWithheldAboveLimit) || ReferenceEquals(fact, Facts.Pay.PaidLessThanPromised) ? (yes ? ">=" : "<")
        : (yes ? ">" : "<=");
}

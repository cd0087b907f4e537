using System.Globalization;
using System.Resources;

namespace ForcedLabourIndicators;

/// <summary>
/// The library's words in English, Spanish, French and Portuguese: indicator names and descriptions, bands,
/// determinations, and the phrases of <see cref="AssessmentText.ToText(Assessment, CultureInfo)"/>. A culture is always
/// given explicitly; the thread's culture is never used. Unsupported cultures fall back to English.
/// </summary>
public static class LocalizedText
{
    private static readonly ResourceManager Strings = new("ForcedLabourIndicators.Resources.Strings", typeof(LocalizedText).Assembly);

    /// <summary>The supported cultures: English (the neutral resources), Spanish, French and Portuguese.</summary>
    public static IReadOnlyList<CultureInfo> SupportedCultures { get; } =
        Array.AsReadOnly(new[] { CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("es"), CultureInfo.GetCultureInfo("fr"), CultureInfo.GetCultureInfo("pt") });

    /// <summary>The name of an indicator; the rule's own name when the code is not one of the eleven.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The name.</returns>
    public static string NameOf(IndicatorRule rule, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Find($"{rule.Code}.Name", culture) ?? rule.Name;
    }

    /// <summary>The short description of an indicator; the rule's own description when the code is not one of the eleven.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The description.</returns>
    public static string DescriptionOf(IndicatorRule rule, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Find($"{rule.Code}.Description", culture) ?? rule.Description;
    }

    /// <summary>The description of a survey item (<see cref="SurveyItems"/>); the item's own description when its code has
    /// no translation.</summary>
    /// <param name="item">The survey item.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The description.</returns>
    public static string DescriptionOf(SurveyItem item, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Find($"SurveyItem.{item.Code}", culture) ?? item.Description;
    }

    /// <summary>The label of a band.</summary>
    /// <param name="band">The band.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(Band band, CultureInfo culture) => Get($"Band.{band}", culture);

    /// <summary>The label of a finding's status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(FindingStatus status, CultureInfo culture) => Get($"Finding.{status}", culture);

    /// <summary>The label of a determination.</summary>
    /// <param name="status">The determination.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(DefinitionStatus status, CultureInfo culture) => Get($"Definition.{status}", culture);

    /// <summary>Every resource key (for tests and translators).</summary>
    internal static IEnumerable<string> Keys(CultureInfo culture)
    {
        var set = Strings.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToArray();
    }

    internal static string Get(string key, CultureInfo culture) =>
        Find(key, culture) ?? throw new KeyNotFoundException($"No text '{key}'.");

    internal static string Format(string key, CultureInfo culture, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, culture), args);

    private static string? Find(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Strings.GetString(key, culture);
    }
}

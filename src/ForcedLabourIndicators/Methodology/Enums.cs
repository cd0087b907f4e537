namespace ForcedLabourIndicators;

/// <summary>How the 2012 survey guidelines' rule by dimension treats the strength of indicators (see <see cref="Methodology.StrengthPolicy"/>).</summary>
public enum StrengthPolicy
{
    /// <summary>A dimension is positive when at least one involuntariness item and one penalty item are present and at
    /// least one of them is strong (the rule as <em>Hard to see, harder to count</em> is usually quoted; the default).</summary>
    AtLeastOneStrong = 0,

    /// <summary>A dimension is positive when at least one involuntariness item and one penalty item are present, whatever their strength.</summary>
    AnyStrength = 1,
}

/// <summary>The strength of a survey item in the 2012 survey guidelines. The tags are UNVERIFIED against the primary table
/// and can be overridden per item with <see cref="MethodologyBuilder.StrengthOverrides"/>.</summary>
public enum IndicatorStrength
{
    /// <summary>A medium indicator.</summary>
    Medium = 0,

    /// <summary>A strong indicator.</summary>
    Strong = 1,
}

/// <summary>How the determination treats a worker who was a child at the time (see <see cref="Methodology.ChildPolicy"/>).</summary>
public enum ChildPolicy
{
    /// <summary>
    /// The children's rule of the 2012 survey guidelines as quoted by the OECD: a child is in forced labour when the adult
    /// rule is met, or the work is done under coercion by a third party other than the parents (<c>child.coercedByThirdParty</c>),
    /// or results directly from a parent being in forced labour, or is one of the worst forms of child labour of C182
    /// Art. 3(a)-(c). The default.
    /// </summary>
    CoercionSuffices = 0,

    /// <summary>Children are assessed with the adult rule (involuntary work and menace of penalty).</summary>
    AdultRule = 1,
}

namespace ForcedLabourIndicators;

/// <summary>Whether a case meets the ILO definition of forced labour, as far as its facts show.</summary>
public enum DefinitionStatus
{
    /// <summary>The facts neither establish nor rule out both elements; more information is needed.</summary>
    Undetermined = 0,

    /// <summary>The facts rule out at least one element of the definition.</summary>
    DoesNotMeet = 1,

    /// <summary>The facts show both elements: involuntary work and menace of penalty (or, for a child, the children's rule).</summary>
    Meets = 2,

    /// <summary>The case is flagged as one of the contexts C29 Art. 2(2) excludes from the definition; the elements are still shown.</summary>
    OutsideDefinition = 3,
}

/// <summary>Which rule decided the determination.</summary>
public enum DeterminationRule
{
    /// <summary>The adult rule: involuntary work and menace of penalty.</summary>
    Adult = 0,

    /// <summary>The children's rule chosen by <see cref="Methodology.ChildPolicy"/>; the worker was under <see cref="Methodology.ChildAgeLimit"/>.</summary>
    Child = 1,

    /// <summary>The worker's age is unknown: both rules were applied; where they disagree the determination is undetermined.</summary>
    AgeUnknown = 2,
}

/// <summary>A survey item as found in one case.</summary>
/// <param name="Item">The item.</param>
/// <param name="Status">Whether the facts establish it.</param>
/// <param name="Strength">Its strength under the methodology.</param>
/// <param name="Facts">For a present item, the facts (all yes) that establish it; for a ruled-out item, the facts answered no;
/// for an undetermined one, the facts answered yes that partly support it.</param>
public sealed record SurveyItemFinding(SurveyItem Item, FindingStatus Status, IndicatorStrength Strength, IReadOnlyList<Fact> Facts);

/// <summary>One element of the ILO definition as found in one case.</summary>
/// <param name="Element">The element.</param>
/// <param name="Status">Present when any item shows it, NotPresent when every item is ruled out, Undetermined otherwise.</param>
/// <param name="PresentItems">The items that show the element, with their facts.</param>
/// <param name="UnknownFacts">The unknown facts that could still show it.</param>
public sealed record ElementFinding(DefinitionElement Element, FindingStatus Status, IReadOnlyList<SurveyItemFinding> PresentItems, IReadOnlyList<Fact> UnknownFacts);

/// <summary>
/// The ILO statistical determination (20th ICLS, 2018): forced labour is work that is both involuntary and under menace of
/// penalty. A screening result: it says what the recorded facts show, not what a court would find.
/// </summary>
/// <param name="Status">The determination.</param>
/// <param name="Rule">Which rule decided it (adult, child, or both when the age is unknown).</param>
/// <param name="ExcludedContext">The excluded context the case was flagged with, if any.</param>
/// <param name="Involuntariness">The involuntariness element, with the items and facts behind it.</param>
/// <param name="MenaceOfPenalty">The menace-of-penalty element, with the items and facts behind it.</param>
/// <param name="ChildRuleFacts">For the children's rule: the facts answered yes among <c>child.parentsInForcedLabour</c> and <c>child.worstForms</c>.</param>
public sealed record Determination(
    DefinitionStatus Status,
    DeterminationRule Rule,
    ExcludedContext ExcludedContext,
    ElementFinding Involuntariness,
    ElementFinding MenaceOfPenalty,
    IReadOnlyList<Fact> ChildRuleFacts);

/// <summary>One dimension of the 2012 survey guidelines' rule, as found in one case.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Status">Meets when the dimension shows involuntariness and penalty under the strength policy.</param>
/// <param name="InvoluntarinessItems">The dimension's involuntariness items present.</param>
public sealed record DimensionFinding(SurveyDimension Dimension, DefinitionStatus Status, IReadOnlyList<SurveyItemFinding> InvoluntarinessItems);

/// <summary>
/// The 2012 survey guidelines' rule for adults: forced labour when, within at least one dimension, at least one
/// involuntariness item and one penalty item are present, with at least one of them strong under
/// <see cref="StrengthPolicy.AtLeastOneStrong"/>. The rule's wording and the strength tags are UNVERIFIED; both are settings.
/// </summary>
/// <param name="Status">Meets when any dimension meets; DoesNotMeet when every dimension is ruled out.</param>
/// <param name="Policy">The strength policy applied.</param>
/// <param name="Dimensions">The three dimensions.</param>
/// <param name="PenaltyItems">The penalty items present (they apply to every dimension).</param>
public sealed record SurveyRuleResult(DefinitionStatus Status, StrengthPolicy Policy, IReadOnlyList<DimensionFinding> Dimensions, IReadOnlyList<SurveyItemFinding> PenaltyItems);

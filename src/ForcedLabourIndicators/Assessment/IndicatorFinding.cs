namespace ForcedLabourIndicators;

/// <summary>One indicator as found in one case, with the facts behind the finding.</summary>
/// <param name="Code">The indicator's code, e.g. <c>ILO07</c>.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Status">Present, not present, or undetermined.</param>
/// <param name="Weight">The indicator's weight under the methodology.</param>
/// <param name="Contribution">The points (0-100 scale) the indicator adds to the score: its share of the total weight when present, 0 otherwise.</param>
/// <param name="Evidence">For Present, the facts (yes) that made it fire; for NotPresent, the answers "no" that rule it out; for
/// Undetermined, the facts answered yes that partly support it (possibly none).</param>
/// <param name="UnknownFacts">The facts the indicator reads that are unknown on the case.</param>
public sealed record IndicatorFinding(
    string Code,
    string Name,
    FindingStatus Status,
    double Weight,
    double Contribution,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Fact> UnknownFacts);

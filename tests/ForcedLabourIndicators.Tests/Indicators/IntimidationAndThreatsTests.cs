namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 6, intimidation and threats (<see cref="IndicatorCodes.IntimidationAndThreats"/>): present on threats of violence, against family, of denunciation or prosecution, of dismissal or fines, or penalties on leaving (prosecution, bar on returning home).
/// </summary>
public sealed class IntimidationAndThreatsTests() : IndicatorRuleTests<IntimidationAndThreats, IntimidationAndThreatsTests>(
    IloIndicators.IntimidationAndThreats,
    IndicatorCodes.IntimidationAndThreats,
    position: 6,
    name: "Intimidation and threats",
    documentedWeight: 2,
    ["threats.threatsOfViolence"],
    ["threats.threatsAgainstFamily"],
    ["threats.threatsOfDenunciationOrProsecution"],
    ["threats.threatsOfDismissalOrFines"],
    ["threats.psychologicalAbuse"],
    ["leaving.prosecutionForLeaving"],
    ["leaving.barredFromReturningHome"]);

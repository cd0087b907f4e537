namespace ForcedLabourIndicators.Tests.Indicators;

/// <summary>
/// ILO indicator 3, restriction of movement (<see cref="IndicatorCodes.RestrictionOfMovement"/>): present when the worker is locked in or guarded, under a curfew or needs permission to leave, has movements monitored, or was coercively recruited.
/// </summary>
public sealed class RestrictionOfMovementTests() : IndicatorRuleTests<RestrictionOfMovement, RestrictionOfMovementTests>(
    IloIndicators.RestrictionOfMovement,
    IndicatorCodes.RestrictionOfMovement,
    position: 3,
    name: "Restriction of movement",
    documentedWeight: 2,
    ["movement.lockedInOrGuarded"],
    ["movement.curfewOrPermissionToLeave"],
    ["movement.movementsMonitored"],
    ["recruitment.coerciveRecruitment"]);

using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 3: Restriction of movement. The worker cannot move freely in and out of the workplace or lodging: locked premises, guards, exit permissions, curfews, escorted or watched outings, or confinement since recruitment.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 2.</remarks>
public sealed class RestrictionOfMovement : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.RestrictionOfMovement"/> is a shared instance.</summary>
    public RestrictionOfMovement()
        : base(
            [Movement.LockedInOrGuarded],
            [Movement.CurfewOrPermissionToLeave],
            [Movement.MovementsMonitored],
            [Recruitment.CoerciveRecruitment])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.RestrictionOfMovement;

    /// <inheritdoc/>
    public override string Name => "Restriction of movement";

    /// <inheritdoc/>
    public override string Description => "The worker cannot move freely in and out of the workplace or lodging: locked premises, guards, exit permissions, curfews, escorted or watched outings, or confinement since recruitment.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 2;
}

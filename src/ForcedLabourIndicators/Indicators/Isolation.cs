using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 4: Isolation. The worker is cut off from outside help: an isolated or unknown location, phones taken, contacts monitored, or contact with family kept apart or controlled.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 1.</remarks>
public sealed class Isolation : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.Isolation"/> is a shared instance.</summary>
    public Isolation()
        : base(
            [Movement.ContactsMonitored],
            [Movement.PhoneTakenOrNoContact],
            [Movement.IsolatedLocation],
            [Movement.FamilyContactRestricted])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.Isolation;

    /// <inheritdoc/>
    public override string Name => "Isolation";

    /// <inheritdoc/>
    public override string Description => "The worker is cut off from outside help: an isolated or unknown location, phones taken, contacts monitored, or contact with family kept apart or controlled.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 1;
}

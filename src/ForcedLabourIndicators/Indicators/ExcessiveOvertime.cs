using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 11: Excessive overtime. Hours beyond the legal limit, no weekly rest day, overtime the worker cannot refuse, or being on call day and night.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 1.</remarks>
public sealed class ExcessiveOvertime : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.ExcessiveOvertime"/> is a shared instance.</summary>
    public ExcessiveOvertime()
        : base(
            [WorkingTime.HoursAboveLimit],
            [WorkingTime.RestBelowMinimum],
            [WorkingTime.OvertimeCompulsory],
            [WorkingTime.OnCallDayAndNight])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.ExcessiveOvertime;

    /// <inheritdoc/>
    public override string Name => "Excessive overtime";

    /// <inheritdoc/>
    public override string Description => "Hours beyond the legal limit, no weekly rest day, overtime the worker cannot refuse, or being on call day and night.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 1;
}

using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 6: Intimidation and threats. Threats back the worker's compliance: violence, harm to family, denunciation to the police or immigration, prosecution, dismissal, fines, verbal or psychological abuse, or penalties on those who leave such as prison or a ban on returning home.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 2.</remarks>
public sealed class IntimidationAndThreats : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.IntimidationAndThreats"/> is a shared instance.</summary>
    public IntimidationAndThreats()
        : base(
            [Threats.ThreatsOfViolence],
            [Threats.ThreatsAgainstFamily],
            [Threats.ThreatsOfDenunciationOrProsecution],
            [Threats.ThreatsOfDismissalOrFines],
            [Threats.PsychologicalAbuse],
            [Leaving.ProsecutionForLeaving],
            [Leaving.BarredFromReturningHome])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.IntimidationAndThreats;

    /// <inheritdoc/>
    public override string Name => "Intimidation and threats";

    /// <inheritdoc/>
    public override string Description => "Threats back the worker's compliance: violence, harm to family, denunciation to the police or immigration, prosecution, dismissal, fines, verbal or psychological abuse, or penalties on those who leave such as prison or a ban on returning home.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 2;
}

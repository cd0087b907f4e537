using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 2: Deception. Promises made to the worker, orally or in writing, are not kept: a different job, pay, hours, location, employer, housing or legal status than promised, or a substituted or hidden contract.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 1.</remarks>
public sealed class Deception : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.Deception"/> is a shared instance.</summary>
    public Deception()
        : base(
            [Recruitment.DeceivedAboutNatureOfWork],
            [Recruitment.DeceivedAboutConditions],
            [Recruitment.ContractWithheldOrSubstituted],
            [Recruitment.DeceptiveMarriagePromise],
            [Pay.PaidLessThanPromised])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.Deception;

    /// <inheritdoc/>
    public override string Name => "Deception";

    /// <inheritdoc/>
    public override string Description => "Promises made to the worker, orally or in writing, are not kept: a different job, pay, hours, location, employer, housing or legal status than promised, or a substituted or hidden contract.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 1;
}

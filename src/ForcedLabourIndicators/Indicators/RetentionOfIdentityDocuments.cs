using static ForcedLabourIndicators.Facts;

namespace ForcedLabourIndicators;

/// <summary>ILO indicator 7: Retention of identity documents. The employer or another party holds the worker's identity, travel or other personal documents and does not return them when the worker asks, so that the worker cannot leave without losing them.</summary>
/// <remarks>Source: ILO Special Action Programme to Combat Forced Labour, <em>ILO Indicators of Forced Labour</em> (2012). Default weight 2.</remarks>
public sealed class RetentionOfIdentityDocuments : FactClauseRule
{
    /// <summary>Creates the rule. It holds no state; <see cref="IloIndicators.RetentionOfIdentityDocuments"/> is a shared instance.</summary>
    public RetentionOfIdentityDocuments()
        : base(
            [Documents.Held, Documents.NotReturnedOnRequest])
    {
    }

    /// <inheritdoc/>
    public override string Code => IndicatorCodes.RetentionOfIdentityDocuments;

    /// <inheritdoc/>
    public override string Name => "Retention of identity documents";

    /// <inheritdoc/>
    public override string Description => "The employer or another party holds the worker's identity, travel or other personal documents and does not return them when the worker asks, so that the worker cannot leave without losing them.";

    /// <inheritdoc/>
    public override string Source => IloIndicators.BookletSource;

    /// <inheritdoc/>
    public override double DefaultWeight => 2;
}

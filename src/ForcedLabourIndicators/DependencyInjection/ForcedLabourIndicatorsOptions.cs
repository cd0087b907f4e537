namespace ForcedLabourIndicators;

/// <summary>Options of <c>services.AddForcedLabourIndicators(...)</c>.</summary>
public sealed class ForcedLabourIndicatorsOptions
{
    /// <summary>The methodology's settings. Default: a builder holding every default of <see cref="ForcedLabourIndicators.Methodology"/>.
    /// Ignored when <see cref="Methodology"/> is set.</summary>
    public MethodologyBuilder MethodologyBuilder { get; } = new();

    /// <summary>A ready-built methodology to use instead of <see cref="MethodologyBuilder"/>. Default <see langword="null"/>.</summary>
    public Methodology? Methodology { get; set; }

    /// <summary>Rules to add beside the eleven ILO indicators. Default: none.</summary>
    public IList<IndicatorRule> AdditionalRules { get; } = [];
}

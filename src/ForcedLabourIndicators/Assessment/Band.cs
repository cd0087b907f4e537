namespace ForcedLabourIndicators;

/// <summary>What to do next with a case, from its assessment. A screening band, never a verdict.</summary>
public enum Band
{
    /// <summary>No indicator is present and too few facts are answered to say more (coverage below
    /// <see cref="Methodology.MinimumCoverage"/>). Never a low-risk result: gather more information.</summary>
    InsufficientInformation = 0,

    /// <summary>Enough facts are answered and none shows an indicator or an element of the definition.</summary>
    NoIndicatorsFound = 1,

    /// <summary>At least one indicator or element is present: follow the case up.</summary>
    FollowUp = 2,

    /// <summary>The facts meet the ILO definition, or the score reaches <see cref="Methodology.ReferScore"/>, or a referring
    /// indicator is present: refer the case to the competent authority or a specialised service.</summary>
    Refer = 3,
}

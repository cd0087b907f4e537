namespace ForcedLabourIndicators;

/// <summary>
/// The contexts that ILO Convention C29 Art. 2(2) excludes from the definition of forced labour. A case flagged with one
/// is reported as outside the definition; its indicators are still assessed and shown.
/// </summary>
public enum ExcludedContext
{
    /// <summary>None of the excluded contexts applies (the default).</summary>
    None = 0,

    /// <summary>Work exacted under compulsory military service laws for work of a purely military character.</summary>
    CompulsoryMilitaryService,

    /// <summary>Work that forms part of the normal civic obligations of citizens.</summary>
    NormalCivicObligation,

    /// <summary>Work exacted as a consequence of a conviction in a court of law, carried out under the supervision and control of a
    /// public authority, and not hired to or placed at the disposal of private parties.</summary>
    PrisonLabourUnderPublicSupervision,

    /// <summary>Work exacted in cases of emergency (war, calamity, or threatened calamity).</summary>
    Emergency,

    /// <summary>Minor communal services performed by the members of a community in its direct interest.</summary>
    MinorCommunalService,
}

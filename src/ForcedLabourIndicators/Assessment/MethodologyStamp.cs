namespace ForcedLabourIndicators;

/// <summary>What produced an assessment: the methodology's id, version and content hash, and any rules added beside the eleven
/// ILO indicators. Keep it with the result: the same stamp and the same case always give the same assessment.</summary>
/// <param name="Id">The methodology's id.</param>
/// <param name="Version">The methodology's version.</param>
/// <param name="ContentHash">The methodology's content hash (SHA-256 of its settings).</param>
/// <param name="AdditionalRules">The codes of the rules added beside the eleven ILO indicators, in evaluation order; empty when none.</param>
/// <param name="LibraryVersion">The version of this library that made the assessment.</param>
public sealed record MethodologyStamp(string Id, string Version, string ContentHash, IReadOnlyList<string> AdditionalRules, string LibraryVersion);

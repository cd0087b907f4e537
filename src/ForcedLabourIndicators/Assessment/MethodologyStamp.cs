namespace ForcedLabourIndicators;

/// <summary>What produced an assessment: the methodology's id, version and content hash, and any rules added beside the eleven
/// ILO indicators. Keep it with the result: the same stamp and the same case always give the same assessment.</summary>
/// <param name="Id">The methodology's id.</param>
/// <param name="Version">The methodology's version.</param>
/// <param name="ContentHash">The methodology's content hash (SHA-256 of its settings).</param>
/// <param name="AdditionalRules">The codes of the rules added beside the eleven ILO indicators, in evaluation order; empty when none.</param>
/// <param name="LibraryVersion">The version of this library that made the assessment.</param>
/// <param name="RulesHash">The lowercase hex SHA-256 of the assessor's rule set: every rule's code, weight under the methodology,
/// the facts it reads and, for clause rules, its clauses. Differs from one assessor to another only when their rules do.</param>
public sealed record MethodologyStamp(string Id, string Version, string ContentHash, IReadOnlyList<string> AdditionalRules, string LibraryVersion, string RulesHash);

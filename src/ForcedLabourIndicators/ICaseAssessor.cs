using System.Diagnostics.CodeAnalysis;

namespace ForcedLabourIndicators;

/// <summary>
/// Assesses worker cases against the ILO indicators of forced labour under one methodology. Implementations are immutable
/// and safe to share across threads; register one as a singleton.
/// </summary>
public interface ICaseAssessor
{
    /// <summary>The methodology every assessment is made with.</summary>
    Methodology Methodology { get; }

    /// <summary>The rules, in evaluation order: the eleven ILO indicators, then added rules ordered by code.</summary>
    IReadOnlyList<IndicatorRule> Rules { get; }

    /// <summary>The stamp every assessment carries.</summary>
    MethodologyStamp Stamp { get; }

    /// <summary>Validates and assesses a case.</summary>
    /// <param name="workerCase">The case.</param>
    /// <returns>The explained assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workerCase"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid; the exception lists every problem.</exception>
    Assessment Assess(WorkerCase workerCase);

    /// <summary>Validates and assesses a case without throwing for an invalid case.</summary>
    /// <param name="workerCase">The case.</param>
    /// <param name="assessment">The assessment, when the case is valid.</param>
    /// <param name="errors">The problems, when the case is invalid; empty otherwise.</param>
    /// <returns>Whether the case was valid and assessed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workerCase"/> is null.</exception>
    bool TryAssess(WorkerCase workerCase, [NotNullWhen(true)] out Assessment? assessment, out IReadOnlyList<CaseError> errors);

    /// <summary>Validates a case without assessing it.</summary>
    /// <param name="workerCase">The case.</param>
    /// <returns>Valid, or the problems found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workerCase"/> is null.</exception>
    CaseValidationResult Validate(WorkerCase workerCase);
}

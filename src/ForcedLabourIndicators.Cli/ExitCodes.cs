namespace ForcedLabourIndicators.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every record was assessed.</summary>
    public const int Success = 0;

    /// <summary>The input was read, but at least one record was rejected (each is in the output, marked, with its errors).</summary>
    public const int SomeRejected = 1;

    /// <summary>The command line or the methodology file is wrong; nothing was assessed.</summary>
    public const int Usage = 2;

    /// <summary>The input could not be opened, or held no records.</summary>
    public const int NoInput = 3;
}

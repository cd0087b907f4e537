namespace ForcedLabourIndicators.Formats;

/// <summary>Reads and writes three-valued answers as text, accepting the common spellings of spreadsheets and case files.</summary>
public static class AnswerText
{
    private static readonly string[] YesSpellings = ["yes", "y", "1", "true", "t", "x", "si", "sí", "oui", "sim"];
    private static readonly string[] NoSpellings = ["no", "n", "0", "false", "f", "non", "não", "nao"];
    private static readonly string[] UnknownSpellings = ["", "unknown", "u", "?", "na", "n/a", "null", "-99", "not recorded"];

    /// <summary>Reads an answer: yes (yes, y, 1, true, t, x, sí, oui, sim), no (no, n, 0, false, f, non, não) or unknown
    /// (blank, unknown, u, ?, na, n/a, null, -99, not recorded); case and surrounding spaces are ignored.</summary>
    /// <param name="text">The text.</param>
    /// <param name="answer">The answer, when the text is one of the spellings.</param>
    /// <returns>Whether the text is one of the spellings.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Answer answer)
    {
        var t = text.Trim();
        if (Matches(t, UnknownSpellings))
        {
            answer = Answer.Unknown;
            return true;
        }

        if (Matches(t, YesSpellings))
        {
            answer = Answer.Yes;
            return true;
        }

        if (Matches(t, NoSpellings))
        {
            answer = Answer.No;
            return true;
        }

        answer = Answer.Unknown;
        return false;
    }

    /// <summary>The canonical text of an answer: "yes", "no" or "unknown".</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>The text.</returns>
    public static string ToText(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        _ => "unknown",
    };

    private static bool Matches(ReadOnlySpan<char> text, string[] spellings)
    {
        foreach (var s in spellings)
        {
            if (text.Equals(s, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

namespace DataGuard.Detection.Pipeline;

/// <summary>A scored value waiting for overlap resolution.</summary>
internal readonly struct Candidate
{
    public Candidate(string type, int start, int end, double score, Evasions evasions, string value, int priority, bool joined = false)
    {
        Joined = joined;
        Type = type;
        Start = start;
        End = end;
        Score = score;
        Evasions = evasions;
        Value = value;
        Priority = priority;
    }

    public string Type { get; }

    public int Start { get; }

    public int End { get; }

    public double Score { get; }

    public Evasions Evasions { get; }

    public string Value { get; }

    /// <summary>Lower wins a tie: the order recognizers were declared in.</summary>
    public int Priority { get; }

    public int Length => End - Start;

    /// <summary>Read across a filler or an aside between two groups of the value (see <see cref="JoinedReadings"/>).</summary>
    public bool Joined { get; }

    /// <summary>The same candidate at another score.</summary>
    public Candidate WithScore(double score) => new(Type, Start, End, score, Evasions, Value, Priority, Joined);

    public Finding ToFinding() => new(Type, Start, End - Start, Score, Evasions, Value);
}

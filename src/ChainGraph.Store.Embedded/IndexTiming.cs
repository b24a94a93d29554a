namespace ChainGraph.Store.Embedded;

/// <summary>When the embedded store builds the in-memory indexes that questions are answered from.</summary>
public enum IndexTiming
{
    /// <summary>On opening and with every write, so that no question waits for them: what a service wants.</summary>
    Eager,

    /// <summary>
    /// When a question first needs them. A store opened to write and close (the command-line import, a backup) keeps
    /// only the rows in key order, which the graph image and the site key lists are made from, and never builds them:
    /// at a million companies that was about a fifth of an import's processor time.
    /// </summary>
    WhenAsked,
}

namespace ChainGraph.TestSupport.Contract;

/// <summary>Lets a test pick a few fields of a value in one expression.</summary>
internal static class LetExtensions
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> pick) => pick(value);
}

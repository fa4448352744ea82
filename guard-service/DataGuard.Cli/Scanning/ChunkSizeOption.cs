using System.CommandLine;

namespace DataGuard.Cli.Scanning;

/// <summary>
/// Hidden <c>--chunk-size</c>: characters read per window when streaming inputs. Only tests change it, to put values on
/// chunk boundaries without writing megabytes.
/// </summary>
internal sealed class ChunkSizeOption : Option<int>
{
    public ChunkSizeOption() : base("--chunk-size")
    {
        Hidden = true;
        DefaultValueFactory = _ => StreamScanner.DefaultChunkSize;
    }
}

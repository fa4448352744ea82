using DataGuard.Audit.Checkpoints;

namespace DataGuard.Audit.Tests;

/// <summary>The checkpoint folder shared by several instances and read by verifiers while they write.</summary>
public sealed class CheckpointDirectoryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dataguard-checkpoints-").FullName;

    private static Checkpoint At(string chain, long sequence) =>
        new() { Chain = chain, Sequence = sequence, Head = new string('a', 64), Time = DateTimeOffset.UnixEpoch, KeyId = "k" };

    [Fact]
    public async Task Readers_never_meet_a_checkpoint_half_written_while_two_instances_append()
    {
        var directory = new CheckpointDirectory(_folder);
        using var done = new CancellationTokenSource();
        using var readersRunning = new CountdownEvent(2);
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var reads = 0;
            while (!done.IsCancellationRequested)
            {
                Assert.All(directory.ReadAll(), e => Assert.NotNull(e.Checkpoint));
                if (reads++ == 0) readersRunning.Signal();
            }
            return reads;
        })).ToArray();
        readersRunning.Wait(TimeSpan.FromMinutes(1));
        var writers = new[] { "guard-a", "guard-b" }.Select(chain => Task.Run(() =>
        {
            for (var i = 1; i <= 200; i++) directory.Append(At(chain, i));
        })).ToArray();

        await Task.WhenAll(writers);
        await done.CancelAsync();
        var reads = await Task.WhenAll(readers);

        Assert.All(reads, r => Assert.True(r > 1));
        Assert.Equal(400, directory.ReadAll().Count);
        Assert.Equal(200, directory.Latest("guard-b")!.Checkpoint!.Sequence);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
    }

    [Fact]
    public void A_checkpoint_is_never_overwritten_and_a_refused_append_leaves_nothing_behind()
    {
        var directory = new CheckpointDirectory(_folder);
        var first = directory.Append(At("guard-a", 5));

        Assert.Throws<IOException>(() => directory.Append(At("guard-a", 5) with { Head = new string('b', 64) }));

        var only = Assert.Single(directory.ReadAll());
        Assert.Equal(first.Digest, only.Digest);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(_folder, ".*"));
    }

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(_folder)) File.SetAttributes(file, FileAttributes.Normal);
        Directory.Delete(_folder, recursive: true);
    }
}

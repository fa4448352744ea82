namespace DataGuard.Client.Tests; public class BuildTests { [Fact] public void Project_builds() => Assert.NotNull(typeof(BuildTests).Assembly); }

using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TuyenGiao.ArchitectureTests;

/// <summary>
/// User-facing text lives in resource files, Vietnamese (default) and English side by side:
/// every key in both, the same placeholders in both, the .resx files generated from their TSV,
/// and every key the code asks for present.
/// </summary>
public sealed partial class ResourceTests
{
    private static readonly string RepoRoot = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TuyenGiao.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TuyenGiao.slnx not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> SourceFiles(params string[] patterns) =>
        patterns.SelectMany(p => Directory.EnumerateFiles(Path.Combine(RepoRoot, "src"), p, SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The Vietnamese (culture-neutral) .resx files: Name.resx without a culture suffix.</summary>
    private static List<string> NeutralResx() => SourceFiles("*.resx")
        .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    private static Dictionary<string, string> Read(string resx) =>
        XDocument.Load(resx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepoRoot, path);

    public static TheoryData<string> ResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in NeutralResx())
        {
            data.Add(Relative(f));
        }

        return data;
    }

    [Fact]
    public void Resource_files_are_found() => Assert.Contains(NeutralResx(), f => f.EndsWith("Messages.resx", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_key_exists_in_Vietnamese_and_English(string resx)
    {
        var vi = Read(Path.Combine(RepoRoot, resx));
        var enPath = Path.Combine(RepoRoot, Path.ChangeExtension(resx, ".en.resx"));
        Assert.True(File.Exists(enPath), $"{resx} has no English sibling {Relative(enPath)}");
        var en = Read(enPath);

        Assert.True(vi.Keys.Except(en.Keys).ToList() is [], $"Missing in English ({Relative(enPath)}): {string.Join(", ", vi.Keys.Except(en.Keys))}");
        Assert.True(en.Keys.Except(vi.Keys).ToList() is [], $"Missing in Vietnamese ({resx}): {string.Join(", ", en.Keys.Except(vi.Keys))}");
        Assert.All(vi, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{resx}: {kv.Key} is empty in Vietnamese"));
        Assert.All(en, kv => Assert.False(string.IsNullOrWhiteSpace(kv.Value), $"{Relative(enPath)}: {kv.Key} is empty in English"));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Both_languages_use_the_same_placeholders(string resx)
    {
        var vi = Read(Path.Combine(RepoRoot, resx));
        var en = Read(Path.Combine(RepoRoot, Path.ChangeExtension(resx, ".en.resx")));
        var problems = vi.Keys.Intersect(en.Keys)
            .Where(k => !Placeholders(vi[k]).SetEquals(Placeholders(en[k])))
            .Select(k => $"{k}: \"{vi[k]}\" / \"{en[k]}\"")
            .ToList();
        Assert.True(problems.Count == 0, $"{resx}: placeholders differ between Vietnamese and English:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void The_resx_files_match_their_tsv_source(string resx)
    {
        var tsv = Path.Combine(RepoRoot, Path.ChangeExtension(resx, ".tsv"));
        if (!File.Exists(tsv))
        {
            return; // a resource file kept by hand
        }

        var rows = File.ReadAllLines(tsv)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();
        var vi = Read(Path.Combine(RepoRoot, resx));
        var en = Read(Path.Combine(RepoRoot, Path.ChangeExtension(resx, ".en.resx")));
        var stale = rows.Where(r => r.Length != 3 || !vi.TryGetValue(r[0], out var v) || v != r[1] || !en.TryGetValue(r[0], out var e) || e != r[2])
            .Select(r => r[0])
            .Concat(vi.Keys.Except(rows.Select(r => r[0])))
            .ToList();
        Assert.True(stale.Count == 0, $"{resx} is out of date with {Relative(tsv)} (run python3 scripts/resx.py {Relative(tsv)}): {string.Join(", ", stale)}");
    }

    [Fact]
    public void Every_message_key_the_code_asks_for_exists()
    {
        var keys = NeutralResx().SelectMany(f => Read(f).Keys).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var asked = 0;
        foreach (var file in SourceFiles("*.cs", "*.razor"))
        {
            var text = File.ReadAllText(file);
            foreach (Match m in MessageCall().Matches(text))
            {
                var key = m.Groups["key"].Value;
                asked++;
                if (!keys.Contains(key))
                {
                    missing.Add($"{Relative(file)}: {key}");
                }
            }
        }

        Assert.True(asked > 50, $"Only {asked} message lookups found: is the pattern still right?");
        Assert.True(missing.Count == 0, "Message keys without a resource:" + Environment.NewLine + string.Join(Environment.NewLine, missing.Distinct()));
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["n"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?<!\{)\{(?<n>\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    // Messages.Get("Key", …) and the modules' short form M("Key", …); keys built at run time
    // ("IdRole" + role) are left out.
    [GeneratedRegex(@"(?:\bMessages\.Get|(?<![\w.])M)\(\s*""(?<key>[A-Za-z][A-Za-z0-9]*)""\s*[,)]")]
    private static partial Regex MessageCall();
}

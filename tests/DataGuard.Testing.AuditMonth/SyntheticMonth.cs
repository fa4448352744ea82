using System.Security.Cryptography;
using System.Text;
using DataGuard.Audit.Insights;

namespace DataGuard.Testing.AuditMonth;

/// <summary>Size and shape of a synthetic month.</summary>
/// <param name="Officers">Ordinary officers (planted ones come on top).</param>
/// <param name="Start">First local day.</param>
/// <param name="Days">Days in the month.</param>
/// <param name="MeanRequestsPerShift">Average requests of an officer on a working day.</param>
/// <param name="Seed">Random seed (the month is deterministic).</param>
/// <param name="PlantedPerIndicator">Planted people per indicator (rings: officers in rings of 3–5).</param>
public sealed record SyntheticMonthShape(int Officers = 2100, DateOnly? Start = null, int Days = 30, double MeanRequestsPerShift = 24, int Seed = 20261101, int PlantedPerIndicator = 12)
{
    /// <summary>A small month for browser and CLI tests.</summary>
    public static SyntheticMonthShape Small(DateOnly start) => new(Officers: 60, Start: start, Days: 14, MeanRequestsPerShift: 12, PlantedPerIndicator: 3);
}

/// <summary>
/// A month of audit events: officers in 24 units (16 precincts on shifts, 8 day-time offices), working weekdays or rotating
/// shifts, asking the AI service a Poisson number of times per working day, with occasional honest personal data (blocked
/// or pseudonymized, 0.6 % of requests; 5 % of those typed with full-width digits, 5 % of blocks sent once more unchanged, 2 % drawn from
/// the unit's current cases), plus planted people for every indicator, labelled.
/// </summary>
/// <param name="Events">The rows, oldest first, ids 1…n.</param>
/// <param name="Units">Unit of every person.</param>
/// <param name="Planted">Indicator codes each planted person was made to show.</param>
/// <param name="Options">Insights options for this month (unit duty hours).</param>
/// <param name="Window">The month, Taiwan time.</param>
public sealed record SyntheticMonth(
    IReadOnlyList<AuditEvent> Events,
    IReadOnlyDictionary<string, string> Units,
    IReadOnlyDictionary<string, IReadOnlySet<string>> Planted,
    InsightsOptions Options,
    InsightsWindow Window)
{
    private static readonly TimeSpan Taiwan = TimeSpan.FromHours(8);
    private const string ChatRoute = "/openai/deployments/{deployment}/chat/completions";
    private static readonly string[] Precincts = ["中正一分局", "中正二分局", "大同分局", "萬華分局", "中山分局", "大安分局", "信義分局", "松山分局", "士林分局", "北投分局", "內湖分局", "南港分局", "文山一分局", "文山二分局", "保安大隊", "交通大隊"];
    private static readonly string[] Offices = ["刑事警察大隊", "督察室", "人事室", "資訊室", "行政科", "防治科", "勤務指揮中心", "婦幼隊"];

    /// <summary>Ordinary people (no planted label).</summary>
    public IEnumerable<string> Ordinary => Units.Keys.Where(u => !Planted.ContainsKey(u));

    /// <summary>Generates a month.</summary>
    public static SyntheticMonth Generate(SyntheticMonthShape? shape = null) => new Builder(shape ?? new SyntheticMonthShape()).Build();

    /// <summary>A fingerprint as the guard would store it for a citizen (hex, 32 characters).</summary>
    public static string FingerprintOf(string citizen) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("TW_NATIONAL_ID:" + citizen)).AsSpan(0, 16));

    private sealed class Builder(SyntheticMonthShape shape)
    {
        private readonly Random _random = new(shape.Seed);
        private readonly List<AuditEvent> _events = [];
        private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<string>> _planted = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int StartHour, int Hours, bool Weekdays)> _shifts = new(StringComparer.Ordinal);
        private readonly DateOnly _start = shape.Start ?? new DateOnly(2026, 11, 1);
        private int _citizen;

        public SyntheticMonth Build()
        {
            var units = Precincts.Concat(Offices).ToArray();
            for (int i = 0; i < shape.Officers; i++) AddOfficer($"officer.{i + 1:D4}", units[i % units.Length]);
            foreach (var user in _units.Keys.ToList()) Ordinary(user);
            Plant(units);
            _events.Sort((a, b) => a.Time.CompareTo(b.Time));
            var events = _events.Select((e, i) => e with { Id = i + 1 }).ToList();
            var options = new InsightsOptions();
            foreach (var precinct in Precincts) options.UnitDutyHours[precinct] = "06-23";
            var from = new DateTimeOffset(_start.ToDateTime(TimeOnly.MinValue), Taiwan);
            return new SyntheticMonth(events, _units, _planted.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.Ordinal),
                options, new InsightsWindow(from, from.AddDays(shape.Days), Taiwan));
        }

        private void AddOfficer(string user, string unit)
        {
            _units[user] = unit;
            // Precincts work rotating shifts (06–14 or 14–22, any day of the week); offices work 08–18 on weekdays.
            _shifts[user] = Precincts.Contains(unit) ? (_random.Next(2) == 0 ? 6 : 14, 8, false) : (8, 10, true);
        }

        private IEnumerable<DateOnly> WorkingDays(string user)
        {
            var shift = _shifts[user];
            for (int d = 0; d < shape.Days; d++)
            {
                var day = _start.AddDays(d);
                bool weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                if (shift.Weekdays ? !weekend : _random.NextDouble() < 5.0 / 7) yield return day;
            }
        }

        private DateTimeOffset OnShift(string user, DateOnly day)
        {
            var (startHour, hours, _) = _shifts[user];
            var minutes = _random.NextDouble() * (hours * 60 - 1);
            return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Taiwan).AddHours(startHour).AddMinutes(minutes);
        }

        // Ordinary use: a personal level (log-normal), a Poisson number of requests per working day, honest personal data now and then.
        private void Ordinary(string user)
        {
            var level = shape.MeanRequestsPerShift * Math.Exp(Normal() * 0.35 - 0.06);
            foreach (var day in WorkingDays(user))
            {
                var n = Poisson(level * (0.7 + 0.6 * _random.NextDouble()));
                for (int i = 0; i < n; i++)
                {
                    var time = OnShift(user, day);
                    if (_random.NextDouble() < 0.006) HonestPersonalData(user, time);
                    else Add(user, time, Verdicts.Allow);
                }
            }
        }

        private void HonestPersonalData(string user, DateTimeOffset time)
        {
            var citizen = _random.NextDouble() < 0.02 ? $"case:{_units[user]}:{_random.Next(200)}" : NewCitizen();
            var evasion = _random.NextDouble() < 0.05;
            if (_random.NextDouble() < 0.6)
            {
                Add(user, time, Verdicts.Block, citizen, evasion);
                if (_random.NextDouble() < 0.05) Add(user, time.AddSeconds(30 + _random.Next(90)), Verdicts.Block, citizen, evasion);
            }
            else
            {
                Add(user, time, Verdicts.Redact, citizen, evasion);
            }
        }

        private void Plant(string[] units)
        {
            int next = 0;
            string NewPlanted(string code, string? unit = null)
            {
                var user = $"planted.{code}.{++next:D3}";
                AddOfficer(user, unit ?? units[_random.Next(units.Length)]);
                Ordinary(user);
                _planted[user] = [code];
                return user;
            }
            int count = shape.PlantedPerIndicator;
            for (int i = 0; i < count; i++)
            {
                // Retry after a block: the value sent again within minutes, disguised (two in three) or plainly three times or more.
                var retrier = NewPlanted(IndicatorCodes.RetryAfterBlock);
                var days = WorkingDays(retrier).ToList();
                bool evasive = i % 3 != 2;
                int episodes = evasive ? 1 + _random.Next(2) : 3 + _random.Next(2);
                for (int e = 0; e < episodes; e++)
                {
                    var time = OnShift(retrier, days[_random.Next(days.Count)]);
                    var citizen = NewCitizen();
                    Add(retrier, time, Verdicts.Block, citizen);
                    Add(retrier, time.AddMinutes(1 + _random.Next(9)), Verdicts.Block, citizen, evasion: evasive);
                }

                // Evasion attempts: disguised values on several days, each a different citizen.
                var evader = NewPlanted(IndicatorCodes.Evasion);
                days = WorkingDays(evader).ToList();
                for (int e = 0, n = 4 + _random.Next(6); e < n; e++) Add(evader, OnShift(evader, days[_random.Next(days.Count)]), Verdicts.Block, NewCitizen(), evasion: true);

                // Harvesting by breadth: 40–150 distinct citizens over the month, blocked or pseudonymized.
                var harvester = NewPlanted(IndicatorCodes.HarvestingDistinct);
                days = WorkingDays(harvester).ToList();
                for (int e = 0, n = 40 + _random.Next(110); e < n; e++)
                    Add(harvester, OnShift(harvester, days[_random.Next(days.Count)]), _random.Next(2) == 0 ? Verdicts.Block : Verdicts.Redact, NewCitizen());

                // Harvesting by volume: one day of 25–35 pseudonymized requests over a dozen values (a quiet officer, so not a volume spike).
                var bulk = NewPlanted(IndicatorCodes.HarvestingVolume);
                days = WorkingDays(bulk).ToList();
                var bulkDay = days[_random.Next(days.Count)];
                var pool = Enumerable.Range(0, 12).Select(_ => NewCitizen()).ToArray();
                for (int e = 0, n = 25 + _random.Next(11); e < n; e++) Add(bulk, OnShift(bulk, bulkDay), Verdicts.Redact, pool[e % pool.Length]);

                // Off-hours: a day-time office worker on 3–6 nights between 00:00 and 05:00, a few requests each.
                var night = NewPlanted(IndicatorCodes.OffHours, Offices[_random.Next(Offices.Length)]);
                for (int e = 0, nights = 3 + _random.Next(4); e < nights; e++)
                {
                    var day = _start.AddDays(_random.Next(shape.Days));
                    var at = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Taiwan).AddHours(_random.Next(5));
                    for (int r = 0, n = 3 + _random.Next(4); r < n; r++) Add(night, at.AddMinutes(r * 7 + _random.Next(5)), Verdicts.Allow);
                }

                // Volume spike: one day of 150–300 requests.
                var spiker = NewPlanted(IndicatorCodes.VolumeSpike);
                days = WorkingDays(spiker).ToList();
                var spikeDay = days[_random.Next(days.Count)];
                for (int e = 0, n = 150 + _random.Next(150); e < n; e++) Add(spiker, OnShift(spiker, spikeDay), Verdicts.Allow);
            }

            // One citizen, many officers: rings of 3–5 officers from different units each looking up the same person.
            int ringMembers = 0;
            while (ringMembers < count)
            {
                var citizen = NewCitizen();
                int size = 3 + _random.Next(3);
                for (int m = 0; m < size; m++, ringMembers++)
                {
                    var member = NewPlanted(IndicatorCodes.SharedFingerprint);
                    var days = WorkingDays(member).ToList();
                    Add(member, OnShift(member, days[_random.Next(days.Count)]), _random.Next(2) == 0 ? Verdicts.Block : Verdicts.Redact, citizen);
                }
            }
        }

        private string NewCitizen() => "citizen:" + (++_citizen).ToString(System.Globalization.CultureInfo.InvariantCulture);

        private void Add(string user, DateTimeOffset time, string verdict, string? citizen = null, bool evasion = false)
        {
            var fingerprints = citizen is null ? [] : new[] { FingerprintOf(citizen) };
            var counts = citizen is null ? new Dictionary<string, int>() : new Dictionary<string, int> { ["TW_NATIONAL_ID"] = 1 };
            _events.Add(new AuditEvent(0, time.ToUniversalTime(), user, ChatRoute, verdict, counts, evasion, [], fingerprints, "K0"));
        }

        private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

        private int Poisson(double mean)
        {
            // Knuth for small means, a rounded normal for large ones.
            if (mean > 30) return Math.Max(0, (int)Math.Round(mean + Math.Sqrt(mean) * Normal()));
            double limit = Math.Exp(-mean), product = _random.NextDouble();
            int k = 0;
            while (product > limit) { k++; product *= _random.NextDouble(); }
            return k;
        }
    }
}

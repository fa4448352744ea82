using System.Threading.Tasks;
using Telegram.Bot;

namespace Police.Notifications.TelegramSdk;

public sealed class WantedBroadcast
{
    private readonly ITelegramBotClient _bot = new TelegramBotClient("123:abc");

    public async Task BroadcastAsync(long channel, string suspectName, string district)
    {
        await _bot.SendMessage(channel, $"{district} 轄區協尋");
        await _bot.SendMessage(channel, $"協尋嫌犯 {suspectName}，最後出現於 {district}"); // expect: DG1005
    }
}

using DataGuard.Analyzers.Tests.Infrastructure;

namespace DataGuard.Analyzers.Tests.Rules.Leaks;

/// <summary>
/// Round 30's person identifiers beyond the vocabulary, decided by the declaring type's shape: a user's plain <c>Name</c>
/// beside the user's e-mail, a social sender's handle, a verification <c>Target</c> documented as an e-mail or phone, a
/// reader's library-card EAN on a record with the reader's birth date (and, as any person's identifier, wherever
/// the compilation names a value for it). Their neighbours of other shapes stay silent.
/// </summary>
public class PersonIdentifierShapesLoggedTests
{
    private static Task Run(string log) => LibraryLeakTest.Run("""
        using System;
        using Microsoft.Extensions.Logging;

        public class User { public int Id { get; set; } public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Library { public int Id { get; set; } public string Name { get; set; } = ""; public string Email { get; set; } = ""; }
        public class Tag { public string Name { get; set; } = ""; }
        public class CommunicationChannel { public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string ContactPersonName { get; set; } = ""; }
        public class SocialMessageDto { public string SenderHandle { get; set; } = ""; public string ChannelHandle { get; set; } = ""; }
        public class SendCodeCommand
        {
            public string Target { get; set; } = string.Empty; // Email or Phone number
            public string Channel { get; set; } = string.Empty;
        }
        public class SendCodeResponse
        {
            public string Target { get; set; } = string.Empty; // Email or phone (partially masked)
            public string Destination { get; set; } = string.Empty; // queue name
        }
        public class ReaderLoginRequest { public string Ean { get; set; } = ""; public DateOnly DateOfBirth { get; set; } }
        public class Book { public string Barcode { get; set; } = ""; public string Title { get; set; } = ""; }

        public sealed class Accounts
        {
            private readonly ILogger<Accounts> _logger = null!;

            public void Changed(User user, Library library, Tag tag, SocialMessageDto dto, SendCodeCommand request, SendCodeResponse response,
                ReaderLoginRequest login, Book book, CommunicationChannel channel)
            {
                LOG;
            }
        }
        """.Replace("LOG", log));

    [Fact]
    public Task A_users_name_beside_the_users_email_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Name changed to {Name}", user.Name)|}""");

    /// <summary>A library is no account holder, and a tag holds no e-mail: their names stay silent.</summary>
    [Fact]
    public Task Names_of_a_library_a_tag_and_a_channel_are_not_reported()
        => Run("""_logger.LogInformation("Library {Name} tag {Tag} channel {Channel}", library.Name, tag.Name, channel.Name)""");

    [Fact]
    public Task A_senders_handle_is_reported()
        => Run("""{|DG1001:_logger.LogInformation("Message from {Handle}", dto.SenderHandle)|}""");

    [Fact]
    public Task A_channels_handle_is_not_reported()
        => Run("""_logger.LogInformation("Message on {Handle}", dto.ChannelHandle)""");

    [Fact]
    public Task A_target_documented_as_email_or_phone_is_reported()
        => Run("""{|DG1001:_logger.LogError("Error sending code to {Target}", request.Target)|}""");

    [Fact]
    public Task A_masked_target_and_a_queue_destination_are_not_reported()
        => Run("""_logger.LogInformation("Sent to {Target} via {Destination} on {Channel}", response.Target, response.Destination, request.Channel)""");

    [Fact]
    public Task A_readers_card_ean_is_reported()
        => Run("""{|DG1001:_logger.LogWarning("Reader not found with EAN: {Ean}", login.Ean)|}""");

    [Fact]
    public Task A_books_barcode_is_not_reported()
        => Run("""_logger.LogWarning("Book not found with barcode: {Barcode} {Title}", book.Barcode, book.Title)""");
}

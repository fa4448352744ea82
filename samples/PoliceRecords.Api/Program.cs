using System.ClientModel;
using Azure.AI.OpenAI;
using PoliceRecords.Api.CaseSummaries;
using PoliceRecords.Api.Endpoints;
using PoliceRecords.Api.Notifications;
using PoliceRecords.Api.PlateRecognition;
using PoliceRecords.Api.Privacy;
using PoliceRecords.Api.QueryLogging;
using PoliceRecords.Api.Records;

var builder = WebApplication.CreateBuilder(args);

// Configuration
builder.Services.AddOptions<RecordsOptions>().BindConfiguration("Records");

// Services
builder.Services.AddSingleton<CitizenRegistry>();
builder.Services.AddSingleton<VehicleRegistry>();
builder.Services.AddSingleton<SubjectFingerprint>();
builder.Services.AddSingleton<AuditTrail>();
builder.Services.AddSingleton<QueryLog>();
builder.Services.AddSingleton<HouseholdImport>();
builder.Services.AddHttpClient<PlateRecognitionClient>();
builder.Services.AddHttpClient<LineNotifier>(http => http.DefaultRequestHeaders.Authorization =
    new("Bearer", builder.Configuration["Line:NotifyToken"]));
builder.Services.AddSingleton(_ => new AzureOpenAIClient(
    new Uri(builder.Configuration["AzureOpenAI:Endpoint"] ?? "https://police-ai.openai.azure.com/"),
    new ApiKeyCredential(builder.Configuration["AzureOpenAI:ApiKey"] ?? "not-configured")));
builder.Services.AddSingleton<CaseSummaryService>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<NotFoundExceptionHandler>();

var app = builder.Build();

// Middleware
app.UseExceptionHandler();

// Endpoints
app.MapCitizenEndpoints();
app.MapVehicleEndpoints();
app.MapCaseEndpoints();
app.MapNotificationEndpoints();
app.MapHouseholdEndpoints();

app.Run();

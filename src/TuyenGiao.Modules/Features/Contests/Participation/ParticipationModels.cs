namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>Registration: name, phone, optional e-mail and unit, and consent to the personal-data notice.</summary>
public sealed record RegisterRequest(string? Name, string? Phone, string? Email, int? UnitId, bool Consent);

/// <summary>The registration secret is shown once: it starts attempts and unlocks the participant's data export and erasure.</summary>
public sealed record Registration(long ParticipantId, string Secret);

/// <summary>Who starts: the phone and the registration secret.</summary>
public sealed record ParticipantCredentials(string? Phone, string? Secret);

public sealed record AttemptOption(int Id, string Text);

/// <summary>A question as the participant sees it: options in the attempt's shuffled order; no correctness before the round closes.</summary>
public sealed record AttemptQuestion(int Id, string Text, bool MultipleChoice, IReadOnlyList<AttemptOption> Options, IReadOnlyList<int> Chosen);

/// <summary>After the round closes: the attempt's score and, per question, the correct options.</summary>
public sealed record AttemptResult(int Score, int Total, IReadOnlyDictionary<int, IReadOnlyList<int>> CorrectOptions);

/// <summary>The attempt; <see cref="Token"/> only in the answer to the start (one-shot).</summary>
public sealed record AttemptView(
    long AttemptId,
    int ContestId,
    int RoundId,
    int Number,
    DateTime StartedAt,
    DateTime Deadline,
    int SecondsLeft,
    DateTime? SubmittedAt,
    string PredictionQuestion,
    string? EssayQuestion,
    IReadOnlyList<AttemptQuestion> Questions,
    string? Token,
    AttemptResult? Result);

public sealed record AnswerRequest(int QuestionId, IReadOnlyList<int>? OptionIds);

public sealed record AnswerSaved(int QuestionId, DateTime SavedAt);

public sealed record SubmitRequest(IReadOnlyList<AnswerRequest>? Answers, int? Prediction, string? Essay);

/// <summary>The receipt of a submission. The score is published when the round closes.</summary>
public sealed record SubmissionReceipt(long AttemptId, DateTime SubmittedAt, long DurationMs, int Answered, int Total, DateTime ResultsAt);

/// <summary>Everything kept about a participant (the data-access right).</summary>
public sealed record ParticipantData(long ParticipantId, string Name, string Phone, string? Email, int? UnitId, DateTime RegisteredAt, DateTime ConsentedAt, IReadOnlyList<ParticipantAttemptData> Attempts);

public sealed record ParticipantAttemptData(long AttemptId, int RoundId, int Number, DateTime StartedAt, DateTime? SubmittedAt, int? Prediction, string? Essay, IReadOnlyDictionary<int, string> Answers, string? StartIp);

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace caliper::mock {

/// One top_logprobs alternative a test scripts for a token.
struct MockAlternative
{
    QString text;
    double logprob = 0.0;
};

/// One piece of generated text ("token": a word and the space after it), and whether it is reasoning.
struct MockToken
{
    QString text;
    bool reasoning = false;
    double logprob = 0.0;
    QList<MockAlternative> top; ///< scripted top_logprobs (judge tests); empty: made up from the token
};

/// What the mock model answers to one chat request: a deterministic function of the request, so tests can
/// compare a streamed and a non-streamed answer, and a cache hit with a fresh request.
struct MockCompletion
{
    QString model;
    QList<MockToken> tokens;
    bool reasoningInField = false; ///< reasoning goes to reasoning_content (DeepSeek style) instead of <think> tags
    qint64 promptTokens = 0;
    QString finishReason = QStringLiteral("stop");
    int topLogprobs = -1; ///< -1: logprobs not requested

    qint64 reasoningTokenCount() const;
    QString text(bool reasoning) const;
};

/// The completion for a chat-completions request body. Models whose id contains "reasoner" put their reasoning
/// into reasoning_content; all others wrap it in <think>…</think> at the start of content, except those whose id
/// contains "judge", which answer a G-Eval judgement with logprobs (see judgeTokens in mockcompletion.cpp).
/// `scripted`, when not empty, replaces the generated answer (judge tests queue canned replies).
MockCompletion makeCompletion(const QJsonObject& request, const QString& scripted = {});

/// The completion made of exactly these tokens, with their scripted logprobs (judge tests of the weighted score).
MockCompletion makeCompletion(const QJsonObject& request, const QList<MockToken>& scriptedTokens);

/// Splits text into the mock's tokens: each word with the whitespace that follows it.
QStringList tokenize(const QString& text);

/// The JSON of a whole (non-streamed) chat.completion.
QJsonObject completionJson(const MockCompletion& completion, const QString& id);

/// The chat.completion.chunk objects of a streamed answer, one per token, then the finish chunk and the usage chunk.
QList<QJsonObject> completionChunks(const MockCompletion& completion, const QString& id);

} // namespace caliper::mock

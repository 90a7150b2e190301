#include "experiments/prompttemplates.h"

#include <QCoreApplication>

namespace caliper {

namespace {

QString title(const char* text)
{
    return QCoreApplication::translate("caliper::PromptTemplate", text);
}

// The study's prompt, word for word: results are only comparable with the study's when the prompt is the same.
const char* const AssessmentAndPlanPrompt
    = "You are an expert medical scribe who is tasked with reading the transcript of a conversation between a "
      "doctor and a patient, and generating a concise Assessment & Plan (A&P) summary. Please follow the best "
      "standards and practices for modern scribe documentation. The A&P should be problem oriented, with the "
      "assessment being a short narrative and the plan being a list with nested bullets. When appropriate, please "
      "include information about medical treatment, patient consent, patient education and counseling, and "
      "medical reasoning.";

const char* const SoapNotePrompt
    = "You are an expert medical scribe. Read the transcript of a conversation between a doctor and a patient and "
      "write a clinical note in SOAP format with the headings Subjective, Objective, Assessment and Plan. Record "
      "only what the conversation states; do not invent findings, results or doses. Keep it concise and use "
      "standard clinical language.";

const char* const PlainSummaryPrompt
    = "Summarize the following text in a few short paragraphs. Keep the facts, names and numbers that matter, "
      "leave out small talk and repetition, and do not add information that is not in the text.";

QList<PromptTemplate> makeTemplates()
{
    // QT_TRANSLATE_NOOP keeps the titles visible to lupdate while they are translated when the list is built.
    return {
        {QStringLiteral("ap-scribe"), title(QT_TRANSLATE_NOOP("caliper::PromptTemplate", "Assessment & Plan scribe")),
            QString::fromUtf8(AssessmentAndPlanPrompt)},
        {QStringLiteral("soap-note"), title(QT_TRANSLATE_NOOP("caliper::PromptTemplate", "SOAP note")),
            QString::fromUtf8(SoapNotePrompt)},
        {QStringLiteral("plain-summary"), title(QT_TRANSLATE_NOOP("caliper::PromptTemplate", "Plain summary")),
            QString::fromUtf8(PlainSummaryPrompt)},
    };
}

} // namespace

const QList<PromptTemplate>& builtinPromptTemplates()
{
    // Built on first use, after main() installed the translators, so the titles come out translated.
    static const QList<PromptTemplate> templates = makeTemplates();
    return templates;
}

const PromptTemplate& defaultPromptTemplate()
{
    return builtinPromptTemplates().constFirst();
}

} // namespace caliper

#pragma once

#include <QList>
#include <QString>

namespace caliper {

/// A named system prompt users pick when they set up an experiment.
struct PromptTemplate
{
    QString id; ///< stable ("ap-scribe")
    QString name; ///< translated title ("Assessment & Plan scribe")
    QString text; ///< the prompt itself, never translated: it is part of the method
};

/// The built-in templates; the first is the default, the study's "Assessment & Plan scribe" prompt verbatim.
const QList<PromptTemplate>& builtinPromptTemplates();
const PromptTemplate& defaultPromptTemplate();

} // namespace caliper

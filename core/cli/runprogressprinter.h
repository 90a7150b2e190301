#pragma once

#include "runs/runtypes.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace caliper::cli {

/// The progress of `caliper run` on stderr: one line rewritten in place when a person watches a terminal,
/// otherwise a plain line every few seconds (logs and CI keep a readable record).
class RunProgressPrinter
{
public:
    RunProgressPrinter(QTextStream& err, bool terminal);

    void update(const RunProgress& progress);
    /// A message between progress lines (the terminal line is ended first).
    void note(const QString& message);
    /// The last state, always printed, and the line ended.
    void finish(const RunProgress& progress);

    /// "12/20 done, 1 failed, 3.4 req/s, ETA 0:07" (with a bar on a terminal).
    static QString describe(const RunProgress& progress, bool withBar);

private:
    void endLine();

    QTextStream& m_err;
    bool m_terminal;
    QElapsedTimer m_sinceLine;
    QString m_lastPlainLine; ///< not repeated by finish()
    qsizetype m_lineLength = 0; ///< of the in-place line now on screen; 0 when none is open
};

} // namespace caliper::cli

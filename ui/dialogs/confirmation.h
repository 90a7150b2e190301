#pragma once

#include <QString>

class QWidget;

namespace caliper {

/// Every yes/no question the GUI asks goes through here, so tests can answer the next one without a modal
/// message box (setNextAnswer) — the same seam FileDialog gives file choosers.
class Confirmation
{
public:
    /// Asks `question`; true when the user chose `action` (the destructive button, not the default).
    static bool ask(QWidget* parent, const QString& title, const QString& question, const QString& action);

    /// The next ask() returns `answer` without showing anything.
    static void setNextAnswer(bool answer);
};

} // namespace caliper

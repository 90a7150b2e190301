#pragma once

#include <QString>

class QWidget;

namespace caliper {

/// Every file and folder chooser the GUI opens goes through here, so tests can answer the next one without
/// a modal dialog (setNextAnswer) — the same seam for every caller, instead of timers that poke at dialogs.
class FileDialog
{
public:
    static QString openFile(QWidget* parent, const QString& caption, const QString& filter);
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& start);
    /// A file name to write to; `suggested` is the proposed name (or path). Empty when cancelled.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);

    /// The next call returns `answer` without showing a dialog (an empty answer means "cancelled").
    static void setNextAnswer(const QString& answer);

private:
    static bool takeNextAnswer(QString& answer);
};

} // namespace caliper

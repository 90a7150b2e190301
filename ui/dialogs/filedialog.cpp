#include "dialogs/filedialog.h"

#include <QFileDialog>
#include <optional>

namespace caliper {

namespace {
std::optional<QString> s_nextAnswer;
}

void FileDialog::setNextAnswer(const QString& answer)
{
    s_nextAnswer = answer;
}

bool FileDialog::takeNextAnswer(QString& answer)
{
    if (!s_nextAnswer)
        return false;
    answer = *s_nextAnswer;
    s_nextAnswer.reset();
    return true;
}

QString FileDialog::openFile(QWidget* parent, const QString& caption, const QString& filter)
{
    QString answer;
    if (takeNextAnswer(answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& start)
{
    QString answer;
    if (takeNextAnswer(answer))
        return answer;
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString FileDialog::saveFile(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    QString answer;
    if (takeNextAnswer(answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

} // namespace caliper

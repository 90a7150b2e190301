#include "dialogs/confirmation.h"

#include <QMessageBox>
#include <QPushButton>

#include <optional>

namespace caliper {

namespace {
std::optional<bool> s_nextAnswer;
}

void Confirmation::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

bool Confirmation::ask(QWidget* parent, const QString& title, const QString& question, const QString& action)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, parent);
    QPushButton* confirm = box.addButton(action, QMessageBox::DestructiveRole);
    // Cancel is the default so that Enter never removes anything by accident.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace caliper

#include "dialogs/reviewerdialog.h"

#include "review/reviewer.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace caliper {

ReviewerDialog::ReviewerDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reviewerDialog"));
    setWindowTitle(tr("Reviewer"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("reviewerName"));
    m_name->setPlaceholderText(Reviewer::defaultName());
    const QString stored = Reviewer::name();
    m_name->setText(stored == Reviewer::defaultName() ? QString() : stored);
    auto* explanation = new QLabel(tr("Your ratings and tags are stored under this name, so that several people can "
                                      "review the same outputs. Leave it empty to use your login name."),
        this);
    explanation->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reviewerOk"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewerDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

void ReviewerDialog::accept()
{
    Reviewer::setName(m_name->text());
    QDialog::accept();
}

} // namespace caliper

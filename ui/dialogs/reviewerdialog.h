#pragma once

#include <QDialog>

class QLineEdit;

namespace caliper {

/// Asks who is reviewing. Ratings and tags are stored under this name, so each person who reviews the same
/// outputs keeps their own; left empty, the login name is used. Accepting stores the name (Reviewer::setName).
class ReviewerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewerDialog(QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }

    void accept() override;

private:
    QLineEdit* m_name = nullptr;
};

} // namespace caliper

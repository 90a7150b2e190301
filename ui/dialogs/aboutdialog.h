#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace caliper {

/// Help ▸ About Caliper: the version, the Qt it runs on, the data compiled into the program with the licence of
/// each piece, and the libraries it was built with. Researchers cite the version; distributors need the licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// One piece of third-party (or own) work that Caliper ships or links.
    struct Credit
    {
        QString name;
        QString version; ///< empty when it has none (data) or it is not known
        QString licence; ///< an SPDX identifier where there is one
        QString url;
        QString use; ///< what Caliper uses it for, translated
    };

    explicit AboutDialog(QWidget* parent = nullptr);

    /// The data compiled into the program.
    static QList<Credit> bundledData();
    /// The libraries this build links; optional ones only when the build found them.
    static QList<Credit> libraries();

private:
    QWidget* createHeader();
    QWidget* createCreditsPage(const QList<Credit>& credits, const QString& objectName, const QString& accessibleName);
};

} // namespace caliper

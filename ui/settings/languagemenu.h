#pragma once

#include <QMenu>

class QActionGroup;

namespace caliper {

/// Settings ▸ Language: "System Default" and one entry per language Caliper speaks, each named in its own
/// language. Choosing one stores it (Translations::setStoredLanguage) and says it applies at the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

Q_SIGNALS:
    /// The user chose `language` ("" for the system's); it takes effect when Caliper starts again.
    void languageChosen(const QString& language);

private:
    void choose(const QString& language);

    QActionGroup* m_group = nullptr;
};

} // namespace caliper

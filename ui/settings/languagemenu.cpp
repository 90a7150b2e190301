#include "settings/languagemenu.h"

#include "i18n/translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

namespace caliper {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("menuLanguage"));
    m_group = new QActionGroup(this);
    const QString stored = Translations::storedLanguage();

    QAction* system = addAction(tr("&System Default"));
    system->setObjectName(QStringLiteral("actionLanguageSystem"));
    system->setData(QString());
    addSeparator();
    for (const QString& language : Translations::available()) {
        // Each language in its own words, so a user lost in a foreign UI can find theirs.
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction* action = addAction(name);
        action->setObjectName(QStringLiteral("actionLanguage_") + language);
        action->setData(language);
    }
    for (QAction* action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        action->setChecked(action->data().toString() == stored);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) { choose(action->data().toString()); });
}

void LanguageMenu::choose(const QString& language)
{
    if (language == Translations::storedLanguage())
        return;
    Translations::setStoredLanguage(language);
    Q_EMIT languageChosen(language);
    // Menus are windows of their own: the note belongs to the window the menu bar is in.
    QWidget* owner = parentWidget();
    while (qobject_cast<QMenu*>(owner))
        owner = owner->parentWidget();
    auto* box = new QMessageBox(QMessageBox::Information, tr("Language"),
        tr("Caliper will use the new language the next time it starts."), QMessageBox::Ok,
        owner ? owner->window() : nullptr);
    box->setObjectName(QStringLiteral("languageRestartNote"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace caliper

#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

// The libraries' versions as CMake found them (ui/CMakeLists.txt); empty when the build has no such library.
#ifndef CALIPER_QCORO_VERSION
#define CALIPER_QCORO_VERSION ""
#endif
#ifndef CALIPER_QTKEYCHAIN_VERSION
#define CALIPER_QTKEYCHAIN_VERSION ""
#endif
#ifndef CALIPER_KSYNTAXHIGHLIGHTING_VERSION
#define CALIPER_KSYNTAXHIGHLIGHTING_VERSION ""
#endif

namespace caliper {

namespace {

QString creditsHtml(const QList<AboutDialog::Credit>& credits)
{
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const AboutDialog::Credit& credit : credits) {
        const QString title = credit.version.isEmpty() ? credit.name : credit.name + QLatin1Char(' ') + credit.version;
        html += QStringLiteral(
            "<tr><td valign=\"top\"><b><a href=\"%1\">%2</a></b><br>%3</td><td valign=\"top\">%4</td></tr>")
                    .arg(credit.url.toHtmlEscaped(), title.toHtmlEscaped(), credit.licence.toHtmlEscaped(),
                        credit.use.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Caliper"));
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->addTab(createCreditsPage(bundledData(), QStringLiteral("bundledData"), tr("Bundled data and its licences")),
        tr("&Bundled Data"));
    tabs->addTab(
        createCreditsPage(libraries(), QStringLiteral("libraries"), tr("Libraries of this build")), tr("&Libraries"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("aboutButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QWidget* AboutDialog::createHeader()
{
    auto* header = new QWidget(this);
    auto* icon = new QLabel(header);
    const QIcon appIcon = QIcon(QStringLiteral(":/icons/io.github.caliper.Caliper.svg"));
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAccessibleName(tr("Caliper icon"));
    auto* text = new QLabel(header);
    text->setObjectName(QStringLiteral("aboutVersion"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr(
        "<h2>Caliper %1</h2><p>Find the smallest model that gets the job done, on your own data: import a "
        "dataset, run models over it, score and compare their outputs.</p><p>Built with Qt %2, running on Qt %3.</p>")
                      .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(CALIPER_VERSION_STRING)
                                                                            : QCoreApplication::applicationVersion(),
                          QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    auto* layout = new QHBoxLayout(header);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return header;
}

QWidget* AboutDialog::createCreditsPage(
    const QList<Credit>& credits, const QString& objectName, const QString& accessibleName)
{
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(objectName);
    browser->setAccessibleName(accessibleName);
    browser->setOpenExternalLinks(true);
    browser->setHtml(creditsHtml(credits));
    return browser;
}

QList<AboutDialog::Credit> AboutDialog::bundledData()
{
    return {
        {tr("cl100k_base token ranks"), QString(), QStringLiteral("MIT"),
            QStringLiteral("https://github.com/openai/tiktoken"),
            tr("Exact token counts. OpenAI's byte-pair ranks from tiktoken (Copyright (c) 2022 OpenAI, Shantanu Jain), "
               "taken from the js-tiktoken package (MIT).")},
        {tr("G-Eval prompts"), QString(), QStringLiteral("MIT"), QStringLiteral("https://github.com/nlpyang/geval"),
            tr("The G-Eval paper's SummEval prompts (Liu et al., 2023) for the LLM judge.")},
        {tr("Lumigator prompts"), QString(), QStringLiteral("Apache-2.0"),
            QStringLiteral("https://github.com/mozilla-ai/lumigator"),
            tr("Lumigator's G-Eval criteria and evaluation steps, and DeepEval's judge template (Apache-2.0), for the "
               "LLM judge.")},
        {tr("Sample dataset"), QString(), tr("Caliper's licence"),
            QStringLiteral("https://github.com/caliper-workbench/caliper"),
            tr("Ten synthetic doctor–patient conversations with notes, written for Caliper; no real patient data.")},
    };
}

QList<AboutDialog::Credit> AboutDialog::libraries()
{
    QList<Credit> libraries {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
            QStringLiteral("LGPL-3.0-only, GPL-3.0-only (Qt Charts)"), QStringLiteral("https://www.qt.io"),
            tr("Windows, networking, SQLite storage, charts and translations.")},
        {QStringLiteral("QCoro"), QStringLiteral(CALIPER_QCORO_VERSION), QStringLiteral("MIT"),
            QStringLiteral("https://github.com/qcoro/qcoro"), tr("C++ coroutines for Qt's asynchronous requests.")},
    };
    if (!QStringLiteral(CALIPER_QTKEYCHAIN_VERSION).isEmpty())
        libraries.append({QStringLiteral("QtKeychain"), QStringLiteral(CALIPER_QTKEYCHAIN_VERSION),
            QStringLiteral("BSD-3-Clause"), QStringLiteral("https://github.com/frankosterfeld/qtkeychain"),
            tr("API keys kept in the system's keychain.")});
    if (!QStringLiteral(CALIPER_KSYNTAXHIGHLIGHTING_VERSION).isEmpty())
        libraries.append({QStringLiteral("KSyntaxHighlighting"), QStringLiteral(CALIPER_KSYNTAXHIGHLIGHTING_VERSION),
            QStringLiteral("MIT"), QStringLiteral("https://invent.kde.org/frameworks/syntax-highlighting"),
            tr("Highlighting of transcripts and notes.")});
    return libraries;
}

} // namespace caliper

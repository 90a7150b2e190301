#include "charts/histogramchartview.h"
#include "dataset/datasetstore.h"
#include "dataset/samplesmodel.h"
#include "dialogs/filedialog.h"
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "modelfixtures.h"
#include "pages/datasetspage.h"
#include "pages/datasetstatisticsview.h"
#include "testsupport.h"
#include "viewers/sampledetailview.h"
#include "viewers/textviewer.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace caliper;

namespace {

const auto AciTest3 = "data/aci-bench/clef_taskC_test3_assessment_and_plan.json";

bool boldAt(const QTextBlock& block, int position)
{
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.start <= position && position < range.start + range.length)
            return range.format.fontWeight() >= QFont::Bold;
    }
    return false;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void selectData(QComboBox* combo, const QString& column)
{
    const int index = combo->findData(column);
    QVERIFY2(index >= 0, qPrintable(column));
    combo->setCurrentIndex(index);
}

qint64 datasetCount(Workspace* workspace)
{
    auto datasets = DatasetStore(workspace->database()).datasets();
    return datasets ? datasets->size() : -1;
}

} // namespace

class TestDatasetBrowser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;

    std::unique_ptr<MainWindow> newWindow()
    {
        auto window = std::make_unique<MainWindow>();
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws%1").arg(++m_workspaces)));
        if (workspace)
            window->setWorkspace(std::move(workspace).value());
        window->show();
        return window;
    }

    ImportDialog* importThroughMenu(MainWindow& window, const QString& path)
    {
        FileDialog::setNextAnswer(path);
        window.findChild<QAction*>(QStringLiteral("actionImport"))->trigger();
        return window.findChild<ImportDialog*>();
    }

    void clickImport(ImportDialog* dialog)
    {
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CaliperTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_datasetbrowser"));
        QSettings().clear();
    }

    // The walk-through: import ACI-Bench test3 through the menu and dialog, select a row, read the detail.
    void importsAciBenchAndShowsASample()
    {
        auto window = newWindow();
        const QString path = test::sharedPath(QString::fromLatin1(AciTest3));
        ImportDialog* dialog = importThroughMenu(*window, path);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(
            dialog->findChild<QTableWidget*>(QStringLiteral("importPreview"))->rowCount(), ImportDialog::PreviewRows);
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("sourceColumn"))->currentData().toString(),
            QStringLiteral("src"));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("referenceColumn"))->currentData().toString(),
            QStringLiteral("tgt"));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("idColumn"))->currentData().toString(),
            QStringLiteral("file"));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("importName")), QStringLiteral(" A&P"));
        clickImport(dialog);

        DatasetsPage* page = window->datasetsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->datasetsModel()->rowCount(), 1, 30000);
        QCOMPARE(page->datasetsModel()->datasets().constFirst().name,
            QStringLiteral("clef_taskC_test3_assessment_and_plan A&P"));
        QCOMPARE(page->samplesModel()->rowCount(), 40);

        auto* table = window->findChild<QTableView*>(QStringLiteral("sampleTable"));
        const QModelIndex third = page->samplesModel()->index(2, SamplesModel::PreviewColumn);
        table->scrollTo(third);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(table->currentIndex().row(), 2);

        // Compared with an independent parse of the same file.
        const QJsonObject expected = QJsonDocument::fromJson(test::readFile(path))
                                         .object()
                                         .value(QStringLiteral("data"))
                                         .toArray()
                                         .at(2)
                                         .toObject();
        TextViewer* transcript = page->detailView()->transcriptView();
        TextViewer* reference = page->detailView()->referenceView();
        QCOMPARE(transcript->toPlainText(), expected.value(QStringLiteral("src")).toString());
        QCOMPARE(reference->toPlainText(), expected.value(QStringLiteral("tgt")).toString());
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("sampleHeader"))
                    ->text()
                    .contains(expected.value(QStringLiteral("file")).toString()));

        // Speaker tags and headings are highlighted on the real text; line numbers fit the transcript.
        const QTextBlock first = transcript->document()->firstBlock();
        QVERIFY(first.text().startsWith(QStringLiteral("[doctor]"))
            || first.text().startsWith(QStringLiteral("[patient]")));
        QVERIFY(boldAt(first, 1));
        QVERIFY(!boldAt(first, static_cast<int>(first.text().indexOf(QLatin1Char(']'))) + 2));
        QTextBlock heading = reference->document()->firstBlock();
        while (heading.isValid() && !heading.text().startsWith(QStringLiteral("ASSESSMENT")))
            heading = heading.next();
        QVERIFY(heading.isValid());
        QVERIFY(boldAt(heading, 0));
        QVERIFY(transcript->lineNumbersVisible());
        QVERIFY(transcript->gutter()->width() > 0);

        // Statistics of the whole dataset.
        DatasetStatisticsView* statistics = page->statisticsView();
        QVERIFY(statistics->summaryText().contains(QStringLiteral("40 samples")));
        QVERIFY(statistics->summaryText().contains(QStringLiteral("Rows missing a reference: 0")));
        qreal bars = 0;
        for (qreal value : statistics->sourceChart()->barValues())
            bars += value;
        QCOMPARE(bars, 40.0);
        QVERIFY(!window->findChild<QLabel*>(QStringLiteral("noReferenceNotice"))->isVisible());

        // Search: full text, then text FTS cannot parse.
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("sampleSearch"));
        search->setText(QStringLiteral("lisinopril"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page->samplesModel()->searchMode(), SamplesModel::SearchMode::FullText);
        const int lisinopril = page->samplesModel()->rowCount();
        QVERIFY(lisinopril > 0 && lisinopril < 40);
        const QString tag = QStringLiteral("[patient_guest]");
        int expectedWithTag = 0;
        for (const QJsonValue& row :
            QJsonDocument::fromJson(test::readFile(path)).object().value(QStringLiteral("data")).toArray()) {
            const QJsonObject object = row.toObject();
            if (object.value(QStringLiteral("src")).toString().contains(tag, Qt::CaseInsensitive)
                || object.value(QStringLiteral("tgt")).toString().contains(tag, Qt::CaseInsensitive))
                ++expectedWithTag;
        }
        search->setText(tag);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(page->samplesModel()->searchMode(), SamplesModel::SearchMode::Substring);
        QCOMPARE(page->samplesModel()->rowCount(), expectedWithTag);
    }

    // A CSV whose columns are not auto-detected: the user maps them, leaves out the reference, keeps metadata.
    void mapsColumnsByHandWithoutReference()
    {
        auto window = newWindow();
        const QString path = m_dir.filePath(QStringLiteral("visits.csv"));
        writeFile(path,
            "visit,transcript,clinic\r\n"
            "a1,\"[doctor] hello\n[patient] hi , \"\"doc\"\"\",north\r\n"
            "a2,[doctor] bye,south\r\n");
        ImportDialog* dialog = importThroughMenu(*window, path);
        QVERIFY(dialog);
        selectData(dialog->findChild<QComboBox*>(QStringLiteral("idColumn")), QStringLiteral("visit"));
        selectData(dialog->findChild<QComboBox*>(QStringLiteral("sourceColumn")), QStringLiteral("transcript"));
        auto* reference = dialog->findChild<QComboBox*>(QStringLiteral("referenceColumn"));
        reference->setCurrentIndex(reference->findData(QString()));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("importNoReferenceNotice"))->isHidden());
        auto* metadata = dialog->findChild<QListWidget*>(QStringLiteral("metadataColumns"));
        QCOMPARE(metadata->count(), 1); // the mapped columns are not offered
        QCOMPARE(metadata->item(0)->text(), QStringLiteral("clinic"));
        metadata->item(0)->setCheckState(Qt::Checked);
        clickImport(dialog);

        DatasetsPage* page = window->datasetsPage();
        QTRY_COMPARE_WITH_TIMEOUT(page->datasetsModel()->rowCount(), 1, 30000);
        QCOMPARE(page->samplesModel()->rowCount(), 2);
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("noReferenceNotice"))->isVisible());
        QVERIFY(window->findChild<QTableView*>(QStringLiteral("sampleTable"))
                    ->isColumnHidden(SamplesModel::ReferenceWordsColumn));
        page->selectSample(0);
        QCOMPARE(page->detailView()->transcriptView()->toPlainText(),
            QStringLiteral("[doctor] hello\n[patient] hi , \"doc\""));
        QVERIFY(page->detailView()->referenceView()->placeholderText().contains(QStringLiteral("unavailable")));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("sampleHeader"))
                    ->text()
                    .contains(QStringLiteral("clinic: north")));
        QVERIFY(
            page->statisticsView()->summaryText().contains(QStringLiteral("reference-based metrics are unavailable")));
    }

    void showsErrorsWithFileLineAndColumn()
    {
        auto window = newWindow();
        const QString path = m_dir.filePath(QStringLiteral("duplicates.csv"));
        writeFile(path, "id,dialogue,note\n1,[doctor] a,A\n2,[doctor] b,B\n1,[doctor] c,C\n");
        ImportDialog* dialog = importThroughMenu(*window, path);
        QVERIFY(dialog);
        QSignalSpy failed(dialog, &ImportDialog::importFailed);
        clickImport(dialog);
        QVERIFY(failed.wait(30000));
        QVERIFY2(dialog->errorText().startsWith(path + QStringLiteral(":4:")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible()); // stays open to fix the mapping or choose another file
        QCOMPARE(datasetCount(window->workspace()), 0);

        // A file the reader rejects in its first rows is reported before importing.
        const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
        writeFile(broken, "id,dialogue\n1,\"never closed\n");
        QVERIFY(!dialog->setFile(broken));
        QVERIFY2(dialog->errorText().startsWith(broken + QStringLiteral(":2")), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    }

    void cancelLeavesTheWorkspaceUnchanged()
    {
        auto window = newWindow();
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        QByteArray csv = "id,dialogue,note\n";
        const QByteArray text(400, 'w');
        for (int i = 0; i < 60000; ++i)
            csv += QByteArray::number(i) + ",\"[doctor] " + text + "\",plan\n";
        writeFile(path, csv);
        ImportDialog* dialog = window->importFile(path);
        QVERIFY(dialog);
        QSignalSpy failed(dialog, &ImportDialog::importFailed);
        clickImport(dialog);
        QVERIFY(dialog->isImporting());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("importCancel")), Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QVERIFY(!dialog->isImporting());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("cancelled")), qPrintable(dialog->errorText()));
        QCOMPARE(datasetCount(window->workspace()), 0);
    }

    void droppingAFileOpensTheImportDialog()
    {
        auto window = newWindow();
        const QString path = test::sharedPath(QString::fromLatin1(AciTest3));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        auto* dialog = window->findChild<ImportDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->file(), path);
    }

    // 100,000 rows shown in the real table: only the visible pages are read, also after jumping to the end.
    void tableReadsOnlyVisiblePages()
    {
        auto window = newWindow();
        QVERIFY(test::insertGeneratedDataset(window->workspace()->database(), QStringLiteral("large"), 100000) > 0);
        DatasetsPage* page = window->datasetsPage();
        page->reloadDatasets();
        QCOMPARE(page->samplesModel()->rowCount(), 100000);
        window->grab(); // paints the visible rows
        QVERIFY(page->samplesModel()->pagesRead() <= 2);
        window->findChild<QTableView*>(QStringLiteral("sampleTable"))->scrollToBottom();
        window->grab();
        QVERIFY2(
            page->samplesModel()->pagesRead() <= 4, qPrintable(QString::number(page->samplesModel()->pagesRead())));
        page->selectSample(99999);
        QCOMPARE(
            page->detailView()->transcriptView()->toPlainText(), QStringLiteral("[doctor] visit 99999 words here"));
    }

    void remembersRecentWorkspacesAndLayout()
    {
        QSettings().clear();
        const QString first = m_dir.filePath(QStringLiteral("recent-a"));
        const QString second = m_dir.filePath(QStringLiteral("recent-b"));
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openWorkspace(first));
            QVERIFY(window.openWorkspace(second));
            QCOMPARE(MainWindow::recentWorkspaces(), (QStringList {second, first}));
            QCOMPARE(window.findChild<QMenu*>(QStringLiteral("menuRecentWorkspaces"))->actions().size(), 2);
            window.findChild<QSplitter*>(QStringLiteral("datasetsSplitter"))->setSizes({333, 700});
            window.close();
        }
        MainWindow restored;
        restored.show();
        QCOMPARE(restored.findChild<QSplitter*>(QStringLiteral("datasetsSplitter"))->sizes().constFirst(), 333);
        QVERIFY(restored.openWorkspace(first));
        QCOMPARE(MainWindow::recentWorkspaces(), (QStringList {first, second}));
    }
};

QTEST_MAIN(TestDatasetBrowser)
#include "test_datasetbrowser.moc"

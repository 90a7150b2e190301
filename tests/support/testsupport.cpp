#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace caliper::test {

QString sharedPath(const QString& relative)
{
    return QDir(QStringLiteral(CALIPER_SHARED_DIR)).filePath(relative);
}

QString testDataPath(const QString& relative)
{
    return QDir(QStringLiteral(CALIPER_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot read %1: %2").arg(path, file.errorString())), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace caliper::test

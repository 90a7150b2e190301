#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

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

bool sameValues(const QList<double>& a, const QList<double>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::isnan(a.at(i)) != std::isnan(b.at(i)) || (!std::isnan(a.at(i)) && a.at(i) != b.at(i)))
            return false;
    }
    return true;
}

} // namespace caliper::test

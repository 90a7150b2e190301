#pragma once

#include <QList>
#include <QString>

namespace caliper::test {

/// A path below ../shared (ACI-Bench data, gold files, prompts).
QString sharedPath(const QString& relative);

/// A path below tests/data (the project's own fixtures).
QString testDataPath(const QString& relative);

/// Reads a whole file; fails the current test (QFAIL-style message) and returns empty when it cannot.
QByteArray readFile(const QString& path);

/// Element-wise equality of two score lists where NaN (no score) equals NaN.
bool sameValues(const QList<double>& a, const QList<double>& b);

} // namespace caliper::test

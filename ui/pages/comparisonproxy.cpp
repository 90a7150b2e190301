#include "pages/comparisonproxy.h"

#include <cstdlib>

namespace caliper {

QString twoLineTitle(const QString& title, qsizetype width)
{
    if (title.size() <= width)
        return title;
    const qsizetype middle = title.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < title.size(); ++i) {
        if (title.at(i) == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return title;
    QString wrapped = title;
    wrapped[best] = QLatin1Char('\n');
    return wrapped;
}

QVariant ComparisonProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QVariant value = QSortFilterProxyModel::headerData(section, orientation, role);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return value;
    return twoLineTitle(value.toString());
}

} // namespace caliper

#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace caliper {

/// Breaks a column title at the space nearest its middle when it is longer than `width` characters ("Avg reasoning
/// tokens" → "Avg reasoning\ntokens"); shorter titles, and titles without a space, come back as they are.
QString twoLineTitle(const QString& title, qsizetype width = 10);

/// The comparison table's sort proxy. It also sets long column titles on two lines, so that the study's dozen
/// columns fit a laptop screen without scrolling sideways; only the header's display text changes (the tooltip,
/// the Columns menu and the source model keep the one-line title).
class ComparisonProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace caliper

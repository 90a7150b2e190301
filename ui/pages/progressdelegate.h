#pragma once

#include <QStyledItemDelegate>

namespace caliper {

/// Paints a progress bar in a table cell with the style's own QStyleOptionProgressBar, from a per-mille value
/// in `role` and the cell's display text, so the queue shows real progress bars without a widget per row.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int role, int maximum, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    int m_maximum;
};

} // namespace caliper

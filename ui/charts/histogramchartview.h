#pragma once

#include "dataset/lengthhistogram.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace caliper {

/// A bar chart of one LengthHistogram (one bar per bin, labelled with the bin's range). The chart is built
/// once; setHistogram() replaces the bars and labels in place.
class HistogramChartView : public QChartView
{
    Q_OBJECT
public:
    explicit HistogramChartView(const QString& title, QWidget* parent = nullptr);

    void setHistogram(const LengthHistogram& histogram);
    /// The bar heights and labels shown, for tests.
    QList<qreal> barValues() const;
    QStringList categories() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QBarSet* m_bars = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_counts = nullptr;
};

} // namespace caliper

#pragma once

#include "stats/bootstrap.h"
#include "stats/multiplecomparisons.h"

namespace caliper {

enum class ReportFormat { Html, Pdf, Markdown, Csv, Json };

/// The two tables a CSV report can hold; a CSV file has room for one.
enum class CsvTable {
    Aggregate, ///< one row per model: the comparison table
    PerSample, ///< one row per sample and model: outputs, tokens, latency and every score
};

enum class PageSize { A4, Letter };

/// Choices that change what a report says or how it looks; the defaults are what the study shows.
struct ReportOptions
{
    /// 0–1 scores shown ×100 with one decimal, as the study prints them (exports keep raw values in JSON).
    bool percent = true;
    CsvTable csvTable = CsvTable::Aggregate;
    PageSize pageSize = PageSize::A4;
    bool appendix = true; ///< each sample's outputs and reasoning (HTML, PDF)
    stats::BootstrapOptions bootstrap;
    stats::BestComparisonOptions comparison;
};

} // namespace caliper

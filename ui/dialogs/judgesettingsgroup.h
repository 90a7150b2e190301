#pragma once

#include "endpoints/endpoint.h"
#include "judge/judgecriterion.h"

#include <QGroupBox>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QListWidget;
class QSpinBox;

namespace caliper {

class Workspace;

/// The "LLM judge (G-Eval)" section of the experiment dialog (issue 5): a checkable group with the judge endpoint
/// (one of the workspace's), the method, the criteria to rate (the four built-in dimensions and the workspace's own
/// criteria), repeats and temperature. settings() is the experiment's "judge" block, with the user's criteria
/// embedded whole so the experiment never depends on the criteria library again.
class JudgeSettingsGroup : public QGroupBox
{
    Q_OBJECT
public:
    /// `workspace` (not owned) must outlive the group.
    explicit JudgeSettingsGroup(Workspace* workspace, QWidget* parent = nullptr);

    /// Re-reads the endpoints and the user's criteria, keeping what was chosen; returns an error text or empty.
    QString reload();
    /// Checks or unchecks a criterion by id ("coherence" for a built-in, the stored id for the user's own).
    bool setCriterionChecked(const QString& id, bool checked);
    /// Chooses the judge endpoint by name; false when there is none.
    bool setEndpoint(const QString& name);

    /// The "judge" block: the endpoint ("base_url", "model", "api_key_env" or "keychain_entry", its limits and
    /// prices), "criteria", "method", "repeats" and, when set, "temperature".
    QJsonObject settings() const;
    /// Why the settings cannot be used (no endpoint, no criterion); empty when they can or the judge is off.
    QString validate() const;

private:
    void buildCriteriaRow(QFormLayout* form);
    void addOptionRows(QFormLayout* form);
    void fillCriteria(const QList<JudgeCriterion>& custom);
    QStringList checkedIds() const;
    void openLibrary();

    Workspace* m_workspace;
    QList<Endpoint> m_endpoints; ///< in the order of m_endpointCombo's items
    QList<JudgeCriterion> m_custom; ///< the user's criteria, after the built-in rows of m_criteriaList

    QComboBox* m_endpointCombo = nullptr;
    QComboBox* m_methodCombo = nullptr;
    QListWidget* m_criteriaList = nullptr;
    QSpinBox* m_repeatsSpin = nullptr;
    QCheckBox* m_temperatureSet = nullptr;
    QDoubleSpinBox* m_temperatureSpin = nullptr;
};

} // namespace caliper

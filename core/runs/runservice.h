#pragma once

#include "runs/runtypes.h"

#include <QObject>
#include <QString>

class QThread;

namespace caliper {

/// The run queue on its own thread, for the GUI (its event loop must never wait on the network or the
/// database) and for `caliper run`. The worker thread opens its own workspace connection, builds plans with
/// ExperimentStore::plan(), commits every finished sample (output + its scores, one transaction) with
/// ExperimentStore::recordOutcome(), and answers repeats from the response cache. An experiment with a judge
/// (issue 5) then has a judge phase under the same run id: ExperimentStore::judgePlan() through the same queue,
/// each judgement committed with recordJudgement(); runEnded comes once, after it (progress.judging marks it).
///
/// Every method may be called from the thread that created the service; calls are queued to the worker.
/// Signals arrive on the creating thread.
class RunService : public QObject
{
    Q_OBJECT
public:
    /// `databaseFile`: the workspace's caliper.sqlite. `keychainService` as KeyStore takes it.
    explicit RunService(
        QString databaseFile, QString keychainService = QStringLiteral("Caliper"), QObject* parent = nullptr);
    /// Pauses every run, waits for in-flight commits, stops the thread. Unfinished work resumes next time.
    ~RunService() override;

    /// Starts the experiment's remaining work (or resumes it). retryFailed also re-queues failed samples.
    void start(qint64 experimentId, bool retryFailed = false);
    void pause(qint64 experimentId);
    void resume(qint64 experimentId);
    void cancel(qint64 experimentId);
    void pauseAll();
    void resumeAll();

Q_SIGNALS:
    void progressChanged(const caliper::RunProgress& progress);
    void runEnded(const caliper::RunProgress& progress);
    /// A sample was committed (the results views refresh from the database).
    void outputStored(qint64 experimentId, qint64 modelId, qint64 sampleId);
    /// The run could not start or had to stop: the plan could not be built, the database refused a write.
    void runError(qint64 experimentId, const caliper::Error& error);

private:
    class Worker;
    QThread* m_thread;
    Worker* m_worker;
};

} // namespace caliper

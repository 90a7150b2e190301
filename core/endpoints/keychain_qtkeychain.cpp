#include "endpoints/keychain.h"

#include "endpoints/canceller.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace caliper::keychain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("caliper::keychain", text);
}

Error jobError(const QKeychain::Job& job, const QString& entry)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error {tr("the keychain has no entry '%1'").arg(entry), {}};
    case QKeychain::NoBackendAvailable:
        return Error {tr("no keychain service is running (no Secret Service on the D-Bus session); give the API key "
                         "in an environment variable such as DEEPSEEK_API_KEY instead"),
            {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error {tr("access to the keychain was denied (%1)").arg(job.errorString()), {}};
    default:
        break;
    }
    return Error {tr("the keychain failed: %1").arg(job.errorString()), {}};
}

/// Starts a job and waits for it. Jobs delete themselves when they finish, so one that outlives the time-out
/// (a keyring waiting for a password prompt nobody can answer) is not leaked.
QCoro::Task<bool> run(QKeychain::Job* job, int timeoutMs)
{
    job->setAutoDelete(true);
    auto done = std::make_shared<Canceller>();
    QObject::connect(job, &QKeychain::Job::finished, done.get(), &Canceller::cancel);
    job->start();
    co_await sleepUnlessCancelled(done, timeoutMs);
    co_return done->isCancelled();
}

Error timedOut()
{
    return Error {tr("the keychain did not answer in time (is it locked, waiting for a password?)"), {}};
}

} // namespace

bool compiledIn()
{
    return true;
}

QCoro::Task<Result<QString>> read(QString service, QString entry, int timeoutMs)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(entry);
    if (!co_await run(job, timeoutMs))
        co_return timedOut();
    if (job->error() != QKeychain::NoError)
        co_return jobError(*job, entry);
    co_return job->textData();
}

QCoro::Task<Status> write(QString service, QString entry, QString secret, int timeoutMs)
{
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(entry);
    job->setTextData(secret);
    if (!co_await run(job, timeoutMs))
        co_return timedOut();
    if (job->error() != QKeychain::NoError)
        co_return jobError(*job, entry);
    co_return Ok {};
}

QCoro::Task<Status> remove(QString service, QString entry, int timeoutMs)
{
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setKey(entry);
    if (!co_await run(job, timeoutMs))
        co_return timedOut();
    if (job->error() != QKeychain::NoError)
        co_return jobError(*job, entry);
    co_return Ok {};
}

} // namespace caliper::keychain

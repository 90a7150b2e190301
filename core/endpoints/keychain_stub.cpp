#include "endpoints/keychain.h"

#include <QCoreApplication>

namespace caliper::keychain {

namespace {
Error unavailable()
{
    return Error {QCoreApplication::translate("caliper::KeyStore",
                      "this Caliper was built without keychain support (QtKeychain); give "
                      "the API key in an environment variable such as DEEPSEEK_API_KEY"),
        {}};
}
} // namespace

bool compiledIn()
{
    return false;
}

QCoro::Task<Result<QString>> read(QString, QString, int)
{
    co_return unavailable();
}

QCoro::Task<Status> write(QString, QString, QString, int)
{
    co_return unavailable();
}

QCoro::Task<Status> remove(QString, QString, int)
{
    co_return unavailable();
}

} // namespace caliper::keychain

#pragma once

#include "common/error.h"

#include <QString>

#include <qcoro/qcorotask.h>

/// The OS keychain behind KeyStore. One of two files implements it, chosen by CMake: keychain_qtkeychain.cpp
/// (QtKeychain: Secret Service, macOS Keychain, Windows Credential Store) or keychain_stub.cpp, which says
/// that this build has no keychain.
namespace caliper::keychain {

bool compiledIn();
QCoro::Task<Result<QString>> read(QString service, QString entry, int timeoutMs);
QCoro::Task<Status> write(QString service, QString entry, QString secret, int timeoutMs);
QCoro::Task<Status> remove(QString service, QString entry, int timeoutMs);

} // namespace caliper::keychain

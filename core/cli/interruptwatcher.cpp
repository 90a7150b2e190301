#include "cli/interruptwatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace caliper::cli {

namespace {

// A signal handler may only do async-signal-safe things: it writes one byte into a socket pair, and the event
// loop reads it (the self-pipe pattern Qt's documentation describes for Unix signals).
int g_sockets[2] = {-1, -1};
struct sigaction g_previousInt
{
};
struct sigaction g_previousTerm
{
};

extern "C" void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_sockets[0], &byte, sizeof byte);
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_sockets) != 0)
        return; // without the pair the default handlers stay: Ctrl+C still ends the process
    ::fcntl(g_sockets[0], F_SETFL, O_NONBLOCK);
    m_notifier = new QSocketNotifier(g_sockets[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::drain);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_previousInt);
    ::sigaction(SIGTERM, &action, &g_previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier)
        return;
    ::sigaction(SIGINT, &g_previousInt, nullptr);
    ::sigaction(SIGTERM, &g_previousTerm, nullptr);
    delete m_notifier;
    ::close(g_sockets[0]);
    ::close(g_sockets[1]);
    g_sockets[0] = g_sockets[1] = -1;
}

void InterruptWatcher::drain()
{
    char bytes[16];
    const ssize_t received = ::read(g_sockets[1], bytes, sizeof bytes);
    for (ssize_t i = 0; i < received; ++i) {
        ++m_count;
        Q_EMIT interrupted();
    }
}

} // namespace caliper::cli

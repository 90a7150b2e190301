#include "clicapture.h"

namespace caliper::test {

Captured capture(const std::function<int(cli::Io&)>& run)
{
    Captured captured;
    QTextStream out(&captured.out);
    QTextStream err(&captured.err);
    cli::Io io {out, err};
    captured.exitCode = run(io);
    out.flush();
    err.flush();
    return captured;
}

Captured runCli(const QStringList& arguments)
{
    return capture([&](cli::Io& io) { return cli::run(QStringList {QStringLiteral("caliper")} + arguments, io); });
}

} // namespace caliper::test

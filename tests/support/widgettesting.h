#pragma once
// Helpers for the offscreen GUI tests (header-only: only tests that link caliper_ui include it).

#include <QLineEdit>
#include <QObject>
#include <QTest>

namespace caliper::test {

/// The descendant of `parent` of type T with that object name; warns (and returns null) when there is none, so a
/// renamed widget fails the test with its name.
template <typename T> T* child(QObject* parent, const char* name)
{
    auto* object = parent->findChild<T*>(QString::fromLatin1(name));
    if (!object)
        qWarning("no child %s", name);
    return object;
}

/// Replaces a line edit's text by typing, as a user would (so textEdited and validators run).
inline void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace caliper::test

// The agent's state files, as a crash, a full disk or an editor may leave them: state.json loads
// or is refused with a reason, and what loads saves to a text that loads and saves to the same
// text again (nothing drifts across restarts); history.jsonl reads whatever lines it can, and
// the entries read append to a new journal that reads back the same entries.
#include "fuzzcheck.h"

#include "state/history.h"
#include "state/state.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qddns;

namespace {

void checkState(const QByteArray &text)
{
    const auto loaded = State::fromJson(text);
    if (!loaded) {
        FUZZ_CHECK(!loaded.error().isEmpty(), QStringLiteral("refused without a reason"));
        return;
    }
    const QByteArray saved = loaded.value().toJson();
    const auto reloaded = State::fromJson(saved);
    FUZZ_CHECK(reloaded, QStringLiteral("what was saved does not load: %1").arg(reloaded ? QString() : reloaded.error()));
    FUZZ_CHECK(reloaded.value().recordCount() == loaded.value().recordCount(), QStringLiteral("records lost"));
    const QByteArray again = reloaded.value().toJson();
    FUZZ_CHECK(again == saved, QStringLiteral("saved twice differs:\n%1\n%2").arg(QString::fromUtf8(saved), QString::fromUtf8(again)));
}

const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/qddns-fuzz-XXXXXX"));
    return dir;
}

void write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        Fuzz::fail("open", path, __FILE__, __LINE__);
    file.write(data);
}

QString describe(const QList<HistoryEntry> &entries)
{
    QStringList lines;
    for (const HistoryEntry &e : entries)
        lines << QStringLiteral("%1 %2 %3 -> %4 (%5)").arg(e.time.toString(Qt::ISODateWithMs), familyName(e.family), e.oldAddress, e.newAddress, e.detector);
    return lines.join(QLatin1Char('\n'));
}

void checkHistory(const QByteArray &text)
{
    const QString read = scratch().filePath(QStringLiteral("read"));
    const QString written = scratch().filePath(QStringLiteral("written"));
    QDir().mkpath(read);
    QDir().mkpath(written);
    write(read + QStringLiteral("/history.jsonl"), text);
    QFile::remove(written + QStringLiteral("/history.jsonl"));

    const QList<HistoryEntry> entries = IpHistory(read).read();
    IpHistory copy(written);
    for (const HistoryEntry &e : entries)
        FUZZ_CHECK(copy.append(e), QStringLiteral("append failed"));
    const QList<HistoryEntry> back = IpHistory(written).read();
    FUZZ_CHECK(back == entries, QStringLiteral("read:\n%1\nafter appending them:\n%2").arg(describe(entries), describe(back)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    if (in.byte() % 2 == 0)
        checkState(in.rest());
    else
        checkHistory(in.rest());
    return 0;
}

// Atomic writes on a full disk: the old file must survive and the failure must be reported.
// Runs on a real small tmpfs (root, as in CI): Qt 6.4's QSaveFile::commit() renames a file whose
// last buffered write failed with ENOSPC, which emptied config.json and state.json.

#include "config/configstore.h"
#include "core/atomicfile.h"
#include "fakes/checks.h"
#include "fakes/tmpfs.h"
#include "state/history.h"
#include "state/state.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qddns;
using namespace Qddns::Test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QStringList leftovers(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QStringLiteral(".filler"));
    return names;
}
} // namespace

class TstAtomicWrite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullDiskKeepsOldFile_data();
    void fullDiskKeepsOldFile();
    void stateSaveOnFullDisk();
    void historyAppendOnFullDisk();
    void writesAgainOnceThereIsSpace();
    void writeNewFile();
    void writeReplacesAtomically();
    void writeFailsWhenParentIsAFile();
    void writeFailsInReadOnlyDirectory();
};

void TstAtomicWrite::fullDiskKeepsOldFile_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("buffered (smaller than Qt's write buffer)") << 4096;
    QTest::newRow("unbuffered (larger than Qt's write buffer)") << 100 * 1024;
}

void TstAtomicWrite::fullDiskKeepsOldFile()
{
    QFETCH(int, size);
    SmallTmpfs fs;
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const QString path = fs.filePath(QStringLiteral("config.json"));
    const QByteArray old = R"({"version": 1})";
    QVERIFY(writeFileAtomically(path, old));
    QVERIFY(fs.fill());

    const auto written = writeFileAtomically(path, QByteArray(size, ' ') + old);
    QVERIFY2(!written, "a write to a full disk reported success");
    QVERIFY2(written.error().contains(QStringLiteral("No space left on device")), qPrintable(written.error()));
    QVERIFY2(written.error().contains(path), qPrintable(written.error()));
    QCOMPARE(readAll(path), old);
    QCOMPARE(leftovers(fs.path()), QStringList{QStringLiteral("config.json")});
}

void TstAtomicWrite::stateSaveOnFullDisk()
{
    SmallTmpfs fs;
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const StateStore store(fs.path());
    State state;
    state.record(QStringLiteral("home"), QStringLiteral("myhome.example.net"), RecordType::A).address = QStringLiteral("81.2.69.160");
    QVERIFY(store.save(state));
    const QByteArray before = readAll(store.path());

    QVERIFY(fs.fill());
    for (int i = 0; i < 20; ++i)
        state.record(QStringLiteral("home"), QStringLiteral("host%1.example.net").arg(i), RecordType::A).address = QStringLiteral("81.2.69.161");
    const auto saved = store.save(state);
    QVERIFY2(!saved, "saving the state on a full disk reported success");
    QCOMPARE(readAll(store.path()), before);
    const auto loaded = store.load();
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded->find(QStringLiteral("home"), QStringLiteral("myhome.example.net"), RecordType::A)->address,
             QStringLiteral("81.2.69.160"));
}

void TstAtomicWrite::historyAppendOnFullDisk()
{
    SmallTmpfs fs;
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    IpHistory history(fs.path());
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-11-01T08:00:00Z"), Qt::ISODate);
    QVERIFY(history.append({t0, Family::IPv4, QString(), QStringLiteral("81.2.69.160"), QStringLiteral("web")}));
    QVERIFY(fs.fill());
    // The journal's last page may still hold a few lines: append until the disk says no.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot append to the IP history .*No space left on device")));
    int appended = 1;
    bool refused = false;
    for (int i = 1; i <= 200 && !refused; ++i) {
        refused = !history.append({t0.addSecs(60 * i), Family::IPv4, QStringLiteral("81.2.69.160"),
                                   QStringLiteral("81.2.69.161"), QStringLiteral("web https://echo.example.net/ip")});
        appended += refused ? 0 : 1;
    }
    QVERIFY2(refused, "200 appends to a full disk all reported success");
    // What was reported as written is there; a torn last line is skipped, never half-read.
    QCOMPARE(history.read().size(), appended);
}

void TstAtomicWrite::writesAgainOnceThereIsSpace()
{
    SmallTmpfs fs;
    if (!fs.isMounted())
        QSKIP(qPrintable(fs.error()));
    const QString path = fs.filePath(QStringLiteral("state.json"));
    QVERIFY(writeFileAtomically(path, "old"));
    QVERIFY(fs.fill());
    QVERIFY(!writeFileAtomically(path, QByteArray(4096, 'n')));
    fs.drain();
    QVERIFY(writeFileAtomically(path, QByteArray(4096, 'n')));
    QCOMPARE(readAll(path), QByteArray(4096, 'n'));
}

void TstAtomicWrite::writeNewFile()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix permission bits");
#endif
    QTemporaryDir dir;
    const QString leaf = dir.filePath("nested/qddns");
    const QString path = leaf + "/config.json";
    const QByteArray data = "{\"version\": 1}\n";
    const auto written = writeFileAtomically(path, data);
    QVERIFY2(written, qPrintable(failure(written)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), data);
    QCOMPARE(modeBits(path), kOwnerFile);
    QCOMPARE(modeBits(leaf), kOwnerDir);
    // No temporary file left behind.
    QCOMPARE(QDir(leaf).entryList(QDir::Files | QDir::Hidden), QStringList{"config.json"});
}

void TstAtomicWrite::writeReplacesAtomically()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix permission bits and inodes");
#else
    QTemporaryDir dir;
    const QString path = dir.filePath("config.json");
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                            | QFileDevice::ReadOther));
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);

    // A reader that opened the old file keeps seeing the old content: the new file is renamed
    // over it, never truncated and rewritten in place.
    QFile reader(path);
    QVERIFY(reader.open(QIODevice::ReadOnly));
    const auto written = writeFileAtomically(path, "new content");
    QVERIFY2(written, qPrintable(failure(written)));
    QCOMPARE(reader.readAll(), QByteArray("old content"));

    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("new content"));
    QCOMPARE(modeBits(path), kOwnerFile); // 0644 before, owner-only after
#endif
}

void TstAtomicWrite::writeFailsWhenParentIsAFile()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath("qddns");
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a directory");
    }
    const auto written = writeFileAtomically(blocker + "/config.json", "{}");
    QVERIFY(!written);
    QCOMPARE(written.error(), "cannot create directory " + blocker);
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("not a directory"));
}

void TstAtomicWrite::writeFailsInReadOnlyDirectory()
{
#ifndef Q_OS_UNIX
    QSKIP("Unix permission bits");
#else
    if (::geteuid() == 0)
        QSKIP("root ignores directory permissions; writeReplacesAtomically covers atomic replacement");
    QTemporaryDir dir;
    const QString path = dir.filePath("config.json");
    QVERIFY(writeFileAtomically(path, "old content"));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto written = writeFileAtomically(path, "new content");
    QFile::setPermissions(dir.path(), kOwnerDir);
    QVERIFY(!written);
    QVERIFY2(written.error().startsWith("cannot write " + path + ": "), qPrintable(failure(written)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("old content"));
#endif
}

QTEST_GUILESS_MAIN(TstAtomicWrite)
#include "tst_atomicwrite.moc"

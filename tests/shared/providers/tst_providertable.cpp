// The README's provider table is written from `qddns-agent providers --json` by
// scripts/update-provider-table: this fails when the committed table is stale, and shows that the
// script notices a stale table and writes the current one.
#include "fakes/process.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Test;

namespace {

const QString kScript = QStringLiteral(QDDNS_SOURCE_DIR "/scripts/update-provider-table");
const QString kReadme = QStringLiteral(QDDNS_SOURCE_DIR "/README.md");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

ProcessRun script(const QStringList &args)
{
    return runProgram("python3", QStringList{kScript, "--agent", QDDNS_AGENT_BINARY} + args);
}

} // namespace

class TstProviderTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readmeIsCurrent();
    void staleTableIsFoundAndRewritten_data();
    void staleTableIsFoundAndRewritten();
    void tableHasEveryProvider();
    void missingMarkersAreAnError();
};

void TstProviderTable::initTestCase()
{
    if (QStandardPaths::findExecutable("python3").isEmpty())
        QFAIL("python3 is missing: install it (scripts/install-deps test)");
}

void TstProviderTable::readmeIsCurrent()
{
    const ProcessRun run = script({"--check", "--readme", kReadme});
    QVERIFY2(run.exitCode == 0, qPrintable("README.md's provider table is stale; run scripts/update-provider-table\n"
                                           + QString::fromUtf8(run.err)));
}

void TstProviderTable::staleTableIsFoundAndRewritten_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::newRow("a changed cell") << QByteArray("| `porkbun` | [Porkbun](https://porkbun.com) | registrar | API key + Secret API key | yes |")
                                    << QByteArray("| `porkbun` | [Porkbun](https://porkbun.com) | registrar | API key | yes |");
    QTest::newRow("a provider missing") << QByteArray("| `dynv6` |") << QByteArray("| `dynv6-gone` |");
}

void TstProviderTable::staleTableIsFoundAndRewritten()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath("README.md");
    const QByteArray current = readFile(kReadme);
    QVERIFY2(current.contains(from), from.constData());
    QVERIFY(writeFile(copy, QByteArray(current).replace(from, to)));

    const ProcessRun check = script({"--check", "--readme", copy});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains("is stale; run scripts/update-provider-table"), check.err.constData());
    QVERIFY2(check.err.contains("-" + to), check.err.constData()); // the diff shows what is wrong
    QCOMPARE(readFile(copy), QByteArray(current).replace(from, to)); // --check changes nothing

    const ProcessRun write = script({"--readme", copy});
    QCOMPARE(write.exitCode, 0);
    QCOMPARE(readFile(copy), current);
}

void TstProviderTable::tableHasEveryProvider()
{
    // One row per provider the agent lists, its id first.
    const ProcessRun providers = runAgent({"providers", "--json"});
    QCOMPARE(providers.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(providers.out).array();
    QVERIFY(list.size() > 15);
    const QByteArray readme = readFile(kReadme);
    for (const QJsonValue &p : list) {
        const QByteArray id = p.toObject().value("id").toString().toUtf8();
        QVERIFY2(readme.contains("\n| `" + id + "` |"), id.constData());
    }
}

void TstProviderTable::missingMarkersAreAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath("README.md");
    QVERIFY(writeFile(copy, "# qddns\n\nNo table here.\n"));
    const ProcessRun run = script({"--readme", copy});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("has no provider table markers"), run.err.constData());
}

QTEST_GUILESS_MAIN(TstProviderTable)
#include "tst_providertable.moc"

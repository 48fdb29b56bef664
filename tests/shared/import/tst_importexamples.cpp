#include "importtest.h"

#include <QRegularExpression>

using namespace Qddns;
using namespace ImportTest;

// tests/data/import/README.md, the draft of the README's "Switching from …" section: each worked
// example (<!-- import-example: TOOL exit=N -->, then the tool's file, the configuration printed
// and the lines said about it) is imported here, so the documentation cannot drift from the code.
class TestImportExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void examples_data();
    void examples();
};

namespace {

struct Example
{
    QString tool;
    int exitCode = 0;
    QByteArray input;
    QByteArray config;
    QString messages;
};

QList<Example> readExamples()
{
    const QString text = QString::fromUtf8(readData(QStringLiteral("README.md")));
    static const QRegularExpression marker(QStringLiteral("<!-- import-example: ([a-z-]+) exit=(\\d) -->"));
    static const QRegularExpression fence(QStringLiteral("```[a-z]*\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    QList<Example> examples;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        Example e;
        e.tool = m.captured(1);
        e.exitCode = m.captured(2).toInt();
        qsizetype pos = m.capturedEnd();
        QStringList blocks;
        for (int i = 0; i < 3; ++i) {
            const auto block = fence.match(text, pos);
            if (!block.hasMatch())
                break;
            blocks.append(block.captured(1));
            pos = block.capturedEnd();
        }
        if (blocks.size() == 3) {
            e.input = blocks.at(0).toUtf8();
            e.config = blocks.at(1).toUtf8();
            e.messages = blocks.at(2);
        }
        examples.append(e);
    }
    return examples;
}

QString messages(const ImportResult &r)
{
    QString text;
    for (const Unsupported &n : r.notes)
        text += QStringLiteral("not imported: ") + n.toString() + QLatin1Char('\n');
    for (const Mapped &m : r.explanations)
        text += QStringLiteral("mapped: ") + m.toString() + QLatin1Char('\n');
    return text;
}

} // namespace

void TestImportExamples::examples_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("said");
    const QList<Example> examples = readExamples();
    QSet<QString> tools;
    for (const Example &e : examples) {
        tools.insert(e.tool);
        QTest::newRow(qPrintable(e.tool)) << e.tool << e.exitCode << e.input << e.config << e.messages;
    }
    // One worked example per tool.
    QCOMPARE(tools, QSet<QString>({"ddclient", "inadyn", "openwrt", "ddns-updater"}));
}

void TestImportExamples::examples()
{
    QFETCH(QString, tool);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, config);
    QFETCH(QString, said);
    QVERIFY2(!input.isEmpty(), "an example needs three blocks: the file, the configuration, the messages");
    const auto kind = importToolFromName(tool);
    QVERIFY(kind);
    const ImportResult r = import(*kind, input);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
    const QJsonDocument expected = QJsonDocument::fromJson(config);
    QVERIFY2(expected.isObject(), "the configuration block is not a JSON object");
    QVERIFY2(expected.object() == r.config, qPrintable(QStringLiteral("the import gives:\n") + QString::fromUtf8(configText(r))));
    QCOMPARE(messages(r), said);
    QCOMPARE(r.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(TestImportExamples)
#include "tst_importexamples.moc"

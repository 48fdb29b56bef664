#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

class TestDdnsUpdaterImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
};

void TestDdnsUpdaterImporter::sample()
{
    const ImportResult r = import(ImportTool::DdnsUpdater, readData(QStringLiteral("ddns-updater/config.json")));
    printResult(r);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDdnsUpdaterImporter)
#include "tst_ddnsupdaterimporter.moc"

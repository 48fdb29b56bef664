#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

class TestDdclientImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
};

void TestDdclientImporter::sample()
{
    const ImportResult r = import(ImportTool::Ddclient, readData(QStringLiteral("ddclient/ddclient.conf")));
    printResult(r);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDdclientImporter)
#include "tst_ddclientimporter.moc"

#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

class TestOpenWrtImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
};

void TestOpenWrtImporter::sample()
{
    const ImportResult r = import(ImportTool::OpenWrt, readData(QStringLiteral("openwrt/ddns")));
    printResult(r);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestOpenWrtImporter)
#include "tst_openwrtimporter.moc"

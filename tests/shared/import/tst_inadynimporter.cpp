#include "importtest.h"

using namespace Qddns;
using namespace ImportTest;

class TestInadynImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sample();
};

void TestInadynImporter::sample()
{
    const ImportResult r = import(ImportTool::Inadyn, readData(QStringLiteral("inadyn/inadyn.conf")));
    printResult(r);
    QVERIFY2(validationErrors(r).isEmpty(), qPrintable(validationErrors(r).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestInadynImporter)
#include "tst_inadynimporter.moc"

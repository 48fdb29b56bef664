#include <QTest>
class TstFakeHttpServer : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(TstFakeHttpServer)
#include "tst_fakehttpserver.moc"

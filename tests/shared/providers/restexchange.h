#pragma once

// Drives a record-API provider's transaction through scripted exchanges, for the
// tst_<id>provider tests of REST providers: every request is compared exactly (method, URL,
// headers, JSON body), every reply is fed back, no request is sent beyond the script, and the
// results are compared with what the row expects, no credential in any message.

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Qddns::Test {

/// \brief One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray method;
    QString url;                     ///< fully encoded
    std::optional<QJsonValue> json;  ///< the JSON body (object or array); nullopt: no body
    int status = 200;
    QByteArray reply;                ///< the reply's body
    QString transportError;          ///< no HTTP answer
    HttpHeaders replyHeaders;
};
using Exchanges = QList<Exchange>;

struct ExpectedResult
{
    QString host;
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::Updated;
    QString messagePart;
    bool unexpected = false;
    int delay = 0;
};
using ExpectedResults = QList<ExpectedResult>;

/// \brief An exchange answered with \a status and tests/data/providers/<provider>/<file> (none when empty).
inline Exchange exchange(const char *provider, const QByteArray &method, const QString &url,
                         std::optional<QJsonValue> json, int status, const QString &file)
{
    Exchange e{method, url, std::move(json), status, {}, {}, {}};
    if (!file.isEmpty())
        e.reply = providerData(provider, file);
    return e;
}

/// \brief An exchange that meets no HTTP answer.
inline Exchange unreachable(const QByteArray &method, const QString &url, std::optional<QJsonValue> json = std::nullopt)
{
    return Exchange{method, url, std::move(json), 0, {}, QStringLiteral("Connection timed out"), {}};
}

inline const QString kTestV4 = QStringLiteral("81.2.69.160");
inline const QString kTestV6 = QStringLiteral("2a02:8070:d18f:5a00::10");

/// \brief An update of \a hosts to 81.2.69.160 (\a v4) and 2a02:8070:d18f:5a00::10 (\a v6) with the
/// credentials by field id (the primary one under "secret"); \a ttl 0: the profile sets none.
inline UpdateRequest recordRequest(const QStringList &hosts, bool v4, bool v6, int ttl, const QUrl &server,
                                   const QString &username, const QMap<QString, QString> &credentials,
                                   const QJsonObject &options)
{
    UpdateRequest request;
    request.profileName = QStringLiteral("home");
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kTestV4);
    if (v6)
        request.ipv6 = QHostAddress(kTestV6);
    request.username = username;
    request.credentials = credentials;
    request.secret = credentials.value(QStringLiteral("secret"));
    request.server = server;
    request.options = options;
    if (ttl > 0)
        request.ttl = ttl;
    return request;
}

/// \brief Runs \a request through \a provider; \a headers are those of every request (a JSON body adds
/// Content-Type after them). Fails the current test on the first difference.
inline void runExchanges(const Provider &provider, const UpdateRequest &request, const HttpHeaders &headers,
                         const Exchanges &exchanges, const ExpectedResults &results)
{
    const auto tx = provider.start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &e = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QStringLiteral("request %1 (%2 %3) was not sent").arg(i).arg(QString::fromLatin1(e.method), e.url)));
        QCOMPARE(sent->method, e.method);
        QCOMPARE(sent->url.toString(QUrl::FullyEncoded), e.url);
        HttpHeaders want = headers;
        if (e.json)
            want.append({QByteArray("Content-Type"), QByteArray("application/json")});
        QCOMPARE(sent->headers, want);
        if (e.json) {
            const QJsonDocument doc = QJsonDocument::fromJson(sent->body);
            QVERIFY2(!doc.isNull(), sent->body.constData());
            if (e.json->isArray())
                QCOMPARE(doc.array(), e.json->toArray());
            else
                QCOMPARE(doc.object(), e.json->toObject());
        } else {
            QVERIFY2(sent->body.isEmpty(), sent->body.constData());
        }
        HttpReply reply;
        reply.status = e.status;
        reply.body = e.reply;
        reply.error = e.transportError;
        reply.headers = e.replyHeaders;
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(QString::fromLatin1(extra->method) + QLatin1Char(' ') + extra->url.toString()) : "");

    const QList<RecordResult> actual = tx->results();
    QCOMPARE(actual.size(), results.size());
    const QStringList secrets = request.secretValues();
    for (int i = 0; i < results.size(); ++i) {
        const RecordResult &got = actual.at(i);
        const ExpectedResult &want = results.at(i);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.type, want.type);
        QVERIFY2(got.outcome == want.outcome,
                 qPrintable(QStringLiteral("result %1: %2 (%3)").arg(i).arg(outcomeName(got.outcome), got.message)));
        QVERIFY2(got.message.contains(want.messagePart), qPrintable(got.message));
        QCOMPARE(got.unexpected, want.unexpected);
        QCOMPARE(got.minRetryDelay.count(), qint64(want.delay));
        for (const QString &secret : secrets)
            QVERIFY2(secret.isEmpty() || !got.message.contains(secret), qPrintable(got.message));
    }
}

} // namespace Qddns::Test

Q_DECLARE_METATYPE(Qddns::Test::Exchanges)
Q_DECLARE_METATYPE(Qddns::Test::ExpectedResults)

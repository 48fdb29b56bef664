#pragma once

// Drives a record-API (REST) provider's transaction through a scripted conversation: each
// exchange names the exact request the provider must send (method, URL, headers, JSON body)
// and the reply fed back for it; then the results per record are compared. Used by the
// tst_<id>provider tests of the providers on providers/rest.h.

#include "providers/provider.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <optional>

namespace Qddns::Test {

/// \brief One request the transaction must send and the reply it gets.
struct RestExchange
{
    QByteArray method;
    QString url;                      ///< the full URL, as QUrl::FullyEncoded prints it
    std::optional<QJsonValue> json;   ///< the JSON body (object or array); nullopt: no body
    int status = 200;
    QString replyFile;                ///< tests/data/providers/<id>/<file>; empty: no body
    QString transportError;           ///< set: no HTTP answer at all
    QByteArray retryAfter;
    HttpHeaders extraHeaders;         ///< besides the API's credential headers (e.g. X-Filter)
    QByteArray form;                  ///< an application/x-www-form-urlencoded body, exactly
};
using RestExchanges = QList<RestExchange>;

/// \brief What one record must end with.
struct RestResult
{
    QString host;
    RecordType type = RecordType::A;
    Outcome outcome = Outcome::Updated;
    QString messagePart;
    bool unexpected = false;
    int delay = 0;
};
using RestResults = QList<RestResult>;

inline RestExchange restGet(const QString &url, const QString &file, int status = 200)
{
    return {"GET", url, std::nullopt, status, file, {}, {}, {}};
}

inline RestExchange restSend(const QByteArray &method, const QString &url, const QJsonValue &json, const QString &file,
                             int status = 200)
{
    return {method, url, json, status, file, {}, {}, {}};
}

inline RestExchange restForm(const QString &url, const QByteArray &form, const QString &file, int status = 200)
{
    RestExchange exchange{"POST", url, std::nullopt, status, file, {}, {}, {}};
    exchange.form = form;
    return exchange;
}

inline RestExchange unreachable(RestExchange exchange, const QString &error = QStringLiteral("Connection timed out"))
{
    exchange.status = 0;
    exchange.replyFile.clear();
    exchange.transportError = error;
    return exchange;
}

inline RestExchange withRetryAfter(RestExchange exchange, const QByteArray &seconds)
{
    exchange.retryAfter = seconds;
    return exchange;
}

inline QString headersText(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &header : headers)
        lines.append(QString::fromLatin1(header.first + ": " + header.second));
    return lines.join(QLatin1String(" | "));
}

/// \brief Runs \a request through \a provider: every exchange in order, nothing more, then the
/// results. \a credentialHeaders are the headers every request carries (Content-Type is added
/// for requests with a body). Use with QVERIFY(!QTest::currentTestFailed()) after it.
inline void runRestFlow(const Provider &provider, const UpdateRequest &request, const char *dataDir,
                        const HttpHeaders &credentialHeaders, const RestExchanges &exchanges, const RestResults &results)
{
    const auto tx = provider.start(request);
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const RestExchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QStringLiteral("request %1 (%2 %3) was not sent")
                                      .arg(i)
                                      .arg(QString::fromLatin1(exchange.method), exchange.url)));
        QCOMPARE(sent->method, exchange.method);
        QCOMPARE(sent->url.toString(QUrl::FullyEncoded), exchange.url);
        HttpHeaders headers = credentialHeaders + exchange.extraHeaders;
        if (exchange.json)
            headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        if (!exchange.form.isEmpty())
            headers.append({QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")});
        QCOMPARE(headersText(sent->headers), headersText(headers));
        if (!exchange.form.isEmpty()) {
            QCOMPARE(sent->body, exchange.form);
        } else if (exchange.json) {
            const QJsonDocument body = QJsonDocument::fromJson(sent->body);
            const QJsonValue got = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
            QVERIFY2(got == *exchange.json, qPrintable(QString::fromUtf8(sent->body)));
        } else {
            QVERIFY2(sent->body.isEmpty(), sent->body.constData());
        }

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData(dataDir, exchange.replyFile);
        if (!exchange.retryAfter.isEmpty())
            reply.headers.append({"Retry-After", exchange.retryAfter});
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(QString::fromLatin1(extra->method) + QLatin1Char(' ') + extra->url.toString()) : "");

    const QList<RecordResult> actual = tx->results();
    QCOMPARE(actual.size(), results.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RecordResult &got = actual.at(i);
        const RestResult &want = results.at(i);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.type, want.type);
        QVERIFY2(got.outcome == want.outcome,
                 qPrintable(QStringLiteral("result %1: %2 (%3)").arg(i).arg(outcomeName(got.outcome), got.message)));
        QVERIFY2(got.message.contains(want.messagePart), qPrintable(got.message));
        QCOMPARE(got.unexpected, want.unexpected);
        QCOMPARE(qint64(got.minRetryDelay.count()), qint64(want.delay));
        for (const QString &secret : request.secretValues())
            QVERIFY2(!got.message.contains(secret), qPrintable(got.message));
    }
}

} // namespace Qddns::Test

Q_DECLARE_METATYPE(Qddns::Test::RestExchanges)
Q_DECLARE_METATYPE(Qddns::Test::RestResults)

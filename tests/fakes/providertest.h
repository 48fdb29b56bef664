#pragma once

// Helpers shared by the provider tests (tests/shared/providers/tst_<id>provider.cpp).

#include "providers/provider.h"

#include <QFile>
#include <QUrlQuery>

namespace Qddns::Test {

/// \brief tests/data/providers/<provider>/<name>; aborts when the file is missing.
inline QByteArray providerData(const char *provider, const QString &name)
{
    QFile file(QStringLiteral(QDDNS_TEST_DATA "/providers/") + QLatin1String(provider) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// \brief Every request a transaction sent and the results it ended with.
struct TransactionRun
{
    QList<HttpRequest> requests;
    QList<RecordResult> results;
};

/// \brief Drives a transaction, answering request i with replies[i] (the last reply for the rest).
inline TransactionRun runTransaction(const Provider &provider, const UpdateRequest &request,
                                     const QList<HttpReply> &replies)
{
    TransactionRun out;
    const auto transaction = provider.start(request);
    while (const auto next = transaction->nextRequest()) {
        out.requests.append(*next);
        if (out.requests.size() > 100)
            qFatal("transaction does not end");
        transaction->handleReply(replies.value(out.requests.size() - 1, replies.last()));
    }
    out.results = transaction->results();
    return out;
}

/// \brief "key=value" for each query item of \a url, fully decoded, in order.
inline QStringList decodedQueryItems(const QUrl &url)
{
    QStringList items;
    const auto pairs = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : pairs)
        items.append(key + QLatin1Char('=') + value);
    return items;
}

} // namespace Qddns::Test

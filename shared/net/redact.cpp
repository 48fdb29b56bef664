#include "net/redact.h"

#include <QUrlQuery>

namespace Qddns {

namespace {
const QString kMask = QStringLiteral("***");

bool isCredentialKey(const QString &key)
{
    static const QStringList keys{
        QStringLiteral("password"), QStringLiteral("pass"),   QStringLiteral("passwd"),
        QStringLiteral("pwd"),      QStringLiteral("token"),  QStringLiteral("key"),
        QStringLiteral("apikey"),   QStringLiteral("api_key"), QStringLiteral("api-key"),
        QStringLiteral("secret"),   QStringLiteral("auth"),   QStringLiteral("access_token"),
        QStringLiteral("apitoken"), QStringLiteral("sig"),    QStringLiteral("signature"),
    };
    return keys.contains(key.toLower());
}
} // namespace

QString redactText(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        // Very short secrets would mask ordinary words; they are still never logged
        // because URLs and headers are redacted structurally.
        if (secret.size() < 3)
            continue;
        text.replace(secret, kMask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, kMask, Qt::CaseInsensitive);
        const QString base64 = QString::fromLatin1(secret.toUtf8().toBase64());
        text.replace(base64, kMask);
    }
    return text;
}

QString redactUrl(const QUrl &url, const QStringList &secrets)
{
    QUrl copy = url;
    if (!copy.userInfo().isEmpty())
        copy.setUserInfo(kMask);
    // Secrets are matched in decoded components: an encoder may escape '/' or '+' or not.
    copy.setPath(redactText(copy.path(QUrl::FullyDecoded), secrets), QUrl::DecodedMode);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        auto items = query.queryItems(QUrl::FullyDecoded);
        for (auto &[key, value] : items)
            value = isCredentialKey(key) ? kMask : redactText(value, secrets);
        QUrlQuery redacted;
        for (const auto &[key, value] : std::as_const(items))
            redacted.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                                  QString::fromLatin1(QUrl::toPercentEncoding(value, "*")));
        copy.setQuery(redacted);
    }
    if (copy.hasFragment())
        copy.setFragment(redactText(copy.fragment(QUrl::FullyDecoded), secrets), QUrl::DecodedMode);
    return redactText(copy.toString(QUrl::FullyEncoded), secrets);
}

} // namespace Qddns

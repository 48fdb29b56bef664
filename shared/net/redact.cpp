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
        // Items are kept as they were encoded unless their value must be masked.
        QStringList parts = copy.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
        for (QString &part : parts) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            const QString key = QUrl::fromPercentEncoding(part.left(eq < 0 ? part.size() : eq).toLatin1());
            if (eq < 0)
                continue;
            const QString value = QUrl::fromPercentEncoding(part.mid(eq + 1).replace(QLatin1Char('+'), QLatin1Char(' ')).toLatin1());
            if (isCredentialKey(key))
                part = part.left(eq + 1) + kMask;
            else if (const QString masked = redactText(value, secrets); masked != value)
                part = part.left(eq + 1) + QString::fromLatin1(QUrl::toPercentEncoding(masked, "*"));
        }
        copy.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    }
    if (copy.hasFragment())
        copy.setFragment(redactText(copy.fragment(QUrl::FullyDecoded), secrets), QUrl::DecodedMode);
    return redactText(copy.toString(QUrl::FullyEncoded), secrets);
}

} // namespace Qddns

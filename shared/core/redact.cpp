#include "core/redact.h"

#include <QRegularExpression>
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

namespace {
// Whether a base64 (or base64url) word decodes, at any alignment, to bytes holding \a secret:
// "Basic base64(user:secret)" only holds base64(secret) when len(user) + 1 is a multiple of 3.
bool decodesToSecret(QStringView word, const QByteArray &secret)
{
    for (int offset = 0; offset < 4 && offset < word.size(); ++offset) {
        const QByteArray bytes = word.mid(offset).toLatin1();
        for (auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const auto decoded = QByteArray::fromBase64Encoding(bytes, alphabet);
            if (decoded.decoded.contains(secret))
                return true;
        }
    }
    return false;
}
} // namespace

QString redactText(QString text, const QStringList &secrets)
{
    // Credentials in an Authorization value are masked whole, whoever they belong to: a provider
    // that echoes the request's headers must not put them in a message.
    static const QRegularExpression basic(QStringLiteral("\\b(Basic)\\s+[A-Za-z0-9+/]{4,}={0,2}"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("\\b(Bearer)\\s+[A-Za-z0-9._~+/-]{16,}={0,2}"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(basic, QStringLiteral("\\1 ") + kMask);
    text.replace(bearer, QStringLiteral("\\1 ") + kMask);
    static const QRegularExpression base64Word(QStringLiteral("[A-Za-z0-9+/_-]{4,}={0,2}"));
    for (const QString &secret : secrets) {
        // Very short secrets would mask ordinary words; they are still never logged
        // because URLs and headers are redacted structurally.
        if (secret.size() < 3)
            continue;
        // Case-insensitively: a URL's host comes back lowercased (and a service may echo it so).
        text.replace(secret, kMask, Qt::CaseInsensitive);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            text.replace(encoded, kMask, Qt::CaseInsensitive);
        const QString ace = QString::fromLatin1(QUrl::toAce(secret));
        if (!ace.isEmpty() && ace != secret)
            text.replace(ace, kMask, Qt::CaseInsensitive);
        // Every base64 form that holds the secret, whatever surrounds it.
        const QByteArray raw = secret.toUtf8();
        QString masked;
        qsizetype last = 0;
        for (auto it = base64Word.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!decodesToSecret(m.capturedView(), raw))
                continue;
            masked += QStringView(text).mid(last, m.capturedStart() - last) + kMask;
            last = m.capturedEnd();
        }
        if (last > 0)
            text = masked + QStringView(text).mid(last);
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

// The GET-URL engine's reply matchers (shared/providers/replymatcher): a service row's matcher
// (as JSON) and a provider's reply (status and body, any format). A matcher parses or is refused
// with a reason; one that parses decides on any reply; an empty path is the whole body, trimmed,
// in every format; a status-only matcher decides on the status alone; and a value found at a path
// matches an "equals" matcher of that same value.
#include "fuzzcheck.h"

#include "providers/replymatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qddns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const ReplyFormat format = std::array{ReplyFormat::Text, ReplyFormat::Json, ReplyFormat::Xml}[in.byte() % 3];
    HttpReply reply;
    reply.status = 100 + in.u16() % 500;
    const QByteArray matcherText = in.chunk();
    const QString path = QString::fromUtf8(in.chunk());
    reply.body = in.rest();

    const auto whole = replyValue(format, reply.body, QString());
    FUZZ_CHECK(whole && *whole == QString::fromUtf8(reply.body).trimmed(), QStringLiteral("the whole body is not the body"));

    const auto value = replyValue(format, reply.body, path);
    FUZZ_CHECK(format != ReplyFormat::Text || path.isEmpty() || !value, QStringLiteral("a text reply has no paths"));
    if (value && format != ReplyFormat::Text && !path.isEmpty()) {
        // What a path finds, an "equals" matcher on that path accepts.
        const QJsonObject equals{{QStringLiteral("path"), path}, {QStringLiteral("equals"), *value}};
        const auto m = parseReplyMatcher(equals, format);
        FUZZ_CHECK(m, QStringLiteral("a path and a text refused: ") + (m ? QString() : m.error()));
        FUZZ_CHECK(m.value().matches(format, reply), QStringLiteral("%1 at %2 does not equal itself").arg(*value, path));
    }

    const QJsonDocument doc = QJsonDocument::fromJson(matcherText);
    const QJsonValue spec = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(QString::fromUtf8(matcherText));
    const auto matcher = parseReplyMatcher(spec, format);
    if (!matcher) {
        FUZZ_CHECK(!matcher.error().isEmpty(), QStringLiteral("refused without a reason"));
        return 0;
    }
    const ReplyMatcher &m = matcher.value();
    const bool matched = m.matches(format, reply);
    if (m.path.isEmpty() && !m.equals && !m.regex && !m.exists)
        FUZZ_CHECK(matched == m.statuses.contains(reply.status), QStringLiteral("a status-only matcher"));
    if (!m.statuses.isEmpty() && !m.statuses.contains(reply.status))
        FUZZ_CHECK(!matched, QStringLiteral("matched another status"));
    HttpReply failed = reply;
    failed.error = QStringLiteral("Connection refused");
    FUZZ_CHECK(!m.matches(format, failed), QStringLiteral("matched a transport error"));
    if (!m.messagePath.isEmpty())
        Q_UNUSED(replyValue(format, reply.body, m.messagePath))
    return 0;
}

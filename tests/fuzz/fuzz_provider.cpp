// Every provider's reply parsing, driven through its transaction as the engine drives it. The
// input names the provider (its id on the first line; an unknown id picks one by the bytes), the
// families and hosts, then one reply per step: status, transport error, Retry-After, body
// ({secret}, {host}, {ipv4} and {ipv6} in a body stand for the request's values, so replies that
// echo them are easy to reach). Whatever the replies: the transaction ends; it gives exactly one
// result per record asked for; no result message, logged request or log line holds a credential
// (raw, percent-encoded or in base64); no retry delay is negative or beyond kMaxRetryDelay.
// Profiles and credentials come from tests/data/providers/<id>/conformance.json.
#include "fuzzcheck.h"

#include "core/logging.h"
#include "providers/providerregistry.h"
#include "providers/transport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

using namespace Qddns;

namespace {

const QHostAddress kV4(QStringLiteral("81.2.69.160"));
const QHostAddress kV6(QStringLiteral("2a02:8070:d18f:5a00::10"));

struct Setup
{
    ProviderRegistry registry;
    QStringList ids;                     // providers with a conformance profile, sorted
    QHash<QString, UpdateRequest> requests;
};

UpdateRequest requestFor(const ProviderInfo &info, const QJsonObject &profile)
{
    UpdateRequest r;
    r.profileName = QStringLiteral("fuzz");
    for (const QJsonValue &h : profile.value(QStringLiteral("hosts")).toArray())
        r.hosts << (h.isObject() ? h.toObject().value(QStringLiteral("name")).toString() : h.toString());
    r.username = profile.value(QStringLiteral("username")).toString();
    const QJsonObject credentials = profile.value(QStringLiteral("credentials")).toObject();
    for (auto it = credentials.begin(); it != credentials.end(); ++it)
        r.credentials.insert(it.key(), it.value().toString());
    r.secret = r.credentials.value(QStringLiteral("secret"));
    r.server = profile.contains(QStringLiteral("server")) ? QUrl(profile.value(QStringLiteral("server")).toString()) : info.defaultServer;
    if (profile.contains(QStringLiteral("ttl")))
        r.ttl = profile.value(QStringLiteral("ttl")).toInt();
    r.options = profile.value(QStringLiteral("options")).toObject();
    for (const ProviderOption &o : info.options) {
        if (!r.options.contains(o.key) && !o.defaultValue.isUndefined() && !o.defaultValue.isNull())
            r.options.insert(o.key, o.defaultValue);
    }
    return r;
}

const Setup &setup()
{
    static const Setup *s = [] {
        auto *setup = new Setup;
        for (const QString &id : setup->registry.ids()) {
            QFile file(QStringLiteral(QDDNS_TEST_DATA "/providers/") + id + QStringLiteral("/conformance.json"));
            if (!file.open(QIODevice::ReadOnly))
                continue; // tst_conformance fails for it
            const QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("profile")).toObject();
            setup->requests.insert(id, requestFor(setup->registry.find(id)->info(), profile));
            setup->ids << id;
        }
        setup->ids.sort();
        if (setup->ids.isEmpty())
            Fuzz::fail("providers", QStringLiteral("no conformance profiles under " QDDNS_TEST_DATA), __FILE__, __LINE__);
        return setup;
    }();
    return *s;
}

// Every form in which a credential could escape (as tst_conformance checks them).
QStringList g_leakForms;

QStringList leakForms(const UpdateRequest &r)
{
    QStringList forms;
    for (const QString &secret : r.secretValues()) {
        if (secret.size() < 6)
            continue;
        const QByteArray utf8 = secret.toUtf8();
        forms << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret)) << QString::fromLatin1(utf8.toBase64())
              << QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        for (const QString &user : {r.username, r.hosts.value(0)})
            forms << QString::fromLatin1((user + QLatin1Char(':') + secret).toUtf8().toBase64());
    }
    forms.removeDuplicates();
    return forms;
}

QString leakIn(const QString &text)
{
    for (const QString &form : std::as_const(g_leakForms)) {
        if (text.contains(form, Qt::CaseInsensitive))
            return form;
    }
    return {};
}

void messageHandler(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (qEnvironmentVariableIsSet("QDDNS_FUZZ_LOG"))
        std::fprintf(stderr, "%s: %s\n", context.category, qUtf8Printable(message));
    FUZZ_CHECK(leakIn(message).isEmpty(), QStringLiteral("a credential in a log line of %1: %2").arg(QLatin1String(context.category), message));
}

QByteArray withValues(QByteArray body, const UpdateRequest &r)
{
    body.replace("{secret}", r.secret.toUtf8());
    body.replace("{host}", r.hosts.value(0).toUtf8());
    body.replace("{ipv4}", kV4.toString().toLatin1());
    body.replace("{ipv6}", kV6.toString().toLatin1());
    return body;
}

TransportReply replyTo(const TransportRequest &step, Fuzz::Input &in, const UpdateRequest &r)
{
    static const int kStatuses[] = {200, 200, 200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 0};
    const quint8 b = in.byte();
    if (std::holds_alternative<DnsRequest>(step)) {
        Dns::DnsReply reply;
        const QByteArray wire = in.chunk();
        auto message = Dns::Message::decode(wire);
        if (b & 0x10 || !message) {
            reply.error = message ? QStringLiteral("timed out") : message.error();
            return reply;
        }
        reply.message = message.value();
        reply.wire = wire;
        return reply;
    }
    HttpReply reply;
    reply.status = kStatuses[b & 15] ? kStatuses[b & 15] : 100 + in.u16() % 500;
    if (b & 0x10) {
        reply.status = 0;
        reply.error = QStringLiteral("Connection refused");
    }
    if (b & 0x20)
        reply.headers.append({QByteArrayLiteral("Retry-After"), in.chunk()});
    if (b & 0x40)
        reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (b & 0x80)
        reply.headers.append({QByteArrayLiteral("Date"), in.chunk()});
    reply.body = withValues(in.chunk(), r);
    return reply;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool init = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("qddns.*=true"));
        qInstallMessageHandler(messageHandler);
        return true;
    }();
    Q_UNUSED(init)
    const Setup &s = setup();

    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QString named = QString::fromLatin1(input.left(std::max<qsizetype>(newline, 0)));
    QString id = named;
    if (!s.requests.contains(id)) {
        uint sum = 0;
        for (char c : input.left(8))
            sum = sum * 31 + quint8(c);
        id = s.ids.at(qsizetype(sum % uint(s.ids.size())));
    }
    Fuzz::Input in(data + (newline < 0 ? 0 : newline + 1), size_t(newline < 0 ? size : size - size_t(newline) - 1));

    const Provider *provider = s.registry.find(id);
    const ProviderInfo &info = provider->info();
    UpdateRequest request = s.requests.value(id);
    const quint8 flags = in.byte();
    bool v4 = flags & 1 && info.supportsIpv4;
    bool v6 = flags & 2 && info.supportsIpv6;
    if (!v4 && !v6)
        (info.supportsIpv4 ? v4 : v6) = true;
    if (v4)
        request.ipv4 = kV4;
    if (v6)
        request.ipv6 = kV6;
    const QString first = request.hosts.value(0);
    for (const QString &extra : {QStringLiteral("www."), QStringLiteral("nas.")}) {
        if (flags & (extra.startsWith(QLatin1Char('w')) ? 4 : 8) && request.hosts.size() < info.maxHostsPerRequest && !first.isEmpty())
            request.hosts << extra + first;
    }
    g_leakForms = leakForms(request);
    const QStringList secrets = request.secretValues();

    // A dry run's view of the first record.
    if (flags & 16) {
        const auto dry = provider->start(request);
        if (const auto step = dry->stepFor(first, v4 ? RecordType::A : RecordType::AAAA)) {
            const QString shown = describeRequest(*step, secrets);
            FUZZ_CHECK(leakIn(shown).isEmpty(), QStringLiteral("a credential in a dry run: ") + shown);
        }
    }

    const auto tx = provider->start(request);
    int steps = 0;
    while (const auto step = tx->nextStep()) {
        FUZZ_CHECK(++steps <= 64, QStringLiteral("%1: the transaction does not end").arg(id));
        const QString shown = describeRequest(*step, secrets);
        FUZZ_CHECK(leakIn(shown).isEmpty(), QStringLiteral("%1: a credential in a logged request: %2").arg(id, shown));
        tx->handleStepReply(replyTo(*step, in, request));
    }

    QSet<QString> expected;
    for (const QString &host : std::as_const(request.hosts)) {
        if (v4)
            expected << host + QStringLiteral(" A");
        if (v6)
            expected << host + QStringLiteral(" AAAA");
    }
    QSet<QString> seen;
    const QList<RecordResult> results = tx->results();
    for (const RecordResult &r : results) {
        const QString record = r.host + QLatin1Char(' ') + recordTypeName(r.type);
        FUZZ_CHECK(expected.contains(record), QStringLiteral("%1: a result for %2, which was not asked for").arg(id, record));
        FUZZ_CHECK(!seen.contains(record), QStringLiteral("%1: two results for %2").arg(id, record));
        seen << record;
        FUZZ_CHECK(leakIn(r.message).isEmpty(), QStringLiteral("%1: a credential in the message: %2").arg(id, r.message));
        FUZZ_CHECK(r.minRetryDelay.count() >= 0 && r.minRetryDelay <= kMaxRetryDelay,
                   QStringLiteral("%1: retry delay %2 s").arg(id).arg(r.minRetryDelay.count()));
    }
    FUZZ_CHECK(seen == expected, QStringLiteral("%1: %2 results for %3 records").arg(id).arg(seen.size()).arg(expected.size()));
    return 0;
}

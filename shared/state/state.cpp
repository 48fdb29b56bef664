#include "state/state.h"
#include "core/atomicfile.h"

#include "config/config.h"
#include "config/configstore.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>

namespace Qddns {

namespace {
QString isoTime(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime parseTime(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

void insertIf(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject RecordState::toJson() const
{
    QJsonObject o;
    insertIf(o, QStringLiteral("address"), address);
    insertIf(o, QStringLiteral("published"), isoTime(published));
    insertIf(o, QStringLiteral("lastResult"), lastResult);
    insertIf(o, QStringLiteral("message"), message);
    insertIf(o, QStringLiteral("lastAttempt"), isoTime(lastAttempt));
    if (failures)
        o.insert(QStringLiteral("failures"), failures);
    insertIf(o, QStringLiteral("retryAfter"), isoTime(retryAfter));
    insertIf(o, QStringLiteral("hold"), hold);
    insertIf(o, QStringLiteral("fingerprint"), QString::fromLatin1(fingerprint));
    insertIf(o, QStringLiteral("secretFingerprint"), QString::fromLatin1(secretFingerprint));
    if (unexpected)
        o.insert(QStringLiteral("unexpectedReplies"), unexpected);
    insertIf(o, QStringLiteral("holdVersion"), holdVersion);
    return o;
}

RecordState RecordState::fromJson(const QJsonObject &o)
{
    RecordState r;
    r.address = o.value(QStringLiteral("address")).toString();
    r.published = parseTime(o.value(QStringLiteral("published")));
    r.lastResult = o.value(QStringLiteral("lastResult")).toString();
    r.message = o.value(QStringLiteral("message")).toString();
    r.lastAttempt = parseTime(o.value(QStringLiteral("lastAttempt")));
    r.failures = o.value(QStringLiteral("failures")).toInt();
    r.retryAfter = parseTime(o.value(QStringLiteral("retryAfter")));
    r.hold = o.value(QStringLiteral("hold")).toString();
    r.fingerprint = o.value(QStringLiteral("fingerprint")).toString().toLatin1();
    r.secretFingerprint = o.value(QStringLiteral("secretFingerprint")).toString().toLatin1();
    r.unexpected = o.value(QStringLiteral("unexpectedReplies")).toInt();
    r.holdVersion = o.value(QStringLiteral("holdVersion")).toString();
    return r;
}

State::State()
{
    m_salt.resize(16);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
}

QString State::key(const QString &profile, const QString &host, RecordType type)
{
    return profile + QLatin1Char('/') + host + QLatin1Char('/') + recordTypeName(type);
}

RecordState &State::record(const QString &profile, const QString &host, RecordType type)
{
    return m_records[key(profile, host, type)];
}

const RecordState *State::find(const QString &profile, const QString &host, RecordType type) const
{
    const auto it = m_records.constFind(key(profile, host, type));
    return it == m_records.constEnd() ? nullptr : &it.value();
}

void State::prune(const Config &config)
{
    QSet<QString> keep;
    for (const Profile &p : config.profiles) {
        for (const QString &host : p.hosts) {
            keep.insert(key(p.name, host, RecordType::A));
            keep.insert(key(p.name, host, RecordType::AAAA));
        }
    }
    m_records.removeIf([&keep](const auto &it) { return !keep.contains(it.key()); });
}

QByteArray State::secretFingerprint(const QString &secret) const
{
    return QMessageAuthenticationCode::hash(secret.toUtf8(), m_salt, QCryptographicHash::Sha256).toHex().left(32);
}

QByteArray State::credentialsFingerprint(const QMap<QString, QString> &credentials) const
{
    if (credentials.size() == 1 && credentials.firstKey() == kPrimaryCredential)
        return secretFingerprint(credentials.first());
    QString joined; // "field\0value\0" in field order: unambiguous whatever the values hold
    for (auto it = credentials.cbegin(); it != credentials.cend(); ++it)
        joined += it.key() + QChar(0) + it.value() + QChar(0);
    return secretFingerprint(joined);
}

QByteArray State::toJson() const
{
    QJsonObject records;
    for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it)
        records.insert(it.key(), it.value().toJson());
    QJsonObject families;
    for (Family f : {Family::IPv4, Family::IPv6}) {
        const FamilyState &s = family(f);
        if (s.address.isEmpty())
            continue;
        families.insert(familyName(f), QJsonObject{{QStringLiteral("address"), s.address},
                                                   {QStringLiteral("detector"), s.detector},
                                                   {QStringLiteral("detected"), isoTime(s.detected)}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("salt"), QString::fromLatin1(m_salt.toBase64())},
                           {QStringLiteral("detected"), families},
                           {QStringLiteral("records"), records}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<State, QString> State::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return Unexpected{QStringLiteral("not a state file: %1").arg(error.errorString())};
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return Unexpected{QStringLiteral("unsupported state version")};
    State state;
    const QByteArray salt = QByteArray::fromBase64(root.value(QStringLiteral("salt")).toString().toLatin1());
    if (salt.size() >= 16)
        state.m_salt = salt;
    const QJsonObject families = root.value(QStringLiteral("detected")).toObject();
    for (Family f : {Family::IPv4, Family::IPv6}) {
        const QJsonObject o = families.value(familyName(f)).toObject();
        state.family(f) = {o.value(QStringLiteral("address")).toString(), o.value(QStringLiteral("detector")).toString(),
                           parseTime(o.value(QStringLiteral("detected")))};
    }
    const QJsonObject records = root.value(QStringLiteral("records")).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        state.m_records.insert(it.key(), RecordState::fromJson(it.value().toObject()));
    return state;
}

StateStore::StateStore(QString directory) : m_directory(std::move(directory)) {}

QString StateStore::path() const { return m_directory + QStringLiteral("/state.json"); }

Expected<State, QString> StateStore::load() const
{
    QFile file(path());
    if (!file.exists())
        return State();
    if (!file.open(QIODevice::ReadOnly))
        return Unexpected{QStringLiteral("cannot read %1: %2").arg(path(), file.errorString())};
    auto state = State::fromJson(file.readAll());
    if (!state)
        return Unexpected{QStringLiteral("%1: %2").arg(path(), state.error())};
    return state;
}

Expected<bool, QString> StateStore::save(const State &state) const
{
    auto written = writeFileAtomically(path(), state.toJson());
    if (written)
        qCDebug(lcState).noquote() << "state saved to" << path();
    return written;
}

} // namespace Qddns
